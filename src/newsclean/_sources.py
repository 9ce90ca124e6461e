"""The command line's inputs: files, folders, globs, JSON Lines and WARC files, read as Sources.

Paths are checked up front, so a typo stops the run before any output; the pages themselves
are read one at a time as they are cleaned, so a huge JSON Lines or WARC file is never held
in memory. A page that cannot be read (a bad JSON line, a truncated archive) is reported
through ``on_error`` and skipped; the others go on.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import importlib
import json
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from email.message import Message
from pathlib import Path
from typing import Any, BinaryIO, Literal

from newsclean._batch import Source
from newsclean._clean import Kind
from newsclean._exceptions import NewscleanError

__all__ = ["Input", "Inputs", "SourceError", "expand", "read"]

#: A page that could not be read: its name and why.
OnError = Callable[[str, str], None]
Form = Literal["page", "jsonl", "warc"]

# A folder's JSON files are golden answers or our own output, never pages; name one to read it.
_NOT_IN_FOLDERS = (".json", ".jsonl", ".jsonl.gz")
_GLOB_CHARS = frozenset("*?[")
# The keys a JSON Lines record may hold its page under, in the order they are looked for.
_RECORD_KINDS: tuple[Kind, ...] = ("html", "markdown", "text")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_WARC_INSTALL = "reading WARC files needs warcio: pip install 'newsclean[warc]'"


class SourceError(NewscleanError):
    """A file, folder or pattern on the command line that names nothing readable."""


@dataclass(frozen=True, slots=True)
class Input:
    """One file to read (``-`` is stdin), and what it holds."""

    path: str
    form: Form


@dataclass(frozen=True, slots=True)
class Inputs:
    """Every file to read, and whether the output is one page or JSON Lines."""

    items: tuple[Input, ...]
    #: Several pages may come out: more than one file, a folder, a pattern, JSON Lines or WARC.
    many: bool

    @property
    def total(self) -> int | None:
        """How many pages there are, when that is known without reading them."""
        return len(self.items) if all(item.form == "page" for item in self.items) else None


def expand(args: Sequence[str]) -> Inputs:
    """The files that the command line's arguments name, in order.

    Raises :class:`SourceError` for a path that does not exist, a pattern that matches
    nothing, or a WARC file when warcio is not installed.
    """
    items: list[Input] = []
    containers = False
    for arg in args:
        found, container = _expand_one(arg)
        items += found
        containers = containers or container
    if any(item.form == "warc" for item in items):
        _warcio()
    many = len(items) > 1 or containers or any(item.form != "page" for item in items)
    return Inputs(tuple(items), many)


def _expand_one(arg: str) -> tuple[list[Input], bool]:
    """The files one argument names, and whether it was a folder or a pattern."""
    path = Path(arg)
    if arg == "-" or path.is_file():
        return [Input(arg, _form(arg))], False
    if path.is_dir():
        return _folder(path), True
    if _GLOB_CHARS & set(arg):
        # Expanded here for shells that do not (cmd.exe, or a quoted pattern).
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            raise SourceError(f"no file matches {arg}; check the pattern")
        return [item for match in matches for item in _expand_one(match)[0]], True
    raise SourceError(f"no such file or folder: {arg}; check the path")


def _folder(path: Path) -> list[Input]:
    return [
        Input(str(p), _form(p.name))
        for p in sorted(path.iterdir())
        if p.is_file() and not p.name.endswith(_NOT_IN_FOLDERS)
    ]


def _form(name: str) -> Form:
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    return "page"


def read(inputs: Inputs, *, on_error: OnError) -> Iterator[Source]:
    """Every page of every input, as it is read."""
    for item in inputs.items:
        if item.form == "jsonl":
            yield from _jsonl(item.path, on_error)
        elif item.form == "warc":
            yield from _warc(item.path, on_error)
        else:
            page = _page(item.path, on_error)
            if page is not None:
                yield page


def _page(name: str, on_error: OnError) -> Source | None:
    try:
        if name == "-":
            return Source(sys.stdin.buffer.read(), name=name)
        raw = Path(name).read_bytes()
        return Source(gzip.decompress(raw) if name.endswith(".gz") else raw, name=name)
    except (OSError, EOFError, zlib.error) as exc:
        on_error(name, f"cannot read it ({exc}); check the file")
        return None


def _open(path: str) -> BinaryIO:
    if path.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # a GzipFile reads bytes
    return open(path, "rb")


def _jsonl(path: str, on_error: OnError) -> Iterator[Source]:
    try:
        with _open(path) as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    name = f"{path}:{number}"
                    source, problem = _record(line, name)
                    if source is not None:
                        yield source
                    else:
                        on_error(name, problem)
    except (OSError, EOFError, zlib.error) as exc:
        on_error(path, f"cannot read it ({exc}); check the file")


def _record(line: bytes, name: str) -> tuple[Source | None, str]:
    """The page a JSON Lines record holds, or why it holds none."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, f"not a JSON object ({exc}); write one object per line"
    if not isinstance(record, dict):
        return None, 'not a JSON object; write one object per line, such as {"url": ..., "html": ...}'
    url = record.get("url")
    for kind in _RECORD_KINDS:
        raw = record.get(kind)
        if isinstance(raw, str):
            return Source(raw, url=url if isinstance(url, str) else None, kind=kind, name=name), ""
    return None, 'no page in it; put the page under "html", "markdown" or "text", as a string'


def _warcio() -> tuple[Any, tuple[type[Exception], ...]]:
    """warcio's record reader, and the errors it raises on a damaged file."""
    try:
        reader = importlib.import_module("warcio.archiveiterator")
        failed: type[Exception] = importlib.import_module("warcio.exceptions").ArchiveLoadFailed
    except ImportError as exc:
        raise SourceError(_WARC_INSTALL) from exc
    return reader, (failed, OSError, EOFError, zlib.error, ValueError)


def _warc(path: str, on_error: OnError) -> Iterator[Source]:
    reader, damaged = _warcio()
    try:
        with open(path, "rb") as stream:
            records = reader.ArchiveIterator(stream)
            for record in records:
                page = _warc_page(record)
                if page is not None:
                    # Only once the body is read: asking for the offset earlier skips the body.
                    yield replace(page, name=f"{path}@{records.get_record_offset()}")
    except damaged as exc:
        on_error(path, f"cannot read it as WARC ({type(exc).__name__}: {exc}); check the file")


def _warc_page(record: Any) -> Source | None:
    """The HTML page a WARC response record holds, or None for anything else."""
    headers = record.http_headers
    if record.rec_type != "response" or headers is None:
        return None
    status = str(headers.get_statuscode() or "")
    content_type = _content_type(str(headers.get_header("Content-Type") or ""))
    if not status.startswith("2") or content_type[0] not in _HTML_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    raw = bytes(record.content_stream().read())
    now = warc_date(record.rec_headers.get_header("WARC-Date"))
    return Source(raw, url=str(url) if url else None, kind="html", encoding=content_type[1], now=now)


def warc_date(value: object) -> dt.datetime | None:
    """A WARC-Date (ISO 8601 in UTC, "2025-04-16T09:30:00Z"): when the record was captured.

    >>> warc_date("2025-04-16T09:30:00Z").isoformat()
    '2025-04-16T09:30:00+00:00'
    >>> warc_date("soon") is None
    True
    """
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.utcoffset() is not None else None


def _content_type(header: str) -> tuple[str, str | None]:
    """The media type and charset of a Content-Type header.

    >>> _content_type('text/html; charset="ISO-8859-1"')
    ('text/html', 'ISO-8859-1')
    """
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None
