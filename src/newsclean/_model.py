"""The output boundary: validated, frozen pydantic models.

Field names follow the shared golden format, so ``Article.model_dump(mode="json")``
can be scored by the golden scorer unchanged.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    SerializerFunctionWrapHandler,
    model_serializer,
)

__all__ = ["Article", "Comment", "Quote", "RelatedItem", "Removal"]

#: A calendar date, or an instant when the page prints a time (never a naive datetime).
Published = AwareDatetime | dt.date


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Quote(_Frozen):
    """A quotation the page set apart, without its quote marks."""

    text: str
    speaker: str | None = None


class _Sparse(_Frozen):
    """A model whose JSON omits the fields the page does not give, as the golden format does."""

    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        return {key: value for key, value in data.items() if value is not None}


class RelatedItem(_Sparse):
    """A teaser for another article. Fields the page does not give stay None."""

    title: str
    source: str | None = None
    age: str | None = None
    published: Published | None = None
    summary: str | None = None
    url: str | None = None


class Comment(_Sparse):
    """A reader's comment under the article: its text, and who wrote it and when, if shown.

    ``text`` is the comment's paragraphs, separated by a blank line; ``age`` is as printed
    ("3 hours ago", "vor 2 Stunden", or the date the page shows).
    """

    text: str
    author: str | None = None
    age: str | None = None
    #: The age resolved against the capture time, when clean() was told it (``now=``).
    published: Published | None = None


class Removal(_Frozen):
    """One line taken out of the page: by which stripper, where, and why."""

    stripper: str
    line: int
    text: str
    reason: str


class Article(_Frozen):
    """A cleaned news article."""

    headline: str | None = None
    #: The publisher of the story: not the aggregator or portal that re-hosts it.
    source: str | None = None
    #: The site that served the page, when it says (its name, else its address's host name).
    host: str | None = None
    #: The printed date, the metadata's, or the printed age resolved against ``now=``.
    published: Published | None = None
    #: True when the page printed the date so that day and month could be either way round
    #: ("05/06/2025") and nothing on the page settled which; ``published`` is then a guess.
    published_ambiguous: bool = False
    #: When the story was last updated, if the page says and it differs from ``published``.
    updated: Published | None = None
    #: The article's age as printed ("20 hours ago"), if the page prints one.
    age: str | None = None
    authors: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    pull_quotes: tuple[Quote, ...] = ()
    related: tuple[RelatedItem, ...] = ()
    #: Readers' comments under the article, when the page shows them; never part of the body.
    comments: tuple[Comment, ...] = ()
    #: The capture time that resolves the page's relative ages: ``now=`` when given, else
    #: worked out from a timed date printed beside its age.
    reference_time: AwareDatetime | None = None
    language: str | None = None
    removed: tuple[Removal, ...] = ()

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by a blank line."""
        return "\n\n".join(self.body)
