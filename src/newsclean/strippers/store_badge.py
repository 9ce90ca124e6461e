"""App-store badges: the alt text of "App Store" and "Google Play" buttons."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean.strippers._phrases import drop_phrases

__all__ = ["store_badge"]


def store_badge(page: Page) -> Iterator[Drop]:
    """Drop lines made only of app-store badge names, glued or not.

    >>> [d.line for d in store_badge(Page.of("app-storeplay-store", "Apple's App Store fees rose."))]
    [0]
    """
    return drop_phrases(page, "store_badge", "app-store badge")
