"""Related-article sections: a "Related Articles" or "Most read" header and its teasers."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean._blocks import main_block
from newsclean._dates import age_span, ends_with_day, find_date, is_date_alone
from newsclean._lines import Drop, Line, Page, Role
from newsclean._markup import HEADINGS
from newsclean._text import ELLIPSES, is_prose, is_short_question, more_words_than, word_count
from newsclean.strippers.read_more import (
    CARD_BYLINE,
    COUNT,
    LINKED,
    SEE_ALL_REACH,
    cue_header,
    phrase_heading,
    section_heading,
    see_all_link,
)
from newsclean.strippers.teaser_links import MIN_TITLE_WORDS

__all__ = ["is_contact", "related_section"]

#: A paragraph this long is article prose rather than a teaser's summary, when another follows.
ARTICLE_WORDS = 30
#: Below linked titles, a paragraph with no link this long is the article going on.
PROSE_AFTER_LINKS_WORDS = 15
#: A card's date or age line is short: "3 hours ago", "Updated March 4, 2025".
MAX_DATE_LINE_WORDS = 6
#: Below a heading, the article's prose comes within this many lines (a photo and its credit).
HEADING_REACH = 3
_FRAME = ("footer", "nav", "form")
#: This many lines taken off the page by other strippers, between two teasers, end a list.
MENU_GAP = 5
#: Lexicon keys of the blocks a related list stops at: a list ends where the page's
#: newsletter box, cookie notice, footer or comments begin, even when an earlier stripper
#: has already taken those lines off the page.
_STOPS = ("newsletter", "cookie", "footer", "comment_header", "widget_header", "toc_header")
#: Class hints of the same blocks, for markup whose box says what it is without a phrase.
_STOP_HINTS = frozenset({"newsletter", "cookie", "footer", "comment", "subscribe"})

#: Lexicon keys of the headings that start a section of another kind: the comments, the
#: footer, a sidebar's widget ("Recent Comments"), the article's table of contents.
_SECTION_ENDS = ("comment_header", "footer", "widget_header", "toc_header")
#: A line ending on ":" with more words than this leads into what follows; a title may end
#: on ":" before its subtitle ("Rust in 2025:").
MAX_LEAD_IN_TITLE_WORDS = 8
#: A card's count of views or comments on a line of its own.
_COUNT = regex.compile(COUNT)
MAX_COUNT_CHARS = 30


def related_section(page: Page) -> Iterator[Drop]:
    """Drop a related-articles header and the teaser lines after it.

    Below the first paragraph of prose, a section runs to the next section of another kind
    (comments, footer), to two long paragraphs in a row (a box inside the article, which
    goes on after it), out of the related box the markup put it in, or to the end of the
    page. Above it (a "Most read" box in the header),
    it runs only until the first paragraph of prose. Its lines go to the splitter as teasers,
    up to where the list itself ends: at a newsletter box, a cookie notice, a footer or
    another section's heading. Lines after that are still dropped, as boilerplate: they are
    what came between the list and the section's end, not the article.

    >>> page = Page.of("Body text ends here.", "Related Articles", "Other story", "Comments")
    >>> [(d.line, d.role.value) for d in related_section(page)]
    [(1, 'teaser-head'), (2, 'teaser')]
    """
    first_prose = next((line.index for line in page.nonblank() if _paragraph(line.text)), None)
    start = first_prose if first_prose is not None else -1
    inside: Line | None = None
    worded = False  # the header is one in words of its own, which heads a list of titles only
    boxed = False  # a teaser inside the header's related box was taken
    listed = False  # the lines are still the list's teasers
    lines = list(page.nonblank())
    blank = {line.index for line in page.lines if not line.text}
    present = {line.index for line in page.lines}
    article: tuple[int, int] | None | object = _UNKNOWN  # the article's densest run, found once
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        # A list's own title may read as a header in words of its own ("Other stories").
        phrased = phrase_heading(page, line, below)
        worded_header = cue_header(line, below) or _over_see_all(page, lines, i)
        if (phrased or (not (inside and listed) and worded_header)) and not (
            page.is_phrase(line, "read_more") and _over_prose(below)
        ):
            # inside a phrase's section, the list runs on as that section's
            worded = not phrased and (inside is None or worded)
            inside, boxed, listed = line, False, True
            article = _article_below(page, line) if article is _UNKNOWN else article
            yield Drop(line.index, "related-articles header", Role.TEASER_HEAD)
        elif page.is_phrase(line, "widget_header"):
            # a sidebar's widget ("Recent Comments"): what it lists is neither teaser nor article
            inside, boxed, listed, worded = line, False, False, False
            yield Drop(line.index, "a sidebar widget's heading")
        elif inside is None:
            continue
        elif listed and _section_heading(page, inside, line) and _titles_below(lines, i):
            # the next box of the same area ("All Reads on This Topic"): another list
            inside, boxed, listed = line, False, True
            yield Drop(line.index, "heading of another list of teasers", Role.TEASER_HEAD)
        elif listed and _count(lines[i].text):
            # "21 comments" under a card is its count, not the comment section's header
            yield Drop(line.index, "related-articles teaser", Role.TEASER)
        elif listed and page.is_phrase(line, "see_all"):
            yield Drop(line.index, "a link to the whole list of teasers")
        elif (
            (worded and _worded_list_ends(page, lines, i))
            or _ends_section(page, inside, lines, i)
            or (listed and _heading_over_prose(page, inside, lines, i))
            or (inside.index < start and (_paragraph(line.text) or _no_words(line.text)))
            or _into_article(article, inside, line)
            or (boxed and _box(line) != _box(inside))
            or _into_page_frame(inside, line)
        ):
            inside = None
        elif listed and _sponsor_heading(page, line, blank):
            yield Drop(line.index, "sponsored teasers header", Role.TEASER_HEAD)
        elif listed and not _ends_list(page, inside, lines, i) and not _menu_between(present, lines, i):
            boxed = boxed or _boxed_teaser(inside, line)
            yield Drop(line.index, "related-articles teaser", Role.TEASER)
        elif worded:  # a header no phrase names is trusted with its titles, no further
            inside = None
        elif listed and worded_header:  # where the list ends, another in words of its own begins
            inside, boxed, worded = line, False, True
            yield Drop(line.index, "related-articles header", Role.TEASER_HEAD)
        else:
            listed = False
            yield Drop(line.index, _after(page, inside))


_UNKNOWN = object()


def _over_see_all(page: Page, lines: list[Line], i: int) -> bool:
    """Whether the line heads a list by its "View all" link (see :func:`see_all_link`), right
    over a title: a menu's last item stands over its column's "View all" too, and another
    menu follows."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    link = see_all_link(page, lines[i], below)
    if link is None or below is None:
        return False
    if below.index == link:  # the link is still on the page: the title is under it
        below = lines[i + 2] if i + 2 < len(lines) else None
    if below is None or below.index > link + SEE_ALL_REACH:
        return False
    return more_words_than(below.text, MIN_TITLE_WORDS - 1)


def _worded_list_ends(page: Page, lines: list[Line], i: int) -> bool:
    """Whether a list under a header no phrase names has ended: at a line too short for a
    title (but a card's date, a sponsor's label, or a section's label over either or over a
    title and its summary), at a paragraph that leads into what follows ("Here are some
    practical spots:"), or at two paragraphs in a row. A card's summary is one paragraph,
    between titles."""
    text = lines[i].text
    if not more_words_than(text, MIN_TITLE_WORDS - 1):
        # a card's date, or its section's label over the date or over its title and summary:
        # "Business Shipping", "March 3, 2026"; "Transport", "Harbour dredging delayed", "Work …"
        below, after = (lines[j] if j < len(lines) else None for j in (i + 1, i + 2))
        if _card_meta(page, lines[i]) or (below is not None and _card_meta(page, below)):
            return False
        below_text, after_text = (line.text if line is not None else "" for line in (below, after))
        title = more_words_than(below_text, MIN_TITLE_WORDS - 1) and not _paragraph(below_text)
        return not (title and _paragraph(after_text))
    if text.endswith(":") and more_words_than(text, MAX_LEAD_IN_TITLE_WORDS):
        return True
    return _paragraph(text) and i + 1 < len(lines) and _paragraph(lines[i + 1].text)


def _card_meta(page: Page, line: Line) -> bool:
    """A card's date or a sponsor's label ("March 3, 2026", "Partner content")."""
    return is_date_alone(line.text) or page.is_phrase(line, "sponsored")


def _paragraph(text: str) -> bool:
    """Whether the line is the article's prose, not a teaser above it: a short question
    is a title as often as a sentence, and a box of them in the header is a list.

    >>> _paragraph("Part 2: A Markdown parser by hand, really?")
    False
    >>> _paragraph("Four years ago I wrote a small static site generator for this blog.")
    True
    """
    return is_prose(text) and not is_short_question(text)


def _no_words(text: str) -> bool:
    """Whether the line is punctuation alone: in the page's header, the "/" of a breadcrumb
    that leads to the article's headline, not a card of the box above it."""
    return not any(char.isalnum() for char in text)


def _over_prose(below: Line | None) -> bool:
    """Whether a label such as "Related" stands over a sentence, not a title, that links
    nowhere or stands in the article's element: a section of the article ("<h2>Related</h2>"
    over its paragraphs on related work). A text page has no markup to tell: its "More
    from X" is over a box's blurb as often."""
    if below is None or not is_prose(below.text) or below.text.endswith(ELLIPSES):
        return False  # a title cut short ("18 Ideas To Spice Up Your Brand’s Online Presen...")
    block = below.block
    return block is not None and (block.link_density < LINKED or block.main)


def _article_below(page: Page, header: Line) -> tuple[int, int] | None:
    """The article's densest run of prose, if it stands below the header and holds more
    prose than the page above the header: else the run is a box's text (a short story's
    page whose last card has the longest paragraph), not the article."""
    block = main_block(page.lines)
    if block is None or block[0] <= header.index:
        return None
    words = [(line.index, word_count(line.text)) for line in page.nonblank() if is_prose(line.text)]
    above = sum(n for i, n in words if i < header.index)
    inside = sum(n for i, n in words if block[0] <= i <= block[1])
    return block if inside > above else None


def _into_article(article: tuple[int, int] | None | object, header: Line, line: Line) -> bool:
    """Whether a list above the article's densest run of prose has reached its prose: a
    menu's "Featured articles" does not run on over the headline into the article."""
    if not isinstance(article, tuple):
        return False
    first: int = article[0]
    return header.index < first <= line.index and _paragraph(line.text)


def _count(text: str) -> bool:
    return len(text) <= MAX_COUNT_CHARS and _COUNT.fullmatch(text) is not None


def _after(page: Page, header: Line) -> str:
    if page.is_phrase(header, "widget_header"):
        return "in a sidebar widget"
    return "after a related-articles list"


def _sponsor_heading(page: Page, line: Line, blank: set[int]) -> bool:
    """Whether the line heads the sponsors' teasers of a list ("Sponsored Content").

    Not a card's own "Sponsored" label: a heading in the markup, or a phrase of two words
    or more on a paragraph of its own.
    """
    if not page.is_phrase(line, "sponsored"):
        return False
    if line.block is not None and line.block.tag in HEADINGS:
        return True
    alone = line.index - 1 in blank and line.index + 1 in blank
    return alone and len(line.text.split()) >= 2


def _box(line: Line) -> str | None:
    """The related box the markup put the line in: a class that says related (whatever the
    landmark: a card's own <header> inside the box is still the box), else an <aside>."""
    block = line.block
    if block is None:
        return None
    if "related" in block.hints:
        return "related"
    return "aside" if block.landmark == "aside" else None


def _boxed_teaser(header: Line, line: Line) -> bool:
    """Whether the line is a linked teaser in the header's related box: the list is that
    box's, and ends with it. Tabs in a box around the header alone ("Top", "Latest") are not."""
    box = _box(header)
    return box is not None and _box(line) == box and line.block is not None and bool(line.block.links)


def _into_page_frame(header: Line, line: Line) -> bool:
    """Whether the line is in the page's footer, navigation or a form and the header is not."""
    landmark = line.block.landmark if line.block is not None else None
    if landmark == "footer" and _in_card(header, line):
        return False
    return landmark in _FRAME and (header.block is None or header.block.landmark != landmark)


def _in_card(header: Line, line: Line) -> bool:
    """Whether the line is in an ``<article>`` the header is not in: a card of the list, whose
    own ``<footer>`` holds its byline or date, not the page's footer."""
    block, top = line.block, header.block
    return block is not None and top is not None and "article" in block.hints and "article" not in top.hints


def _ends_section(page: Page, header: Line, lines: list[Line], i: int) -> bool:
    if any(page.is_phrase(lines[i], key) for key in _SECTION_ENDS):
        return True
    if _headline(lines[i]):
        return True
    if _prose_after_links(lines, i) and not _card_summary(header, lines[i]):
        return True
    # A teaser is a title and at most one summary: two long paragraphs running are an article.
    pair = lines[i : i + 2]
    return len(pair) == 2 and all(is_prose(line.text, min_words=ARTICLE_WORDS) for line in pair)


def _headline(line: Line) -> bool:
    """Whether the line is a top heading with no link: the article's headline, below a list
    of teasers in the page's header ("Newsticker"); a teaser's title links its story."""
    block = line.block
    return block is not None and block.tag == "h1" and block.link_density < LINKED


def _heading_over_prose(page: Page, header: Line, lines: list[Line], i: int) -> bool:
    """Whether the line heads the article's next part: a heading that ends the list, over
    prose with no link (a box of teasers set inside the article, which goes on below it).
    Under a header that is no heading ("Previously on this blog:"), any heading with no link
    that is no list's header ends it so, when prose follows it right away."""
    if _heading_under_label(page, header, lines[i]):
        after = lines[i + 1 : i + 2]  # right over prose: a card's title is over its meta
    elif _section_heading(page, header, lines[i]):
        after = lines[i + 1 : i + 1 + HEADING_REACH]
    else:
        return False
    return any(
        line.block is not None
        and not line.block.links
        and is_prose(line.text, min_words=PROSE_AFTER_LINKS_WORDS)
        for line in after
    )


def _titles_below(lines: list[Line], i: int) -> bool:
    """Whether a linked title follows the line: it heads a list, not the article's next part
    (a menu's items are shorter than titles)."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is None or below.block is None or below.block.link_density < LINKED:
        return False
    return more_words_than(below.text, MIN_TITLE_WORDS - 1) and not is_prose(below.text)


def _heading_under_label(page: Page, header: Line, line: Line) -> bool:
    """Whether the line is a heading with no link under a header that is none itself."""
    block, top = line.block, header.block
    if block is None or top is None or top.tag in HEADINGS:
        return False
    return block.tag in HEADINGS and block.link_density < LINKED and not section_heading(page, line)


def _prose_after_links(lines: list[Line], i: int) -> bool:
    """Whether the article goes on below a list of linked titles: a paragraph of prose with no
    link, followed by more text with no link that is no card's date, age or byline (a card's
    summary is followed by the next linked title, or by its date or writer: "by Jane Roe")."""
    before, line = lines[i - 1].block if i else None, lines[i]
    if before is None or not before.links or line.block is None or line.block.links:
        return False
    if not is_prose(line.text, min_words=PROSE_AFTER_LINKS_WORDS) or i + 1 >= len(lines):
        return False
    after = lines[i + 1]
    if after.block is None or after.block.links:
        return False
    if CARD_BYLINE.fullmatch(after.text.strip()):
        return False
    dated = age_span(after.text) is not None or find_date(after.text) is not None or ends_with_day(after.text)
    return not (dated and not more_words_than(after.text, MAX_DATE_LINE_WORDS))


def _card_summary(header: Line, line: Line) -> bool:
    """Whether a paragraph below linked titles is a card's summary: it sits in the box
    whose class says related, with the header, and not in the element holding the article."""
    in_box = _box(line) == "related" == _box(header)
    return in_box and line.block is not None and not line.block.main


def _menu_between(present: set[int], lines: list[Line], i: int) -> bool:
    """Whether a run of lines an earlier stripper took (a menu, a widget's links) stands
    between the line and the teaser above it: a text page's list ends there."""
    before, after = lines[i - 1].index, lines[i].index
    return after - before > MENU_GAP and sum(j not in present for j in range(before + 1, after)) >= MENU_GAP


def _stop_between(page: Page, before: int, after: int) -> bool:
    """Whether a line taken off the page between the two was a newsletter, footer... phrase."""
    phrases = page.phrases or {}
    for index in range(before + 1, after):
        keys = phrases.get(index, frozenset())
        # a card's photo credit ("© Agency / Photographer") is no page footer
        if "image_alt" not in keys and any(key in keys for key in _STOPS):
            return True
    return False


_EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_CONTACT_LABEL = regex.compile(r"^\p{L}[\p{L} .]{0,15}:\s*")
_PHONE = regex.compile(r"\+?[\d(][\d ().-]{6,20}\d")
#: A phone number has this many digits at least; a year range ("1998-2025") has eight.
MIN_PHONE_DIGITS = 9


def is_contact(text: str) -> bool:
    """Whether the line is an address to write to or a number to call, and nothing else.

    >>> is_contact("redaction@example.fr"), is_contact("US: +1 332 255 68 52"), is_contact("2025-03-04")
    (True, True, False)
    """
    text = _CONTACT_LABEL.sub("", text, count=1)  # "Tel.: ", "US: ", "Newsroom: "
    if _EMAIL.fullmatch(text):
        return True
    digits = sum(c.isdigit() for c in text)
    return bool(_PHONE.fullmatch(text)) and digits >= MIN_PHONE_DIGITS and find_date(text) is None


def _ends_list(page: Page, header: Line, lines: list[Line], i: int) -> bool:
    """Whether the list under ``header`` has ended before ``lines[i]``.

    It has at a newsletter, cookie, footer or comments phrase taken off the page before the
    line; at a comment form; at an e-mail address or a phone number alone; at the heading
    of the writer's box; at a newsletter, cookie or footer box the header is not in; at a
    heading of another section as high as the header's own (a teaser's title is a link, a
    section's heading is not).
    """
    if _stop_between(page, lines[i - 1].index, lines[i].index) or _comment_form(page, lines[i]):
        return True
    if page.is_phrase(lines[i], "author_box"):  # "Published by:", over the writer's box
        return True
    if is_contact(lines[i].text):  # the footer's, or the writer's box
        return True
    block, top = lines[i].block, header.block
    if block is None or top is None:
        return False
    stops = (block.hints & _STOP_HINTS) - top.hints
    if stops and not (stops == {"footer"} and _in_card(header, lines[i])) and not _same_link(lines, i):
        return True
    return _section_heading(page, header, lines[i])


def _same_link(lines: list[Line], i: int) -> bool:
    """Whether the line is in the link of the teaser above: the card's own part (its count of
    comments in a box whose class says so), not another section."""
    block, above = lines[i].block, lines[i - 1].block
    if block is None or above is None or not block.links or not above.links:
        return False
    url = block.links[-1].url
    return url is not None and url == above.links[-1].url


def _comment_form(page: Page, line: Line) -> bool:
    """Whether the line is a comment form's ("Notify of", "Save my name…"): not a single word,
    which a card may print as its section label ("Web", "Name")."""
    return more_words_than(line.text, 1) and page.is_phrase(line, "comment_form")


def _section_heading(page: Page, header: Line, line: Line) -> bool:
    """Whether the line is another section's heading, as high as the header's own (a
    teaser's title is a link, a section's heading is not)."""
    block, top = line.block, header.block
    if block is None or top is None:
        return False
    return (
        block.tag in HEADINGS
        and top.tag in HEADINGS
        and block.tag <= top.tag
        and block.link_density < LINKED
        and not section_heading(page, line)
    )
