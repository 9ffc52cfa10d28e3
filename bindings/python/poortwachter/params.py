"""Statutory tables (a poort_params: the built-in rows plus rows the host adds) and the
Dutch workday calendar."""

from __future__ import annotations

import datetime as _dt
import os
from decimal import Decimal

from . import _loader
from ._convert import basis_points, cents, date_to_c, integer, money
from .errors import check


class Params(_loader.Handle):
    """A parameter set: the built-in statutory tables plus rows the host adds."""

    _kind = "params"

    def add_min_wage_hour(self, from_date: _dt.date, euros) -> None:
        """The adult hourly minimum wage in force from from_date (2024 or later)."""
        self._check(self._lib.poort_params_add_min_wage_hour(
            self._ptr, date_to_c(from_date, "minimum wage row", required=True),
            cents(euros, "minimum wage")))

    def add_wfsv_max_day(self, year: int, euros) -> None:
        """The Wfsv maximum daily wage of a year."""
        self._check(self._lib.poort_params_add_wfsv_max_day(
            self._ptr, integer(year, "Wfsv year"), cents(euros, "Wfsv maximum")))

    def add_wfsv_max_day_from(self, from_date: _dt.date, euros) -> None:
        """The Wfsv maximum daily wage in force from from_date (1 January or 1 July)."""
        self._check(self._lib.poort_params_add_wfsv_max_day_from(
            self._ptr, date_to_c(from_date, "Wfsv row", required=True), cents(euros, "Wfsv maximum")))

    def add_youth_percent(self, from_date: _dt.date, age: int, percent, bbl: bool = False) -> None:
        """The youth percentage (e.g. 87.5) for an age of 15-20 from from_date; bbl=True for
        the rate of an employee in a bbl programme."""
        self._check(self._lib.poort_params_add_youth_percent(
            self._ptr, date_to_c(from_date, "youth row", required=True), integer(age, "age"),
            basis_points(percent, "youth percentage"), 1 if bbl else 0))

    @classmethod
    def empty(cls) -> "Params":
        """A parameter set without rows, for a host that loads all its tables."""
        ptr = _loader.lib().poort_params_new_empty()
        if not ptr:
            raise MemoryError("poort_params_new_empty")
        return cls._adopt(ptr)

    def load(self, path) -> "Params":
        """Add the rows of a file in the format of lib/statutory.txt ("table;from;key;value;
        source" a line); all or none: an error names the line. Returns self."""
        with open(os.fspath(path), "rb") as f:
            data = f.read()
        self._check(self._lib.poort_params_load(self._ptr, data, len(data)))
        return self

    def min_wage_hour(self, on: _dt.date, age: int = 21) -> Decimal:
        r = self._lib.poort_params_min_wage_hour(self._ptr, date_to_c(on, "date", required=True),
                                                  integer(age, "age"))
        if r < 0:
            check(int(r))
        return money(r)


def is_workday(day: _dt.date) -> bool:
    """Dutch workday in the sense of the Algemene termijnenwet."""
    r = _loader.lib().poort_date_is_workday(date_to_c(day, "day", required=True))
    if r < 0:
        check(r)
    return bool(r)
