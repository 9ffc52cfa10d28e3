"""The package installs the two documented ways, into a scratch folder.

usage: check_install.py meson MESON BUILD_ROOT SITE_FOLDER PREFIX LIBDIR PACKAGE_SOURCE
       check_install.py pip PROJECT_FOLDER

meson: `meson install --destdir` puts every module of the package into the interpreter's site
folder, and the installed package loads the installed library by its soname (never a
sanitizer build: in a sanitizer build it must refuse the installed library).
pip: `pip install --no-build-isolation --no-index --target` builds the package offline from
pyproject.toml with the setuptools already installed.
Exit status 77 (skipped) when pip or setuptools is not installed.
"""

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile

CHECK = """
import datetime, poortwachter
print(poortwachter.__file__)
print(poortwachter.__version__)
print(poortwachter.library_path())
case = poortwachter.Case()
case.add_period(datetime.date(2026, 1, 1))
print(case.timeline(datetime.date(2026, 1, 1))["PROBLEEMANALYSE"].due)
"""


def fail(message: str) -> None:
    sys.exit("FAIL: " + message)


def modules(folder: str) -> list:
    return sorted(f for f in os.listdir(folder) if f.endswith(".py"))


def same_modules(source: str, installed: str) -> None:
    if not os.path.isdir(installed):
        fail(f"no package folder {installed}")
    if modules(installed) != modules(source):
        fail(f"installed {modules(installed)}, the package has {modules(source)}")
    for name in modules(source):
        if not filecmp.cmp(os.path.join(source, name), os.path.join(installed, name), shallow=False):
            fail(f"{name} differs from the source")


def run_check(env: dict, cwd: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHECK], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=60)


def check_meson(meson: str, build: str, site: str, prefix: str, libdir: str, source: str) -> None:
    with tempfile.TemporaryDirectory() as dest:
        # without --no-rebuild: a `meson test --suite python` built only the library so far
        r = subprocess.run([meson, "install", "-C", build, "--destdir", dest],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            fail("meson install failed:\n" + r.stdout + r.stderr)
        staged = os.path.join(dest, site.lstrip("/"))
        same_modules(source, os.path.join(staged, "poortwachter"))
        if os.path.normpath(prefix) in ("/usr", "/usr/local") and os.path.normpath(site) not in sys.path:
            fail(f"{site} is not in this interpreter's sys.path {sys.path}")
        env = {k: v for k, v in os.environ.items() if k != "POORTWACHTER_LIBRARY"}
        env.update(PYTHONPATH=staged, LD_LIBRARY_PATH=os.path.join(dest, libdir.lstrip("/")))
        r = run_check(env, dest)
        sanitized = os.environ.get("POORTWACHTER_TEST_SANITIZE", "none") != "none"
        if sanitized:
            if r.returncode == 0 and r.stdout.splitlines()[2].startswith(dest):
                fail("the installed package loaded the installed sanitizer build")
            if r.returncode != 0 and "sanitizer" not in r.stderr:
                fail("the installed package failed without naming the sanitizer build:\n" + r.stderr)
            print("the installed sanitizer build was refused, as it should")
            return
        if r.returncode != 0:
            fail("the installed package does not work:\n" + r.stderr)
        file, version, library, due = r.stdout.splitlines()
        if not file.startswith(staged) or not library.startswith(dest):
            fail(f"loaded {file} with {library}, not the installed files under {dest}")
        if due != "2026-02-11":  # spec: PROBLEEMANALYSE of a first sick day 2026-01-01
            fail(f"the installed package computed {due}")
        print(f"meson install: {len(modules(source))} modules in {site}, library by soname")


def check_pip(project: str) -> None:
    probes = [[sys.executable, "-c", "import setuptools"], [sys.executable, "-m", "pip", "--version"]]
    if any(subprocess.run(p, capture_output=True).returncode for p in probes):
        print("pip or setuptools is not installed (Debian: python3-pip python3-setuptools)")
        sys.exit(77)
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "src")  # the build writes build/ and *.egg-info next to it
        shutil.copytree(project, copy, ignore=shutil.ignore_patterns(
            "tests", "__pycache__", "build", "*.egg-info"))
        target = os.path.join(tmp, "target")
        r = subprocess.run([sys.executable, "-m", "pip", "install", "--no-build-isolation",
                            "--no-index", "--no-cache-dir", "--disable-pip-version-check",
                            "--target", target, copy], capture_output=True, text=True, timeout=300)
        if r.returncode != 0:
            fail("pip install failed:\n" + r.stdout + r.stderr)
        same_modules(os.path.join(project, "poortwachter"), os.path.join(target, "poortwachter"))
        r = run_check({**os.environ, "PYTHONPATH": target}, tmp)
        if r.returncode != 0:
            fail("the pip-installed package does not work:\n" + r.stderr)
        file, version, _, due = r.stdout.splitlines()
        if not file.startswith(target) or due != "2026-02-11":
            fail(f"loaded {file}, computed {due}")
        if not os.path.isdir(os.path.join(target, f"poortwachter-{version}.dist-info")):
            fail(f"no poortwachter-{version}.dist-info in {os.listdir(target)}")
        print(f"pip install --target: poortwachter {version}")


if __name__ == "__main__":
    if sys.argv[1] == "meson":
        check_meson(*sys.argv[2:8])
    else:
        check_pip(sys.argv[2])
