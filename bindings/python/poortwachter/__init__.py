"""Python bindings for libpoortwachter (ctypes, no compiled parts).

The library is loaded on first use from POORTWACHTER_LIBRARY (a file or a folder), else
the installed ``libpoortwachter.so.1``, else the plain build of the repository this package
sits in (``build/lib``); a sanitizer build is only loaded when named explicitly. See
``poortwachter._loader``.

    >>> import datetime, poortwachter
    >>> case = poortwachter.Case()
    >>> case.add_period(datetime.date(2026, 1, 1))
    >>> tl = case.timeline(today=datetime.date(2026, 3, 1))
    >>> tl["PROBLEEMANALYSE"].due
    datetime.date(2026, 2, 11)

Modules: ``_loader`` (finding the library, the table of C functions), ``errors`` (one
exception class per status), ``_convert`` (dates, money, hours, percentages), ``case``,
``results`` (Timeline, Dossier, Wage), ``feed``, ``params``, ``sheet`` (read_cases: a cases
sheet read by the library's reader), ``agenda`` (the open items of many cases) and
``pandas`` (agenda_frame; imported on first use, the rest never needs pandas) and
``catalogue`` (the milestone table, dossier items, legal constants and statutory tables,
without a case).
"""

from ._version import __version__
from ._loader import library_path, library_version, load_library
from ._convert import DATE_NONE
from .errors import *  # noqa: F401,F403 - one class per status
from .errors import __all__ as _error_names
from .case import Case, timelines, wage_totals
from .feed import Feed
from .params import Params, is_workday
from .results import (Dossier, DossierItem, Milestone, Timeline, Wage, WageMonth,
                      WageSegment)
from .sheet import Column, Sheet, SheetRow, read_cases
from .agenda import Agenda, AgendaItem, agenda
from .catalogue import (Catalogue, CatalogueItem, CatalogueMilestone, Constant, TableRow,
                        catalogue)

__all__ = [
    "__version__", "Case", "Timeline", "Milestone", "library_version", "library_path",
    "load_library", "timelines", "is_workday", "DATE_NONE", "Dossier", "DossierItem", "Params",
    "Wage", "WageMonth", "WageSegment", "wage_totals", "Feed", "read_cases", "Sheet", "SheetRow",
    "Column", "agenda", "Agenda", "AgendaItem", "catalogue", "Catalogue", "CatalogueMilestone",
    "CatalogueItem", "Constant", "TableRow",
] + _error_names


def __getattr__(name: str):
    """poortwachter.pandas is imported on first use, so the package never needs pandas."""
    if name == "pandas":
        import importlib
        return importlib.import_module(".pandas", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
