"""Golden pages: the whole Article must equal what a careful editor extracted."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import CASES as CASES_DIR
from conftest import GOLDEN_FIELDS, OWN_FIELDS, golden_cases, golden_for
from newsclean import clean

KNOWN_FAILURES = dict(
    line.split("\t", 1)
    for line in (CASES_DIR / "golden_known_failures.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)


def _case(raw: Path, expected: Path) -> Any:
    """A golden case; a page listed as a known failure must still fail (strict xfail)."""
    reason = KNOWN_FAILURES.get(raw.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(raw, expected, id=raw.name, marks=marks)


CASES = [_case(raw, expected) for raw, expected in golden_cases()]
# Every line must be accounted for even on pages whose Article is still wrong: no known failures here.
TEXT_CASES = [
    pytest.param(raw, expected, id=raw.name) for raw, expected in golden_cases() if raw.suffix == ".txt"
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_whole_article_matches(raw: Path, expected: Path) -> None:
    article = clean(raw.read_bytes()).model_dump(mode="json")
    assert {field: article[field] for field in (*GOLDEN_FIELDS, *OWN_FIELDS)} == golden_for(raw, expected)


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_scorer_gives_full_marks(raw: Path, expected: Path, scorer: ModuleType) -> None:
    scores = scorer.score(golden_for(raw, expected), clean(raw.read_bytes()).model_dump(mode="json"))
    assert {k: v for k, v in scores.items() if v < 1.0} == {}


@pytest.mark.parametrize(("raw", "expected"), TEXT_CASES)
def test_audit_accounts_for_every_line(raw: Path, expected: Path) -> None:
    """Replay the audit: every input line is in the body or in `removed`, never both."""
    article = clean(raw.read_bytes())
    removed = {r.line: r.text for r in article.removed}
    body = " ".join(article.body)
    for index, line in enumerate(raw.read_text(encoding="utf-8").splitlines()):
        text = line.strip()
        if not text:
            continue
        if index in removed:
            assert removed[index] == text
        else:
            assert text in body, f"line {index} is neither kept nor removed: {text!r}"
