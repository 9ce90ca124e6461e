"""Inline "Read more" teasers: a label, and the title of another article after it."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from itertools import takewhile

import regex

from newsclean._dates import age_span, find_date
from newsclean._language import STOPWORDS
from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page, Role
from newsclean._markup import HEADINGS
from newsclean._text import ELLIPSES, is_prose, more_words_than, word_count

__all__ = [
    "CARD_BYLINE",
    "COUNT",
    "INLINE_TEASER",
    "LINKED",
    "SEE_ALL_REACH",
    "cue_header",
    "inline_title",
    "phrase_heading",
    "read_more",
    "section_heading",
    "see_all_link",
]

#: "Read more: Title" on one line; the title is group ``title``.
INLINE_TEASER = regex.compile(
    rf"(?:{LEXICON.phrases['read_more'].pattern})\s*[:|»›>–—-]+\s*(?P<title>\S.{{2,300}})",
    regex.IGNORECASE,
)
MAX_TITLE_WORDS = 30
#: A card copied from a text page: its title and a byline, a summary or a date under it.
MIN_CARD_LINES = 2
MAX_CARD_LINES = 4
MAX_CARDS = 8
#: A line this much of which is link text is a linked title with a few words before it.
MOSTLY_LINKED = 0.6
#: A line with this share of its text in links is a link.
LINKED = 0.5
MAX_META_WORDS = 8
# A name, perhaps with its degrees after commas: "Ryan Raman, MS, RD", "Mary Brown, PhD, RD (UK)".
_CARD_NAME = (
    r"(?-i:\p{Lu})[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,3}"
    r"(?:,\s*(?-i:\p{Lu}[\p{Lu}\p{Ll}.]{0,5}\p{Lu}\.?)){0,4}(?:\s\((?-i:\p{Lu}{2,3})\))?"
)
#: A byline in a card: "by Ana Lemalu", "von Jan Weber und Ole Sand", "par Léa Roux", or
#: "byAna Lemalu", as a browser copies a label set apart by style alone.
CARD_BYLINE = regex.compile(
    rf"(?i:{LEXICON.phrases['byline_label'].pattern})(?:\s+|(?<=\p{{Ll}})(?=\p{{Lu}})){_CARD_NAME}"
    rf"(?:\s+(?i:{LEXICON.phrases['name_joiner'].pattern})\s+{_CARD_NAME})?"
)
#: A count a card prints of its views or comments: "21 commentaires", "1.2K views".
COUNT = rf"\d[\d.,]*\s?[kKmM]?\s(?i:{LEXICON.alternation('counter_unit')})\b"
#: The phrases a card may print: a sponsor's label ("Partner content"); any other ends the cards.
_CARD_PHRASES = frozenset({"sponsored"})
#: A question this short may be a title; a longer one is a reader's or the article's.
MAX_QUESTION_WORDS = 16


def read_more(page: Page) -> Iterator[Drop]:
    """Drop a "Read more" label with the teaser title after it, or both on one line.

    >>> page = Page.of("Read more", "Moscow invites Musk to collaborate", "Musk has plans.")
    >>> [(d.line, d.role.value) for d in read_more(page)]
    [(0, 'teaser-head'), (1, 'teaser')]
    >>> [d.line for d in read_more(Page.of("READ MORE: Moscow invites Musk", "Read more about it."))]
    [0]
    """
    lines = list(page.nonblank())
    # What ends a list of titles in a text page: a blank line, or a sponsor's label another
    # stripper took ("Contenu sponsorisé" over an ad)
    labels = [index for index, keys in (page.phrases or {}).items() if "sponsored" in keys]
    breaks = sorted([line.index for line in page.lines if not line.text] + labels)
    following: dict[int, Line] | None = None  # each line's successor, built at the first label
    for i, line in enumerate(lines):
        if inline_title(line) is not None:
            yield Drop(line.index, "inline teaser", Role.TEASER_HEAD)
        elif page.is_phrase(line, "read_more") and not _heading(page, line, _at(lines, i + 1)):
            yield Drop(line.index, "teaser label", Role.TEASER_HEAD)
            listing = page.is_phrase(line, "related_header")
            titles = _titles(lines[i + 1 :], listing=listing, breaks=breaks)
            if listing and len(titles) >= MIN_CARD_LINES and any(_meta_line(page, t) for t in titles):
                if following is None:
                    following = dict(zip((line.index for line in page.lines), page.lines[1:], strict=False))
                titles += _more_cards(page, titles[-1], following)
            yield from (Drop(t.index, "teaser title", Role.TEASER) for t in titles)


def _two_headers(text: str) -> bool:
    """Whether the line is two related headers, one a title over the other: "Das könnte dich
    auch interessieren: Weitere Beiträge von mir"."""
    head, colon, tail = text.partition(":")
    return bool(colon) and all(LEXICON.matches("related_header", part) for part in (head, tail))


def _at(lines: list[Line], i: int) -> Line | None:
    return lines[i] if i < len(lines) else None


def _heading(page: Page, line: Line, below: Line | None) -> bool:
    """A label set as a heading ("Read Next", "Read more" as an <h2>): it heads a section of
    teasers, which the section's stripper takes with all its teasers, not one."""
    return line.block is not None and line.block.tag in HEADINGS and section_heading(page, line, below)


def section_heading(page: Page, line: Line, below: Line | None = None) -> bool:
    """Whether the line is a related list's header: a phrase's (see :func:`phrase_heading`)
    or one in words of its own (see :func:`cue_header`)."""
    return phrase_heading(page, line, below) or cue_header(line, below)


def phrase_heading(page: Page, line: Line, below: Line | None = None) -> bool:
    """Whether the line is a related list's header by its phrase: a related header's, or a
    teaser label's set as a heading in the markup over a linked title ("<h2>Read more</h2>"
    over a grid of cards)."""
    if page.is_phrase(line, "related_header") or _two_headers(line.text) or _header_ending(line.text):
        return True
    if line.block is None or line.block.tag not in HEADINGS or not page.is_phrase(line, "read_more"):
        return False
    if below is None or below.block is None:
        return False
    return below.block.link_density >= LINKED and not is_prose(below.text)


#: A header in words of its own ("More Norway Travel Guides", "Related reads from the blog")
#: has at most this many words.
MAX_CUE_HEADER_WORDS = 8
#: Words before the cue ("Explore", "My most"), between it and the noun ("Norway travel"),
#: and after the noun ("from the Trash Talk blog").
MAX_BEFORE_CUE, MAX_BETWEEN, MAX_TAIL_WORDS = 2, 3, 5
#: How far below a header its "View all" link may stand: the next line, or the one after a blank.
SEE_ALL_REACH = 2
_CUES = frozenset(LEXICON.words["related_cue"])
_STOPWORDS = frozenset().union(*STOPWORDS.values())
_QUOTE_MARKS = "\"'“”‘’„«»‹›("
_NOUNS = frozenset(LEXICON.words["related_noun"])
_WORD = regex.compile(r"\w+")


def cue_header(line: Line, below: Line | None) -> bool:
    """Whether a short line names a list of other articles in words no phrase spells out: a
    word such as "more", "related" or "recent" next to one such as "posts", "guides" or
    "articles", over a line that is no paragraph.

    >>> titles = Line(1, "How to Spend 3 Days in Tottori")
    >>> cue_header(Line(0, "More Norway Travel Guides"), titles)
    True
    >>> cue_header(Line(0, "Artículos relacionados del blog:"), titles)
    True
    >>> cue_header(Line(0, "Articles on more topics"), titles), cue_header(Line(0, "Recent news."), titles)
    (False, False)
    """
    if below is None or not _header_shaped(line):
        return False
    return _cued(_WORD.findall(line.text.casefold())) and not _paragraph_below(below)


def see_all_link(page: Page, line: Line, below: Line | None) -> int | None:
    """Where a short line with a cue word ("more", "latest", "plus") has a link to the whole
    list it heads ("Plus de Claire" over "Tout voir"): the index of the next line, or of one
    between it and ``below`` that a stripper (navigation) took already; None when the line
    is no such header.

    >>> page = Page.of("More from the editors", "View all", "How to Spend 3 Days in Tottori")
    >>> see_all_link(page, page.lines[0], page.lines[1]), see_all_link(page, page.lines[2], None)
    (1, None)
    """
    if not _header_shaped(line):
        return None
    # a cue word ("Plus de Claire", "Trending"): a shop's "Sale" or a slider's "1 / 3" has its "View all" too
    if _cue_at(_WORD.findall(line.text.casefold())) is None:
        return None
    if below is not None and page.is_phrase(below, "see_all"):
        return below.index
    end = line.index + SEE_ALL_REACH + 1
    phrases = page.phrases or {}
    gone = range(line.index + 1, min(below.index, end) if below is not None else end)
    return next((j for j in gone if "see_all" in phrases.get(j, ())), None)


def _header_shaped(line: Line) -> bool:
    """Whether the line reads as a list's header: short, no sentence, no inline teaser's
    "Related: Title", no quotation, not a menu's link."""
    text = line.text.rstrip(": ")
    if not text or text[-1] in ".?!" or ":" in text or text[0] in _QUOTE_MARKS:
        return False
    if more_words_than(text, MAX_CUE_HEADER_WORDS):  # most lines: read no further
        return False
    return line.block is None or line.block.link_density < LINKED


def _cued(words: list[str]) -> bool:
    """Whether the words are a cue and a noun ("more … guides"), or a noun and the cue that
    follows it ("artículos relacionados"), and at most a short tail that says where from."""
    cue = _cue_at(words)
    # "Conclusion and More Resources": a section of the article's own, named with another
    if len(words) < 2 or cue is None or any(LEXICON.matches("name_joiner", word) for word in words[:cue]):
        return False
    noun = next(
        (i for i in range(cue + 1, min(len(words), cue + 2 + MAX_BETWEEN)) if words[i] in _NOUNS), None
    )
    if noun is None and cue > 0 and words[cue - 1] in _NOUNS:
        noun = cue  # the adjective after its noun, as Romance languages place it
    # What follows the noun names where the list is from or what it is about: "… from the blog".
    tail = words[noun + 1 :] if noun is not None else ()
    return noun is not None and not (tail and (len(tail) > MAX_TAIL_WORDS or tail[0] not in _STOPWORDS))


def _cue_at(words: list[str]) -> int | None:
    """Where among a header's first words its cue word ("more", "related", "plus") stands."""
    return next((i for i, word in enumerate(words[: MAX_BEFORE_CUE + 1]) if word in _CUES), None)


def _paragraph_below(below: Line) -> bool:
    """Whether the line under a header is a paragraph: the article's, not a teaser's title."""
    return is_prose(below.text) and not below.text.endswith(ELLIPSES)


#: A line this long may end on a list's header after a sentence of its own.
MAX_LEAD_IN_CHARS = 120
#: The last sentence break in a line (searched from its end).
_LAST_SENTENCE_BREAK = regex.compile(r"[.?!…]\s+(?=\S)", regex.REVERSE)


def _header_ending(text: str) -> bool:
    """Whether a short line ends on a list's header after a sentence that leads into it:
    "Envie d'autres conseils pour débuter ? Lisez aussi…".

    >>> _header_ending("Want more tips for beginners? Read also:"), _header_ending("It rained. Read more")
    (True, False)
    """
    if len(text) > MAX_LEAD_IN_CHARS:
        return False
    last = _LAST_SENTENCE_BREAK.search(text)
    if last is None:
        return False
    tail = text[last.end() :]
    return LEXICON.matches("related_header", tail) or (
        tail.rstrip().endswith((":", "…", "...")) and LEXICON.matches("read_more", tail)
    )


def inline_title(line: Line) -> str | None:
    """The title of the inline teaser the line is, or None if it is not one.

    The label and the title are either set apart by a colon or an arrow ("Read more: X"),
    or, in markup, by the link the title is ("À lire aussi <a>X</a>"), with no colon.

    >>> inline_title(Line(0, "Read more: Ferry fares rise"))
    'Ferry fares rise'
    >>> inline_title(Line(0, "Read more Ferry fares rise")) is None
    True
    """
    inline = INLINE_TEASER.fullmatch(line.text)
    if inline is not None:
        # "You might also like: More posts by me" is a list's header, not a teaser
        return None if LEXICON.matches("related_header", inline["title"]) else inline["title"]
    links = line.block.links if line.block is not None else ()
    if not links or not line.text.endswith(links[-1].text):
        return None
    label, title = line.text.removesuffix(links[-1].text), links[-1].text
    if not label.strip() or not LEXICON.matches("read_more", label) or not _looks_like_title(title):
        return None
    return title


def _more_cards(page: Page, last: Line, following: Mapping[int, Line]) -> list[Line]:
    """The cards that follow a card of several lines, each set apart by a blank line, as a
    text page copies a "Read Next" box: a title, then its byline, date or summary. They end
    at a run of lines that is no such card (the article going on)."""
    # the first card's lines under its title and byline: a summary
    tail = list(takewhile(lambda line: _card_line(page, line), _run(last, following, MAX_CARD_LINES + 1)[1:]))
    taken: list[Line] = []
    start = _next_run(tail[-1] if tail else last, following)
    while start is not None and len(taken) < MAX_CARDS * MAX_CARD_LINES:
        run = _run(start, following, MAX_CARD_LINES + 1)
        if not _card(page, run):
            break
        taken += run
        start = _next_run(run[-1], following)
    return tail + taken if taken else []


def _run(start: Line, following: Mapping[int, Line], most: int) -> list[Line]:
    """The lines from ``start`` on with no blank line or removed line between, at most ``most``."""
    run = [start]
    while len(run) < most and (after := following.get(run[-1].index)) is not None:
        if not after.text or after.index != run[-1].index + 1:
            break
        run.append(after)
    return run


def _next_run(line: Line, following: Mapping[int, Line]) -> Line | None:
    """The first line after the blank lines under ``line``; None if there is no blank."""
    after = following.get(line.index)
    if after is None or after.text:
        return None
    while after is not None and not after.text:
        after = following.get(after.index)
    return after


def _card(page: Page, run: list[Line]) -> bool:
    """Whether the run of lines is a teaser's card: a title and a few short lines, one of
    them its byline, date or sponsor's label, and none another phrase of the lexicon
    ("About the author")."""
    return (
        MIN_CARD_LINES <= len(run) <= MAX_CARD_LINES
        and _looks_like_title(run[0].text)
        and all(_card_line(page, line) for line in run)
        and any(_meta_line(page, line) for line in run[1:])
    )


def _meta_line(page: Page, line: Line) -> bool:
    """Whether the line is a card's byline, date, age or sponsor's label."""
    if "sponsored" in (page.phrases or {}).get(line.index, ()) or CARD_BYLINE.match(line.text):
        return True
    return not more_words_than(line.text, MAX_META_WORDS) and (
        age_span(line.text) is not None or find_date(line.text) is not None
    )


def _card_line(page: Page, line: Line) -> bool:
    keys = (page.phrases or {}).get(line.index, frozenset())
    return not more_words_than(line.text, MAX_TITLE_WORDS) and keys <= _CARD_PHRASES


def _titles(after: list[Line], *, listing: bool = False, breaks: Sequence[int] = ()) -> list[Line]:
    """The teaser titles under a label: one, or in markup a list of links ("À lire aussi").

    A label that also heads lists (``listing``: "Auch interessant") takes every title on
    the lines right under it, up to a blank line or a sponsor's label (``breaks``, by
    index), in a text page too. Another line an earlier stripper took does not end it.
    """
    titles: list[Line] = []
    for line in after:
        if not _looks_like_title(line.text) or _author_box(line.text):
            break
        if titles and not (_is_link(titles[0]) and _is_link(line)):
            if not listing or _break_between(breaks, titles[-1].index, line.index + 1):
                break
        if titles and _landmark(line) != _landmark(titles[-1]):
            break  # the post's footer of tags under a list of links
        titles.append(line)
    return titles


def _landmark(line: Line) -> str | None:
    return line.block.landmark if line.block is not None else None


def _author_box(text: str) -> bool:
    """Whether the line opens the author's box: "Auteur : Claire Vasseur, journaliste"."""
    label, colon, _ = text.partition(":")
    return bool(colon) and LEXICON.matches("author_label", label)


def _break_between(breaks: Sequence[int], before: int, after: int) -> bool:
    """Whether one of the sorted ``breaks`` lies strictly between the two line indexes."""
    k = bisect.bisect_right(breaks, before)
    return k < len(breaks) and breaks[k] < after


def _is_link(line: Line) -> bool:
    """A line that opens with a link, a title perhaps with its details after it, or that is
    mostly one: "#2) Notre article <a>Title</a>"."""
    block = line.block
    if block is None or not block.links:
        return False
    return line.text.startswith(block.links[0].text) or block.link_density >= MOSTLY_LINKED


def _looks_like_title(text: str) -> bool:
    """A title is no sentence, but may be a question: "Le maïs est-il condamné ?"."""
    words = word_count(text)
    question = text.rstrip().endswith("?") and words <= MAX_QUESTION_WORDS
    return (question or not is_prose(text, min_words=4)) and 0 < words <= MAX_TITLE_WORDS
