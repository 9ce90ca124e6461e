"""Finding dates and relative ages in a line, glued to other words or not.

Every date form has a four-digit year, so a date is looked for around each year in the
line: before it for the forms that end with the year ("3 avril 2025", "April 3, 2025",
"16-04-2025"), from it for those that start with it ("2025-04-03", "2021年3月23日"). Then
a printed time and zone may follow, or else precede ("4:12 PM ET, March 3, 2025"). Month
names are data: the lexicon's "months" key, in every language it has. Each search is
bounded, so a line costs time linear in its length.

>>> find_date("Russia Today16-04-2025").value
datetime.date(2025, 4, 16)
>>> find_age("time20 hours ago")
'20 hours ago'
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from newsclean._lexicon import LEXICON
from newsclean._text import more_words_than

__all__ = [
    "TRAILING_WEEKDAY",
    "DATE_DECORATION",
    "DateHit",
    "ends_with_day",
    "is_calendar_name",
    "is_day_of_month",
    "age_delta",
    "age_span",
    "find_age",
    "find_date",
    "is_date_alone",
    "page_day_first",
]


def _data(folder: str, name: str) -> Any:
    return json.loads((resources.files("newsclean") / folder / name).read_text(encoding="utf-8"))


def _words(words: Iterable[str], *, backward: bool = False) -> str:
    """The words as one pattern read in one pass, letter by letter: a tree of their shared
    prefixes, or of their shared suffixes for a pattern matched backward (regex.REVERSE).

    Some 250 month names as a plain alternation are tried one by one; as a tree they cost a
    step a letter. A longer word wins ("mars" over "mar"); the shorter is tried when what
    comes next does not fit.

    >>> _words(["mar", "mars", "may"]), _words(["sep", "september", "november"], backward=True)
    ('ma(?:r(?:s)?|y)', '(?:sep|(?:sept|nov)ember)')
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in reversed(word) if backward else word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree, backward)


def _branches(node: dict[str, Any], backward: bool) -> str:
    """The pattern for what may follow a node of the tree (or precede it, read backward)."""
    branches = [
        _branches(child, backward) + regex.escape(char)
        if backward
        else regex.escape(char) + _branches(child, backward)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if "" in node:  # a word may end (or start) here: the rest is optional, longest tried first
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


#: Every month name of every lexicon language, case-folded, with the month's number.
_MONTHS = {
    name.casefold(): number
    for number, names in enumerate(LEXICON.tables["months"], start=1)
    for name in names
}
#: The English names: only English prints the month before the day ("April 3, 2025"); in
#: other languages "set 3, 2025" (set: September) is more likely a set than a date.
_ENGLISH_MONTHS = [name for names in _data("lexicon", "en.json")["months"] for name in names]


#: Abbreviations of time zones ("CEST", "EST") with their offset from UTC.
def _offset(offset: str) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=int(offset[:3]), minutes=int(offset[0] + offset[4:])))


_ZONE_DATA = _data("data", "time_zones.json")
_ZONES = {name: _offset(offset) for name, offset in _ZONE_DATA.items() if not name.startswith("_")}
#: The US zones pages name without saying standard or daylight time ("4:12 PM ET"), with
#: their standard offset; the date printed with them tells which was in force.
_US_ZONES = {name: _offset(offset) for name, offset in _ZONE_DATA["_us_standard"].items()}
_HOUR = dt.timedelta(hours=1)

# A word glued to the one before it starts a new word where case changes: "GiuffridaMar",
# "PMUpdated"; an all-capitals word glued to another ("PUBLISHEDJUN") is taken as well.
_WORD_START = r"(?-i:(?<!\p{L})|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}{3}))"
_WORD_END = r"(?-i:(?!\p{L})|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}))"
_MONTH = rf"(?P<month>{_words(_MONTHS, backward=True)})"
_ENGLISH_MONTH = rf"(?P<month>{_words(_ENGLISH_MONTHS, backward=True)})"
_YEAR_DIGITS = r"(?:19|20)\d\d"

#: A four-digit year, not the tail of a longer number: where every date form is anchored.
_YEAR = regex.compile(rf"(?<!\d){_YEAR_DIGITS}")
#: How far before its year a date may start: "31st of September, " and the longest names fit.
_REACH = 40
#: The forms that end with the year, up to the year: "16-04-", "16. 04. ", "April 3, ",
#: "Sun, Nov 23, ", "3 avril ", "1er mars ", "3 de abril de ", "3. April ", "3 kwietnia ",
#: "3 марта ". Matched backward from the year (regex.REVERSE): one attempt at the year
#: instead of one at each position before it. Read backward, a group is captured before
#: a reference to it, so the second separator names the group and the first refers to it.
#: A name is parted from the figures by a space or a dot: "19january2021" is an address.
_BEFORE_YEAR = regex.compile(
    r"(?<!\d)(?P<a>[0-3]?\d)(?P=sep)(?P<b>[0-3]?\d)(?P<sep>[-/]|\.\s?)"
    rf"|{_WORD_START}{_ENGLISH_MONTH}(?:\.\s*|\s+)(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\.\s*|\s+)"
    r"|(?<!\d)(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th|er|\.?º|°)\.?\s*|\.\s*|\s+)(?:(?:of|de)\s+)?"
    rf"{_MONTH}(?:\.?\s*,\s*|\.?\s+(?:de|del)\s+|\.\s*|\s+)",
    regex.IGNORECASE | regex.REVERSE,
)
#: The forms that start with the year: "2025-04-03", "2025/04/03", "2025.04.03",
#: "2021年3月23日". A path of an address ("/2025/12/16/title") or a version number
#: ("v=2023.07.04.11.24") is no printed date.
_FROM_YEAR = regex.compile(
    rf"(?<!/){_YEAR_DIGITS}(?P<sep>/)(?P<mo>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])"
    rf"|(?<!\.){_YEAR_DIGITS}(?P<sep>\.)(?P<mo>[01]?\d)\.(?P<day>[0-3]?\d)(?!\d|\.\d)"
    rf"|{_YEAR_DIGITS}(?:(?P<sep>-)(?P<mo>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)"
    r"|\s?年\s?(?P<mo>[01]?\d)\s?月\s?(?P<day>[0-3]?\d)\s?日)"
)
#: A day and month in figures before a year, anywhere: what tells a page's D/M order.
_NUMERIC = regex.compile(
    r"(?<!\d)(?P<a>[0-3]?\d)(?P<sep>[-/]|\.\s?)(?P<b>[0-3]?\d)(?P=sep)"
    rf"{_YEAR_DIGITS}(?:(?!\d)|(?=\d{{1,2}}:[0-5]\d))"
)


def _tail(numeric_offsets: bool) -> regex.Pattern[str]:
    """The time after a date, and its zone: ", 14:32 Uhr", " at 4:12 PM EST", "T10:00:00Z".

    A bare "-05:00" after a time is a zone only after a date in ISO form: after "10:00" in
    any other it is more often the end of a range ("10:00-12:00"); "-0500" is RFC 2822's.
    """
    rfc = r"[+-][01]\d[0-5]\d"
    offset = r"[+-](?:[01]\d|2[0-3]):?[0-5]\d|[+-][01]\d(?![:\d])" if numeric_offsets else rfc
    zone = (
        rf"(?-i:(?<=\d)Z|(?<=\s){offset}|(?<=\d){offset}"
        r"|(?:GMT|UTC)\s?[+-]\s?(?:[01]?\d|2[0-3])(?::?[0-5]\d)?"
        rf"|{_words([*_ZONES, *_US_ZONES])})(?:(?<=\d)(?!\d)|(?<!\d){_WORD_END})"
    )
    return regex.compile(
        # A year's abbreviation ("2025 г.") or a weekday in brackets ("2021年3月23日(火)").
        r"(?:\s?(?:г|r)\.)?(?:\s?[（(][日月火水木金土一二三四五六天]{1,2}[）)])?"
        rf"(?:T(?=\d)|[\s,;|@•·–—/-]{{0,8}}(?:(?:{LEXICON.alternation('time_label')})(?!\p{{L}})\s*)?)"
        r"(?P<half>午前|午後|上午|下午)?(?P<hh>[01]?\d|2[0-3])"
        r"(?::(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:[.,]\d{1,9})?)?(?!\d)"
        r"|\s?h\s?(?P<mi>[0-5]\d)(?!\d)"  # 14h32
        # "à 14h": an hour alone is a time only after a label; "2025 3h" may be an age
        rf"|(?<=(?<!\p{{L}})(?:{LEXICON.alternation('time_label')})\s{{0,3}}\d{{1,2}})\s?h(?![\d\p{{L}}])"
        # 14.32, but not 14.325, 10.50,5 nor "1.25 million"
        r"|\.(?P<mi>[0-5]\d)(?![.,]?\d)(?!\s?(?![ap]\.?\s?m|uhr|uur)(?-i:\p{Ll}))"
        r"|\s?[時时点點]\s?(?:(?P<mi>[0-5]?\d)\s?分)?"  # 14時32分
        rf"|(?=\s?[ap]\.?\s?m\.?{_WORD_END}))"  # an hour alone only with am/pm: "12 PM"
        rf"(?:\s?(?P<ampm>[ap])\.?\s?m\.?{_WORD_END})?(?:\s?(?:Uhr|uur)(?!\p{{L}}))?"
        rf"(?:\s?\(?(?P<zone>{zone})\)?)?",
        regex.IGNORECASE,
    )


_TAIL = _tail(numeric_offsets=False)
#: A time printed before its date: "4:12 PM, March 3, 2025", "10:30 a.m. ET | Mar 3, 2025".
#: Matched backward from the date (regex.REVERSE). The hour needs its minutes or am/pm.
_LEADING_TIME = regex.compile(
    r"(?<![\d:.])(?P<hh>[01]?\d|2[0-3])"
    r"(?::(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?(?!\d)(?:\s?(?P<ampm>[ap])\.?\s?m\.?(?!\p{L}))?"
    r"|\s?(?P<ampm>[ap])\.?\s?m\.?(?!\p{L}))"
    rf"(?:\s?\(?(?P<zone>(?-i:{_words([*_ZONES, *_US_ZONES], backward=True)}))(?!\p{{L}})\)?)?"
    r"\s?[,|•·–—-]?\s*",
    regex.IGNORECASE | regex.REVERSE,
)
#: How far before its date a leading time may start: "12:45:30 p.m. AKDT, ".
_TIME_REACH = 24
#: A reading time glued to the year: "Mar 27, 20255 mins" (2025, 5 mins).
_GLUED_READ_TIME = regex.compile(r"\d{1,3}\s?min", regex.IGNORECASE)
_ISO_TAIL = _tail(numeric_offsets=True)
_OFFSET = regex.compile(r"(?:GMT|UTC)?\s?(?P<sign>[+-])\s?(?P<hh>\d{1,2}):?(?P<mi>\d\d)?")


def _unit_seconds() -> dict[str, int]:
    data = _data("data", "age_units.json")
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


def is_calendar_name(word: str) -> bool:
    """A month's or a weekday's name, in any lexicon language: no person's.

    >>> is_calendar_name("Wednesday"), is_calendar_name("März"), is_calendar_name("Marsh")
    (True, True, False)
    """
    return word.casefold() in _MONTHS or TRAILING_WEEKDAY.fullmatch(word) is not None


def is_day_of_month(text: str) -> bool:
    """A day printed without its year, as cards print dates: "Nov 16", "16. Nov", "3 avril".

    >>> is_day_of_month("Nov 16"), is_day_of_month("17 déc."), is_day_of_month("Route 16")
    (True, True, False)
    """
    words = text.replace(".", " ").split()
    if len(words) != 2:
        return False
    return any(w.isdigit() and len(w) <= 2 for w in words) and any(is_calendar_name(w) for w in words)


def ends_with_day(text: str) -> bool:
    """Whether the text closes with a day of the month without its year: "CAMILLE VERNET 17 déc."

    >>> ends_with_day("CAMILLE VERNET 17 déc."), ends_with_day("Takes 17 days")
    (True, False)
    """
    words = text.split()
    return len(words) > 2 and is_day_of_month(" ".join(words[-2:]))


_UNIT_SECONDS = _unit_seconds()
# A count (or an article: "a day ago", "vor einer Stunde") and a unit word; Japanese and
# Chinese glue "ago" (前) to the unit: "3時間前".
_AGE_PARTS = regex.compile(
    r"(?P<count>\d{1,3}|(?<!\p{L})\p{L}{1,5}(?=\s))\s?(?P<unit>\p{L}{1,10}?)\.?(?:(?!\p{L})|(?=前))"
)
#: A relative age as pages print it, in any lexicon language ("20 hours ago", "vor 5 Minuten").
#: A number may be glued to a label before it ("time20 hours ago"); a word may not. Text in
#: Chinese or Japanese has no spaces: an age ending in one of their characters may be
#: followed by anything ("3時間前に"). "14h" before two digits is a clock ("à 14h32"), not
#: an age glued to the next field ("3h4 min read"); after a time label ("à 14h") it is one too.
_AGE = regex.compile(
    rf"(?:(?<![\p{{L}}\d])|(?<=\p{{L}})(?=\d))"
    rf"(?!(?=\d{{1,2}}\s?h(?![\p{{L}}\d]))(?<=(?<!\p{{L}})(?:{LEXICON.alternation('time_label')})\s{{0,3}}))"
    rf"(?:{LEXICON.phrases['relative_age'].pattern})"
    r"(?:(?!\p{L})|(?<=[\p{Han}\p{Hiragana}\p{Katakana}]))(?<!\d\s?h(?=[0-5]\d(?!\d)))",
    regex.IGNORECASE,
)

#: An age run on to the title before it, as a card glues its fields: "…gesundvor 3 Stunden",
#: "…wurdeGestern". A word glued on must be capitalised or carry a number: "cahier" ends in
#: "hier" (yesterday) but is one word.
_GLUED_TRAILING_AGE = regex.compile(
    rf"(?-i:(?<=\p{{Ll}})(?=\p{{Lu}}|\p{{L}}+\s\d))(?:{LEXICON.phrases['relative_age'].pattern})$",
    regex.IGNORECASE,
)

# The locales that print the day before the month ("03/04/2025" is 3 April), and those
# that print the month first. Japanese and Chinese print the year first: no order to settle.
_DAY_FIRST_LANGUAGES = frozenset({"de", "fr", "es", "it", "pt", "nl", "pl", "ru"})
_DAY_FIRST_LOCALES = frozenset({"en-gb", "en-au", "en-in", "en-ie", "en-nz", "en-za"})
_MONTH_FIRST_LOCALES = frozenset({"en-us"})


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a line: where it stands, its value, and whether D/M was a guess.

    The span covers the date and the time and zone printed after it (or before it:
    "4:12 PM, March 3, 2025"). ``value`` is an aware
    datetime only when a zone is printed; a time without one is never read as UTC: the
    value is then the date, and ``time`` the time as printed (also set with a zone).
    """

    start: int
    end: int
    value: dt.date | dt.datetime
    ambiguous: bool = False
    time: dt.time | None = None


def find_date(text: str, *, day_first: bool | None = None) -> DateHit | None:
    """The first well-formed date in the text, in any supported form.

    ``day_first`` settles "03/04/2025": None reads the day first unless that is impossible
    and flags the hit as ambiguous when both readings are; True or False read it that way
    (the other way only when that one is impossible), and the hit is not ambiguous.

    >>> find_date("Updated April 3, 2025").value
    datetime.date(2025, 4, 3)
    >>> find_date("2025-04-16T14:32:00+02:00").value.isoformat()
    '2025-04-16T14:32:00+02:00'
    >>> hit = find_date("Sun, Nov 23, 2025 at 4:12 PM")
    >>> hit.value, hit.time
    (datetime.date(2025, 11, 23), datetime.time(16, 12))
    >>> find_date("03/04/2025").ambiguous, find_date("03/04/2025", day_first=False).value
    (True, datetime.date(2025, 3, 4))
    >>> find_date("call 555-1234") is None
    True
    """
    for year in _YEAR.finditer(text):
        hit = _date_at(text, year.start(), day_first)
        if hit is not None:
            return hit
    return None


#: A cheap first test for a numeric date (stdlib re scans several times faster than the
#: full pattern, which then reads only the lines this finds).
_NUMERIC_HINT = re.compile(r"\d[-/.]\s?\d\d?[-/.]\s?(?:19|20)\d\d")


def page_day_first(texts: Iterable[str], language: str | None) -> bool | None:
    """Whether the page's numeric dates print the day first: True, False, or None (unknown).

    A numeric date on the page that can be read one way only settles it (the most of them,
    when they disagree); else the language or locale does ("de", "en-GB": day first;
    "en-US": month first); else it stays unknown.

    >>> page_day_first(["Posted 04/05/2025", "Comment: 04/23/2025"], "en")
    False
    >>> page_day_first(["Posted 04/05/2025"], "en-GB"), page_day_first(["04/05/2025"], "en")
    (True, None)
    """
    votes = 0
    for text in texts:
        if _NUMERIC_HINT.search(text) is None:  # most lines hold no numeric date at all
            continue
        for m in _NUMERIC.finditer(text):
            a, b, year = int(m["a"]), int(m["b"]), int(m.group()[-4:])
            if a > 12 and _date(year, b, a) is not None:
                votes += 1
            elif b > 12 and _date(year, a, b) is not None:
                votes -= 1
    return votes > 0 if votes else _locale_day_first(language)


def _locale_day_first(language: str | None) -> bool | None:
    tag = (language or "").replace("_", "-").casefold()
    if tag in _DAY_FIRST_LOCALES or tag.split("-")[0] in _DAY_FIRST_LANGUAGES:
        return True
    return False if tag in _MONTH_FIRST_LOCALES else None


def glued_age_start(text: str) -> int | None:
    """Where an age glued to the end of the text starts, or None.

    >>> glued_age_start("Baum ist gesundvor 3 Stunden"), glued_age_start("Dorf wurdeGestern")
    (15, 10)
    >>> glued_age_start("Notes from my cahier"), glued_age_start("Pier closes 3 hours ago")
    (None, None)
    """
    match = _GLUED_TRAILING_AGE.search(text)
    return match.start() if match else None


def find_age(text: str) -> str | None:
    """A relative age as printed ("20 hours ago", "yesterday"), or None."""
    span = age_span(text)
    return text[span[0] : span[1]] if span else None


def age_delta(age: str) -> dt.timedelta | None:
    """How long ago a printed age is, or None when it gives no number and unit.

    >>> age_delta("3h"), age_delta("vor 2 Stunden"), age_delta("a day ago"), age_delta("yesterday")
    (datetime.timedelta(seconds=10800), datetime.timedelta(seconds=7200), datetime.timedelta(days=1), None)
    >>> age_delta("3時間前"), age_delta("5分钟前")
    (datetime.timedelta(seconds=10800), datetime.timedelta(seconds=300))
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


#: Marks a card may print around its date: bullets, bars, arrows.
DATE_DECORATION = " •·*|►▶›»→←«‹-–—"
#: A date or age alone on its line has at most this many words ("Mon, 3 March 2025, 14:02").
MAX_DATE_LINE_WORDS = 6


def is_date_alone(text: str) -> bool:
    """Whether the text is a date or an age and nothing else, bullets aside: a card's
    "February 27, 2025", "• 41 minutes ago".

    >>> is_date_alone("• February 27, 2025"), is_date_alone("Budget passed on February 27, 2025")
    (True, False)
    """
    if more_words_than(text, MAX_DATE_LINE_WORDS):
        return False
    hit = find_date(text)
    span = (hit.start, hit.end) if hit is not None else age_span(text)
    return (
        span is not None
        and not text[: span[0]].strip(DATE_DECORATION)
        and not text[span[1] :].strip(DATE_DECORATION)
    )


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_at(text: str, at: int, day_first: bool | None) -> DateHit | None:
    """The date whose year stands at ``at``, with the time printed after it, or None."""
    end = at + 4
    # A digit right after the year is a time glued on ("June 10, 20259:47 AM") or nothing.
    glued = text[end : end + 1].isdigit()
    before = _before_year(text, at, day_first)
    if before is not None and not (glued and _TAIL.match(text, end) is None and not _read_time_at(text, end)):
        start, day, ambiguous = before
        return _with_time(DateHit(start, end, day, ambiguous), text, _TAIL)
    return _from_year(text, at)


def _read_time_at(text: str, at: int) -> bool:
    return _GLUED_READ_TIME.match(text, at) is not None


def _from_year(text: str, at: int) -> DateHit | None:
    """The date that starts with the year at ``at`` ("2025-04-03"), with its time, or None."""
    m = _FROM_YEAR.match(text, at)
    found = _date(int(text[at : at + 4]), int(m["mo"]), int(m["day"])) if m is not None else None
    if m is None or found is None:
        return None
    # Only an ISO date's time may carry a bare offset ("T10:00-05:00").
    return _with_time(DateHit(at, m.end(), found), text, _ISO_TAIL if m["sep"] == "-" else _TAIL)


def _before_year(text: str, at: int, day_first: bool | None) -> tuple[int, dt.date, bool] | None:
    """Where the date that ends with the year at ``at`` starts, its day, and if D/M was a guess."""
    m = _BEFORE_YEAR.match(text, max(0, at - _REACH), at)
    if m is None:
        return None
    year = int(text[at : at + 4])
    if m["a"] is not None:
        day, ambiguous = _day_and_month(int(m["a"]), int(m["b"]), year, day_first)
    else:
        day, ambiguous = _date(year, _MONTHS.get(m["month"].casefold(), 0), int(m["day"])), False
    return (m.start(), day, ambiguous) if day is not None else None


def _day_and_month(a: int, b: int, year: int, day_first: bool | None) -> tuple[dt.date | None, bool]:
    """The date "a/b/year" gives, and whether it could be read both ways and no order was given."""
    day_month, month_day = _date(year, b, a), _date(year, a, b)
    if day_first is None:
        return day_month or month_day, a <= 12 and b <= 12 and a != b
    return (day_month or month_day) if day_first else (month_day or day_month), False


def _with_time(hit: DateHit, text: str, tail: regex.Pattern[str]) -> DateHit:
    """The hit stretched over the time and zone printed after it, if any."""
    m = tail.match(text, hit.end)
    clock = _clock(m) if m is not None else None
    if m is not None and clock is not None:
        return _timed(hit, clock, m, hit.start, m.end())
    m = _LEADING_TIME.match(text, max(0, hit.start - _TIME_REACH), hit.start)
    clock = _clock(m) if m is not None else None
    if m is not None and clock is not None:
        return _timed(hit, clock, m, m.start(), hit.end)
    return hit


def _timed(hit: DateHit, clock: dt.time, m: regex.Match[str], start: int, end: int) -> DateHit:
    """The hit spanning ``start`` to ``end`` with the time ``m`` prints, in its zone if given."""
    zone = _zone(m["zone"], hit.value, clock) if m["zone"] else None
    if zone is None:  # a time without a zone is kept beside the date, never read as UTC
        if m["zone"] and end > hit.end:  # an unknown zone after the time is left out
            end = m.start("zone")
        return DateHit(start, end, hit.value, hit.ambiguous, clock)
    value = dt.datetime.combine(hit.value, clock, tzinfo=zone)
    return DateHit(start, end, value, hit.ambiguous, clock)


def _clock(m: regex.Match[str]) -> dt.time | None:
    """The time of day a tail match prints, or None when am/pm contradicts the hour."""
    parts = m.groupdict()  # a leading time has no 午後 ("half") group
    hour, minute, second = int(m["hh"]), int(m["mi"] or 0), int(m["ss"] or 0)
    if m["ampm"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"] in "pP" else 0)
    elif parts.get("half") is not None:  # 午後0時 is noon: Japanese counts the afternoon from 0
        if hour > 12:
            return None
        hour = hour % 12 + (12 if m["half"] in ("午後", "下午") else 0)
    return dt.time(hour, minute, second)


def _zone(name: str, day: dt.date, clock: dt.time) -> dt.timezone | None:
    """The fixed offset a printed zone names ("CEST", "GMT+1", "+05:30", "Z"), or None.

    A US zone named without standard or daylight ("ET") has the offset in force at the
    printed day and time.

    >>> str(_zone("ET", dt.date(2025, 7, 4), dt.time(9))), str(_zone("ET", dt.date(2025, 1, 4), dt.time(9)))
    ('UTC-04:00', 'UTC-05:00')
    """
    if name == "Z":
        return dt.timezone.utc
    if name in _ZONES:
        return _ZONES[name]
    if name in _US_ZONES:
        standard = _US_ZONES[name]
        summer = _us_daylight_saving(dt.datetime.combine(day, clock))
        return dt.timezone(standard.utcoffset(None) + _HOUR) if summer else standard
    m = _OFFSET.fullmatch(name)
    if m is None:
        return None
    sign = -1 if m["sign"] == "-" else 1
    offset = dt.timedelta(hours=int(m["hh"]), minutes=int(m["mi"] or 0))
    return dt.timezone(sign * offset) if offset < dt.timedelta(hours=24) else None


def _us_daylight_saving(local: dt.datetime) -> bool:
    """Whether US daylight saving time was in force at a local wall-clock time.

    Since 2007 it runs from the second Sunday of March to the first of November, before
    that from the first Sunday of April to the last of October, from 2 a.m. both ways.
    """
    if local.year >= 2007:
        begins, ends = _sunday(local.year, 3, 8), _sunday(local.year, 11, 1)
    else:
        begins, ends = _sunday(local.year, 4, 1), _sunday(local.year, 10, 25)
    two = dt.time(2)
    return dt.datetime.combine(begins, two) <= local < dt.datetime.combine(ends, two)


def _sunday(year: int, month: int, first: int) -> dt.date:
    """The first Sunday on or after day ``first`` of the month."""
    day = dt.date(year, month, first)
    return day + dt.timedelta(days=(6 - day.weekday()) % 7)
