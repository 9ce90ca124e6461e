"""Navigation: site-wide links, and runs of short link-like lines such as menus."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Line, Page
from newsclean._text import ends_sentence, word_count

__all__ = ["navigation"]

#: A menu is at least this many short lines in a row, with no blank line between them.
MIN_MENU_RUN = 6
MAX_MENU_WORDS = 4


def navigation(page: Page) -> Iterator[Drop]:
    """Drop navigation links, and runs of short lines packed together like a menu.

    >>> page = Page.of("Skip to content", "News", "Sport", "Business", "Culture", "Travel",
    ...                "Weather", "", "Home buyers face higher rates, the bank said.")
    >>> [d.line for d in navigation(page)]
    [0, 1, 2, 3, 4, 5, 6]
    """
    run: list[Line] = []
    for line in page.lines:
        if _menu_like(line.text):
            run.append(line)
            continue
        yield from _menu(page, run)
        run = []
        if line.text and page.is_phrase(line, "navigation"):
            yield Drop(line.index, "site navigation or footer link")
    yield from _menu(page, run)


def _menu_like(text: str) -> bool:
    return bool(text) and word_count(text) <= MAX_MENU_WORDS and not ends_sentence(text)


def _menu(page: Page, run: list[Line]) -> Iterator[Drop]:
    if len(run) >= MIN_MENU_RUN:
        yield from (Drop(line.index, "menu: a run of short link-like lines") for line in run)
    else:
        for line in run:
            if page.is_phrase(line, "navigation"):
                yield Drop(line.index, "site navigation or footer link")
