"""The phrase lexicons: every language has every key, and the phrases match what they should
(tests/cases/lexicon.tsv), no ordinary sentence, and in linear time. Languages newsclean
reads only dates and ages in (Japanese, Chinese) have only the date keys."""

from __future__ import annotations

import json
import time
from importlib import resources

import pytest
import regex

from conftest import CASES
from newsclean._lexicon import LEXICON, TABLE_KEYS, WORD_KEYS

FOLDER = resources.files("newsclean") / "lexicon"
FILES = sorted((p for p in FOLDER.iterdir() if p.name.endswith(".json")), key=lambda p: p.name)
REFERENCE = json.loads((FOLDER / "en.json").read_text(encoding="utf-8"))
KEYS = sorted(key for key in REFERENCE if not key.startswith("_"))
PHRASE_KEYS = sorted(LEXICON.phrases)
#: The keys dates and ages are read with; all a date-only language has.
DATE_KEYS = frozenset({"months", "time_label", "relative_age"})
DATE_ONLY = frozenset({"ja", "zh"})


def _data(name: str) -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads((FOLDER / name).read_text(encoding="utf-8"))
    return data


def _keys(name: str) -> list[str]:
    return sorted(k for k in _data(name) if not k.startswith("_"))


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in (CASES / "lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, key, expect, text = line.split("\t")
            rows.append((lang, key, expect, text))
    return rows


ROWS = _rows()


@pytest.mark.parametrize("name", [p.name for p in FILES])
def test_every_language_has_every_key(name: str) -> None:
    data, keys = _data(name), _keys(name)
    if name.removesuffix(".json") in DATE_ONLY:
        assert keys and set(keys) <= DATE_KEYS
    else:
        assert keys == KEYS
    assert all(data[key] for key in keys), "an empty key"


@pytest.mark.parametrize("name", [p.name for p in FILES if "speech_verbs" in _keys(p.name)])
def test_a_speech_verb_is_one_verb(name: str) -> None:
    """An entry is one verb form ("said", "a déclaré", "according to"), never several run together."""
    assert [v for v in _data(name)["speech_verbs"] if len(v.split()) > 3] == []


@pytest.mark.parametrize("name", [p.name for p in FILES if "months" in _keys(p.name)])
def test_twelve_months_of_names(name: str) -> None:
    months = _data(name)["months"]
    assert len(months) == 12 and all(months), "twelve rows, none empty"
    assert all(isinstance(w, str) and w == w.casefold().strip() for row in months for w in row)


def test_a_month_name_means_one_month() -> None:
    """Languages share a table: "mar" may be March in several, never two months."""
    months: dict[str, int] = {}
    for number, row in enumerate(LEXICON.tables["months"], start=1):
        for word in row:
            assert months.setdefault(word, number) == number, word


@pytest.mark.parametrize("name", [p.name for p in FILES])
def test_phrases_compile_without_groups(name: str) -> None:
    for key, values in _data(name).items():
        if key.startswith("_") or key in WORD_KEYS or key in TABLE_KEYS:
            continue
        for value in values:
            assert regex.compile(value, regex.IGNORECASE).groups == 0, f"{key}: {value!r} captures"


def test_cases_cover_every_language_and_key() -> None:
    covered = {(lang, key) for lang, key, expect, _ in ROWS if expect == "+"}
    for path in FILES:
        lang = path.name.removesuffix(".json")
        if lang != "en":
            assert {key for key in _keys(path.name) if (lang, key) not in covered} == set(), lang


@pytest.mark.parametrize(("lang", "key", "expect", "text"), ROWS, ids=[f"{r[0]}-{r[1]}-{r[3]}" for r in ROWS])
def test_line(lang: str, key: str, expect: str, text: str) -> None:
    if key in WORD_KEYS:
        assert (text in _data(f"{lang}.json")[key]) == (expect == "+")
        return
    if key in TABLE_KEYS:
        assert any(text in row for row in _data(f"{lang}.json")[key]) == (expect == "+")
        return
    keys = PHRASE_KEYS if key == "*" else [key]
    hits = [k for k in keys if LEXICON.matches(k, text)]
    assert hits == (keys if expect == "+" else [])


def test_linear_time() -> None:
    lines = ["a" * 150 + "!", ("ab " * 53)[:159]]
    started = time.perf_counter()
    for key in PHRASE_KEYS:
        for line in lines:
            LEXICON.matches(key, line)
    assert time.perf_counter() - started < 0.5
