"""One way to drop the lines that are a lexicon phrase, shared by the phrase strippers."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean._pipeline import Stripper

__all__ = ["drop_phrases", "phrase_stripper"]


def drop_phrases(page: Page, key: str, reason: str) -> Iterator[Drop]:
    """Drop every line that is, as a whole, a phrase of the lexicon under ``key``."""
    for line in page.nonblank():
        if page.is_phrase(line, key):
            yield Drop(line.index, reason)


def phrase_stripper(name: str, key: str, reason: str) -> Stripper:
    """A stripper that drops the lines that are a phrase of the lexicon under ``key``."""

    def stripper(page: Page) -> Iterator[Drop]:
        return drop_phrases(page, key, reason)

    stripper.__name__ = stripper.__qualname__ = name
    stripper.__doc__ = f"Drop lines that are, as a whole, a {reason} (lexicon key {key!r})."
    return stripper
