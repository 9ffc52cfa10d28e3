"""Finding and loading libpoortwachter, and the one table of its C functions.

The library is looked for, in this order:

1. ``POORTWACHTER_LIBRARY``: a file, or a folder holding ``libpoortwachter.so*``. An explicit
   choice is honoured as it is, even a sanitizer build (the sanitizer test setup preloads
   the runtimes and points here).
2. The installed library by its soname, ``libpoortwachter.so.1``: in ``LD_LIBRARY_PATH``,
   the dynamic linker's cache (``ldconfig -p``) and the usual library folders.
3. The plain build of the repository this package sits in (``build/lib``, then other
   ``build*`` folders), when the package is used from a checkout.

Outside an explicit choice a sanitizer build (ASan, UBSan, TSan) is never loaded: an
interpreter without the sanitizer runtime aborts when it loads one. It is recognised by
its meson options (``meson-info/intro-buildoptions.json``) and by its dynamic section
(a dependency on libasan/libubsan/libtsan, or their hooks as undefined symbols).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import glob
import json
import os
import struct
import subprocess
import sysconfig
from typing import Iterator, List, Optional, Tuple

SONAME = "libpoortwachter.so.1"
_PATTERNS = ("libpoortwachter.so*", "libpoortwachter*.dylib", "*poortwachter*.dll")
_HERE = os.path.dirname(os.path.abspath(__file__))
# the checkout this package sits in: bindings/python/poortwachter -> the top
_REPO_TOP = os.path.normpath(os.path.join(_HERE, "..", "..", ".."))

i32, u32, i64 = ctypes.c_int32, ctypes.c_uint32, ctypes.c_int64
sz, vp, cp = ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p
P_i32, P_vp, P_sz, P_i64 = (ctypes.POINTER(t) for t in (i32, vp, sz, i64))

# name: (restype, argtypes). Returned strings the caller frees are c_void_p.
FUNCTIONS = {
    "poort_version": (u32, []),
    "poort_version_string": (cp, []),
    "poort_status_str": (cp, [i32]),
    "poort_free": (None, [vp]),
    "poort_date_parse": (i32, [cp, P_i32]),
    "poort_date_format": (i32, [i32, cp, sz]),
    "poort_date_is_workday": (i32, [i32]),
    "poort_case_new": (vp, []),
    "poort_case_free": (None, [vp]),
    "poort_case_clone": (i32, [vp, P_vp]),
    "poort_case_remove_period": (i32, [vp, i32]),
    "poort_case_remove_done": (i32, [vp, cp, i32]),
    "poort_case_remove_item": (i32, [vp, cp, i32]),
    "poort_case_errmsg": (cp, [vp]),
    "poort_case_add_period": (i32, [vp, i32, i32]),
    "poort_case_add_leave": (i32, [vp, i32, i32, i32]),
    "poort_case_record_done": (i32, [vp, cp, i32]),
    "poort_case_set_departure": (i32, [vp, cp, i32]),
    "poort_case_set_extension": (i32, [vp, i32]),
    "poort_case_set_loonsanctie": (i32, [vp, i32, i32, i32]),
    "poort_case_set_employment_end": (i32, [vp, i32]),
    "poort_case_set_id": (i32, [vp, cp]),
    "poort_case_id": (cp, [vp]),
    "poort_timeline_compute": (i32, [vp, i32, i32, P_vp]),
    "poort_timeline_free": (None, [vp]),
    "poort_timeline_today": (i32, [vp]),
    "poort_timeline_first_sick_day": (i32, [vp]),
    "poort_timeline_last_sick_day": (i32, [vp]),
    "poort_timeline_case_count": (i32, [vp]),
    "poort_timeline_sick_days": (i32, [vp]),
    "poort_timeline_interruption_days": (i32, [vp]),
    "poort_timeline_leave_days": (i32, [vp]),
    "poort_timeline_wachttijd_end": (i32, [vp]),
    "poort_timeline_wage_end": (i32, [vp]),
    "poort_timeline_count": (sz, [vp]),
    "poort_timeline_json": (i32, [vp, i32, P_vp, P_sz]),
    "poort_timeline_svg": (i32, [vp, i32, P_vp, P_sz]),
    "poort_catalogue_milestone_count": (sz, []),
    "poort_catalogue_milestone_id": (cp, [sz]),
    "poort_catalogue_milestone_title": (cp, [sz, i32]),
    "poort_catalogue_milestone_who": (cp, [sz, i32]),
    "poort_catalogue_milestone_basis": (cp, [sz, i32]),
    "poort_catalogue_milestone_juriconnect": (cp, [sz]),
    "poort_catalogue_milestone_kind": (i32, [sz]),
    "poort_catalogue_milestone_rule": (cp, [sz]),
    "poort_catalogue_milestone_rule_text": (i32, [sz, i32, cp, sz]),
    "poort_catalogue_item_count": (sz, []),
    "poort_catalogue_item_id": (cp, [sz]),
    "poort_catalogue_item_onderdeel": (cp, [sz]),
    "poort_catalogue_item_content": (cp, [sz, i32]),
    "poort_catalogue_item_basis": (cp, [sz, i32]),
    "poort_catalogue_item_juriconnect": (cp, [sz]),
    "poort_catalogue_item_milestone": (cp, [sz]),
    "poort_catalogue_constant_count": (sz, []),
    "poort_catalogue_constant_name": (cp, [sz]),
    "poort_catalogue_constant_value": (i64, [sz]),
    "poort_catalogue_constant_citation": (cp, [sz]),
    "poort_params_row_count": (sz, [vp]),
    "poort_params_row": (i32, [vp, sz, ctypes.POINTER(cp), P_i32, P_i32, P_i64, ctypes.POINTER(cp)]),
    "poort_milestone_id": (cp, [vp, sz]),
    "poort_milestone_occurrence": (i32, [vp, sz]),
    "poort_milestone_due": (i32, [vp, sz]),
    "poort_milestone_window_start": (i32, [vp, sz]),
    "poort_milestone_done": (i32, [vp, sz]),
    "poort_milestone_planned": (i32, [vp, sz]),
    "poort_milestone_status": (i32, [vp, sz]),
    "poort_milestone_kind": (i32, [vp, sz]),
    "poort_milestone_departed": (i32, [vp, sz]),
    "poort_milestone_day_off": (i32, [vp, sz]),
    "poort_milestone_title": (cp, [vp, sz, i32]),
    "poort_milestone_who": (cp, [vp, sz, i32]),
    "poort_milestone_basis": (cp, [vp, sz, i32]),
    "poort_milestone_juriconnect": (cp, [vp, sz]),
    "poort_milestone_explain": (i32, [vp, sz, i32, cp, sz]),
    "poort_status_name": (cp, [i32]),
    "poort_kind_name": (cp, [i32]),
    "poort_case_record_item": (i32, [vp, cp, i32]),
    "poort_dossier_compute": (i32, [vp, i32, P_vp]),
    "poort_dossier_free": (None, [vp]),
    "poort_dossier_variant": (i32, [vp]),
    "poort_dossier_complete_bp": (i32, [vp]),
    "poort_dossier_can_submit": (i32, [vp]),
    "poort_dossier_count": (sz, [vp]),
    "poort_dossier_item_id": (cp, [vp, sz]),
    "poort_dossier_item_onderdeel": (cp, [vp, sz]),
    "poort_dossier_item_content": (cp, [vp, sz, i32]),
    "poort_dossier_item_basis": (cp, [vp, sz, i32]),
    "poort_dossier_item_juriconnect": (cp, [vp, sz]),
    "poort_dossier_item_milestone": (cp, [vp, sz]),
    "poort_dossier_item_requirement": (i32, [vp, sz]),
    "poort_dossier_item_state": (i32, [vp, sz]),
    "poort_dossier_item_due": (i32, [vp, sz]),
    "poort_dossier_item_first": (i32, [vp, sz]),
    "poort_dossier_item_latest": (i32, [vp, sz]),
    "poort_dossier_item_records": (i32, [vp, sz]),
    "poort_dossier_item_planned": (i32, [vp, sz]),
    "poort_dossier_json": (i32, [vp, i32, P_vp, P_sz]),
    "poort_item_state_name": (cp, [i32]),
    "poort_requirement_name": (cp, [i32]),
    "poort_riv_variant_name": (cp, [i32]),
    "poort_case_set_wage": (i32, [vp, i64, i32]),
    "poort_case_set_birth_date": (i32, [vp, i32]),
    "poort_case_set_age": (i32, [vp, i32]),
    "poort_case_set_aow_date": (i32, [vp, i32]),
    "poort_case_set_waiting_days": (i32, [vp, i32]),
    "poort_case_set_fulltime_hours": (i32, [vp, i32]),
    "poort_case_set_extension_percent": (i32, [vp, i32]),
    "poort_case_set_bbl": (i32, [vp, i32]),
    "poort_case_add_cao": (i32, [vp, i32, i32, i32, i32]),
    "poort_case_clear_cao": (i32, [vp]),
    "poort_case_add_partial_work": (i32, [vp, i32, i32, i32]),
    "poort_case_set_partial_pay": (i32, [vp, i32]),
    "poort_wage_compute": (i32, [vp, vp, i32, i32, P_vp]),
    "poort_wage_free": (None, [vp]),
    "poort_wage_total": (i64, [vp]),
    "poort_wage_flags": (i32, [vp]),
    "poort_wage_stale_from": (i32, [vp, i32]),
    "poort_wage_provisional_from": (i32, [vp, i32]),
    "poort_wage_segment_count": (sz, [vp]),
    "poort_wage_segment_first": (i32, [vp, sz]),
    "poort_wage_segment_last": (i32, [vp, sz]),
    "poort_wage_segment_regime": (i32, [vp, sz]),
    "poort_wage_segment_percent": (i32, [vp, sz]),
    "poort_wage_segment_statutory": (i64, [vp, sz]),
    "poort_wage_segment_cao": (i64, [vp, sz]),
    "poort_wage_segment_amount": (i64, [vp, sz]),
    "poort_wage_segment_flags": (i32, [vp, sz]),
    "poort_wage_segment_explain": (i32, [vp, sz, i32, cp, sz]),
    "poort_wage_month_count": (sz, [vp]),
    "poort_wage_month_first": (i32, [vp, sz]),
    "poort_wage_month_last": (i32, [vp, sz]),
    "poort_wage_month_amount": (i64, [vp, sz]),
    "poort_wage_month_statutory": (i64, [vp, sz]),
    "poort_wage_month_regime": (i32, [vp, sz]),
    "poort_wage_month_percent": (i32, [vp, sz]),
    "poort_wage_month_flags": (i32, [vp, sz]),
    "poort_wage_month_explain": (i32, [vp, sz, i32, cp, sz]),
    "poort_wage_totals": (i32, [P_vp, sz, vp, i32, i32, P_i64, P_i32]),
    "poort_regime_name": (cp, [i32]),
    "poort_wage_json": (i32, [vp, i32, P_vp, P_sz]),
    "poort_params_new": (vp, []),
    "poort_params_free": (None, [vp]),
    "poort_params_errmsg": (cp, [vp]),
    "poort_params_add_min_wage_hour": (i32, [vp, i32, i64]),
    "poort_params_add_wfsv_max_day": (i32, [vp, i32, i64]),
    "poort_params_new_empty": (vp, []),
    "poort_params_add_wfsv_max_day_from": (i32, [vp, i32, i64]),
    "poort_params_add_youth_percent": (i32, [vp, i32, i32, i32, i32]),
    "poort_params_load": (i32, [vp, cp, sz]),
    "poort_params_min_wage_hour": (i64, [vp, i32, i32]),
    "poort_params_wfsv_max_day": (i64, [vp, i32]),
    "poort_feed_new": (vp, []),
    "poort_feed_free": (None, [vp]),
    "poort_feed_errmsg": (cp, [vp]),
    "poort_feed_set_dtstamp": (i32, [vp, i64]),
    "poort_feed_set_lang": (i32, [vp, i32]),
    "poort_feed_set_uid_domain": (i32, [vp, cp]),
    "poort_feed_set_name": (i32, [vp, cp]),
    "poort_feed_set_alarm_days": (i32, [vp, i32]),
    "poort_feed_set_reminder_events": (i32, [vp, i32]),
    "poort_feed_set_refresh_hours": (i32, [vp, i32]),
    "poort_feed_set_include": (i32, [vp, i32]),
    "poort_feed_set_previous": (i32, [vp, cp, sz]),
    "poort_feed_set_alarm_time": (i32, [vp, i32]),
    "poort_feed_set_case_url": (i32, [vp, cp]),
    "poort_feed_set_keep_past": (i32, [vp, i32]),
    "poort_feed_set_keep_cancelled": (i32, [vp, i32]),
    "poort_feed_set_strict": (i32, [vp, i32]),
    "poort_feed_keep_case": (i32, [vp, cp]),
    "poort_feed_warning_count": (i32, [vp]),
    "poort_feed_warning": (cp, [vp, i32]),
    "poort_feed_begin": (i32, [vp, vp, vp]),
    "poort_feed_add_case": (i32, [vp, vp]),
    "poort_feed_end": (i32, [vp]),
    "poort_feed_take": (i32, [vp, P_vp, P_sz]),
    "poort_feed_event_count": (i64, [vp]),
    "poort_sheet_new": (i32, [cp, sz, P_vp]),
    "poort_sheet_free": (None, [vp]),
    "poort_sheet_next": (i32, [vp, P_vp]),
    "poort_sheet_errmsg": (cp, [vp]),
    "poort_sheet_line": (i32, [vp]),
    "poort_sheet_value": (cp, [vp, cp]),
    "poort_sheet_column_count": (sz, [vp]),
    "poort_sheet_column_name": (cp, [vp, sz]),
    "poort_sheet_column_field": (cp, [vp, sz]),
    "poort_sheet_warning_count": (sz, [vp]),
    "poort_sheet_warning": (cp, [vp, sz]),
}

# ------------------------------------------------------------ sanitizer builds

_SANITIZER_MARKS = (
    (b"libasan.so", "it needs libasan (AddressSanitizer)"),
    (b"libubsan.so", "it needs libubsan (UndefinedBehaviorSanitizer)"),
    (b"libtsan.so", "it needs libtsan (ThreadSanitizer)"),
    (b"libhwasan.so", "it needs libhwasan (HWAddressSanitizer)"),
    (b"__asan_", "it calls AddressSanitizer hooks"),
    (b"__ubsan_handle_", "it calls UndefinedBehaviorSanitizer hooks"),
    (b"__tsan_", "it calls ThreadSanitizer hooks"),
)


# ELF class -> (address format, offset of e_shoff, offset of e_shentsize, section header format)
_ELF = {1: ("I", 0x20, 0x2E, "IIIIIII"), 2: ("Q", 0x28, 0x3A, "IIQQQQI")}
_SHT_DYNSYM = 11


def _dynamic_strings(path: str) -> Optional[bytes]:
    """The dynamic string table of an ELF file (the libraries it needs and the names of its
    dynamic symbols), or None when the file is not ELF."""
    with open(path, "rb") as f:
        head = f.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] not in _ELF:
            return None
        word, shoff_at, shent_at, section_format = _ELF[head[4]]
        end = "<" if head[5] == 1 else ">"
        shoff = struct.unpack_from(end + word, head, shoff_at)[0]
        shentsize, shnum = struct.unpack_from(end + "HH", head, shent_at)
        sections = []
        for k in range(shnum):
            f.seek(shoff + k * shentsize)
            _, kind, _, _, offset, size, link = struct.unpack_from(end + section_format, f.read(shentsize))
            sections.append((kind, offset, size, link))
        for kind, _, _, link in sections:
            if kind == _SHT_DYNSYM and link < len(sections):
                _, offset, size, _ = sections[link]
                f.seek(offset)
                return f.read(size)
    return b""


def _meson_sanitize(build_dir: str) -> Optional[str]:
    """Why a meson build folder makes sanitizer builds (its options), or None."""
    try:
        with open(os.path.join(build_dir, "meson-info", "intro-buildoptions.json")) as f:
            options = {o["name"]: o["value"] for o in json.load(f)}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if options.get("b_sanitize", "none") != "none":
        return f"its build folder was configured with b_sanitize={options['b_sanitize']}"
    for name, value in options.items():
        flags = value if isinstance(value, list) else [value]
        if name.endswith("_args") and any("-fsanitize" in str(flag) for flag in flags):
            return f"its build folder's {name} hold {' '.join(map(str, flags))}"
    return None


def sanitizer_reason(path: str) -> Optional[str]:
    """Why the library at path is a sanitizer build, or None when it is not."""
    why = _meson_sanitize(os.path.dirname(os.path.dirname(os.path.abspath(path))))
    if why:
        return why
    try:
        strings = _dynamic_strings(path)
    except (OSError, struct.error):
        return None
    for mark, why in _SANITIZER_MARKS:
        if strings and mark in strings:
            return why
    return None

# ------------------------------------------------------------------ candidates


def _in_folder(folder: str) -> List[str]:
    """The library files in a folder, the soname first."""
    found = []
    for pattern in _PATTERNS:
        found += sorted(glob.glob(os.path.join(folder, pattern)))
    found.sort(key=lambda p: (os.path.basename(p) != SONAME,
                              os.path.basename(p) != "libpoortwachter.so"))
    return found


def _ldconfig_paths() -> List[str]:
    """Where the dynamic linker's cache says the soname lives."""
    for tool in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run([tool, "-p"], capture_output=True, text=True, timeout=10,
                                 env={**os.environ, "LC_ALL": "C"}).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        return [line.split("=>", 1)[1].strip() for line in out.splitlines()
                if line.strip().startswith(SONAME + " ") and "=>" in line]
    return []


def _library_folders() -> List[str]:
    """The usual library folders (also those not in the linker's cache when ldconfig did
    not run after an install)."""
    folders = []
    arch = sysconfig.get_config_var("MULTIARCH") or ""
    for prefix in ("/usr/local/lib", "/usr/lib", "/lib"):
        folders += [os.path.join(prefix, arch)] if arch else []
        folders.append(prefix)
    return folders


def installed_candidates() -> Iterator[str]:
    """The installed library, found by its soname."""
    for folder in [d for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]:
        yield os.path.join(folder, SONAME)
    yield from _ldconfig_paths()
    for folder in _library_folders():
        yield os.path.join(folder, SONAME)
    found = ctypes.util.find_library("poortwachter")
    if found and os.path.isabs(found):  # macOS gives a path; Linux a name, covered above
        yield found


def repository_candidates(top: Optional[str] = None) -> Iterator[str]:
    """The library of the checkout's build folders: build first, then the other build*."""
    top = top or _REPO_TOP
    if not os.path.isfile(os.path.join(top, "include", "poortwachter.h")):
        return
    builds = sorted(glob.glob(os.path.join(top, "build*")),
                    key=lambda d: (os.path.basename(d) != "build", d))
    for build in builds:
        yield from _in_folder(os.path.join(build, "lib"))[:1]


def candidates(top: Optional[str] = None) -> Iterator[Tuple[str, Optional[str]]]:
    """(path, why it is skipped or None) in the order they are tried."""
    explicit = os.environ.get("POORTWACHTER_LIBRARY")
    if explicit:
        paths = _in_folder(explicit) if os.path.isdir(explicit) else [explicit]
        if not paths:
            yield explicit, "POORTWACHTER_LIBRARY names a folder without libpoortwachter.so*"
        # an explicit choice is loaded as it is, even a sanitizer build
        for path in paths:
            yield path, None
        return
    seen = set()
    for path in list(installed_candidates()) + list(repository_candidates(top)):
        real = os.path.realpath(path)
        if real in seen or not os.path.isfile(path):
            continue
        seen.add(real)
        why = sanitizer_reason(path)
        yield path, why and f"skipped, a sanitizer build: {why}"

# --------------------------------------------------------------------- loading


def _declare(lib: ctypes.CDLL) -> None:
    for name, (restype, argtypes) in FUNCTIONS.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes


def load_library() -> ctypes.CDLL:
    """Load libpoortwachter and declare every function once (argtypes/restype)."""
    global loaded_path
    problems = []
    for path, skip in candidates():
        if skip:
            problems.append(f"{path}: {skip}")
            continue
        try:
            lib = ctypes.CDLL(path)
            _declare(lib)
        except (OSError, AttributeError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        loaded_path = path
        return lib
    raise OSError("libpoortwachter not found; install it (meson install), build it in build/ "
                  "or set POORTWACHTER_LIBRARY to the library or its folder"
                  + "".join("\n  " + p for p in problems))


_lib: Optional[ctypes.CDLL] = None
loaded_path: Optional[str] = None


def lib() -> ctypes.CDLL:
    """The loaded library (loaded on first use)."""
    global _lib
    if _lib is None:
        _lib = load_library()
    return _lib


def library_version() -> str:
    """The version string of the loaded library, e.g. "0.4.1"."""
    return lib().poort_version_string().decode()


def library_path() -> str:
    """The file the library was loaded from."""
    lib()
    return loaded_path or ""


class Handle:
    """A library object that a Python object owns: made by poort_<kind>_new, freed once by
    poort_<kind>_free (on close(), at the end of a with block or when collected), its last
    failure explained by poort_<kind>_errmsg."""

    _kind = ""
    _ptr = None

    def __init__(self):
        self._lib = lib()
        self._ptr = getattr(self._lib, f"poort_{self._kind}_new")()
        if not self._ptr:
            raise MemoryError(f"poort_{self._kind}_new")

    @classmethod
    def _adopt(cls, ptr: int):
        """Wrap an object the library made and handed to the caller (a case that
        poort_sheet_next returned): from now on this Python object owns and frees it."""
        obj = cls.__new__(cls)
        obj._lib = lib()
        obj._ptr = ptr
        return obj

    def close(self) -> None:
        if self._ptr:
            getattr(self._lib, f"poort_{self._kind}_free")(self._ptr)
            self._ptr = None

    def __del__(self) -> None:
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check(self, status: int) -> None:
        if status != 0:
            from .errors import check  # errors needs this module first
            check(status, getattr(self._lib, f"poort_{self._kind}_errmsg")(self._ptr).decode())
