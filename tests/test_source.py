"""Source versus host: the publisher a credit names is the source, the site that shows the
story is the host."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean import clean
from newsclean._credit import source_of
from newsclean._dates import find_date
from newsclean._header import Header, _dateline
from newsclean._lines import Line
from newsclean._publisher import notice_name, origin_publisher

LINES = Path(__file__).parent / "cases" / "source" / "lines.tsv"

BODY = (
    "The council voted on Tuesday to close the coal terminal on the northern quay after a long debate.\n\n"
    "The motion passed by 19 votes to 12, and the terminal will shut at the end of next year.\n"
)


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("© Provided by The Riverside Chronicle", "The Riverside Chronicle"),
        ("Provided by Reuters", "Reuters"),
        ("Source: ANI", "ANI"),
        ("Quelle: dpa | 3 Min. Lesezeit", "dpa"),
        ("Source : AFP", "AFP"),
        ("Fuente: EFE", "EFE"),
        ("Источник: ТАСС", "ТАСС"),
    ],
)
def test_a_credit_names_the_publisher(line: str, source: str) -> None:
    assert source_of(line) == source


@pytest.mark.parametrize(
    "line",
    [
        "Source: the council's own figures, released on Tuesday, show a steep rise.",
        "Open source software is eating the world",
        "Sources say the mayor will resign",
        "Provided by",
        "The Riverside Chronicle",
    ],
)
def test_lines_that_are_no_credit(line: str) -> None:
    assert source_of(line) is None


def page(*header: str) -> str:
    return "Council votes to close the coal terminal\n\n" + "\n".join(header) + "\n\n" + BODY


def test_a_credit_above_the_article_is_its_source_and_leaves_the_body() -> None:
    article = clean(page("Story by Jane Doe • 3h", "© Provided by The Riverside Chronicle"))
    assert (article.source, article.authors, article.age) == ("The Riverside Chronicle", ("Jane Doe",), "3h")
    assert all("Provided by" not in paragraph for paragraph in article.body)


def test_a_credit_inside_the_article_is_not_the_source() -> None:
    text = (
        page("April 16, 2025")
        + "\nSource: ANI\n\nThe terminal employs 240 people, the port authority said on Tuesday.\n"
    )
    assert clean(text).source is None


def test_the_credit_wins_over_the_markup_and_the_site_is_the_host() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Newsline Start"></head><body>'
        "<nav><a href='/'>Home</a></nav><article><h1>Council votes to close the coal terminal</h1>"
        "<p>Story by Jane Doe</p><p>© Provided by The Riverside Chronicle</p>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</article></body></html>"
    )
    article = clean(html)
    assert (article.source, article.host) == ("The Riverside Chronicle", "Newsline Start")


def _line_cases() -> list[tuple[str, str, str | None]]:
    rows = [row.split("\t") for row in LINES.read_text(encoding="utf-8").splitlines() if row[:1] != "#"]
    return [(kind, line, None if name == "-" else name) for kind, line, name in rows]


@pytest.mark.parametrize(("kind", "line", "name"), _line_cases(), ids=lambda v: str(v)[:40])
def test_what_a_notice_or_origin_line_names(kind: str, line: str, name: str | None) -> None:
    got = notice_name(line) if kind == "notice" else origin_publisher([Line(0, line)])
    assert got == name


def footed(*footer: str, top: str = "The Riverside Chronicle", byline: str = "By Jane Doe") -> str:
    return f"{top}\n\n" + page(byline, "April 16, 2025") + "\n" + "\n".join(footer) + "\n"


def test_a_notice_the_masthead_confirms_is_the_source() -> None:
    article = clean(footed("© 2025 The Riverside Chronicle Media Group Ltd. All rights reserved."))
    assert (article.source, article.authors) == ("The Riverside Chronicle", ("Jane Doe",))


def test_a_notice_printed_nowhere_else_names_a_parent_company_not_the_source() -> None:
    assert clean(footed("© 2025 Hearst Magazines, Inc. All rights reserved.")).source is None


def test_a_confirmed_name_that_is_still_a_company_name_is_not_the_source() -> None:
    text = footed("Part of Kelsey Media", "© 2025 Kelsey Media Ltd.", top="Amateur Snapper")
    assert clean(text).source is None


def test_the_article_the_page_prints_with_the_name_is_kept() -> None:
    text = footed("© 2025 Ediciones Gaceta Peninsular S.A.", top="La Gaceta Peninsular")
    assert clean(text).source == "La Gaceta Peninsular"


def test_the_outlet_in_a_byline_is_the_source_not_an_author() -> None:
    article = clean(footed("Copyright 2025 Atlas News Service.", byline="By Jane Doe, Atlas News Service"))
    assert (article.source, article.authors) == ("Atlas News Service", ("Jane Doe",))


def test_a_blog_whose_notice_names_its_writer_has_no_source() -> None:
    article = clean(footed("© 2025 Jane Doe", top="Jane Doe"))
    assert (article.source, article.authors) == (None, ("Jane Doe",))


def test_where_the_story_first_ran_wins_over_the_markup_of_the_site_that_reruns_it() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Newsline Start"></head><body>'
        "<article><h1>Council votes to close the coal terminal</h1><p>By Jane Doe</p>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "<p>Continue reading on The Riverside Chronicle</p></article><footer>© 2025 Newsline Start</footer>"
        "</body></html>"
    )
    article = clean(html)
    assert (article.source, article.host) == ("The Riverside Chronicle", "Newsline Start")


def test_a_markdown_title_confirms_the_notice() -> None:
    text = (
        "Title: Council votes to close the coal terminal | Hollensteiner Kreisbote\n\n"
        "URL Source: https://www.kreisbote-hollenstein.example/lokales/a41877\n\n"
        "Markdown Content:\n# Council votes to close the coal terminal\n\n"
        + BODY
        + "\n© 2025 Hollensteiner Kreisbote GmbH & Co. KG\n"
    )
    assert clean(text).source == "Hollensteiner Kreisbote"


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("The Coastal Sentinel - 2025-03-04", "The Coastal Sentinel"),
        ("WHERE u.created_at > '2024-01-01'", None),  # a line of code, not a dateline
    ],
)
def test_a_dateline_names_its_source(line: str, source: str | None) -> None:
    hit = find_date(line)
    assert hit is not None
    assert _dateline(Header(), Line(0, line), hit).source == source
