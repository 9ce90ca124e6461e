"""One way to drop the lines that are a lexicon phrase, shared by the phrase strippers."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Page

__all__ = ["drop_phrases"]


def drop_phrases(page: Page, key: str, reason: str) -> Iterator[Drop]:
    """Drop every line that is, as a whole, a phrase of the lexicon under ``key``."""
    for line in page.nonblank():
        if LEXICON.matches(key, line.text):
            yield Drop(line.index, reason)
