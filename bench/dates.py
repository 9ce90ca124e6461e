"""What share of clean()'s time the date layer takes, on the WCXB dev pages.

    python bench/dates.py                       # the browser text of every page
    python bench/dates.py --kind html --limit 200
    python bench/dates.py --lines               # also time find_date / find_age on every line

The date layer is every function of newsclean/_dates.py and newsclean/_published.py. Its
time is read from cProfile: the cumulative time of each call that enters the layer from
outside it (clean() calling date_candidates, the line scorer calling find_date...). Calls
inside the layer (date_candidates calling find_date) are part of their caller's time and
are not counted again, nor are lambdas and comprehensions. Profiling slows small functions
more than large ones, so the share is an upper bound; ``--lines`` times the two hot
functions without a profiler.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import pstats
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wcxb import DATA, load_truth  # noqa: E402  (bench/ is no package)

#: The files whose functions make the date layer.
LAYER = ("newsclean/_dates.py", "newsclean/_published.py")
TARGET_SHARE = 0.10  # the target

# pstats keys a function as (file, line, name); its callers the same way.
_Func = tuple[str, int, str]


def _in_layer(func: _Func) -> bool:
    return func[0].replace("\\", "/").endswith(LAYER)


def _entry_point(func: _Func) -> bool:
    """A named function of the layer: lambdas and comprehensions run inside one already,
    even when a builtin (min, sorted) is what calls them."""
    return _in_layer(func) and not func[2].startswith("<")


def raw_pages(data: Path, kind: str, limit: int | None) -> Iterator[bytes]:
    """Each page's raw bytes, as bench/wcxb.py hands them to clean()."""
    folder, suffix = ("text", "txt") if kind == "text" else ("html", "html")
    for row in load_truth(data, "all")[:limit]:
        yield gzip.decompress((data / folder / f"{row['id']}.{suffix}.gz").read_bytes())


def layer_seconds(stats: pstats.Stats) -> tuple[float, dict[str, float]]:
    """The time spent in calls entering the layer from outside it, in total and by function."""
    by_function: dict[str, float] = {}
    raw: dict[_Func, tuple[int, int, float, float, dict[_Func, tuple[int, int, float, float]]]]
    raw = stats.stats  # type: ignore[attr-defined]
    for func, (*_, callers) in raw.items():
        if not _entry_point(func):
            continue
        entering = sum(ct for caller, (_, _, _, ct) in callers.items() if not _in_layer(caller))
        if entering:
            by_function[f"{Path(func[0]).name}:{func[2]}"] = entering
    return sum(by_function.values()), by_function


def profile(data: Path, kind: Literal["text", "html"], limit: int | None) -> None:
    from newsclean import clean

    pages = list(raw_pages(data, kind, limit))
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for raw in pages:
        try:
            clean(raw, kind=None if kind == "text" else kind)  # as bench/wcxb.py does
        except Exception:  # noqa: BLE001  (a failing page is bench/wcxb.py's business)
            continue
    profiler.disable()
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    total = sum(ct for func, (*_, ct, _) in stats.stats.items() if func[2] == "clean")  # type: ignore[attr-defined]
    layer, by_function = layer_seconds(stats)
    print(f"{len(pages)} pages ({kind}), {wall:.1f} s under the profiler, clean() {total:.1f} s")
    for name, seconds in sorted(by_function.items(), key=lambda kv: -kv[1]):
        print(f"  {name:40s} {seconds:7.3f} s  {seconds / total:6.1%}")
    share = layer / total
    verdict = f"{'under' if share < TARGET_SHARE else 'OVER'} the {TARGET_SHARE:.0%} target"
    print(f"date layer: {layer:.2f} s of {total:.2f} s = {share:.1%} ({verdict})")


def time_lines(data: Path, limit: int | None) -> None:
    """find_date and find_age on every line of the text pages: best of three, no profiler."""
    from newsclean._dates import find_age, find_date

    pages = [raw.decode("utf-8", "replace") for raw in raw_pages(data, "text", limit)]
    lines = [line for page in pages for line in page.splitlines()]
    for name, function in (("find_date", find_date), ("find_age", find_age)):
        best, found = float("inf"), 0
        for _ in range(3):
            started = time.perf_counter()
            found = sum(1 for line in lines if function(line) is not None)
            best = min(best, time.perf_counter() - started)
        each = best / len(lines) * 1e6
        print(f"{name}: {len(lines)} lines in {best:.3f} s ({each:.2f} µs a line), {found} found")


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--lines", action="store_true", help="also time find_date and find_age line by line")
    args = parser.parse_args()
    profile(args.data, args.kind, args.limit)
    if args.lines:
        time_lines(args.data, args.limit)


if __name__ == "__main__":
    main()
