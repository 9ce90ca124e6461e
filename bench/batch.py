"""clean_many() throughput and memory: pages per second by processes, peak RSS by pages.

    python bench/batch.py --kind text --pages 300 1000 --processes 1 2
    python bench/batch.py --kind html --pages 1000 100000 --processes 1 2

The WCXB dev pages (../shared/data/wcxb-dev/) are fed round and round until N pages have
gone in, from a generator, as a crawl would feed them. Each (pages, processes) run is a
child process of its own, so its peak RSS is its own: the parent's (which holds the
compressed dev pages, reads the input and takes the results) and the largest worker's.
Flat peaks from 1,000 to 100,000 pages mean memory does not grow with the input.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wcxb-dev"
SUFFIX = {"text": "txt", "html": "html"}


def compressed_pages(data: Path, kind: str) -> list[bytes]:
    """Every dev page of this kind, still gzipped: holding them decompressed would be the
    benchmark's own memory, not clean_many()'s."""
    ids = [json.loads(row)["id"] for row in (data / "truth.jsonl").open(encoding="utf-8")]
    return [(data / kind / f"{page_id}.{SUFFIX[kind]}.gz").read_bytes() for page_id in ids]


def feed(pages: list[bytes], count: int) -> Iterator[bytes]:
    return (gzip.decompress(page) for page in islice(cycle(pages), count))


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def run_child(data: Path, kind: str, count: int, processes: int) -> None:
    """One measured run; prints one JSON line."""
    from newsclean import clean_many

    pages = compressed_pages(data, kind)
    failed = 0
    started = time.perf_counter()
    # The kind is given, as a crawler that knows what it fetched would.
    for result in clean_many(feed(pages, count), processes=processes, kind=kind):  # type: ignore[arg-type]
        failed += result.error is not None
    seconds = time.perf_counter() - started
    # Read after clean_many() has shut its pool down: only waited-for workers are counted.
    workers = peak_rss_mb(resource.RUSAGE_CHILDREN) if processes > 1 else None
    report = {
        "pages": count,
        "processes": processes,
        "seconds": seconds,
        "failed": failed,
        "parent_mb": peak_rss_mb(resource.RUSAGE_SELF),
        "worker_mb": workers,
    }
    print(json.dumps(report))


def measure(data: Path, kind: str, count: int, processes: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", "--data", str(data), "--kind", kind]
    command += ["--pages", str(count), "--processes", str(processes)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"the run with {count} pages and {processes} processes failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def table(rows: list[dict[str, float]]) -> str:
    head = f"{'pages':>8} {'processes':>9} {'pages/s':>8} {'failed':>6} {'parent MB':>9} {'worker MB':>9}"
    lines = [head, "-" * len(head)]
    for r in rows:
        worker = f"{r['worker_mb']:9.0f}" if r["worker_mb"] is not None else f"{'-':>9}"
        lines.append(
            f"{r['pages']:>8} {r['processes']:>9} {r['pages'] / r['seconds']:8.1f} {r['failed']:>6} "
            f"{r['parent_mb']:9.0f} {worker}"
        )
    return "\n".join(lines)


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.data, args.kind, args.pages[0], args.processes[0])
        return
    rows = []
    for count in args.pages:
        for processes in args.processes:
            rows.append(measure(args.data, args.kind, count, processes))
            print(f"  {count} pages, {processes} processes: done", file=sys.stderr, flush=True)
    print(f"clean_many() on WCXB dev {args.kind} pages ({args.data})")
    print(table(rows))


if __name__ == "__main__":
    main()
