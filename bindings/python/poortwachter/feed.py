"""An iCalendar feed of many cases' deadlines (a poort_feed), written by the library."""

from __future__ import annotations

import ctypes
import datetime as _dt
from typing import Iterable, List, Optional, Union

from . import _loader
from ._convert import integer, lang as _lang, text
from .errors import ArgumentError

_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
# POORT_FEED_STRICT_* by name
_STRICT = {"all": 1, "previous": 2}


def _strict_bits(strict: Union[str, Iterable[str]]) -> int:
    names = [strict] if isinstance(strict, str) else list(strict)
    bits = 0
    for name in names:
        if name not in _STRICT:
            raise ArgumentError(f"strict: 'all' or 'previous', not {name!r}", -19)
        bits |= _STRICT[name]
    return bits


class Feed(_loader.Handle):
    """An iCalendar feed of many cases' deadlines, built in the library with libical.

        feed = Feed(dtstamp=datetime(2026, 11, 23, 8, tzinfo=timezone.utc), lang="en")
        for case in cases:
            feed.add(case)
        text = feed.finish()

    `previous` is the text of the previous feed: unchanged events stay byte-identical,
    changed ones get SEQUENCE + 1, vanished ones come back as STATUS:CANCELLED.
    Alarms fire `alarm_days` before a deadline at `alarm_time` in the client's own zone;
    `case_url` ("https://.../{case_id}") is each event's link instead of the law text;
    `keep_past` leaves out events due more than that many days before `dtstamp`; a cancelled
    event stays `keep_cancelled` days after its cancellation.

    A case the library rejects keeps its previous events (never cancelled); `keep_case(id)`
    does the same for a case the host could not build. `strict="all"`: any rejected case
    makes `finish()` fail and nothing is written; `strict="previous"`: a previous feed that
    is not this library's (or not this UID domain's) is refused, else only a warning
    (`warnings`). Both: `strict=("all", "previous")`.
    """

    _kind = "feed"

    def __init__(self, dtstamp: _dt.datetime, lang: str = "nl", alarm_days: int = 0,
                 reminder_events: bool = False, uid_domain: Optional[str] = None,
                 name: Optional[str] = None, previous: Optional[str] = None,
                 dossier: bool = False, wage: bool = False, refresh_hours: int = 12,
                 alarm_time: _dt.time = _dt.time(9, 0), case_url: Optional[str] = None,
                 keep_past: Optional[int] = None, keep_cancelled: int = 90,
                 strict: Union[str, Iterable[str]] = ()):
        if not isinstance(dtstamp, _dt.datetime) or dtstamp.tzinfo is None:
            raise TypeError("dtstamp must be a timezone-aware datetime.datetime")
        super().__init__()
        lib, p = self._lib, self._ptr
        self._check(lib.poort_feed_set_dtstamp(p, int((dtstamp - _EPOCH).total_seconds())))
        self._check(lib.poort_feed_set_lang(p, _lang(lang)))
        self._check(lib.poort_feed_set_alarm_days(p, integer(alarm_days, "alarm days")))
        self._check(lib.poort_feed_set_reminder_events(p, 1 if reminder_events else 0))
        self._check(lib.poort_feed_set_refresh_hours(p, integer(refresh_hours, "refresh hours")))
        self._check(lib.poort_feed_set_include(p, (1 if dossier else 0) | (2 if wage else 0)))
        if not isinstance(alarm_time, _dt.time) or alarm_time.tzinfo is not None:
            raise TypeError("alarm_time must be a datetime.time without a time zone (the client's own)")
        self._check(lib.poort_feed_set_alarm_time(p, alarm_time.hour * 60 + alarm_time.minute))
        self._check(lib.poort_feed_set_keep_cancelled(p, integer(keep_cancelled, "days to keep cancelled events")))
        self._check(lib.poort_feed_set_strict(p, _strict_bits(strict)))
        if keep_past is not None:
            self._check(lib.poort_feed_set_keep_past(p, integer(keep_past, "keep-past days")))
        if case_url is not None:
            self._check(lib.poort_feed_set_case_url(p, text(case_url, "case URL template")))
        if uid_domain is not None:
            self._check(lib.poort_feed_set_uid_domain(p, text(uid_domain, "UID domain")))
        if name is not None:
            self._check(lib.poort_feed_set_name(p, text(name, "calendar name")))
        if previous is not None:
            if isinstance(previous, str):
                data = text(previous, "previous feed", sized=True)
            elif isinstance(previous, (bytes, bytearray, memoryview)):
                data = bytes(previous)
            else:
                raise TypeError(f"previous feed: expected str or bytes, not {type(previous).__name__}")
            self._check(lib.poort_feed_set_previous(p, data, len(data)))
        self._check(lib.poort_feed_begin(p, None, None))

    def add(self, case) -> None:
        """Add a case's events; a case needs an id. A failing case writes nothing."""
        self._check(self._lib.poort_feed_add_case(self._ptr, case._ptr))

    def keep_case(self, case_id: str) -> None:
        """Keep the previous feed's events of a case this feed does not compute, unchanged."""
        self._check(self._lib.poort_feed_keep_case(self._ptr, text(case_id, "case id")))

    @property
    def warnings(self) -> List[str]:
        """What the library noticed but did not refuse (a previous feed not ours, events cancelled
        because their case is not in the feed); complete after finish()."""
        lib, p = self._lib, self._ptr
        return [lib.poort_feed_warning(p, i).decode() for i in range(lib.poort_feed_warning_count(p))]

    @property
    def event_count(self) -> int:
        return self._lib.poort_feed_event_count(self._ptr)

    def finish(self) -> str:
        """End the feed and return its text (CRLF line ends)."""
        self._check(self._lib.poort_feed_end(self._ptr))
        out = ctypes.c_void_p()
        size = ctypes.c_size_t()
        self._check(self._lib.poort_feed_take(self._ptr, ctypes.byref(out), ctypes.byref(size)))
        try:
            return ctypes.string_at(out, size.value).decode("utf-8")
        finally:
            self._lib.poort_free(out)
