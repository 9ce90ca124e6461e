"""What the markup says of the article (tests/cases/metadata/) and how its dates read
(tests/cases/iso_dates.tsv)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from lxml import etree

from conftest import CASES
from newsclean._markup import Metadata
from newsclean._metadata import parse_iso_date, read_metadata

PAGES = sorted((CASES / "metadata").glob("*.html"))


def _as_json(metadata: Metadata) -> dict[str, Any]:
    def date(value: dt.date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "headline": metadata.headline,
        "title": metadata.title,
        "published": date(metadata.published),
        "updated": date(metadata.updated),
        "authors": list(metadata.authors),
        "publisher": metadata.publisher,
        "url": metadata.url,
        "language": metadata.language,
    }


#: clean() parses with lxml's plain HTML parser; lxml.html makes elements of its own classes.
_PLAIN_PARSER = etree.HTMLParser(remove_comments=True, recover=True, no_network=True)
PARSERS = {
    "lxml.html": lxml.html.document_fromstring,
    "plain": lambda text: etree.fromstring(text, parser=_PLAIN_PARSER),
}


@pytest.mark.parametrize("parser", PARSERS)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_metadata(page: Path, parser: str) -> None:
    root = PARSERS[parser](page.read_text(encoding="utf-8"))
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert _as_json(read_metadata(root)) == expected


def test_every_case_has_its_expectation() -> None:
    assert len(PAGES) >= 20
    assert all(page.with_suffix(".json").exists() for page in PAGES)


def _date_rows() -> list[tuple[str, str]]:
    rows = []
    for line in (CASES / "iso_dates.tsv").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            text, expected = line.split("\t")
            rows.append((text, expected))
    return rows


@pytest.mark.parametrize(("text", "expected"), _date_rows(), ids=[repr(r[0]) for r in _date_rows()])
def test_parse_iso_date(text: str, expected: str) -> None:
    value = parse_iso_date(text)
    assert (value.isoformat() if value is not None else "-") == expected
    # A time comes only with its zone: a datetime is always aware.
    assert not isinstance(value, dt.datetime) or value.utcoffset() is not None


def _meta_page(*metas: str) -> etree._Element:
    pairs = (meta.split("=", 1) for meta in metas)
    tags = "".join(f'<meta name="{name}" content="{content}">' for name, content in pairs)
    return PARSERS["plain"](f"<html><head>{tags}</head><body><p>Story.</p></body></html>")


@pytest.mark.parametrize(
    ("metas", "authors"),
    [
        (["author=By Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["author=Author: Jane Doe"], ["Jane Doe"]),
        (["author=&quot;Jane Doe&quot;"], ["Jane Doe"]),
        (["author=page.head.extra.author"], []),
        (["author={{author}}"], []),
        (
            ["citation_author=Roy, Aniruddha", "citation_author=Patel, Jyoti"],
            ["Aniruddha Roy", "Jyoti Patel"],
        ),
        (["author=Jane Doe, John Roe"], ["Jane Doe", "John Roe"]),
    ],
)
def test_meta_authors(metas: list[str], authors: list[str]) -> None:
    """The meta tags' author names, without labels, quotes or a template's unfilled key;
    citation tags' "Surname, Given" turned round."""
    assert list(read_metadata(_meta_page(*metas)).authors) == authors
