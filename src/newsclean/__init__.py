"""newsclean: scraped news page in, clean validated Article out.

>>> from newsclean import clean
>>> article = clean("Council votes on budget\\n\\nThe council voted on the budget on Tuesday night.")
>>> article.headline
'Council votes on budget'
"""

from __future__ import annotations

from newsclean._clean import clean
from newsclean._exceptions import (
    EmptyInputError,
    InputError,
    InputTypeError,
    NewscleanError,
    NotTextError,
    PipelineError,
    StripperError,
    UnknownKindError,
    UnknownStripperError,
)
from newsclean._lines import Drop, Line, Page, Role
from newsclean._model import Article, Comment, Quote, RelatedItem, Removal
from newsclean._pipeline import Pipeline, Stripper

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Comment",
    "Drop",
    "EmptyInputError",
    "InputError",
    "InputTypeError",
    "Line",
    "NewscleanError",
    "NotTextError",
    "Page",
    "Pipeline",
    "PipelineError",
    "Quote",
    "RelatedItem",
    "Removal",
    "Role",
    "Stripper",
    "StripperError",
    "UnknownKindError",
    "UnknownStripperError",
    "clean",
]
