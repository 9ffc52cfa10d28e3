"""The computed results: a Timeline of milestones, a Dossier of re-integratieverslag items
and a Wage of months and segments. Each is read from the library's accessors into plain,
immutable Python objects; the C object is freed right after, except a timeline's, which
is kept (unchanged, freed with the Timeline) so that it can be drawn."""

from __future__ import annotations

import ctypes
import datetime as _dt
import weakref
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterator, List, Optional

from ._convert import date_from_c, lang as _lang, money
from .errors import TextError, check, error


def json_text(lib: ctypes.CDLL, fn, obj, lang: int) -> str:
    """Call a poort_*_json function and copy its text; the C buffer is freed here."""
    return json_bytes(lib, fn, obj, lang).decode()


def json_bytes(lib: ctypes.CDLL, fn, obj, lang: int) -> bytes:
    text = ctypes.c_void_p()
    size = ctypes.c_size_t()
    check(fn(obj, lang, ctypes.byref(text), ctypes.byref(size)))
    try:
        return ctypes.string_at(text, size.value)
    finally:
        lib.poort_free(text)


def explainer(fn, obj, lang: int) -> Callable[[int], str]:
    """Read the i-th explanation through an snprintf-style poort_*_explain, of any length."""
    buf = [ctypes.create_string_buffer(512)]

    def explain(i: int) -> str:
        n = fn(obj, i, lang, buf[0], len(buf[0]))
        if n < 0:
            raise error(n)
        if n >= len(buf[0]):
            buf[0] = ctypes.create_string_buffer(n + 1)
            fn(obj, i, lang, buf[0], len(buf[0]))
        return buf[0].raw[:n].decode()
    return explain

# --------------------------------------------------------------------- timeline


class _Computed:
    """A computed C timeline, which never changes: kept to draw it, freed with its owner."""

    def __init__(self, lib: ctypes.CDLL, ptr: ctypes.c_void_p):
        self.lib, self.ptr = lib, ptr
        weakref.finalize(self, lib.poort_timeline_free, ptr)


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
    day_off: bool
    title: str
    who: str
    basis: str
    juriconnect: str
    explanation: str
    # a record after the reference date: planned, not done yet (status as if not recorded)
    planned: Optional[_dt.date] = None


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
    _computed: Optional[_Computed] = field(default=None, repr=False, compare=False)

    @classmethod
    def _from_c(cls, lib: ctypes.CDLL, t: ctypes.c_void_p, lang: int,
                computed: Optional[_Computed] = None) -> "Timeline":
        explain = explainer(lib.poort_milestone_explain, t, lang)
        items = [Milestone(
            id=lib.poort_milestone_id(t, i).decode(),
            occurrence=lib.poort_milestone_occurrence(t, i),
            due=date_from_c(lib.poort_milestone_due(t, i)),
            window_start=date_from_c(lib.poort_milestone_window_start(t, i)),
            done=date_from_c(lib.poort_milestone_done(t, i)),
            status=lib.poort_status_name(lib.poort_milestone_status(t, i)).decode(),
            kind=lib.poort_kind_name(lib.poort_milestone_kind(t, i)).decode(),
            departed=bool(lib.poort_milestone_departed(t, i)),
            day_off=bool(lib.poort_milestone_day_off(t, i)),
            title=lib.poort_milestone_title(t, i, lang).decode(),
            who=lib.poort_milestone_who(t, i, lang).decode(),
            basis=lib.poort_milestone_basis(t, i, lang).decode(),
            juriconnect=lib.poort_milestone_juriconnect(t, i).decode(),
            explanation=explain(i),
            planned=date_from_c(lib.poort_milestone_planned(t, i)),
        ) for i in range(lib.poort_timeline_count(t))]
        return cls(
            today=date_from_c(lib.poort_timeline_today(t)),
            first_sick_day=date_from_c(lib.poort_timeline_first_sick_day(t)),
            last_sick_day=date_from_c(lib.poort_timeline_last_sick_day(t)),
            case_count=lib.poort_timeline_case_count(t),
            sick_days=lib.poort_timeline_sick_days(t),
            interruption_days=lib.poort_timeline_interruption_days(t),
            leave_days=lib.poort_timeline_leave_days(t),
            wachttijd_end=date_from_c(lib.poort_timeline_wachttijd_end(t)),
            wage_end=date_from_c(lib.poort_timeline_wage_end(t)),
            milestones=items,
            json=json_text(lib, lib.poort_timeline_json, t, lang),
            _computed=computed,
        )

    def svg(self, lang: str = "nl") -> str:
        """The drawing of this timeline (poort_timeline_svg): an SVG document in Dutch or English."""
        if self._computed is None:
            raise ValueError("this timeline was not computed by Case.timeline")
        c = self._computed
        return json_text(c.lib, c.lib.poort_timeline_svg, c.ptr, _lang(lang))

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

# ---------------------------------------------------------------------- dossier


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
    # the first record after the reference date: planned, not present yet
    planned: Optional[_dt.date] = None


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
            due=date_from_c(lib.poort_dossier_item_due(d, i)),
            first=date_from_c(lib.poort_dossier_item_first(d, i)),
            latest=date_from_c(lib.poort_dossier_item_latest(d, i)),
            records=lib.poort_dossier_item_records(d, i),
            planned=date_from_c(lib.poort_dossier_item_planned(d, i)),
        ) for i in range(lib.poort_dossier_count(d))]
        return cls(today=today,
                   riv=lib.poort_riv_variant_name(lib.poort_dossier_variant(d)).decode(),
                   complete_bp=lib.poort_dossier_complete_bp(d),
                   can_submit=bool(lib.poort_dossier_can_submit(d)),
                   items=items, json=json_text(lib, lib.poort_dossier_json, d, lang))

    def __getitem__(self, item_id: str) -> DossierItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def missing(self) -> List[DossierItem]:
        return [it for it in self.items if it.state == "missing"]

    def late(self) -> List[DossierItem]:
        return [it for it in self.items if it.state == "present_late"]

# ------------------------------------------------------------------------- wage

_FLOOR, _CAP, _STALE, _CAO_170 = 1, 2, 4, 8  # POORT_FLAG_*


def _flags(bits: int) -> dict:
    return dict(floor_applied=bool(bits & _FLOOR), cap_applied=bool(bits & _CAP),
                stale=bool(bits & _STALE), cao_above_170=bool(bits & _CAO_170))


def _percent(basis_points: int) -> Decimal:
    return Decimal(basis_points) / 100


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

    @classmethod
    def _from_c(cls, lib: ctypes.CDLL, w: ctypes.c_void_p, i: int, explain) -> "WageSegment":
        cao = lib.poort_wage_segment_cao(w, i)
        return cls(first=date_from_c(lib.poort_wage_segment_first(w, i)),
                   last=date_from_c(lib.poort_wage_segment_last(w, i)),
                   regime=lib.poort_regime_name(lib.poort_wage_segment_regime(w, i)).decode(),
                   percent=_percent(lib.poort_wage_segment_percent(w, i)),
                   statutory=money(lib.poort_wage_segment_statutory(w, i)),
                   cao=None if cao < 0 else money(cao),
                   amount=money(lib.poort_wage_segment_amount(w, i)),
                   explanation=explain(i), **_flags(lib.poort_wage_segment_flags(w, i)))


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
    """The wage continuation over a range. `json` is the library's JSON text of it."""

    total: Decimal
    months: List[WageMonth]
    _json: bytes = field(default=b"", repr=False, compare=False)

    @property
    def json(self) -> str:
        try:
            return self._json.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TextError(f"the wage JSON is not valid UTF-8 at byte {exc.start}", -38) from None

    @classmethod
    def _from_c(cls, lib: ctypes.CDLL, w: ctypes.c_void_p, lang: int) -> "Wage":
        explain = explainer(lib.poort_wage_segment_explain, w, lang)
        segments = [WageSegment._from_c(lib, w, i, explain)
                    for i in range(lib.poort_wage_segment_count(w))]
        explain = explainer(lib.poort_wage_month_explain, w, lang)
        months, k = [], 0
        for i in range(lib.poort_wage_month_count(w)):
            first = date_from_c(lib.poort_wage_month_first(w, i))
            last = date_from_c(lib.poort_wage_month_last(w, i))
            start = k
            while k < len(segments) and segments[k].first <= last:  # segments lie inside a month
                k += 1
            months.append(WageMonth(
                month=first.isoformat()[:7], first=first, last=last,
                amount=money(lib.poort_wage_month_amount(w, i)),
                statutory=money(lib.poort_wage_month_statutory(w, i)),
                percent=_percent(lib.poort_wage_month_percent(w, i)),
                regime=lib.poort_regime_name(lib.poort_wage_month_regime(w, i)).decode(),
                explanation=explain(i), segments=segments[start:k],
                **_flags(lib.poort_wage_month_flags(w, i))))
        return cls(total=money(lib.poort_wage_total(w)), months=months,
                   _json=json_bytes(lib, lib.poort_wage_json, w, lang))

    def __getitem__(self, month: str) -> WageMonth:
        for m in self.months:
            if m.month == month:
                return m
        raise KeyError(month)
