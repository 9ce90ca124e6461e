"""clean_many(): many pages in, one result per page out, in order, in bounded memory.

>>> from newsclean import Source, clean_many
>>> pages = ["Budget passes\\n\\nThe council voted on the budget on Tuesday night.", "  "]
>>> first, second = clean_many(pages)
>>> first.index, first.article.headline
(0, 'Budget passes')
>>> second.index, second.error.type, second.article is None
(1, 'EmptyInputError', True)
"""

from __future__ import annotations

import datetime as dt
import pickle
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import Any

from newsclean._ages import check_now
from newsclean._clean import Kind, check_kind, clean
from newsclean._exceptions import InputTypeError, NewscleanError, PipelineError
from newsclean._model import Article
from newsclean._pipeline import Pipeline

__all__ = ["BatchError", "Cleaned", "PageError", "Source", "clean_many"]

#: Pages in flight per worker process. Enough that a worker never waits for the parent to
#: hand it the next page, few enough that the pages held in memory stay a handful.
AHEAD_PER_PROCESS = 4
_CRASH = (
    "the worker process died while cleaning this page (killed for using too much memory, or a "
    "crash in a C library such as lxml); clean this page alone with clean() to see why, and "
    "report it if it is not memory"
)


class BatchError(NewscleanError, ValueError):
    """clean_many() was called with options it cannot work with."""


@dataclass(frozen=True, slots=True)
class Source:
    """One page to clean, with what is known about it.

    ``raw``, ``url``, ``kind`` and ``encoding`` mean what they mean for :func:`clean`; the
    page's own ``kind`` and ``encoding`` win over those given to :func:`clean_many`.
    ``name`` is a label of yours (a file name, a database id), handed back on the result.
    ``now`` is the page's own capture time, which wins over the one given to clean_many().

    >>> Source(b"<html>...</html>", url="https://example.com/a", kind="html").kind
    'html'
    """

    raw: str | bytes
    url: str | None = field(default=None, kw_only=True)
    kind: Kind | None = field(default=None, kw_only=True)
    encoding: str | None = field(default=None, kw_only=True)
    name: str | None = field(default=None, kw_only=True)
    #: When the page was captured (a WARC record's date, a response's ``Date``), if known.
    now: dt.datetime | None = field(default=None, kw_only=True)

    def __post_init__(self) -> None:
        if not isinstance(self.raw, str | bytes):
            raise InputTypeError(
                f"Source needs the page as str or bytes, not {type(self.raw).__name__}; "
                "read the file or response body first"
            )
        check_kind(self.kind)
        check_now(self.now)


@dataclass(frozen=True, slots=True)
class PageError:
    """Why a page gave no Article.

    ``type`` is the exception's class name and ``message`` what it said. ``bug`` is True
    when the exception was not a :class:`NewscleanError` (or the worker process died): that
    is a bug in newsclean or in a stripper of yours, and ``traceback`` says where.
    """

    type: str
    message: str
    bug: bool = False
    traceback: str | None = None

    def __str__(self) -> str:
        note = " (a bug: please report it with the page)" if self.bug else ""
        return f"{self.type}: {self.message}{note}"


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The outcome for one page: its Article, or the error that stopped it.

    ``index`` is the page's position in the input; ``name`` and ``url`` are its Source's.
    """

    index: int
    article: Article | None
    error: PageError | None
    name: str | None = None
    url: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the page gave an Article."""
        return self.article is not None


@dataclass(frozen=True, slots=True)
class _Task:
    """What a worker needs to clean one page; sent to it pickled."""

    raw: object
    kind: Kind | None
    encoding: str | None
    url: str | None
    timeout: float | None
    pipeline: Pipeline | None
    now: dt.datetime | None = None


_Outcome = tuple[Article | None, PageError | None]


def clean_many(
    pages: Iterable[str | bytes | Source],
    *,
    processes: int | None = None,
    kind: Kind | None = None,
    encoding: str | None = None,
    timeout: float | None = None,
    pipeline: Pipeline | None = None,
    now: dt.datetime | None = None,
) -> Iterator[Cleaned]:
    """Clean every page and yield one :class:`Cleaned` per page, in the input's order.

    ``pages`` may be endless: they are pulled only a few at a time ahead of what you have
    consumed, so memory stays bounded. A page that fails gives a result whose ``error``
    says why; nothing is raised for it. ``processes=None`` or 1 cleans in this process;
    ``processes=N`` spreads the pages over N worker processes, with the same results.
    ``kind`` and ``encoding`` apply to pages whose :class:`Source` does not give its own;
    ``timeout`` and ``pipeline`` are passed to :func:`clean` for every page (a pipeline
    must pickle to reach worker processes: define its strippers at module level), and so is
    ``now``, the capture time, for pages whose :class:`Source` does not give their own.

    Raises :class:`BatchError` for a bad ``processes``, :class:`UnknownKindError` for a bad
    ``kind`` and :class:`PipelineError` for a pipeline that cannot reach the workers, at once.
    """
    check_kind(kind)
    workers = _check_processes(processes)
    if workers > 1:
        _check_picklable(pipeline)
    check_now(now)
    defaults = _Task(None, kind, encoding, None, timeout, pipeline, now)
    tasks = (_task(page, defaults) for page in pages)
    return _pooled(tasks, workers) if workers > 1 else _inline(tasks)


def _check_processes(processes: object) -> int:
    if processes is None:
        return 1
    if isinstance(processes, bool) or not isinstance(processes, int) or processes < 1:
        raise BatchError(
            f"processes={processes!r} is not a number of worker processes; give a whole number "
            "of 1 or more (1 or None cleans in this process)"
        )
    return processes


def _check_picklable(pipeline: Pipeline | None) -> None:
    try:
        pickle.dumps(pipeline)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        raise PipelineError(
            f"the pipeline cannot be sent to worker processes ({exc}); define its strippers as "
            "module-level functions (not lambdas or nested functions), or use processes=1"
        ) from exc


def _task(page: object, defaults: _Task) -> tuple[Source | None, _Task]:
    """The page's task, with the Source it came from (None for a bare page)."""
    if not isinstance(page, Source):
        return None, replace(defaults, raw=page)
    kind, encoding = page.kind or defaults.kind, page.encoding or defaults.encoding
    now = page.now or defaults.now
    return page, replace(defaults, raw=page.raw, kind=kind, encoding=encoding, url=page.url, now=now)


def _run(task: _Task) -> _Outcome:
    """Clean one page; errors become values. Runs in the worker processes."""
    # Forwarded only when set, so this works with clean()s that predate timeout= and now=.
    options: dict[str, Any] = {} if task.timeout is None else {"timeout": task.timeout}
    if task.now is not None:
        options["now"] = task.now
    try:
        article = clean(
            task.raw,  # type: ignore[arg-type]  # a wrong type is clean()'s InputTypeError to give
            kind=task.kind,
            encoding=task.encoding,
            url=task.url,
            pipeline=task.pipeline,
            **options,
        )
    except NewscleanError as exc:
        return None, PageError(type(exc).__name__, str(exc))
    except Exception as exc:  # a bug must not stop the other pages: it becomes this page's error
        return None, PageError(type(exc).__name__, str(exc), bug=True, traceback=traceback.format_exc())
    return article, None


def _result(index: int, source: Source | None, outcome: _Outcome) -> Cleaned:
    name, url = (source.name, source.url) if source is not None else (None, None)
    return Cleaned(index, outcome[0], outcome[1], name, url)


def _inline(tasks: Iterator[tuple[Source | None, _Task]]) -> Iterator[Cleaned]:
    for index, (source, task) in enumerate(tasks):
        yield _result(index, source, _run(task))


@dataclass(frozen=True, slots=True)
class _InFlight:
    index: int
    source: Source | None
    task: _Task
    future: Future[_Outcome]


def _pooled(tasks: Iterator[tuple[Source | None, _Task]], processes: int) -> Iterator[Cleaned]:
    """Clean in worker processes, at most AHEAD_PER_PROCESS pages per process in flight.

    Pages are submitted one at a time as results are taken (Pool.imap would drain the
    input ahead of the consumer), and results are yielded in submission order.
    """
    pool = _Workers(processes)
    window: deque[_InFlight] = deque()
    try:
        for index, (source, task) in enumerate(tasks):
            if len(window) >= processes * AHEAD_PER_PROCESS:
                yield _settle(window.popleft(), pool)
            window.append(_InFlight(index, source, task, pool.submit(task)))
        while window:
            yield _settle(window.popleft(), pool)
    finally:
        pool.close()


def _settle(job: _InFlight, pool: _Workers) -> Cleaned:
    try:
        outcome = job.future.result()
    except BrokenProcessPool:
        # Some page in flight killed its worker, and the pool failed every page in flight
        # with it; each is run again alone, so that only the page at fault gets the error.
        outcome = pool.run_alone(job.task)
    return _result(job.index, job.source, outcome)


class _Workers:
    """A process pool that is replaced when one of its workers dies.

    Mutable on purpose: it owns processes. Pages that were in flight when a worker died are
    rerun one at a time in a separate one-process pool, so a page that kills its worker again
    is known to be the one at fault.
    """

    __slots__ = ("_alone", "_pool", "_processes")

    def __init__(self, processes: int) -> None:
        self._processes = processes
        self._pool = ProcessPoolExecutor(processes)
        self._alone: ProcessPoolExecutor | None = None

    def submit(self, task: _Task) -> Future[_Outcome]:
        if not isinstance(task.raw, str | bytes):
            # Not a page at all (and maybe not picklable): its InputTypeError is made here.
            done: Future[_Outcome] = Future()
            done.set_result(_run(task))
            return done
        try:
            return self._pool.submit(_run, task)
        except BrokenProcessPool:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = ProcessPoolExecutor(self._processes)
            return self._pool.submit(_run, task)

    def run_alone(self, task: _Task) -> _Outcome:
        if self._alone is None:
            self._alone = ProcessPoolExecutor(1)
        try:
            return self._alone.submit(_run, task).result()
        except BrokenProcessPool:
            self._alone.shutdown(wait=False)
            self._alone = None
            return None, PageError("BrokenProcessPool", _CRASH, bug=True)

    def close(self) -> None:
        # Pages not yet started are dropped; those running are waited for (a few at most).
        self._pool.shutdown(wait=True, cancel_futures=True)
        if self._alone is not None:
            self._alone.shutdown(wait=True)
