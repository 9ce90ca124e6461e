"""A linear ranker read from a data file: the learned part of the headline and date choices.

Training scripts in bench/ write the weights; at run time a choice is one dot product per
candidate, with no ML runtime.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Protocol, TypeVar

__all__ = ["Ranker", "Scored"]


class Scored(Protocol):
    @property
    def values(self) -> tuple[float, ...]: ...


T = TypeVar("T", bound=Scored)


@dataclass(frozen=True, slots=True)
class Ranker:
    weights: tuple[float, ...]
    #: The best candidate is taken only when it scores at least this much.
    min_score: float

    @classmethod
    def load(cls, name: str, features: Sequence[str]) -> Ranker | None:
        """The weights in ``data/<name>.json``, or None when missing or trained on other features."""
        path = resources.files("newsclean") / "data" / f"{name}.json"
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != tuple(features):
            return None  # stale weights; training imports the features before it writes new ones
        return cls(tuple(float(w) for w in data["weights"]), float(data["min_score"]))

    def score(self, candidate: Scored) -> float:
        return float(sum(map(operator.mul, self.weights, candidate.values)))

    def best(self, found: Sequence[T]) -> T | None:
        """The candidate rated highest, unless even that one is unlikely."""
        if not found:
            return None
        best = max(found, key=self.score)
        return best if self.score(best) >= self.min_score else None
