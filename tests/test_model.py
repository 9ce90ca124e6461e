"""The Article boundary: frozen, no extra fields, golden field names."""

from __future__ import annotations

import datetime as dt

import pydantic
import pytest

from conftest import GOLDEN_FIELDS, OWN_FIELDS
from newsclean import Article, Comment, Quote, RelatedItem


def test_frozen_and_closed() -> None:
    article = Article(headline="H", body=("One.", "Two."))
    with pytest.raises(pydantic.ValidationError):
        article.headline = "other"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        Article(headline="H", subtitle="x")  # type: ignore[call-arg]


def test_text_joins_paragraphs() -> None:
    assert Article(body=("One.", "Two.")).text == "One.\n\nTwo."


def test_related_item_omits_what_the_page_did_not_give() -> None:
    item = RelatedItem(title="T", age="2 days ago")
    assert item.model_dump(mode="json") == {"title": "T", "age": "2 days ago"}


def test_published_is_a_date_or_an_aware_datetime() -> None:
    def dumped(value: object) -> object:
        return Article(published=value).model_dump(mode="json")["published"]

    assert dumped(dt.date(2025, 4, 16)) == "2025-04-16"
    aware = dt.datetime(2025, 4, 16, 14, 32, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert dumped(aware) == "2025-04-16T14:32:00+02:00"
    with pytest.raises(pydantic.ValidationError):
        Article(published=dt.datetime(2025, 4, 16, 14, 32))


def test_golden_field_names() -> None:
    dumped = Article(pull_quotes=(Quote(text="q"),)).model_dump(mode="json")
    own = {"language", "removed", "host", "published_ambiguous", "updated", "age"}
    assert set(dumped) == {*GOLDEN_FIELDS, *OWN_FIELDS, *own}
    assert dumped["pull_quotes"] == [{"text": "q", "speaker": None}]


def test_comment_json_omits_what_the_page_does_not_give() -> None:
    dumped = Article(comments=(Comment(text="Agreed.", age="3 hours ago"),)).model_dump(mode="json")
    assert dumped["comments"] == [{"text": "Agreed.", "age": "3 hours ago"}]
