"""Prompts to download the publisher's app or to try its "AI features"."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean.strippers._phrases import drop_phrases

__all__ = ["app_promo"]


def app_promo(page: Page) -> Iterator[Drop]:
    """Drop app-download and AI-feature prompts.

    >>> page = Page.of("DOWNLOAD THE APP", "Try Our AI Features", "The app was downloaded 2m times.")
    >>> [d.line for d in app_promo(page)]
    [0, 1]
    """
    return drop_phrases(page, "app_promo", "app or AI-feature promotion")
