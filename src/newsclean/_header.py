"""The top of the article: headline, source, date and byline, above the first paragraph."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from newsclean._dates import find_date
from newsclean._lines import Line
from newsclean._text import is_prose, word_count

__all__ = ["Header", "read_header"]

#: How many lines above the first paragraph may belong to the header.
HEADER_LINES = 8
MAX_SOURCE_WORDS = 6
_BYLINE = regex.compile(r"(?i:by|von|par|por|di|door)\s+(?P<names>\p{Lu}.{1,200})")
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
_SOURCE_TRIM = " |·•,-–—:"


@dataclass(frozen=True, slots=True)
class Header:
    headline: str | None = None
    source: str | None = None
    published: dt.date | dt.datetime | None = None
    authors: tuple[str, ...] = ()
    #: The lines that were read as header fields, with what each was read as.
    used: tuple[tuple[Line, str], ...] = field(default=())


def read_header(lines: Sequence[Line]) -> Header:
    """Read the header fields off the lines above the first paragraph.

    >>> h = read_header([Line(0, "Putin compares Musk"), Line(1, "Russia Today16-04-2025"),
    ...                  Line(2, "Elon Musk's passion for Mars is like Korolev's, Putin said.")])
    >>> h.headline, h.source, h.published
    ('Putin compares Musk', 'Russia Today', datetime.date(2025, 4, 16))
    """
    header = Header()
    for line in [line for line in lines if line.text][:HEADER_LINES]:
        if is_prose(line.text):
            break
        header = _read_line(header, line)
    return header


def _read_line(header: Header, line: Line) -> Header:
    text = line.text
    hit = find_date(text) if header.published is None else None
    if hit is not None:
        before = text[: hit.start].strip(_SOURCE_TRIM)
        source = before if 0 < word_count(before) <= MAX_SOURCE_WORDS else None
        return _use(header, line, "source and date", published=hit.value, source=header.source or source)
    byline = _BYLINE.fullmatch(text) if not header.authors else None
    if byline is not None:
        names = tuple(n for n in _NAME_SEPARATOR.split(byline["names"]) if n)
        return _use(header, line, "byline", authors=names)
    if header.headline is None:
        return _use(header, line, "headline", headline=text)
    return header


def _use(header: Header, line: Line, what: str, **fields: Any) -> Header:
    return replace(header, used=(*header.used, (line, what)), **fields)
