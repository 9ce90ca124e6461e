"""Logo and image alt text that a browser shows in place of images that did not load."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean.strippers._phrases import drop_phrases

__all__ = ["image_alt"]


def image_alt(page: Page) -> Iterator[Drop]:
    """Drop lines that are only a logo or a decorative image's alt text.

    >>> [d.line for d in image_alt(Page.of("logo", "Orange background", "The logo was redrawn."))]
    [0, 1]
    """
    return drop_phrases(page, "image_alt", "logo or image alt text")
