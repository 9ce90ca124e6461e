"""What the line scorer looks at: numbers about each line and its neighbourhood.

The same code computes features for training (scripts/train_scorer.py) and at run time,
so the two cannot disagree.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean._blocks import main_block
from newsclean._dates import find_date
from newsclean._language import STOPWORDS
from newsclean._lines import Line
from newsclean._reflow import join, paragraphs
from newsclean._text import ELLIPSES, ends_sentence, text_key, word_count

__all__ = ["FEATURES", "MARKUP_FEATURES", "UnitFeatures", "unit_features"]

#: What the unit's own text says.
OWN = (
    "bias",
    "log_words",
    "ends_sentence",
    "stopwords",
    "capitalised",
    "digits",
    "separators",
    "starts_lower",
    "all_caps",
    "ends_colon",
    "strong_prose",
    "ellipsis",
    "has_date",
)
#: Where the unit stands.
AROUND = (
    "context_words",
    "in_densest_run",
    "log_distance",
    "repeated",
    "position",
    "blank_around",
    "prose_neighbours",
    "before_block",
    "after_block",
    "packed",
    "attached",
)
FEATURES = OWN + AROUND
#: What the markup said, for lines read from HTML or markdown (see :class:`Block`).
MARKUP = (
    "in_main",
    "link_density",
    "tag_p",
    "tag_li",
    "tag_heading",
    "tag_cell",
    "tag_div",
    "tag_quote",
    "tag_pre",
    "in_nav",
    "in_header",
    "in_footer",
    "in_aside",
    "in_form",
    "in_figure",
    "hint_related",
    "hint_comment",
    "hint_share",
    "hint_signup",
    "hint_ad",
    "hint_nav",
    "hint_aside",
    "hint_chrome",
    "hint_byline",
    "hint_tags",
    "hint_content",
    "in_article",
)
MARKUP_FEATURES = FEATURES + MARKUP
_TAG_GROUPS = {
    "p": "tag_p",
    "li": "tag_li",
    "dt": "tag_li",
    "dd": "tag_li",
    "td": "tag_cell",
    "th": "tag_cell",
    "div": "tag_div",
    "blockquote": "tag_quote",
    "pre": "tag_pre",
    **{f"h{n}": "tag_heading" for n in range(1, 7)},
}
_LANDMARK_FEATURES = {
    "nav": "in_nav",
    "header": "in_header",
    "footer": "in_footer",
    "aside": "in_aside",
    "form": "in_form",
    "figure": "in_figure",
    "figcaption": "in_figure",
}
_HINT_FEATURES = {
    "related": "hint_related",
    "comment": "hint_comment",
    "share": "hint_share",
    "newsletter": "hint_signup",
    "subscribe": "hint_signup",
    "ad": "hint_ad",
    "promo": "hint_ad",
    "cookie": "hint_signup",
    "nav": "hint_nav",
    "aside": "hint_aside",
    "header": "hint_chrome",
    "footer": "hint_chrome",
    "byline": "hint_byline",
    "caption": "hint_byline",
    "tags": "hint_tags",
    "content": "hint_content",
    "article": "in_article",
    "main": "in_article",
}
_MARKUP_AT = {name: i for i, name in enumerate(MARKUP)}

_CAPITALISED = regex.compile(r"\b\p{Lu}")
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")
_DIGIT = regex.compile(r"\d")
#: Marks that set fields apart on a line ("Home › News", "Jane Doe | May 6"): substring
#: searches, which run several times faster than one pattern over every unit.
_SEPARATORS = ("|", "•", "·", "»", "›", " - ")
PROSE_WORDS = 8


@dataclass(frozen=True, slots=True)
class UnitFeatures:
    """A unit is a paragraph as the reflow sees it: lines that make one sentence run."""

    lines: tuple[Line, ...]
    text: str
    values: tuple[float, ...]
    #: Runs on from the end of the article's block without a break: body, whatever the score.
    attached: bool = False


def _is_prose(text: str, words: int) -> bool:
    return (words >= PROSE_WORDS and ends_sentence(text)) or words >= 2 * PROSE_WORDS


@dataclass(frozen=True, slots=True)
class _Context:
    """What the features of one unit need to know about the rest of the page."""

    groups: list[list[Line]]
    units: list[Line]
    words: list[int]
    keys: list[str]
    counts: Counter[str]
    block: tuple[int, int]  # first and last line index of the densest block, or (-1, -1)
    span: tuple[int, int]  # first and last unit of that block
    blank_before: dict[int, bool]
    packed: list[float]
    attached: set[int]


def _context(lines: Sequence[Line]) -> _Context:
    groups = paragraphs(lines)
    units = [Line(group[0].index, join(line.text for line in group)) for group in groups]
    block = main_block(lines)  # on the lines, which still know where the blank lines are
    first, last = block if block else (-1, -1)
    n = len(groups)
    span = (
        next((i for i, g in enumerate(groups) if g[-1].index >= first), 0),
        next((i for i in range(n - 1, -1, -1) if groups[i][0].index <= last), max(0, n - 1)),
    )
    blanks = [line.index for line in lines if not line.text]
    keys = [text_key(unit.text) for unit in units]
    return _Context(
        groups=groups,
        units=units,
        words=[word_count(unit.text) for unit in units],
        keys=keys,
        counts=Counter(keys),
        block=(first, last),
        span=span,
        blank_before=_blank_flags(lines),
        packed=_packed(groups),
        attached=_attached(groups, units, blanks, span) if block else set(),
    )


def unit_features(lines: Sequence[Line], language: str | None) -> list[UnitFeatures]:
    """Features of every unit (reflowed paragraph), in order. ``lines`` includes blank ones."""
    page = _context(lines)
    stop = STOPWORDS.get(language or "", frozenset())
    prose = [_is_prose(unit.text, words) for unit, words in zip(page.units, page.words, strict=True)]
    # Markup features only where the HTML reader found the article's element: without it
    # (markdown, or a page of fragments) the text features alone serve.
    markup = any(line.block is not None and line.block.main for line in lines)
    out = []
    for i, unit in enumerate(page.units):
        values = (*_own(unit.text, page.words[i], stop), *_around(page, prose, i))
        if markup:
            values += _markup(page.groups[i])
        out.append(UnitFeatures(tuple(page.groups[i]), unit.text, values, i in page.attached))
    return out


def _markup(group: Sequence[Line]) -> tuple[float, ...]:
    """What the markup said of the unit's first line, in the order of ``MARKUP``.

    Link density is the unit's, weighted by the length of each line.
    """
    values = [0.0] * len(MARKUP)
    block = group[0].block
    if block is None:
        return tuple(values)
    values[0] = float(block.main)
    chars = sum(len(line.text) for line in group)
    linked = sum(line.block.link_density * len(line.text) for line in group if line.block is not None)
    values[1] = linked / max(1, chars)
    names = [_TAG_GROUPS.get(block.tag), _LANDMARK_FEATURES.get(block.landmark or "")]
    names += [_HINT_FEATURES.get(hint) for hint in block.hints]
    for name in names:
        if name is not None:
            values[_MARKUP_AT[name]] = 1.0
    return tuple(values)


def _own(text: str, words: int, stop: frozenset[str]) -> tuple[float, ...]:
    """What the unit's own text says, in the order of ``OWN``.

    Each count is one pass in C (a pattern or a set lookup); this runs for every unit.
    """
    tokens = _TOKEN.findall(text.casefold())  # one fold of the text, not one per token
    sentence = ends_sentence(text)
    digits = len(_DIGIT.findall(text))
    return (
        1.0,
        math.log1p(words),
        float(sentence),
        sum(map(stop.__contains__, tokens)) / len(tokens) if tokens else 0.0,
        len(_CAPITALISED.findall(text)) / max(1, len(tokens)),
        digits / max(1, len(text)),
        float(any(mark in text for mark in _SEPARATORS)),
        float(text[0].islower() or text[0] in "•-–*"),
        float(text.isupper()),
        float(text.endswith(":")),
        float(words >= 12 and sentence),
        float(text.endswith(ELLIPSES)),
        float(digits >= 4 and find_date(text) is not None),
    )


def _around(page: _Context, prose: Sequence[bool], i: int) -> tuple[float, ...]:
    """Where the unit stands, in the order of ``AROUND``: neighbours, page, densest block."""
    n = len(page.units)
    at, (first, last) = page.units[i].index, page.span
    distance = 0 if first <= i <= last else min(abs(i - first), abs(i - last))
    near = page.words[max(0, i - 2) : i] + page.words[i + 1 : i + 3]
    prose_near = (i > 0 and prose[i - 1]) + (i + 1 < n and prose[i + 1])
    return (
        math.log1p(sum(near) / max(1, len(near))),
        float(distance == 0),
        math.log1p(distance),
        float(page.counts[page.keys[i]] > 1),
        i / max(1, n),
        float(page.blank_before[at]),
        prose_near / 2,
        float(at < page.block[0]),
        float(at > page.block[1]),
        page.packed[i],
        float(i in page.attached),
    )


def _packed(groups: Sequence[Sequence[Line]]) -> list[float]:
    """For each unit: whether it stands in a run of one-line units with no blank between."""
    flags = []
    for i, group in enumerate(groups):
        before = i > 0 and groups[i - 1][-1].index == group[0].index - 1
        after = i + 1 < len(groups) and groups[i + 1][0].index == group[-1].index + 1
        flags.append(float(before and after))
    return flags


def _attached(
    groups: Sequence[Sequence[Line]],
    units: Sequence[Line],
    blanks: Sequence[int],
    block: tuple[int, int],
) -> set[int]:
    """Units that run on from either edge of the block with no blank line, each a sentence.

    Pages that print paragraphs on consecutive lines begin and end the article with short
    paragraphs ("'No one will be left behind,' she said.") that a density block leaves out.
    Lines a stripper took out between them (an inline teaser) do not break the run.
    """
    attached: set[int] = set()
    for step, edge in ((1, block[1]), (-1, block[0])):
        i = edge + step
        while 0 <= i < len(groups) and ends_sentence(units[i].text):
            earlier, later = (groups[i - 1], groups[i]) if step == 1 else (groups[i], groups[i + 1])
            if bisect.bisect(blanks, earlier[-1].index) != bisect.bisect(blanks, later[0].index):
                break
            attached.add(i)
            i += step
    return attached


def _blank_flags(lines: Sequence[Line]) -> dict[int, bool]:
    """For each line index: whether a blank line (or the page edge) stands before it."""
    flags: dict[int, bool] = {}
    previous_blank = True
    for line in lines:
        flags[line.index] = previous_blank
        previous_blank = not line.text
    return flags
