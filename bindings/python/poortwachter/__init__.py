"""Python bindings for libpoortwachter (ctypes, no compiled parts).

The library is loaded from the path in the environment variable POORTWACHTER_LIBRARY,
else from a build tree next to this package (``build/lib`` at the repository top),
else wherever ``ctypes.util.find_library("poortwachter")`` finds it.

    >>> import datetime, poortwachter
    >>> case = poortwachter.Case()
    >>> case.add_period(datetime.date(2026, 1, 1))
    >>> tl = case.timeline(today=datetime.date(2026, 3, 1))
    >>> tl["PROBLEEMANALYSE"].due
    datetime.date(2026, 2, 11)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as _dt
import glob
import json as _json
import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Iterator, List, Optional

__all__ = [
    "Case", "Timeline", "Milestone", "PoortError", "library_version", "load_library",
]

# ------------------------------------------------------------------ loading

_HERE = os.path.dirname(os.path.abspath(__file__))


def _candidates() -> Iterator[str]:
    env = os.environ.get("POORTWACHTER_LIBRARY")
    if env:
        yield env
        return
    top = os.path.normpath(os.path.join(_HERE, "..", "..", ".."))
    for pattern in ("build*/lib/libpoortwachter.so*", "builddir*/lib/libpoortwachter.so*"):
        yield from sorted(glob.glob(os.path.join(top, pattern)))
    found = ctypes.util.find_library("poortwachter")
    if found:
        yield found


def load_library() -> ctypes.CDLL:
    """Load libpoortwachter and declare every function once (argtypes/restype)."""
    errors = []
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError as exc:
            errors.append(f"{path}: {exc}")
            continue
        _declare(lib)
        return lib
    raise OSError("libpoortwachter not found; set POORTWACHTER_LIBRARY to its path"
                  + ("".join("\n  " + e for e in errors)))


i32, u32, sz, vp, cp = ctypes.c_int32, ctypes.c_uint32, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p
P_i32 = ctypes.POINTER(ctypes.c_int32)

# name: (restype, argtypes). Returned strings the caller frees are c_void_p.
_FUNCTIONS = {
    "poort_version": (u32, []),
    "poort_version_string": (cp, []),
    "poort_status_str": (cp, [i32]),
    "poort_free": (None, [vp]),
    "poort_date_parse": (i32, [cp, P_i32]),
    "poort_date_format": (i32, [i32, cp, sz]),
    "poort_date_is_workday": (i32, [i32]),
    "poort_case_new": (vp, []),
    "poort_case_free": (None, [vp]),
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
    "poort_timeline_compute": (i32, [vp, i32, i32, ctypes.POINTER(vp)]),
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
    "poort_timeline_json": (i32, [vp, i32, ctypes.POINTER(vp), ctypes.POINTER(sz)]),
    "poort_milestone_id": (cp, [vp, sz]),
    "poort_milestone_occurrence": (i32, [vp, sz]),
    "poort_milestone_due": (i32, [vp, sz]),
    "poort_milestone_window_start": (i32, [vp, sz]),
    "poort_milestone_done": (i32, [vp, sz]),
    "poort_milestone_status": (i32, [vp, sz]),
    "poort_milestone_kind": (i32, [vp, sz]),
    "poort_milestone_departed": (i32, [vp, sz]),
    "poort_milestone_title": (cp, [vp, sz, i32]),
    "poort_milestone_who": (cp, [vp, sz, i32]),
    "poort_milestone_basis": (cp, [vp, sz, i32]),
    "poort_milestone_juriconnect": (cp, [vp, sz]),
    "poort_milestone_explain": (i32, [vp, sz, i32, cp, sz]),
    "poort_status_name": (cp, [i32]),
    "poort_kind_name": (cp, [i32]),
    "poort_case_record_item": (i32, [vp, cp, i32]),
    "poort_dossier_compute": (i32, [vp, i32, ctypes.POINTER(vp)]),
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
    "poort_dossier_json": (i32, [vp, i32, ctypes.POINTER(vp), ctypes.POINTER(sz)]),
    "poort_item_state_name": (cp, [i32]),
    "poort_requirement_name": (cp, [i32]),
    "poort_riv_variant_name": (cp, [i32]),
    "poort_case_set_wage": (i32, [vp, ctypes.c_int64, i32]),
    "poort_case_set_birth_date": (i32, [vp, i32]),
    "poort_case_set_age": (i32, [vp, i32]),
    "poort_case_set_aow_date": (i32, [vp, i32]),
    "poort_case_set_waiting_days": (i32, [vp, i32]),
    "poort_case_set_fulltime_hours": (i32, [vp, i32]),
    "poort_case_set_extension_percent": (i32, [vp, i32]),
    "poort_case_add_cao": (i32, [vp, i32, i32, i32, i32]),
    "poort_case_clear_cao": (i32, [vp]),
    "poort_case_add_partial_work": (i32, [vp, i32, i32, i32]),
    "poort_case_set_partial_pay": (i32, [vp, i32]),
    "poort_wage_compute": (i32, [vp, vp, i32, i32, ctypes.POINTER(vp)]),
    "poort_wage_free": (None, [vp]),
    "poort_wage_total": (ctypes.c_int64, [vp]),
    "poort_wage_totals": (i32, [ctypes.POINTER(vp), sz, vp, i32, i32,
                                ctypes.POINTER(ctypes.c_int64), ctypes.POINTER(i32)]),
    "poort_wage_json": (i32, [vp, i32, ctypes.POINTER(vp), ctypes.POINTER(sz)]),
    "poort_params_new": (vp, []),
    "poort_params_free": (None, [vp]),
    "poort_params_errmsg": (cp, [vp]),
    "poort_params_add_min_wage_hour": (i32, [vp, i32, ctypes.c_int64]),
    "poort_params_add_wfsv_max_day": (i32, [vp, i32, ctypes.c_int64]),
    "poort_params_min_wage_hour": (ctypes.c_int64, [vp, i32, i32]),
    "poort_params_wfsv_max_day": (ctypes.c_int64, [vp, i32]),
    "poort_feed_new": (vp, []),
    "poort_feed_free": (None, [vp]),
    "poort_feed_errmsg": (cp, [vp]),
    "poort_feed_set_dtstamp": (i32, [vp, ctypes.c_int64]),
    "poort_feed_set_lang": (i32, [vp, i32]),
    "poort_feed_set_uid_domain": (i32, [vp, cp]),
    "poort_feed_set_name": (i32, [vp, cp]),
    "poort_feed_set_alarm_days": (i32, [vp, i32]),
    "poort_feed_set_reminder_events": (i32, [vp, i32]),
    "poort_feed_set_refresh_hours": (i32, [vp, i32]),
    "poort_feed_set_include": (i32, [vp, i32]),
    "poort_feed_set_previous": (i32, [vp, cp, sz]),
    "poort_feed_begin": (i32, [vp, vp, vp]),
    "poort_feed_add_case": (i32, [vp, vp]),
    "poort_feed_end": (i32, [vp]),
    "poort_feed_take": (i32, [vp, ctypes.POINTER(vp), ctypes.POINTER(sz)]),
    "poort_feed_event_count": (ctypes.c_int64, [vp]),
}


def _declare(lib: ctypes.CDLL) -> None:
    for name, (restype, argtypes) in _FUNCTIONS.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes


_lib: Optional[ctypes.CDLL] = None


def _L() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        _lib = load_library()
    return _lib


def library_version() -> str:
    """The version string of the loaded library, e.g. "0.1.0"."""
    return _L().poort_version_string().decode()

# --------------------------------------------------------------- exceptions


class PoortError(Exception):
    """A status the library returned; `status` is its number, `message` its detail."""

    status = 0

    def __init__(self, message: str, status: Optional[int] = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


def _error(name: str, status: int, *bases: type) -> type:
    cls = type(name, (PoortError,) + bases, {"status": status, "__module__": __name__})
    globals()[name] = cls
    __all__.append(name)
    return cls


_ERRORS = {cls.status: cls for cls in (
    _error("NullArgumentError", -1, ValueError),
    _error("DateSyntaxError", -2, ValueError),
    _error("DateInvalidError", -3, ValueError),
    _error("DateRangeError", -4, ValueError),
    _error("PeriodOrderError", -5, ValueError),
    _error("PeriodOverlapError", -6, ValueError),
    _error("AfterOpenPeriodError", -7, ValueError),
    _error("UnknownMilestoneError", -8, LookupError),
    _error("NotRecordableError", -9, ValueError),
    _error("NoDepartureError", -10, ValueError),
    _error("LoonsanctieWeeksError", -11, ValueError),
    _error("LoonsanctieLateError", -12, ValueError),
    _error("BekortingError", -13, ValueError),
    _error("ExtensionError", -14, ValueError),
    _error("NoPeriodsError", -15, ValueError),
    _error("BeforeCaseError", -16, ValueError),
    _error("CaseIdError", -17, ValueError),
    _error("LanguageError", -18, ValueError),
    _error("ArgumentError", -19, ValueError),
    _error("DuplicateError", -20, ValueError),
    _error("LimitError", -21, ValueError),
    _error("OutOfMemoryError", -22, MemoryError),
    _error("IndexOutOfRangeError", -23, IndexError),
    _error("BufferTooSmallError", -24, ValueError),
    _error("UnknownItemError", -25, LookupError),
    _error("WageError", -26, ValueError),
    _error("HoursError", -27, ValueError),
    _error("WaitingDaysError", -28, ValueError),
    _error("CaoWeeksError", -29, ValueError),
    _error("CaoOverlapError", -30, ValueError),
    _error("PercentError", -31, ValueError),
    _error("NoWageError", -32, ValueError),
    _error("TableRangeError", -33, ValueError),
    _error("AgeError", -34, ValueError),
    _error("FeedStateError", -35, ValueError),
    _error("FeedParseError", -36, ValueError),
    _error("WriteError", -37, OSError),
    _error("TextError", -38, ValueError),
)}


def _raise(status: int, message: str = "") -> None:
    text = message or _L().poort_status_str(status).decode()
    raise _ERRORS.get(status, PoortError)(text, status)

# -------------------------------------------------------------------- dates

DATE_NONE = -(2 ** 31)
_EPOCH = _dt.date(1970, 1, 1)


def _to_c(day: Optional[_dt.date]) -> int:
    if day is None:
        return DATE_NONE
    if isinstance(day, _dt.datetime) or not isinstance(day, _dt.date):
        raise TypeError(f"expected a datetime.date, not {type(day).__name__}")
    return (day - _EPOCH).days


def _from_c(value: int) -> Optional[_dt.date]:
    return None if value == DATE_NONE else _EPOCH + _dt.timedelta(days=value)


def is_workday(day: _dt.date) -> bool:
    """Dutch workday in the sense of the Algemene termijnenwet."""
    r = _L().poort_date_is_workday(_to_c(day))
    if r < 0:
        _raise(r)
    return bool(r)


_LANGS = {"nl": 0, "en": 1}


def _lang(lang: str) -> int:
    try:
        return _LANGS[lang]
    except KeyError:
        raise LanguageError(f"language must be 'nl' or 'en', not {lang!r}", -18) from None

# -------------------------------------------------------------------- money

def _scaled(value, scale: int, what: str) -> int:
    """An exact Decimal/int/str amount as an integer in 1/scale units; floats are refused."""
    if isinstance(value, float):
        raise TypeError(f"{what}: use decimal.Decimal or str for exact amounts, not float")
    d = Decimal(str(value)) * scale
    if d != d.to_integral_value():
        raise ArgumentError(f"{what}: {value} has more than {len(str(scale)) - 1} decimals", -19)
    return int(d)


def _cents(value, what: str = "amount") -> int:
    return _scaled(value, 100, what)


def _money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


class Params:
    """A parameter set: the built-in statutory tables plus rows the host adds."""

    def __init__(self):
        self._lib = _L()
        self._ptr = self._lib.poort_params_new()
        if not self._ptr:
            raise MemoryError("poort_params_new")

    def close(self) -> None:
        if self._ptr:
            self._lib.poort_params_free(self._ptr)
            self._ptr = None

    def __del__(self) -> None:
        self.close()

    def _check(self, status: int) -> None:
        if status != 0:
            _raise(status, self._lib.poort_params_errmsg(self._ptr).decode())

    def add_min_wage_hour(self, from_date: _dt.date, euros) -> None:
        """The adult hourly minimum wage in force from from_date (2024 or later)."""
        self._check(self._lib.poort_params_add_min_wage_hour(self._ptr, _to_c(from_date),
                                                              _cents(euros, "minimum wage")))

    def add_wfsv_max_day(self, year: int, euros) -> None:
        """The Wfsv maximum daily wage of a year."""
        self._check(self._lib.poort_params_add_wfsv_max_day(self._ptr, int(year),
                                                             _cents(euros, "Wfsv maximum")))

    def min_wage_hour(self, on: _dt.date, age: int = 21) -> Decimal:
        r = self._lib.poort_params_min_wage_hour(self._ptr, _to_c(on), int(age))
        if r < 0:
            _raise(int(r))
        return _money(r)

# --------------------------------------------------------------------- case


class Case:
    """The sick periods and recorded facts of one employee (a poort_case)."""

    def __init__(self, case_id: Optional[str] = None):
        self._lib = _L()
        self._ptr = self._lib.poort_case_new()
        if not self._ptr:
            raise MemoryError("poort_case_new")
        if case_id is not None:
            self.case_id = case_id

    def close(self) -> None:
        if self._ptr:
            self._lib.poort_case_free(self._ptr)
            self._ptr = None

    def __del__(self) -> None:
        self.close()

    def __enter__(self) -> "Case":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _check(self, status: int) -> None:
        if status != 0:
            _raise(status, self._lib.poort_case_errmsg(self._ptr).decode())

    def add_period(self, first: _dt.date, last: Optional[_dt.date] = None) -> None:
        """A period of sickness; last is the last sick day (inclusive), None while it lasts."""
        self._check(self._lib.poort_case_add_period(self._ptr, _to_c(first), _to_c(last)))

    def add_leave(self, first: _dt.date, last: _dt.date, other_cause: bool = False) -> None:
        """WAZO leave; other_cause: the sickness after it has another cause."""
        self._check(self._lib.poort_case_add_leave(self._ptr, _to_c(first), _to_c(last),
                                                    1 if other_cause else 0))

    def record_done(self, milestone_id: str, on: _dt.date) -> None:
        self._check(self._lib.poort_case_record_done(self._ptr, milestone_id.encode(), _to_c(on)))

    def set_departure(self, milestone_id: str, due: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_departure(self._ptr, milestone_id.encode(), _to_c(due)))

    def set_extension(self, last_day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_extension(self._ptr, _to_c(last_day)))

    def set_loonsanctie(self, decision: Optional[_dt.date], weeks: int = 0,
                        bekorting: Optional[_dt.date] = None) -> None:
        self._check(self._lib.poort_case_set_loonsanctie(self._ptr, _to_c(decision), int(weeks),
                                                          _to_c(bekorting)))

    def set_employment_end(self, last_day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_employment_end(self._ptr, _to_c(last_day)))

    @property
    def case_id(self) -> str:
        return self._lib.poort_case_id(self._ptr).decode()

    @case_id.setter
    def case_id(self, value: str) -> None:
        self._check(self._lib.poort_case_set_id(self._ptr, value.encode("utf-8")))

    def record_item(self, item_id: str, on: _dt.date) -> None:
        """A dossier item present since `on` (for MEDISCHE_INFORMATIE: the date it was sent
        to UWV; there is no way to pass medical content)."""
        self._check(self._lib.poort_case_record_item(self._ptr, item_id.encode(), _to_c(on)))

    def dossier(self, today: _dt.date, lang: str = "nl") -> "Dossier":
        """Which re-integratieverslag items are present, missing or late on `today`."""
        code = _lang(lang)
        out = ctypes.c_void_p()
        self._check(self._lib.poort_dossier_compute(self._ptr, _to_c(today), ctypes.byref(out)))
        try:
            return Dossier._from_c(self._lib, out, code, today)
        finally:
            self._lib.poort_dossier_free(out)

    # wage data
    def set_wage(self, monthly, hours_per_week) -> None:
        """Monthly time-based wage in euros (Decimal, int or str) and contract hours a week."""
        self._check(self._lib.poort_case_set_wage(self._ptr, _cents(monthly, "monthly wage"),
                                                   _scaled(hours_per_week, 100, "hours")))

    def set_birth_date(self, day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_birth_date(self._ptr, _to_c(day)))

    def set_age(self, years: Optional[int]) -> None:
        self._check(self._lib.poort_case_set_age(self._ptr, -1 if years is None else int(years)))

    def set_aow_date(self, day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_aow_date(self._ptr, _to_c(day)))

    def set_waiting_days(self, days: int) -> None:
        self._check(self._lib.poort_case_set_waiting_days(self._ptr, int(days)))

    def set_fulltime_hours(self, hours) -> None:
        self._check(self._lib.poort_case_set_fulltime_hours(self._ptr, _scaled(hours, 100, "hours")))

    def set_extension_percent(self, percent) -> None:
        self._check(self._lib.poort_case_set_extension_percent(self._ptr, _scaled(percent, 100, "percent")))

    def add_cao(self, from_week: int, to_week: int, percent, capped: bool = False) -> None:
        """A range of sick weeks paid at `percent` (e.g. 100) by the CAO."""
        self._check(self._lib.poort_case_add_cao(self._ptr, int(from_week), int(to_week),
                                                  _scaled(percent, 100, "percent"), 1 if capped else 0))

    def clear_cao(self) -> None:
        self._check(self._lib.poort_case_clear_cao(self._ptr))

    def add_partial_work(self, first: _dt.date, last: _dt.date, hours_per_week) -> None:
        self._check(self._lib.poort_case_add_partial_work(self._ptr, _to_c(first), _to_c(last),
                                                           _scaled(hours_per_week, 100, "hours")))

    def set_partial_pay(self, percent) -> None:
        self._check(self._lib.poort_case_set_partial_pay(self._ptr, _scaled(percent, 100, "percent")))

    def wage(self, first: Optional[_dt.date] = None, last: Optional[_dt.date] = None,
             params: Optional[Params] = None, lang: str = "nl") -> "Wage":
        """The wage continuation from first to last (inclusive); both None: the whole case."""
        code = _lang(lang)
        out = ctypes.c_void_p()
        self._check(self._lib.poort_wage_compute(self._ptr, params._ptr if params else None,
                                                  _to_c(first), _to_c(last), ctypes.byref(out)))
        try:
            return Wage._from_c(self._lib, out, code)
        finally:
            self._lib.poort_wage_free(out)

    def to_ics(self, dtstamp: _dt.datetime, **options) -> str:
        """This case's calendar feed (see Feed for the options)."""
        feed = Feed(dtstamp, **options)
        try:
            feed.add(self)
            return feed.finish()
        finally:
            feed.close()

    def timeline(self, today: _dt.date, due_soon_days: int = 14, lang: str = "nl") -> "Timeline":
        """Compute the timeline on the reference date `today` (never the clock)."""
        code = _lang(lang)
        out = ctypes.c_void_p()
        self._check(self._lib.poort_timeline_compute(self._ptr, _to_c(today), int(due_soon_days),
                                                      ctypes.byref(out)))
        try:
            return Timeline._from_c(self._lib, out, code)
        finally:
            self._lib.poort_timeline_free(out)

# ----------------------------------------------------------------- timeline


@dataclass(frozen=True)
class Milestone:
    id: str
    occurrence: int
    due: _dt.date
    window_start: Optional[_dt.date]
    done: Optional[_dt.date]
    status: str
    kind: str
    departed: bool
    title: str
    who: str
    basis: str
    juriconnect: str
    explanation: str


@dataclass(frozen=True)
class Timeline:
    today: _dt.date
    first_sick_day: _dt.date
    last_sick_day: Optional[_dt.date]
    case_count: int
    sick_days: int
    interruption_days: int
    leave_days: int
    wachttijd_end: _dt.date
    wage_end: _dt.date
    milestones: List[Milestone]
    json: str

    @classmethod
    def _from_c(cls, lib: ctypes.CDLL, t: ctypes.c_void_p, lang: int) -> "Timeline":
        buf = ctypes.create_string_buffer(512)
        items = []
        for i in range(lib.poort_timeline_count(t)):
            n = lib.poort_milestone_explain(t, i, lang, buf, len(buf))
            if n >= len(buf):
                buf = ctypes.create_string_buffer(n + 1)
                lib.poort_milestone_explain(t, i, lang, buf, len(buf))
            items.append(Milestone(
                id=lib.poort_milestone_id(t, i).decode(),
                occurrence=lib.poort_milestone_occurrence(t, i),
                due=_from_c(lib.poort_milestone_due(t, i)),
                window_start=_from_c(lib.poort_milestone_window_start(t, i)),
                done=_from_c(lib.poort_milestone_done(t, i)),
                status=lib.poort_status_name(lib.poort_milestone_status(t, i)).decode(),
                kind=lib.poort_kind_name(lib.poort_milestone_kind(t, i)).decode(),
                departed=bool(lib.poort_milestone_departed(t, i)),
                title=lib.poort_milestone_title(t, i, lang).decode(),
                who=lib.poort_milestone_who(t, i, lang).decode(),
                basis=lib.poort_milestone_basis(t, i, lang).decode(),
                juriconnect=lib.poort_milestone_juriconnect(t, i).decode(),
                explanation=buf.value.decode(),
            ))
        json_text = _json_text(lib, lib.poort_timeline_json, t, lang)
        return cls(
            today=_from_c(lib.poort_timeline_today(t)),
            first_sick_day=_from_c(lib.poort_timeline_first_sick_day(t)),
            last_sick_day=_from_c(lib.poort_timeline_last_sick_day(t)),
            case_count=lib.poort_timeline_case_count(t),
            sick_days=lib.poort_timeline_sick_days(t),
            interruption_days=lib.poort_timeline_interruption_days(t),
            leave_days=lib.poort_timeline_leave_days(t),
            wachttijd_end=_from_c(lib.poort_timeline_wachttijd_end(t)),
            wage_end=_from_c(lib.poort_timeline_wage_end(t)),
            milestones=items,
            json=json_text,
        )

    def __iter__(self) -> Iterator[Milestone]:
        return iter(self.milestones)

    def __len__(self) -> int:
        return len(self.milestones)

    def __getitem__(self, key) -> Milestone:
        """By index, by id ("PROBLEEMANALYSE") or by (id, occurrence) for EVALUATIE."""
        if isinstance(key, int):
            return self.milestones[key]
        mid, occ = (key, 0) if isinstance(key, str) else key
        for m in self.milestones:
            if m.id == mid and m.occurrence == occ:
                return m
        raise KeyError(key)

    def evaluations(self) -> List[Milestone]:
        return [m for m in self.milestones if m.id == "EVALUATIE"]


def _json_text(lib: ctypes.CDLL, fn, obj, lang: int) -> str:
    """Call a poort_*_json function and copy its text; the C buffer is freed here."""
    text = ctypes.c_void_p()
    size = ctypes.c_size_t()
    status = fn(obj, lang, ctypes.byref(text), ctypes.byref(size))
    if status != 0:
        _raise(status)
    try:
        return ctypes.string_at(text, size.value).decode()
    finally:
        lib.poort_free(text)


@dataclass(frozen=True)
class DossierItem:
    id: str
    onderdeel: str
    content: str
    basis: str
    juriconnect: str
    milestone: str
    requirement: str
    state: str
    due: Optional[_dt.date]
    first: Optional[_dt.date]
    latest: Optional[_dt.date]
    records: int


@dataclass(frozen=True)
class Dossier:
    today: _dt.date
    riv: str
    complete_bp: int
    can_submit: bool
    items: List[DossierItem]
    json: str

    @classmethod
    def _from_c(cls, lib: ctypes.CDLL, d: ctypes.c_void_p, lang: int,
                today: _dt.date) -> "Dossier":
        items = [DossierItem(
            id=lib.poort_dossier_item_id(d, i).decode(),
            onderdeel=lib.poort_dossier_item_onderdeel(d, i).decode(),
            content=lib.poort_dossier_item_content(d, i, lang).decode(),
            basis=lib.poort_dossier_item_basis(d, i, lang).decode(),
            juriconnect=lib.poort_dossier_item_juriconnect(d, i).decode(),
            milestone=lib.poort_dossier_item_milestone(d, i).decode(),
            requirement=lib.poort_requirement_name(lib.poort_dossier_item_requirement(d, i)).decode(),
            state=lib.poort_item_state_name(lib.poort_dossier_item_state(d, i)).decode(),
            due=_from_c(lib.poort_dossier_item_due(d, i)),
            first=_from_c(lib.poort_dossier_item_first(d, i)),
            latest=_from_c(lib.poort_dossier_item_latest(d, i)),
            records=lib.poort_dossier_item_records(d, i),
        ) for i in range(lib.poort_dossier_count(d))]
        text = _json_text(lib, lib.poort_dossier_json, d, lang)
        return cls(today=today,
                   riv=lib.poort_riv_variant_name(lib.poort_dossier_variant(d)).decode(),
                   complete_bp=lib.poort_dossier_complete_bp(d),
                   can_submit=bool(lib.poort_dossier_can_submit(d)),
                   items=items, json=text)

    def __getitem__(self, item_id: str) -> DossierItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def missing(self) -> List[DossierItem]:
        return [it for it in self.items if it.state == "missing"]

    def late(self) -> List[DossierItem]:
        return [it for it in self.items if it.state == "present_late"]


@dataclass(frozen=True)
class WageSegment:
    first: _dt.date
    last: _dt.date
    regime: str
    percent: Decimal
    statutory: Decimal
    cao: Optional[Decimal]
    amount: Decimal
    floor_applied: bool
    cap_applied: bool
    stale: bool
    cao_above_170: bool
    explanation: str


@dataclass(frozen=True)
class WageMonth:
    month: str
    first: _dt.date
    last: _dt.date
    amount: Decimal
    statutory: Decimal
    percent: Decimal
    regime: str
    floor_applied: bool
    cap_applied: bool
    stale: bool
    cao_above_170: bool
    explanation: str
    segments: List[WageSegment]


@dataclass(frozen=True)
class Wage:
    total: Decimal
    months: List[WageMonth]
    json: str

    @classmethod
    def _from_c(cls, lib: ctypes.CDLL, w: ctypes.c_void_p, lang: int) -> "Wage":
        text = _json_text(lib, lib.poort_wage_json, w, lang)
        data = _json.loads(text)

        def flags(obj):
            return dict(floor_applied=obj["floor_applied"], cap_applied=obj["cap_applied"],
                        stale=obj["stale"], cao_above_170=obj["cao_above_170"])

        months = [WageMonth(
            month=m["month"], first=_dt.date.fromisoformat(m["first"]),
            last=_dt.date.fromisoformat(m["last"]), amount=_money(m["amount_cents"]),
            statutory=_money(m["statutory_cents"]), percent=Decimal(m["percent_bp"]) / 100,
            regime=m["regime"], explanation=m["explanation"], **flags(m),
            segments=[WageSegment(
                first=_dt.date.fromisoformat(s["first"]), last=_dt.date.fromisoformat(s["last"]),
                regime=s["regime"], percent=Decimal(s["percent_bp"]) / 100,
                statutory=_money(s["statutory_cents"]),
                cao=None if s["cao_cents"] is None else _money(s["cao_cents"]),
                amount=_money(s["amount_cents"]), explanation=s["explanation"], **flags(s))
                for s in m["segments"]],
        ) for m in data["months"]]
        return cls(total=_money(lib.poort_wage_total(w)), months=months, json=text)

    def __getitem__(self, month: str) -> WageMonth:
        for m in self.months:
            if m.month == month:
                return m
        raise KeyError(month)


def wage_totals(cases: List[Case], first: Optional[_dt.date] = None,
                last: Optional[_dt.date] = None, params: Optional[Params] = None) -> list:
    """Batch entry point: the total due for each case in one library call. Each entry is a
    Decimal, or the PoortError that case raised."""
    lib = _L()
    n = len(cases)
    ptrs = (ctypes.c_void_p * n)(*[c._ptr for c in cases])
    totals = (ctypes.c_int64 * n)()
    statuses = (ctypes.c_int32 * n)()
    lib.poort_wage_totals(ptrs, n, params._ptr if params else None, _to_c(first), _to_c(last),
                          totals, statuses)
    out = []
    for i, case in enumerate(cases):
        if statuses[i] == 0:
            out.append(_money(totals[i]))
        else:
            msg = lib.poort_case_errmsg(case._ptr).decode()
            out.append(_ERRORS.get(statuses[i], PoortError)(msg, statuses[i]))
    return out


class Feed:
    """An iCalendar feed of many cases' deadlines, built in the library with libical.

        feed = Feed(dtstamp=datetime(2026, 11, 23, 8, tzinfo=timezone.utc), lang="en")
        for case in cases:
            feed.add(case)
        text = feed.finish()

    `previous` is the text of the previous feed: unchanged events stay byte-identical,
    changed ones get SEQUENCE + 1, vanished ones come back as STATUS:CANCELLED.
    """

    def __init__(self, dtstamp: _dt.datetime, lang: str = "nl", alarm_days: int = 0,
                 reminder_events: bool = False, uid_domain: Optional[str] = None,
                 name: Optional[str] = None, previous: Optional[str] = None,
                 dossier: bool = False, wage: bool = False, refresh_hours: int = 12):
        if not isinstance(dtstamp, _dt.datetime) or dtstamp.tzinfo is None:
            raise TypeError("dtstamp must be a timezone-aware datetime.datetime")
        self._lib = _L()
        self._ptr = self._lib.poort_feed_new()
        if not self._ptr:
            raise MemoryError("poort_feed_new")
        seconds = int((dtstamp - _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)).total_seconds())
        lib, p = self._lib, self._ptr
        self._check(lib.poort_feed_set_dtstamp(p, seconds))
        self._check(lib.poort_feed_set_lang(p, _lang(lang)))
        self._check(lib.poort_feed_set_alarm_days(p, int(alarm_days)))
        self._check(lib.poort_feed_set_reminder_events(p, 1 if reminder_events else 0))
        self._check(lib.poort_feed_set_refresh_hours(p, int(refresh_hours)))
        self._check(lib.poort_feed_set_include(p, (1 if dossier else 0) | (2 if wage else 0)))
        if uid_domain is not None:
            self._check(lib.poort_feed_set_uid_domain(p, uid_domain.encode()))
        if name is not None:
            self._check(lib.poort_feed_set_name(p, name.encode("utf-8")))
        if previous is not None:
            data = previous.encode("utf-8") if isinstance(previous, str) else bytes(previous)
            self._check(lib.poort_feed_set_previous(p, data, len(data)))
        self._check(lib.poort_feed_begin(p, None, None))

    def _check(self, status: int) -> None:
        if status != 0:
            _raise(status, self._lib.poort_feed_errmsg(self._ptr).decode())

    def add(self, case: Case) -> None:
        """Add a case's events; a case needs an id. A failing case writes nothing."""
        self._check(self._lib.poort_feed_add_case(self._ptr, case._ptr))

    @property
    def event_count(self) -> int:
        return self._lib.poort_feed_event_count(self._ptr)

    def finish(self) -> str:
        """End the feed and return its text (CRLF line ends)."""
        self._check(self._lib.poort_feed_end(self._ptr))
        out = ctypes.c_void_p()
        size = ctypes.c_size_t()
        self._check(self._lib.poort_feed_take(self._ptr, ctypes.byref(out), ctypes.byref(size)))
        try:
            return ctypes.string_at(out, size.value).decode("utf-8")
        finally:
            self._lib.poort_free(out)

    def close(self) -> None:
        if self._ptr:
            self._lib.poort_feed_free(self._ptr)
            self._ptr = None

    def __del__(self) -> None:
        self.close()


def timelines(cases: Iterable[Case], today: _dt.date, due_soon_days: int = 14,
              lang: str = "nl") -> List[Timeline]:
    """The timelines of many cases on one reference date."""
    return [c.timeline(today, due_soon_days, lang) for c in cases]


__all__ += ["timelines", "is_workday", "DATE_NONE", "Dossier", "DossierItem", "Params", "Wage",
            "WageMonth", "WageSegment", "wage_totals", "Feed"]
