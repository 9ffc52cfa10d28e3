"""The agenda: every open milestone of many cases that is overdue or due within a number
of days, by the timeline's own statuses (a milestone done, not applicable or further
away is not on it), sorted by due date, then case id, milestone id and occurrence.

    sheet = poortwachter.read_cases("verzuim.csv")
    agenda = poortwachter.agenda(sheet, today=date(2026, 2, 20), group_by="casemanager")
    for manager, items in agenda.groups().items():
        ...
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Union

from .case import Case
from .errors import ArgumentError, DateRangeError, LanguageError, PoortError
from .sheet import Sheet, SheetRow, error_mode

OPEN_STATUSES = ("overdue", "due_soon")  # poort_status_name of POORT_STATUS_OVERDUE, _DUE_SOON
# what poort_timeline_compute says about this call's arguments (today, due_soon_days),
# the same for every case: raised, never collected per case
_CALL_ERRORS = (ArgumentError, DateRangeError, LanguageError)


@dataclass(frozen=True)
class AgendaItem:
    """One open milestone of one case. `group` is the case's cell in the group_by column
    ("" without group_by); `line` the case's line in its sheet (None for a bare Case)."""

    case_id: str
    group: str
    id: str
    occurrence: int
    due: _dt.date
    status: str
    title: str
    who: str
    line: Optional[int] = None

    def sort_key(self) -> Tuple[_dt.date, str, str, int]:
        return (self.due, self.case_id, self.id, self.occurrence)


@dataclass
class Agenda:
    """The open items, and the cases that could not be put on it: the sheet's rows left
    out and the cases whose timeline failed (each exception with .line and .case_id)."""

    today: _dt.date
    days: int
    group_by: Optional[str]
    items: List[AgendaItem] = field(default_factory=list)
    errors: List[PoortError] = field(default_factory=list)

    def __iter__(self) -> Iterator[AgendaItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def groups(self) -> Dict[str, List[AgendaItem]]:
        """The items per group, groups in name order, items in agenda order."""
        out: Dict[str, List[AgendaItem]] = {}
        for item in self.items:
            out.setdefault(item.group, []).append(item)
        return dict(sorted(out.items()))


def _where(exc: PoortError, line: Optional[int], case_id: str) -> PoortError:
    """The same exception, its message prefixed with the row it is about."""
    where = (f"line {line}, " if line is not None else "") + f"case {case_id or 'without id'}"
    located = type(exc)(f"{where}: {exc.message}", exc.status)
    located.line, located.case_id = line, case_id or None
    return located


def _group(row: Union[SheetRow, Case], group_by: Optional[str]) -> str:
    if group_by is None:
        return ""
    if not isinstance(row, SheetRow):
        raise ArgumentError(f"group_by={group_by!r} needs the rows of a sheet, not bare cases", -19)
    try:
        return row.value(group_by).strip()
    except KeyError as exc:
        raise ArgumentError(f"group_by: {exc.args[0]}", -19) from None


def _open_items(row: Union[SheetRow, Case], today: _dt.date, days: int, group_by: Optional[str],
                lang: str) -> List[AgendaItem]:
    case, line = (row.case, row.line) if isinstance(row, SheetRow) else (row, None)
    group = _group(row, group_by)
    try:
        timeline = case.timeline(today, days, lang)
    except _CALL_ERRORS:
        raise
    except PoortError as exc:
        raise _where(exc, line, case.case_id) from None
    return [AgendaItem(case.case_id, group, m.id, m.occurrence, m.due, m.status, m.title, m.who,
                       line) for m in timeline if m.status in OPEN_STATUSES]


def agenda(rows: Union[Sheet, Iterable[Union[SheetRow, Case]]], today: _dt.date, days: int = 14,
           group_by: Optional[str] = None, *, lang: str = "nl", errors: str = "collect") -> Agenda:
    """The open items of a sheet (or of its rows, or of cases) on the reference date
    `today`: every milestone overdue or due from today up to today + days (the timeline's
    statuses with due_soon_days = days). group_by names a column of the sheet (header in
    any case, or a fact name). A case whose timeline fails is collected in Agenda.errors
    (errors="raise": raised); the errors of a Sheet's unreadable rows are carried over."""
    error_mode(errors)
    result = Agenda(today, days, group_by)
    if isinstance(rows, Sheet):
        if group_by is not None:
            try:
                rows.column(group_by)  # also when the sheet has no rows
            except KeyError as exc:
                raise ArgumentError(f"group_by: {exc.args[0]}", -19) from None
        result.errors.extend(rows.errors)
        rows = rows.rows
    for row in rows:
        try:
            result.items += _open_items(row, today, days, group_by, lang)
        except _CALL_ERRORS:
            raise
        except PoortError as exc:
            if errors == "raise":
                raise
            result.errors.append(exc)
    result.items.sort(key=AgendaItem.sort_key)
    return result
