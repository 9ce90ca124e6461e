"""Where the article is: the densest block of prose on the page."""

from __future__ import annotations

from collections.abc import Sequence

from newsclean._lines import Line
from newsclean._text import word_count

__all__ = ["block_score", "main_block"]

#: A line of at least this many words counts for the block by the words beyond it.
PROSE_WORDS = 10
SHORT_LINE_PENALTY = -3.0
#: A blank-free run of lines averaging this many words is prose broken over lines.
PROSE_RUN_WORDS = 8


def block_score(words: int) -> float:
    """What a line of this many words adds to a block: long lines add, short ones cost."""
    return float(words - PROSE_WORDS) if words >= PROSE_WORDS else SHORT_LINE_PENALTY


def _line_scores(lines: Sequence[Line]) -> list[float]:
    """Each non-blank line's worth to a block.

    A run of lines with no blank between them whose lines average a sentence's length is
    one paragraph broken over lines (aggregator captures print articles that way): its
    short lines cost nothing. Elsewhere short lines cost, so menus break blocks apart.
    """
    scores: list[float] = []
    run: list[int] = []
    for line in [*lines, Line(-1, "")]:
        if line.text:
            run.append(word_count(line.text))
            continue
        prose_run = len(run) > 1 and sum(run) / len(run) >= PROSE_RUN_WORDS
        scores += [max(0.0, block_score(w)) if prose_run else block_score(w) for w in run]
        run = []
    return scores


def main_block(lines: Sequence[Line]) -> tuple[int, int] | None:
    """The input indexes of the first and last line of the best-scoring run of lines.

    >>> lines = [Line(i, t) for i, t in enumerate(["Home", "News",
    ...     "The council voted on the budget on Tuesday night after a long and bitter debate.",
    ...     "Photo",
    ...     "It was the third vote this year on the same plan, and the closest one yet.",
    ...     "Share", "Tweet", "Mail"])]
    >>> main_block(lines)
    (2, 4)
    """
    best, span = 0.0, None
    total, start = 0.0, None
    nonblank = [line for line in lines if line.text]
    for line, score in zip(nonblank, _line_scores(lines), strict=True):
        if total <= 0:
            total, start = 0.0, line.index
        total += score
        if total > best and start is not None:
            best, span = total, (start, line.index)
    return span
