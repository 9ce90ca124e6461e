"""newsclean against trafilatura on the WCXB dev pages, scored as the data's README says.

    pip install -e '.[bench]'
    python bench/wcxb.py                        # newsclean on the browser text, trafilatura on HTML
    python bench/wcxb.py --kind html            # newsclean on the HTML as well (when supported)
    python bench/wcxb.py --split heldout        # only the held-out domains
    python bench/wcxb.py --no-trafilatura --dump out.jsonl

Each extractor runs in a child process of its own, so its speed and peak RSS are its own.
Domains are split by a hash of the domain name: one in five is held out from tuning.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wcxb-dev"
WORD = re.compile(r"\w+")
HELD_OUT_SHARE = 5  # one domain in five


def held_out(domain: str) -> bool:
    return int(hashlib.md5(domain.encode()).hexdigest(), 16) % HELD_OUT_SHARE == 0


def load_truth(data: Path, split: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in (data / "truth.jsonl").open(encoding="utf-8")]
    if split == "heldout":
        return [r for r in rows if held_out(r["domain"])]
    if split == "tune":
        return [r for r in rows if not held_out(r["domain"])]
    return rows


def page_texts(data: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """Each page's truth with its browser text, decoded as newsclean decodes it."""
    return _pages(data, "text")


def page_htmls(data: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """Each page's truth with its HTML, decoded as newsclean decodes it."""
    return _pages(data, "html")


def _pages(data: Path, kind: str) -> Iterator[tuple[dict[str, Any], str]]:
    from newsclean import NewscleanError
    from newsclean._input import to_text

    suffix = "txt" if kind == "text" else "html"
    for row in (data / "truth.jsonl").open(encoding="utf-8"):
        truth = json.loads(row)
        raw = gzip.decompress((data / kind / f"{truth['id']}.{suffix}.gz").read_bytes())
        try:
            yield truth, to_text(raw)
        except NewscleanError:
            continue


# ---- child: run one extractor, print one JSON line per page, then the peak RSS ----


def run_child(extractor: str, kind: str, data: Path, ids: list[str]) -> None:
    extract = _newsclean(kind) if extractor == "newsclean" else _trafilatura()
    for page_id in ids:
        path = data / ("html" if kind == "html" or extractor != "newsclean" else "text")
        raw = gzip.decompress(
            (path / f"{page_id}.{'html' if path.name == 'html' else 'txt'}.gz").read_bytes()
        )
        started = time.perf_counter()
        try:
            result, error = extract(raw), None
        except Exception as exc:  # a page that fails scores as empty; the error is counted
            result, error = {"body": "", "title": None, "author": None, "date": None}, repr(exc)
        seconds = time.perf_counter() - started
        print(json.dumps({"id": page_id, "seconds": seconds, "error": error, **result}), flush=True)
    import resource

    print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _newsclean(kind: str) -> Any:
    import newsclean

    def extract(raw: bytes) -> dict[str, Any]:
        options = {} if kind == "text" else {"kind": kind}
        article = newsclean.clean(raw, **options)
        return {
            "body": article.text,
            "title": article.headline,
            # The truth names authors in one string, matched by containment: the first will do.
            "author": article.authors[0] if article.authors else None,
            "date": str(article.published)[:10] if article.published else None,
        }

    return extract


def _trafilatura() -> Any:
    import trafilatura

    def extract(raw: bytes) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(raw.decode("utf-8", "replace"), with_metadata=True)
        if doc is None:
            return {"body": "", "title": None, "author": None, "date": None}
        return {"body": doc.text or "", "title": doc.title, "author": doc.author, "date": doc.date}

    return extract


# ---- parent: score ----

QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})


def norm_title(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(QUOTES)
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return " ".join(s.split()).strip()


def same_author(truth: str, got: str | None) -> bool:
    a, b = WORD.findall(truth.lower()), WORD.findall((got or "").lower())
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = WORD.findall(text or "")
    return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4])


def score(truth: list[dict[str, Any]], results: dict[str, dict[str, Any]]) -> dict[str, float]:
    precisions, recalls = [], []
    seg = Counter()
    title = date = author = 0
    n_date = n_author = 0
    for row in truth:
        got = results[row["id"]]
        out = got["body"] or ""
        t, p = shingles(row["body"] or ""), shingles(out)
        tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
        if p:
            precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        if t:
            recalls.append(tp / (tp + fn) if tp + fn else 0.0)
        flat = " ".join(out.split())
        for snippet in row.get("with") or []:
            seg["tp" if " ".join(snippet.split()) in flat else "fn"] += 1
        for snippet in row.get("without") or []:
            seg["fp" if " ".join(snippet.split()) in flat else "tn"] += 1
        title += norm_title(row["title"]) == norm_title(got["title"])
        if row.get("published"):
            n_date += 1
            date += (got["date"] or "")[:10] == row["published"][:10]
        if row.get("author"):
            n_author += 1
            author += same_author(row["author"], got["author"])
    prec, rec = statistics.mean(precisions or [0]), statistics.mean(recalls or [0])
    seg_p = seg["tp"] / max(1, seg["tp"] + seg["fp"])
    seg_r = seg["tp"] / max(1, seg["tp"] + seg["fn"])
    return {
        "body_p": prec,
        "body_r": rec,
        "body_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
        "seg_f1": 2 * seg_p * seg_r / (seg_p + seg_r) if seg_p + seg_r else 0.0,
        "seg_acc": (seg["tp"] + seg["tn"]) / max(1, sum(seg.values())),
        "title": title / len(truth),
        "date": date / max(1, n_date),
        "author": author / max(1, n_author),
    }


def run_extractor(
    extractor: str, kind: str, data: Path, ids: list[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    cmd = [sys.executable, __file__, "--child", extractor, "--kind", kind, "--data", str(data)]
    proc = subprocess.run(cmd, input="\n".join(ids), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.exit(f"{extractor} failed:\n{proc.stderr[-3000:]}")
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    results = {r["id"]: r for r in lines if "id" in r}
    seconds = [r["seconds"] for r in results.values()]
    stats = {
        "pages": len(seconds),
        "errors": sum(1 for r in results.values() if r["error"]),
        "pages_per_s": len(seconds) / sum(seconds),
        "median_pages_per_s": 1 / statistics.median(seconds),
        "peak_rss_mb": lines[-1]["peak_rss_mb"],
    }
    return results, stats


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--split", choices=("all", "tune", "heldout"), default="all")
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--dump", type=Path, help="write newsclean's per-page results as JSON Lines")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.kind, args.data, sys.stdin.read().split())
        return
    truth = load_truth(args.data, args.split)
    ids = [r["id"] for r in truth]
    extractors = [("newsclean", args.kind)] + ([] if args.no_trafilatura else [("trafilatura", "html")])
    header = f"{'extractor':<22}" + "".join(
        f"{k:>9}" for k in ("body_p", "body_r", "body_f1", "seg_f1", "seg_acc", "title", "date", "author")
    )
    rows, speed = [], []
    for name, kind in extractors:
        results, stats = run_extractor(name, kind, args.data, ids)
        label = f"{name} ({kind})"
        if name == "newsclean" and args.dump:
            with args.dump.open("w", encoding="utf-8") as out:
                for row in truth:
                    out.write(json.dumps({**results[row["id"]], "domain": row["domain"]}) + "\n")
        for split in ("all", "tune", "heldout") if args.split == "all" else (args.split,):
            part = [r for r in truth if split == "all" or held_out(r["domain"]) == (split == "heldout")]
            s = score(part, results)
            rows.append(
                f"{label + ' ' + split + f' n={len(part)}':<22}" + "".join(f"{v:>9.3f}" for v in s.values())
            )
        speed.append(
            f"{label:<22} {stats['pages_per_s']:>8.1f} pages/s total, "
            f"{stats['median_pages_per_s']:>8.1f} median, "
            f"peak RSS {stats['peak_rss_mb']:.0f} MB, {stats['errors']} errors"
        )
    print(f"WCXB dev, {len(truth)} pages ({args.split}), one core per extractor, pid {os.getpid()}")
    print(header)
    print("\n".join(rows))
    print("\n".join(speed))


if __name__ == "__main__":
    main()
