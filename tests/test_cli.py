"""The newsclean command: JSON on stdout and nothing else there, errors on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, golden_for

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
