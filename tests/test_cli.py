"""The newsclean command: JSON on stdout and nothing else there, errors on stderr."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, golden_for
from newsclean import NewscleanError, clean
from newsclean._cli import main

SEED = FIXTURES / "seed_aggregator.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("flags", [[], ["--json"]])
def test_json_is_the_article(flags: list[str]) -> None:
    out = run(*flags, str(SEED))
    assert out.returncode == 0 and out.stderr == ""
    article = json.loads(out.stdout)
    expected = golden_for(SEED, FIXTURES / "seed_aggregator.expected.json")
    assert {k: article[k] for k in expected} == expected


def test_text_prints_the_body_only() -> None:
    out = run("--text", str(SEED))
    assert out.stdout.startswith("Elon Musk's passion for Mars")
    assert "No comments yet" not in out.stdout and "Putin compares" not in out.stdout


def test_explain_names_each_stripper() -> None:
    out = run("--explain", str(SEED))
    assert out.returncode == 0
    rows = out.stdout.splitlines()
    assert rows[0].split() == ["line", "stripper", "reason", "text"]
    assert any(r.split()[:2] == ["37", "comment_stub"] and "No comments yet" in r for r in rows)


def test_stdin() -> None:
    out = run("-", stdin=SEED.read_bytes())
    assert json.loads(out.stdout)["headline"].startswith("Putin compares Musk")


def test_folder_gives_json_lines(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    (tmp_path / "a.expected.json").write_text("{}")
    out = run(str(tmp_path))
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == ["a.txt", "b.txt"]
    assert all(r["source"] == "Russia Today" for r in records)


def test_errors_go_to_stderr_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    out = run(str(empty), str(SEED))
    assert out.returncode == 1
    assert "empty" in out.stderr and "Traceback" not in out.stderr
    assert json.loads(out.stdout.splitlines()[0])["source"] == "Russia Today"


def test_missing_file() -> None:
    out = run("no/such/page.txt")
    assert out.returncode == 2 and "no such file" in out.stderr and out.stdout == ""


@pytest.mark.parametrize("flags", [[], ["--kind", "html", "--encoding", "utf-8"]])
def test_html_pages_are_read_as_html(flags: list[str]) -> None:
    out = run(*flags, "--text", str(FIXTURES / "wire_story.html"))
    assert out.returncode == 0 and out.stderr == ""
    assert out.stdout.startswith("The city council of Veldham on Monday approved")
    assert "<p>" not in out.stdout


# ---- many pages: patterns, JSON Lines, WARC, processes, progress and the failure summary ----
# Run in this process (the command's import alone takes seconds).


def main_out(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_pattern_is_expanded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    code, out, err = main_out(capsys, str(tmp_path / "*.txt"))
    assert (code, err) == (0, "")
    assert [Path(json.loads(line)["path"]).name for line in out.splitlines()] == ["a.txt", "b.txt"]


def test_json_lines_in_json_lines_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = (FIXTURES / "wire_story.html").read_text(encoding="utf-8")
    records = [{"url": "https://example.com/a", "html": html}, {"text": SEED.read_text(encoding="utf-8")}]
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
    code, out, err = main_out(capsys, str(path))
    assert (code, err) == (0, "")
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["path"], first["url"]) == (f"{path}:1", "https://example.com/a")
    assert first["headline"] == clean(html, kind="html").headline
    assert (second["path"], second["source"]) == (f"{path}:2", "Russia Today") and "url" not in second


def test_warc_responses_are_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from test_sources import write_warc

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzipped=True)
    code, out, err = main_out(capsys, "--text", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("The city council of Veldham on Monday approved")
    assert "Le café a rouvert mardi." in out


def test_processes_print_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = [SEED, FIXTURES / "wire_story.html", FIXTURES / "blog_post.md", FIXTURES / "aggregator_once.txt"]
    one = main_out(capsys, *map(str, pages))
    two = main_out(capsys, "--processes", "2", *map(str, pages))
    assert one == two and one[0] == 0 and len(one[1].splitlines()) == 4


def test_the_failures_are_summed_up_at_the_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(6):
        (tmp_path / f"empty{n}.txt").write_text(" \n")
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "pages.jsonl").write_text(
        '{"text": "Headline\\n\\nA body sentence that is long enough."}\nnope\n'
    )
    code, out, err = main_out(capsys, str(tmp_path), str(tmp_path / "pages.jsonl"))
    assert code == 1
    assert [Path(json.loads(line)["path"]).name for line in out.splitlines()] == ["good.txt", "pages.jsonl:1"]
    lines = err.splitlines()
    assert lines[0] == "newsclean: 7 of 9 pages failed"
    assert lines[1].startswith(f"  {tmp_path / 'empty0.txt'}: EmptyInputError: ")
    assert len(lines) == 1 + 5 + 1 and lines[-1] == "  ... and 2 more"


def test_one_failed_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    code, out, err = main_out(capsys, str(tmp_path / "binary.txt"))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "newsclean: 1 of 1 page failed",
        f"  {tmp_path / 'binary.txt'}: NotTextError: {clean_error(bytes(range(256)) * 4)}",
    ]


def clean_error(raw: bytes) -> str:
    with pytest.raises(NewscleanError) as info:
        clean(raw)
    return str(info.value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--processes", "0"], "processes=0"),
        (["--progress"], "pip install 'newsclean[cli]'"),
        (["no/such/*.txt"], "no file matches"),
    ],
)
def test_usage_errors_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if the cli extra were not installed
    code, out, err = main_out(capsys, *args, str(SEED))
    assert (code, out) == (2, "") and message in err


def test_progress_shows_pages_per_second(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = main_out(capsys, "--progress", str(SEED), str(SEED))
    assert code == 0 and len(out.splitlines()) == 2
    assert "2/2" in err and "pages/s" in err


def test_no_progress_when_stderr_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = main_out(capsys, str(SEED), str(SEED))
    assert (code, err) == (0, "")
