"""Train the headline scorer on the WCXB dev text, held-out domains excluded.

    python bench/train_title.py              # writes src/newsclean/data/title_scorer.json
    python bench/train_title.py --kind html  # writes src/newsclean/data/markup_title_scorer.json

Each candidate line around the article's start is labelled right when it equals the
truth title; a softmax over each page's candidates (a conditional logit) learns to put
the right one first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_scorer import page_lines, standardise, unstandardise  # noqa: E402
from wcxb import DATA, held_out, norm_title  # noqa: E402

from newsclean import Pipeline  # noqa: E402
from newsclean._blocks import main_block  # noqa: E402
from newsclean._markup_title import MARKUP_TITLE_FEATURES, MarkupTitle, markup_titles  # noqa: E402
from newsclean._title import TITLE_FEATURES, Candidate, best_title, candidates  # noqa: E402

C = TypeVar("C")
OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / "title_scorer.json"


def pages(data: Path, kind: str) -> list[Row[Candidate]] | list[Row[MarkupTitle]]:
    """Each titled page's candidates: lines for text, the markup's offers for HTML."""
    pipeline = Pipeline.default()
    out: list[Any] = []
    for truth, lines, meta, language in page_lines(data, kind):
        if not truth["title"]:
            continue
        outcome = pipeline.run(lines, language=language)
        block = main_block(outcome.kept)
        kept = {line.index for line in outcome.kept}
        found: list[Any] = candidates(lines, kept, block[0] if block else None)
        if meta is not None:
            pick = best_title(found)
            found = markup_titles(lines, meta, pick.line if pick else None)
        out.append((held_out(truth["domain"]), norm_title(truth["title"]), found))
    return out


#: One page: whether its domain is held out, its truth, its candidates.
Row = tuple[bool, str, list[C]]


def accuracy(
    rows: list[Row[C]], beta: np.ndarray, min_score: float, right: Callable[[C, str], bool]
) -> float:
    """The share of pages whose best-scored candidate is taken and is right."""
    hits = 0
    for _, truth, found in rows:
        if found:
            scores = np.array([c.values for c in found]) @ beta
            best = int(np.argmax(scores))
            hits += bool(scores[best] >= min_score and right(found[best], truth))
    return hits / max(1, len(rows))


def train_ranker(rows: list[Row[C]], right: Callable[[C, str], bool]) -> tuple[np.ndarray, float]:
    """Weights and the least score worth taking, learned on the pages not held out."""
    tune = [r for r in rows if not r[0]]
    usable = [(truth, found) for _, truth, found in tune if found]
    x = [np.array([c.values for c in found]) for _, found in usable]
    y = [np.array([float(right(c, truth)) for c in found]) for truth, found in usable]
    beta = fit_ranker(x, y)
    min_score = max(np.arange(-8, 2, 0.25), key=lambda m: accuracy(tune, beta, m, right))
    print(
        f"{sum(map(len, y))} candidates; tune accuracy {accuracy(tune, beta, min_score, right):.3f}, "
        f"held-out {accuracy([r for r in rows if r[0]], beta, min_score, right):.3f}"
    )
    return beta, float(min_score)


def arguments(doc: str | None, out: Path, *, kinds: bool = False) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=None)
    if kinds:
        parser.add_argument("--kind", choices=("text", "html"), default="text")
    args = parser.parse_args()
    args.out = args.out or out
    return args


def _right(candidate: Candidate | MarkupTitle, title: str) -> bool:
    return norm_title(candidate.text) == title


def fit_ranker(
    pages: list[np.ndarray], right: list[np.ndarray], *, l2: float = 1e-3, steps: int = 1500
) -> np.ndarray:
    """Weights that put each page's right candidate first: a softmax over the page's candidates.

    Pages whose candidates hold no right one teach nothing and are left out.
    """
    chosen = [(x, r) for x, r in zip(pages, right, strict=True) if r.any()]
    stacked = np.vstack([x for x, _ in chosen])
    mean, std = standardise(stacked)
    zs = [((x - mean) / std, r / r.sum()) for x, r in chosen]
    beta = np.zeros(stacked.shape[1])
    m = v = np.zeros_like(beta)
    for t in range(1, steps + 1):  # Adam on the mean log-likelihood of the right candidates
        grad = l2 * beta
        for z, target in zs:
            s = z @ beta
            p = np.exp(s - s.max())
            p /= p.sum()
            grad = grad + z.T @ (p - target) / len(zs)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        beta = beta - 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return unstandardise(beta, mean, std)


def main() -> None:
    args = arguments(__doc__, OUT, kinds=True)
    about = (
        f"Headline scorer trained by bench/train_title.py on WCXB dev {args.kind} (CC-BY-4.0), "
        "held-out domains excluded."
    )
    if args.kind == "text":
        beta, min_score = train_ranker(pages(args.data, "text"), _right)
        save_ranker(args.out, about, TITLE_FEATURES, beta, min_score)
        return
    beta, min_score = train_ranker(pages(args.data, "html"), _right)
    out = args.out if args.out != OUT else OUT.with_name("markup_title_scorer.json")
    save_ranker(out, about, MARKUP_TITLE_FEATURES, beta, min_score)


def save_ranker(out: Path, about: str, features: tuple[str, ...], beta: np.ndarray, min_score: float) -> None:
    """Write a ranker's weights where newsclean._ranker.Ranker.load reads them, and show them."""
    weights = [round(float(v), 5) for v in beta]
    data = {"about": about, "features": list(features), "weights": weights, "min_score": min_score}
    out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    for name, value in zip(features, weights, strict=True):
        print(f"  {name:<18} {value:+.3f}")


if __name__ == "__main__":
    main()
