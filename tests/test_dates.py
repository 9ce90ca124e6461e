"""Dates and ages as pages print them, glued to other words or not (tests/cases/dates.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CASES
from newsclean import clean
from newsclean._dates import find_age, find_date


def _rows() -> list[tuple[str, str, str | None, bool | None]]:
    rows = []
    for line in (CASES / "dates.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            # text, date, age, ambiguous, day_first, time: see the file's header
            text, date, *rest = [*line.split("\t"), "-", "-", "-"][:6]
            age, day_first = rest[0], {"true": True, "false": False}.get(rest[2])
            rows.append((text, date, age if age != "-" else None, day_first))
    return rows


@pytest.mark.parametrize(("text", "date", "age", "day_first"), _rows(), ids=[r[0] for r in _rows()])
def test_date_and_age(text: str, date: str, age: str | None, day_first: bool | None) -> None:
    hit = find_date(text, day_first=day_first)
    assert (hit.value.isoformat() if hit else "-") == date
    assert find_age(text) == age


@pytest.mark.parametrize("page", sorted((CASES / "published").glob("*.txt")), ids=lambda p: p.stem)
def test_publication_date(page: Path) -> None:
    """The dateline wins over "Updated" stamps, comment dates, copyright years and prose dates."""
    article = clean(page.read_text(encoding="utf-8"))
    expected = page.with_suffix(".date").read_text(encoding="utf-8").strip()
    assert str(article.published)[:10] == expected
