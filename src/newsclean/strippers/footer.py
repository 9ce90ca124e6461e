"""Site footers: copyright notices and the links every page repeats."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean.strippers._phrases import drop_phrases

__all__ = ["footer"]


def footer(page: Page) -> Iterator[Drop]:
    """Drop copyright lines and footer links.

    >>> page = Page.of("© 2025 Example Media. All rights reserved.", "Privacy Policy",
    ...                "The privacy policy changed in May, the regulator said.")
    >>> [d.line for d in footer(page)]
    [0, 1]
    """
    return drop_phrases(page, "footer", "site footer")
