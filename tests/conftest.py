from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CASES = Path(__file__).resolve().parent / "cases"
SCORER = ROOT.parent / "shared" / "golden" / "score.py"
#: The fields of the shared golden format (shared/golden/FORMAT.md).
GOLDEN_FIELDS = (
    "headline",
    "source",
    "published",
    "authors",
    "body",
    "pull_quotes",
    "related",
    "reference_time",
)
#: newsclean's own field beyond the shared format; a golden file without it expects none.
OWN_FIELDS = ("comments",)


def golden_cases() -> list[tuple[Path, Path]]:
    """Each raw page beside a golden Article: the same page as text, markdown or HTML
    must give the same Article."""
    pairs = []
    for expected in sorted(FIXTURES.glob("*.expected.json")):
        name = expected.name.removesuffix(".expected.json")
        raws = sorted(p for p in FIXTURES.glob(name + ".*") if not p.name.endswith(".json"))
        assert raws, f"{expected}: no raw page beside it"
        pairs += [(raw, expected) for raw in raws]
    return pairs


def golden_for(raw: Path, expected: Path) -> dict[str, Any]:
    """The golden Article as this capture can give it: a text capture has no link addresses."""
    golden: dict[str, Any] = {"comments": [], **load_json(expected)}
    if raw.suffix == ".txt":
        golden["related"] = [{k: v for k, v in item.items() if k != "url"} for item in golden["related"]]
    return golden


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """The shared golden scorer, which lives beside the repository, not in it."""
    if not SCORER.exists():
        pytest.skip(f"the shared golden scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("golden_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
