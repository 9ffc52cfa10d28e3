"""A cases sheet (CSV as spreadsheets write it) read by the library's own reader
(poort_sheet), so a sheet means the same in Python as in the command-line tool: the same
delimiters, encodings, date forms, Dutch column names and messages.

    sheet = poortwachter.read_cases("verzuim.csv")
    for row in sheet.rows:
        print(row.line, row.case_id, row.extra.get("Casemanager"))
    for err in sheet.errors:            # rows left out, each with the library's message
        print(err.line, err.case_id, err.column, err)
    print(sheet.warnings)               # about the file as a whole

A row that cannot be read is left out and collected in ``sheet.errors`` as the exception
class of its status (a date that does not exist: DateInvalidError; a quote never closed:
SheetError), with ``line``, ``case_id`` and ``column`` set; the rows after it are still read.
``errors="raise"`` raises at the first bad row instead. A file that cannot be read at all
(UTF-16, tab-separated, no header, a required column missing) always raises SheetError.
"""

from __future__ import annotations

import ctypes
import os
import re
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple

from . import _loader
from .case import Case
from .errors import PoortError, error

_ERROR_MODES = ("collect", "raise")
_NOMEM, _NULL = -22, -1
# "line N, case ID, column NAME: "value": why" (poort_sheet_next), or "line N: why"
_WHERE = re.compile(r'line (\d+)(?:, case (.*?), column (.*?): ")?')


def error_mode(errors: str) -> str:
    if errors not in _ERROR_MODES:
        raise ValueError(f"errors: expected 'collect' or 'raise', not {errors!r}")
    return errors


def _key(name: str) -> str:
    """A column name as the library compares it: trimmed, lower case, spaces and hyphens
    as '_' ("Eerste ziektedag" -> "eerste_ziektedag")."""
    return re.sub(r"[ -]", "_", name.strip().lower())


@dataclass(frozen=True)
class Column:
    """A column of the header: its name as written, and the fact the library reads from it
    ("first_sick_day"), or None for a column kept for the host (e.g. a case manager)."""

    name: str
    field: Optional[str]


def _find_column(columns: Tuple[Column, ...], name: str) -> Column:
    """The column named name: its header in any case, or the canonical fact name."""
    key = _key(name)
    for col in columns:
        if _key(col.name) == key or col.field == key:
            return col
    raise KeyError(f"no column {name!r} in the sheet; its columns: "
                   + ", ".join(c.name for c in columns))


@dataclass(frozen=True)
class SheetRow:
    """One row read as a case. `cells` holds every column of the header (as written) with
    its text; `extra` only the columns the library did not read as facts."""

    case: Case
    line: int
    cells: Dict[str, str]
    columns: Tuple[Column, ...] = field(repr=False, compare=False)

    @property
    def case_id(self) -> str:
        return self.case.case_id

    @property
    def extra(self) -> Dict[str, str]:
        return {c.name: self.cells[c.name] for c in self.columns if c.field is None}

    def value(self, column: str) -> str:
        """The cell of a column named by its header (any case, spaces or '_') or by its
        fact name ("first_sick_day"); KeyError when the sheet has no such column."""
        return self.cells[_find_column(self.columns, column).name]


@dataclass
class Sheet:
    """What read_cases() read: the rows as cases, the rows left out (errors), the
    warnings about the file and its header's columns."""

    columns: Tuple[Column, ...]
    rows: List[SheetRow] = field(default_factory=list)
    errors: List[PoortError] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[SheetRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def cases(self) -> List[Case]:
        return [row.case for row in self.rows]

    def column(self, name: str) -> Column:
        """The column named by its header (any case) or its fact name; KeyError if none."""
        return _find_column(self.columns, name)

    def close(self) -> None:
        """Free every row's case now (they are freed when collected otherwise)."""
        for row in self.rows:
            row.case.close()


def _data(source) -> bytes:
    """The bytes of a path, of bytes, or of a file object (binary or text)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as f:
            return f.read()
    read = getattr(source, "read", None)
    if read is None:
        raise TypeError("read_cases: expected a path, bytes or a file object, not "
                        + type(source).__name__)
    data = read()
    # a text file was decoded by Python already: hand the library UTF-8
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _failure(lib: ctypes.CDLL, ptr, status: int) -> PoortError:
    """The exception of a failed poort_sheet_* call, with the row it is about."""
    message = lib.poort_sheet_errmsg(ptr).decode("utf-8", "replace") if ptr else ""
    exc = error(status, message)
    where = _WHERE.match(message)
    if where:
        exc.line = int(where.group(1))
        if where.group(2) and where.group(2) != "without id":
            exc.case_id = where.group(2)
        exc.column = where.group(3) or None
    return exc


def _header(lib: ctypes.CDLL, ptr) -> Tuple[Tuple[Column, ...], List[str]]:
    columns = []
    for j in range(lib.poort_sheet_column_count(ptr)):
        name = lib.poort_sheet_column_name(ptr, j).decode()
        fact = lib.poort_sheet_column_field(ptr, j)
        if name:  # a column with an empty header is ignored by the library
            columns.append(Column(name, fact.decode() if fact else None))
    warnings = [lib.poort_sheet_warning(ptr, i).decode()
                for i in range(lib.poort_sheet_warning_count(ptr))]
    return tuple(columns), warnings


def _rows(lib: ctypes.CDLL, ptr, sheet: Sheet, errors: str) -> None:
    keys = [(col.name, col.name.encode()) for col in sheet.columns]
    out = ctypes.c_void_p()
    while True:
        status = lib.poort_sheet_next(ptr, ctypes.byref(out))
        if status != 0:
            exc = _failure(lib, ptr, status)
            if errors == "raise" or status in (_NOMEM, _NULL):
                raise exc
            sheet.errors.append(exc)
            continue
        if not out.value:
            return
        case = Case._adopt(out.value)  # the caller owns it: freed with the Python object
        cells = {name: (lib.poort_sheet_value(ptr, key) or b"").decode() for name, key in keys}
        sheet.rows.append(SheetRow(case, lib.poort_sheet_line(ptr), cells, sheet.columns))


def read_cases(source, *, errors: str = "collect") -> Sheet:
    """Read a cases sheet (a path, bytes or a file object) with the library's reader.

    Every row that can be read becomes a SheetRow; a row that cannot is left out and its
    exception (with .line, .case_id, .column) goes to Sheet.errors, or is raised when
    errors="raise". A file that cannot be read at all raises SheetError."""
    error_mode(errors)
    data = _data(source)
    lib = _loader.lib()
    ptr = ctypes.c_void_p()
    status = lib.poort_sheet_new(data, len(data), ctypes.byref(ptr))
    try:
        if status != 0:
            raise _failure(lib, ptr, status)
        columns, warnings = _header(lib, ptr)
        sheet = Sheet(columns, warnings=warnings)
        _rows(lib, ptr, sheet, errors)
        return sheet
    finally:
        lib.poort_sheet_free(ptr)
