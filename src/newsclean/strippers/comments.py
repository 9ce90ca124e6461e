"""Reader comments: the comment section under the article, handed to the splitter."""

from __future__ import annotations

from collections.abc import Generator, Iterator

import regex

from newsclean._dates import age_span
from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page, Role
from newsclean._text import more_words_than
from newsclean.strippers.article_end import ending_line

__all__ = ["comments"]

#: How many lines under a comments header the first commenter's byline is looked for.
BYLINE_REACH = 6
MAX_BYLINE_WORDS = 8
#: What ends a comment list: a prompt or the form to write one ("Leave a reply", "Name *"),
#: or the next section: related articles, a newsletter box, the footer, a cookie notice.
_PARTS = regex.compile(r"\s[·•|]\s")
_OTHER_SECTIONS = ("related_header", "newsletter", "footer", "cookie", "adjacent_post")
_FRAME = frozenset({"aside", "footer", "nav", "header"})
_SECTION_ENDS = ("comment_stub", "comment_form", *_OTHER_SECTIONS)


def comments(page: Page) -> Iterator[Drop]:
    """Drop a comment section: its header, its comments and their controls.

    The section opens at a comments header ("4 Comments", "Leserkommentare") that ends
    the article and that a comment follows, not a prompt or a form (a header over a prompt
    alone is a stub, see ``comment_stub``). It runs to a prompt or the form to write a
    comment ("Leave a reply", "Name *"), a related-articles header or the end of the page. Controls
    ("Reply", "Like") are boilerplate; the other lines go to the splitter as comments.
    In HTML, a header inside an element whose class or id says comment ends the section
    at a sidebar, footer or menu outside that element.

    >>> page = Page.of(
    ...     "The council voted on the budget on Tuesday night after a long and bitter debate.",
    ...     "2 Comments", "Jane Roe", "3 hours ago", "About time they agreed on something.",
    ...     "Reply", "Leave a reply", "Your email address will not be published.")
    >>> [(d.line, d.reason) for d in comments(page)]  # doctest: +NORMALIZE_WHITESPACE
    [(1, 'comments header'), (2, 'reader comment'), (3, 'reader comment'),
     (4, 'reader comment'), (5, 'comment control')]
    """
    lines = list(page.nonblank())
    opening = {
        line.index
        for i, line in enumerate(lines)
        if page.is_phrase(line, "comment_header") and _opens(page, line, lines[i + 1 : i + 1 + BYLINE_REACH])
    }
    # Most pages have no comments header: skip finding the article's block a second time.
    header = ending_line(page, lambda line: line.index in opening) if opening else None
    while header is not None:
        end = yield from _section(page, lines, header)
        if end is None:
            return
        # A count among the post's meta ("5 comments", "Like") that closed on the next section
        # with no comment under it: the comments come later under a header of their own.
        header = next((line for line in lines if line.index > end and line.index in opening), None)


def _section(page: Page, lines: list[Line], header: Line) -> Generator[Drop, None, int | None]:
    """Drop one comment section from its header on.

    Return the index of the line that ended it when it held at most one line (a count in the
    post's meta, not a section), so that the next header is tried; else None.
    """
    yield Drop(header.index, "comments header")
    comments = 0
    # In markup, a header in an element that says "comment" ends the section at the page's
    # sidebar or footer outside that element (a form's box may stand apart from the list's).
    boxed = _in_comment_box(header)
    started = False  # a rules or sort line may stand between the header and the comments
    for i, line in enumerate(lines):
        if line.index <= header.index:
            continue
        if boxed and _left_for_frame(header, line):
            return None
        if any(page.is_phrase(line, key) for key in _SECTION_ENDS):
            # "View all comments" over a commenter's byline is the list's control, not its end;
            # a related list's ages under its titles are no bylines.
            stub = page.is_phrase(line, "comment_stub")
            if started and not (stub and any(_byline(o.text) for o in lines[i + 1 : i + 1 + BYLINE_REACH])):
                return line.index if comments <= 1 else None
            if started:
                yield Drop(line.index, "comment control")
        elif page.is_phrase(line, "comment_control") or _controls(line.text) or _stubs(line.text):
            yield Drop(line.index, "comment control")
        elif not started and page.is_phrase(line, "comment_header"):
            yield Drop(line.index, "comment control")  # "Write a comment..." over the list
        else:
            started = True
            comments += 1
            yield Drop(line.index, "reader comment", Role.COMMENT)
    return None


def _in_comment_box(line: Line) -> bool:
    return line.block is not None and "comment" in line.block.hints


def _left_for_frame(header: Line, line: Line) -> bool:
    """Whether the line stands in the page's sidebar, footer or menu, out of the comments' box."""
    block = line.block
    if block is None or "comment" in block.hints or block.landmark not in _FRAME:
        return False
    return header.block is None or header.block.landmark != block.landmark


def _controls(text: str) -> bool:
    """A row of controls: every word a control, a count or a symbol ("Antworten 👍 14 Melden").

    >>> _controls("Antworten 👍 14 Melden"), _controls("Antworten kann ich nicht.")
    (True, False)
    """
    words = text.split()
    return len(words) > 1 and all(
        not any(ch.isalpha() for ch in word) or LEXICON.matches("comment_control", word) for word in words
    )


def _stubs(text: str, *, controls: bool = True) -> bool:
    """Prompts and counts run together on one line ("Join the conversation · View 12 comments"),
    with controls among them unless ``controls`` is False.

    >>> _stubs("Join the conversation on Facebook · View 12 comments"), _stubs("Great piece · thanks")
    (True, False)
    """
    parts = [part.strip() for part in _PARTS.split(text)]
    keys = ("comment_stub", "comment_control") if controls else ("comment_stub",)
    return len(parts) > 1 and all(any(LEXICON.matches(key, part) for key in keys) for part in parts)


def _opens(page: Page, line: Line, after: list[Line]) -> bool:
    """A comments header with a comment, not a prompt or nothing, under it.

    The comment may come below a line of rules or sorting ("Please read our guidelines"):
    then a commenter's byline with an age ("Heike M. vor 2 Stunden") shows it.
    """
    if not page.is_phrase(line, "comment_header") or any(
        page.is_phrase(line, key) for key in ("comment_stub", "comment_form")
    ):
        return False
    first = next((other for other in after if any(ch.isalnum() for ch in other.text)), None)
    if first is not None and _stubs(first.text, controls=False):
        return False
    if first is not None and not any(page.is_phrase(first, key) for key in _SECTION_ENDS):
        return True
    for other in after[1:]:
        if any(page.is_phrase(other, key) for key in _OTHER_SECTIONS):
            return False  # the prompt closed a section with no comments; a list follows
        if _byline(other.text):
            return True
    return False


def _byline(text: str) -> bool:
    return not more_words_than(text, MAX_BYLINE_WORDS) and age_span(text) is not None
