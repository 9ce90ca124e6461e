"""Dates and ages as pages print them, glued to other words or not (tests/cases/dates.tsv)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import CASES
from newsclean import clean
from newsclean._dates import find_age, find_date
from newsclean._lines import Line
from newsclean._published import (
    _MARKUP_RANKER,
    MARKUP_DATE_FEATURES,
    DateCandidate,
    best_date,
    date_candidates,
    with_markup_dates,
)


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


@pytest.mark.parametrize(
    "page", sorted(p for p in (CASES / "published").iterdir() if p.suffix != ".date"), ids=lambda p: p.name
)
def test_publication_date(page: Path) -> None:
    """The dateline wins over "Updated" stamps, comment dates, copyright years and prose dates;
    on an HTML page, the markup's publication date wins over a printed update."""
    kind = "html" if page.suffix == ".html" else "text"
    article = clean(page.read_text(encoding="utf-8"), kind=kind)
    expected = page.with_suffix(".date").read_text(encoding="utf-8").strip()
    assert str(article.published)[:10] == expected


def _printed_update_and_markup_date() -> list[DateCandidate]:
    lines = [
        Line(0, "The best wireless earbuds"),
        Line(1, "Updated February 12, 2026"),
        Line(
            2, "We have tested more than two hundred pairs of wireless earbuds since we started this guide."
        ),
    ]
    found = date_candidates(lines, {2}, (2, 2), lines[0])
    return with_markup_dates(found, dt.date(2017, 4, 3), None)


def test_update_never_beats_the_publication_the_markup_gives() -> None:
    update, published = _printed_update_and_markup_date()
    # However well placed the printed update is, the markup's publication date wins.
    boosted = [*update.values]
    for name in ("repeated", "earliest", "first_found", "has_zone", "in_main"):
        boosted[MARKUP_DATE_FEATURES.index(name)] = 1.0
    update = replace(update, values=tuple(boosted))
    assert _MARKUP_RANKER is not None and _MARKUP_RANKER.score(update) > _MARKUP_RANKER.score(published)
    best = best_date([update, published])
    assert best is not None and best.hit.value == dt.date(2017, 4, 3)


def test_update_stands_in_when_nothing_names_the_publication() -> None:
    update, _ = _printed_update_and_markup_date()
    best = best_date([update])
    assert best is not None and best.hit.value == dt.date(2026, 2, 12)
