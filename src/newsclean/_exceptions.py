"""Every error newsclean raises on purpose.

The tree::

    NewscleanError                  root: catch this to catch everything newsclean raises
    ├── InputError                  the raw page cannot be cleaned as given
    │   ├── InputTypeError          not str or bytes (also a TypeError)
    │   ├── EmptyInputError         nothing but white space, or HTML that shows no text (also a ValueError)
    │   ├── NotTextError            bytes that are binary, not text (also a ValueError)
    │   ├── ResponseStatusError     clean_response() given an HTTP error or redirect (also a ValueError)
    │   ├── UnknownKindError        a kind= that is not "text", "html" or "markdown" (also a ValueError)
    │   ├── InvalidTimeoutError     a timeout= that is not a number of seconds >= 0 (also a ValueError)
    │   └── InvalidNowError         a now= that is not a timezone-aware datetime (also a ValueError)
    ├── CleanTimeoutError           clean() ran past its timeout= (also a TimeoutError)
    ├── IntegrationError            a scraper integration's setting or item class is wrong (also a ValueError)
    └── PipelineError               a pipeline was built or run wrongly
        ├── UnknownStripperError    a name no stripper in the pipeline has (also a KeyError)
        └── StripperError           a stripper raised or returned a bad decision

Every message says what to do about it.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = [
    "CleanTimeoutError",
    "EmptyInputError",
    "InputError",
    "InputTypeError",
    "IntegrationError",
    "InvalidNowError",
    "InvalidTimeoutError",
    "NewscleanError",
    "NotTextError",
    "PipelineError",
    "ResponseStatusError",
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


class ResponseStatusError(InputError, ValueError):
    """clean_response() was given a response whose status is not 2xx (an error page or a redirect).

    ``status_code`` and ``url`` say which response it was.
    """

    def __init__(self, message: str, *, status_code: int, url: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.url = url

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # Pickling rebuilds an exception from its args alone; the keywords must come along.
        return functools.partial(type(self), status_code=self.status_code, url=self.url), (str(self),)


class UnknownKindError(InputError, ValueError):
    """A ``kind=`` that names no kind of input clean() reads."""


class InvalidTimeoutError(InputError, ValueError):
    """A ``timeout=`` that is not a number of seconds, or is negative."""


class InvalidNowError(InputError, ValueError):
    """A ``now=`` that is not a timezone-aware datetime, so ages cannot be resolved against it."""


class CleanTimeoutError(NewscleanError, TimeoutError):
    """clean() ran past its ``timeout=`` and gave up; ``seconds`` is the timeout it had."""

    def __init__(self, message: str, *, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        # As for ResponseStatusError: a worker process's timeout must unpickle in the parent.
        return functools.partial(type(self), seconds=self.seconds), (str(self),)


class IntegrationError(NewscleanError, ValueError):
    """A scraper integration set up wrongly: a setting it cannot use, or an item without a field."""


class PipelineError(NewscleanError):
    """A pipeline was built or run wrongly."""


class UnknownStripperError(PipelineError, KeyError):
    """A stripper name that the pipeline does not have."""

    def __str__(self) -> str:
        # KeyError would wrap the message in quotes.
        return str(self.args[0]) if self.args else ""


class StripperError(PipelineError):
    """A stripper raised, or returned a decision about a line it was not shown."""
