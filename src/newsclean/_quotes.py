"""Pull quotes: quotations set on lines of their own, and who said them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean._reflow import join
from newsclean._speech import introducer, speaker_after
from newsclean._text import CLOSE_QUOTES, OPEN_QUOTES

__all__ = ["QuoteSpan", "attribute", "find_passage", "find_quotes", "word_key"]

#: How many lines one quotation may span.
MAX_QUOTE_LINES = 6

_WORD = regex.compile(r"\w+")
_TRAILING = ".,;:!?…" + CLOSE_QUOTES
_SENTENCE_STOPS = ".!?…"
_CLAUSE_STOPS = ",;"
#: A longer quotation is not looked for in the body word by word.
MAX_PASSAGE_WORDS = 120
# A closing mark with its punctuation and a space after it: „…“, sagte Falk. „…“ is two.
# An apostrophe closes a quotation only after punctuation ("…,' he said"): "growers’ fields"
# is a possessive.
_APOSTROPHES = "'’"
_QUOTE_CLOSING_INSIDE = regex.compile(
    rf"(?:[{regex.escape(CLOSE_QUOTES.translate(str.maketrans('', '', _APOSTROPHES)))}]"
    rf"|(?<=[,.;:!?…])[{_APOSTROPHES}])[,.;:!?…]*\s"
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation that fills lines ``first`` to ``last`` of a paragraph."""

    first: int
    last: int
    text: str


def find_quotes(texts: Sequence[str]) -> list[QuoteSpan]:
    """The quotations in a paragraph's lines that open a line and close a line.

    >>> find_quotes(["'Shall we go to Mars,", "@elonmusk", "?'", "Dmitriev wrote."])
    [QuoteSpan(first=0, last=2, text='Shall we go to Mars, @elonmusk?')]
    >>> find_quotes(["«Los vecinos ya han esperado demasiado».", "Rosa Jiménez"])
    [QuoteSpan(first=0, last=0, text='Los vecinos ya han esperado demasiado.')]
    >>> find_quotes(["“The growers’ payments come this month,”", "he said."])[0].text
    'The growers’ payments come this month,'
    >>> find_quotes(["„Das geht nicht bis Februar“,", "sagte sie."])
    [QuoteSpan(first=0, last=0, text='Das geht nicht bis Februar')]
    """
    spans: list[QuoteSpan] = []
    i = 0
    while i < len(texts):
        span = _quote_from(texts, i)
        if span is None:
            i += 1
        else:
            spans.append(span)
            i = span.last + 1
    return spans


def _quote_from(texts: Sequence[str], first: int) -> QuoteSpan | None:
    opener = texts[first][0]
    if opener not in OPEN_QUOTES:
        return None
    for last in range(first, min(first + MAX_QUOTE_LINES, len(texts))):
        # «…». ends the sentence outside the marks: the stop goes inside the quotation.
        # „…“, leads on to its speaker on the next line: the comma belongs to the sentence.
        closed = texts[last].rstrip(_SENTENCE_STOPS).rstrip(_CLAUSE_STOPS)
        stop = texts[last][len(closed) :].lstrip(_CLAUSE_STOPS)
        if closed and closed[-1] in CLOSE_QUOTES and (last > first or len(closed) > 2):
            inner = join([*texts[first:last], closed])[1:-1].strip()
            # A quote mark closing inside ("…,' he said. 'More…") means two quotations
            # with prose between: not one set-apart quote.
            if inner and not _QUOTE_CLOSING_INSIDE.search(inner):
                return QuoteSpan(first, last, inner if inner[-1] in _TRAILING else inner + stop)
            return None
    return None


def attribute(before: str, after: str) -> str | None:
    """Who the text around a quotation says spoke it: a name, a pronoun, or None.

    >>> attribute("", " Putin said. He compared them.")
    'Putin'
    >>> attribute("", " he said.")
    'he'
    >>> attribute("Monika Steiner, Sprecherin der Stadt, betonte: „", "“")
    'Monika Steiner'
    >>> attribute("a small plant and", " for Musk's planned mission.")
    """
    return speaker_after(after) or introducer(before)


def find_passage(text: str, quote: str) -> tuple[str, str] | None:
    """Where ``text`` has the words of ``quote``: the text before and after them, or None.

    Punctuation and case may differ, so a pull quote ending in "." finds the passage that
    ends in ",".

    >>> text = 'Marsh said: "The rent keeps the farm going," she said.'
    >>> find_passage(text, "The rent keeps the farm going.")
    ('Marsh said: "', ' she said.')
    """
    words = _WORD.findall(quote)
    if not words or len(words) > MAX_PASSAGE_WORDS:
        return None
    pattern = regex.compile(r"\W+".join(regex.escape(w) for w in words), regex.IGNORECASE)
    m = pattern.search(text)
    if m is None:
        return None
    return text[: m.start()], text[m.end() :].lstrip(_TRAILING)


def word_key(text: str) -> str:
    """The text's words, lower case, one space apart, with a space at each end.

    >>> word_key("The rent keeps, the farm going.")
    ' the rent keeps the farm going '
    """
    return " " + " ".join(_WORD.findall(text.casefold())) + " "
