#!/usr/bin/env python3
"Every relative link and image in the given markdown files (default: README.md, results/README.md) points at an existing path."
import re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
files = [Path(a).resolve() for a in sys.argv[1:]] or [root / 'README.md', root / 'results' / 'README.md']
bad, n = [], 0
for md in files:
    text = re.sub(r'```.*?```', '', md.read_text(), flags=re.S)          # links inside code blocks are not links
    for target in re.findall(r'!?\[[^\]]*\]\(([^)\s]+)\)', text):
        if re.match(r'[a-z]+:', target) or target.startswith('#'): continue   # http(s), mailto, in-page anchors
        n += 1
        if not (md.parent / target.split('#')[0]).exists(): bad.append(f'{md.relative_to(root)}: {target}')
print(f'{n} relative links in {len(files)} files, {len(bad)} broken')
for b in bad: print('  broken:', b)
sys.exit(1 if bad else 0)
