"""The markdown reader: the same lines as the browser text of the same page, and no slower."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CASES, FIXTURES, ROOT, load_json
from newsclean import clean
from newsclean._lines import Line, split_lines
from newsclean._markdown import looks_like_markdown, read_markdown

#: Markdown fixtures that are twins of a text fixture: the same page, captured as markdown.
MARKDOWN_FIXTURES = sorted(p for p in FIXTURES.glob("*.md") if p.with_suffix(".txt").exists())
CASE_FILES = sorted((CASES / "markdown").glob("*.md"))
WCXB_TEXT = ROOT.parent / "shared" / "data" / "wcxb-dev" / "text"
#: Pages whose browser text is itself markdown: 0388 shows a generated article's raw markdown
#: ("## Commentary...", "**Abstract:**", "* **①...") as its visible text.
MARKDOWN_AS_TEXT = {"0388"}
#: Seconds a 2 MB pathological line may take; generous, for a loaded CI machine.
PATHOLOGICAL_SECONDS = 20.0


def _shown(lines: tuple[Line, ...]) -> list[str]:
    """The texts a reader of the page sees: no header, no rules, no image without alt text."""
    return [
        line.text
        for line in lines
        if line.text and (line.block is None or line.block.tag not in ("meta", "hr"))
    ]


def test_every_text_fixture_has_its_markdown() -> None:
    assert {p.stem for p in MARKDOWN_FIXTURES} == {p.stem for p in FIXTURES.glob("*.txt")}
    assert all(looks_like_markdown(p.read_text(encoding="utf-8")) for p in FIXTURES.glob("*.md"))


@pytest.mark.parametrize("path", MARKDOWN_FIXTURES, ids=[p.stem for p in MARKDOWN_FIXTURES])
def test_fixture_markdown_shows_the_browser_text(path: Path) -> None:
    markdown = path.read_text(encoding="utf-8")
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    lines, metadata = read_markdown(markdown)
    assert _shown(lines) == [line.text for line in split_lines(text) if line.text]
    assert metadata.title and metadata.url and metadata.published
    assert looks_like_markdown(markdown)
    assert not looks_like_markdown(text)


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_case(path: Path) -> None:
    expected = load_json(path.with_suffix(".json"))
    lines, metadata = read_markdown(path.read_text(encoding="utf-8"))
    marked = [[line.index, line.text, line.block.tag] for line in lines if line.block is not None]
    assert marked == expected["lines"]
    assert [link.url for line in lines if line.block for link in line.block.links] == expected["links"]
    published = metadata.published.isoformat() if metadata.published else None
    found = {"title": metadata.title, "headline": metadata.headline, "url": metadata.url}
    assert {**found, "published": published} == expected["metadata"]


@pytest.mark.parametrize("path", MARKDOWN_FIXTURES + CASE_FILES, ids=lambda p: p.name)
def test_every_input_line_is_a_line(path: Path) -> None:
    markdown = path.read_text(encoding="utf-8")
    lines, _ = read_markdown(markdown)
    assert [line.index for line in lines] == list(range(len(split_lines(markdown))))
    assert all(line.text == line.text.strip() for line in lines)
    assert all(
        line.block is not None for line, raw in zip(lines, split_lines(markdown), strict=True) if raw.text
    )


def test_line_endings_do_not_move_lines() -> None:
    unix, _ = read_markdown("# Vote\n\n[Home](/)\n> quote")
    for ending in ("\r\n", "\r"):
        other, _ = read_markdown(ending.join(["# Vote", "", "[Home](/)", "> quote"]))
        assert [(line.index, line.text, line.block) for line in other] == [
            (line.index, line.text, line.block) for line in unix
        ]


def test_link_density_counts_link_text() -> None:
    (line,), _ = read_markdown("[Home](/) and [News](/news)")
    assert line.text == "Home and News"
    assert line.block is not None and line.block.link_density == pytest.approx(8 / 13)


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("2025-04-16", "2025-04-16"),
        ("2025-04-16T09:30:00", "2025-04-16"),
        ("2025-04-16T09:30:00.123Z", "2025-04-16T09:30:00.123000+00:00"),
        ("2025-04-16T09:30-05:00", "2025-04-16T09:30:00-05:00"),
        ("2025-02-30", None),
        ("Mon, 16 Mar 2026 07:32:48 GMT", "2026-03-16T07:32:48+00:00"),
        ("Mon, 16 Mar 2026 07:32:48 -0000", "2026-03-16"),
        ("Wed, 16 Apr 2025", None),
    ],
)
def test_published_time(stamp: str, expected: str | None) -> None:
    _, metadata = read_markdown(f"Title: T\nPublished Time: {stamp}\nMarkdown Content:\nBody.")
    assert (metadata.published.isoformat() if metadata.published else None) == expected


def test_one_title_line_is_not_a_capture_header() -> None:
    assert not looks_like_markdown("Title: Notes from the council\n\nThe council met on Tuesday.")
    assert looks_like_markdown("URL Source: https://news.example.com/a\nMarkdown Content:\nThe council met.")


@pytest.mark.skipif(not WCXB_TEXT.is_dir(), reason=f"the WCXB browser texts are not at {WCXB_TEXT}")
def test_browser_text_does_not_look_like_markdown() -> None:
    pages = sorted(WCXB_TEXT.glob("*.txt.gz"))
    looking = {p.name.removesuffix(".txt.gz") for p in pages if looks_like_markdown(_gunzip(p))}
    assert len(pages) > 700
    assert looking <= MARKDOWN_AS_TEXT


def _gunzip(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8") as file:
        return file.read()


PATHOLOGICAL = {
    "open brackets": "[" * 2_000_000,
    "stars": "*" * 2_000_000,
    "star pairs": "a*" * 1_000_000,
    "empty links": "[](" * 700_000,
    "link tails": "[" * 1000 + "](" + "a]" * 1_000_000,
    "backticks": "`a``b" * 400_000,
    "angles": "<a " * 700_000,
    "comments": "<!--" * 500_000,
    "pipes": "|" * 2_000_000,
    "quotes": ">" * 2_000_000,
}


@pytest.mark.parametrize("line", PATHOLOGICAL.values(), ids=list(PATHOLOGICAL))
def test_a_pathological_line_stays_linear(line: str) -> None:
    started = time.perf_counter()
    lines, _ = read_markdown(line)
    looks_like_markdown(line)
    assert time.perf_counter() - started < PATHOLOGICAL_SECONDS
    assert len(lines) == 1


MARKUP = st.text(alphabet="ab *_~`[]()!<>#|-=:/\\&;\n\r1.", max_size=300)


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_any_text_reads_line_for_line(text: str) -> None:
    lines, _ = read_markdown(text)
    assert [line.index for line in lines] == list(range(len(split_lines(text))))
    assert all(line.text == line.text.strip() for line in lines)


def test_a_card_split_by_a_blank_line_may_open_the_page() -> None:
    """The photo line and the title line of a card are read as one link, first line or not."""
    page = (
        "[![Image 3: greens](https://x.com/g.jpg)\n\n### Is Foraging for Wild Greens Actually Safe?](https://x.com/a)\n\n"
        "The council voted on the budget on Tuesday night after a long and bitter debate about the harbour."
    )
    article = clean(page, kind="markdown")
    assert article.body == (
        "The council voted on the budget on Tuesday night after a long and bitter debate about the harbour.",
    )
    assert "### Is Foraging" not in " ".join(article.body)
