"""Inline "Read more" teasers: a label, and the title of another article after it."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page, Role
from newsclean._markup import HEADINGS
from newsclean._text import is_prose, word_count

__all__ = ["INLINE_TEASER", "inline_title", "read_more"]

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
        if inline_title(line) is not None:
            yield Drop(line.index, "inline teaser", Role.TEASER_HEAD)
        elif page.is_phrase(line, "read_more") and not _section_heading(page, line):
            yield Drop(line.index, "teaser label", Role.TEASER_HEAD)
            listing = page.is_phrase(line, "related_header")
            titles = _titles(lines[i + 1 :], listing=listing)
            yield from (Drop(t.index, "teaser title", Role.TEASER) for t in titles)


def _section_heading(page: Page, line: Line) -> bool:
    """A heading that heads a section of teasers ("Read Next" as an <h2>): the section's
    stripper takes it with all its teasers, not one."""
    heading = line.block is not None and line.block.tag in HEADINGS
    return heading and page.is_phrase(line, "related_header")


def inline_title(line: Line) -> str | None:
    """The title of the inline teaser the line is, or None if it is not one.

    The label and the title are either set apart by a colon or an arrow ("Read more: X"),
    or, in markup, by the link the title is ("À lire aussi <a>X</a>"), with no colon.

    >>> inline_title(Line(0, "Read more: Ferry fares rise"))
    'Ferry fares rise'
    >>> inline_title(Line(0, "Read more Ferry fares rise")) is None
    True
    """
    inline = INLINE_TEASER.fullmatch(line.text)
    if inline is not None:
        return inline["title"]
    links = line.block.links if line.block is not None else ()
    if not links or not line.text.endswith(links[-1].text):
        return None
    label, title = line.text.removesuffix(links[-1].text), links[-1].text
    if not label.strip() or not LEXICON.matches("read_more", label) or not _looks_like_title(title):
        return None
    return title


def _titles(after: list[Line], *, listing: bool = False) -> list[Line]:
    """The teaser titles under a label: one, or in markup a list of links ("À lire aussi").

    A label that also heads lists (``listing``: "Auch interessant") takes every title on
    the lines right under it, up to a blank line, in a text page too.
    """
    titles: list[Line] = []
    for line in after:
        if not _looks_like_title(line.text):
            break
        if titles and not (_is_link(titles[0]) and _is_link(line)):
            if not (listing and line.index == titles[-1].index + 1):
                break
        titles.append(line)
    return titles


def _is_link(line: Line) -> bool:
    """A line that opens with a link: a title, perhaps with its details after it."""
    block = line.block
    return block is not None and bool(block.links) and line.text.startswith(block.links[0].text)


def _looks_like_title(text: str) -> bool:
    return not is_prose(text, min_words=4) and 0 < word_count(text) <= MAX_TITLE_WORDS
