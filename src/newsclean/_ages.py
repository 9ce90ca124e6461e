"""Relative ages ("20 hours ago", "gestern") resolved against the time a page was captured.

A page printed its ages relative to the moment it was fetched, which the page itself does
not know; the caller does (``clean(raw, now=...)``, a response's ``Date`` header, a WARC
record's date). The result is only as precise as the age: hours and minutes give an
instant, days and longer give a calendar day.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import regex

from newsclean._dates import age_delta
from newsclean._exceptions import InvalidNowError

__all__ = ["check_now", "resolve_age"]

_DAY = dt.timedelta(days=1)


def _day_words() -> dict[str, int]:
    """Words that name a day relative to today, with how many days back it lies."""
    path = resources.files("newsclean") / "data" / "day_words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {word.casefold(): int(back) for back, words in data["days_back"].items() for word in words}


_DAYS_BACK = _day_words()
#: A word naming a day ("yesterday", "gestern", "昨日"), standing on its own in the age.
_DAY_WORD = regex.compile(
    r"(?<!\p{L})(?:"
    + "|".join(regex.escape(w) for w in sorted(_DAYS_BACK, key=len, reverse=True))
    + r")(?!\p{L})",
    regex.IGNORECASE,
)


def resolve_age(age: str, now: dt.datetime) -> dt.date | dt.datetime | None:
    """When a printed age points to, seen from ``now``; None when it names no span.

    >>> now = dt.datetime(2025, 4, 16, 12, 0, tzinfo=dt.timezone.utc)
    >>> resolve_age("20 hours ago", now).isoformat()
    '2025-04-15T16:00:00+00:00'
    >>> resolve_age("3 days ago", now), resolve_age("gestern", now)
    (datetime.date(2025, 4, 13), datetime.date(2025, 4, 15))
    >>> resolve_age("just in", now) is None
    True
    """
    delta = age_delta(age)
    if delta is not None:
        when = now - delta
        # "3 days ago" says which day, not which second of it.
        return when.date() if delta >= _DAY and delta % _DAY == dt.timedelta(0) else when
    word = _DAY_WORD.search(age)
    if word is not None:
        return now.date() - _DAYS_BACK[word[0].casefold()] * _DAY
    return None


def check_now(now: object) -> dt.datetime | None:
    """``now`` as clean() takes it: None, or a datetime that knows its time zone.

    >>> check_now(dt.datetime(2025, 4, 16, tzinfo=dt.timezone.utc)).year
    2025
    """
    if now is None:
        return None
    if not isinstance(now, dt.datetime) or now.utcoffset() is None:
        raise InvalidNowError(
            f"now={now!r} is not a capture time clean() can use; give a timezone-aware "
            "datetime, such as datetime.now(timezone.utc), or leave it out"
        )
    return now
