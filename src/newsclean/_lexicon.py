"""Phrase lexicons, loaded once from the per-language data files in ``lexicon/``.

Phrase entries are regex fragments; each key's entries, across all languages, compile to
one pattern that must match a whole line (trimmed of decoration, see :func:`trim`).
Word entries (speech verbs, pronouns, titles before names) stay as plain strings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

import regex

__all__ = ["LEXICON", "Lexicon", "trim"]

WORD_KEYS = frozenset({"speech_verbs", "pronouns", "titles"})
# Phrases are short; a longer line is prose and is never boilerplate by phrase alone.
MAX_PHRASE_LINE = 160
_DECORATION = " \t.…:;!|·•*►▶›»>«<‹-–—_=+#~"


def trim(text: str) -> str:
    """The line without the bullets, arrows and punctuation that decorate phrases.

    >>> trim("  • No comments yet... ")
    'No comments yet'
    """
    return text.strip(_DECORATION)


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: Mapping[str, regex.Pattern[str]]
    words: Mapping[str, tuple[str, ...]]
    languages: tuple[str, ...]

    def matches(self, key: str, text: str) -> bool:
        """Whether the whole line is one of the phrases under ``key``.

        >>> LEXICON.matches("comment_stub", "No comments yet...")
        True
        >>> LEXICON.matches("comment_stub", "No comments yet on the bill, he said.")
        False
        """
        if len(text) > MAX_PHRASE_LINE:
            return False
        return self.phrases[key].fullmatch(trim(text)) is not None


def _load() -> Lexicon:
    entries: dict[str, list[str]] = {}
    languages: list[str] = []
    for item in sorted((resources.files("newsclean") / "lexicon").iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        languages.append(item.name.removesuffix(".json"))
        data = json.loads(item.read_text(encoding="utf-8"))
        for key, values in data.items():
            if not key.startswith("_"):
                entries.setdefault(key, []).extend(values)
    phrases = {
        key: regex.compile("|".join(f"(?:{v})" for v in values), regex.IGNORECASE)
        for key, values in entries.items()
        if key not in WORD_KEYS
    }
    words = {key: tuple(entries.get(key, ())) for key in WORD_KEYS}
    return Lexicon(MappingProxyType(phrases), MappingProxyType(words), tuple(languages))


#: Every language's phrases, merged: read-only, shared by all threads.
LEXICON = _load()
