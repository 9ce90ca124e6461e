"""Related-article sections: a "Related Articles" or "Most read" header and its teasers."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lines import Drop, Line, Page, Role
from newsclean._text import is_prose

__all__ = ["related_section"]

#: A paragraph this long is article prose rather than a teaser's summary, when another follows.
ARTICLE_WORDS = 30
_FRAME = ("footer", "nav")


def related_section(page: Page) -> Iterator[Drop]:
    """Drop a related-articles header and the teaser lines after it.

    Below the first paragraph of prose, a section runs to the next section of another kind
    (comments, footer), to two long paragraphs in a row (a box inside the article, which
    goes on after it), out of the related box the markup put it in, or to the end of the
    page. Above it (a "Most read" box in the header),
    it runs only until the first paragraph of prose. Its lines go to the splitter as teasers.

    >>> page = Page.of("Body text ends here.", "Related Articles", "Other story", "Comments")
    >>> [(d.line, d.role.value) for d in related_section(page)]
    [(1, 'teaser-head'), (2, 'teaser')]
    """
    first_prose = next((line.index for line in page.nonblank() if is_prose(line.text)), None)
    start = first_prose if first_prose is not None else -1
    inside: Line | None = None
    boxed = False  # a teaser inside the header's related box was taken
    lines = list(page.nonblank())
    for i, line in enumerate(lines):
        if page.is_phrase(line, "related_header"):
            inside, boxed = line, False
            yield Drop(line.index, "related-articles header", Role.TEASER_HEAD)
        elif inside is None:
            continue
        elif (
            _ends_section(page, lines, i)
            or (inside.index < start and is_prose(line.text))
            or (boxed and _box(line) != _box(inside))
            or _into_page_frame(inside, line)
        ):
            inside = None
        else:
            boxed = boxed or (_box(inside) is not None and _box(line) == _box(inside))
            yield Drop(line.index, "related-articles teaser", Role.TEASER)


def _box(line: Line) -> tuple[str | None, bool] | None:
    """The related box the markup put the line in: an <aside>, a class that says related."""
    block = line.block
    if block is None or (block.landmark != "aside" and "related" not in block.hints):
        return None
    return block.landmark, "related" in block.hints


def _into_page_frame(header: Line, line: Line) -> bool:
    """Whether the line is in the page's footer or navigation and the header is not."""
    landmark = line.block.landmark if line.block is not None else None
    return landmark in _FRAME and (header.block is None or header.block.landmark != landmark)


def _ends_section(page: Page, lines: list[Line], i: int) -> bool:
    if page.is_phrase(lines[i], "comment_header") or page.is_phrase(lines[i], "footer"):
        return True
    # A teaser is a title and at most one summary: two long paragraphs running are an article.
    pair = lines[i : i + 2]
    return len(pair) == 2 and all(is_prose(line.text, min_words=ARTICLE_WORDS) for line in pair)
