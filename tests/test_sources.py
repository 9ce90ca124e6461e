"""Reading the command line's inputs: files, folders, patterns, JSON Lines and WARC."""

from __future__ import annotations

import gzip
import json
import sys
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import FIXTURES
from newsclean._sources import Input, Inputs, SourceError, expand, read

HTML = (FIXTURES / "wire_story.html").read_bytes()
LATIN = "<html><body><h1>Café ouvert</h1><p>Le café a rouvert mardi.</p></body></html>".encode("latin-1")


def read_all(inputs: Inputs) -> tuple[list[tuple[str | None, str | None, str | None, str | None]], list[str]]:
    """(name, url, kind, encoding) of each page read, and the names that could not be read."""
    errors: list[str] = []
    sources = list(read(inputs, on_error=lambda name, reason: errors.append(name)))
    return [(s.name, s.url, s.kind, s.encoding) for s in sources], errors


def test_a_folder_skips_json_but_reads_pages_and_warc(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "a.expected.json", "out.jsonl", "out.jsonl.gz", "crawl.warc.gz"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    inputs = expand([str(tmp_path)])
    assert [(Path(i.path).name, i.form) for i in inputs.items] == [
        ("a.html", "page"),
        ("b.txt", "page"),
        ("crawl.warc.gz", "warc"),
    ]
    assert inputs.many and inputs.total is None


def test_named_files_keep_their_order_and_jsonl_is_input(tmp_path: Path) -> None:
    for name in ("b.txt", "a.jsonl"):
        (tmp_path / name).write_bytes(b"x")
    one = expand([str(tmp_path / "b.txt")])
    assert one == Inputs((Input(str(tmp_path / "b.txt"), "page"),), many=False) and one.total == 1
    two = expand([str(tmp_path / "b.txt"), str(tmp_path / "a.jsonl")])
    assert [i.form for i in two.items] == ["page", "jsonl"] and two.many
    assert expand([str(tmp_path / "a.jsonl")]).many  # JSON Lines may hold any number of pages


def test_patterns_are_expanded_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.html", "n/d.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    inputs = expand([str(tmp_path / "*.txt")])
    assert [Path(i.path).name for i in inputs.items] == ["a.txt", "b.txt"]
    assert inputs.many and inputs.total == 2
    deep = expand([str(tmp_path / "**" / "*.txt")])
    assert [Path(i.path).name for i in deep.items] == ["a.txt", "b.txt", "d.txt"]


def test_missing_paths_and_empty_patterns_say_so(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        expand([str(tmp_path / "nope.txt")])
    with pytest.raises(SourceError, match="no file matches"):
        expand([str(tmp_path / "*.nope")])


def test_gzipped_pages_are_decompressed(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(HTML))
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip")
    errors: list[str] = []
    sources = list(read(expand([str(tmp_path)]), on_error=lambda name, reason: errors.append(reason)))
    assert [s.raw for s in sources] == [HTML]
    assert len(errors) == 1 and "cannot read it" in errors[0]


@pytest.mark.parametrize("gzipped", [False, True])
def test_json_lines(tmp_path: Path, gzipped: bool) -> None:
    lines = [
        json.dumps({"url": "https://example.com/a", "html": "<p>a</p>", "text": "ignored"}),
        "",
        json.dumps({"text": "Headline\n\nBody."}),
        "{broken",
        json.dumps({"markdown": "# Title", "url": 7}),
        json.dumps(["a list"]),
        json.dumps({"body": "no known key"}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / ("pages.jsonl.gz" if gzipped else "pages.jsonl")
    path.write_bytes(gzip.compress(data) if gzipped else data)
    pages, errors = read_all(expand([str(path)]))
    assert pages == [
        (f"{path}:1", "https://example.com/a", "html", None),
        (f"{path}:3", None, "text", None),
        (f"{path}:5", None, "markdown", None),
    ]
    assert errors == [f"{path}:4", f"{path}:6", f"{path}:7"]


def write_warc(path: Path, *, gzipped: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for uri, body, content_type, status in (
            ("https://example.com/news/a", HTML, "text/html; charset=utf-8", "200 OK"),
            ("https://example.com/logo.png", b"\x89PNG\r\n", "image/png", "200 OK"),
            ("https://example.com/gone", b"<html>gone</html>", "text/html", "404 Not Found"),
            ("https://example.fr/cafe", LATIN, 'text/html; charset="ISO-8859-1"', "200 OK"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://example.com/", "request", payload=BytesIO(), http_headers=request
            )
        )


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_gives_its_html_responses(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped=gzipped)
    sources = list(read(expand([str(path)]), on_error=lambda name, reason: pytest.fail(reason)))
    assert [(s.url, s.kind, s.encoding) for s in sources] == [
        ("https://example.com/news/a", "html", "utf-8"),
        ("https://example.fr/cafe", "html", "ISO-8859-1"),
    ]
    assert [s.raw for s in sources] == [HTML, LATIN]
    # Each record's WARC-Date is the page's capture time, against which its ages resolve.
    assert all(s.now is not None and s.now.utcoffset() is not None for s in sources)
    assert sources[0].name == f"{path}@0"
    offset = int(str(sources[1].name).rsplit("@", 1)[1])
    assert offset > 0 and path.read_bytes()[offset:].startswith(b"WARC/1.0" if not gzipped else b"\x1f\x8b")


def test_a_damaged_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"garbage\n")
    reasons: list[str] = []
    assert list(read(expand([str(path)]), on_error=lambda name, reason: reasons.append(reason))) == []
    assert len(reasons) == 1 and "cannot read it as WARC" in reasons[0]


def test_warc_without_warcio_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"")
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(SourceError, match=r"pip install 'newsclean\[warc\]'"):
        expand([str(path)])
