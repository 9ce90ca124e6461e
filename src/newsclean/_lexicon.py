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
    {
        "speech_verbs",
        "pronouns",
        "titles",
        "quote_conjunctions",
        "relative_pronouns",
        "naming_words",
        "articles",
        "published_label",
        "updated_label",
        "time_label",
        "source_label",
        "card_source_label",
        "origin_label",
        "rights_reserved",
        "company_suffix",
        "publisher_word",
        "counter_unit",
        "adjacent_label",
        "affiliate_marker",
        "related_cue",
        "related_noun",
    }
)
#: Keys whose entry is a list of rows of words; row ``i`` of every language adds to row ``i``.
TABLE_KEYS = frozenset({"months"})
# Phrases are short; a longer line is prose and is never boilerplate by phrase alone.
MAX_PHRASE_LINE = 160
_NONE: frozenset[str] = frozenset()
#: How many leading characters file a phrase: two split the buckets of one letter about
#: tenfold, so the pattern tried on every line is short.
_KEY_SIZE = 2
_DECORATION = " \t.…:;!¡¿|·•*►▶›»>«<‹-–—_=+#~"


def trim(text: str) -> str:
    """The line without the bullets, arrows and punctuation that decorate phrases, its
    no-break spaces plain ones: phrases are written with plain spaces, and pages set no-break
    ones between a count and its word, or before French punctuation.

    >>> trim("  • No comments yet... "), trim("1\xa0Reaction")
    ('No comments yet', '1 Reaction')
    """
    if "\xa0" in text or "\u202f" in text:
        text = text.replace("\xa0", " ").replace("\u202f", " ")
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
    return prefixes(fragment, 1)


def prefixes(fragment: str, size: int) -> frozenset[str] | None:
    r"""The first ``size`` characters of every match, bucketed as :func:`line_key` does.

    A shorter string is a whole match shorter than ``size``. None when some match may start
    with a character the fragment does not spell out (a class, a dot, a look-around), or
    when the fragment may match an empty line.

    >>> sorted(prefixes("(?:read|view) more|more", 2))
    ['mo', 're', 'vi']
    >>> sorted(prefixes(r"\d{1,6} comments?", 2))
    ['0 ', '00']
    >>> prefixes("x|(?:y)?", 2) is None
    True
    """
    found = _alternatives(fragment, size)
    return None if found is None or "" in found else frozenset(found)


def line_key(trimmed: str, size: int) -> str:
    """The line's first ``size`` characters, each case-folded and any digit as "0"."""
    return "".join(map(_bucket, trimmed[:size]))


def _alternatives(pattern: str, size: int) -> set[str] | None:
    found: set[str] = set()
    for branch in _top_level(pattern, "|"):
        heads = _sequence(branch, size)
        if heads is None:
            return None
        found |= heads
    return found


def _sequence(branch: str, size: int) -> set[str] | None:
    """The heads of the branch's matches; an item is read only while some head is short."""
    heads = {""}
    i = 0
    while i < len(branch) and any(len(head) < size for head in heads):
        item, i = _item(branch, i, size)
        if item is None:
            return None
        item, i = _quantified(branch, i, item, size)
        heads = {head if len(head) >= size else (head + s)[:size] for head in heads for s in item}
    return heads


def _item(branch: str, i: int, size: int) -> tuple[set[str] | None, int]:
    """What the item at ``i`` may match, cut to ``size``, and where the next one starts."""
    char = branch[i]
    if char == "(":
        end = _closing(branch, i)
        inner = branch[i + 1 : end]
        if end < 0 or (inner.startswith("?") and not inner.startswith("?:")):
            return None, i
        return _alternatives(inner.removeprefix("?:"), size), end + 1
    if char == "\\" and i + 1 < len(branch):
        follower = branch[i + 1]
        if not follower.isalnum():
            return {_bucket(follower)}, i + 2
        return ({"0"} if follower == "d" else None), i + 2
    if char in "\\[.^$?*+{)|":
        return None, i
    return {_bucket(char)}, i + 1


def _quantified(branch: str, i: int, item: set[str], size: int) -> tuple[set[str], int]:
    """The item as its quantifier, if any, lets it repeat or be left out."""
    if i >= len(branch) or branch[i] not in "?*+{":
        return item, i
    if branch[i] == "{":
        close = branch.find("}", i)
        low = branch[i + 1 : close].split(",")[0]
        optional, end = low.strip() in ("", "0"), close + 1
    else:
        optional, end = branch[i] in "?*", i + 1
    end += branch[end : end + 1] == "?"  # a lazy quantifier matches the same strings
    repeated = set(item)
    for _ in range(size - 1):  # a repeat counts only while the heads are short
        repeated |= {(a + b)[:size] for a in repeated if len(a) < size for b in item}
    return (repeated | {""} if optional else repeated), end


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


def _bucket(char: str) -> str:
    """Where a line is filed by its first character: case-folded, digits together."""
    return "0" if char.isdigit() else char.casefold()[:1]


@dataclass(frozen=True, slots=True)
class _Bucket:
    """Phrases that start alike: one pattern for all of them, and the keys they are under."""

    any: re.Pattern[str] | regex.Pattern[str]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: Mapping[str, regex.Pattern[str]]
    words: Mapping[str, tuple[str, ...]]
    languages: tuple[str, ...]
    #: The phrases filed by the first two characters of their matches (see :func:`prefixes`),
    #: else by the first one; under "" those that may start with anything. Each bucket holds
    #: the phrases of the shorter heads it falls under as well (see :func:`_merged`).
    buckets: Mapping[str, _Bucket]
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
        head = line_key(trimmed, _KEY_SIZE)
        bucket = self.buckets.get(head) or self.buckets.get(head[:1]) or self.buckets[""]
        # Most lines are no phrase at all: one pattern over the bucket tells, then the keys.
        if bucket.any.fullmatch(trimmed) is None:
            return _NONE
        found = [key for key in bucket.keys if self.phrases[key].fullmatch(trimmed) is not None]
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
            for head in prefixes(value, _KEY_SIZE) or first_chars(value) or {""}:
                grouped.setdefault(head, {}).setdefault(key, []).append(value)
    return MappingProxyType({head: _merged(grouped, head) for head in grouped})


def _merged(grouped: Mapping[str, Mapping[str, list[str]]], head: str) -> _Bucket:
    """The bucket a line of this head looks in: the phrases filed under the head, under its
    first character (those whose second is not known) and under none, so that one pattern
    tells a line that is no phrase at all."""
    keys: dict[str, list[str]] = {}
    for filed in dict.fromkeys((head, head[:1], "")):
        for key, values in grouped.get(filed, {}).items():
            keys.setdefault(key, []).extend(values)
    return _Bucket(_prefilter([v for values in keys.values() for v in values]), tuple(keys))


def _prefilter(values: list[str]) -> re.Pattern[str] | regex.Pattern[str]:
    """One pattern for a whole bucket, tried on every line of every page.

    The standard library's engine runs these long alternations of plain words about twice
    as fast as ``regex``; a fragment only ``regex`` reads keeps the bucket in ``regex``.
    Either way the per-key patterns, which decide, are ``regex`` ones: a line goes on to
    them only when the bucket's pattern matched, so they need not be cut by bucket.
    """
    try:
        return re.compile("|".join(f"(?:{v})" for v in values), re.IGNORECASE)
    except re.error:
        return _compile(values)


def _compile(values: list[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{v})" for v in values), regex.IGNORECASE)


#: Every language's phrases, merged: read-only, shared by all threads.
LEXICON = _load()
