"""pandas helpers (needs pandas, e.g. Debian's python3-pandas). This module is imported
only when used (``poortwachter.pandas`` or ``from poortwachter.pandas import ...``); the
rest of the package never imports pandas.

    from poortwachter.pandas import agenda_frame
    frame = agenda_frame(poortwachter.read_cases("verzuim.csv"), today=date(2026, 2, 20),
                         group_by="casemanager")
    frame.groupby("group")
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

import pandas as _pd

from .agenda import Agenda, agenda

AGENDA_COLUMNS = ("case_id", "group", "id", "occurrence", "due", "status", "title", "who")


def agenda_frame(rows, today: Optional[_dt.date] = None, days: int = 14,
                 group_by: Optional[str] = None, *, lang: str = "nl",
                 errors: str = "collect") -> "_pd.DataFrame":
    """The agenda as a DataFrame with the columns AGENDA_COLUMNS (due as datetime64),
    sorted by due date, then case id, milestone id and occurrence. rows is what agenda()
    takes, or an Agenda already computed. The cases left out are in
    frame.attrs["errors"]."""
    if not isinstance(rows, Agenda):
        if today is None:
            raise TypeError("agenda_frame: today is required (the reference date, never the clock)")
        rows = agenda(rows, today, days, group_by, lang=lang, errors=errors)
    frame = _pd.DataFrame([[getattr(item, c) for c in AGENDA_COLUMNS] for item in rows.items],
                          columns=list(AGENDA_COLUMNS))
    frame["due"] = _pd.to_datetime(frame["due"])
    frame["occurrence"] = frame["occurrence"].astype("int64")
    frame.attrs["errors"] = list(rows.errors)
    return frame
