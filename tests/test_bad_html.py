"""Bad HTML gets a clear error or a best-effort Article: never a crash, never a hang."""

from __future__ import annotations

import time

import pytest

from newsclean import Article, EmptyInputError, UnknownKindError, clean

STORY = "<p>The council voted on Tuesday to close the coal terminal on the northern quay.</p>"
PAGE = f"<!doctype html><html><head><title>Quay vote</title></head><body><h1>Quay vote</h1>{STORY}"
#: Seconds a pathological page may take: far above what it needs, so a slow CI machine passes,
#: far below what a quadratic reading would cost.
GENEROUS = 60.0


@pytest.mark.parametrize(
    "raw",
    [
        PAGE,  # truncated: no closing tags at all
        PAGE + "<div><span><p>The motion passed by 19 votes to 12 after a long debate.",  # unclosed
        PAGE.replace("<p>", "<p><b><i>").replace("</p>", ""),  # unclosed inline tags
        PAGE + "</div></div></body></html></html><p>Text after the end of the document, long enough.</p>",
        PAGE.encode() + b"\x00\x00<p>After NUL bytes the page goes on with more of the story.</p>",
        PAGE[: len(PAGE) // 2 + 40],  # cut in the middle of a tag
    ],
)
def test_broken_markup_gives_an_article(raw: str | bytes) -> None:
    article = clean(raw, kind="html")
    assert isinstance(article, Article)
    assert any("coal terminal" in p for p in article.body) or article.headline == "Quay vote"


def test_deep_nesting_finishes() -> None:
    raw = "<html><body>" + "<div>" * 100_000 + STORY + "</div>" * 100_000 + "</body></html>"
    started = time.perf_counter()
    article = clean(raw, kind="html")
    assert time.perf_counter() - started < GENEROUS
    assert isinstance(article, Article)


def test_twenty_megabytes_finish() -> None:
    paragraph = STORY.replace("Tuesday", "Tuesday {}")
    body = "".join(paragraph.format(i) for i in range(20_000_000 // len(paragraph)))
    started = time.perf_counter()
    article = clean(f"<html><body><article>{body}</article></body></html>", kind="html")
    assert time.perf_counter() - started < GENEROUS
    assert len(article.body) > 10_000


@pytest.mark.parametrize(
    "raw",
    [
        '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>',
        "<html><head><script>document.write('hello')</script></head><body><script>x()</script></body></html>",
        "<html><body><div hidden>   </div><style>p{}</style></body></html>",
    ],
)
def test_a_page_that_shows_no_text_says_so(raw: str) -> None:
    with pytest.raises(EmptyInputError, match="shows no text"):
        clean(raw)


def test_binary_garbage_declared_as_html_is_refused_or_read() -> None:
    garbage = bytes(range(32, 256)) * 100
    article = clean(b"<html><body>" + garbage, kind="html")
    assert isinstance(article, Article)


def test_bogus_charset_does_not_crash() -> None:
    raw = f'<html><head><meta charset="utf-8, ie=edge"></head><body>{STORY}</body></html>'.encode()
    assert "coal terminal" in clean(raw, encoding="x-bogus; charset=nonsense").text


def test_an_unknown_kind_names_the_kinds() -> None:
    with pytest.raises(UnknownKindError, match="text, html, markdown"):
        clean("a page", kind="pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (PAGE, "html"),
        (
            "Title: Quay vote\nURL Source: https://example.com/quay\n\nMarkdown Content:\n# Quay vote\n\nA.",
            "markdown",
        ),
        (
            "Quay vote\n\nThe council voted on Tuesday to close the coal terminal on the northern quay.",
            "text",
        ),
    ],
)
def test_the_kind_is_detected(raw: str, kind: str) -> None:
    from newsclean._clean import detect_kind

    assert detect_kind(raw) == kind
