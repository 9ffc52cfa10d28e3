"""The catalogue: the milestone table, the dossier checklist, the legal constants and the
statutory table rows, read from the library without a case (poort_catalogue_*,
poort_params_row). The same rows the computation runs on.

    >>> import poortwachter
    >>> cat = poortwachter.catalogue(lang="en")
    >>> cat.milestone("PROBLEEMANALYSE").rule_text
    'sick day 42'
"""

from __future__ import annotations

import ctypes
import datetime as _dt
from dataclasses import dataclass
from typing import List, Optional

from . import _loader
from ._convert import date_from_c, lang as _lang, money
from .errors import check
from .params import Params
from .results import explainer


@dataclass(frozen=True)
class CatalogueMilestone:
    id: str
    title: str
    who: str
    basis: str
    juriconnect: str
    kind: str
    rule: str
    rule_text: str

    @property
    def url(self) -> str:
        """The article on wetten.overheid.nl."""
        return "https://wetten.overheid.nl/" + self.juriconnect


@dataclass(frozen=True)
class CatalogueItem:
    id: str
    onderdeel: str
    content: str
    basis: str
    juriconnect: str
    milestone: str


@dataclass(frozen=True)
class Constant:
    name: str
    value: int
    citation: str


@dataclass(frozen=True)
class TableRow:
    table: str             # as in lib/statutory.txt: wml_hour, wml_month, youth, wfsv_max_day, ...
    valid_from: _dt.date
    age: Optional[int]     # None: not by age
    value: object          # Decimal: euros, or a percentage for the youth and bbl tables
    source: str


@dataclass(frozen=True)
class Catalogue:
    milestones: List[CatalogueMilestone]
    items: List[CatalogueItem]
    constants: List[Constant]
    tables: List[TableRow]

    def milestone(self, id: str) -> CatalogueMilestone:
        for m in self.milestones:
            if m.id == id:
                return m
        raise KeyError(id)


def _text(p: bytes) -> str:
    return p.decode()


def _table_rows(lib, params: Optional[Params]) -> List[TableRow]:
    ptr = params._ptr if params is not None else None
    rows = []
    table, source = ctypes.c_char_p(), ctypes.c_char_p()
    start, age, value = ctypes.c_int32(), ctypes.c_int32(), ctypes.c_int64()
    for i in range(lib.poort_params_row_count(ptr)):
        check(lib.poort_params_row(ptr, i, ctypes.byref(table), ctypes.byref(start),
                                   ctypes.byref(age), ctypes.byref(value), ctypes.byref(source)))
        rows.append(TableRow(table.value.decode(), date_from_c(start.value),
                             None if age.value < 0 else age.value, money(value.value),
                             source.value.decode()))
    return rows


def catalogue(lang: str = "nl", params: Optional[Params] = None) -> Catalogue:
    """The catalogue in Dutch or English; the table rows of params (None: built in)."""
    lib, code = _loader.lib(), _lang(lang)
    rule_text = explainer(lambda _none, i, lg, buf, size:
                          lib.poort_catalogue_milestone_rule_text(i, lg, buf, size), None, code)
    milestones = [CatalogueMilestone(
        id=_text(lib.poort_catalogue_milestone_id(i)),
        title=_text(lib.poort_catalogue_milestone_title(i, code)),
        who=_text(lib.poort_catalogue_milestone_who(i, code)),
        basis=_text(lib.poort_catalogue_milestone_basis(i, code)),
        juriconnect=_text(lib.poort_catalogue_milestone_juriconnect(i)),
        kind=_text(lib.poort_kind_name(lib.poort_catalogue_milestone_kind(i))),
        rule=_text(lib.poort_catalogue_milestone_rule(i)),
        rule_text=rule_text(i),
    ) for i in range(lib.poort_catalogue_milestone_count())]
    items = [CatalogueItem(
        id=_text(lib.poort_catalogue_item_id(i)),
        onderdeel=_text(lib.poort_catalogue_item_onderdeel(i)),
        content=_text(lib.poort_catalogue_item_content(i, code)),
        basis=_text(lib.poort_catalogue_item_basis(i, code)),
        juriconnect=_text(lib.poort_catalogue_item_juriconnect(i)),
        milestone=_text(lib.poort_catalogue_item_milestone(i)),
    ) for i in range(lib.poort_catalogue_item_count())]
    constants = [Constant(_text(lib.poort_catalogue_constant_name(i)),
                          lib.poort_catalogue_constant_value(i),
                          _text(lib.poort_catalogue_constant_citation(i)))
                 for i in range(lib.poort_catalogue_constant_count())]
    return Catalogue(milestones, items, constants, _table_rows(lib, params))
