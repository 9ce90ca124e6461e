"""The ``newsclean`` command: clean pages from files, folders, patterns, JSON Lines, WARC or stdin."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from newsclean._batch import Cleaned, clean_many
from newsclean._exceptions import NewscleanError
from newsclean._model import Article
from newsclean._sources import Inputs, expand, read, warc_date

__all__ = ["main"]

_EXPLAIN_WIDTH = 70
#: How many failures the summary at the end spells out.
_SHOWN_FAILURES = 5
_TQDM_INSTALL = "--progress needs tqdm: pip install 'newsclean[cli]'"


class UsageError(NewscleanError):
    """The command line asks for something this installation cannot do."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news pages into articles. One page prints one JSON "
        "object; several pages, a folder, a pattern, JSON Lines or WARC print JSON Lines. "
        "Failed pages are summed up on stderr at the end, and make the exit status 1.",
    )
    parser.add_argument(
        "pages",
        nargs="+",
        metavar="PAGE",
        help="a file, a folder, a pattern such as 'pages/*.html', a .jsonl(.gz) file of "
        '{"url": ..., "html"|"markdown"|"text": ...} records, a .warc(.gz) file, or - for stdin',
    )
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
    parser.add_argument(
        "--now",
        type=_capture_time,
        metavar="WHEN",
        help="when the pages were captured, in ISO 8601 with a zone (2025-04-16T09:30:00Z): "
        "relative ages such as '20 hours ago' are resolved against it (WARC records carry their own)",
    )
    parser.add_argument(
        "--processes",
        type=int,
        metavar="N",
        help="clean in N worker processes (default: 1, in this process)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show pages per second on stderr (default: when stderr is a terminal and there "
        "are several pages; needs tqdm)",
    )
    parser.set_defaults(mode="json")
    return parser


def _capture_time(text: str) -> dt.datetime:
    """--now's value, or a usage message saying what it should look like."""
    when = warc_date(text)
    if when is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time with its zone; write it as ISO 8601, such as 2025-04-16T09:30:00Z"
        )
    return when


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    failures = _Failures()
    try:
        inputs = expand(args.pages)
        sources = read(inputs, on_error=failures.unreadable)
        results = clean_many(
            sources, processes=args.processes, kind=args.kind, encoding=args.encoding, now=args.now
        )
        bar = _progress_bar(args.progress, inputs)
    except NewscleanError as exc:
        return _fail(f"newsclean: {exc}")
    try:
        _write(results, args.mode, inputs.many, failures, bar)
    except BrokenPipeError:
        # The reader (head, less) stopped reading: send what is left nowhere, quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if bar is not None:
            bar.close()
    failures.report(sys.stderr)
    return 1 if failures.count else 0


def _write(results: Iterable[Cleaned], mode: str, many: bool, failures: _Failures, bar: Any) -> None:
    for result in results:
        failures.cleaned(result)
        if result.article is not None:
            _emit(result.article, _name(result), result.url, mode, many, sys.stdout)
        if bar is not None:
            bar.update()
            if failures.count:
                bar.set_postfix_str(f"{failures.count} failed", refresh=False)


def _name(result: Cleaned) -> str:
    return result.name or f"page {result.index}"


@dataclass(slots=True)
class _Failures:
    """The pages that gave no Article: how many, and the first few with their reason.

    Mutable on purpose: it is filled while the pages stream past, and keeps only a few.
    """

    pages: int = 0
    count: int = 0
    first: list[str] = field(default_factory=list)

    def cleaned(self, result: Cleaned) -> None:
        self.pages += 1
        if result.error is not None:
            self._add(_name(result), str(result.error))

    def unreadable(self, name: str, reason: str) -> None:
        """A page that could not be read never reaches the cleaner, but it is a page that failed."""
        self.pages += 1
        self._add(name, reason)

    def _add(self, name: str, reason: str) -> None:
        self.count += 1
        if len(self.first) < _SHOWN_FAILURES:
            self.first.append(f"{name}: {reason}")

    def report(self, out: TextIO) -> None:
        if not self.count:
            return
        noun = "page" if self.pages == 1 else "pages"
        lines = [f"newsclean: {self.count} of {self.pages} {noun} failed", *(f"  {f}" for f in self.first)]
        if self.count > len(self.first):
            lines.append(f"  ... and {self.count - len(self.first)} more")
        out.write("\n".join(lines) + "\n")


def _progress_bar(wanted: bool | None, inputs: Inputs) -> Any:
    """A tqdm progress bar on stderr, or None when it is not wanted or tqdm is missing."""
    if wanted is False or (wanted is None and not (inputs.many and sys.stderr.isatty())):
        return None
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError as exc:
        if wanted:
            raise UsageError(_TQDM_INSTALL) from exc
        return None
    return tqdm.tqdm(total=inputs.total, unit=" pages", file=sys.stderr, dynamic_ncols=True)


def _emit(article: Article, name: str, url: str | None, mode: str, many: bool, out: TextIO) -> None:
    if mode == "text":
        out.write(article.text + "\n" + ("\n" if many else ""))
    elif mode == "explain":
        out.write(explain(article, title=name if many else None))
    elif many:
        where = {"path": name, **({"url": url} if url else {})}
        out.write(json.dumps({**where, **article.model_dump(mode="json")}, ensure_ascii=False) + "\n")
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
