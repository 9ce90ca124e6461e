"""Lists of teasers outside the article that no related header announces: runs of linked
titles, and grids of cards that each print a title and a summary under a label or over a
date."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from newsclean._blocks import main_block
from newsclean._dates import age_span, find_date, is_date_alone
from newsclean._lines import Drop, Line, Page, Role
from newsclean._markup import HEADINGS, in_page
from newsclean._text import ends_sentence, is_prose, more_words_than, word_count
from newsclean.strippers.read_more import CARD_BYLINE, LINKED

__all__ = ["MIN_LINK_DENSITY", "MIN_TITLE_WORDS", "teaser_links"]

#: A list is at least this many linked titles in a row.
MIN_TITLES = 3
#: A card's title has this many words at least: a menu's items have fewer.
MIN_TITLE_WORDS = 4
#: The links cover this share of a title line's letters.
MIN_LINK_DENSITY = 0.9
#: A paragraph of the article has this many words at least.
PROSE_WORDS = 12
#: A card's section label ("Nachhaltigkeit", "Local news") has at most this many words.
MAX_LABEL_WORDS = 3
MAX_CARD_TITLE_WORDS = 20
#: A card's summary is a sentence of this many words at least, or of this many under a
#: linked title: "From spin-class meet-cutes to climbing-wall first dates."
MIN_SUMMARY_WORDS = 8
MIN_LINKED_SUMMARY_WORDS = 5
#: Under a card's summary, this many lines at most of its date, age or byline.
MAX_CARD_META_LINES = 2
#: A card's date line has this many words at most: "Published on Aug 12, 2025 04:30 PM IST".
MAX_CARD_META_WORDS = 8
#: Between two linked titles, at most this many lines of the first card's date and tags.
MAX_CARD_PARTS = 3
#: A heading over the list ("HEALTHY EATING") has at most this many words.
MAX_HEADING_WORDS = 4
_FRAME = frozenset({"nav", "footer", "header"})


def teaser_links(page: Page) -> Iterator[Drop]:
    """Drop runs of linked titles, each to its own address, before or after the article,
    with the short heading over them: a portal's cards under a section's name.

    Inside the article's run of prose or the element that holds it, a list of links is
    the article's (sources, further reading), unless an ``<aside>`` sets it apart or no
    paragraph of the article comes after it (the element may hold the cards too); a
    menu's items are shorter than titles; links in the page's frame are left to the
    navigation stripper. Cards with no links, each a title and a summary under a label or
    over a date, are taken in runs of three or more (see ``_card_grids``).
    """
    yield from _card_grids(page)
    # Each line's address if it reads as a linked title, looked at once per line.
    titles = {line.index: url for line in page.nonblank() if (url := _title_url(line)) is not None}
    if len(titles) < MIN_TITLES:
        return  # most pages: no need to find the article's run of prose
    block = main_block(page.lines)
    if block is None:
        return
    run: list[Line] = []
    # A card's date or tags since the last title, each with whether it is a date: the run's
    # if another title follows.
    parts: list[tuple[Line, bool]] = []
    taken: set[str] = set()  # the run's addresses
    above: Line | None = None
    # Below the article's last paragraph nothing of the article is left to link from.
    last_prose = max((line.index for line in page.nonblank() if _unlinked_prose(line)), default=-1)
    for line in page.nonblank():
        outside = not block[0] <= line.index <= block[1] or line.index > last_prose
        url = titles.get(line.index)
        # Inside the article, a list item's link is the article's own, unless the list
        # stands right under a heading of its own ("MORE DATA DIGS") or in an <aside>.
        headed = above is not None and _heading(above) and _list_item(line)
        if url is not None and url not in taken and (outside or headed or _aside(line)):
            if parts and not any(date for _, date in parts):
                # short lines with no card's date between two links: a menu's, not a card's
                yield from _list(run, above)
                run, taken, above = [], set(), parts[-1][0]
            run += [part for part, date in parts if run or date]
            run.append(line)
            parts = []
            taken.add(url)
            continue
        date = outside and len(parts) < MAX_CARD_PARTS and is_date_alone(line.text)
        if date or (outside and len(parts) < MAX_CARD_PARTS and _card_label(line)):
            parts.append((line, date))  # a card's date above or below its title, its tags
            continue
        if run and run[-1].index in titles and is_date_alone(line.text):
            run.append(line)  # the card's date under its title, inside the article's element
            continue
        yield from _list(_with_last_date(run, parts), above)
        above = line if outside or _heading(line) else None
        run, parts, taken = [], [], set()
    yield from _list(_with_last_date(run, parts), above)


def _with_last_date(run: list[Line], parts: list[tuple[Line, bool]]) -> list[Line]:
    """The run with the last card's date: the line under its title, if it is a date."""
    return [*run, parts[0][0]] if run and parts and parts[0][1] else run


def _card_grids(page: Page) -> Iterator[Drop]:
    """Drop a run of cards, each a title and a summary, as a page's text prints a grid of
    teasers with no heading over it: "Nachhaltigkeit", "Was bedeutet eigentlich
    Schwammstadt?", "Regenwasser …". A card may print its title twice (the image's link,
    then the heading) and its date and byline under the summary. Each card of the run
    prints a section's label over its title, or a date or byline under its summary: an
    article's subheadings print neither. The run is taken when it stands after the article,
    when a label comes back (an article's subheadings do not repeat) or when every card
    prints its date (no article dates its sections).
    """
    lines = list(page.nonblank())
    article = functools.cache(lambda: main_block(page.lines))  # found once, if a run needs it
    # A card's summary ends a sentence one to three lines under the card's first line: the
    # other lines start no card, and most pages have few such places.
    ends = [ends_sentence(line.text) for line in lines]
    heads = {k for k in range(len(lines)) if any(ends[k + 1 : k + 4])}
    k = 0
    while k < len(lines):
        if k not in heads:
            k += 1
            continue
        cards: list[_Card] = []
        at = k
        while at in heads and (card := _card_at(page, lines, at)) is not None and (card.label or card.meta):
            cards.append(card)
            at = card.end
        labels = [lines[card.start].text for card in cards if card.label]
        repeated = len(set(labels)) < len(labels)
        dated = all(card.meta for card in cards)
        if len(cards) >= MIN_TITLES and (repeated or dated or _after_article(article(), lines[k])):
            yield from (
                Drop(line.index, "card in a list with no heading", Role.TEASER) for line in lines[k:at]
            )
        k = max(at, k + 1)


@dataclass(frozen=True, slots=True)
class _Card:
    """Where a card starts and ends among the page's lines, and what it printed."""

    start: int
    end: int
    label: bool
    meta: bool


def _after_article(block: tuple[int, int] | None, line: Line) -> bool:
    return block is not None and line.index > block[1]


def _card_at(page: Page, lines: Sequence[Line], k: int) -> _Card | None:
    """The card that starts at line ``k``: a short label perhaps, a title, perhaps the same
    title again, a summary, and up to two lines of its meta (date, byline)."""
    labelled = k + 1 < len(lines) and _label(page, lines[k]) and _title(lines[k + 1].text)
    at = k + labelled
    if at >= len(lines) or not _title(lines[at].text):
        return None
    # a linked title's summary may be shorter: the link says it is a card
    words = MIN_LINKED_SUMMARY_WORDS if _linked(lines[at]) else MIN_SUMMARY_WORDS
    at += 1 + (at + 1 < len(lines) and lines[at + 1].text == lines[at].text)
    if at >= len(lines) or not is_prose(lines[at].text, min_words=words):
        return None
    end = at + 1
    while end < len(lines) and end - at <= MAX_CARD_META_LINES and _card_meta(page, lines[end]):
        end += 1
    return _Card(k, end, labelled, end > at + 1)


def _linked(line: Line) -> bool:
    return line.block is not None and line.block.link_density >= MIN_LINK_DENSITY


def _label(page: Page, line: Line) -> bool:
    """A section's short name ("Nachhaltigkeit") or a sponsor's ("Sponsored by Acme");
    "SETUP STEP #5" is the article's own step."""
    text = line.text
    if page.is_phrase(line, "sponsored"):
        return True
    if more_words_than(text, MAX_LABEL_WORDS) or ends_sentence(text) or not text[:1].isupper():
        return False
    return not any(ch.isdigit() for ch in text)


def _title(text: str) -> bool:
    if word_count(text) < MIN_TITLE_WORDS or more_words_than(text, MAX_CARD_TITLE_WORDS):
        return False
    return not ends_sentence(text.rstrip("?!"))


def _card_meta(page: Page, line: Line) -> bool:
    """A card's date, age or byline: "Published on Aug 12, 2025 04:30 PM IST", "ByJo Roe"."""
    text = line.text
    if more_words_than(text, MAX_CARD_META_WORDS):
        return False
    if CARD_BYLINE.fullmatch(text) is not None or page.is_phrase(line, "reading_time"):
        return True
    return find_date(text) is not None or age_span(text) is not None


def _unlinked_prose(line: Line) -> bool:
    return is_prose(line.text, min_words=PROSE_WORDS) and (
        line.block is None or line.block.link_density < LINKED
    )


def _heading(line: Line) -> bool:
    """A short heading of the markup's: a list's name, not a sentence."""
    heading = line.block is not None and line.block.tag in HEADINGS
    return heading and not more_words_than(line.text, MAX_HEADING_WORDS) and not ends_sentence(line.text)


def _aside(line: Line) -> bool:
    return line.block is not None and line.block.landmark == "aside"


def _list_item(line: Line) -> bool:
    return line.block is not None and line.block.tag == "li"


def _title_url(line: Line) -> str | None:
    """The address the line links to, if it reads as a card's linked title."""
    block = line.block
    if block is None or not block.links or block.main or block.landmark in _FRAME:
        return None
    if block.link_density < MIN_LINK_DENSITY and not _dated_title(line.text, block.links[0].text):
        return None
    if word_count(line.text) < MIN_TITLE_WORDS:
        return None
    if ends_sentence(line.text.rstrip("?!")):
        return None
    url = block.links[-1].url
    # A link within the page is a table of contents' entry, not another article.
    return None if url is None or in_page(url) else url


def _card_label(line: Line) -> bool:
    """Whether the line is a card's section name or tags, linked or not: "Energía, Medio
    ambiente". A heading is the next list's name."""
    if line.block is not None and line.block.tag in HEADINGS:
        return False
    return not more_words_than(line.text, MAX_LABEL_WORDS) and not ends_sentence(line.text)


def _dated_title(text: str, link: str) -> bool:
    """A linked title with the card's date after it: "Title February 10, 2025"."""
    return text.startswith(link) and is_date_alone(text[len(link) :])


def _list(run: list[Line], above: Line | None) -> Iterator[Drop]:
    if sum(not is_date_alone(line.text) for line in run) < MIN_TITLES:
        return
    if above is not None and not more_words_than(above.text, MAX_HEADING_WORDS):
        if not ends_sentence(above.text):
            yield Drop(above.index, "heading of a list of linked titles", Role.TEASER_HEAD)
    yield from (Drop(line.index, "linked title in a list outside the article", Role.TEASER) for line in run)
