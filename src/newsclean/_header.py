"""The top of the article: headline, source, date and byline, above the first paragraph.

The header is read from the lines above the first paragraph that the strippers kept or
dropped only on a score (a title line is short, so a scorer rates it low).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from newsclean._dates import DateHit, find_date
from newsclean._lexicon import LEXICON
from newsclean._lines import Line
from newsclean._text import is_prose, text_key, word_count

__all__ = ["Header", "read_header"]

#: How many lines above the first paragraph may belong to the header.
HEADER_WINDOW = 15
MAX_SOURCE_WORDS = 6
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 2, 30
_BYLINE = regex.compile(
    r"(?i:(?:written\s|words\s|story\s)?by|von|par|por|di|door|author:?|autor:?|auteur:?)\s+"
    r"(?P<names>\p{Lu}.{1,300})"
)
_NAME_END = regex.compile(r"\s*(?:[|⋅•·—–\n]|\s-\s|\bon\b|\bupdated\b|\bpublished\b|\d)", regex.I)
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|de|von|der|da|di|le|la)){0,4}"
)
_SEGMENT = regex.compile(r"\s+\|\s+")
_SOURCE_TRIM = " |·•,-–—:"
_PHRASE_KEYS = tuple(k for k in LEXICON.phrases if k != "read_more")


@dataclass(frozen=True, slots=True)
class Header:
    headline: str | None = None
    source: str | None = None
    published: dt.date | dt.datetime | None = None
    authors: tuple[str, ...] = ()
    #: The lines that were read as header fields, with what each was read as.
    used: tuple[tuple[Line, str], ...] = field(default=())


def read_header(kept: Sequence[Line], unsure: Iterable[Line] = ()) -> Header:
    """Read the header fields off the lines above the first paragraph.

    >>> h = read_header([Line(0, "Putin compares Musk"), Line(1, "Russia Today16-04-2025"),
    ...                  Line(2, "Elon Musk's passion for Mars is like Korolev's, Putin said.")])
    >>> h.headline, h.source, h.published
    ('Putin compares Musk', 'Russia Today', datetime.date(2025, 4, 16))
    """
    start = next((line.index for line in kept if is_prose(line.text)), None)
    above = [line for line in (*kept, *unsure) if line.text and (start is None or line.index < start)]
    window = sorted(above, key=lambda line: line.index)[-HEADER_WINDOW:]
    header = _headline(Header(), window)
    for line in _from_headline(window, header):
        header = _read_line(header, line)
    return header


def _from_headline(window: list[Line], header: Header) -> list[Line]:
    """The window's lines, those after the headline first, then those above it going up."""
    used = {line.index for line, _ in header.used}
    at = next((i for i, line in enumerate(window) if line.index in used), len(window))
    return window[at:] + window[:at][::-1]


def _headline(header: Header, window: list[Line]) -> Header:
    best, best_score = None, 0.0
    seen = {text_key(line.text) for line in window[:-1]}
    for rank, line in enumerate(window):
        title = _SEGMENT.split(line.text)[0]
        score = _title_score(title)
        if score > 0:
            score += rank / len(window) + 0.3 * (text_key(line.text) in seen)
        if score > best_score:
            best, best_score = (line, title), score
    if best is None:
        return header
    line, title = best
    header = _use(header, line, "headline", headline=title)
    rest = line.text[len(title) :]
    return _read_segments(header, line, rest) if rest else header


def _title_score(text: str) -> float:
    words = word_count(text)
    if not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS or text.endswith((".", ":", ",")):
        return 0.0
    if _BYLINE.fullmatch(text) or _is_date_line(text) or _is_phrase(text):
        return 0.0
    return 1.0 + min(words, 10) / 10 - 0.5 * text.isupper()


def _is_phrase(text: str) -> bool:
    return any(LEXICON.matches(key, text) for key in _PHRASE_KEYS)


def _is_date_line(text: str) -> bool:
    hit = find_date(text)
    return hit is not None and word_count(text[: hit.start] + text[hit.end :]) <= 4


def _read_segments(header: Header, line: Line, rest: str) -> Header:
    for segment in _SEGMENT.split(rest.strip(" |")):
        header = _read_text(header, line, segment)
    return header


def _read_line(header: Header, line: Line) -> Header:
    if any(line.index == used.index for used, _ in header.used):
        return header
    return _read_text(header, line, line.text)


def _read_text(header: Header, line: Line, text: str) -> Header:
    hit = find_date(text) if header.published is None else None
    byline = _BYLINE.match(text) if not header.authors else None
    if byline is not None:
        names = _names(byline["names"])
        header = _use(header, line, "byline", authors=names) if names else header
    if hit is not None and word_count(text) <= 20:
        return _dateline(header, line, text, hit)
    if byline is None and not header.authors and _looks_like_names(text):
        return _use(header, line, "byline", authors=_names(text))
    return header


def _dateline(header: Header, line: Line, text: str, hit: DateHit) -> Header:
    before = text[: hit.start].strip(_SOURCE_TRIM)
    source = None
    if 0 < word_count(before) <= MAX_SOURCE_WORDS and not _BYLINE.match(before) and not header.source:
        source = before if not _is_phrase(before) and before[0].isupper() else None
    return _use(header, line, "date", published=hit.value, source=header.source or source)


def _names(text: str) -> tuple[str, ...]:
    """
    >>> _names("Jane Doe and John Roe | Updated May 6")
    ('Jane Doe', 'John Roe')
    """
    end = _NAME_END.search(text)
    text = text[: end.start()] if end else text
    names = []
    for part in _NAME_SEPARATOR.split(text):
        m = _NAME.fullmatch(part.strip())
        if m:
            names.append(m.group())
    return tuple(names)


def _looks_like_names(text: str) -> bool:
    """A line of two or three capitalised words, as a byline without "By" prints a name."""
    return _NAME.fullmatch(text) is not None and 2 <= len(text.split()) <= 3


def _use(header: Header, line: Line, what: str, **fields: Any) -> Header:
    return replace(header, used=(*header.used, (line, what)), **fields)
