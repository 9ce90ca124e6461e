"""Site footers: copyright notices and the links every page repeats."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Page
from newsclean._text import FIELD_SEPARATOR
from newsclean.strippers._phrases import drop_phrases

__all__ = ["footer"]

#: A footer line's parts are link labels and a copyright notice: none is longer than this.
_MAX_PART_WORDS = 8


def footer(page: Page) -> Iterator[Drop]:
    """Drop copyright lines and footer links, also when one line holds several of them.

    >>> page = Page.of("© 2025 Example Media. All rights reserved.", "Privacy Policy",
    ...                "The privacy policy changed in May, the regulator said.",
    ...                "© L'Écho 2026 · Mentions légales · Données personnelles · Contact")
    >>> [d.line for d in footer(page)]
    [0, 1, 3]
    """
    yield from drop_phrases(page, "footer", "site footer")
    for line in page.nonblank():
        if not page.is_phrase(line, "footer") and footer_links(line.text):
            yield Drop(line.index, "site footer links")


def footer_links(text: str) -> bool:
    """Whether the line is a row of short footer links, two or more of them footer phrases.

    >>> footer_links("Impressum · Datenschutz · Kontakt")
    True
    >>> footer_links("Contact · Photos: Jane Roe")
    False
    """
    if "·" not in text and "•" not in text and "|" not in text:
        return False
    parts = [part.strip() for part in FIELD_SEPARATOR.split(text)]
    if len(parts) < 3 or any(part.count(" ") >= _MAX_PART_WORDS for part in parts):
        return False
    return sum(LEXICON.matches("footer", part) for part in parts) >= 2
