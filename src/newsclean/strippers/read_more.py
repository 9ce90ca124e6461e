"""Inline "Read more" teasers: a label, and the title of another article after it."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page, Role
from newsclean._text import is_prose, word_count

__all__ = ["INLINE_TEASER", "read_more"]

#: "Read more: Title" on one line; the title is group ``title``.
INLINE_TEASER = regex.compile(
    rf"(?:{LEXICON.phrases['read_more'].pattern})\s*[:|»›>–—-]+\s*(?P<title>\S.{{2,300}})",
    regex.IGNORECASE,
)
MAX_TITLE_WORDS = 30


def read_more(page: Page) -> Iterator[Drop]:
    """Drop a "Read more" label with the teaser title after it, or both on one line.

    >>> page = Page.of("Read more", "Moscow invites Musk to collaborate", "Musk has plans.")
    >>> [(d.line, d.role.value) for d in read_more(page)]
    [(0, 'teaser-head'), (1, 'teaser')]
    >>> [d.line for d in read_more(Page.of("READ MORE: Moscow invites Musk", "Read more about it."))]
    [0]
    """
    lines = list(page.nonblank())
    for i, line in enumerate(lines):
        if INLINE_TEASER.fullmatch(line.text):
            yield Drop(line.index, "inline teaser", Role.TEASER_HEAD)
        elif page.is_phrase(line, "read_more"):
            yield Drop(line.index, "teaser label", Role.TEASER_HEAD)
            yield from (Drop(t.index, "teaser title", Role.TEASER) for t in _titles(lines[i + 1 :]))


def _titles(after: list[Line]) -> list[Line]:
    """The teaser titles under a label: one, or in markup a list of links ("À lire aussi")."""
    titles: list[Line] = []
    for line in after:
        if not _looks_like_title(line.text) or (titles and not (_is_link(titles[0]) and _is_link(line))):
            break
        titles.append(line)
    return titles


def _is_link(line: Line) -> bool:
    """A line that opens with a link: a title, perhaps with its details after it."""
    block = line.block
    return block is not None and bool(block.links) and line.text.startswith(block.links[0].text)


def _looks_like_title(text: str) -> bool:
    return not is_prose(text, min_words=4) and 0 < word_count(text) <= MAX_TITLE_WORDS
