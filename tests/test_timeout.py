"""clean(timeout=): a typed error soon after the time is up, and no change when there is time."""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsclean import CleanTimeoutError, InvalidTimeoutError, NewscleanError, Pipeline, clean
from newsclean._clean import Kind
from newsclean._deadline import Deadline
from newsclean._html import html_lines, parse_html
from newsclean._lines import split_lines
from newsclean._markdown import read_markdown

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PARAGRAPH = "The council voted on the budget on Tuesday {}, officials said after the meeting.\n"


def _big_text(n: int = 8_000) -> str:
    return "Budget vote\n\n" + "".join(PARAGRAPH.format(i) for i in range(n))


def _big_html(n: int = 6_000) -> str:
    body = "".join(f"<p>{PARAGRAPH.format(i)}</p>" for i in range(n))
    return f"<html><head><title>Budget vote</title></head><body><article>{body}</article></body></html>"


def _big_markdown(n: int = 3_000) -> str:
    body = "".join(f"{PARAGRAPH.format(i)}\n[Read more](/a/{i})\n\n" for i in range(n))
    return (
        f"Title: Budget vote\nURL Source: https://example.com/a\n\nMarkdown Content:\n# Budget vote\n\n{body}"
    )


@pytest.mark.parametrize(
    ("make", "kind"), [(_big_text, "text"), (_big_html, "html"), (_big_markdown, "markdown")]
)
def test_a_small_timeout_gives_up_long_before_a_full_clean(make: Callable[[], str], kind: Kind) -> None:
    page = make()
    started = time.perf_counter()
    clean(page, kind=kind)
    full = time.perf_counter() - started
    # A twentieth of the full time runs out in the middle of the work, not before it starts.
    timeout = full / 20
    started = time.perf_counter()
    with pytest.raises(CleanTimeoutError, match="raise timeout=") as caught:
        clean(page, kind=kind, timeout=timeout)
    given_up = time.perf_counter() - started
    assert given_up < full / 2, (given_up, full)
    assert caught.value.seconds == timeout
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value, NewscleanError)


def _expiring(seconds: float) -> Deadline:
    return Deadline(time.monotonic() + seconds, seconds)


def test_the_line_splitter_looks_at_the_clock_as_it_goes() -> None:
    text = "a line\n" * 2_000_000
    deadline = _expiring(0.05)
    with pytest.raises(CleanTimeoutError, match="splitting the page into lines"):
        split_lines(text, deadline=deadline)
    assert split_lines("a\r\nb", deadline=_expiring(60)) == split_lines("a\r\nb")


def test_the_html_walk_looks_at_the_clock_as_it_goes() -> None:
    root = parse_html("<html><body>" + "<p>A paragraph <b>of</b> text.</p>" * 200_000 + "</body></html>")
    assert root is not None
    deadline = _expiring(0.05)
    with pytest.raises(CleanTimeoutError, match="walking the HTML"):
        html_lines(root, deadline=deadline)


def test_the_markdown_reader_looks_at_the_clock_as_it_goes() -> None:
    deadline = _expiring(0.05)
    with pytest.raises(CleanTimeoutError, match="reading the markdown"):
        read_markdown("* [a **link**](/x) and `code`\n" * 500_000, deadline=deadline)


@pytest.mark.parametrize(
    "fixture", sorted(p.name for p in FIXTURES.iterdir() if not p.name.endswith(".json"))
)
def test_a_generous_timeout_changes_nothing(fixture: str) -> None:
    raw = (FIXTURES / fixture).read_bytes()
    assert clean(raw, timeout=120) == clean(raw)


def test_a_zero_timeout_gives_up_at_the_first_check() -> None:
    with pytest.raises(CleanTimeoutError, match="ran out of its 0 s timeout after decoding the page"):
        clean("Headline\n\nA first sentence of the story, long enough to count.", timeout=0)


def test_the_stripper_that_ran_out_of_time_is_named() -> None:
    def slow(page: object) -> list[object]:
        time.sleep(0.5)
        return []

    pipeline = Pipeline.default().before("footer", "slow", slow)  # type: ignore[arg-type]
    with pytest.raises(CleanTimeoutError, match="before the 'footer' stripper"):
        clean(
            "Headline\n\nA first sentence of the story, long enough to count.",
            pipeline=pipeline,
            timeout=0.25,
        )


@pytest.mark.parametrize("timeout", [-1, -0.001, float("nan"), "10", True, [1], 1j])
def test_a_timeout_that_is_not_a_duration_is_refused(timeout: object) -> None:
    with pytest.raises(InvalidTimeoutError, match="timeout=.*None for no limit") as caught:
        clean("Headline\n\nA first sentence.", timeout=timeout)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_the_timeout_is_checked_before_the_page_is_read() -> None:
    with pytest.raises(InvalidTimeoutError):
        clean(None, timeout=-1)  # type: ignore[arg-type]


def test_an_infinite_timeout_is_no_limit() -> None:
    assert clean(
        "Headline\n\nA first sentence of the story, long enough to count.", timeout=float("inf")
    ).body


def test_the_error_survives_pickling() -> None:
    """clean_many() runs pages in worker processes, which send their errors back pickled."""
    error = CleanTimeoutError("clean() gave up", seconds=2.5)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is CleanTimeoutError
    assert (str(copy), copy.seconds) == ("clean() gave up", 2.5)


def test_a_deadline_is_a_frozen_value() -> None:
    deadline = Deadline.after(5)
    assert deadline is not None and deadline.seconds == 5.0
    with pytest.raises(AttributeError):
        deadline.at = 0  # type: ignore[misc]
    assert not hasattr(deadline, "__dict__")
