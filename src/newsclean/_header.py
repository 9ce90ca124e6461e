"""The top of the article: headline, source, date and byline, around its first paragraph.

The header is read from all the page's lines, dropped ones included: a title line is
short, so a scorer or a menu stripper may well have taken it out of the body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

import regex

from newsclean._blocks import main_block
from newsclean._dates import DateHit, find_date
from newsclean._language import STOPWORDS
from newsclean._lines import Line
from newsclean._text import is_prose, word_count
from newsclean._title import SEGMENT, best_title, candidates, is_boilerplate_phrase

__all__ = ["Header", "read_header"]

#: How many lines above the first paragraph may belong to the header.
HEADER_WINDOW = 15
MAX_SOURCE_WORDS = 6
#: How far (in non-blank lines) from the headline or date a byline may stand.
AUTHOR_REACH = 4
#: How many lines above the article's first line are searched for a "By" line.
BYLINE_WINDOW = 15
_STOPWORDS = STOPWORDS.get("en", frozenset()) | {"the", "our", "log", "sign", "read", "more"}
#: How many date-only lines inside the article may still be its dateline.
DATE_LINES_INSIDE = 3
_BYLINE = regex.compile(
    r"(?i:(?:written\s|words\s|story\s|posted\s|text\s)?by|von|par|por|door|author|autor|auteur)"
    r"(?::\s*|\s+|(?=\p{Lu}))(?P<names>\p{Lu}.{1,300})"
)
# Where a byline's names stop: a separator, a date, or a glued "PUBLISHED"/"Updated".
_NAME_END = regex.compile(
    r"\s*(?:[|⋅•·—–\n(]|\s-\s|\bon\b|updated|published|posted|\bfact-checked|\breviewed|\d)",
    regex.IGNORECASE,
)
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|de|von|der|da|di|le|la)){0,4}"
)
_INLINE_BY = regex.compile(r"(?<![\p{L}\d])(?i:by):?\s+(?P<names>\p{Lu}.{1,200})")
MAX_INLINE_BYLINE, MAX_BYLINE_WORDS = 16, 40
_CREDENTIAL = regex.compile(r"\p{Lu}{1,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?")
_SOURCE_TRIM = " |·•,-–—:"
_PUBLISHED = regex.compile(r"(?i:published|posted|première publication|veröffentlicht|publicado)")


@dataclass(frozen=True, slots=True)
class Header:
    headline: str | None = None
    source: str | None = None
    published: dt.date | dt.datetime | None = None
    authors: tuple[str, ...] = ()
    #: The lines that were read as header fields, with what each was read as.
    used: tuple[tuple[Line, str], ...] = field(default=())


def read_header(lines: Sequence[Line], kept: Sequence[Line]) -> Header:
    """Read the header fields off the page's lines, around the start of the article.

    ``lines`` are all the page's lines, ``kept`` those the strippers left as body.

    >>> page = [Line(0, "Putin compares Musk to Korolev"), Line(1, "Russia Today16-04-2025"),
    ...         Line(2, "Elon Musk's passion for Mars is like Korolev's, Russian President Putin said.")]
    >>> h = read_header(page, page[2:])
    >>> h.headline, h.source, h.published
    ('Putin compares Musk to Korolev', 'Russia Today', datetime.date(2025, 4, 16))
    """
    block = main_block(kept)
    start = block[0] if block else next((line.index for line in kept if is_prose(line.text)), None)
    kept_at = {line.index for line in kept}
    header = Header()
    best = best_title(candidates(lines, kept_at, start))
    if best is not None:
        header = _use(header, best.line, "headline", headline=best.text)
        rest = best.line.text[len(best.text) :]
        header = _read_segments(header, best.line, rest) if rest.strip() else header
    for line in _near_headline(lines, header, start):
        header = _read_line(header, line)
    if header.published is None:
        header = _first_dateline(header, lines, start)
    return _authors(header, lines, start)


def _first_dateline(header: Header, lines: Sequence[Line], start: int | None) -> Header:
    """The first short dated line above the article, a "Published" one before any other.

    The article's first lines count too when they are nothing but a date: a density block
    often starts above the dateline.
    """
    nonblank = [line for line in lines if line.text]
    at = next((i for i, line in enumerate(nonblank) if line.index == start), len(nonblank))
    above = [line for line in nonblank[:at] if word_count(line.text) <= 16]
    # A block that starts too early (a cookie text above the article) hides the dateline in it.
    above += islice((line for line in nonblank[at:] if _is_date_line(line.text)), DATE_LINES_INSIDE)
    dated = [(line, hit) for line in above if (hit := find_date(line.text)) is not None]
    if not dated:
        return header
    line, hit = next(((ln, h) for ln, h in dated if _PUBLISHED.search(ln.text)), dated[0])
    return _use(header, line, "date", published=hit.value)


def _near_headline(lines: Sequence[Line], header: Header, start: int | None) -> list[Line]:
    """Lines after the headline down to the article, then those above it going up."""
    above = [line for line in lines if line.text and (start is None or line.index < start)]
    window = above[-HEADER_WINDOW:]
    used = {line.index for line, _ in header.used}
    at = next((i for i, line in enumerate(window) if line.index in used), len(window))
    return window[at:] + window[max(0, at - 3) : at][::-1]


def _is_date_line(text: str) -> bool:
    hit = find_date(text)
    return hit is not None and word_count(text[: hit.start] + text[hit.end :]) <= 4


def _read_segments(header: Header, line: Line, rest: str) -> Header:
    for segment in SEGMENT.split(rest.strip(" |")):
        header = _read_text(header, line, segment)
    return header


def _read_line(header: Header, line: Line) -> Header:
    if any(line.index == used.index for used, _ in header.used):
        return header
    return _read_text(header, line, line.text)


def _read_text(header: Header, line: Line, text: str) -> Header:
    hit = find_date(text) if header.published is None else None
    if hit is not None and word_count(text) <= 20:
        return _dateline(header, line, text, hit)
    return header


def _authors(header: Header, lines: Sequence[Line], start: int | None) -> Header:
    """A "By …" line near the headline or date, else a bare name line next to the date."""
    nonblank = [line for line in lines if line.text]
    used = {line.index: what for line, what in header.used}
    anchors = [i for i, line in enumerate(nonblank) if used.get(line.index) in ("headline", "date")]
    at = next((i for i, line in enumerate(nonblank) if line.index == start), len(nonblank))
    near = sorted(
        set(range(max(0, at - BYLINE_WINDOW), at + 3)).union(
            j for i in anchors for j in range(i - AUTHOR_REACH, i + AUTHOR_REACH + 1)
        )
    )
    region = [nonblank[j] for j in near if 0 <= j < len(nonblank)]
    for line in region:
        byline = _byline(line.text)
        names = _names(byline) if byline else ()
        if names:
            return _use(header, line, "byline", authors=names)
    beside = sorted({j for i in anchors for j in range(i - 2, i + 3) if 0 <= j < len(nonblank)})
    for candidate in (nonblank[j] for j in beside if nonblank[j].index not in used):
        names = _bare_names(candidate.text)
        if names:
            return _use(header, candidate, "byline", authors=names)
    return header


def _byline(text: str) -> str | None:
    """The names part of a "By …" line, or of a short line with "by …" inside it.

    >>> _byline("October 11, 2023  by Autumn Huerter")
    'Autumn Huerter'
    """
    m = _BYLINE.match(text)
    if m is None and word_count(text) <= MAX_INLINE_BYLINE:
        m = _INLINE_BY.search(text)
    return m["names"] if m and word_count(text) <= MAX_BYLINE_WORDS else None


def _dateline(header: Header, line: Line, text: str, hit: DateHit) -> Header:
    before = text[: hit.start].strip(_SOURCE_TRIM)
    source = None
    if 0 < word_count(before) <= MAX_SOURCE_WORDS and not _BYLINE.match(before) and not header.source:
        source = before if not is_boilerplate_phrase(before) and before[0].isupper() else None
    return _use(header, line, "date", published=hit.value, source=header.source or source)


def _names(text: str) -> tuple[str, ...]:
    """
    >>> _names("Jane Doe and John Roe | Updated May 6")
    ('Jane Doe', 'John Roe')
    """
    end = _NAME_END.search(text)
    text = text[: end.start()] if end else text
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(text):
        m = _NAME.fullmatch(part.strip())
        # "MS", "RD", "PhD": credentials after a comma are not people.
        if m and not (names and _CREDENTIAL.fullmatch(m.group())):
            names.append(m.group())
    return tuple(names)


def _bare_names(text: str) -> tuple[str, ...]:
    """The name a line without "By" prints: two to four capitalised words, no stopwords.

    >>> _bare_names("Dylan Bailey, MS, RD, FAND"), _bare_names("Log In")
    (('Dylan Bailey',), ())
    """
    hit = find_date(text)
    text = text[: hit.start] if hit and hit.start > 0 else text
    head = text.split(",")[0].strip()
    words = head.split()
    if not 2 <= len(words) <= 4 or _NAME.fullmatch(head) is None or is_boilerplate_phrase(head):
        return ()
    if any(w.casefold() in _STOPWORDS for w in words):
        return ()
    return (head,)


def _use(header: Header, line: Line, what: str, **fields: Any) -> Header:
    return replace(header, used=(*header.used, (line, what)), **fields)
