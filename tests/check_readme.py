"""The README's examples are real: its C block is examples/hello.c (built and run by the
pkgconfig-example test), each Python block runs and prints what its comments say.

usage: check_readme.py SOURCE_ROOT
"""
import os
import re
import subprocess
import sys

root = sys.argv[1]
readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
blocks = re.findall(r"```(\w+)\n(.*?)```", readme, re.S)

c_blocks = [body for lang, body in blocks if lang == "c"]
hello = open(os.path.join(root, "examples", "hello.c"), encoding="utf-8").read()
if not c_blocks or c_blocks[0] != hello:
    sys.exit("README.md: the first ```c block must be exactly examples/hello.c")

py_blocks = [body for lang, body in blocks if lang == "python"]
if not py_blocks:
    sys.exit("README.md has no ```python block")
for n, code in enumerate(py_blocks, 1):
    expected = [line[2:] for line in code.splitlines() if line.startswith("# ")]
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        sys.exit(f"README python example {n} failed:\n" + r.stderr)
    if r.stdout.splitlines() != expected:
        sys.exit(f"README python example {n} printed {r.stdout.splitlines()!r}, README says {expected!r}")
print("README examples OK")
