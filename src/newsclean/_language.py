"""Cheap language detection and stopword density, from the stopword data files."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

import regex

__all__ = ["STOPWORDS", "detect_language"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")
#: How much text detection reads: enough words to be sure, cheap on huge pages.
SAMPLE_CHARS = 5_000
MIN_HITS = 5


def _load() -> Mapping[str, frozenset[str]]:
    folder = resources.files("newsclean") / "lexicon" / "stopwords"
    lists = {
        item.name.removesuffix(".txt"): frozenset(item.read_text(encoding="utf-8").split())
        for item in folder.iterdir()
        if item.name.endswith(".txt")
    }
    return MappingProxyType(lists)


#: Stopwords per language code, read-only.
STOPWORDS = _load()
# Each stopword with the languages that list it, so a text is read once, not once a language.
_LANGUAGES_OF: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        word: tuple(code for code, stop in STOPWORDS.items() if word in stop)
        for word in frozenset().union(*STOPWORDS.values())
    }
)


def detect_language(text: str) -> str | None:
    """The language whose stopwords the text uses most, or None when too few words tell.

    >>> detect_language("The council said that it would close the terminal by the end of the year.")
    'en'
    >>> detect_language("Der Stadtrat hat am Dienstag beschlossen, dass die Anlage bis 2030 schließt.")
    'de'
    >>> detect_language("12:30 | 4-2") is None
    True
    """
    hits = dict.fromkeys(STOPWORDS, 0)
    # The middle of a page is its article more often than its start (menus) or end (footer).
    middle = max(0, len(text) // 2 - SAMPLE_CHARS // 2)
    for word in _WORD.findall(text[middle : middle + SAMPLE_CHARS].casefold()):
        for code in _LANGUAGES_OF.get(word, ()):
            hits[code] += 1
    best = max(hits, key=lambda code: hits[code], default=None)
    return best if best is not None and hits[best] >= MIN_HITS else None
