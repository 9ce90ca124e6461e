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
    run of adjacent lines, a line starts a new paragraph unless it continues the sentence.
    """
    result: list[list[Line]] = []
    previous: Line | None = None
    for line in lines:
        if line.blank:
            previous = None
            continue
        adjacent = previous is not None and line.index == previous.index + 1
        if adjacent and previous is not None and continues(previous.text, line.text):
            result[-1].append(line)
        else:
            result.append([line])
        previous = line
    return result
