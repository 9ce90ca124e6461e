"""Everything after the article's end: bios, tags, share bars, comments, post navigation."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._blocks import main_block
from newsclean._lines import Drop, Page

__all__ = ["article_end"]


def article_end(page: Page) -> Iterator[Drop]:
    """Drop an end-of-article marker after the main block has begun, and all that follows.

    A marker above the article ("Tags" in a menu) is left alone: only once the densest
    block of prose has started does "About the author" or "Leave a reply" end it.

    >>> page = Page.of("Tags", "",
    ...     "The council voted on the budget on Tuesday night after a long and bitter debate.",
    ...     "About the author", "Jane Doe covers the city council for the paper.")
    >>> [d.line for d in article_end(page)]
    [3, 4]
    """
    block = main_block(page.lines)
    if block is None:
        return
    marker = next(
        (line for line in page.nonblank() if line.index > block[0] and page.is_phrase(line, "end_marker")),
        None,
    )
    if marker is None:
        return
    reason = f"after the end of the article ({marker.text!r})"
    yield from (Drop(line.index, reason) for line in page.nonblank() if line.index >= marker.index)
