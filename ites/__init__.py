__version__ = "0.1.0"

from .lifting import lift  # the library entry point: ites.lift(keypoints_2d, ...)
