"""The phrase index (buckets by leading characters) answers exactly as every key's own pattern."""

from __future__ import annotations

import pytest

from conftest import CASES
from newsclean._lexicon import LEXICON, first_chars, prefixes

_LINES = sorted(
    {
        line[1:].strip()
        for path in (CASES / "strippers").glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line[:1] in "-+."
    }
    | {"", "…", "12 Comments", "ÜBER DEN AUTOR", "Straße", "logo", "Acme logo", "× Close"}
)


@pytest.mark.parametrize("text", _LINES)
def test_index_agrees_with_each_key(text: str) -> None:
    expected = {key for key in LEXICON.phrases if LEXICON.matches(key, text)}
    assert LEXICON.keys_of(text) == expected


@pytest.mark.parametrize(
    ("fragment", "starts"),
    [
        ("share", {"s"}),
        ("(?:read|view) more", {"r", "v"}),
        ("(?:all )?comments?", {"a", "c"}),
        (r"\d+ comments", {"0"}),
        (r"\.\.\. more", {"."}),
        ("Über uns", {"ü"}),
        ("(?:a)?(?:b)?", None),  # may match an empty line
        ("(?=x)x", None),  # a look-ahead is not read
        (".{0,40} logo", None),
        ("[ab]c", None),
    ],
)
def test_first_chars(fragment: str, starts: set[str] | None) -> None:
    assert first_chars(fragment) == (frozenset(starts) if starts is not None else None)


@pytest.mark.parametrize(
    ("fragment", "heads"),
    [
        ("share", {"sh"}),
        ("(?:read|view) more", {"re", "vi"}),
        ("e-?mail", {"e-", "em"}),
        (r"\d{1,6} comments?", {"0 ", "00"}),
        ("(?:all )?comments?", {"al", "co"}),
        ("x", {"x"}),  # a whole match shorter than the key: only a line that short
        ("Straße", {"st"}),
        ("a.{0,40}", None),  # the second character may be anything
        ("(?:a)?(?:b)?", None),
    ],
)
def test_prefixes(fragment: str, heads: set[str] | None) -> None:
    assert prefixes(fragment, 2) == (frozenset(heads) if heads is not None else None)
