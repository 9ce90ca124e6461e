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
from newsclean._language import stopword_share
from newsclean._lines import Line
from newsclean._reflow import join, paragraphs
from newsclean._text import ends_sentence, text_key, word_count

__all__ = ["FEATURES", "UnitFeatures", "unit_features"]

FEATURES = (
    "bias",
    "log_words",
    "ends_sentence",
    "stopwords",
    "capitalised",
    "digits",
    "separators",
    "context_words",
    "in_densest_run",
    "log_distance",
    "repeated",
    "position",
    "blank_around",
    "starts_lower",
    "all_caps",
    "ends_colon",
    "prose_neighbours",
    "strong_prose",
    "before_block",
    "after_block",
    "ellipsis",
    "has_date",
    "packed",
    "attached",
)

_CAPITALISED = regex.compile(r"\b\p{Lu}")
_WORDS = regex.compile(r"\b\p{L}")
_DIGIT = regex.compile(r"\d")
_SEPARATOR = regex.compile(r"[|•·»›]| - ")
PROSE_WORDS = 8
_ELLIPSIS = ("...", "…")


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


def unit_features(lines: Sequence[Line], language: str | None) -> list[UnitFeatures]:
    """Features of every unit (reflowed paragraph), in order. ``lines`` includes blank ones."""
    blank_before = _blank_flags(lines)
    groups = paragraphs(lines)
    units = [Line(group[0].index, join(line.text for line in group)) for group in groups]
    words = [word_count(unit.text) for unit in units]
    block = main_block(lines)  # on the lines, which still know where the blank lines are
    first, last = block if block else (-1, -1)
    counts = Counter(text_key(unit.text) for unit in units)
    n = max(1, len(units))
    at_first = next((i for i, g in enumerate(groups) if g[-1].index >= first), 0)
    at_last = next((i for i in range(len(groups) - 1, -1, -1) if groups[i][0].index <= last), n - 1)
    packed = _packed(groups)
    blanks = [line.index for line in lines if not line.text]
    attached = _attached(groups, units, blanks, (at_first, at_last)) if block else set()
    out = []
    for i, unit in enumerate(units):
        text = unit.text
        at = unit.index
        distance = 0 if at_first <= i <= at_last else min(abs(i - at_first), abs(i - at_last))
        near = [words[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n]
        prose_near = sum(_is_prose(units[j].text, words[j]) for j in (i - 1, i + 1) if 0 <= j < n)
        letters = max(1, len(_WORDS.findall(text)))
        values = (
            1.0,
            math.log1p(words[i]),
            float(ends_sentence(text)),
            stopword_share(text, language),
            len(_CAPITALISED.findall(text)) / letters,
            len(_DIGIT.findall(text)) / max(1, len(text)),
            float(bool(_SEPARATOR.search(text))),
            math.log1p(sum(near) / max(1, len(near))),
            float(distance == 0),
            math.log1p(distance),
            float(counts[text_key(text)] > 1),
            i / n,
            float(blank_before[unit.index]),
            float(text[0].islower() or text[0] in "•-–*"),
            float(text.isupper()),
            float(text.endswith(":")),
            prose_near / 2,
            float(words[i] >= 12 and ends_sentence(text)),
            float(at < first),
            float(at > last),
            float(text.endswith(_ELLIPSIS)),
            float(find_date(text) is not None),
            packed[i],
            float(i in attached),
        )
        out.append(UnitFeatures(tuple(groups[i]), text, values, i in attached))
    return out


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
