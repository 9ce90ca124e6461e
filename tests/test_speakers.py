"""Pull quotes and their speakers, from a table of snippets (tests/cases/speakers.tsv) set in a
story that quotes nobody: speakers before a colon, after the quotation, in credits, or none."""

from __future__ import annotations

import json

import pytest

from conftest import CASES
from newsclean import Article, clean

HEADLINE = "Town council debates the future of the old harbour district"
STORY = (
    "The town council met on Tuesday evening to discuss the future of the old harbour district,"
    " where several warehouses have stood empty for years.",
    "Members looked at three proposals for the area and asked the planning office for a cost"
    " estimate before the next meeting in the autumn.",
)


def _rows() -> list[tuple[str, str, list[list[str | None]]]]:
    rows = []
    for line in (CASES / "speakers.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, snippet, expected = line.split("\t")
            rows.append((kind, snippet.replace("\\n", "\n"), json.loads(expected)))
    return rows


def _page(kind: str, snippet: str) -> Article:
    if kind == "html":
        paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
        article = f"<article><h1>{HEADLINE}</h1>{paragraphs}{snippet}{paragraphs}</article>"
        raw = f"<html><body>{article}</body></html>"
    elif kind == "markdown":
        raw = "\n\n".join((f"# {HEADLINE}", *STORY, snippet, *STORY))
    else:
        raw = "\n\n".join(("Home", HEADLINE, *STORY, snippet, *STORY))
    return clean(raw, kind=kind)


@pytest.mark.parametrize(("kind", "snippet", "expected"), _rows(), ids=[r[1][:40] for r in _rows()])
def test_speaker(kind: str, snippet: str, expected: list[list[str | None]]) -> None:
    article = _page(kind, snippet)
    assert [[q.text, q.speaker] for q in article.pull_quotes] == expected


def test_marked_quotation_stays_in_the_body() -> None:
    article = _page("html", "<p><q>Wir schaffen das</q>, sagte Bürgermeister Olaf Kern am Montag.</p>")
    assert "“Wir schaffen das”, sagte Bürgermeister Olaf Kern am Montag." in article.body


@pytest.mark.parametrize(
    ("kind", "snippet", "credit"),
    [
        (
            "html",
            "<aside class='pullquote'><blockquote>«No podemos esperar»</blockquote>"
            "<cite>Rosa Beltrán, alcaldesa</cite></aside>",
            "Rosa Beltrán, alcaldesa",
        ),
        (
            "markdown",
            "> “The ferry will run all winter.”\n>\n> — Omar Haddad, chair of the harbour board",
            "— Omar Haddad, chair of the harbour board",
        ),
    ],
)
def test_quote_credit_is_not_body(kind: str, snippet: str, credit: str) -> None:
    article = _page(kind, snippet)
    assert credit not in article.body
    assert any(r.text == credit and r.stripper == "splitter" for r in article.removed)


def test_heading_in_a_quote_box_is_body() -> None:
    snippet = "<div class='quote'><p>“Nobody saw it coming.”</p><h3>Harbour Works</h3></div>"
    assert "Harbour Works" in _page("html", snippet).body
