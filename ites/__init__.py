__version__ = "0.1.0"

# The package face is closed: importing `ites` or any submodule (say `ites.skeleton`) loads nothing else.
# `ites.lift` (the library entry point: ites.lift(keypoints_2d, ...)) is imported on first use.
def __getattr__(name: str):
    if name == 'lift':
        import importlib
        return importlib.import_module('ites.lifting').lift
    raise AttributeError(f"module 'ites' has no attribute {name!r}")
