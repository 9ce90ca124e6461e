"""A table of contents: its header and the section titles under it that the article repeats."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from newsclean._lines import Drop, Line, Page
from newsclean._text import more_words_than, text_key

__all__ = ["table_of_contents"]

#: A section title is a heading, never a paragraph.
MAX_ENTRY_WORDS = 15
#: The numbering a table of contents may add to a title or drop from it ("2.1.", "#3", "IV.").
_NUMBERING = regex.compile(r"^(?:#?\d{1,3}(?:\.\d{1,3})*[.):]?|[IVX]{1,5}[.)])\s+")


def table_of_contents(page: Page) -> Iterator[Drop]:
    """Drop a contents header ("Table of Contents", "Inhaltsverzeichnis") and the entries under
    it that come back later on the page as the article's own headings.

    The header names itself in the lexicon (``toc_header``). An entry is a short line whose
    text, numbering aside, the page prints again below: the run of entries stops at the
    first line that is not one, so the article's first paragraph is never taken.

    >>> page = Page.of("Table of Contents", "1. Why it matters", "2. What changes", "",
    ...     "The council voted on Tuesday to close the terminal.", "Why it matters",
    ...     "It handled a third of the coal.", "What changes", "Trucks will take over.")
    >>> [(d.line, d.reason) for d in table_of_contents(page)]  # doctest: +NORMALIZE_WHITESPACE
    [(0, 'table of contents'), (1, 'table-of-contents entry'), (2, 'table-of-contents entry')]
    """
    lines = list(page.nonblank())
    headers = [i for i, line in enumerate(lines) if page.is_phrase(line, "toc_header")]
    if not headers:
        return
    keys = [_title_key(line) for line in lines]
    # How often each title is still to come below the header at hand.
    later = Counter(keys)
    seen = 0
    for i in headers:
        later.subtract(keys[seen : i + 1])
        seen = i + 1
        yield Drop(lines[i].index, "table of contents")
        for k in _entries(lines, keys, i + 1, later):
            yield Drop(lines[k].index, "table-of-contents entry")


def _entries(lines: list[Line], keys: list[str], start: int, later: Counter[str]) -> Iterator[int]:
    """The positions of the short lines from ``start`` on whose titles come again further down."""
    used: Counter[str] = Counter()
    for k in range(start, len(lines)):
        used[keys[k]] += 1
        if more_words_than(lines[k].text, MAX_ENTRY_WORDS) or later[keys[k]] - used[keys[k]] <= 0:
            return
        yield k


def _title_key(line: Line) -> str:
    """A title up to case, spacing and its numbering.

    >>> _title_key(Line(0, "2.1. Key  Components")) == _title_key(Line(9, "Key components"))
    True
    """
    return text_key(_NUMBERING.sub("", line.text))
