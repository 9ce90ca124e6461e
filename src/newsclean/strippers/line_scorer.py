"""Whatever the crisp strippers could not name: lines a learned scorer rates as boilerplate."""

from __future__ import annotations

import json
import math
import operator
from collections.abc import Iterator
from importlib import resources

from newsclean._exceptions import PipelineError
from newsclean._features import FEATURES, MARKUP_FEATURES, UnitFeatures, unit_features
from newsclean._lines import Drop, Page
from newsclean._markup import Block
from newsclean._text import CLOSE_QUOTES, OPEN_QUOTES, is_prose

__all__ = ["line_scorer"]


def _load(name: str, features: tuple[str, ...]) -> tuple[tuple[float, ...], float] | None:
    path = resources.files("newsclean") / "data" / f"{name}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text())
    if tuple(data["features"]) != features:
        return None  # stale weights; training imports this module before it writes new ones
    return tuple(data["weights"]), float(data["threshold"])


# Trained by bench/train_scorer.py; read once, never changed. Lines read from HTML or
# markdown are scored with weights that also read their markup.
_MODEL = _load("line_scorer", FEATURES)
_MARKUP_MODEL = _load("line_scorer_markup", MARKUP_FEATURES)


def line_scorer(page: Page) -> Iterator[Drop]:
    """Drop the lines whose score for being body falls under the trained threshold.

    It weighs length, sentence ends, stopwords, capitals and digits, the neighbours, and the
    distance from the densest run of prose on the page.

    >>> page = Page.of("Home", "News", "Sport", "",
    ...     "The council voted on Tuesday to close the coal terminal on the northern quay.", "",
    ...     "The motion passed by 19 votes to 12 after a debate that lasted into the night.", "",
    ...     "Photo: Jane Doe", "Privacy", "Contact")
    >>> [page.lines[d.line].text for d in line_scorer(page)]
    ['Home', 'News', 'Sport', 'Photo: Jane Doe', 'Privacy', 'Contact']
    """
    units = unit_features(page.lines, page.language)
    markup = bool(units) and len(units[0].values) == len(MARKUP_FEATURES)
    model = _MARKUP_MODEL if markup else _MODEL
    if model is None:
        raise PipelineError(
            "the line scorer's weights were trained on other features: run bench/train_scorer.py"
        )
    weights, threshold = model
    odds = [_probability(unit, weights) for unit in units]
    doomed = [p < threshold and not unit.attached for unit, p in zip(units, odds, strict=True)]
    doomed = [d and not _quote_box_in_body(units, doomed, i) for i, d in enumerate(doomed)]
    prose = [is_prose(unit.text) for unit in units]
    if all(prose):
        # Nothing but sentences (a body cleaned before, fed back in): no boilerplate to find.
        return
    if not any(p and not d for p, d in zip(prose, doomed, strict=True)):
        # A page this thin (a one-paragraph story) keeps its prose rather than no body at all.
        doomed = [d and not p for p, d in zip(prose, doomed, strict=True)]
    for unit, probability, drop in zip(units, odds, doomed, strict=True):
        if drop:
            reason = f"scored as boilerplate (p={probability:.2f})"
            yield from (Drop(line.index, reason) for line in unit.lines)


#: How many units after a quote box the body is looked for (its credit line may come first).
QUOTE_BOX_REACH = 2


def _quote_box_in_body(units: list[UnitFeatures], doomed: list[bool], i: int) -> bool:
    """A quotation the markup sets apart, with body before and after it: a pull-quote box,
    which yields a quote even when its short line looks like boilerplate."""
    text = units[i].text
    if not text or text[0] not in OPEN_QUOTES or text[-1] not in CLOSE_QUOTES:
        return False
    if not all(line.block is not None and _quoted(line.block) for line in units[i].lines):
        return False
    after = doomed[i + 1 : i + 1 + QUOTE_BOX_REACH]
    return i > 0 and not doomed[i - 1] and not all(after)


def _quoted(block: Block) -> bool:
    return block.tag == "blockquote" or "quote" in block.hints


def _probability(unit: UnitFeatures, weights: tuple[float, ...]) -> float:
    score = sum(map(operator.mul, weights, unit.values))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))
