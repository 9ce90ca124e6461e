"""Date forms in every supported language: the cases of tests/cases/dates.tsv, and dates
rendered here, independently of the library's lexicon, then read back."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CASES
from newsclean._dates import find_age, find_date, page_day_first


@dataclass(frozen=True)
class Case:
    text: str
    value: str
    age: str | None
    ambiguous: bool
    day_first: bool | None
    time: str | None


def _cases() -> list[Case]:
    cases = []
    for line in (CASES / "dates.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, value, age, ambiguous, day_first, clock = [*line.split("\t"), "-", "-", "-", "-"][:6]
            order = {"true": True, "false": False}.get(day_first)
            cases.append(Case(text, value, _given(age), ambiguous == "+", order, _given(clock)))
    return cases


def _given(column: str) -> str | None:
    return None if column == "-" else column


CASE_ROWS = _cases()


@pytest.mark.parametrize("case", CASE_ROWS, ids=[f"{c.text}|{c.day_first}" for c in CASE_ROWS])
def test_case(case: Case) -> None:
    hit = find_date(case.text, day_first=case.day_first)
    assert (hit.value.isoformat() if hit else "-") == case.value
    assert (hit.ambiguous if hit else False) == case.ambiguous
    assert (hit.time.isoformat() if hit and hit.time else None) == case.time
    assert find_age(case.text) == case.age


def test_span_covers_date_time_and_zone() -> None:
    text = "Russia Today16.04.2025, 14:32 Uhr MEZ | Politics"
    hit = find_date(text)
    assert hit is not None and text[hit.start : hit.end] == "16.04.2025, 14:32 Uhr MEZ"


@pytest.mark.parametrize(
    ("texts", "language", "expected"),
    [
        (["Posted 04/05/2025", "Reply 23/05/2025"], None, True),  # a day above 12 decides
        (["Posted 04/05/2025", "Reply 05/23/2025"], "de", False),  # ... over the language
        (["Posted 04/05/2025"], "de", True),
        (["Posted 04/05/2025"], "pt-BR", True),
        (["Posted 04/05/2025"], "en_GB", True),
        (["Posted 04/05/2025"], "en-US", False),
        (["Posted 04/05/2025"], "en", None),
        (["2021年3月23日"], "ja", None),  # year first: nothing to settle
        ([], None, None),
        (["13/13/2025", "31/02/2025"], None, None),  # impossible either way: no vote
    ],
)
def test_page_day_first(texts: list[str], language: str | None, expected: bool | None) -> None:
    assert page_day_first(texts, language) is expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-03-0" * 5000,
        "3 March " * 5000 + "2024",
        "12/" * 10000,
        "April 3, 2025" + " " * 20000 + "10:00",
        "2025 " * 10000,
        "Nov 23, " * 3000 + "2025" + ", 4:12" * 3000,
    ],
    ids=["digits and dashes", "months without year", "slashes", "spaces before a time", "years", "repeats"],
)
def test_linear_time(text: str) -> None:
    started = time.perf_counter()
    find_date(text)
    page_day_first([text], None)
    find_age(text)
    assert time.perf_counter() - started < 0.5


# ---- Round trips: dates rendered with tables written here, not read from the lexicon ----

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    # Polish and Russian print the genitive after a day: "3 kwietnia", "3 марта".
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
SHORT = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "ru": "янв фев мар апр мая июн июл авг сен окт ноя дек",
}
#: How each language prints a day and month name before the year; {d} day, {m} month.
NAMED = {
    "en": ["{m} {d}, ", "{d} {m} ", "{m} {d}{th}, ", "{d}{th} of {m} "],
    "de": ["{d}. {m} "],
    "fr": ["{d} {m} "],
    "es": ["{d} de {m} de ", "{d} {m} "],
    "it": ["{d} {m} "],
    "pt": ["{d} de {m} de "],
    "nl": ["{d} {m} "],
    "pl": ["{d} {m} "],
    "ru": ["{d} {m} "],
}
#: The words between a date and its time, and how the time is printed (24-hour clocks).
CLOCK = {
    "en": [(" at ", "{H}:{M}"), (", ", "{H}:{M}")],
    "de": [(", ", "{H}:{M} Uhr"), (" um ", "{H}:{M}")],
    "fr": [(" à ", "{H}h{M}"), (", ", "{H}:{M}")],
    "es": [(" a las ", "{H}:{M}")],
    "it": [(" alle ", "{H}:{M}"), (", ", "{H}.{M}")],
    "pt": [(" às ", "{H}h{M}"), (" às ", "{H}:{M}")],
    "nl": [(" om ", "{H}:{M}"), (" ", "{H}.{M} uur")],
    "pl": [(", godz. ", "{H}:{M}"), (" o ", "{H}:{M}")],
    "ru": [(" в ", "{H}:{M}"), (", ", "{H}:{M}")],
    "ja": [(" ", "{H}:{M}"), ("(火) ", "{H}時{M}分")],
    "zh": [(" ", "{H}:{M}"), (" ", "{H}点{M}分")],
    "iso": [("T", "{H}:{M}:00"), (" ", "{H}:{M}")],
    "numeric": [(" ", "{H}:{M}"), (", ", "{H}:{M}")],
}
#: Zones as pages print them, with their offset in minutes.
ZONES = {
    "UTC": 0,
    "GMT": 0,
    "GMT+1": 60,
    "GMT-3": -180,
    "UTC+05:30": 330,
    "CET": 60,
    "CEST": 120,
    "EST": -300,
    "EDT": -240,
    "PDT": -420,
    "JST": 540,
    "MSK": 180,
    "IST": 330,
    "(GMT+2)": 120,
}
ISO_ZONES = {"Z": 0, "+02:00": 120, "-05:00": -300, "+0530": 330}
#: Text glued or set before the date, and after it (with the age find_age must find there).
BEFORE = ["", "Russia Today", "Updated ", "Published: ", "Sun, ", "By Jane Doe | "]
AFTER = [("", None), ("Updated 3 hours ago", "3 hours ago"), (" | 4 min read", None), (" • 3h", "3h")]
LANGUAGES = [*NAMED, "ja", "zh", "iso", "numeric"]


@dataclass(frozen=True)
class Printed:
    text: str
    day: dt.date  # the date find_date must read (the wrong one, when flagged ambiguous)
    clock: dt.time | None
    offset: int | None  # minutes east of UTC, when a zone is printed
    day_first: bool | None  # the order to pass, for numeric dates
    ambiguous: bool
    age: str | None


def _month(draw: st.DrawFn, language: str, month: int) -> str:
    name = (MONTHS if draw(st.booleans()) else SHORT)[language].split()[month - 1]
    return draw(st.sampled_from([name, name.upper(), name.lower(), name[:1].upper() + name[1:]]))


def _ordinal(day: int) -> str:
    return "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _numeric(draw: st.DrawFn, day: dt.date) -> tuple[str, dt.date, bool | None, bool]:
    """The date in figures, the date to read back, the order to pass, and if it is flagged."""
    printed_day_first = draw(st.booleans())
    a, b = (day.day, day.month) if printed_day_first else (day.month, day.day)
    sep = draw(st.sampled_from(["/", "-", "."]))
    text = f"{a:02d}{sep}{b:02d}{sep}{day.year}"
    if draw(st.booleans()):  # the order is given: never ambiguous
        return text, day, printed_day_first, False
    # No order: the day is read first unless that is impossible, and flagged if both read.
    both = a <= 12 and b <= 12 and a != b
    read = dt.date(day.year, b, a) if both else day
    return text, read, None, both


def _date_text(draw: st.DrawFn, language: str, day: dt.date) -> tuple[str, dt.date, bool | None, bool]:
    y, m, d = day.year, day.month, day.day
    if language == "numeric":
        return _numeric(draw, day)
    if language in ("ja", "zh"):
        text = draw(st.sampled_from([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"]))
    elif language == "iso":
        text = draw(st.sampled_from([f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"]))
    else:
        form = draw(st.sampled_from(NAMED[language]))
        shown = "1er" if language == "fr" and d == 1 else str(d)
        text = form.format(d=shown, m=_month(draw, language, m), th=_ordinal(d)) + str(y)
    return text, day, None, False


def _clock_text(draw: st.DrawFn, language: str, clock: dt.time) -> str:
    """The time as printed after the date, with the words between them."""
    if language == "en" and draw(st.booleans()):  # a 12-hour clock
        twelve = clock.hour % 12 or 12
        half = draw(st.sampled_from(["AM", "am", "a.m."] if clock.hour < 12 else ["PM", "pm", "p.m."]))
        joint = draw(st.sampled_from([" at ", ", ", " "]))
        if clock.minute == 0 and draw(st.booleans()):
            return f"{joint}{twelve} {half}"
        return f"{joint}{twelve}:{clock.minute:02d}{draw(st.sampled_from(['', ' ']))}{half}"
    joint, form = draw(st.sampled_from(CLOCK[language]))
    hour = f"{clock.hour:02d}" if draw(st.booleans()) else str(clock.hour)
    return joint + form.format(H=hour, M=f"{clock.minute:02d}")


@st.composite
def printed(draw: st.DrawFn) -> Printed:
    language = draw(st.sampled_from(LANGUAGES))
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
    text, read, day_first, ambiguous = _date_text(draw, language, day)
    clock = draw(st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0)))
    offset = None
    if clock is not None:
        shown = _clock_text(draw, language, clock)
        if draw(st.booleans()):
            # ISO's bare offsets only follow an ISO date and time ("2025-04-03T10:00+02:00").
            zones = ISO_ZONES if shown.startswith("T") and "-" in text else ZONES
            zone = draw(st.sampled_from(sorted(zones)))
            shown += zone if zones is ISO_ZONES else " " + zone
            offset = zones[zone]
        text += shown
    before = draw(st.sampled_from(BEFORE))
    if before == "Russia Today" and not text[:1].isdigit() and not text[:1].isupper():
        before = "Russia Today "  # a lower-case word glued on would read as one word
    after, age = draw(st.sampled_from(AFTER))
    return Printed(before + text + after, read, clock, offset, day_first, ambiguous, age)


@settings(derandomize=True, database=None, max_examples=600, deadline=None)
@given(printed())
def test_printed_date_reads_back(p: Printed) -> None:
    hit = find_date(p.text, day_first=p.day_first)
    assert hit is not None, p.text
    assert hit.ambiguous == p.ambiguous, p.text
    assert hit.time == p.clock, p.text
    if p.offset is None:  # no zone printed: the date only, never an invented instant
        assert type(hit.value) is dt.date and hit.value == p.day, p.text
    else:
        assert isinstance(hit.value, dt.datetime) and p.clock is not None, p.text
        zone = dt.timezone(dt.timedelta(minutes=p.offset))
        assert hit.value == dt.datetime.combine(p.day, p.clock, tzinfo=zone), p.text
        assert hit.value.utcoffset() == dt.timedelta(minutes=p.offset), p.text
    assert find_age(p.text) == p.age, p.text


@settings(derandomize=True, database=None, max_examples=150, deadline=None)
@given(
    st.lists(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)), min_size=1, max_size=6),
    st.booleans(),
    st.sampled_from(["/", "-", "."]),
)
def test_page_order_from_its_dates(days: list[dt.date], day_first: bool, sep: str) -> None:
    """Dates printed in one order settle the page's order once one has a day above 12."""
    pairs = [(d.day, d.month) if day_first else (d.month, d.day) for d in days]
    texts = [f"Posted {a:02d}{sep}{b:02d}{sep}{d.year}" for (a, b), d in zip(pairs, days, strict=True)]
    telling = any(d.day > 12 for d in days)
    assert page_day_first(texts, None) == (day_first if telling else None)


#: Pieces that make dates, times and zones, to shuffle into near misses.
PIECES = [
    *"0123456789",
    *" -./:,|T+()",
    *"年月日時前",
    "2025",
    "1999",
    "AM",
    "p.m.",
    "GMT",
    "UTC+05:30",
    "CEST",
    "Z",
    "Uhr",
    "h",
    "März",
    "Sept.",
    "kwietnia",
    "марта",
    "de ",
    "at ",
    "1er",
    "Updated",
]


@settings(derandomize=True, database=None, max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_any_text_gives_a_sound_hit_or_none(text: str) -> None:
    hit = find_date(text)
    if hit is not None:
        assert 0 <= hit.start < hit.end <= len(text)
        assert str(hit.value.year) in text[hit.start : hit.end]
        if isinstance(hit.value, dt.datetime):  # an instant only with a printed zone
            assert hit.value.tzinfo is not None and hit.time == hit.value.time()
    page_day_first([text], "en-US")
    find_age(text)
