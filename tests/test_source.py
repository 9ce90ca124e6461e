"""Source versus host: the publisher a credit names is the source, the site that shows the
story is the host."""

from __future__ import annotations

import pytest

from newsclean import clean
from newsclean._credit import source_of

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
