"""Every error newsclean raises on purpose.

The tree::

    NewscleanError                  root: catch this to catch everything newsclean raises
    ├── InputError                  the raw page cannot be cleaned as given
    │   ├── InputTypeError          not str or bytes (also a TypeError)
    │   ├── EmptyInputError         nothing but white space, or HTML that shows no text (also a ValueError)
    │   ├── NotTextError            bytes that are binary, not text (also a ValueError)
    │   └── UnknownKindError        a kind= that is not "text", "html" or "markdown" (also a ValueError)
    └── PipelineError               a pipeline was built or run wrongly
        ├── UnknownStripperError    a name no stripper in the pipeline has (also a KeyError)
        └── StripperError           a stripper raised or returned a bad decision

Every message says what to do about it.
"""

from __future__ import annotations

__all__ = [
    "EmptyInputError",
    "InputError",
    "InputTypeError",
    "NewscleanError",
    "NotTextError",
    "PipelineError",
    "StripperError",
    "UnknownKindError",
    "UnknownStripperError",
]


class NewscleanError(Exception):
    """Root of every error newsclean raises on purpose."""


class InputError(NewscleanError):
    """The raw page cannot be cleaned as it was given."""


class InputTypeError(InputError, TypeError):
    """clean() was given something other than str or bytes."""


class EmptyInputError(InputError, ValueError):
    """The page holds nothing but white space."""


class NotTextError(InputError, ValueError):
    """The bytes are binary data, not a text, HTML or markdown page."""


class UnknownKindError(InputError, ValueError):
    """A ``kind=`` that names no kind of input clean() reads."""


class PipelineError(NewscleanError):
    """A pipeline was built or run wrongly."""


class UnknownStripperError(PipelineError, KeyError):
    """A stripper name that the pipeline does not have."""

    def __str__(self) -> str:
        # KeyError would wrap the message in quotes.
        return str(self.args[0]) if self.args else ""


class StripperError(PipelineError):
    """A stripper raised, or returned a decision about a line it was not shown."""
