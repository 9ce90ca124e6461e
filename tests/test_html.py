"""Reading HTML into lines: what a browser shows, and what the markup says of each line."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean._html import html_lines, parse_html
from newsclean._markup import Block

PROSE = "The council voted on Tuesday to close the coal terminal on the northern quay, after a long debate."


def _lines(body: str) -> dict[str, Block | None]:
    root = parse_html(f"<html><body>{body}</body></html>")
    assert root is not None
    return {line.text: line.block for line in html_lines(root) if line.text}


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        ("<p>One <b>bold</b> word</p>", ["One bold word"]),
        ("<div>a<br>b</div>", ["a", "b"]),
        ("<ul><li>first</li><li>second</li></ul>", ["first", "second"]),
        ("<table><tr><td>cell</td><td>two</td></tr></table>", ["cell two"]),
        ("<p>said <q>no</q> twice</p>", ["said \u201cno\u201d twice"]),
        ("<p>shown</p><script>var hidden = 1;</script><style>p {}</style>", ["shown"]),
        (
            '<p>shown</p><div hidden><p>a</p></div><p style="display: none">b</p>'
            '<span aria-hidden="true">c</span>',
            ["shown"],
        ),
        ("<p>before</p></body></html><p>after a stray end</p>", ["before", "after a stray end"]),
        (
            '<p>shown<span class="screen-reader-text"> (opens in a new window)</span></p>'
            '<a href="/a"><span class="visually-hidden">Read </span>Ferry story</a>'
            '<p class="sr-only">Skip to content</p><p class="u-visually-hidden-x">kept</p>',
            ["shown", "Ferry story", "kept"],
        ),
    ],
)
def test_shown_text(markup: str, shown: list[str]) -> None:
    assert list(_lines(markup)) == shown


def test_blocks_say_what_the_markup_said() -> None:
    lines = _lines(
        '<nav><a href="/news">News</a></nav>'
        f'<article class="story"><h1>Quay vote</h1><p>{PROSE}</p><p>{PROSE} Again.</p>'
        "<figure><figcaption>The quay at dawn</figcaption></figure></article>"
        '<aside class="related-posts"><a href="/a">Other story</a></aside>'
    )
    assert lines["News"] == Block("nav", "nav", 1.0, frozenset(), lines["News"].links, False, href="/news")  # type: ignore[union-attr]
    assert [link.url for link in lines["News"].links] == ["/news"]  # type: ignore[union-attr]
    heading, caption, teaser = lines["Quay vote"], lines["The quay at dawn"], lines["Other story"]
    assert heading is not None and heading.tag == "h1" and heading.main and "article" in heading.hints
    assert caption is not None and caption.landmark == "figcaption" and caption.main
    assert teaser is not None and teaser.landmark == "aside" and "related" in teaser.hints and not teaser.main


def test_a_pull_quote_box_is_a_quote_taken_out_of_the_body_once() -> None:
    page = (
        f"<html><body><article><h1>Quay vote</h1><p>{PROSE}</p>"
        '<aside class="pullquote">This quay has waited fifty years for a decision</aside>'
        "<p>The mayor said this quay has waited fifty years for a decision, to applause.</p>"
        f"<p>{PROSE} It passed.</p></article></body></html>"
    )
    article = clean(page)
    assert [q.text for q in article.pull_quotes] == ["This quay has waited fifty years for a decision"]
    assert not any(p.startswith("This quay") for p in article.body)
    assert any("fifty years" in p for p in article.body)


_BODY = " ".join(
    ["The council voted on the new budget on Tuesday night after a long debate about roads."] * 3
)
_RELATIVE_LINKS = f"""<html><head><title>Budget passes</title>
<link rel=canonical href="https://news.example.com/2025/budget"></head><body>
<article><h1>Budget passes</h1><p>{_BODY}</p><p>{_BODY}</p></article>
<aside class="related"><h2>Related Articles</h2><ul>
<li><a href="/2025/schools">Schools get a new roof after years of waiting</a></li>
<li><a href="roads">Roads will be repaired before the winter comes</a></li></ul></aside></body></html>"""


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (None, ["https://news.example.com/2025/schools", "https://news.example.com/2025/roads"]),
        (
            "https://mirror.example.org/x/page",
            ["https://mirror.example.org/2025/schools", "https://mirror.example.org/x/roads"],
        ),
    ],
)
def test_related_links_are_made_absolute_against_the_fetched_url_or_the_canonical(
    url: str | None, expected: list[str]
) -> None:
    article = clean(_RELATIVE_LINKS, url=url)
    assert [item.url for item in article.related] == expected


def test_a_related_section_ends_where_its_box_ends() -> None:
    html = f"""<html><body><article><h1>Budget passes</h1><p>{_BODY}</p><p>{_BODY}</p>
    <section class="related"><h2>Related Articles</h2><ul>
    <li><a href="/a">Schools get a new roof after years of waiting</a></li></ul></section></article>
    <div class="abo-box"><h3>Subscribe now</h3><p>Read every article for 9.90 a month.</p></div>
    </body></html>"""
    article = clean(html, url="https://news.example.com/")
    assert [(item.title, item.summary) for item in article.related] == [
        ("Schools get a new roof after years of waiting", None)
    ]
