"""Which date on the page is the article's publication date: a small learned ranker.

Every date printed on the page is a candidate: the dateline, but also "Updated" stamps,
comment dates, dates in teasers, copyright years and dates in the prose. What tells the
publication date from the others is where it stands (near the headline, above the
article) and what it is printed with ("Published", "Posted on", a byline), not the date.
The same features serve training (bench/train_date.py) and run time.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from newsclean._dates import DateHit, find_date, page_day_first
from newsclean._lexicon import LEXICON
from newsclean._lines import Line
from newsclean._ranker import Ranker
from newsclean._text import word_count

__all__ = [
    "DATE_FEATURES",
    "MARKUP_DATE_FEATURES",
    "DateCandidate",
    "best_date",
    "calendar_day",
    "date_candidates",
    "is_updated",
    "updated_label_before",
    "with_markup_dates",
]

DATE_FEATURES = (
    "bias",
    "log_words",
    "log_rest_words",
    "published_label",
    "updated_label",
    "byline",
    "comment",
    "copyright",
    "log_from_headline",
    "above_headline",
    "log_from_start",
    "above_start",
    "after_block",
    "kept",
    "has_time",
    "has_zone",
    "ambiguous",
    "repeated",
    "latest",
    "earliest",
    "first_found",
    "position",
    "on_headline",
    "second_in_line",
)
#: For pages with markup: the metadata's own dates are candidates too, and a printed date
#: that agrees with them says so.
MARKUP_DATE_FEATURES = (
    *DATE_FEATURES,
    "from_published",
    "from_updated",
    "as_published",
    "as_updated",
    "in_main",
    "none_printed",
)
#: Lines longer than this are prose; a date in them is an event, never a dateline.
MAX_LINE_CHARS = 400
# Labels before a date, in every lexicon language ("Published", "mis à jour").
_PUBLISHED, _UPDATED = (
    regex.compile(rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{LEXICON.alternation(key)})(?![\p{{L}}\p{{M}}]))")
    for key in ("published_label", "updated_label")
)
_BY = regex.compile(r"(?i:(?<!\p{L})(?:by|von|par|por|door|di|przez)(?!\p{L}))")
_COMMENT = regex.compile(r"(?i:(?<!\p{L})(?:says|said|reply|replies|wrote)(?!\p{L})|:\s*$)")
_COPYRIGHT = regex.compile(r"(?i:©|\(c\)|copyright)")
_TIME = regex.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
#: How much of the text before a date its label ("Published on") is looked for in.
LABEL_REACH = 40


@dataclass(frozen=True, slots=True)
class DateCandidate:
    #: The line that prints the date; None for a date only the metadata gives.
    line: Line | None
    hit: DateHit
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _Found:
    at: int  # position among the page's non-blank lines
    line: Line
    hit: DateHit
    second: bool


def date_candidates(
    lines: Sequence[Line],
    kept: set[int],
    block: tuple[int, int] | None,
    headline: Line | None,
    *,
    locale: str | None = None,
) -> list[DateCandidate]:
    """Every date on the page (two at most a line), each with its features.

    ``block`` is the article's first and last line index, ``headline`` the headline's line,
    ``locale`` the page's language or locale ("en-US"), which may settle day/month order.
    """
    nonblank = [line for line in lines if line.text]
    found = _dates(nonblank, page_day_first((line.text for line in nonblank), locale))
    if not found:
        return []
    start, end = block if block else (-1, -1)
    at_start = next((i for i, line in enumerate(nonblank) if line.index >= start), 0)
    head = headline.index if headline else -1
    counts = Counter(_day(f.hit) for f in found)
    page = _Page(
        head=head,
        at_head=next((i for i, line in enumerate(nonblank) if line.index == head), at_start),
        at_start=at_start,
        end=end,
        kept=kept,
        counts=counts,
        days=sorted(counts),
        size=len(nonblank),
    )
    return [DateCandidate(f.line, f.hit, _values(f, k, page)) for k, f in enumerate(found)]


@dataclass(frozen=True, slots=True)
class _Page:
    """What the features of one date need to know about the rest of the page."""

    head: int  # the headline's line index, or -1
    at_head: int  # positions among the non-blank lines: the headline's, the article's start
    at_start: int
    end: int  # the article's last line index, or -1
    kept: set[int]
    counts: Counter[str]  # how often each day is printed
    days: list[str]  # the days printed, in order
    size: int  # non-blank lines


def _dates(nonblank: Sequence[Line], day_first: bool | None) -> list[_Found]:
    """Every date printed on the lines, read in the page's day/month order when it has one."""
    found = []
    for at, line in enumerate(nonblank):
        if len(line.text) > MAX_LINE_CHARS:
            continue
        hit = find_date(line.text, day_first=day_first)
        if hit is None:
            continue
        found.append(_Found(at, line, hit, second=False))
        later = find_date(line.text[hit.end :], day_first=day_first)
        if later is not None:
            moved = replace(later, start=later.start + hit.end, end=later.end + hit.end)
            found.append(_Found(at, line, moved, second=True))
    return found


def _day(hit: DateHit) -> str:
    return hit.value.isoformat()[:10]


def _values(f: _Found, k: int, page: _Page) -> tuple[float, ...]:
    """The features of the ``k``-th date found, in the order of ``DATE_FEATURES``."""
    text, hit = f.line.text, f.hit
    label = _label_before(text, hit.start)
    words = word_count(text)
    day = _day(hit)
    return (
        1.0,
        math.log1p(words),
        math.log1p(max(0, words - word_count(text[hit.start : hit.end]))),
        float(_PUBLISHED.search(label) is not None),
        float(_UPDATED.search(label) is not None),
        float(_BY.search(text) is not None),
        float(_COMMENT.search(text) is not None),
        float(_COPYRIGHT.search(text) is not None),
        math.log1p(abs(f.at - page.at_head)),
        float(f.at < page.at_head),
        math.log1p(abs(f.at - page.at_start)),
        float(f.at < page.at_start),
        float(page.end >= 0 and f.line.index > page.end),
        float(f.line.index in page.kept),
        float(_TIME.search(text, hit.start) is not None),
        float(isinstance(hit.value, dt.datetime) and hit.value.tzinfo is not None),
        float(hit.ambiguous),
        float(page.counts[day] > 1),
        float(day == page.days[-1]),
        float(day == page.days[0]),
        float(k == 0),
        f.at / max(1, page.size),
        float(f.line.index == page.head),
        float(f.second),
    )


def with_markup_dates(
    found: Sequence[DateCandidate],
    published: dt.date | dt.datetime | None,
    updated: dt.date | dt.datetime | None,
) -> list[DateCandidate]:
    """The printed dates with what the metadata says of them, and the metadata's own dates.

    ``published`` and ``updated`` are what the metadata gives, if anything.
    """
    printed = {_day(c.hit) for c in found}
    days = [calendar_day(published), calendar_day(updated)]
    out = []
    for c in found:
        day = calendar_day(c.hit.value)
        main = c.line is not None and c.line.block is not None and c.line.block.main
        extra = (0.0, 0.0, float(day == days[0]), float(day == days[1]), float(main), 0.0)
        out.append(DateCandidate(c.line, c.hit, (*c.values, *extra)))
    blank = (1.0, *([0.0] * (len(DATE_FEATURES) - 1)))
    for value, flags in ((published, (1.0, 0.0)), (updated, (0.0, 1.0))):
        if value is not None:
            shown = float(value.isoformat()[:10] in printed)
            extra = (*flags, shown * flags[0], shown * flags[1], 0.0, float(not printed))
            out.append(DateCandidate(None, DateHit(0, 0, value), (*blank, *extra)))
    return out


_UPDATED_FLAG = DATE_FEATURES.index("updated_label")
_PUBLISHED_FLAG = DATE_FEATURES.index("published_label")
_FROM_PUBLISHED = MARKUP_DATE_FEATURES.index("from_published")
_FROM_UPDATED = MARKUP_DATE_FEATURES.index("from_updated")


def is_updated(candidate: DateCandidate) -> bool:
    """Whether the date is printed with an "Updated" label before it."""
    return candidate.values[_UPDATED_FLAG] == 1.0


def _says_updated(candidate: DateCandidate) -> bool:
    """Printed as an update ("Updated May 2") or given as the markup's modification date."""
    values = candidate.values
    return is_updated(candidate) or (len(values) > _FROM_UPDATED and values[_FROM_UPDATED] == 1.0)


def _says_published(candidate: DateCandidate) -> bool:
    """Printed as the publication ("Published May 2") or given as the markup's publication date."""
    values = candidate.values
    if len(values) > _FROM_PUBLISHED and values[_FROM_PUBLISHED] == 1.0:
        return True
    return values[_PUBLISHED_FLAG] == 1.0 and not is_updated(candidate)


def updated_label_before(text: str, at: int) -> bool:
    """Whether an "Updated" label stands shortly before position ``at`` of the text.

    >>> updated_label_before("June 10, 2025 Updated 3 hours ago", 22)
    True
    """
    return _UPDATED.search(_label_before(text, at)) is not None


def _label_before(text: str, at: int) -> str:
    """The text a date's label ("Published on", "Updated") is looked for in."""
    return text[max(0, at - LABEL_REACH) : at]


def calendar_day(value: dt.date | dt.datetime | None) -> dt.date | None:
    """The day of a date or of an instant (in the instant's own zone)."""
    return value.date() if isinstance(value, dt.datetime) else value


#: Trained by bench/train_date.py; read once, never changed.
_RANKER = Ranker.load("date_scorer", DATE_FEATURES)
_MARKUP_RANKER = Ranker.load("markup_date_scorer", MARKUP_DATE_FEATURES)


def best_date(found: Sequence[DateCandidate]) -> DateCandidate | None:
    """The candidate the scorer rates highest, unless even that one is unlikely.

    An update date stands in for the publication date only on a page that says nothing of
    its publication: where the page or its markup names one, an update never wins.
    """
    markup = bool(found) and len(found[0].values) == len(MARKUP_DATE_FEATURES)
    ranker = _MARKUP_RANKER if markup else _RANKER
    if any(_says_published(c) for c in found):
        found = [c for c in found if not _says_updated(c)]
    return ranker.best(found) if ranker is not None else None
