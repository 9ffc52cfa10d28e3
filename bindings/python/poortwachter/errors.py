"""The exceptions: one class per POORT_ERR_* status of include/poortwachter.h, declared here
explicitly (a test checks them against the header), all derived from PoortError and from the
built-in exception a Python caller expects (ValueError, LookupError, ...).

Messages reach Python in euros, hours, percentages and ISO dates: the library's own messages
count in cents, hundredths and days, and are rewritten here (``readable``).
"""

from __future__ import annotations

import re
from typing import Dict, Optional, Type

from . import _loader


class PoortError(Exception):
    """A status the library returned; `status` is its number, `message` its detail."""

    status = 0
    constant = ""
    # where a cases sheet's row went wrong (read_cases, agenda); None elsewhere
    line: Optional[int] = None
    case_id: Optional[str] = None
    column: Optional[str] = None

    def __init__(self, message: str, status: Optional[int] = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class NullArgumentError(PoortError, ValueError):
    """POORT_ERR_NULL: a required pointer argument is NULL."""
    status, constant = -1, "POORT_ERR_NULL"


class DateSyntaxError(PoortError, ValueError):
    """POORT_ERR_DATE_SYNTAX: text is not a strict YYYY-MM-DD date."""
    status, constant = -2, "POORT_ERR_DATE_SYNTAX"


class DateInvalidError(PoortError, ValueError):
    """POORT_ERR_DATE_INVALID: no such calendar day (2026-02-30, month 13)."""
    status, constant = -3, "POORT_ERR_DATE_INVALID"


class DateRangeError(PoortError, ValueError):
    """POORT_ERR_DATE_RANGE: date outside 1900-01-01 ... 2199-12-31."""
    status, constant = -4, "POORT_ERR_DATE_RANGE"


class PeriodOrderError(PoortError, ValueError):
    """POORT_ERR_PERIOD_ORDER: a last day before its first day."""
    status, constant = -5, "POORT_ERR_PERIOD_ORDER"


class PeriodOverlapError(PoortError, ValueError):
    """POORT_ERR_PERIOD_OVERLAP: periods (sick or leave) overlap."""
    status, constant = -6, "POORT_ERR_PERIOD_OVERLAP"


class AfterOpenPeriodError(PoortError, ValueError):
    """POORT_ERR_AFTER_OPEN: a period after an open-ended sick period."""
    status, constant = -7, "POORT_ERR_AFTER_OPEN"


class UnknownMilestoneError(PoortError, LookupError):
    """POORT_ERR_UNKNOWN_MILESTONE: no milestone with that id."""
    status, constant = -8, "POORT_ERR_UNKNOWN_MILESTONE"


class NotRecordableError(PoortError, ValueError):
    """POORT_ERR_NOT_RECORDABLE: that milestone cannot be recorded as done."""
    status, constant = -9, "POORT_ERR_NOT_RECORDABLE"


class NoDepartureError(PoortError, ValueError):
    """POORT_ERR_NO_DEPARTURE: art. 5 departures exist only for weeks 6 and 8."""
    status, constant = -10, "POORT_ERR_NO_DEPARTURE"


class LoonsanctieWeeksError(PoortError, ValueError):
    """POORT_ERR_LOONSANCTIE_WEEKS: loonsanctie length not 1 ... 52 weeks."""
    status, constant = -11, "POORT_ERR_LOONSANCTIE_WEEKS"


class LoonsanctieLateError(PoortError, ValueError):
    """POORT_ERR_LOONSANCTIE_LATE: loonsanctie decided on or after the end of the wachttijd."""
    status, constant = -12, "POORT_ERR_LOONSANCTIE_LATE"


class BekortingError(PoortError, ValueError):
    """POORT_ERR_BEKORTING: bekorting decision before the loonsanctie decision."""
    status, constant = -13, "POORT_ERR_BEKORTING"


class ExtensionError(PoortError, ValueError):
    """POORT_ERR_EXTENSION: voluntary extension does not end after the wachttijd."""
    status, constant = -14, "POORT_ERR_EXTENSION"


class NoPeriodsError(PoortError, ValueError):
    """POORT_ERR_NO_PERIODS: the case has no sick period."""
    status, constant = -15, "POORT_ERR_NO_PERIODS"


class BeforeCaseError(PoortError, ValueError):
    """POORT_ERR_BEFORE_CASE: date before the first sick day."""
    status, constant = -16, "POORT_ERR_BEFORE_CASE"


class CaseIdError(PoortError, ValueError):
    """POORT_ERR_CASE_ID: case id empty, too long or outside [A-Za-z0-9._-]."""
    status, constant = -17, "POORT_ERR_CASE_ID"


class LanguageError(PoortError, ValueError):
    """POORT_ERR_LANG: language not POORT_LANG_NL or POORT_LANG_EN."""
    status, constant = -18, "POORT_ERR_LANG"


class ArgumentError(PoortError, ValueError):
    """POORT_ERR_ARGUMENT: another argument out of its documented range."""
    status, constant = -19, "POORT_ERR_ARGUMENT"


class DuplicateError(PoortError, ValueError):
    """POORT_ERR_DUPLICATE: the same evaluation date recorded twice."""
    status, constant = -20, "POORT_ERR_DUPLICATE"


class LimitError(PoortError, ValueError):
    """POORT_ERR_LIMIT: too many periods or records (see POORT_MAX_*)."""
    status, constant = -21, "POORT_ERR_LIMIT"


class OutOfMemoryError(PoortError, MemoryError):
    """POORT_ERR_NOMEM: out of memory."""
    status, constant = -22, "POORT_ERR_NOMEM"


class IndexOutOfRangeError(PoortError, IndexError):
    """POORT_ERR_INDEX: index beyond the number of items."""
    status, constant = -23, "POORT_ERR_INDEX"


class BufferTooSmallError(PoortError, ValueError):
    """POORT_ERR_BUFFER: caller's buffer too small."""
    status, constant = -24, "POORT_ERR_BUFFER"


class UnknownItemError(PoortError, LookupError):
    """POORT_ERR_UNKNOWN_ITEM: no dossier item with that id."""
    status, constant = -25, "POORT_ERR_UNKNOWN_ITEM"


class WageError(PoortError, ValueError):
    """POORT_ERR_WAGE: wage negative or above POORT_MAX_WAGE_CENTS."""
    status, constant = -26, "POORT_ERR_WAGE"


class HoursError(PoortError, ValueError):
    """POORT_ERR_HOURS: hours per week 0 or above 168, or more than contracted."""
    status, constant = -27, "POORT_ERR_HOURS"


class WaitingDaysError(PoortError, ValueError):
    """POORT_ERR_WAITING_DAYS: waiting days not 0, 1 or 2."""
    status, constant = -28, "POORT_ERR_WAITING_DAYS"


class CaoWeeksError(PoortError, ValueError):
    """POORT_ERR_CAO_WEEKS: CAO range not within weeks 1-156, or to before from."""
    status, constant = -29, "POORT_ERR_CAO_WEEKS"


class CaoOverlapError(PoortError, ValueError):
    """POORT_ERR_CAO_OVERLAP: CAO ranges overlap."""
    status, constant = -30, "POORT_ERR_CAO_OVERLAP"


class PercentError(PoortError, ValueError):
    """POORT_ERR_PERCENT: percentage below 0 or above POORT_MAX_PERCENT."""
    status, constant = -31, "POORT_ERR_PERCENT"


class NoWageError(PoortError, ValueError):
    """POORT_ERR_NO_WAGE: wage or hours not set."""
    status, constant = -32, "POORT_ERR_NO_WAGE"


class TableRangeError(PoortError, ValueError):
    """POORT_ERR_TABLE_RANGE: date before the oldest row of a statutory table."""
    status, constant = -33, "POORT_ERR_TABLE_RANGE"


class AgeError(PoortError, ValueError):
    """POORT_ERR_AGE: age outside 0-120."""
    status, constant = -34, "POORT_ERR_AGE"


class FeedStateError(PoortError, ValueError):
    """POORT_ERR_FEED_STATE: feed call out of order, or a required setting missing."""
    status, constant = -35, "POORT_ERR_FEED_STATE"


class FeedParseError(PoortError, ValueError):
    """POORT_ERR_FEED_PARSE: the previous feed is not a valid iCalendar feed."""
    status, constant = -36, "POORT_ERR_FEED_PARSE"


class WriteError(PoortError, OSError):
    """POORT_ERR_WRITE: the write callback asked to stop."""
    status, constant = -37, "POORT_ERR_WRITE"


class TextError(PoortError, ValueError):
    """POORT_ERR_TEXT: text not valid UTF-8, too long or with forbidden characters."""
    status, constant = -38, "POORT_ERR_TEXT"


class SheetError(PoortError, ValueError):
    """POORT_ERR_SHEET: a cases sheet that cannot be read, or a row that does not fit its header."""
    status, constant = -39, "POORT_ERR_SHEET"


class ParamsSyntaxError(PoortError, ValueError):
    """POORT_ERR_PARAMS_SYNTAX: a line of statutory data that does not follow its format."""
    status, constant = -40, "POORT_ERR_PARAMS_SYNTAX"


class NotFoundError(PoortError, LookupError):
    """POORT_ERR_NOT_FOUND: no such fact in the case to remove."""
    status, constant = -41, "POORT_ERR_NOT_FOUND"


class ConversionError(ArgumentError):
    """A Python value that cannot become the library's units exactly: an amount with more
    than whole cents, an ambiguous or malformed amount text, hours finer than a hundredth, a
    number out of range. Not a status of its own: the library would report
    POORT_ERR_ARGUMENT."""


STATUS_ERRORS: Dict[int, Type[PoortError]] = {cls.status: cls for cls in (
    NullArgumentError, DateSyntaxError, DateInvalidError, DateRangeError, PeriodOrderError,
    PeriodOverlapError, AfterOpenPeriodError, UnknownMilestoneError, NotRecordableError,
    NoDepartureError, LoonsanctieWeeksError, LoonsanctieLateError, BekortingError, ExtensionError,
    NoPeriodsError, BeforeCaseError, CaseIdError, LanguageError, ArgumentError, DuplicateError,
    LimitError, OutOfMemoryError, IndexOutOfRangeError, BufferTooSmallError, UnknownItemError,
    WageError, HoursError, WaitingDaysError, CaoWeeksError, CaoOverlapError, PercentError,
    NoWageError, TableRangeError, AgeError, FeedStateError, FeedParseError, WriteError, TextError,
    SheetError, ParamsSyntaxError, NotFoundError,
)}

# ------------------------------------------------------------ readable messages

# a count the library gives in its own unit, and the numbers of the same clause
_UNITS = (("cents", "euros"), ("hundredths of an hour", "hours"), ("basis points", "percent"))
_NUMBER = r"(?<![\w.:/-])(-?\d+(?: \d{3})*)(?![\w.:/%-])"
_DAY = re.compile(r"\bdate (-?\d+)\b(?!-)")
_STAMP = re.compile(r"\bDTSTAMP (-?\d+)\b")


def readable(message: str) -> str:
    """The library's message with cents, hundredths, basis points and day numbers written as
    euros, hours, percentages and ISO dates."""
    from . import _convert

    for word, unit in _UNITS:
        at = message.find(" " + word)
        if at < 0:
            continue
        start = message.rfind(": ", 0, at)
        start = 0 if start < 0 else start + 2
        fmt = getattr(_convert, unit + "_text")
        clause = re.sub(_NUMBER + rf"(?: {word})?",
                        lambda m: fmt(int(m.group(1).replace(" ", ""))), message[start:])
        message = message[:start] + clause
    message = _DAY.sub(lambda m: "date " + _convert.day_text(int(m.group(1))), message)
    return _STAMP.sub(lambda m: "DTSTAMP " + _convert.stamp_text(int(m.group(1))), message)


def error(status: int, message: str = "") -> PoortError:
    """The exception for a status, with the library's message made readable."""
    if not message:
        message = _loader.lib().poort_status_str(status).decode()
    return STATUS_ERRORS.get(status, PoortError)(readable(message), status)


def check(status: int, message: str = "") -> None:
    if status != 0:
        raise error(status, message)


__all__ = ["PoortError", "ConversionError"] + [cls.__name__ for cls in STATUS_ERRORS.values()]
