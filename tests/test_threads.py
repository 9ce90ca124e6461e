"""clean() holds no shared mutable state: threads give what sequential calls give."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, golden_cases
from newsclean import Article, Pipeline, clean

THREADS = 8


def test_eight_threads_match_sequential_calls() -> None:
    pages = [raw.read_bytes() for raw, _ in golden_cases()] * 8
    sequential = [clean(page) for page in pages]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(clean, pages))
    assert threaded == sequential


def _all_fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html", ".md"))


def _at_once(work: Callable[[int], list[Article]]) -> list[list[Article]]:
    """Run ``work(thread number)`` in THREADS threads released together by a barrier."""
    barrier = threading.Barrier(THREADS)
    results: list[list[Article]] = [[] for _ in range(THREADS)]
    errors: list[BaseException] = []

    def run(number: int) -> None:
        try:
            barrier.wait()
            results[number] = work(number)
        except BaseException as exc:  # surfaced below, in the test's own thread
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so that they interleave inside clean()
    try:
        threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors, errors
    return results


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_threads_started_together_match_sequential_calls(suffix: str) -> None:
    """Each thread cleans every page of one kind, starting at a different page, so that
    different pages (and readers, strippers and splitters) run side by side."""
    pages = [p.read_text(encoding="utf-8") for p in _all_fixtures() if p.suffix == suffix]
    assert len(pages) >= 3
    sequential = [clean(page) for page in pages]

    def work(number: int) -> list[Article]:
        order = [(i + number) % len(pages) for i in range(len(pages))]
        done = {i: clean(pages[i]) for i in order}
        return [done[i] for i in range(len(pages))]

    for threaded in _at_once(work):
        assert threaded == sequential


def test_a_shared_custom_pipeline_and_timeout_in_threads() -> None:
    """One Pipeline object used by all threads at once, with a deadline each."""
    pipeline = Pipeline.default().disable("footer")
    pages = [p.read_bytes() for p in _all_fixtures()]
    sequential = [clean(page, pipeline=pipeline) for page in pages]
    for threaded in _at_once(lambda _: [clean(page, pipeline=pipeline, timeout=300) for page in pages]):
        assert threaded == sequential


def _module_state() -> dict[str, Any]:
    """A copy of every module-level dict, list and set in newsclean."""
    state: dict[str, Any] = {}
    for name, module in sorted(sys.modules.items()):
        if name == "newsclean" or name.startswith("newsclean."):
            for attr, value in vars(module).items():
                if type(value) in (dict, list, set, bytearray):
                    state[f"{name}.{attr}"] = repr(value)
    return state


def test_cleaning_changes_no_module_level_container() -> None:
    """No cache or registry at module level fills up as pages are cleaned: a dict, list or
    set that did would be state threads share."""
    clean(FIXTURES.joinpath("seed_aggregator.txt").read_text(encoding="utf-8"))  # imports done
    before = _module_state()
    assert len(before) > 10  # the walk sees the modules' lookup tables
    _at_once(lambda _: [clean(p.read_bytes()) for p in _all_fixtures()])
    assert _module_state() == before
