"""Train the publication-date ranker on the WCXB dev text, held-out domains excluded.

    python bench/train_date.py              # writes src/newsclean/data/date_scorer.json

Every date on a page is a candidate, labelled right when it is the truth's date; a softmax
over each page's candidates learns to put the right one first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_title import fit_ranker, save_ranker  # noqa: E402
from wcxb import DATA, held_out, page_texts  # noqa: E402

from newsclean import Pipeline  # noqa: E402
from newsclean._blocks import main_block  # noqa: E402
from newsclean._language import detect_language  # noqa: E402
from newsclean._lines import split_lines  # noqa: E402
from newsclean._published import DATE_FEATURES, DateCandidate, date_candidates  # noqa: E402
from newsclean._title import best_title, candidates  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / "date_scorer.json"
Page = tuple[bool, str, list[DateCandidate]]


def pages(data: Path) -> list[Page]:
    pipeline = Pipeline.default()
    out = []
    for truth, text in page_texts(data):
        if not truth.get("published"):
            continue
        lines = split_lines(text)
        outcome = pipeline.run(lines, language=detect_language(text))
        block = main_block(outcome.kept)
        kept = {line.index for line in outcome.kept}
        title = best_title(candidates(lines, kept, block[0] if block else None))
        found = date_candidates(lines, kept, block, title.line if title else None)
        out.append((held_out(truth["domain"]), truth["published"][:10], found))
    return out


def _right(candidate: DateCandidate, day: str) -> bool:
    return candidate.hit.value.isoformat()[:10] == day


def accuracy(rows: list[Page], beta: np.ndarray, min_score: float) -> float:
    right = 0
    for _, day, found in rows:
        if found:
            scores = np.array([c.values for c in found]) @ beta
            best = int(np.argmax(scores))
            right += bool(scores[best] >= min_score and _right(found[best], day))
    return right / max(1, len(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = pages(args.data)
    tune = [r for r in rows if not r[0] and r[2]]
    x = [np.array([c.values for c in found]) for _, _, found in tune]
    y = [np.array([float(_right(c, day)) for c in found]) for _, day, found in tune]
    beta = fit_ranker(x, y)
    min_score = max(np.arange(-8, 2, 0.25), key=lambda m: accuracy(tune, beta, m))
    reachable = sum(any(_right(c, d) for c in f) for _, d, f in rows) / len(rows)
    print(
        f"{sum(map(len, y))} candidates; right date among them on {reachable:.3f} of dated pages; "
        f"tune accuracy {accuracy([r for r in rows if not r[0]], beta, min_score):.3f}, "
        f"held-out {accuracy([r for r in rows if r[0]], beta, min_score):.3f}"
    )
    save_ranker(
        args.out,
        "Publication-date ranker trained by bench/train_date.py on WCXB dev text (CC-BY-4.0), "
        "held-out domains excluded.",
        DATE_FEATURES,
        beta,
        float(min_score),
    )


if __name__ == "__main__":
    main()
