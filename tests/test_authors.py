"""Authors read off the page's text: bylines in every form (tests/cases/bylines.tsv), and the
lines they stand on taken out of the body."""

from __future__ import annotations

import json

import pytest

from conftest import CASES
from newsclean import Article, clean

HEADLINE = "Council approves the new city budget after a long debate"
STORY = (
    "The council voted on Tuesday to pass the budget, officials said after a long meeting that ran"
    " late into the night.\n\n"
    "Members argued for hours over spending on roads, schools and parks before the final vote was"
    " taken at midnight.\n\n"
    "The mayor said the budget would take effect in July and promised a review of the plans next spring."
)


def _rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in (CASES / "bylines.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            byline, expected = line.split("\t")
            rows.append((byline.replace("\\n", "\n"), json.loads(expected)))
    return rows


def _page(*header: str, story: str = STORY, footer: str = "") -> Article:
    """The byline's lines under a menu and a headline, over the story."""
    lines = ["Home", "News", "City", "", HEADLINE, *header, "", story, "", footer]
    return clean("\n".join(lines), kind="text")


@pytest.mark.parametrize(("byline", "expected"), _rows(), ids=[repr(r[0]) for r in _rows()])
def test_byline(byline: str, expected: list[str]) -> None:
    article = _page(*byline.split("\n"))
    assert list(article.authors) == expected
    if byline.startswith("By ") and byline.endswith("."):  # a sentence stays in the story
        assert article.body[0] == byline


def test_byline_under_the_headline_leaves_the_body() -> None:
    article = _page("By Jane Doe and John Roe", "May 6, 2025")
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.headline == HEADLINE
    assert str(article.published) == "2025-05-06"
    assert not any("Jane Doe" in paragraph for paragraph in article.body)
    assert article.body[0].startswith("The council voted")


def test_name_beside_the_date() -> None:
    article = _page("Jane Doe • May 6, 2025")
    assert article.authors == ("Jane Doe",)
    assert article.source is None  # the name glued before the date is the author's, not a publisher
    assert str(article.published) == "2025-05-06"
    assert not any("Jane Doe" in paragraph for paragraph in article.body)


GREEN_STORY = STORY + "\n\nThe parks will stay green all summer, the mayor said at the meeting."


def test_name_under_the_dateline_may_be_of_the_pages_words() -> None:
    """Headline, date, name: the line is the byline, though the page prints "green" too."""
    article = _page("May 6, 2025", "Madison Green", story=GREEN_STORY)
    assert article.authors == ("Madison Green",)
    assert not any("Madison Green" in paragraph for paragraph in article.body)


@pytest.mark.parametrize(
    "line",
    [
        "CITY GREEN NEWS",  # a section's label, in capitals
        "Nonessential Thoughts, Technology",  # the post's categories
        "Mayor Green Parks Budget Plan",  # a caption: more words than a name
    ],
)
def test_under_the_dateline_no_label_or_caption_is_an_author(line: str) -> None:
    assert _page("May 6, 2025", line, story=GREEN_STORY).authors == ()


def test_role_line_under_the_name_is_neither_body_nor_author() -> None:
    article = _page("Jane Doe", "Senior Reporter", "May 6, 2025")
    assert article.authors == ("Jane Doe",)
    assert not any("Senior Reporter" in paragraph for paragraph in article.body)
    assert "Senior Reporter" in {r.text for r in article.removed}


def test_author_box_after_the_story() -> None:
    """No byline up top: the name over a bio at the end is the author's."""
    bio = "Jane Doe is a senior reporter at the Daily Planet, where she has covered city hall since 2019."
    article = _page(footer=f"Jane Doe\n{bio}")
    assert article.authors == ("Jane Doe",)


def test_a_menu_item_beside_the_headline_is_no_author() -> None:
    article = _page("Key Takeaways", story=STORY + "\n\nThe key takeaways are the cuts to the parks budget.")
    assert article.authors == ()
