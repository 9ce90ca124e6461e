"""Putting back together the sentences a page broke over several lines."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsclean._lines import Line
from newsclean._speech import SPEAKER_AFTER
from newsclean._text import CLOSE_QUOTES, ends_sentence, word_count

__all__ = ["join", "paragraphs"]

_HANDLE = regex.compile(r"@\w{1,50}")
_ONLY_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]{1,8}")
# A line that opens with one of these belongs to the end of the sentence before it.
_CLOSING = "?!.,;:)]}…"
# "…the plant and" / "…Mars,'" : a line that stops mid-sentence.
_OPEN_END = regex.compile(r"[,;:–—-][\"'”’»›]*$")
MIN_WORDS_BROKEN_LINE = 10


def continues(before: str, after: str) -> bool:
    """Whether ``after`` goes on the sentence that ``before`` left open.

    >>> continues("'Shall 2029 be the year of a joint mission to Mars,", "@elonmusk")
    True
    >>> continues("@elonmusk", "?'")
    True
    >>> continues("mission to Mars?'", "Dmitriev wrote on X in March.")
    True
    >>> continues("'Our minds should serve humanity.'", "Despite the conflict, work went on.")
    False
    """
    if _HANDLE.fullmatch(after) or _HANDLE.fullmatch(before):
        return True
    if after[0] in _CLOSING or _ONLY_PUNCTUATION.fullmatch(after) or after[0].islower():
        return True
    if _OPEN_END.search(before[-4:]):
        return True
    if before[-1] in CLOSE_QUOTES and SPEAKER_AFTER.match(after[:200]):
        return True
    return not ends_sentence(before) and word_count(before) >= MIN_WORDS_BROKEN_LINE


def join(texts: Iterable[str]) -> str:
    """Join line texts into one, with no space before closing punctuation.

    >>> join(["to Mars,", "@elonmusk", "?'", "Dmitriev wrote."])
    "to Mars, @elonmusk?' Dmitriev wrote."
    """
    out = ""
    for text in texts:
        glue = "" if not out or text[0] in _CLOSING or _ONLY_PUNCTUATION.fullmatch(text) else " "
        out += glue + text
    return out


def paragraphs(lines: Iterable[Line]) -> list[list[Line]]:
    """Group body lines into paragraphs.

    A blank line, or a gap where a stripper took lines out, always ends a paragraph; within a
    run of adjacent lines, a line starts a new paragraph unless it continues the sentence
    or a quotation left open.

    >>> texts = ["“We will not desalinate our way out.", "We have to use less,”", "she said.", "Next."]
    >>> [len(p) for p in paragraphs(Line(i, t) for i, t in enumerate(texts))]
    [3, 1]
    """
    result: list[list[Line]] = []
    previous: Line | None = None
    quoting = False  # the paragraph opened a quotation that a line below closes
    lines = list(lines)
    for k, line in enumerate(lines):
        if line.blank:
            previous = None
            continue
        adjacent = previous is not None and line.index == previous.index + 1
        if (
            adjacent
            and previous is not None
            and ((quoting and len(result[-1]) < MAX_QUOTE_LINES) or continues(previous.text, line.text))
        ):
            result[-1].append(line)
            quoting = quoting and not _has_mark(line.text)
        else:
            result.append([line])
            quoting = line.text[0] in _OPENING_MARKS and _closed_below(lines, k)
        previous = line
    return result


# A quotation that opens a paragraph and runs on over the next lines ("“We are not…" /
# "We have to…,”" / "she said."): a line of its own is no paragraph of its own then.
_OPENING_MARKS = '"“„«‹»'
_DOUBLE_MARKS = frozenset('"“”„«»‹›')
#: A quotation still open after this many lines is a stray mark, not a quotation.
MAX_QUOTE_LINES = 4


def _closed_below(lines: list[Line], k: int) -> bool:
    """Whether the quotation the line opens, and leaves open, closes on an adjacent line
    below: "« Previous post" is an arrow, not a quotation."""
    if _has_mark(lines[k].text[1:]):
        return False
    for before, line in zip(
        lines[k : k + MAX_QUOTE_LINES - 1], lines[k + 1 : k + MAX_QUOTE_LINES], strict=False
    ):
        if line.blank or line.index != before.index + 1:
            return False
        if _has_mark(line.text):
            return True
    return False


def _has_mark(text: str) -> bool:
    return not _DOUBLE_MARKS.isdisjoint(text)
