"""Conversions between Python values and the library's units: dates (days since 1970-01-01),
money (euro cents), hours (hundredths), percentages (basis points) and text (UTF-8).

Accepted where a date is expected: datetime.date, a pandas Timestamp at midnight, a
numpy.datetime64; None, pandas NaT/NA or numpy NaT mean "no date" where a date is optional
and are an error where it is required. A datetime.datetime with a time of day is refused.

Accepted where an amount in euros is expected, exactly (never through a float):
int, numpy integers, decimal.Decimal and text in Dutch or plain notation: "2300",
"2300,50", "2300.50", "2.300,50", "€ 2.300,50", "2.300,-". A single separator followed by
exactly three digits ("2.300", "2,300") is ambiguous and refused. Floats are refused for
money (TypeError): read such a column as text or as Decimal.

Hours and percentages also take floats (Python and numpy): their shortest representation
("32.5") must be exact in hundredths.
"""

from __future__ import annotations

import datetime as _dt
import math
import numbers
import operator
import re
from decimal import Decimal
from typing import Optional

from .errors import ConversionError, DateRangeError, LanguageError, TextError

DATE_NONE = -(2 ** 31)
EPOCH = _dt.date(1970, 1, 1)
INT32 = (-(2 ** 31), 2 ** 31 - 1)
INT64 = (-(2 ** 63), 2 ** 63 - 1)

# ------------------------------------------------------------------ formatting


def _plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 168, 32.5, 0.01."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def euros_text(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"€ {sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def hours_text(hundredths: int) -> str:
    return f"{_plain(Decimal(hundredths).scaleb(-2))} hours"


def percent_text(basis_points: int) -> str:
    return f"{_plain(Decimal(basis_points).scaleb(-2))}%"


def day_text(days: int) -> str:
    """An ISO date for a day number; "(none)" for POORT_DATE_NONE."""
    if days == DATE_NONE:
        return "(none)"
    try:
        return (EPOCH + _dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return f"day {days} after 1970-01-01"


def stamp_text(seconds: int) -> str:
    try:
        return (_dt.datetime(1970, 1, 1) + _dt.timedelta(seconds=seconds)).isoformat() + "Z"
    except OverflowError:
        return f"{seconds} seconds after 1970-01-01T00:00:00Z"


def _shown(value) -> str:
    """A value as it appears in a message: short, without the whole of a huge cell."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."

# ----------------------------------------------------------------------- dates


def _is_missing(value) -> bool:
    """None, pandas NaT and NA, numpy NaT (each is unequal to itself or is None)."""
    if value is None:
        return True
    kind = type(value).__name__
    return kind in ("NaTType", "NAType") or (kind == "datetime64" and value != value)


def _pandas_timestamp(value, what: str) -> _dt.date:
    if value.hour or value.minute or value.second or value.microsecond or value.nanosecond:
        raise TypeError(f"{what}: {value} has a time of day; pass a date "
                        "(Timestamp.normalize() or .date())")
    return value.date()


def _numpy_day(value, what: str) -> int:
    day = value.astype("datetime64[D]")
    if day != value:
        raise TypeError(f"{what}: {value} has a time of day; pass a date")
    days = int(day.astype("int64"))
    if not INT32[0] < days <= INT32[1]:
        raise DateRangeError(f"{what}: {value} is outside 1900-01-01 ... 2199-12-31", -4)
    return days


def date_to_c(value, what: str = "date", required: bool = False) -> int:
    """A date as days since 1970-01-01; POORT_DATE_NONE for a missing optional date."""
    if _is_missing(value):
        if required:
            raise DateRangeError(f"{what}: a date is required, not {_shown(value)}", -4)
        return DATE_NONE
    kind = type(value)
    if kind.__name__ == "Timestamp" and kind.__module__.startswith("pandas"):
        value = _pandas_timestamp(value, what)
    elif kind.__name__ == "datetime64":
        return _numpy_day(value, what)
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise TypeError(f"{what}: expected a datetime.date, not {kind.__name__}")
    return (value - EPOCH).days


_EPOCH_ORDINAL = EPOCH.toordinal()


def date_from_c(value: int) -> Optional[_dt.date]:
    return None if value == DATE_NONE else _dt.date.fromordinal(value + _EPOCH_ORDINAL)

# --------------------------------------------------------------------- numbers

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2212": "-"})
_GROUPED = {sep: re.compile(r"[0-9]{1,3}(?:" + re.escape(sep) + r"[0-9]{3})+") for sep in ".,"}
_EXAMPLES = {"euros": "2300, 2300,50, 2300.50, 2.300,50 or € 2.300,50",
             "hours": "32, 32,5 or 32.5", "percent": "70, 70,5 or 70%"}
_SHOW = {"euros": "€ {}", "hours": "{} hours", "percent": "{}%"}


def _strip_currency(s: str) -> str:
    for mark in ("€", "EUR", "eur", "Eur"):
        if s.startswith(mark):
            s = s[len(mark):].lstrip()
        if s.endswith(mark):
            s = s[:-len(mark)].rstrip()
    return s


def _split_number(s: str, raw: str, what: str, unit: str):
    """(integer digits, fraction digits) of a number written with , and . separators."""
    bad = ConversionError(f"{what}: {_shown(raw)} is not a number of {unit} "
                          f"(write for example {_EXAMPLES[unit]})", -19)
    if not re.fullmatch(r"[0-9][0-9.,]*[0-9]", s) and not re.fullmatch(r"[0-9]", s):
        raise bad
    last = max(s.rfind("."), s.rfind(","))
    if last < 0:
        return s, ""
    sep = s[last]
    other = "," if sep == "." else "."
    head, frac = s[:last], s[last + 1:]
    if other in s:  # both: the last one is the decimal separator, the other groups
        if _GROUPED[other].fullmatch(head) and not re.search(r"[.,]", frac):
            return head.replace(other, ""), frac
        raise bad
    if s.count(sep) > 1:  # one kind, several times: thousands only
        if _GROUPED[sep].fullmatch(s):
            return s.replace(sep, ""), ""
        raise bad
    if len(frac) == 3 and len(head) <= 3 and head[0] != "0":
        raise ConversionError(
            f"{what}: {_shown(raw)} is ambiguous: is {sep!r} a thousands separator or the "
            f"decimal separator? Write {head}{frac} or {head},{frac.rstrip('0') or '0'}", -19)
    return head, frac


def parse_number(raw: str, what: str, unit: str) -> Decimal:
    """A number in Dutch or plain notation, exactly; unit: "euros", "hours" or "percent"."""
    s = raw.translate(_SPACES).strip()
    if len(s) > 64:
        raise ConversionError(f"{what}: {_shown(raw)} is too long for a number of {unit}", -19)
    if unit == "euros":
        s = _strip_currency(s)
    elif unit == "percent" and s.endswith("%"):
        s = s[:-1].rstrip()
    sign = "-" if s.startswith("-") else ""
    s = s[len(sign):].lstrip()
    if unit == "euros":
        s = _strip_currency(s)
        for whole in (",--", ",-"):  # "2.300,-": whole euros
            if s.endswith(whole) and (s[:-len(whole)].isdigit() or _GROUPED["."].fullmatch(s[:-len(whole)])):
                s = s[:-len(whole)].replace(".", "")
    head, frac = _split_number(s, raw, what, unit)
    return Decimal(f"{sign}{head}.{frac or '0'}")


def _to_decimal(value, what: str, unit: str, floats: bool) -> Decimal:
    if isinstance(value, bool):
        raise TypeError(f"{what}: expected a number of {unit}, not a bool")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, numbers.Integral):
        number = Decimal(operator.index(value))
    elif isinstance(value, str):
        return parse_number(value, what, unit)
    elif isinstance(value, numbers.Rational):
        number = Decimal(value.numerator) / Decimal(value.denominator)
    elif isinstance(value, numbers.Real):
        if not floats:
            raise TypeError(f"{what}: {value!r} is a float, which cannot hold cents exactly; "
                            "pass a decimal.Decimal, an int or a text such as '2.300,50'")
        if not math.isfinite(value):
            raise ConversionError(f"{what}: a number of {unit} is required, not {value}", -19)
        number = Decimal(str(value))  # the shortest text that reads back as this float
    else:
        raise TypeError(f"{what}: expected a number of {unit}, not {type(value).__name__}")
    if not number.is_finite():
        raise ConversionError(f"{what}: a number of {unit} is required, not {number}", -19)
    return number


def _scaled(number: Decimal, places: int, what: str, shown: str, limits=INT32) -> int:
    """number * 10**places as an exact integer within limits."""
    sign, digit_tuple, exponent = number.as_tuple()
    digits = "".join(map(str, digit_tuple))
    significant = digits.rstrip("0")
    if not significant:
        return 0
    shift = exponent + len(digits) - len(significant) + places  # trailing zeros moved out
    if shift < 0:
        raise ConversionError(f"{what}: {shown} has more than {places} decimals", -19)
    if len(significant) + shift > 20:
        raise ConversionError(f"{what}: {shown} is out of range", -19)
    scaled = int(significant) * 10 ** shift * (-1 if sign else 1)
    if not limits[0] <= scaled <= limits[1]:
        raise ConversionError(f"{what}: {shown} is out of range", -19)
    return scaled


def _units(value, what: str, unit: str, floats: bool, limits=INT32) -> int:
    number = _to_decimal(value, what, unit, floats)
    if isinstance(value, str):
        shown = _shown(value)
    else:
        shown = _SHOW[unit].format(_plain(number) if number.adjusted() < 30 else number)
    return _scaled(number, 2, what, shown, limits)


def cents(value, what: str = "amount") -> int:
    """An amount in euros as cents, exactly."""
    return _units(value, what, "euros", floats=False, limits=INT64)


def hundredths(value, what: str = "hours") -> int:
    """Hours as hundredths of an hour, exactly."""
    return _units(value, what, "hours", floats=True)


def basis_points(value, what: str = "percentage") -> int:
    """A percentage (70 or "70%") as basis points (7000), exactly."""
    return _units(value, what, "percent", floats=True)


def integer(value, what: str, optional: bool = False) -> Optional[int]:
    """A whole number (weeks, days, years, an age) within int32; None when missing and optional."""
    if optional and (_is_missing(value) or (isinstance(value, float) and math.isnan(value))):
        return None
    if isinstance(value, bool):
        raise TypeError(f"{what}: expected a whole number, not a bool")
    if isinstance(value, numbers.Integral):
        number = operator.index(value)
    elif isinstance(value, str) and re.fullmatch(r"\s*-?[0-9]{1,12}\s*", value):
        number = int(value)
    elif isinstance(value, (Decimal, numbers.Real)) and not isinstance(value, str):
        if not (math.isfinite(value) and value == int(value)):
            raise ConversionError(f"{what}: {_shown(value)} is not a whole number", -19)
        number = int(value)
    elif isinstance(value, str):
        raise ConversionError(f"{what}: {_shown(value)} is not a whole number", -19)
    else:
        raise TypeError(f"{what}: expected a whole number, not {type(value).__name__}")
    if not INT32[0] <= number <= INT32[1]:
        raise ConversionError(f"{what}: {number} is out of range", -19)
    return number


def money(cents_value: int) -> Decimal:
    """Cents as a Decimal amount in euros with two decimals."""
    return Decimal(cents_value).scaleb(-2)

# ------------------------------------------------------------------------ text


def text(value, what: str, sized: bool = False) -> bytes:
    """A str as the UTF-8 the library takes; a lone surrogate is a TextError, and so is a NUL
    unless the text is passed with its length (sized), where the library reports it."""
    if not isinstance(value, str):
        raise TypeError(f"{what}: expected a str, not {type(value).__name__}")
    if "\0" in value and not sized:
        raise TextError(f"{what}: character {value.index(chr(0)) + 1} is a NUL character", -38)
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise TextError(f"{what}: character {exc.start + 1} is a lone surrogate, not text", -38) from None


_LANGS = {"nl": 0, "en": 1}


def lang(code: str) -> int:
    try:
        return _LANGS[code]
    except (KeyError, TypeError):
        raise LanguageError(f"language must be 'nl' or 'en', not {code!r}", -18) from None
