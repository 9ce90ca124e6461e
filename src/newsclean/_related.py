"""Turning the teaser lines the strippers handed over into related items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex

from newsclean._dates import find_age, find_date
from newsclean._lexicon import LEXICON
from newsclean._lines import Line, Role
from newsclean._pipeline import Removed
from newsclean._text import is_prose, text_key, word_count
from newsclean.strippers.read_more import INLINE_TEASER

__all__ = ["Teaser", "related_items"]

_DECORATION = " •·*|►▶›»-–—"
MAX_SOURCE_WORDS = 4
MAX_META_WORDS = 6
MIN_SUMMARY_WORDS = 12
# The parts are stripped after the split: a separator pattern opening with "\s*" would be
# tried from every space of a long run of them, at a cost quadratic in the run's length.
_META_SEPARATOR = regex.compile(r"[·•|]")
#: A rank number glued to a title, as a browser copies a numbered "Most read" list: "1Ferry fares".
_GLUED_RANK = regex.compile(r"^\d{1,2}(?=\p{Lu}[\p{Ll}\s])")


@dataclass(frozen=True, slots=True)
class Teaser:
    title: str
    source: str | None = None
    age: str | None = None
    published: dt.date | None = None
    summary: str | None = None
    url: str | None = None
    #: An advertisement dressed as a teaser ("Sponsored", "Anzeige"); left out of the Article.
    sponsored: bool = False


@dataclass(frozen=True, slots=True)
class _Meta:
    """What a card's meta line says: "Harbor Daily News · 5h", "SunPeak Solar · Sponsored"."""

    source: str | None
    age: str | None
    published: dt.date | None
    sponsored: bool


def related_items(removed: Iterable[Removed], *, headline: str | None) -> list[Teaser]:
    """Teasers in page order, each title once, the article's own title left out."""
    items: list[Teaser] = []
    taken = {text_key(headline)} if headline else set()
    for group in _groups(removed):
        for item in _parse([text for text, _ in group], [url for _, url in group]):
            if not item.sponsored and text_key(item.title) not in taken:
                taken.add(text_key(item.title))
                items.append(item)
    return items


def _groups(removed: Iterable[Removed]) -> list[list[tuple[str, str | None]]]:
    """Runs of teaser lines, each line with the address it links to, if the input had links."""
    groups: list[list[tuple[str, str | None]]] = []
    closed = False  # readers' comments came between: what follows is not that list's teasers
    for r in removed:
        if r.role is Role.TEASER_HEAD:
            inline = INLINE_TEASER.fullmatch(r.line.text)
            groups.append([(inline["title"], _url(r.line))] if inline else [])
            closed = False
        elif r.role is Role.COMMENT:
            closed = True
        elif r.role is Role.TEASER and not closed:
            if not groups:
                groups.append([])
            groups[-1].append((r.line.text, _url(r.line)))
    return groups


def _url(line: Line) -> str | None:
    """The address of the line's last link: an inline teaser's label comes before its title."""
    links = line.block.links if line.block is not None else ()
    return next((link.url for link in reversed(links) if link.url), None)


def _parse(texts: list[str], urls: list[str | None] | None = None) -> list[Teaser]:
    """Read title, source, age, date and summary off a run of teaser lines.

    ``urls`` are the addresses the lines link to, when the input had links.

    >>> items = _parse(["Drone story", "Drone story", "Russia Today", "time20 hours ago", "2Next one"])
    >>> [(t.title, t.source, t.age) for t in items]
    [('Drone story', 'Russia Today', '20 hours ago'), ('Next one', None, None)]
    """
    texts = [raw.strip(_DECORATION) for raw in texts]
    first = next((text for text in texts if text), "")
    if _meta(first) is not None:
        return _parse_cards(texts, urls)
    items: list[Teaser] = []
    for k, text in enumerate(texts):
        current = items[-1] if items else None
        if not text or (current and _repeats(text, current)):
            continue
        if current is not None:
            updated = _detail(current, text)
            if updated is not None:
                items[-1] = updated
                continue
        if not is_prose(text, min_words=MIN_SUMMARY_WORDS):
            items.append(_titled(text, urls[k] if urls else None))
    return items


def _titled(text: str, url: str | None) -> Teaser:
    """A teaser from its title line, which may carry its date and a label after the title.

    >>> t = _titled('Grafting workshop February 12, 2025 In "Orchard"', None)
    >>> t.title, t.published
    ('Grafting workshop', datetime.date(2025, 2, 12))
    """
    text = _GLUED_RANK.sub("", text)
    hit = find_date(text)
    if hit is not None and hit.start > 0 and word_count(text[hit.end :]) <= MAX_META_WORDS:
        title = text[: hit.start].strip(_DECORATION)
        if title:
            return Teaser(title=title, published=hit.value, url=url)
    return Teaser(title=text, url=url)


def _parse_cards(texts: list[str], urls: list[str | None] | None) -> list[Teaser]:
    """Teasers whose meta line comes above the title, as portals print cards.

    >>> items = _parse_cards(["Daily News · 5h", "Station upgrade", "Acme · Sponsored", "Solar deal"], None)
    >>> [(t.title, t.source, t.age, t.sponsored) for t in items]
    [('Station upgrade', 'Daily News', '5h', False), ('Solar deal', 'Acme', None, True)]
    """
    items: list[Teaser] = []
    meta: _Meta | None = None
    meta_url: str | None = None  # a card is one link: its address may sit on the meta line
    for k, text in enumerate(texts):
        if not text:
            continue
        above = _meta(text)
        if above is not None:
            meta, meta_url = above, urls[k] if urls else None
        elif meta is not None and not is_prose(text, min_words=MIN_SUMMARY_WORDS):
            url = (urls[k] if urls else None) or meta_url
            items.append(replace(_titled(text, url), source=meta.source, age=meta.age))
            if meta.published is not None:
                items[-1] = replace(items[-1], published=meta.published)
            items[-1] = replace(items[-1], sponsored=meta.sponsored)
            meta = None
        elif items and items[-1].summary is None and is_prose(text, min_words=MIN_SUMMARY_WORDS):
            items[-1] = replace(items[-1], summary=text)
    return items


def _meta(text: str) -> _Meta | None:
    """A card's meta line: a source with an age, a date or a sponsor label; None otherwise."""
    if not text or word_count(text) > MAX_META_WORDS:
        return None
    parts = [part for part in (p.strip() for p in _META_SEPARATOR.split(text)) if part]
    ages = [find_age(part) for part in parts]
    dates = [find_date(part) for part in parts]
    sponsored = [LEXICON.matches("sponsored", part) for part in parts]
    rest = [p for p, a, d, s in zip(parts, ages, dates, sponsored, strict=True) if not (a or d or s)]
    if len(rest) == len(parts) or len(rest) > 1 or (rest and word_count(rest[0]) > MAX_SOURCE_WORDS):
        return None
    hit = next((d for d in dates if d), None)
    return _Meta(
        source=rest[0] if rest else None,
        age=next((a for a in ages if a), None),
        published=hit.value if hit else None,
        sponsored=any(sponsored),
    )


def _repeats(text: str, item: Teaser) -> bool:
    key = text_key(text)
    return any(key == text_key(known) for known in (item.title, item.source) if known)


def _detail(item: Teaser, text: str) -> Teaser | None:
    """The item with ``text`` read as one of its details, or None if it is not one."""
    words = word_count(text)
    if words <= MAX_META_WORDS and LEXICON.matches("sponsored", _META_SEPARATOR.split(text)[-1].strip()):
        return replace(item, sponsored=True)
    age = find_age(text) if words <= MAX_META_WORDS else None
    if age:
        return replace(item, age=item.age or age)
    hit = find_date(text) if words <= MAX_META_WORDS else None
    if hit:
        return replace(item, published=item.published or hit.value)
    if is_prose(text, min_words=MIN_SUMMARY_WORDS):
        return replace(item, summary=item.summary or text)
    bare = item.source is None and item.age is None and item.summary is None
    if bare and words <= MAX_SOURCE_WORDS:
        return replace(item, source=text)
    return None
