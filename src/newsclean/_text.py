"""Small judgements about a line of text, shared by strippers and the splitter."""

from __future__ import annotations

import regex

__all__ = [
    "CLOSE_QUOTES",
    "ELLIPSES",
    "FIELD_SEPARATOR",
    "OPEN_QUOTES",
    "ends_sentence",
    "is_prose",
    "is_short_question",
    "more_words_than",
    "text_key",
    "word_count",
    "word_count_upto",
]

# German prints »…« and ›…‹ as well as „…“: the French marks turned round.
OPEN_QUOTES = "'\"“‘„‚«‹»›「『"
CLOSE_QUOTES = "'\"”’“‘»›«‹」』"
#: How a line cut short ends: "The order secures 200 jobs at the yard for..."
ELLIPSES = ("...", "…")
#: What sets apart the fields a card or footer prints on one line: "Northern Times · 2 hours
#: ago", "© X · Imprint · Privacy". Parts are stripped after the split: a pattern opening
#: with "\s+" would be tried from every space of a long run, quadratic in its length.
FIELD_SEPARATOR = regex.compile(r"[·•|]")
# A sentence ends in . ! ? or … possibly followed by closing quotes or brackets.
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’»›)\]」』]*$")


def word_count(text: str) -> int:
    """
    >>> word_count("Read more: Moscow invites Musk")
    5
    """
    # Splitting on white space is several times faster than a word pattern, and the
    # thresholds that use the count do not care about glued punctuation.
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """
    >>> ends_sentence("he said."), ends_sentence("Mars,'"), ends_sentence("to Mars?'")
    (True, False, True)
    """
    return _SENTENCE_END.search(text[-8:]) is not None


def is_prose(text: str, *, min_words: int = 8) -> bool:
    """A full sentence or more: enough words and a sentence end.

    >>> is_prose("Putin noted that individuals with such dedication are rare.")
    True
    >>> is_prose("Putin compares Musk to Russian space pioneer Korolev")
    False
    """
    return ends_sentence(text) and word_count_upto(text, min_words) >= min_words


#: A question this short is a title as often as a sentence: "Part 2: A parser by hand, really?"
MAX_QUESTION_TITLE_WORDS = 14


def is_short_question(text: str) -> bool:
    """Whether the line is a question short enough to be a headline.

    >>> is_short_question("Part 2: A Markdown parser by hand, really?")
    True
    >>> is_short_question("Is it worth writing a parser when the libraries are mature, well tested and fast?")
    False
    """
    return text.endswith("?") and not more_words_than(text, MAX_QUESTION_TITLE_WORDS)


def more_words_than(text: str, limit: int) -> bool:
    """Whether the text has more than ``limit`` words (see :func:`word_count_upto`).

    >>> more_words_than("Read more: Moscow invites Musk", 4), more_words_than("Read more", 4)
    (True, False)
    """
    return len(text.split(None, limit)) > limit


def word_count_upto(text: str, limit: int) -> int:
    """:func:`word_count`, up to ``limit``: any count over it comes out as ``limit + 1``.

    Most callers ask whether a line is short, and a paragraph has hundreds of words: the
    text is split no further than the answer needs.

    >>> word_count_upto("Read more: Moscow invites Musk", 3), word_count_upto("Read more", 3)
    (4, 2)
    """
    return len(text.split(None, limit))


def text_key(text: str) -> str:
    """The text up to case and white space, for telling repeats apart.

    >>> text_key(" VIDEO  shows drone") == text_key("video shows drone")
    True
    """
    return " ".join(text.split()).casefold()
