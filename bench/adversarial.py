"""The cost of hostile pages at n, 2n, 4n and 8n: it must stay linear (ratios near 2).

    python bench/adversarial.py [--n 25000] [--only NAME]

Each row is one input of tests/test_adversarial.py grown to four sizes; "x2" is the time at
a size over the time at half of it. A quadratic cost shows as ratios near 4, a linear one
near 2 (below 2 while fixed costs still weigh). Times are the best of three runs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from newsclean import clean

PARAGRAPH = "The council voted on Tuesday to pass the budget, officials said after the long meeting."


def _text(*lines: str) -> str:
    return "\n".join(["Budget passes", "", PARAGRAPH, "", *lines, "", PARAGRAPH])


#: name -> (kind, page of size n)
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "teaser meta: spaces": (
        "text",
        lambda n: "\n".join(
            ["Budget passes", "", PARAGRAPH, PARAGRAPH, "", "Related Articles", f"Rail{' ' * n}BBC"]
        ),
    ),
    "dateline: spaces": ("text", lambda n: f"Budget passes\nPublished{' ' * n}3 March 2024\n\n{PARAGRAPH}"),
    "comment: spaces": ("text", lambda n: _text("Comments", f"Anna{' ' * n}says{' ' * n}", "Reply")),
    "read more: separators": ("text", lambda n: _text("Read more" + " :|»›>–—-" * (n // 9))),
    "one line of words": ("text", lambda n: "Budget passes\n\n" + "council " * (n // 8) + "."),
    "one line of RTL marks": ("text", lambda n: "Budget passes\n\n" + "\u200f\u05d0" * (n // 2)),
    "NUL between characters": ("text", lambda n: "\x00".join(_text(PARAGRAPH * (n // len(PARAGRAPH) // 2)))),
    "mixed line endings": (
        "text",
        lambda n: "".join(
            PARAGRAPH + ("\r\n", "\r", "\n", "\u2028")[i % 4] for i in range(n // len(PARAGRAPH))
        ),
    ),
    "markdown: brackets": ("markdown", lambda n: "# Budget\n\n" + "[" * n + "\n\n" + "](" * (n // 2)),
    "markdown: emphasis": ("markdown", lambda n: "# Budget\n\n" + "*a " * (n // 3) + "\n\n" + "_" * n),
    "markdown: table of spaces": ("markdown", lambda n: f"# Budget\n\n|{' ' * n}|{' ' * n}|\n|---|---|\n"),
    "html: nested divs": (
        "html",
        lambda n: "<html><body>" + "<div>" * (n // 5) + PARAGRAPH + "</div>" * (n // 5),
    ),
    "html: nested inline": (
        "html",
        lambda n: "<html><body>" + "<span><b>" * (n // 9) + PARAGRAPH + "</b></span>" * (n // 9),
    ),
    "html: title spaces": (
        "html",
        lambda n: f"<html><head><title>Budget{' ' * n}|{' ' * n}Ex</title></head><body><p>{PARAGRAPH}</p>",
    ),
    "html: paragraphs": ("html", lambda n: "<html><body>" + f"<p>{PARAGRAPH}</p>" * (n // 100)),
}


def _seconds(raw: str, kind: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        clean(raw, kind=kind)  # type: ignore[arg-type]
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--n", type=int, default=25_000, help="the smallest size, in characters of hostile run"
    )
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args()
    sizes = [args.n * k for k in (1, 2, 4, 8)]
    header = f"{'input':<26}" + "".join(f"{f'n={s:,}':>14}" for s in sizes) + f"{'x2':>7}{'x2':>7}{'x2':>7}"
    print(header)
    print("-" * len(header))
    for name, (kind, make) in CASES.items():
        if args.only and args.only not in name:
            continue
        times = [_seconds(make(size), kind) for size in sizes]
        ratios = [later / max(earlier, 1e-6) for earlier, later in zip(times, times[1:], strict=False)]
        row = f"{name:<26}" + "".join(f"{t * 1000:>12.1f}ms" for t in times)
        print(row + "".join(f"{r:>7.2f}" for r in ratios), flush=True)


if __name__ == "__main__":
    main()
