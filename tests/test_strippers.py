"""Each stripper alone, on small labelled pages: what it must drop and what it must keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CASES
from newsclean import Line, Page
from newsclean._language import detect_language
from newsclean._markup import Block, Link
from newsclean.strippers import DEFAULT_STRIPPERS

STRIPPERS = dict(DEFAULT_STRIPPERS)
CASE_FILES = sorted((CASES / "strippers").glob("*.txt"))


def _pages(path: Path) -> list[tuple[Page, set[int], set[int]]]:
    """Each page of a case file, with the line numbers marked to drop and to keep."""
    pages = []
    for chunk in path.read_text(encoding="utf-8").split("\n====\n"):
        marked = [(line[:1], line[2:]) for line in chunk.strip("\n").split("\n")]
        assert all(mark in "-+." for mark, _ in marked), f"{path.name}: bad mark in {chunk!r}"
        lines = tuple(_line(i, text) for i, (_, text) in enumerate(marked))
        # The language clean() would detect: the line scorer reads stopwords in its words.
        page = Page(lines, detect_language("\n".join(line.text for line in lines)))
        drop = {i for i, (mark, _) in enumerate(marked) if mark == "-"}
        keep = {i for i, (mark, _) in enumerate(marked) if mark == "+"}
        pages.append((page, drop, keep))
    return pages


def _line(index: int, text: str) -> Line:
    """A case line; "<meta> Title: X" is a line the markup reader tagged "meta",
    "<h3 /a/b> Title" a heading whose whole text links to /a/b, and "<div.adjacent /a> Title"
    a link in an element whose class gave the hint "adjacent"."""
    if text.startswith("<") and "> " in text:
        tag, _, text = text[1:].partition("> ")
        tag, _, url = tag.partition(" ")
        tag, *hints = tag.split(".")
        text = text.strip()
        links = (Link(text, url),) if url else ()
        block = Block(tag, link_density=1.0 if url else 0.0, hints=frozenset(hints), links=links)
        return Line(index, text, block)
    return Line(index, text.strip())


def test_every_default_stripper_has_cases() -> None:
    assert {p.stem for p in CASE_FILES} == set(STRIPPERS)


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_drops_exactly_the_marked_lines(path: Path) -> None:
    stripper = STRIPPERS[path.stem]
    for page, drop, keep in _pages(path):
        dropped = {d.line for d in stripper(page)}
        texts = {i: page.lines[i].text for i in drop | keep}
        assert {texts[i] for i in dropped & keep} == set(), "dropped a must-keep line"
        assert {texts[i] for i in drop - dropped} == set(), "kept a must-drop line"
        assert dropped <= drop | {i for i in range(len(page.lines)) if page.lines[i].blank}


@pytest.mark.parametrize("name", sorted(STRIPPERS))
def test_every_drop_has_a_reason(name: str) -> None:
    for path in CASE_FILES:
        for page, _, _ in _pages(path):
            assert all(d.reason for d in STRIPPERS[name](page))
