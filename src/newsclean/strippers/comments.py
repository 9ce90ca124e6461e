"""Reader comments: the comment section under the article, handed to the splitter."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Line, Page, Role
from newsclean.strippers.article_end import ending_line

__all__ = ["comments"]

#: What ends a comment list: a prompt or the form to write one ("Leave a reply", "Name *"),
#: or the next section.
_SECTION_ENDS = ("comment_stub", "comment_form", "related_header")


def comments(page: Page) -> Iterator[Drop]:
    """Drop a comment section: its header, its comments and their controls.

    The section opens at a comments header ("4 Comments", "Leserkommentare") that ends
    the article and that a comment follows, not a prompt or a form (a header over a prompt
    alone is a stub, see ``comment_stub``). It runs to a prompt or the form to write a
    comment ("Leave a reply", "Name *"), a related-articles header or the end of the page. Controls
    ("Reply", "Like") are boilerplate; the other lines go to the splitter as comments.

    >>> page = Page.of(
    ...     "The council voted on the budget on Tuesday night after a long and bitter debate.",
    ...     "2 Comments", "Jane Roe", "3 hours ago", "About time they agreed on something.",
    ...     "Reply", "Leave a reply", "Your email address will not be published.")
    >>> [(d.line, d.reason) for d in comments(page)]  # doctest: +NORMALIZE_WHITESPACE
    [(1, 'comments header'), (2, 'reader comment'), (3, 'reader comment'),
     (4, 'reader comment'), (5, 'comment control')]
    """
    lines = list(page.nonblank())
    opening = {line.index for i, line in enumerate(lines) if _opens(page, line, lines[i + 1 : i + 2])}
    header = ending_line(page, lambda line: line.index in opening)
    if header is None:
        return
    yield Drop(header.index, "comments header")
    for line in lines:
        if line.index <= header.index:
            continue
        if any(page.is_phrase(line, key) for key in _SECTION_ENDS):
            return
        if page.is_phrase(line, "comment_control"):
            yield Drop(line.index, "comment control")
        else:
            yield Drop(line.index, "reader comment", Role.COMMENT)


def _opens(page: Page, line: Line, next_line: list[Line]) -> bool:
    """A comments header with a comment, not a prompt or nothing, under it."""
    after = next_line[0] if next_line else None
    return (
        after is not None
        and page.is_phrase(line, "comment_header")
        and not page.is_phrase(line, "comment_stub")
        and not page.is_phrase(line, "comment_form")
        and not any(page.is_phrase(after, key) for key in _SECTION_ENDS)
    )
