"""Comment stubs: a comments header with no comments under it, and the prompts around it."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page

__all__ = ["comment_stub"]


def comment_stub(page: Page) -> Iterator[Drop]:
    """Drop comment prompts, and a comments header that only a prompt or nothing follows.

    A header followed by real comments is left for a comments stripper to judge.

    >>> page = Page.of("Comments", "", "No comments yet...", "Comments from readers poured in.")
    >>> [(d.line, d.reason) for d in comment_stub(page)]
    [(0, 'comments header'), (2, 'comment stub')]
    """
    lines = list(page.nonblank())
    for i, line in enumerate(lines):
        if page.is_phrase(line, "comment_stub"):
            yield Drop(line.index, "comment stub")
        elif page.is_phrase(line, "comment_header"):
            after = lines[i + 1] if i + 1 < len(lines) else None
            if after is None or page.is_phrase(after, "comment_stub"):
                yield Drop(line.index, "comments header")
