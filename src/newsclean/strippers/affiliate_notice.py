"""Affiliate disclosures: the note that the site earns a commission on what readers buy."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page
from newsclean._text import more_words_than

__all__ = ["affiliate_notice"]

#: A paragraph of more words than this is the article's own, whatever it says of commissions.
MAX_NOTICE_WORDS = 80
_MARKERS = sorted(set(LEXICON.words["affiliate_marker"]), key=len, reverse=True)
# A few words a disclosure always prints, in any lexicon language. They are spelt with plain
# spaces; pages often set no-break ones, hence the class between words.
_DISCLOSURE = regex.compile(
    "|".join(regex.escape(marker).replace(r"\ ", r"[\s\u00a0]+") for marker in _MARKERS),
    regex.IGNORECASE,
)
# The longest word of each marker, looked for in the case-folded text first: most pages have
# none, and a plain search for a few words costs a fraction of the full pattern's.
_ANCHOR = re.compile("|".join(sorted({re.escape(max(m.split(), key=len)) for m in _MARKERS})))


def affiliate_notice(page: Page) -> Iterator[Drop]:
    """Drop the short paragraphs that disclose a commission on purchases through the page's
    links ("When you buy through our links, we may earn a commission.").

    >>> page = Page.of("Best kettles of 2025", "",
    ...     "When you purchase through links on our site, we may earn an affiliate commission.", "",
    ...     "Retailers may earn a commission of up to 5 percent under the new rules, and the regulator "
    ...     "said on Monday that it would review the cap next year after a consultation with shops, "
    ...     "consumer groups and the banks that process the payments, which had asked for a lower rate "
    ...     "and a longer transition.")
    >>> [d.line for d in affiliate_notice(page)]
    [2]
    """
    lines = list(page.nonblank())
    for k in _anchored(lines):
        line = lines[k]
        if not more_words_than(line.text, MAX_NOTICE_WORDS) and _DISCLOSURE.search(line.text):
            yield Drop(line.index, "affiliate disclosure")


def _anchored(lines: list[Line]) -> list[int]:
    """The positions of the lines that hold a marker's longest word, found in one pass over
    the page (case folding may change a text's length, never its count of line breaks)."""
    folded = "\n".join(line.text for line in lines).casefold()
    found: list[int] = []
    at, row = 0, 0
    for m in _ANCHOR.finditer(folded):
        row += folded.count("\n", at, m.start())
        at = m.start()
        if not found or found[-1] != row:
            found.append(row)
    return found
