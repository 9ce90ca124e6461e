"""Train the line scorer's weights on the WCXB dev text, held-out domains excluded.

    pip install -e '.[bench,train]'
    python bench/train_scorer.py              # writes src/newsclean/data/line_scorer.json
    python bench/train_scorer.py --kind html  # writes src/newsclean/data/line_scorer_markup.json

Each non-blank line that the crisp strippers leave is labelled body when the truth body
holds it; a logistic regression over newsclean's own line features (src/newsclean/_features.py)
learns the rest. The weights are a small JSON file; at run time they are a dot product.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wcxb import DATA, held_out, page_htmls, page_texts  # noqa: E402

from newsclean import NewscleanError, Pipeline  # noqa: E402
from newsclean._clean import read_page  # noqa: E402
from newsclean._features import FEATURES, MARKUP_FEATURES, unit_features  # noqa: E402
from newsclean._lines import Line  # noqa: E402
from newsclean._markup import Metadata  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data"
WORD = re.compile(r"\w+")


def in_body(text: str, body: str, body_shingles: set[tuple[str, ...]]) -> bool:
    if " ".join(text.split()) in body:
        return True
    tokens = WORD.findall(text)
    grams = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
    return bool(grams) and len(grams & body_shingles) / len(grams) >= 0.5


PageLines = tuple[dict[str, Any], tuple[Line, ...], Metadata | None, str | None]


def page_lines(data: Path, kind: str) -> Iterator[PageLines]:
    """Each page's truth, its lines and metadata as clean() reads them, and its language."""
    for truth, raw in page_texts(data) if kind == "text" else page_htmls(data):
        try:
            yield truth, *read_page(raw, kind)  # type: ignore[arg-type]
        except NewscleanError:  # a page that shows no text teaches nothing
            continue


def examples(data: Path, scorer_name: str, kind: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    crisp = Pipeline.default()
    if scorer_name in crisp.all_names:
        crisp = crisp.remove(scorer_name)
    rows, labels, weights = [], [], []
    for truth, lines, _, language in page_lines(data, kind):
        if held_out(truth["domain"]) or not truth["body"]:
            continue
        kept = crisp.run(lines, language=language).kept
        body = " ".join(truth["body"].split())
        tokens = WORD.findall(truth["body"])
        shingles = {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
        for unit in unit_features(kept, language):
            if len(unit.values) != len(features(kind)):
                break  # a page the HTML reader found no article element in: the text model's
            rows.append(unit.values)
            labels.append(in_body(unit.text, body, shingles))
            # What a unit costs or earns in the shingle metric grows with its words.
            weights.append(1.0 + len(WORD.findall(unit.text)))
    return np.array(rows), np.array(labels, dtype=float), np.array(weights)


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each column's mean and spread; the bias column (the first) stays as it is."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    mean[0], std[0] = 0.0, 1.0
    return mean, std


def unstandardise(beta: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """Fold the standardisation into the weights so run time is one dot product on raw values."""
    raw = beta / std
    raw[0] = beta[0] - np.sum(beta[1:] * mean[1:] / std[1:])
    return raw


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, *, l2: float = 1e-3, steps: int = 3000) -> np.ndarray:
    mean, std = standardise(x)
    z = (x - mean) / std
    beta = np.zeros(x.shape[1])
    w = w / w.sum()
    for _ in range(steps):  # plain gradient descent: few features, convex loss
        p = 1 / (1 + np.exp(-z @ beta))
        grad = z.T @ (w * (p - y)) + l2 * beta
        beta -= 2.0 * grad
    return unstandardise(beta, mean, std)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or OUT / ("line_scorer.json" if args.kind == "text" else "line_scorer_markup.json")
    x, y, w = examples(args.data, "line_scorer", args.kind)
    beta = fit(x, y, w)
    p = 1 / (1 + np.exp(-x @ beta))
    best = max(np.arange(0.2, 0.8, 0.02), key=lambda t: _weighted_f1(p >= t, y, w))
    print(
        f"{len(y)} lines, {y.mean():.2f} body; threshold {best:.2f}, "
        f"weighted F1 {_weighted_f1(p >= best, y, w):.3f}"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            {
                "about": f"Logistic line scorer trained by bench/train_scorer.py on WCXB dev {args.kind} "
                "(CC-BY-4.0), held-out domains excluded.",
                "features": list(features(args.kind)),
                "weights": [round(float(v), 5) for v in beta],
                "threshold": round(float(best), 3),
                "lines": int(len(y)),
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    for name, value in zip(features(args.kind), beta, strict=True):
        print(f"  {name:<18} {value:+.3f}")


def features(kind: str) -> tuple[str, ...]:
    return FEATURES if kind == "text" else MARKUP_FEATURES


def _weighted_f1(pred: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    tp = float(np.sum(w * (pred & (y == 1))))
    fp = float(np.sum(w * (pred & (y == 0))))
    fn = float(np.sum(w * (~pred & (y == 1))))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    main()
