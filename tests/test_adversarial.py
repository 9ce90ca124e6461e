"""Hostile pages: inputs built to make a regex backtrack, a reader recurse or a loop go
quadratic, and text that is odd in every way Unicode allows. Each must finish in a time
far below what a blow-up would take, and give an Article (or a NewscleanError).

Extends test_bad_input.py and test_bad_html.py (10^5 nested <div>s, 14-20 MB pages of text
and markup, one huge line, NUL bytes, runs of quotes and "@"), which these do not repeat; the
largest page here is 50 MB of inline data around a story. bench/adversarial.py
shows the cost of the same inputs at n, 2n, 4n and 8n.

Every module-level pattern in src/newsclean was timed on runs of spaces, tabs, letters,
capitals, digits, dashes, colons, brackets and the like at two lengths; those whose cost grew
quadratically (adjacent or nested unbounded quantifiers) are reached here through clean():

* ``_related._META_SEPARATOR``, ``\\s*[·•|]\\s*`` split over a teaser's meta line, was tried
  from every space of a long run: 40,000 spaces took a minute. It is now ``[·•|]`` with the
  parts stripped ("teaser meta line").
* ``_header.SEGMENT``, ``_NAME_END`` and ``_NAME_SEPARATOR`` (``\\s*`` before an alternation):
  reached on datelines and bylines, whose name text is capped at 300 characters.
* ``_comments._SAYS`` (``.{1,60}?`` then ``\\s*:``), ``_speech._CITE``, ``read_more.INLINE_TEASER``
  and ``_markdown._DELIMITER_CELL``: only ever matched at a line's start or over all of it,
  which costs a bounded number of passes, not one per position.
* ``_metadata._TITLE_SEPARATOR`` and ``_NAME_JOINER``, ``_markup_title.SEGMENT``: over the
  ``<title>``, JSON-LD and ``<meta>`` values, whose white space the reader collapses first.
* ``_title.SEGMENT``: over headline candidates, which are at most 300 characters.
"""

from __future__ import annotations

import time

import pytest

from newsclean import Article, NewscleanError, NotTextError, clean

#: Seconds a hostile page may take: far above what it needs (well under a second each on a
#: laptop), so a slow CI machine passes, far below what a quadratic blow-up costs (minutes).
GENEROUS = 30.0
#: The length of each hostile run: enough that a quadratic pattern takes minutes.
N = 100_000
PARAGRAPH = "The council voted on Tuesday to pass the budget, officials said after the long meeting."


def _timed(raw: str | bytes, **options: object) -> Article:
    started = time.perf_counter()
    article = clean(raw, **options)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    assert seconds < GENEROUS, f"{seconds:.1f} s"
    return article


def _page(*lines: str) -> str:
    return "\n".join(["Budget passes", "", PARAGRAPH, "", *lines, "", PARAGRAPH])


_RUN = " " * N
_TABS = "\t" * N
_NBSP = "\xa0" * N


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        (
            "teaser meta line",
            "\n".join(
                ["Budget passes", "", PARAGRAPH, PARAGRAPH, "", "Related Articles", f"Rail strike{_RUN}BBC"]
            ),
        ),
        ("teaser meta with tabs", _page("Related Articles", f"Rail strike{_TABS}·{_TABS}3 hours ago")),
        (
            "dateline",
            "\n".join(["Budget passes", f"Published{_RUN}3 March 2024{_RUN}|{_RUN}10:00", "", PARAGRAPH]),
        ),
        ("byline", "\n".join(["Budget passes", f"By Anna{_NBSP}Brekke{_RUN}and{_RUN}John", "", PARAGRAPH])),
        ("comment", _page("Comments", f"Anna{_RUN}says{_RUN}", f"Anna{_RUN}x:", "Reply")),
        ("read more and separators", _page("Read more" + " :|»›>–—-" * (N // 9))),
        ("closing quotes", _page("He said" + "\u201d'\u2019" * (N // 3))),
        ("open end", _page("a," * (N // 2), "b")),
        ("markdown table of spaces", "# Budget\n\n" + f"|{_RUN}|{_RUN}|\n|{' -' * (N // 2)}|---|\n"),
        (
            "markdown emphasis runs",
            "# Budget\n\n" + "*a " * (N // 3) + "\n\n" + "_" * N + "\n\n" + "**" * (N // 2),
        ),
        ("markdown brackets", "# Budget\n\n" + "[" * N + "\n\n" + "](" * (N // 2) + "\n\n" + "![" * (N // 2)),
        ("markdown backticks", "# Budget\n\n" + "`a" * (N // 2) + "\n\n" + "``" * (N // 2)),
        ("markdown angles", "# Budget\n\n" + "<a " * (N // 3) + "\n\n" + "<!--" * (N // 4)),
        ("name words", _page("Anna " * (N // 5) + "said.")),
        ("capitals and dots", _page("A. " * (N // 3))),
        ("dates everywhere", _page("3 March 2024 " * (N // 13))),
        ("ages everywhere", _page("3 hours ago · " * (N // 14))),
        ("digits and dashes", _page("2024-03-0" * (N // 9))),
    ],
)
def test_backtracking_bait_finishes(name: str, raw: str) -> None:
    article = _timed(raw)
    assert isinstance(article, Article)


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        (
            "title and metadata",
            f"<html><head><title>Budget{_RUN}|{_RUN}Example</title>"
            f"<meta name='author' content='Anna{_RUN},{_RUN}Bob{_RUN}and{_RUN}Eve'>"
            f"<meta property='og:site_name' content='Ex{_RUN}|{_RUN}ample'></head>"
            f"<body><h1>Budget passes</h1><p>{PARAGRAPH}</p></body></html>",
        ),
        (
            "json-ld",
            '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget'
            + " - " * (N // 3)
            + 'x","author":{"name":"Anna'
            + _RUN
            + 'and Bob"}}</script></head><body><h1>Budget passes</h1><p>'
            + PARAGRAPH
            + "</p></body></html>",
        ),
        (
            "classes",
            "<html><body>" + f"<div class='{'related-' * (N // 8)}'><p>{PARAGRAPH}</p></div></body></html>",
        ),
        ("hidden styles", f"<html><body><p style='{'display : ' * (N // 10)}'>{PARAGRAPH}</p></body></html>"),
        (
            "many links",
            "<html><body><p>" + "<a href='/x'>a</a> " * (N // 20) + PARAGRAPH + "</p></body></html>",
        ),
    ],
)
def test_html_bait_finishes(name: str, raw: str) -> None:
    article = _timed(raw, kind="html")
    assert "council voted" in article.text or article.headline == "Budget passes"


def test_deep_inline_nesting_in_html() -> None:
    """test_bad_html covers 10^5 nested <div>s; inline elements and lists take other paths."""
    depth = 100_000
    raw = "<html><body>" + "<span><b>" * depth + PARAGRAPH + "</b></span>" * depth + "</body></html>"
    article = _timed(raw, kind="html")
    assert isinstance(article, Article)
    raw = "<html><body>" + "<ul><li>" * depth + PARAGRAPH + "</li></ul>" * depth + "</body></html>"
    assert isinstance(_timed(raw, kind="html"), Article)


def test_deep_nesting_in_markdown() -> None:
    raw = "# Budget passes\n\n" + ">" * N + " " + PARAGRAPH + "\n\n" + "  " * N + "- " + PARAGRAPH
    article = _timed(raw, kind="markdown")
    assert PARAGRAPH in article.text


def test_a_five_megabyte_line_of_words() -> None:
    line = " ".join(["council"] * 700_000) + "."
    assert len(line) > 5_000_000
    article = _timed("Budget passes\n\n" + line)
    assert article.body == (line,)


def test_a_fifty_megabyte_page_of_inline_data() -> None:
    """What makes real pages that big: inline styles, scripts and data-URI images around a story."""
    story = f"<h1>Budget passes</h1>{f'<p>{PARAGRAPH}</p>' * 20}"
    image = "<img alt='' src='data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" * 800_000 + "'>"
    script = "<script>var data = '" + "x" * 16_000_000 + "';</script>"
    style = "<style>" + ".a{color:red}" * 700_000 + "</style>"
    raw = f"<html><head>{style}{script}</head><body><article>{story}{image}</article></body></html>"
    assert len(raw) > 50_000_000
    article = _timed(raw)
    assert (article.headline, article.body) == ("Budget passes", (PARAGRAPH,) * 20)


def test_nul_characters_everywhere() -> None:
    raw = "\x00".join("Budget passes\n\n" + PARAGRAPH)
    assert _timed(raw).body == (PARAGRAPH,)
    article = _timed(f"<html><body><h1>Budget passes</h1><p>{raw}</p></body></html>", kind="html")
    assert PARAGRAPH in article.text


def test_bytes_with_nul_every_other_byte_are_refused_unless_declared() -> None:
    """UTF-16 without its BOM looks binary; with its charset declared, it reads."""
    raw = ("Budget passes\n\n" + PARAGRAPH).encode("utf-16-le")
    with pytest.raises(NotTextError, match="binary"):
        clean(raw)
    assert _timed(raw, encoding="utf-16-le").body == (PARAGRAPH,)


@pytest.mark.parametrize(
    "raw",
    [
        b"Budget passes\n\n"
        + PARAGRAPH.encode()
        + b"\n\n\xff\xfe\xc3\x28 \xe2\x82 \xf0\x9f\x98",  # cut sequences
        b"\xc0\xaf\xed\xa0\x80\n\n" + PARAGRAPH.encode(),  # overlong and surrogate encodings
        (PARAGRAPH + "\n").encode() * 1000 + b"\x80" * 5000,
    ],
)
def test_invalid_utf8_gives_text(raw: bytes) -> None:
    assert PARAGRAPH in _timed(raw).body


def test_lone_surrogates_in_str() -> None:
    """A lone surrogate shows as U+FFFD, as an undecodable byte does (a "?" would make the
    sentence a question); a pair, as JSON escapes an emoji, is its character."""
    text = f"{PARAGRAPH[:-1]} \ud800 and \udfff."
    smile = "A smile \ud83d\ude00 closed the long meeting of the council on Tuesday."
    article = _timed(f"Budget passes\n\n{text}\n\n{smile}")
    assert article.body == (
        f"{PARAGRAPH[:-1]} \ufffd and \ufffd.",
        "A smile \U0001f600 closed the long meeting of the council on Tuesday.",
    )
    article.model_dump_json()  # no surrogate left to stop it being written out


@pytest.mark.parametrize("kind", ["text", "markdown"])
def test_mixed_line_endings(kind: str) -> None:
    endings = ["\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
    lines = ["Budget passes", "", PARAGRAPH, "", PARAGRAPH.replace("budget", "plan"), "", "Read more"]
    raw = "".join(line + endings[i % len(endings)] for i, line in enumerate(lines))
    article = _timed(raw, kind=kind)
    assert article.headline == "Budget passes"
    assert article.body == (PARAGRAPH, PARAGRAPH.replace("budget", "plan"))
    assert [r.line for r in article.removed] == [0, 6]


def test_right_to_left_text() -> None:
    """Hebrew and Arabic read like any text; the bidirectional controls around them, which
    only steer drawing, are dropped, so that "." still ends the sentence they wrap."""
    hebrew = "מועצת העיר הצביעה ביום שלישי בעד התקציב, כך אמרו גורמים רשמיים לאחר הישיבה."
    arabic = "صوّت مجلس المدينة يوم الثلاثاء على الميزانية، بحسب ما قاله المسؤولون بعد الاجتماع الطويل."
    raw = "\n".join(
        [
            "\u200fהתקציב עבר",
            "",
            f"\u200f\u202b{hebrew}\u202c",
            "",
            f"\u2067{arabic}\u2069\u200e",
            "",
            "\u202eRead more\u202c",
        ]
    )
    article = _timed(raw)
    assert article.headline == "התקציב עבר"
    assert article.body == (hebrew, arabic)
    assert article.removed[-1].text == "Read more"


def test_zero_width_characters_are_dropped_not_kept() -> None:
    zw = "\u200b\u200c\u200d\u2060\ufeff"
    words = PARAGRAPH.split()
    raw = f"Budget{zw} passes\n\n" + " ".join(zw[i % 5] + word + zw for i, word in enumerate(words))
    article = _timed(raw)
    assert article.headline == "Budget passes"
    assert article.body == (PARAGRAPH,)


def test_a_page_of_zero_width_characters_is_empty() -> None:
    with pytest.raises(NewscleanError, match="empty"):
        clean("\u200b\u200c\u200d\u2060\ufeff" * N)


def test_a_five_megabyte_line_of_one_character() -> None:
    for char in ("a", "\u200f", "\u05d0", "-", "."):
        article = _timed("Budget passes\n\n" + char * 5_000_000)
        assert isinstance(article, Article)


def test_a_teaser_meta_line_with_long_runs_of_white_space_reads_as_without() -> None:
    """The quadratic _related._META_SEPARATOR, fixed: the same teasers, in linear time."""

    def page(gap: str) -> str:
        lines = [
            "Related Articles",
            "Rail strike",
            f"BBC{gap}·{gap}3 hours ago",
            "Water prices",
            f"Ft{gap}|{gap}2 hours ago",
        ]
        return "\n".join(["Budget passes", "", PARAGRAPH, PARAGRAPH, "", *lines])

    expected = clean(page(" ")).related
    assert [(item.title, item.age) for item in expected] == [
        ("Rail strike", "3 hours ago"),
        ("Water prices", "2 hours ago"),
    ]
    assert _timed(page(_RUN)).related == expected
    assert _timed(page(_NBSP)).related == expected
