"""The headline of a page that has markup: what the metadata says, checked against the page.

A page can name its headline four ways: the JSON-LD or OpenGraph headline, the ``<title>``
element, an ``<h1>``, and the line the text ranker picks. They disagree often (a shorter
SEO title, a section label in the ``<h1>``). Each distinct text is a candidate; a linear
ranker trained by ``bench/train_title.py --kind html`` weighs where it comes from, how
many sources agree on it and whether the page shows it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex

from newsclean._lines import Line
from newsclean._markup import Metadata
from newsclean._metadata import names_site
from newsclean._ranker import Ranker
from newsclean._text import text_key
from newsclean._title import SEGMENT

__all__ = ["MARKUP_TITLE_FEATURES", "MarkupTitle", "best_markup_title", "markup_titles"]

MARKUP_TITLE_FEATURES = (
    "bias",
    "from_headline",
    "from_title",
    "from_h1",
    "from_text",
    "sources",
    "first_h1",
    "only_h1",
    "shown",
    "in_main",
    "log_words",
    "separator",
    "part_of_title",
    "holds_title",
    "all_caps",
    "site_name",
    "label",
)
# "Blog: …", "Review: …": a one-word section label glued before the headline.
_LABEL = regex.compile(r"\w+:\s")
#: How many ``<h1>`` lines are candidates; pages that style every teaser as one have many.
MAX_H1 = 5


@dataclass(frozen=True, slots=True)
class MarkupTitle:
    text: str
    #: The visible line that prints it, if one does.
    line: Line | None
    values: tuple[float, ...]


@dataclass(slots=True)
class _Draft:
    text: str
    line: Line | None = None
    sources: set[str] = field(default_factory=set)
    first_h1: bool = False


def markup_titles(lines: Sequence[Line], meta: Metadata, text_pick: Line | None) -> list[MarkupTitle]:
    """Every distinct headline the page offers, with its features."""
    h1 = [line for line in lines if line.block is not None and line.block.tag == "h1"][:MAX_H1]
    drafts: dict[str, _Draft] = {}
    offers: list[tuple[str | None, str, Line | None]] = [
        (meta.headline, "headline", None),
        (meta.title, "title", None),
    ]
    offers += [(line.text, "h1", line) for line in h1]
    if text_pick is not None:
        offers.append((text_pick.text, "text", text_pick))
    for text, source, at in offers:
        if not text:
            continue
        key = text_key(text)
        if key not in drafts:  # the first offer's line; else the first line printing it
            drafts[key] = _Draft(text, at)
        draft = drafts[key]
        draft.sources.add(source)
        draft.first_h1 = draft.first_h1 or (bool(h1) and at is h1[0])
    _find_shown(lines, drafts)
    title = text_key(meta.title or "")
    return [_labelled(_candidate(d, title, len(h1), meta), h1) for d in drafts.values()]


def _find_shown(lines: Sequence[Line], drafts: dict[str, _Draft]) -> None:
    """Give each headline whose first offer had no line the first line that prints it."""
    wanted = {key for key, draft in drafts.items() if draft.line is None}
    for line in lines:
        if not wanted:
            return
        key = text_key(line.text) if line.text else ""
        if key in wanted:
            drafts[key].line = line
            wanted.discard(key)


def _labelled(found: MarkupTitle, h1: Sequence[Line]) -> MarkupTitle:
    """A headline no line prints whole, with the ``<h1>`` that prints it after a label
    ("Blog: Headline"): the line the header's other fields are read around."""
    if found.line is not None:
        return found
    key = text_key(found.text)
    line = next((line for line in h1 if text_key(line.text).endswith(key)), None)
    return replace(found, line=line) if line is not None else found


def _candidate(draft: _Draft, title: str, h1_count: int, meta: Metadata) -> MarkupTitle:
    sources = draft.sources
    key = text_key(draft.text)
    words = len(draft.text.split())
    values = (
        1.0,
        float("headline" in sources),
        float("title" in sources),
        float("h1" in sources),
        float("text" in sources),
        float(len(sources)),
        float(draft.first_h1),
        float("h1" in sources and h1_count == 1),
        float(draft.line is not None),
        float(draft.line is not None and draft.line.block is not None and draft.line.block.main),
        math.log1p(words),
        float(SEGMENT.search(draft.text) is not None),
        float(bool(title) and key != title and key in title),
        float(bool(title) and key != title and title in key),
        float(draft.text.isupper()),
        float(names_site(draft.text, meta)),
        float(_LABEL.match(draft.text) is not None),
    )
    return MarkupTitle(draft.text, draft.line, values)


_RANKER = Ranker.load("markup_title_scorer", MARKUP_TITLE_FEATURES)


def best_markup_title(found: Sequence[MarkupTitle]) -> MarkupTitle | None:
    """The likeliest headline; before the ranker is trained, the first the markup offers."""
    if _RANKER is None:
        return found[0] if found else None
    return _RANKER.best(found)
