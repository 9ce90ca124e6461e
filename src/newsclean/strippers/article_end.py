"""Everything after the article's end: bios, tags, share bars, comments, post navigation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import accumulate

from newsclean._blocks import main_block
from newsclean._lines import Drop, Line, Page, Role
from newsclean._text import ends_sentence, is_prose, word_count, word_count_upto

__all__ = ["article_end", "ending_line", "post_title"]

#: With this many words of prose above it, a marker ends the article whatever follows (comments).
ARTICLE_WORDS = 150
#: A post's title under "Next post" has this many words.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 25


def article_end(page: Page) -> Iterator[Drop]:
    """Drop an end-of-article marker after the main block has begun, and all that follows.

    A marker above the article ("Tags" in a menu) is left alone: only once the densest
    block of prose has started does "About the author" or "Leave a reply" end it. A marker
    with more of the block's prose after it than before is a byline above the article
    ("Written by"), not its end.

    >>> page = Page.of("Tags", "",
    ...     "The council voted on the budget on Tuesday night after a long and bitter debate.",
    ...     "About the author", "Jane Doe covers the city council for the paper.")
    >>> [d.line for d in article_end(page)]
    [3, 4]
    """
    marker = ending_line(page, lambda line: page.is_phrase(line, "end_marker"))
    if marker is None:
        return
    reason = f"after the end of the article ({marker.text!r})"
    after = [line for line in page.nonblank() if line.index >= marker.index]
    for k, line in enumerate(after):
        if page.is_phrase(line, "adjacent_post"):
            yield Drop(line.index, "link to the previous or next post", Role.TEASER_HEAD)
        elif k and page.is_phrase(after[k - 1], "adjacent_post") and post_title(line.text):
            # "Previous article", then its title: the reader is offered that story
            yield Drop(line.index, "the previous or next post", Role.TEASER)
        else:
            yield Drop(line.index, reason)


def post_title(text: str) -> bool:
    """Whether the line may be a post's title: a few words, no sentence."""
    words = word_count_upto(text, MAX_TITLE_WORDS)
    return MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS and not ends_sentence(text)


def ending_line(page: Page, is_marker: Callable[[Line], bool]) -> Line | None:
    """The first marker line that ends the article, if any.

    Inside the main block a marker must have at least as much of the block's prose above
    it as below (or a whole article above it); after the block, any marker will do.
    """
    block = main_block(page.lines)
    if block is None:
        return None
    inside = [line for line in page.nonblank() if block[0] <= line.index <= block[1]]
    words = list(accumulate(word_count(line.text) if is_prose(line.text) else 0 for line in inside))
    after_block = (line for line in page.nonblank() if line.index > block[1])
    return next(
        (
            line
            for i, line in enumerate(inside)
            if i and is_marker(line) and _ends(words[i - 1], words[-1] - words[i - 1])
        ),
        next((line for line in after_block if is_marker(line)), None),
    )


def _ends(before: int, after: int) -> bool:
    """Whether a marker with this many words of the block before and after it ends it."""
    return before >= ARTICLE_WORDS or before >= after
