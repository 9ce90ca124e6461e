"""Related-article sections: a "Related Articles" or "Most read" header and its teasers."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Page, Role

__all__ = ["related_section"]


def related_section(page: Page) -> Iterator[Drop]:
    """Drop a related-articles header and every teaser line after it.

    The section runs to the next section header of another kind (comments, footer) or to
    the end of the page; its lines are handed to the splitter as teasers.

    >>> page = Page.of("Body text ends here.", "Related Articles", "Other story", "Comments")
    >>> [(d.line, d.role.value) for d in related_section(page)]
    [(1, 'teaser-head'), (2, 'teaser')]
    """
    inside = False
    for line in page.nonblank():
        if LEXICON.matches("related_header", line.text):
            inside = True
            yield Drop(line.index, "related-articles header", Role.TEASER_HEAD)
        elif inside and _ends_section(line.text):
            inside = False
        elif inside:
            yield Drop(line.index, "related-articles teaser", Role.TEASER)


def _ends_section(text: str) -> bool:
    return any(LEXICON.matches(key, text) for key in ("comment_header", "footer"))
