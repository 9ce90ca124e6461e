"""Lists of linked titles outside the article that no related header announces."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._blocks import main_block
from newsclean._lines import Drop, Line, Page, Role
from newsclean._text import ends_sentence, word_count

__all__ = ["teaser_links"]

#: A list is at least this many linked titles in a row.
MIN_TITLES = 3
#: A card's title has this many words at least: a menu's items have fewer.
MIN_TITLE_WORDS = 4
#: The links cover this share of a title line's letters.
MIN_LINK_DENSITY = 0.9
#: A heading over the list ("HEALTHY EATING") has at most this many words.
MAX_HEADING_WORDS = 4
_FRAME = frozenset({"nav", "footer", "header"})


def teaser_links(page: Page) -> Iterator[Drop]:
    """Drop runs of linked titles, each to its own address, before or after the article,
    with the short heading over them: a portal's cards under a section's name.

    Inside the article's run of prose or the element that holds it, a list of links is
    the article's (sources, further reading); a menu's items are shorter than titles;
    links in the page's frame are left to the navigation stripper.
    """
    if sum(1 for line in page.nonblank() if _linked_title(line, [])) < MIN_TITLES:
        return  # most pages: no need to find the article's run of prose
    block = main_block(page.lines)
    if block is None:
        return
    run: list[Line] = []
    above: Line | None = None
    for line in page.nonblank():
        outside = not block[0] <= line.index <= block[1]
        if outside and _linked_title(line, run):
            run.append(line)
            continue
        yield from _list(run, above)
        run, above = [], line if outside else None
    yield from _list(run, above)


def _linked_title(line: Line, run: list[Line]) -> bool:
    block = line.block
    if block is None or not block.links or block.main or block.landmark in _FRAME:
        return False
    if block.link_density < MIN_LINK_DENSITY or word_count(line.text) < MIN_TITLE_WORDS:
        return False
    url = block.links[-1].url
    taken = {r.block.links[-1].url for r in run if r.block is not None}
    return url is not None and url not in taken and not ends_sentence(line.text.rstrip("?!"))


def _list(run: list[Line], above: Line | None) -> Iterator[Drop]:
    if len(run) < MIN_TITLES:
        return
    if above is not None and word_count(above.text) <= MAX_HEADING_WORDS and not ends_sentence(above.text):
        yield Drop(above.index, "heading of a list of linked titles", Role.TEASER_HEAD)
    yield from (Drop(line.index, "linked title in a list outside the article", Role.TEASER) for line in run)
