"""A case (a poort_case): the sick periods and recorded facts of one employee, and the batch
entry points over many cases."""

from __future__ import annotations

import ctypes
import datetime as _dt
from typing import Iterable, List, Optional

from . import _loader
from ._convert import (basis_points, cents, date_from_c, date_to_c, hundredths, integer,
                       lang as _lang, money, text)
from .errors import error
from .feed import Feed
from .params import Params
from .results import Dossier, Timeline, Wage, _Computed


def _day(value, what: str) -> int:
    return date_to_c(value, what, required=True)


def _params(params: Optional[Params]):
    return params._ptr if params else None


class Case(_loader.Handle):
    """The sick periods and recorded facts of one employee (a poort_case)."""

    _kind = "case"

    def __init__(self, case_id: Optional[str] = None):
        super().__init__()
        if case_id is not None:
            self.case_id = case_id

    def copy(self) -> "Case":
        """A deep copy (poort_case_clone): a cached case can serve two requests at once, each
        computing on its own copy."""
        out = ctypes.c_void_p()
        self._check(self._lib.poort_case_clone(self._ptr, ctypes.byref(out)))
        return Case._adopt(out.value)

    # ------------------------------------------------------------------ periods

    def add_period(self, first: _dt.date, last: Optional[_dt.date] = None) -> None:
        """A period of sickness; last is the last sick day (inclusive), None while it lasts."""
        self._check(self._lib.poort_case_add_period(
            self._ptr, _day(first, "first sick day"), date_to_c(last, "last sick day")))

    def add_leave(self, first: _dt.date, last: _dt.date, other_cause: bool = False) -> None:
        """WAZO leave; other_cause: the sickness after it has another cause."""
        self._check(self._lib.poort_case_add_leave(
            self._ptr, _day(first, "first day of leave"), date_to_c(last, "last day of leave"),
            1 if other_cause else 0))

    def remove_period(self, first: _dt.date) -> None:
        """Remove the sick or leave period that begins on `first` (NotFoundError if none)."""
        self._check(self._lib.poort_case_remove_period(self._ptr, _day(first, "first day")))

    def record_done(self, milestone_id: str, on: _dt.date) -> None:
        """A step done on a date. Every record is kept: within the latest case the earliest
        counts; one after the reference date is planned, not done."""
        self._check(self._lib.poort_case_record_done(
            self._ptr, text(milestone_id, "milestone id"), _day(on, "date done")))

    def remove_done(self, milestone_id: str, on: _dt.date) -> None:
        self._check(self._lib.poort_case_remove_done(
            self._ptr, text(milestone_id, "milestone id"), _day(on, "date done")))

    def set_departure(self, milestone_id: str, due: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_departure(
            self._ptr, text(milestone_id, "milestone id"), date_to_c(due, "departure date")))

    def set_extension(self, last_day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_extension(
            self._ptr, date_to_c(last_day, "last day of the extension")))

    def set_loonsanctie(self, decision: Optional[_dt.date], weeks: int = 0,
                        bekorting: Optional[_dt.date] = None) -> None:
        self._check(self._lib.poort_case_set_loonsanctie(
            self._ptr, date_to_c(decision, "loonsanctie decision"),
            integer(weeks, "loonsanctie weeks"), date_to_c(bekorting, "bekorting decision")))

    def set_employment_end(self, last_day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_employment_end(
            self._ptr, date_to_c(last_day, "last day of employment")))

    @property
    def case_id(self) -> str:
        return self._lib.poort_case_id(self._ptr).decode()

    @case_id.setter
    def case_id(self, value: str) -> None:
        self._check(self._lib.poort_case_set_id(self._ptr, text(value, "case id")))

    def record_item(self, item_id: str, on: _dt.date) -> None:
        """A dossier item present since `on` (for MEDISCHE_INFORMATIE: the date it was sent
        to UWV; there is no way to pass medical content)."""
        self._check(self._lib.poort_case_record_item(
            self._ptr, text(item_id, "dossier item id"), _day(on, "date of the dossier item")))

    def remove_item(self, item_id: str, on: _dt.date) -> None:
        self._check(self._lib.poort_case_remove_item(
            self._ptr, text(item_id, "dossier item id"), _day(on, "date of the dossier item")))

    # --------------------------------------------------------------- wage data

    def set_wage(self, monthly, hours_per_week) -> None:
        """Monthly time-based wage in euros (Decimal, int or text such as "2.300,50") and
        contract hours a week (a float such as 32.5 is fine)."""
        self._check(self._lib.poort_case_set_wage(
            self._ptr, cents(monthly, "monthly wage"), hundredths(hours_per_week, "contract hours")))

    def set_birth_date(self, day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_birth_date(self._ptr, date_to_c(day, "birth date")))

    def set_age(self, years: Optional[int]) -> None:
        years = integer(years, "age", optional=True)
        self._check(self._lib.poort_case_set_age(self._ptr, -1 if years is None else years))

    def set_aow_date(self, day: Optional[_dt.date]) -> None:
        self._check(self._lib.poort_case_set_aow_date(self._ptr, date_to_c(day, "AOW date")))

    def set_waiting_days(self, days: int) -> None:
        self._check(self._lib.poort_case_set_waiting_days(self._ptr, integer(days, "waiting days")))

    def set_fulltime_hours(self, hours) -> None:
        self._check(self._lib.poort_case_set_fulltime_hours(
            self._ptr, hundredths(hours, "full-time hours")))

    def set_extension_percent(self, percent) -> None:
        self._check(self._lib.poort_case_set_extension_percent(
            self._ptr, basis_points(percent, "extension percentage")))

    def set_bbl(self, bbl: bool) -> None:
        """Whether the employee follows a bbl programme (the bbl youth rates apply)."""
        value = int(bbl) if isinstance(bbl, bool) else integer(bbl, "bbl")
        self._check(self._lib.poort_case_set_bbl(self._ptr, value))

    def add_cao(self, from_week: int, to_week: int, percent, capped: bool = False) -> None:
        """A range of sick weeks paid at `percent` (e.g. 100) by the CAO."""
        self._check(self._lib.poort_case_add_cao(
            self._ptr, integer(from_week, "CAO first week"), integer(to_week, "CAO last week"),
            basis_points(percent, "CAO percentage"), 1 if capped else 0))

    def clear_cao(self) -> None:
        self._check(self._lib.poort_case_clear_cao(self._ptr))

    def add_partial_work(self, first: _dt.date, last: _dt.date, hours_per_week) -> None:
        self._check(self._lib.poort_case_add_partial_work(
            self._ptr, _day(first, "first day of partial work"), _day(last, "last day of partial work"),
            hundredths(hours_per_week, "hours worked")))

    def set_partial_pay(self, percent) -> None:
        self._check(self._lib.poort_case_set_partial_pay(
            self._ptr, basis_points(percent, "pay for hours worked")))

    # ----------------------------------------------------------------- results

    def _compute(self, compute, free, build, *args):
        out = ctypes.c_void_p()
        self._check(compute(self._ptr, *args, ctypes.byref(out)))
        try:
            return build(out)
        finally:
            free(out)

    def timeline(self, today: _dt.date, due_soon_days: int = 14, lang: str = "nl") -> Timeline:
        """Compute the timeline on the reference date `today` (never the clock)."""
        code, lib = _lang(lang), self._lib
        day, soon = _day(today, "today"), integer(due_soon_days, "due-soon days")
        out = ctypes.c_void_p()
        self._check(lib.poort_timeline_compute(self._ptr, day, soon, ctypes.byref(out)))
        computed = _Computed(lib, out)  # frees it when the Timeline goes, or on an error here
        return Timeline._from_c(lib, out, code, computed)

    def dossier(self, today: _dt.date, lang: str = "nl") -> Dossier:
        """Which re-integratieverslag items are present, missing or late on `today`."""
        code, lib, day = _lang(lang), self._lib, _day(today, "today")
        return self._compute(lib.poort_dossier_compute, lib.poort_dossier_free,
                             lambda d: Dossier._from_c(lib, d, code, date_from_c(day)), day)

    def wage(self, first: Optional[_dt.date] = None, last: Optional[_dt.date] = None,
             params: Optional[Params] = None, lang: str = "nl") -> Wage:
        """The wage continuation from first to last (inclusive); both None: the whole case."""
        code, lib = _lang(lang), self._lib
        return self._compute(lib.poort_wage_compute, lib.poort_wage_free,
                             lambda w: Wage._from_c(lib, w, code), _params(params),
                             date_to_c(first, "first day"), date_to_c(last, "last day"))

    def to_ics(self, dtstamp: _dt.datetime, **options) -> str:
        """This case's calendar feed (see Feed for the options)."""
        feed = Feed(dtstamp, **options)
        try:
            feed.add(self)
            return feed.finish()
        finally:
            feed.close()


def timelines(cases: Iterable[Case], today: _dt.date, due_soon_days: int = 14,
              lang: str = "nl") -> List[Timeline]:
    """The timelines of many cases on one reference date."""
    return [c.timeline(today, due_soon_days, lang) for c in cases]


def wage_totals(cases: List[Case], first: Optional[_dt.date] = None,
                last: Optional[_dt.date] = None, params: Optional[Params] = None) -> list:
    """Batch entry point: the total due for each case in one library call. Each entry is a
    Decimal, or the PoortError that case raised."""
    lib = _loader.lib()
    n = len(cases)
    ptrs = (ctypes.c_void_p * n)(*[c._ptr for c in cases])
    totals = (ctypes.c_int64 * n)()
    statuses = (ctypes.c_int32 * n)()
    lib.poort_wage_totals(ptrs, n, _params(params), date_to_c(first, "first day"),
                          date_to_c(last, "last day"), totals, statuses)
    return [money(totals[i]) if statuses[i] == 0
            else error(statuses[i], lib.poort_case_errmsg(case._ptr).decode())
            for i, case in enumerate(cases)]
