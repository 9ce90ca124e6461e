"""Seconds per MB of clean() from 10 KB to 50 MB: the cost must stay linear in the input.

    python bench/scaling.py [--max-mb 50]

The pages are the seed fixture repeated, so every stripper and the splitter do real work.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsclean import clean

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_aggregator.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max-mb", type=float, default=50.0)
    args = parser.parse_args()
    unit = SEED.read_text(encoding="utf-8")
    print(f"{'input':>10} {'seconds':>9} {'s/MB':>8}")
    for size_kb in [kb for kb in (10, 100, 1_000, 10_000, 50_000) if kb <= args.max_mb * 1000]:
        page = (unit * (size_kb * 1000 // len(unit) + 1))[: size_kb * 1000]
        started = time.perf_counter()
        clean(page)
        seconds = time.perf_counter() - started
        mb = len(page.encode()) / 1e6
        print(f"{mb:>8.2f}MB {seconds:>9.3f} {seconds / mb:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
