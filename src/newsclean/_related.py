"""Turning the teaser lines the strippers handed over into related items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from newsclean._dates import find_age, find_date
from newsclean._lines import Line, Role
from newsclean._pipeline import Removed
from newsclean._text import is_prose, text_key, word_count
from newsclean.strippers.read_more import INLINE_TEASER

__all__ = ["Teaser", "related_items"]

_DECORATION = " •·*|►▶›»-–—"
MAX_SOURCE_WORDS = 4
MAX_META_WORDS = 6
MIN_SUMMARY_WORDS = 12


@dataclass(frozen=True, slots=True)
class Teaser:
    title: str
    source: str | None = None
    age: str | None = None
    published: dt.date | None = None
    summary: str | None = None
    url: str | None = None


def related_items(removed: Iterable[Removed], *, headline: str | None) -> list[Teaser]:
    """Teasers in page order, each title once, the article's own title left out."""
    items: list[Teaser] = []
    taken = {text_key(headline)} if headline else set()
    for group in _groups(removed):
        for item in _parse([text for text, _ in group], [url for _, url in group]):
            if text_key(item.title) not in taken:
                taken.add(text_key(item.title))
                items.append(item)
    return items


def _groups(removed: Iterable[Removed]) -> list[list[tuple[str, str | None]]]:
    """Runs of teaser lines, each line with the address it links to, if the input had links."""
    groups: list[list[tuple[str, str | None]]] = []
    for r in removed:
        if r.role is Role.TEASER_HEAD:
            inline = INLINE_TEASER.fullmatch(r.line.text)
            groups.append([(inline["title"], _url(r.line))] if inline else [])
        elif r.role is Role.TEASER:
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

    >>> items = _parse(["Drone story", "Drone story", "Russia Today", "time20 hours ago", "Next"])
    >>> [(t.title, t.source, t.age) for t in items]
    [('Drone story', 'Russia Today', '20 hours ago'), ('Next', None, None)]
    """
    items: list[Teaser] = []
    for k, raw in enumerate(texts):
        text = raw.strip(_DECORATION)
        current = items[-1] if items else None
        if not text or (current and _repeats(text, current)):
            continue
        if current is not None:
            updated = _detail(current, text)
            if updated is not None:
                items[-1] = updated
                continue
        if not is_prose(text, min_words=MIN_SUMMARY_WORDS):
            items.append(Teaser(title=text, url=urls[k] if urls else None))
    return items


def _repeats(text: str, item: Teaser) -> bool:
    key = text_key(text)
    return any(key == text_key(known) for known in (item.title, item.source) if known)


def _detail(item: Teaser, text: str) -> Teaser | None:
    """The item with ``text`` read as one of its details, or None if it is not one."""
    words = word_count(text)
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
