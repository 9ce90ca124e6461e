"""Train the publication-date ranker on the WCXB dev text, held-out domains excluded.

    python bench/train_date.py              # writes src/newsclean/data/date_scorer.json
    python bench/train_date.py --kind html  # writes src/newsclean/data/markup_date_scorer.json

Every date on a page is a candidate, labelled right when it is the truth's date; a softmax
over each page's candidates learns to put the right one first.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_scorer import page_lines  # noqa: E402
from train_title import Row, arguments, save_ranker, train_ranker  # noqa: E402
from wcxb import held_out  # noqa: E402

from newsclean import Pipeline  # noqa: E402
from newsclean._blocks import main_block  # noqa: E402
from newsclean._published import (  # noqa: E402
    DATE_FEATURES,
    MARKUP_DATE_FEATURES,
    DateCandidate,
    date_candidates,
    with_markup_dates,
)
from newsclean._title import best_title, candidates  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "newsclean" / "data" / "date_scorer.json"


def pages(data: Path, kind: str) -> list[Row[DateCandidate]]:
    pipeline = Pipeline.default()
    out = []
    for truth, lines, meta, language in page_lines(data, kind):
        if not truth.get("published"):
            continue
        outcome = pipeline.run(lines, language=language)
        block = main_block(outcome.kept)
        kept = {line.index for line in outcome.kept}
        title = best_title(candidates(lines, kept, block[0] if block else None))
        # As clean() reads them: the markup's locale, else the page's language, orders D/M.
        locale = (meta.locale if meta is not None else None) or language
        found = date_candidates(lines, kept, block, title.line if title else None, locale=locale)
        if meta is not None:
            found = with_markup_dates(found, meta.published, meta.updated)
        out.append((held_out(truth["domain"]), truth["published"][:10], found))
    return out


def _right(candidate: DateCandidate, day: str) -> bool:
    return candidate.hit.value.isoformat()[:10] == day


def main() -> None:
    args = arguments(__doc__, OUT, kinds=True)
    rows = pages(args.data, args.kind)
    reachable = sum(any(_right(c, d) for c in f) for _, d, f in rows) / len(rows)
    print(f"right date among the candidates on {reachable:.3f} of dated pages")
    beta, min_score = train_ranker(rows, _right)
    save_ranker(
        args.out if args.kind == "text" or args.out != OUT else OUT.with_name("markup_date_scorer.json"),
        f"Publication-date ranker trained by bench/train_date.py on WCXB dev {args.kind} (CC-BY-4.0), "
        "held-out domains excluded.",
        DATE_FEATURES if args.kind == "text" else MARKUP_DATE_FEATURES,
        beta,
        min_score,
    )


if __name__ == "__main__":
    main()
