"""Where the package finds the library: POORTWACHTER_LIBRARY (a file or a folder), then the
installed soname, then the checkout's plain build; never a sanitizer build unless named."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

from poortwachter import _loader

LIBRARY = os.path.realpath(os.environ["POORTWACHTER_LIBRARY"])
SANITIZED = os.environ.get("POORTWACHTER_TEST_SANITIZED", "")
BUILD_SANITIZED = os.environ.get("POORTWACHTER_TEST_SANITIZE", "none") != "none"
PACKAGE = os.path.dirname(os.path.abspath(_loader.__file__))


def place(folder, target, name=_loader.SONAME):
    """A copy of a library (a copy: the loader counts a file reached twice once)."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    shutil.copyfile(target, path)
    return path


def meson_info(build, sanitize, c_args=()):
    os.makedirs(os.path.join(build, "meson-info"), exist_ok=True)
    with open(os.path.join(build, "meson-info", "intro-buildoptions.json"), "w") as f:
        json.dump([{"name": "b_sanitize", "value": sanitize}, {"name": "c_args", "value": list(c_args)},
                   {"name": "backend_max_links", "value": 0}], f)


def fake_checkout(top):
    os.makedirs(os.path.join(top, "include"))
    open(os.path.join(top, "include", "poortwachter.h"), "w").close()


class Loader(unittest.TestCase):
    def setUp(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        self.tmp = tmp.name
        # this machine's installed libraries stay out of the way
        for name in ("_ldconfig_paths", "_library_folders"):
            patcher = mock.patch.object(_loader, name, return_value=[])
            patcher.start()
            self.addCleanup(patcher.stop)

    def environ(self, **values):
        env = {k: v for k, v in os.environ.items() if k not in ("POORTWACHTER_LIBRARY", "LD_LIBRARY_PATH")}
        env.update(values)
        patcher = mock.patch.dict(os.environ, env, clear=True)
        patcher.start()
        self.addCleanup(patcher.stop)

    def test_explicit_file_and_folder(self):
        self.environ(POORTWACHTER_LIBRARY=LIBRARY)
        self.assertEqual(list(_loader.candidates(self.tmp)), [(LIBRARY, None)])
        folder = os.path.join(self.tmp, "lib")
        place(folder, LIBRARY, "libpoortwachter.so")
        soname = place(folder, LIBRARY)
        self.environ(POORTWACHTER_LIBRARY=folder)
        self.assertEqual(list(_loader.candidates(self.tmp))[0], (soname, None))
        empty = os.path.join(self.tmp, "empty")
        os.makedirs(empty)
        self.environ(POORTWACHTER_LIBRARY=empty)
        [(path, why)] = list(_loader.candidates(self.tmp))
        self.assertIn("without libpoortwachter.so", why)

    @unittest.skipUnless(SANITIZED, "no compiler support for -fsanitize=undefined")
    def test_sanitizer_build_recognised(self):
        self.assertIn("Sanitizer", _loader.sanitizer_reason(SANITIZED) or "")
        self.assertEqual(bool(_loader.sanitizer_reason(LIBRARY)), BUILD_SANITIZED)
        self.environ(POORTWACHTER_LIBRARY=SANITIZED)  # named explicitly: honoured
        self.assertEqual(list(_loader.candidates(self.tmp)), [(SANITIZED, None)])

    def test_meson_options_recognised(self):
        build = os.path.join(self.tmp, "build-asan")
        path = place(os.path.join(build, "lib"), LIBRARY)
        meson_info(build, "address,undefined")
        self.assertIn("b_sanitize=address,undefined", _loader.sanitizer_reason(path))
        meson_info(build, "none")
        self.assertEqual(bool(_loader.sanitizer_reason(path)), BUILD_SANITIZED)
        meson_info(build, "none", ["-O2", "-fsanitize=fuzzer-no-link"])
        self.assertIn("c_args hold -O2 -fsanitize=fuzzer-no-link", _loader.sanitizer_reason(path))

    @unittest.skipUnless(SANITIZED, "no compiler support for -fsanitize=undefined")
    def test_order_and_skips(self):
        fake_checkout(self.tmp)
        plain = place(os.path.join(self.tmp, "build-release", "lib"), LIBRARY)
        meson_info(os.path.join(self.tmp, "build-release"), "none")
        asan = place(os.path.join(self.tmp, "build-asan", "lib"), LIBRARY)
        meson_info(os.path.join(self.tmp, "build-asan"), "address")
        ubsan = place(os.path.join(self.tmp, "build", "lib"), SANITIZED)
        installed = place(os.path.join(self.tmp, "usr", "lib"), LIBRARY)
        self.environ(LD_LIBRARY_PATH=os.path.dirname(installed))
        found = list(_loader.candidates(self.tmp))
        self.assertEqual([p for p, _ in found], [installed, ubsan, asan, plain])  # build first
        self.assertEqual([bool(why) for _, why in found], [BUILD_SANITIZED, True, True, BUILD_SANITIZED])
        self.assertIn("Sanitizer", found[1][1])
        self.assertIn("b_sanitize=address", found[2][1])
        os.symlink(installed, os.path.join(self.tmp, "usr", "lib", "libpoortwachter.so"))
        self.environ(LD_LIBRARY_PATH=os.path.dirname(installed) + "::" + os.path.dirname(installed))
        self.assertEqual([p for p, _ in _loader.candidates(self.tmp)], [installed, ubsan, asan, plain])

    def test_outside_a_checkout(self):
        place(os.path.join(self.tmp, "build", "lib"), LIBRARY)  # no include/poortwachter.h
        self.environ()
        self.assertEqual(list(_loader.candidates(self.tmp)), [])

    @unittest.skipUnless(SANITIZED, "no compiler support for -fsanitize=undefined")
    def test_a_fresh_interpreter_skips_the_sanitizer_build(self):
        """A checkout whose build/ is a sanitizer build and build-plain/ is not: the package
        loads build-plain (or, in a sanitizer build of the project, refuses both)."""
        fake_checkout(self.tmp)
        package = os.path.join(self.tmp, "bindings", "python", "poortwachter")
        os.makedirs(os.path.dirname(package))
        os.symlink(PACKAGE, package)
        place(os.path.join(self.tmp, "build", "lib"), SANITIZED)
        plain = place(os.path.join(self.tmp, "build-plain", "lib"), LIBRARY)
        code = ("import sys; sys.path.insert(0, sys.argv[1]); from poortwachter import _loader\n"
                "_loader._ldconfig_paths = _loader._library_folders = lambda: []\n"
                "print(_loader.library_path())")
        env = {k: v for k, v in os.environ.items() if k not in ("POORTWACHTER_LIBRARY", "LD_LIBRARY_PATH")}
        r = subprocess.run([sys.executable, "-c", code, os.path.dirname(package)],
                           env=env, capture_output=True, text=True, timeout=60)
        if BUILD_SANITIZED:
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("skipped, a sanitizer build", r.stderr)
        else:
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout.strip(), plain)


if __name__ == "__main__":
    unittest.main()
