"""Navigation: site-wide links, and runs of short link-like lines such as menus."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsclean._dates import age_span
from newsclean._lines import Drop, Line, Page
from newsclean._text import ends_sentence, more_words_than
from newsclean.strippers.comments import BYLINE_REACH

__all__ = ["navigation"]

#: A menu is at least this many short lines in a row, with no blank line between them.
MIN_MENU_RUN = 6
MAX_MENU_WORDS = 4
#: How many non-blank lines under a related list's header its first title is looked for
#: (a "See all" link and a card's section label may come first).
TITLE_REACH = 3


def navigation(page: Page) -> Iterator[Drop]:
    """Drop navigation links, and runs of short lines packed together like a menu.

    >>> page = Page.of("Skip to content", "News", "Sport", "Business", "Culture", "Travel",
    ...                "Weather", "", "Home buyers face higher rates, the bank said.")
    >>> [d.line for d in navigation(page)]
    [0, 1, 2, 3, 4, 5, 6]
    """
    run: list[Line] = []
    for k, line in enumerate(page.lines):
        if _menu_like(line.text):
            run.append(line)
            continue
        yield from _menu(page, run, page.lines[k : k + 2 * TITLE_REACH + 1])
        run = []
        if line.text and page.is_phrase(line, "navigation"):
            yield Drop(line.index, "site navigation or footer link")
    yield from _menu(page, run, ())


def _menu_like(text: str) -> bool:
    return bool(text) and not more_words_than(text, MAX_MENU_WORDS) and not ends_sentence(text)


def _comments_head(page: Page, run: list[Line], after: Sequence[Line]) -> bool:
    """Whether the run is a comment section's head: its header and sort controls, with the
    first commenter's byline and age in or right after it ("4 Kommentare", "Neueste", …,
    "Klaus E.", "vor 3 Stunden"), which the comments stripper reads."""
    header = next((k for k, line in enumerate(run) if page.is_phrase(line, "comment_header")), None)
    # as far below as the comments stripper looks for its first byline
    below = [*run[header + 1 :], *after[:BYLINE_REACH]] if header is not None else []
    return any(age_span(line.text) is not None for line in below)


def _list_header(page: Page, run: list[Line], after: Sequence[Line]) -> int | None:
    """Where in the run a related list's header stands over the list's first title ("Share:",
    "Email", "Related Articles", "Aging pipes: how old is…"), if one does: the run's last
    line, or one over a card's section label ("More Stories From X", "Health", title). A
    "See all" link may come before the title too. The related-section stripper reads the
    header, with its teasers."""
    tail = run[-TITLE_REACH:]
    lines = [*tail, *(line for line in after if line.text)]
    for k, line in enumerate(tail):
        below = [other.text for other in lines[k + 1 : k + 1 + TITLE_REACH]]
        if page.is_phrase(line, "related_header") and any(
            more_words_than(text, MAX_MENU_WORDS) for text in below
        ):
            return len(run) - len(tail) + k
    return None


def _menu(page: Page, run: list[Line], after: Sequence[Line]) -> Iterator[Drop]:
    if len(run) >= MIN_MENU_RUN and not _comments_head(page, run, after):
        header = _list_header(page, run, after)
        menu = run[:header] if header is not None else run
        yield from (Drop(line.index, "menu: a run of short link-like lines") for line in menu)
    else:
        for line in run:
            if page.is_phrase(line, "navigation"):
                yield Drop(line.index, "site navigation or footer link")
