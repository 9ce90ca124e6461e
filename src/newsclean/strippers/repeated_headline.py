"""The headline printed twice at the top of the page (a visually hidden copy, a breadcrumb)."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean._text import is_prose, text_key

__all__ = ["repeated_headline"]

#: How many short lines the top of a page may hold before its first paragraph.
HEADER_LINES = 12


def repeated_headline(page: Page) -> Iterator[Drop]:
    """Drop later copies of a line above the first paragraph.

    >>> page = Page.of("Putin compares Musk", "", "Putin compares Musk", "Putin said so today, twice.")
    >>> [d.line for d in repeated_headline(page)]
    [2]
    """
    seen: set[str] = set()
    for line in page.nonblank():
        if is_prose(line.text) or len(seen) >= HEADER_LINES:
            return
        key = text_key(line.text)
        if key in seen:
            yield Drop(line.index, "repeated headline")
        seen.add(key)
