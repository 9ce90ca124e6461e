"""Cookie and consent notices."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page
from newsclean._text import more_words_than
from newsclean.strippers._phrases import drop_boxes, opens_with

__all__ = ["cookie_notice"]

_REASON = "cookie or consent notice"
#: How many lines from a line on cookies a row of the notice's buttons may stand.
BUTTON_REACH = 2
#: A line of more words than this is no row of buttons.
MAX_BUTTON_WORDS = 6
#: A paragraph of more words than this is not a notice's text, whatever it says of cookies.
MAX_NOTICE_WORDS = 120


def cookie_notice(page: Page) -> Iterator[Drop]:
    """Drop cookie and consent notices: a line that is such a phrase, a box the markup calls
    a cookie box that holds one, and a paragraph that opens with one and speaks of cookies
    (a consent dialog's text, as a browser copies it: "This website uses cookies to improve
    your experience while you navigate…"), however long.

    A row of buttons ("Accept Reject") is the notice's too, and so is a paragraph that speaks
    of cookies right above the notice: a dialog's text, which need not open with a known
    phrase ("Acme and 3rd parties use essential and non-essential cookies…"), stands over
    its buttons. Below them, a paragraph on cookies is the page's own.

    >>> page = Page.of("Accept cookies", "", "We use cookies to improve your experience. By clicking "
    ...     "Accept all you consent to our use of cookies and similar technologies on this site.", "",
    ...     "Accepting mistakes is part of learning, the coach said after the match on Sunday.")
    >>> [d.line for d in cookie_notice(page)]
    [0, 2]
    """
    nonblank = list(page.nonblank())
    cookies = [_speaks_of_cookies(line) for line in nonblank]
    notice = [
        page.is_phrase(line, "cookie")
        or (cookies[i] and opens_with(line, "cookie"))
        or (_near(cookies, i) and _buttons(line.text))
        for i, line in enumerate(nonblank)
    ]
    yield from drop_boxes(page, "cookie", "cookie", _REASON)
    for i in _spread(nonblank, notice):
        yield Drop(nonblank[i].index, _REASON)


def _near(cookies: list[bool], i: int) -> bool:
    """Whether a line that speaks of cookies stands right beside: buttons are only looked
    for there, as most pages have no notice and a button's word is a common one."""
    return any(cookies[max(0, i - BUTTON_REACH) : i + BUTTON_REACH + 1])


def _speaks_of_cookies(line: Line) -> bool:
    return "cookie" in line.text.casefold()


def _spread(lines: Sequence[Line], notice: list[bool]) -> list[int]:
    """The notice's lines, with the paragraphs on cookies in a row right above them."""
    for i in range(len(lines) - 2, -1, -1):
        if notice[i + 1] and not notice[i]:
            notice[i] = _notice_text(lines[i])
    return [i for i, flag in enumerate(notice) if flag]


def _notice_text(line: Line) -> bool:
    return _speaks_of_cookies(line) and not more_words_than(line.text, MAX_NOTICE_WORDS)


def _buttons(text: str) -> bool:
    """Whether the line is two of the notice's buttons side by side.

    >>> _buttons("Accept Reject"), _buttons("Accept all Manage cookies"), _buttons("Accept the offer")
    (True, True, False)
    """
    words = text.split()
    if not 2 <= len(words) <= MAX_BUTTON_WORDS:
        return False
    return any(
        LEXICON.matches("cookie", " ".join(words[:cut])) and LEXICON.matches("cookie", " ".join(words[cut:]))
        for cut in range(1, len(words))
    )
