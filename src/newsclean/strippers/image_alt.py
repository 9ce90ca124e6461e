"""Logo and image alt text that a browser shows in place of images that did not load."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean.strippers._phrases import drop_phrases

__all__ = ["image_alt"]


def image_alt(page: Page) -> Iterator[Drop]:
    """Drop lines that are only a logo or a decorative image's alt text.

    In markdown, a line that is only an image (``![alt](src)``) goes, whatever its alt says.

    >>> [d.line for d in image_alt(Page.of("logo", "Orange background", "The logo was redrawn."))]
    [0, 1]
    """
    for line in page.lines:
        if line.block is not None and line.block.tag == "img":
            yield Drop(line.index, "image alt text")
    yield from drop_phrases(page, "image_alt", "logo or image alt text")
