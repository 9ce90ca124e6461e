"""The headline clean() reads off browser text (tests/cases/titles.tsv)."""

from __future__ import annotations

import pytest

import newsclean
from conftest import CASES


def _rows() -> list[tuple[str, str]]:
    rows = []
    for row in (CASES / "titles.tsv").read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            text, headline = row.split("\t")
            rows.append((text.replace("\\n", "\n"), headline))
    return rows


@pytest.mark.parametrize(("text", "headline"), _rows(), ids=lambda v: v[:40] if "\n" in v else None)
def test_headline(text: str, headline: str) -> None:
    assert newsclean.clean(text).headline == headline


def test_every_behaviour_has_a_row() -> None:
    assert len(_rows()) >= 5
