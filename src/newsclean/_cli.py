"""The ``newsclean`` command: clean pages from files, folders or stdin."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsclean._clean import clean
from newsclean._exceptions import NewscleanError
from newsclean._model import Article

__all__ = ["main"]

# Files in a folder that are never pages: golden answers and our own output.
_NOT_PAGES = (".json", ".jsonl")
_EXPLAIN_WIDTH = 70


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news pages into articles. One page prints one JSON "
        "object; several pages or a folder print JSON Lines.",
    )
    parser.add_argument("pages", nargs="+", metavar="PAGE", help="a file, a folder, or - for stdin")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--json",
        dest="mode",
        action="store_const",
        const="json",
        help="print the Article as JSON (the default)",
    )
    mode.add_argument(
        "--text", dest="mode", action="store_const", const="text", help="print only the clean body text"
    )
    mode.add_argument(
        "--explain",
        dest="mode",
        action="store_const",
        const="explain",
        help="print a table of what each stripper removed, and why",
    )
    parser.add_argument(
        "--kind",
        choices=("text", "html", "markdown"),
        help="what the pages are; by default each page's kind is told from how it opens",
    )
    parser.add_argument("--encoding", help="the charset of the pages' bytes, when known")
    parser.set_defaults(mode="json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        sources = list(_expand(args.pages))
    except OSError as exc:
        return _fail(f"newsclean: {exc}")
    many = len(sources) > 1 or any(Path(p).is_dir() for p in args.pages if p != "-")
    failures = 0
    for name in sources:
        try:
            article = clean(_read(name), kind=args.kind, encoding=args.encoding)
        except (OSError, NewscleanError) as exc:
            failures += 1
            print(f"newsclean: {name}: {exc}", file=sys.stderr)
            continue
        _emit(article, name, args.mode, many, sys.stdout)
    return 1 if failures else 0


def _expand(pages: Sequence[str]) -> Iterator[str]:
    for page in pages:
        path = Path(page)
        if page != "-" and path.is_dir():
            yield from (
                str(p) for p in sorted(path.iterdir()) if p.is_file() and not p.name.endswith(_NOT_PAGES)
            )
        elif page == "-" or path.exists():
            yield page
        else:
            raise FileNotFoundError(f"no such file or folder: {page}")


def _read(name: str) -> bytes:
    return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()


def _emit(article: Article, name: str, mode: str, many: bool, out: TextIO) -> None:
    if mode == "text":
        out.write(article.text + "\n" + ("\n" if many else ""))
    elif mode == "explain":
        out.write(explain(article, title=name if many else None))
    elif many:
        out.write(json.dumps({"path": name, **article.model_dump(mode="json")}, ensure_ascii=False) + "\n")
    else:
        out.write(article.model_dump_json(indent=2) + "\n")


def explain(article: Article, *, title: str | None = None) -> str:
    """A readable table of the audit trail: line, stripper, reason and text."""
    rows = [(str(r.line), r.stripper, r.reason, _shorten(r.text)) for r in article.removed]
    head = ("line", "stripper", "reason", "text")
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(3)]
    lines = [f"== {title}"] if title else []
    for row in [head, *rows]:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[3])
    lines.append(f"{len(rows)} lines removed, {len(article.body)} paragraphs kept")
    return "\n".join(lines) + "\n"


def _shorten(text: str) -> str:
    return text if len(text) <= _EXPLAIN_WIDTH else text[: _EXPLAIN_WIDTH - 1] + "…"


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
