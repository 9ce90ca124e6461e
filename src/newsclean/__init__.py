"""newsclean: scraped news page in, clean validated Article out.

>>> from newsclean import clean
>>> article = clean("Council votes on budget\\n\\nThe council voted on the budget on Tuesday night.")
>>> article.headline
'Council votes on budget'
"""

from __future__ import annotations

from newsclean._batch import BatchError, Cleaned, PageError, Source, clean_many
from newsclean._clean import clean
from newsclean._exceptions import (
    CleanTimeoutError,
    EmptyInputError,
    InputError,
    InputTypeError,
    IntegrationError,
    InvalidNowError,
    InvalidTimeoutError,
    NewscleanError,
    NotTextError,
    PipelineError,
    ResponseStatusError,
    StripperError,
    UnknownKindError,
    UnknownStripperError,
)
from newsclean._lines import Drop, Line, Page, Role
from newsclean._model import Article, Comment, Quote, RelatedItem, Removal
from newsclean._pipeline import Pipeline, Stripper
from newsclean._response import ResponseLike, clean_response

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BatchError",
    "CleanTimeoutError",
    "Cleaned",
    "Comment",
    "Drop",
    "EmptyInputError",
    "InputError",
    "InputTypeError",
    "IntegrationError",
    "InvalidNowError",
    "InvalidTimeoutError",
    "Line",
    "NewscleanError",
    "NotTextError",
    "Page",
    "PageError",
    "Pipeline",
    "PipelineError",
    "ResponseLike",
    "ResponseStatusError",
    "Quote",
    "RelatedItem",
    "Removal",
    "Role",
    "Source",
    "Stripper",
    "StripperError",
    "UnknownKindError",
    "UnknownStripperError",
    "clean",
    "clean_many",
    "clean_response",
]
