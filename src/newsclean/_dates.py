"""Finding dates and relative ages in a line, glued to other words or not.

>>> find_date("Russia Today16-04-2025").value
datetime.date(2025, 4, 16)
>>> find_age("time20 hours ago")
'20 hours ago'
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources

import regex

from newsclean._lexicon import LEXICON

__all__ = ["TRAILING_WEEKDAY", "DateHit", "age_delta", "age_span", "find_age", "find_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

# Each form is tried on its own; all are anchored on digits or month names and bounded,
# so a search costs time linear in the line.
_ISO = regex.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<day>[0-3]?\d)"
    r"(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?:\.\d{1,9})?"
    r"(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?(?!\d)"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_NUMERIC = regex.compile(
    r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[-./])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"
)
_MONTH_FIRST = regex.compile(
    rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)
_DAY_FIRST = regex.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)


def _unit_seconds() -> dict[str, int]:
    data = json.loads((resources.files("newsclean") / "data" / "age_units.json").read_text(encoding="utf-8"))
    return {
        word: _UNIT_LENGTHS[unit] for unit, words in data.items() if unit in _UNIT_LENGTHS for word in words
    }


_UNIT_LENGTHS = {
    "seconds": 1,
    "minutes": 60,
    "hours": 3600,
    "days": 86400,
    "weeks": 7 * 86400,
    "months": 30 * 86400,
    "years": 365 * 86400,
}


#: A weekday name ending the text before a date: "Sat 10 May 2025", "Sonntag, 3. April".
TRAILING_WEEKDAY = regex.compile(
    r"(?<!\p{L})(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?\s*$",
    regex.IGNORECASE,
)
_UNIT_SECONDS = _unit_seconds()
# A count (or an article: "a day ago", "vor einer Stunde") and a unit word.
_AGE_PARTS = regex.compile(
    r"(?P<count>\d{1,3}|(?<!\p{L})\p{L}{1,5}(?=\s))\s?(?P<unit>\p{L}{1,10})\.?(?!\p{L})"
)
#: A relative age as pages print it, in any lexicon language ("20 hours ago", "vor 5 Minuten").
#: A number may be glued to a label before it ("time20 hours ago"); a word may not.
_AGE = regex.compile(
    rf"(?:(?<![\p{{L}}\d])|(?<=\p{{L}})(?=\d))(?:{LEXICON.phrases['relative_age'].pattern})(?!\p{{L}})",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a line: where it stands, its value, and whether D/M was a guess."""

    start: int
    end: int
    value: dt.date | dt.datetime
    ambiguous: bool = False


def find_date(text: str) -> DateHit | None:
    """The first well-formed date in the text, in any supported form.

    >>> find_date("Updated April 3, 2025").value
    datetime.date(2025, 4, 3)
    >>> find_date("2025-04-16T14:32:00+02:00").value.isoformat()
    '2025-04-16T14:32:00+02:00'
    >>> find_date("call 555-1234") is None
    True
    """
    if _YEAR.search(text) is None:  # every form has a four-digit year: a cheap first test
        return None
    hits = [hit for hit in (_iso(text), _numeric(text), _named(text)) if hit is not None]
    return min(hits, key=lambda h: h.start) if hits else None


def find_age(text: str) -> str | None:
    """A relative age as printed ("20 hours ago", "yesterday"), or None."""
    span = age_span(text)
    return text[span[0] : span[1]] if span else None


def age_delta(age: str) -> dt.timedelta | None:
    """How long ago a printed age is, or None when it gives no number and unit.

    >>> age_delta("3h"), age_delta("vor 2 Stunden"), age_delta("a day ago"), age_delta("yesterday")
    (datetime.timedelta(seconds=10800), datetime.timedelta(seconds=7200), datetime.timedelta(days=1), None)
    """
    for m in _AGE_PARTS.finditer(age):
        seconds = _UNIT_SECONDS.get(m["unit"].casefold())
        if seconds is not None:
            count = int(m["count"]) if m["count"].isdigit() else 1
            return dt.timedelta(seconds=count * seconds)
    return None


def age_span(text: str) -> tuple[int, int] | None:
    """Where the first relative age in the text starts and ends, or None.

    >>> age_span("Mary K.3 hours ago")
    (7, 18)
    """
    match = _AGE.search(text)
    return match.span() if match else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso(text: str) -> DateHit | None:
    for m in _ISO.finditer(text):
        day = _date(int(m["year"]), int(m["mo"]), int(m["day"]))
        if day is None:
            continue
        if m["hh"] is None or m["tz"] is None:  # a time without a zone would be invented as UTC
            return DateHit(m.start(), m.end(), day)
        stamp = f"{m['year']}-{int(m['mo']):02d}-{int(m['day']):02d}T{m['hh']}:{m['mi']}:{m['ss'] or '00'}"
        zone = "+00:00" if m["tz"] == "Z" else m["tz"]
        return DateHit(m.start(), m.end(), dt.datetime.fromisoformat(stamp + zone))
    return None


def _numeric(text: str) -> DateHit | None:
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        # Day first unless that is impossible; a date that could be read both ways is flagged.
        day = _date(year, b, a) or _date(year, a, b)
        if day is not None:
            return DateHit(m.start(), m.end(), day, ambiguous=a <= 12 and b <= 12 and a != b)
    return None


def _named(text: str) -> DateHit | None:
    hits = [hit for hit in (_first_named(p, text) for p in (_MONTH_FIRST, _DAY_FIRST)) if hit]
    return min(hits, key=lambda h: h.start) if hits else None


def _first_named(pattern: regex.Pattern[str], text: str) -> DateHit | None:
    for m in pattern.finditer(text):
        day = _date(int(m["year"]), _MONTHS[m["month"].lower().rstrip(".")], int(m["day"]))
        if day is not None:
            return DateHit(m.start(), m.end(), day)
    return None
