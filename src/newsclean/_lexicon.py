"""Phrase lexicons, loaded once from the per-language data files in ``lexicon/``.

Phrase entries are regex fragments; each key's entries, across all languages, compile to
one pattern that must match a whole line (trimmed of decoration, see :func:`trim`).
Word entries (speech verbs, pronouns, titles before names) stay as plain strings. Table
entries ("months": twelve lists of names) are merged row by row across languages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

import regex

__all__ = ["LEXICON", "Lexicon", "first_chars", "trim"]

WORD_KEYS = frozenset(
    {"speech_verbs", "pronouns", "titles", "published_label", "updated_label", "time_label", "source_label"}
)
#: Keys whose entry is a list of rows of words; row ``i`` of every language adds to row ``i``.
TABLE_KEYS = frozenset({"months"})
# Phrases are short; a longer line is prose and is never boilerplate by phrase alone.
MAX_PHRASE_LINE = 160
_NONE: frozenset[str] = frozenset()
_DECORATION = " \t.…:;!|·•*►▶›»>«<‹-–—_=+#~"


def trim(text: str) -> str:
    """The line without the bullets, arrows and punctuation that decorate phrases.

    >>> trim("  • No comments yet... ")
    'No comments yet'
    """
    return text.strip(_DECORATION)


def first_chars(fragment: str) -> frozenset[str] | None:
    r"""The characters (case-folded, any digit as "0") a match of the fragment starts with.

    None when the fragment may start with anything, or may match nothing at all: such a
    fragment is tried on every line. This reads the plain subset of regex syntax the
    lexicons use; anything else makes it answer None, which is always safe.

    >>> sorted(first_chars("(?:site |brand )?logo"))
    ['b', 'l', 's']
    >>> sorted(first_chars(r"\d{1,6} comments?|Kommentare"))
    ['0', 'k']
    >>> first_chars(r"[\w.-]{1,30} logo") is None
    True
    """
    found: set[str] = set()
    for branch in _top_level(fragment, "|"):
        starts = _sequence_starts(branch)
        if starts is None:
            return None
        found |= starts
    return frozenset(found)


def _sequence_starts(branch: str) -> set[str] | None:
    found: set[str] = set()
    i = 0
    while i < len(branch):
        char = branch[i]
        if char == "(":
            end = _closing(branch, i)
            inner = branch[i + 1 : end]
            if end < 0 or (inner.startswith("?") and not inner.startswith("?:")):
                return None
            starts = first_chars(inner.removeprefix("?:"))
            i = end + 1
        elif char == "\\" and i + 1 < len(branch) and not branch[i + 1].isalpha():
            starts, i = frozenset(_bucket(branch[i + 1])), i + 2
        elif char == "\\" and branch[i + 1 : i + 2] == "d":
            starts, i = frozenset("0"), i + 2
        elif char in "\\[.^$?*+{)|" or char.isspace():
            return None
        else:
            starts, i = frozenset(_bucket(char)), i + 1
        if starts is None:
            return None
        found |= starts
        if i < len(branch) and (branch[i] in "?*" or branch.startswith("{0", i)):
            i = _after_quantifier(branch, i)  # optional: what follows may come first
            continue
        return found
    return None  # every part optional: the fragment may match an empty line


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character outside escapes and character classes, with its bracket depth."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = max(i + 1, pattern.find("]", i + 2) + 1)
            continue
        depth += (char == "(") - (char == ")")
        yield i, char, depth
        i += 1


def _top_level(pattern: str, separator: str) -> list[str]:
    cuts = [i for i, char, depth in _structure(pattern) if char == separator and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _closing(pattern: str, at: int) -> int:
    """The index of the bracket that closes the one at ``at``, or -1."""
    base = next(depth for i, _, depth in _structure(pattern) if i == at) - 1
    return next((i for i, char, depth in _structure(pattern) if i > at and char == ")" and depth == base), -1)


def _after_quantifier(pattern: str, at: int) -> int:
    end = pattern.find("}", at) + 1 if pattern[at] == "{" else at + 1
    return end + 1 if pattern[end : end + 1] == "?" else end


def _bucket(char: str) -> str:
    """Where a line is filed by its first character: case-folded, digits together."""
    return "0" if char.isdigit() else char.casefold()[:1]


@dataclass(frozen=True, slots=True)
class _Bucket:
    """Phrases that start alike: one pattern for all of them, and one for each key."""

    any: re.Pattern[str] | regex.Pattern[str]
    keys: tuple[tuple[str, regex.Pattern[str]], ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: Mapping[str, regex.Pattern[str]]
    words: Mapping[str, tuple[str, ...]]
    languages: tuple[str, ...]
    #: The phrases filed by the character they start with; under "" those that may start
    #: with anything.
    by_first: Mapping[str, _Bucket]
    #: Each table key's rows, every language's words merged.
    tables: Mapping[str, tuple[tuple[str, ...], ...]]

    def alternation(self, key: str) -> str:
        """The words under ``key`` as one regex alternation, longest first, each escaped.

        >>> pattern = LEXICON.alternation("published_label")
        >>> regex.fullmatch(pattern, "first published") is not None, regex.fullmatch(pattern, "on")
        (True, None)
        """
        return "|".join(regex.escape(w) for w in sorted(set(self.words[key]), key=lambda w: (-len(w), w)))

    def keys_of(self, text: str) -> frozenset[str]:
        """Every key under which the whole line is a phrase.

        >>> sorted(LEXICON.keys_of("No comments yet..."))
        ['comment_stub']
        >>> LEXICON.keys_of("The council voted on the budget.")
        frozenset()
        """
        if len(text) > MAX_PHRASE_LINE:
            return _NONE
        trimmed = trim(text)
        found: list[str] = []
        for bucket in (self.by_first.get(_bucket(trimmed[:1])), self.by_first[""]):
            # Most lines are no phrase at all: one pattern over the bucket tells, then the keys.
            if bucket is not None and bucket.any.fullmatch(trimmed) is not None:
                found += (key for key, pattern in bucket.keys if pattern.fullmatch(trimmed) is not None)
        return frozenset(found) if found else _NONE

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
    tables: dict[str, list[list[str]]] = {}
    languages: list[str] = []
    for item in sorted((resources.files("newsclean") / "lexicon").iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        languages.append(item.name.removesuffix(".json"))
        data = json.loads(item.read_text(encoding="utf-8"))
        for key, values in data.items():
            if key in TABLE_KEYS:
                rows = tables.setdefault(key, [[] for _ in values])
                for row, words in zip(rows, values, strict=True):
                    row.extend(words)
            elif not key.startswith("_"):
                entries.setdefault(key, []).extend(values)
    phrases = {key: _compile(values) for key, values in entries.items() if key not in WORD_KEYS}
    words = {key: tuple(entries.get(key, ())) for key in WORD_KEYS}
    merged = {key: tuple(tuple(row) for row in rows) for key, rows in tables.items()}
    return Lexicon(
        MappingProxyType(phrases),
        MappingProxyType(words),
        tuple(languages),
        _index(entries),
        MappingProxyType(merged),
    )


def _index(entries: Mapping[str, list[str]]) -> Mapping[str, _Bucket]:
    grouped: dict[str, dict[str, list[str]]] = {"": {}}
    for key, values in entries.items():
        if key in WORD_KEYS:
            continue
        for value in values:
            for char in first_chars(value) or {""}:
                grouped.setdefault(char, {}).setdefault(key, []).append(value)
    return MappingProxyType(
        {
            char: _Bucket(
                _prefilter([v for values in keys.values() for v in values]),
                tuple((key, _compile(values)) for key, values in keys.items()),
            )
            for char, keys in grouped.items()
        }
    )


def _prefilter(values: list[str]) -> re.Pattern[str] | regex.Pattern[str]:
    """One pattern for a whole bucket, tried on every line of every page.

    The standard library's engine runs these long alternations of plain words about twice
    as fast as ``regex``; a fragment only ``regex`` reads keeps the bucket in ``regex``.
    Either way the per-key patterns, which decide, are ``regex`` ones.
    """
    try:
        return re.compile("|".join(f"(?:{v})" for v in values), re.IGNORECASE)
    except re.error:
        return _compile(values)


def _compile(values: list[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{v})" for v in values), regex.IGNORECASE)


#: Every language's phrases, merged: read-only, shared by all threads.
LEXICON = _load()
