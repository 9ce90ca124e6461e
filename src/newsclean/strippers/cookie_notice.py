"""Cookie and consent notices."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Page
from newsclean.strippers._phrases import drop_boxes, drop_phrases, opens_with

__all__ = ["cookie_notice"]

_REASON = "cookie or consent notice"


def cookie_notice(page: Page) -> Iterator[Drop]:
    """Drop cookie and consent notices: a line that is such a phrase, a box the markup calls
    a cookie box that holds one, and a paragraph that opens with one and speaks of cookies
    (a consent dialog's text, as a browser copies it: "This website uses cookies to improve
    your experience while you navigate…"), however long.

    >>> page = Page.of("Accept cookies", "", "We use cookies to improve your experience. By clicking "
    ...     "Accept all you consent to our use of cookies and similar technologies on this site.", "",
    ...     "Accepting mistakes is part of learning, the coach said after the match on Sunday.")
    >>> [d.line for d in cookie_notice(page)]
    [0, 2]
    """
    yield from drop_phrases(page, "cookie", _REASON)
    yield from drop_boxes(page, "cookie", "cookie", _REASON)
    for line in page.nonblank():
        # a whole phrase is dropped above; the cheap look for the word comes before the pattern
        paragraph = not page.is_phrase(line, "cookie") and "cookie" in line.text.casefold()
        if paragraph and opens_with(line, "cookie"):
            yield Drop(line.index, _REASON)
