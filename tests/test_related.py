"""Related items read off whole pages: the labelled cases under ``cases/related``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import CASES
from newsclean import clean

CASE_FILES = sorted((CASES / "related").glob("*.txt"))


def _cases(path: Path) -> list[tuple[str, str, list[str], list[str]]]:
    """Each page of a case file: its kind, its text, and the lines marked + and -."""
    cases = []
    for chunk in path.read_text(encoding="utf-8").split("\n====\n"):
        head, _, rest = chunk.strip("\n").partition("\n")
        page, _, expected = rest.partition("\n----\n")
        marked = [line for line in expected.split("\n") if line.strip()]
        assert head.startswith("kind: ") and all(line[:2] in ("+ ", "- ") for line in marked), path.name
        wanted = [line[2:] for line in marked if line.startswith("+ ")]
        unwanted = [line[2:] for line in marked if line.startswith("- ")]
        cases.append((head.removeprefix("kind: "), page, wanted, unwanted))
    return cases


CASES_ = [(path.stem, k, case) for path in CASE_FILES for k, case in enumerate(_cases(path))]


@pytest.mark.parametrize(("name", "k", "case"), CASES_, ids=[f"{name}-{k}" for name, k, _ in CASES_])
def test_related_items(name: str, k: int, case: tuple[str, str, list[str], list[str]]) -> None:
    kind, page, wanted, unwanted = case
    article = clean(page, kind=kind)  # type: ignore[arg-type]
    items = {item.title: item for item in article.related}
    for line in wanted:
        title, *details = line.split(" | ")
        assert title in items, f"missing {title!r}; got {list(items)}"
        for detail in details:
            field, _, value = detail.partition("=")
            assert _shown(getattr(items[title], field)) == value, (title, field)
    assert [t for t in unwanted if t in items] == []


def _shown(value: Any) -> str:
    return "" if value is None else str(value)
