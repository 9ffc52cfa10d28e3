"""Print where `meson install` puts the package: meson's own choice when this interpreter
imports from it, else the interpreter's own site folder under the prefix. Debian's python3
reads /usr/local/lib/python3.X/dist-packages, not /usr/local/lib/python3/dist-packages that
meson 1.0 picks for the prefix /usr/local (mesonbuild/meson#8739).

usage: python3 site_folder.py PREFIX MESONS_CHOICE
"""
import os
import sys

prefix, choice = os.path.normpath(sys.argv[1]), sys.argv[2]
folders = [os.path.normpath(p) for p in sys.path if p]
if os.path.normpath(choice) in folders:
    print(choice)
else:
    own = [p for p in folders if p.startswith(prefix + os.sep)
           and os.path.basename(p) in ("site-packages", "dist-packages")]
    print(own[0] if own else choice)
