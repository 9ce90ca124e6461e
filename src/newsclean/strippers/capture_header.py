"""The header a web-to-markdown tool writes above the page, and markdown's rules and fences.

``Title:``, ``URL Source:``, ``Published Time:`` and ``Markdown Content:`` carry metadata,
which the markdown reader has already read; a ``---`` rule or a table's separator row
carries nothing. Only lines the markdown reader tagged so are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page

__all__ = ["capture_header"]

_REASONS = {"meta": "capture header or link definition, read as metadata", "hr": "rule or fence"}


def capture_header(page: Page) -> Iterator[Drop]:
    """Drop the lines the markdown reader tagged as metadata or as a rule.

    >>> from newsclean._lines import Line
    >>> from newsclean._markup import Block
    >>> page = Page((Line(0, "Title: Budget passes", Block("meta")), Line(1, "---", Block("hr")),
    ...              Line(2, "Title: a line of text")))
    >>> [(d.line, d.reason) for d in capture_header(page)]
    [(0, 'capture header or link definition, read as metadata'), (1, 'rule or fence')]
    """
    for line in page.lines:
        reason = _REASONS.get(line.block.tag) if line.block is not None else None
        if reason is not None:
            yield Drop(line.index, reason)
