"""Bad input gets a typed error that says what to do, or a best-effort Article."""

from __future__ import annotations

import time

import pytest

from newsclean import (
    Article,
    EmptyInputError,
    InputTypeError,
    NewscleanError,
    NotTextError,
    clean,
)


@pytest.mark.parametrize("raw", [None, 42, ["a page"], {"text": "x"}])
def test_wrong_type(raw: object) -> None:
    with pytest.raises(InputTypeError, match="str or bytes"):
        clean(raw)  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["", "   \n\t\n  ", b"", b"\n\n", "\u200b\ufeff"])
def test_empty(raw: str | bytes) -> None:
    with pytest.raises(EmptyInputError, match="check that the scraper captured"):
        clean(raw)


@pytest.mark.parametrize(
    "raw",
    [
        bytes(range(256)) * 40,
        b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500,
        b"PK\x03\x04" + b"\0" * 100,
    ],
)
def test_binary_bytes(raw: bytes) -> None:
    with pytest.raises(NotTextError, match="binary"):
        clean(raw)


def test_every_error_is_a_newsclean_error() -> None:
    for raw in (None, "", bytes(range(256)) * 4):
        with pytest.raises(NewscleanError):
            clean(raw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffA first sentence of a story, long enough to count.".encode(), "A first sentence"),
        ("Caf\xe9 owners said the rent had doubled in a year.".encode("cp1252"), "Café owners"),
        ("A sentence with a lone \ud800 surrogate in it, long enough.", "lone"),
        (
            "The first line of a story that is long enough to count.\r\n"
            "The second line ends the first paragraph of the story here.\r"
            "The third line is a paragraph of its own, and long enough too.",
            "The second line ends the first paragraph of the story here.",
        ),
        ("A sentence\x00 with NUL bytes in it that is long enough.", "A sentence with NUL"),
    ],
)
def test_best_effort_text(raw: str | bytes, expected: str) -> None:
    assert expected in clean(raw).text


def test_page_without_an_article_gives_an_article() -> None:
    article = clean("Home\nNews\nSport\nDownload the app\n© 2025 Example")
    assert isinstance(article, Article)
    assert "Download the app" not in article.text


def test_fourteen_megabytes_of_lines_finish_in_linear_time() -> None:
    """A generous bound only: the figures for seconds per MB come from bench/scaling.py."""
    paragraph = "The council voted on the budget on Tuesday, officials said.\nComments\n"
    small, big = paragraph * 2_000, paragraph * 200_000
    started = time.perf_counter()
    clean(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    article = clean(big)
    big_time = time.perf_counter() - started
    assert len(big) > 10_000_000
    assert article.body
    assert big_time < max(60.0, small_time * 100 * 5)


def test_one_huge_line() -> None:
    line = ("word " * 1_000_000).strip() + "."
    assert clean(line).body == (line,)


@pytest.mark.parametrize("pattern", ["'" * 100_000, "@" * 100_000, "1-2-" * 50_000, "Read more: " * 20_000])
def test_pathological_lines_do_not_hang(pattern: str) -> None:
    started = time.perf_counter()
    clean(pattern + "\n" + pattern)
    assert time.perf_counter() - started < 30
