"""clean_many(): one result per page, in order, errors as values, bounded, same with processes."""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import pytest

import newsclean._batch as batch
from conftest import FIXTURES
from newsclean import (
    BatchError,
    Cleaned,
    Drop,
    InputTypeError,
    Page,
    Pipeline,
    PipelineError,
    Source,
    UnknownKindError,
    clean,
    clean_many,
)

TEXT = (FIXTURES / "seed_aggregator.txt").read_bytes()
HTML = (FIXTURES / "wire_story.html").read_bytes()
MARKDOWN = (FIXTURES / "blog_post.md").read_text(encoding="utf-8")
BINARY = bytes(range(256)) * 8
SHORT = "Budget passes\n\nThe council voted on the budget on Tuesday night, after a long debate."
CRASH_MARK = "CRASH-THIS-WORKER"


def mixed_pages() -> list[Any]:
    return [TEXT, "", HTML, BINARY, MARKDOWN, None, "  \n "]


def test_order_and_errors_per_page() -> None:
    results = list(clean_many(mixed_pages()))
    assert [r.index for r in results] == list(range(7))
    assert [r.ok for r in results] == [True, False, True, False, True, False, False]
    assert results[0].article == clean(TEXT)
    assert results[2].article == clean(HTML)
    assert results[4].article == clean(MARKDOWN)
    assert [r.error.type for r in results if r.error] == [
        "EmptyInputError",
        "NotTextError",
        "InputTypeError",
        "EmptyInputError",
    ]
    assert not any(r.error.bug for r in results if r.error)
    assert "binary" in str(results[3].error)


def test_processes_give_the_same_results() -> None:
    pages = [*mixed_pages(), Source(HTML, url="https://example.com/news/a", name="a")]
    assert list(clean_many(pages, processes=2)) == list(clean_many(pages))


def test_source_options_win_over_the_defaults() -> None:
    page = Source(HTML, url="https://example.com/news/a", kind="html", encoding="utf-8", name="story")
    first, second = clean_many([page, SHORT], kind="text")
    assert first.article == clean(HTML, kind="html", url="https://example.com/news/a")
    assert (first.name, first.url) == ("story", "https://example.com/news/a")
    assert second.article == clean(SHORT, kind="text")
    assert (second.name, second.url) == (None, None)


def test_the_default_kind_applies_to_bare_pages() -> None:
    (as_text,) = clean_many([HTML], kind="text")
    assert as_text.article == clean(HTML, kind="text")
    assert as_text.article != clean(HTML)


class Pulls:
    """An input that records how far ahead of the consumer it has been pulled."""

    def __init__(self, pages: int) -> None:
        self.pulled = 0
        self.pages = pages

    def __iter__(self) -> Iterator[str]:
        for _ in range(self.pages):
            self.pulled += 1
            yield SHORT


@pytest.mark.parametrize(("processes", "bound"), [(None, 1), (2, 2 * batch.AHEAD_PER_PROCESS + 1)])
def test_input_is_pulled_only_a_few_pages_ahead(processes: int | None, bound: int) -> None:
    pages = Pulls(10_000)
    ahead = [
        pages.pulled - consumed
        for consumed, _ in enumerate(islice(clean_many(pages, processes=processes), 30), 1)
    ]
    assert max(ahead) <= bound
    assert pages.pulled < 40


def test_an_endless_input_streams() -> None:
    def endless() -> Iterator[str]:
        while True:
            yield SHORT

    results = list(islice(clean_many(endless(), processes=2), 12))
    assert [r.index for r in results] == list(range(12))
    assert all(r.article is not None and r.article.headline == "Budget passes" for r in results)


def test_stopping_early_ends_the_workers() -> None:
    results = clean_many(Pulls(1000), processes=2)
    assert next(iter(results)).ok
    results.close()  # type: ignore[attr-defined]  # it is a generator
    assert multiprocessing.active_children() == []


def test_an_unexpected_exception_is_a_bug_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(raw: str | bytes, **options: Any) -> Any:
        if raw == "boom":
            raise RuntimeError("kaboom")
        return clean(raw, **options)

    monkeypatch.setattr(batch, "clean", broken)
    first, second = clean_many(["boom", SHORT])
    assert first.error is not None and first.error.bug
    assert (first.error.type, first.error.message) == ("RuntimeError", "kaboom")
    assert first.error.traceback is not None and "RuntimeError: kaboom" in first.error.traceback
    assert "a bug" in str(first.error)
    assert second.ok


def crash_on_mark(page: Page) -> Iterable[Drop]:
    """A stripper that kills its worker process on a marked page."""
    if any(CRASH_MARK in line.text for line in page.nonblank()):
        if multiprocessing.parent_process() is None:  # only a worker may die, never pytest
            raise AssertionError("the crashing page ran in the test process, not a worker")
        os._exit(3)
    return ()


def test_a_crashed_worker_fails_only_its_page() -> None:
    pipeline = Pipeline.from_strippers([("crash_on_mark", crash_on_mark)])
    pages = [SHORT, f"Headline\n\n{CRASH_MARK} in a long enough sentence.", SHORT, TEXT, SHORT]
    results = list(clean_many(pages, processes=2, pipeline=pipeline))
    assert [r.ok for r in results] == [True, False, True, True, True]
    error = results[1].error
    assert error is not None and error.bug and error.type == "BrokenProcessPool"
    assert "worker process died" in error.message
    assert results[3].article == clean(TEXT, pipeline=pipeline)


def test_a_pipeline_that_cannot_reach_the_workers_is_refused_at_once() -> None:
    pipeline = Pipeline.from_strippers([("nothing", lambda page: ())])
    with pytest.raises(PipelineError, match="module-level"):
        clean_many([SHORT], processes=2, pipeline=pipeline)
    (result,) = clean_many([SHORT], pipeline=pipeline)  # in this process it needs no pickling
    assert result.ok


@pytest.mark.parametrize("processes", [0, -2, 1.5, True, "2"])
def test_bad_processes_are_refused_at_once(processes: Any) -> None:
    with pytest.raises(BatchError, match="whole number"):
        clean_many([SHORT], processes=processes)


def test_bad_kinds_are_refused_at_once() -> None:
    with pytest.raises(UnknownKindError, match="one of text, html, markdown"):
        clean_many([SHORT], kind="pdf")  # type: ignore[arg-type]
    with pytest.raises(UnknownKindError):
        Source(SHORT, kind="pdf")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="str or bytes"):
        Source(None)  # type: ignore[arg-type]


def test_timeout_is_passed_on_only_when_given(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, Any]] = []

    def recording(raw: str | bytes, **options: Any) -> Any:
        seen.append(options)
        return clean(raw, **{k: v for k, v in options.items() if k != "timeout"})

    monkeypatch.setattr(batch, "clean", recording)
    list(clean_many([SHORT]))
    list(clean_many([SHORT], timeout=2.5))
    assert "timeout" not in seen[0] and seen[1]["timeout"] == 2.5


def test_results_pickle() -> None:
    results = list(clean_many([Source(TEXT, name="seed", url="https://example.com/"), ""]))
    assert pickle.loads(pickle.dumps(results)) == results
    assert isinstance(results[0], Cleaned)
