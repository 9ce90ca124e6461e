"""Turning the teaser lines the strippers handed over into related items."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import regex

from newsclean._dates import (
    DATE_DECORATION,
    TRAILING_WEEKDAY,
    age_span,
    ends_with_day,
    find_age,
    find_date,
    glued_age_start,
    is_date_alone,
    is_day_of_month,
)
from newsclean._lexicon import LEXICON
from newsclean._lines import Line, Role
from newsclean._markup import Link
from newsclean._pipeline import Removed
from newsclean._text import (
    ELLIPSES,
    FIELD_SEPARATOR,
    is_prose,
    is_short_question,
    more_words_than,
    text_key,
    word_count,
    word_count_upto,
)
from newsclean.strippers.adjacent_posts import adjacent_title
from newsclean.strippers.read_more import CARD_BYLINE, COUNT, inline_title
from newsclean.strippers.related_section import is_contact

__all__ = ["Teaser", "related_items"]

_DECORATION = DATE_DECORATION
MAX_SOURCE_WORDS = 4
MAX_META_WORDS = 6
MIN_SUMMARY_WORDS = 12
#: A story's address spells this many words of its title at least: a writer's page spells
#: two ("/author/jane-doe"); words this short ("the", "of") are not counted.
MIN_SLUG_WORDS = 3
#: A button's hidden label before the title it repeats: "about", "Read more about".
MAX_HIDDEN_LABEL_WORDS = 3
_BUTTON_KEYS = frozenset({"read_more", "related_header"})
#: Of a list's linked titles, this share at least have their date above them when the
#: cards print their meta first.
MIN_DATED_SHARE = 2 / 3
MIN_SLUG_WORD_CHARS = 3
#: The scheme, host, query and fragment, and a trailing file extension, around a path.
_URL_PATH = regex.compile(r"^[a-z][a-z0-9+.-]*://[^/]*|[?#].*$|\.[a-z0-9]{2,5}$", regex.I)
_SLUG_SEPARATOR = regex.compile(r"[-_.+]+")
_WORD = regex.compile(r"\w+")
#: Path parts of the pages of people, whose addresses spell a name.
_PEOPLE_PATHS = frozenset(
    {
        "author",
        "authors",
        "autor",
        "autoren",
        "auteur",
        "auteurs",
        "profile",
        "user",
        "users",
        "people",
        "staff",
        "writers",
        "contributors",
        "by",
    }
)
#: A rank number glued to a title, as a browser copies a numbered "Most read" list: "1Ferry fares".
_GLUED_RANK = regex.compile(r"^\d{1,2}(?=\p{Lu}[\p{Ll}\s])")
#: A date in brackets before a title: "[ December 8, 2025 ] Title".
_BRACKETED_DATE = regex.compile(r"[\[(]\s*(?P<date>[^\[\]()]{6,40}?)\s*[\])]")
#: A date set before a title by a dash: "April 18 - Notes From the Flea Market".
_DASHED_DATE = regex.compile(r"(?P<date>[^-–—|]{3,30}?)\s+[-–—|]\s+")
#: Counts a popular list prints after a title: "11,2k visitas | 3 comentarios", "1.2K views".
_COUNTERS = regex.compile(rf"(?:[\s|·•,]*{COUNT})+[\s|·•]*$")
#: Counts fill the end of a line at most this long: the search looks no further back, so a
#: long run of spaces costs no more than a short one.
MAX_COUNTERS_CHARS = 60
#: Emoji a list prints before each title as its bullet: "🚧 Route 9 repaving starts".
_LEADING_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}\p{Cf}\uFE0F\s]+(?=\S)")
#: Between a card's links, a line prints a word or two: "by", "in", "por … en".
MAX_JOINING_WORDS = 2
#: A rank number on a line of its own, as a numbered list prints it: "1", "02", "#3", "4.".
_RANK = regex.compile(r"#?\d{1,2}[.)]?")
#: A card's tags as hashtags: "#Regional", "#Cloud Computing".
_HASHTAG = regex.compile(r"#\p{L}[\p{L}\d&'’-]*(?:\s#?\p{L}[\p{L}\d&'’-]*){0,2}")
#: A card's count of likes or comments alone on its line, with no unit: "41", "1.1K".
_BARE_COUNT = regex.compile(r"\d[\d.,]*[KkMm]?")
#: Guillemets, which open and close quotations in a title as well as point like arrows.
_GUILLEMETS = (("«", "»"), ("‹", "›"))
_SPACED_RANK = regex.compile(r"(\d{1,2})[.)]?\s+(?=[\p{Lu}'\"‘“„«])")
#: The word before a card's source: "from Alder Bay Tides".
_CARD_SOURCE_LABEL = regex.compile(rf"^(?i:{LEXICON.alternation('card_source_label')})\s+(?=\p{{Lu}})")
#: Words this short may be lower case in a name: "of", "the", "de", "für".
MAX_JOINER_CHARS = 3
#: A line of this many short parts between commas is a post's tags, not a title.
MIN_TAGS = 3
#: A section label over a title, or the next box's heading: a few words, no date or age.
MAX_LABEL_WORDS = 3
#: A list holding a title this long is no list of short titles: its short lines are labels.
LONG_TITLE_WORDS = 5
#: A title has at most this many words: a longer line under a linked title is its summary,
#: cut short without its ellipsis ("… que se sumarán a las").
MAX_TITLE_WORDS = 22
#: A ticker's line links one title of this many words at least, among short section links.
MIN_LINKED_TITLE_WORDS = 4
#: A title printed with its byline and date on one line has this many words at least.
MIN_BYLINED_TITLE_WORDS = 3
#: Under a card's byline or date, a sentence this long is its summary, not a title.
MIN_CARD_SUMMARY_WORDS = 6
#: A decked card's title and deck have this many words at least; a section's label has fewer.
MIN_DECKED_WORDS = 4


#: A sponsor's label run into a title is this many characters at least ("Anzeige", not "Ad").
MIN_AD_LABEL = 5
MAX_AD_LABEL = 24
# "Title. Writers; Source, date.": a title ends on its own mark, the writers before a semicolon.
_CITATION = regex.compile(
    r"(?P<title>[^;]{3,200}?)(?:\.|(?<=[?!]))\s+(?P<who>[^;.]{2,120}?)\s?;\s*(?P<source>[^,;]{2,60}),\s*(?P<date>[^;]{4,40})"
)
#: What parts a breadcrumb trail: "Home / News / Title", "Home › Title".
_TRAIL_MARKS = ("/", "›", "»", ">", "|", "→")
#: A sponsor's label names the sponsor at most: "Sponsored by Voltaris Marine Group".
MAX_SPONSOR_WORDS = 6
# Where a title may start after a label: a capital, run on or after a space.
_CAPITALISED = regex.compile(r"(?<=\p{Ll}|[\p{Ll}:·•|–—-]\s)\p{Lu}")
# A capital run on to a lower-case letter, with no space: where a glued label ends.
_GLUED_CAPITAL = regex.compile(r"(?<=\p{Ll})\p{Lu}")
# One sentence ending and another starting: a summary, not a title.
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?…]\s\p{Lu}")


@dataclass(frozen=True, slots=True)
class Teaser:
    title: str
    source: str | None = None
    age: str | None = None
    published: dt.date | None = None
    summary: str | None = None
    url: str | None = None
    #: An advertisement dressed as a teaser ("Sponsored", "Anzeige"); left out of the Article.
    sponsored: bool = False
    #: A byline, a date or a reading time came under the title: a short line after them is
    #: the next card's section label, not this one's source.
    settled: bool = False


@dataclass(frozen=True, slots=True)
class _Meta:
    """What a card's meta line says: "Harbor Daily News · 5h", "SunPeak Solar · Sponsored"."""

    source: str | None
    age: str | None
    published: dt.date | None
    sponsored: bool
    #: The source came with its label: "via Kettle and Crumb", "from Alder Bay Tides".
    labelled: bool = False


def related_items(removed: Iterable[Removed], *, headline: str | None) -> list[Teaser]:
    """Teasers in page order, each title once, the article's own title left out, and no
    one-word title: a menu's section ("U.S.") under a header that is a menu item too."""
    items: list[Teaser] = []
    own = text_key(headline) if headline else None
    taken = {own} if own else set()
    for sponsored, group, labels in _groups(removed):
        texts, urls = [text for text, _ in group], [url for _, url in group]
        for item in _parse(texts, urls, labels=labels):
            ad = item.sponsored or sponsored or _labelled_ad(item.title)
            key = text_key(item.title)
            if ad or _seen(key, taken) or (own and _trail_to(key, own)):
                continue
            if " " in item.title.strip():
                taken.add(key)
                items.append(item)
    return items


def _seen(key: str, taken: set[str]) -> bool:
    """Whether the title came already, perhaps now after a button's hidden label ("about")."""
    return key in taken or any(rest in taken for rest in _after_button_label(key))


def _trail_to(title: str, own: str) -> bool:
    """Whether the title is a breadcrumb trail that ends on the article's own title.

    >>> _trail_to("home / news / storm series wins award", "storm series wins award")
    True
    >>> _trail_to("why the storm series wins award", "storm series wins award")
    False
    """
    if not title.endswith(own) or len(title) == len(own):
        return False
    return title[: -len(own)].rstrip().endswith(_TRAIL_MARKS)


def _unprompted(text: str) -> str:
    """The title without a "read more" button's label run into it, as a browser copies a
    card whose button precedes the title: "WeiterlesenSchwimmbad-Saison startet früher".

    >>> _unprompted("Read moreFerry fares rise again"), _unprompted("Readers pick the best pub")
    ('Ferry fares rise again', 'Readers pick the best pub')
    """
    for m in _GLUED_CAPITAL.finditer(text, 1, MAX_AD_LABEL):
        if LEXICON.matches("read_more", text[: m.start()]):
            return text[m.start() :]
    return text


def _labelled_ad(title: str) -> bool:
    """Whether the title opens with a sponsor's label, spaced or run on ("SponsoredSpring
    into savings", "Anzeige Jetzt Tarif wechseln"); a short one ("Ad") may be a word.

    >>> _labelled_ad("SponsoredSpring into savings"), _labelled_ad("Paid Content The smart way")
    (True, True)
    >>> _labelled_ad("Sponsored: Local roofers"), _labelled_ad("Contenu sponsorisé · Votre piscine")
    (True, True)
    >>> _labelled_ad("Ad Astra rocket test delayed"), _labelled_ad("Sponsored walks raise £4,000")
    (False, False)
    >>> _labelled_ad("Publi-rédactionnel : économisez 40 % sur votre cuve")
    True
    """
    head, colon, _ = title[: MAX_AD_LABEL + 2].partition(":")
    if colon and LEXICON.matches("sponsored", head):  # the label and a colon, whatever comes next
        return True
    for m in _CAPITALISED.finditer(title, 1):
        label = title[: m.start()].strip()
        if len(label) >= MIN_AD_LABEL and LEXICON.matches("sponsored", label):
            return True
        if m.start() > MAX_AD_LABEL:
            break
    return False


def _groups(removed: Iterable[Removed]) -> list[tuple[bool, list[tuple[str, str | None]], set[int]]]:
    """Runs of teaser lines, each line with the address it links to, if the input had links.

    Each run says whether a sponsor's heading ("Sponsored Content") opened it, and which of
    its lines are sponsors' labels another stripper took ("Anzeige", linked as a menu item),
    over its first card too.
    """
    groups: list[tuple[bool, list[tuple[str, str | None]], set[int]]] = []
    closed = False  # readers' comments came between: what follows is another list
    label: str | None = None  # a sponsor's label another stripper took, between two teasers
    for r in removed:
        if r.role is Role.TEASER_HEAD:
            adjacent = adjacent_title(r.line.text)
            title = inline_title(r.line) or adjacent
            sponsored = LEXICON.matches("sponsored", r.line.text)
            groups.append((sponsored, [(_unlabelled(title, r.line), _url(r.line))] if title else [], set()))
            if adjacent is not None:  # a link to the next post is a list of one
                groups.append((False, [], set()))
            closed, label = False, None
        elif r.role is Role.COMMENT:
            closed = True
        elif r.role is Role.TEASER:
            if not groups or closed:  # after readers' comments, a list of its own
                groups.append((False, [], set()))
                closed, label = False, None
            if label is not None:
                groups[-1][2].add(len(groups[-1][1]))
                groups[-1][1].append((label, None))
                label = None
            groups[-1][1].extend(_fields(_unlabelled(r.line.text, r.line), r.line))
        elif groups and _sponsor_label(r.line.text):
            # "Sponsored", "Anzeige": a menu's stripper takes the card's label as a link
            label = r.line.text.strip(_DECORATION)
    return groups


def _sponsor_label(text: str) -> bool:
    """Whether the line is a sponsor's label alone: "Sponsored", "ANZEIGE", "Promoted by Hushwell",
    perhaps after the card's kind run into it ("brandpostSponsored by Voltaris Marine").

    >>> _sponsor_label("brandpostSponsored by Voltaris Marine"), _sponsor_label("newsSponsored walks")
    (True, False)
    """
    if more_words_than(text, MAX_SPONSOR_WORDS):
        return False
    label = text.strip(_DECORATION)
    if LEXICON.matches("sponsored", label):
        return True
    return any(
        LEXICON.matches("sponsored", label[m.start() :])
        for m in _GLUED_CAPITAL.finditer(label, 1, MAX_AD_LABEL)
    )


def _fields(text: str, line: Line) -> list[tuple[str, str | None]]:
    """The line's title and summary apart, when both link to the card's address: markup
    lays out two links as one line ("Title Summary."), a browser's style sets them apart."""
    links = line.block.links if line.block is not None else ()
    url = _url(line)
    if len(links) == 2 and links[0].url == links[1].url == url and text == f"{links[0].text} {links[1].text}":
        return [(links[0].text, url), (links[1].text, url)]
    return _run_together(text, links) or _title_link(text, links) or [(text, url)]


def _run_together(text: str, links: tuple[Link, ...]) -> list[tuple[str, str | None]] | None:
    """Titles the line runs together, each a link of its own and nothing else between them,
    as a capture prints a row of cards: "[Title one](/a)[Title two](/b)".

    >>> one, two = Link("Ferry fares rise again", "/a"), Link("Dam plan approved by voters", "/b")
    >>> _run_together("Ferry fares rise againDam plan approved by voters", (one, two))
    [('Ferry fares rise again', '/a'), ('Dam plan approved by voters', '/b')]
    """
    if len(links) < 2 or len({link.url for link in links}) < len(links):
        return None
    if any(word_count(link.text) < MIN_LINKED_TITLE_WORDS for link in links):
        return None
    if "".join(text.split()) != "".join("".join(link.text.split()) for link in links):
        return None
    return [(link.text, link.url) for link in links]


def _title_link(text: str, links: tuple[Link, ...]) -> list[tuple[str, str | None]] | None:
    """The one title a card's line links, and its date, without the section labels around
    it: "[ 12. Mai 2025 ] [Title](/story) [Sport](/sport)" gives the title and the date.
    In HTML the title may be the link's title attribute, inside a link that holds the card.

    >>> story, travel = Link("Ferry fares rise again", "/a"), Link("Travel", "/t")
    >>> _title_link("12 May 2025 Ferry fares rise again Travel", (story, travel))
    [('Ferry fares rise again', '/a'), ('12 May 2025', None)]
    >>> names = (Link("Jo Roe", "/j"), Link("Al Poe", "/p"))
    >>> _title_link("Ferry fares rise again, say Jo Roe and Al Poe", (story, *names)) is None
    True
    """
    if len(links) == 1:
        # the title the markup gives the link, or the link's own text: "Title</a><span>Source · 4h"
        return _title_within(text, links[0].title or links[0].text, links[0].url)
    # One title among them; the others, shorter, are section links (at most MAX_LABEL_WORDS).
    titles = [link for link in links if word_count(link.text) >= MIN_LINKED_TITLE_WORDS]
    if len(titles) != 1:
        return None
    others = tuple(link.text for link in links if link is not titles[0])
    return _title_within(text, titles[0].text, titles[0].url, others=others)


def _title_within(
    text: str, title: str, url: str | None, *, others: tuple[str, ...] = ()
) -> list[tuple[str, str | None]] | None:
    """The title and the date or meta line printed around it, when all else on the line is
    a short label, or the card's other links with a word or two between them ("Title by
    [Writer] in [Section]"): "[ December 8, 2025 ] Title Top 10 lists", "TitleMeridian
    Press · 4 hours ago".

    >>> title = "Dam plan approved by voters"
    >>> _title_within(f"{title}Meridian Press · 4 hours ago", title, "/a")
    [('Dam plan approved by voters', '/a'), ('Meridian Press · 4 hours ago', None)]
    >>> _title_within(f"{title} por Jo Roe en Cine y series", title, "/a", others=("Jo Roe", "Cine y series"))
    [('Dam plan approved by voters', '/a')]
    """
    at = text.find(title)
    if at < 0 or word_count(title) < MIN_LINKED_TITLE_WORDS:
        return None
    fields: list[tuple[str, str | None]] = [(title, url)]
    for part in (text[:at], text[at + len(title) :]):
        part = " ".join(part.split()).strip(_DECORATION + "[]()")
        if part and (is_date_alone(part) or _meta(part) is not None):
            fields.append((part, None))
        elif more_words_than(part, MAX_LABEL_WORDS) and more_words_than(
            _unlinked(part, others), MAX_JOINING_WORDS
        ):
            return None
    return fields


def _unlinked(text: str, links: tuple[str, ...]) -> str:
    """The text without the links' texts in it: the words that join them."""
    for link in links:
        text = text.replace(link, " ") if link else text
    return text


def _unlabelled(text: str, line: Line) -> str:
    """The text without the section label the markup set apart at the start of its link,
    spaced or run on, as inline elements run together ("WarenkundeWarum Honig fest wird")."""
    links = line.block.links if line.block is not None else ()
    for link in links:
        if not link.kicker or LEXICON.matches("sponsored", link.kicker):
            continue  # a sponsor's label stays: it marks the card as an ad
        if text.startswith(link.text) and link.text.startswith(link.kicker):
            rest = text[len(link.kicker) :]
            if rest[:1] == " " or rest[:1].isupper():
                return rest.lstrip()
    return text


def _url(line: Line) -> str | None:
    """The address of the line's last link: an inline teaser's label comes before its title.

    Only a link whose text the line prints counts: a link that holds whole blocks is laid
    out before it closes, so the markup reader files it with the line after it. Such a
    block's own address is the link it sits in.
    """
    block = line.block
    if block is None:
        return None
    own = (link.url for link in reversed(block.links) if link.url and link.text in line.text)
    return next(own, None) or block.href


def _parse(
    texts: list[str], urls: list[str | None] | None = None, *, labels: set[int] | None = None
) -> list[Teaser]:
    """Read title, source, age, date and summary off a run of teaser lines.

    ``urls`` are the addresses the lines link to, when the input had links.

    >>> items = _parse(["Drone story", "Drone story", "Russia Today", "time20 hours ago", "2Next one"])
    >>> [(t.title, t.source, t.age) for t in items]
    [('Drone story', 'Russia Today', '20 hours ago'), ('Next one', None, None)]
    """
    texts = _unranked([_unprompted(_trimmed(raw)) for raw in texts])
    texts, urls, labels = _untagged(texts, urls, labels)
    # A card's meta over its title ("Daily News · 5h", "Title"), perhaps under its section's
    # label ("Transport", "Daily News · 5h", "Title"): the list is read card by card. There
    # a sponsor's label above a card's meta or below its title reads the same: only the
    # labels the list itself kept are read.
    kept = [k for k in range(len(texts)) if k not in (labels or ())]
    carried = {texts[k] for k in labels or ()}
    if texts and _one_line_card(texts[0], None) is not None:
        return _one_line_cards(texts, urls)
    if len(texts) > 1 and all(map(_dated_title, texts)):
        # "Title Sunday, 06.04.2025" on every line: no line is another's meta
        return [
            replace(_titled(text, urls[k] if urls else None), settled=True) for k, text in enumerate(texts)
        ]
    cards = _card_list([texts[k] for k in kept], [urls[k] for k in kept] if urls else None)
    if cards is not None:
        read = _parse_cards(*cards)
        if read and 0 in (labels or ()) and _sponsor_label(texts[0]):
            # a menu's stripper took the first card's label: "#Sponsored", "Published on …", "Title"
            read[0] = replace(read[0], sponsored=True)
        return read
    if _source_over_age(texts, 0):
        texts, urls = _joined_heads(texts, urls)
    teasers = [k for k, t in enumerate(texts) if _maybe_teaser(t)]
    lines = [(texts[k], urls[k] if urls else None) for k in teasers]
    # the line printed under each, buttons and counts too ("Read More", "96")
    below = [texts[k + 1] if k + 1 < len(texts) else "" for k in teasers]
    decked = _decked_cards(lines)
    if decked is not None:
        return decked
    labels = _labels([text for text, _ in lines])
    # A list that opens with a label over a title prints each card's section above its
    # title; its short lines are those labels, never the source of the card above.
    kickers = 0 in labels and 1 not in labels and len(lines) > 1
    items: list[Teaser] = []
    labelled: str | None = None  # the address of the card whose label the line above was
    ad = False  # that label was a sponsor's
    over = False  # a sponsor's label came under a card's last detail: it is the next card's
    date_over: tuple[int, str] | None = None  # a date no card above took, over the next title
    for k, (text, url) in enumerate(lines):
        current = items[-1] if items else None
        if current and _repeats(text, current):
            continue
        card = _one_line_card(text, url)
        if card is not None:
            items.append(card)
            continue
        sponsor = _sponsor_label(text)
        if current is not None and sponsor and _labelled_ad(current.title):
            continue  # "Partenaire : Gagnez un week-end", "Sponsorisé": the ad's own label, again
        if sponsor and (current is None or current.settled or kickers or (text in carried and current.url)):
            # under a card's last detail, in a list that labels each card above its title, or
            # under a linked title when a menu's stripper took the label (a card's own label
            # is inside its link), it is the next card's
            over = True
            continue
        if _labels_next(lines, k, current, k in labels):
            # "National" or "Sponsored by Harbor Lending", linked where the title below links
            labelled, ad = url, LEXICON.matches("sponsored", text)
            continue
        if current is not None and _is_summary(current, text, url, below[k]):
            items[-1] = replace(current, summary=current.summary or text)
            continue
        # A line linking to another address than the item's is another item, unless it
        # reads as a name or a day and a writer: the source or byline, linked to its page.
        if current is not None and (
            url is None
            or url == current.url
            or (_name_like(text) and not _slug_spells(text, url))
            or _dated_author(text)
            or _byline_meta(text) is not None
            or _labelled_source(text)
        ):
            updated = _detail(current, text, may_source=not (kickers and k in labels))
            if updated is not None:
                items[-1] = updated
                continue
        # A line linking elsewhere than the card above is a title, however long, unless it
        # reads as sentences: a card links its summary too.
        under_label = url is not None and url == labelled
        linked = url is not None and (current is None or url != current.url) and not _sentences(text)
        # A long question over a card's date is a title too: "How old are our pipes?", "May 3, 2025"
        dated = k + 1 < len(lines) and is_date_alone(lines[k + 1][0]) and not _sentences(text)
        if k in labels or LEXICON.matches("reading_time", text):  # "6 min read" over a title
            continue
        if is_date_alone(text):  # a date is never a title
            date_over = (k, text)
            continue
        # A short question no card above took as its summary is a title: "Part 2: Why?"
        question = is_short_question(text)
        if linked or dated or under_label or question or not is_prose(text, min_words=MIN_SUMMARY_WORDS):
            items.append(replace(_titled(text, url), sponsored=(under_label and ad) or over))
            if date_over is not None and date_over[0] == k - 1:
                items[-1] = _detail(items[-1], date_over[1]) or items[-1]
            over, date_over = False, None
    return items


def _untagged(
    texts: list[str], urls: list[str | None] | None, labels: set[int] | None
) -> tuple[list[str], list[str | None] | None, set[int] | None]:
    """The lines without a card's hashtags ("#Regional"): its tag, never its title or its
    source. "#Sponsored" stays, as it marks an ad; ``labels`` are renumbered to match.

    >>> _untagged(["#Regional", "Harbour dredging delayed", "#Sponsored"], None, {2})
    (['Harbour dredging delayed', '#Sponsored'], None, {1})
    """
    tagged = [bool(_HASHTAG.fullmatch(text)) and not _sponsor_label(text) for text in texts]
    if not any(tagged):
        return texts, urls, labels
    kept = {k: n for n, k in enumerate(k for k, tag in enumerate(tagged) if not tag)}
    return (
        [texts[k] for k in kept],
        [urls[k] for k in kept] if urls else None,
        {kept[k] for k in labels or () if k in kept},
    )


def _decked_cards(lines: list[tuple[str, str | None]]) -> list[Teaser] | None:
    """The cards, when every card ends in a title, its deck and its meta, at the same
    distance from the next card's meta: "Title", "Deck", "Nov 4, 2024 • Jane Doe"; None
    otherwise. Lines above a card's title (its section, its outlet) and counts are left.

    >>> cards = _decked_cards([("Why the 9 comes in pairs", None),
    ...     ("Bunching, explained with two buses and a stopwatch", None), ("Nov 4, 2024", None),
    ...     ("41", None), ("What the drivers see", None),
    ...     ("Early starts, split shifts and the depot", None), ("Dec 2, 2024", None)])
    >>> [(c.title, str(c.published)) for c in cards]
    [('Why the 9 comes in pairs', '2024-11-04'), ('What the drivers see', '2024-12-02')]
    """
    rows = [(text, url) for text, url in lines if _BARE_COUNT.fullmatch(text) is None]
    read = [_meta(text) for text, _ in rows]  # read once: each meta line is read again below
    metas = [k for k, (text, _) in enumerate(rows) if read[k] is not None or is_date_alone(text)]
    gaps = {b - a for a, b in itertools.pairwise(metas)}
    if len(metas) < 2 or len(gaps) != 1 or metas[0] < 2 or metas[0] >= min(gaps):
        return None
    cards = []
    for m in metas:
        (title, url), (deck, deck_url), meta = rows[m - 2], rows[m - 1], read[m]
        if deck_url not in (None, url) or _card_meta(title) or _sentences(title) or meta is None:
            return None
        if word_count(title) < MIN_DECKED_WORDS or word_count(deck) < MIN_DECKED_WORDS:
            return None  # "Security", "Title", "Dec 1": a section's label over each title
        card = replace(_titled(title, url), summary=deck)
        cards.append(
            replace(
                card, source=meta.source, age=meta.age, published=meta.published, sponsored=meta.sponsored
            )
        )
    return cards


def _trimmed(text: str) -> str:
    """The text without the bullets and arrows around it, but with the guillemet that
    closes a quotation inside it: "Les mairies testent les « visites de voisinage »".

    >>> _trimmed("» Les mairies testent les « visites de voisinage » ›")
    'Les mairies testent les « visites de voisinage »'
    """
    out = text.strip(_DECORATION)
    for opening, closing in _GUILLEMETS:
        if out.count(opening) > out.count(closing):
            start = text.find(out)
            close = text.find(closing, start + len(out))
            if close != -1:
                out = text[start : close + 1]
    return out


def _card_meta(text: str) -> bool:
    return is_date_alone(text) or _meta(text) is not None


def _cut_summary(text: str, item: Teaser, below: str) -> bool:
    """A summary cut short under its card's title, over the card's meta, button or count
    ("The order secures 200 jobs at the yard for...", "Granite Press | 6 hours ago") or
    last in its run; a list of titles alone cuts its long titles the same way."""
    if item.summary is not None or not text.endswith(ELLIPSES) or _meta(text) is not None:
        return False
    if word_count(text) < MIN_CARD_SUMMARY_WORDS or item.title.endswith(ELLIPSES):
        return False
    if not below:  # the card's last line: its button ended the run ("Read More")
        return True
    return (
        _card_meta(below) or _BARE_COUNT.fullmatch(below) is not None or LEXICON.matches("read_more", below)
    )


def _card_list(
    texts: list[str], urls: list[str | None] | None
) -> tuple[list[str], list[str | None] | None] | None:
    """The list with each card's head on one line, if its cards print their meta over the
    title; None if they do not."""
    if _source_over_age(texts, 0):
        texts, urls = _joined_heads(texts, urls)
    return (texts, urls) if _meta_first(texts, urls) else None


def _labelled_source(text: str) -> bool:
    """Whether the line is a card's source with its label, linked to the source's own site:
    "via Kettle and Crumb February 19, 2025"."""
    meta = _meta(text)
    return meta is not None and meta.labelled


def _is_summary(item: Teaser, text: str, url: str | None, below: str) -> bool:
    """Whether the line under the card is its summary (``below`` is the line under it).

    A card links its summary too ("Both will meet parents at open forums next week."); a
    summary may be cut short ("The order secures 200 jobs at the yard for..."), or run on
    past any title's length with no ellipsis; a line with no link under a linked title is
    its deck.
    """
    if url is not None and url == item.url and _summary_like(text, item):
        return True
    if url in (None, item.url) and _cut_summary(text, item, below):
        return True
    return url is None and (_overlong_summary(text, item) or _unlinked_subtitle(text, item))


def _overlong_summary(text: str, item: Teaser) -> bool:
    """Whether a line with no link under a linked title is longer than any title: the card's
    summary, though cut short with no ellipsis, after the card's meta line."""
    return item.url is not None and item.summary is None and more_words_than(text, MAX_TITLE_WORDS)


def _unlinked_subtitle(text: str, item: Teaser) -> bool:
    """Whether a line with no link, right under a linked title, is that card's subtitle:
    some words, and none of a card's meta ("Jan 8 • Marc Thibodeau", "6 min read")."""
    if item.url is None or item.summary is not None or item.settled:
        return False
    if word_count(text) < MIN_CARD_SUMMARY_WORDS or is_date_alone(text) or _dated_author(text):
        return False
    return _meta(text) is None and _byline_meta(text) is None and not LEXICON.matches("reading_time", text)


def _meta_first(texts: list[str], urls: list[str | None] | None) -> bool:
    """Whether the list's cards print their meta line over their title: it opens with a
    meta line, or, in markup, with a section's label over one and a linked title below
    ("Transport", "Atlantic Wire · 6 hours ago", <a>Title</a>). In text, a short title over
    its meta line reads the same as a label, so only the markup tells."""
    heads = list(itertools.islice((k for k, text in enumerate(texts) if _maybe_teaser(text)), 3))
    if not heads:
        return False
    if _meta(texts[heads[0]]) is not None or _dated_above(texts, urls):
        return True
    if urls is None or len(heads) < 3 or urls[heads[0]] is not None or urls[heads[2]] is None:
        return False
    meta = _meta(texts[heads[1]])  # "6 min read" alone says nothing of where a card begins
    told = meta is not None and (meta.source or meta.age or meta.published or meta.sponsored)
    return _short_label(texts[heads[0]]) and bool(told)


def _dated_above(texts: list[str], urls: list[str | None] | None) -> bool:
    """Whether, in markup, a date with no link stands above the first linked title and most
    others, below the title before it: "Environment", "Hannah Lowe", "10 Jun 2025",
    <a>Title</a>. A list that dates its cards under their titles has none above its first."""
    if urls is None:
        return False
    titles: list[int] = []  # each address's first line
    seen: set[str] = set()
    for k, url in enumerate(urls):
        if url is not None and url not in seen:
            seen.add(url)
            titles.append(k)
    if len(titles) < 2:
        return False
    dated = [k for k, text in enumerate(texts) if urls[k] is None and is_date_alone(text)]
    above = [any(a < k < b for k in dated) for a, b in itertools.pairwise([-1, *titles])]
    # an ad's card and the list's "View all" link have none
    return above[0] and sum(above) >= len(above) * MIN_DATED_SHARE


def _summary_like(text: str, item: Teaser) -> bool:
    """Whether a line linked where the item's title links is its summary: sentences, or a
    subtitle of some length right under a title, before any of its meta. Under a line as
    short as a section's name ("Wine Basics 101"), it is the card's title, not a summary."""
    if _sentences(text):
        return True
    if item.summary is not None or item.settled or word_count(item.title) < LONG_TITLE_WORDS:
        return False
    return word_count(text) >= MIN_CARD_SUMMARY_WORDS and _meta(text) is None and _byline_meta(text) is None


def _labels_next(lines: list[tuple[str, str | None]], k: int, current: Teaser | None, label: bool) -> bool:
    """Whether line ``k`` is the label over the next card: a section's name or a sponsor's,
    linked to the address the title below it links to, and not to the card above."""
    url = lines[k][1]
    if url is None or k + 1 >= len(lines) or lines[k + 1][1] != url or (current and current.url == url):
        return False
    return label or LEXICON.matches("sponsored", lines[k][0])


def _maybe_teaser(text: str) -> bool:
    """Whether the line may be a teaser's: not a rank, a tag list ("Themen: Freibad · Haushalt"),
    a link to the whole list ("View all Related Articles") or a phrase of the page's frame
    ("More about me", "Sort & Filter", "Post navigation"); a sponsor's label stays, which
    marks its card, whatever else it is ("Anzeige" is a menu's link too)."""
    keys = LEXICON.keys_of(text)
    return (
        bool(text)
        and not _RANK.fullmatch(text)
        and not is_contact(text)  # "+44 20 3734 1592": the footer's
        and "not_teaser" not in keys
        and "read_more" not in keys  # a card's "Read More →" button
        and ("sponsored" in keys or not keys & _FRAME_KEYS)
        and not _tag_list(text)
    )


#: Lexicon keys of the page's frame: a line that is such a phrase is no teaser's title or detail.
_FRAME_KEYS = frozenset(
    {
        "navigation",
        "newsletter",
        "comment_control",
        "comment_stub",
        "comment_header",
        "comment_form",
        "share",
        "footer",
        "end_marker",
        "app_promo",
        "paywall",
        "cookie",
        "store_badge",
    }
)


def _tag_list(text: str) -> bool:
    """Whether the line is a post's tags run together with commas: "habits, Mantra, yoga".

    >>> _tag_list("creating positive habits, Cultivating Change, habits, Reset")
    True
    >>> _tag_list("Rain, wind and snow: what the storm will bring to the coast")
    False
    """
    parts = text.split(",")
    labels = (word_count_upto(part, MAX_LABEL_WORDS) for part in parts)
    return len(parts) >= MIN_TAGS and all(0 < words <= MAX_LABEL_WORDS for words in labels)


def _sentences(text: str) -> bool:
    """Whether the line reads as a summary's sentences rather than a title.

    >>> _sentences("Learn about the eruptions. Continue"), _sentences("What is a junior college?")
    (True, False)
    """
    return text.rstrip().endswith((".", "…", "!")) or _SENTENCE_BREAK.search(text) is not None


def _unranked(texts: list[str]) -> list[str]:
    """The titles without the ranks a "Most read" list prints before them, when the list
    counts 1, 2, 3… ("1 Freibad schließt", "2. Unfall auf der B 214").

    >>> _unranked(["1 Pool closes for good", "2. Crash on the B 214", "3 'End of an era' for shop"])
    ['Pool closes for good', 'Crash on the B 214', "'End of an era' for shop"]
    >>> _unranked(["2 Dead in crash on A9", "Bakery sold"])
    ['2 Dead in crash on A9', 'Bakery sold']
    """
    ranked = [(k, m) for k, text in enumerate(texts) if (m := _SPACED_RANK.match(text))]
    if len(ranked) < 2 or [int(m[1]) for _, m in ranked] != list(range(1, len(ranked) + 1)):
        return texts
    out = list(texts)
    for k, m in ranked:
        out[k] = texts[k][m.end() :]
    return out


def _name_like(text: str) -> bool:
    """Whether the line reads as a name: every word but short joiners opens with a capital.

    A title's colon or question mark is in no name: "Herzinfarkt: Warnzeichen bei Frauen".

    >>> _name_like("Al Jazeera"), _name_like("The Times of London"), _name_like("Winzer übernehmen Lagen")
    (True, True, False)
    >>> _name_like("Herzinfarkt: Warnzeichen bei Frauen")
    False
    """
    words = text.split()
    if ": " in text or "?" in text:
        return False
    return len(words) <= MAX_SOURCE_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or len(word) <= MAX_JOINER_CHARS for word in words
    )


def _slug_spells(text: str, url: str | None) -> bool:
    """Whether the address's last part spells the line out: a story's link
    (".../best-toaster-ovens" for "The Best Toaster Ovens"), not a source's or a writer's.

    >>> _slug_spells("The Best Toaster Ovens", "https://example.com/kitchen/best-toaster-ovens")
    True
    >>> _slug_spells("Daily Harbour News", "https://dailyharbournews.com/")
    False
    """
    if url is None:
        return False
    parts = [part for part in _URL_PATH.sub("", url).split("/") if part]
    if not parts or "@" in url or any(part.casefold() in _PEOPLE_PATHS for part in parts):
        return False
    slug = set(_SLUG_SEPARATOR.split(parts[-1].casefold()))
    words = [word for word in _WORD.findall(text.casefold()) if len(word) >= MIN_SLUG_WORD_CHARS]
    return sum(word in slug for word in words) >= MIN_SLUG_WORDS


def _source_like(text: str) -> bool:
    """Whether a short line may be a publication's name: a name, or one word in any case
    ("engadget", "heise online"), with a letter in it (a bare "112" is a count).

    >>> _source_like("heise online"), _source_like("112"), _source_like("9to5Mac")
    (True, False, True)
    """
    if not any(c.isalpha() for c in text):
        return False
    return _name_like(text) or len(text.split()) <= 2


def _labels(texts: list[str]) -> set[int]:
    """The lines that are section labels or headings among titles, by position.

    In a list of full titles, a line of a few words, no date or age, labels the card
    under it ("Politics"), or heads the next box ("Related Podcasts"). A list of only
    short titles has none.

    >>> sorted(_labels(["Cities", "Suburbs where commutes got shorter", "4 min read", "Podcasts"]))
    [0, 3]
    >>> sorted(_labels(["Drone story", "Russia Today", "Next one"]))
    []
    """
    if not any(_title_like(text) and word_count(text) >= LONG_TITLE_WORDS for text in texts):
        return set()
    return {k for k, text in enumerate(texts) if _short_label(text)}


def _short_label(text: str) -> bool:
    """A few words, or a few tags of a few words: "Politics", "Education • Hadley • Schools"."""
    parts = [part.replace(" & ", " ") for part in _parts(text)]  # "Food & Drink" is two words
    return (
        all(not more_words_than(part, MAX_LABEL_WORDS) for part in parts)
        and len(parts) <= MAX_LABEL_WORDS
        and find_age(text) is None
        and find_date(text) is None
        and not LEXICON.matches("reading_time", text)
        and not LEXICON.matches("sponsored", text)
    )


def _title_like(text: str) -> bool:
    meta = _meta(text) is not None or _byline_meta(text) is not None
    return not meta and not is_prose(text, min_words=MIN_SUMMARY_WORDS)


def _titled(text: str, url: str | None) -> Teaser:
    """A teaser from its title line, which may carry its date and a label after the title.

    >>> t = _titled('Grafting workshop February 12, 2025 In "Orchard"', None)
    >>> t.title, t.published
    ('Grafting workshop', datetime.date(2025, 2, 12))
    >>> t = _titled("16.01.2025 Risse entdeckt: Eder-Brücke in Sennbach sofort gesperrt", None)
    >>> t.title, t.published
    ('Risse entdeckt: Eder-Brücke in Sennbach sofort gesperrt', datetime.date(2025, 1, 16))
    >>> t = _titled("[ 12. Mai 2025 ] Neue Buslinie verbindet Kirchwalde mit dem Bahnhof", None)
    >>> t.title, t.published
    ('Neue Buslinie verbindet Kirchwalde mit dem Bahnhof', datetime.date(2025, 5, 12))
    >>> _titled("Una SBC con NPU al precio de una Raspberry Pi 5,9k visitas | 7 comentarios", None).title
    'Una SBC con NPU al precio de una Raspberry Pi'
    >>> _titled("April 18 - Notes From the Dayton Flea Market", None).title
    'Notes From the Dayton Flea Market'
    >>> _titled("Route 66 - The road trip of a lifetime", None).title
    'Route 66 - The road trip of a lifetime'
    >>> t = _titled("Rojales aprueba un presupuesto récord de 28 millones hace 5 horas", None)
    >>> t.title, t.age
    ('Rojales aprueba un presupuesto récord de 28 millones', 'hace 5 horas')
    """
    text = _GLUED_RANK.sub("", _LEADING_SYMBOLS.sub("", text))
    counted = _COUNTERS.search(text, max(0, len(text) - MAX_COUNTERS_CHARS))
    if counted is not None and counted.start() > 0:
        text = text[: counted.start()].rstrip(_DECORATION)
    bracketed = _BRACKETED_DATE.match(text)
    if bracketed is not None and (found := find_date(bracketed["date"])) is not None:
        if word_count(text[bracketed.end() :]) >= MIN_LINKED_TITLE_WORDS:
            # "[ 12. Mai 2025 ] Title", as a ticker prints its items
            return replace(_titled(_trimmed(text[bracketed.end() :]), url), published=found.value)
    dashed = _DASHED_DATE.match(text)
    if dashed is not None and _date_alone(dashed["date"]):
        if word_count(text[dashed.end() :]) >= MIN_LINKED_TITLE_WORDS:
            # "April 18 - Notes From the Flea Market", as a blog's sidebar prints its posts
            found = find_date(dashed["date"])
            titled = _titled(_trimmed(text[dashed.end() :]), url)
            return replace(titled, published=found.value) if found is not None else titled
    lead = find_date(text)
    numeric = lead is not None and lead.start == 0 and not any(c.isalpha() for c in text[: lead.end])
    if lead is not None and numeric and word_count(text[lead.end :]) >= LONG_TITLE_WORDS:
        # "16.01.2025 Risse entdeckt: Brücke gesperrt": the card's date, printed first (a
        # title may open with a date in words: "11 September 2001 memorial opens")
        return replace(_titled(_trimmed(text[lead.end :]), url), published=lead.value)
    glued = glued_age_start(text)
    if glued is not None:
        return Teaser(title=_trimmed(text[:glued]), age=text[glued:], url=url, settled=True)
    span = age_span(text)
    # "Title hace 1 hora": an age of words after the title ("Places to go in your 20s" has none).
    if span is not None and span[0] > 0 and span[1] == len(text.rstrip()) and " " in text[span[0] : span[1]]:
        title = _trimmed(text[: span[0]])
        if word_count(title) >= LONG_TITLE_WORDS:
            return Teaser(title=title, age=text[span[0] : span[1]], url=url, settled=True)
    hit = lead  # the text is as it was when the date was looked for
    if hit is not None and hit.start > 0 and word_count(text[hit.end :]) <= MAX_META_WORDS:
        head = text[: hit.start]
        # "Title Sunday, 06.04.2025": the date's weekday, set apart from it by a comma
        title = _trimmed(TRAILING_WEEKDAY.sub("", head) if head.rstrip().endswith(",") else head)
        if title:
            return Teaser(title=title, published=hit.value, url=url)
    return Teaser(title=text, url=url)


def _date_alone(text: str) -> bool:
    """A date, or a day of the month printed without its year: "April 18", "18.04.2025"."""
    return is_date_alone(text) or is_day_of_month(text)


def _one_line_cards(texts: list[str], urls: list[str | None] | None) -> list[Teaser]:
    """A list that prints each card whole on one line, up to the first line that is none
    (the archive's link, the writer's bio under it)."""
    items: list[Teaser] = []
    for k, text in enumerate(texts):
        card = _one_line_card(text, urls[k] if urls else None)
        if card is None:
            break
        items.append(card)
    return items


def _one_line_card(text: str, url: str | None) -> Teaser | None:
    return _bylined_card(text, url) or _cited_card(text, url)


def _bylined_card(text: str, url: str | None) -> Teaser | None:
    """A whole card on one line: its title, "by" its writer, its date, perhaps its summary,
    as a related-posts plugin prints them.

    >>> t = _bylined_card("Why Apia needs an IXP by Tevita Moala 14 Oct 2025 Traffic leaves twice.", None)
    >>> t.title, t.published, t.summary
    ('Why Apia needs an IXP', datetime.date(2025, 10, 14), 'Traffic leaves twice.')
    >>> _bylined_card("Stand by Me turns 40 on March 3, 2026", None) is None
    True
    """
    hit = find_date(text)
    if hit is None or hit.start == 0:
        return None
    head = text[: hit.start].rstrip(" ,·|–—-")
    # the last label that starts a byline ending the head: "a starter guide by Hemi Walker"
    # is a title and its writer, though "guide by" labels bylines too
    ends = [m for m in CARD_BYLINE.finditer(head, overlapped=True) if m.end() == len(head)]
    byline = ends[-1] if ends else None
    if byline is None or word_count(head[: byline.start()]) < MIN_BYLINED_TITLE_WORDS:
        return None
    summary = _trimmed(text[hit.end :]) or None
    title = head[: byline.start()].strip(_DECORATION)
    return Teaser(title=title, published=hit.value, summary=summary, url=url, settled=True)


def _cited_card(text: str, url: str | None) -> Teaser | None:
    """A card printed as a citation: "Title. Writers; Source, date.", as a magazine lists
    its archives.

    >>> t = _cited_card("When Rivers Run Brown. Petra Lindqvist; Meridian.com, March 8, 2022.", None)
    >>> t.title, t.source, t.published
    ('When Rivers Run Brown', 'Meridian.com', datetime.date(2022, 3, 8))
    >>> _cited_card("Prices rose. Bakers; unions and shops, all said so on March 8, 2022.", None) is None
    True
    """
    m = _CITATION.fullmatch(text.strip())
    if m is None or word_count(m["source"]) > MAX_SOURCE_WORDS:
        return None
    hit = find_date(m["date"])
    if hit is None or m["date"][hit.end :].strip(" .") or m["date"][: hit.start].strip():
        return None
    return Teaser(title=m["title"], source=m["source"], published=hit.value, url=url, settled=True)


def _parse_cards(texts: list[str], urls: list[str | None] | None) -> list[Teaser]:
    """Teasers whose meta line comes above the title, as portals print cards.

    >>> items = _parse_cards(["Daily News · 5h", "Station upgrade", "Acme · Sponsored", "Solar deal"], None)
    >>> [(t.title, t.source, t.age, t.sponsored) for t in items]
    [('Station upgrade', 'Daily News', '5h', False), ('Solar deal', 'Acme', None, True)]
    """
    items: list[Teaser] = []
    meta: _Meta | None = None
    meta_url: str | None = None  # a card is one link: its address may sit on the meta line
    repeated = {text for text, n in Counter(texts).items() if n > 1}
    titled = -1  # the line of the last title
    for k, text in enumerate(texts):
        if not text or not _maybe_teaser(text):  # a card's "Read story" button
            continue
        above = _meta(text)
        if above is not None and items and titled == k - 1 and _untold(items[-1]) and not _untold(above):
            # "4 minutes", "Title", "The Coastal Sentinel - 2025-03-04": meta on both sides
            items[-1] = replace(items[-1], source=above.source, age=above.age, published=above.published)
        elif above is not None:
            # a card's label and its meta on two lines: "Sponsored", "Partner content · 2 min"
            pending = meta
            meta = above if pending is None else _merged(pending, above)
            meta_url = (urls[k] if urls else None) or (meta_url if pending is not None else None)
        elif meta is not None and _label_over_title(texts, urls, k, repeated):
            continue  # "13 min read", "Agencies", "Top 19 Shopify Agencies": the card's section
        elif meta is not None and not is_prose(text, min_words=MIN_SUMMARY_WORDS):
            url = (urls[k] if urls else None) or meta_url
            items.append(replace(_titled(text, url), source=meta.source, age=meta.age))
            if meta.published is not None:
                items[-1] = replace(items[-1], published=meta.published)
            items[-1] = replace(items[-1], sponsored=meta.sponsored)
            meta, titled = None, k
        elif (
            items
            and items[-1].summary is None
            and (
                is_prose(text, min_words=MIN_SUMMARY_WORDS)
                or (not (urls and urls[k]) and _unlinked_subtitle(text, items[-1]))
            )
        ):
            items[-1] = replace(items[-1], summary=text)
    return items


def _dated_title(text: str) -> bool:
    """Whether the line is a title with its date after it: "Mother's Day at the hall Sunday,
    23.03.2025"; a name with a date ("Dr. Helen Okoro 2/4/2025") is a comment's head."""
    hit = find_date(text)
    return hit is not None and hit.start > 0 and word_count(text[: hit.start]) >= MIN_LINKED_TITLE_WORDS


def _untold(card: Teaser | _Meta) -> bool:
    """Whether a card or its meta line names no source, age or date ("4 minutes")."""
    return card.source is None and card.age is None and card.published is None


def _label_over_title(texts: list[str], urls: list[str | None] | None, k: int, repeated: set[str]) -> bool:
    """Whether line ``k`` is a card's section label over its title: a few words, linked
    where the longer line below it links, or with no links, printed over other cards too."""
    if k + 1 >= len(texts):
        return False
    if urls and urls[k] is not None:
        if urls[k + 1] != urls[k]:
            return False
    elif texts[k] not in repeated:
        return False
    below = texts[k + 1]
    short = not more_words_than(texts[k], MAX_LABEL_WORDS)
    return short and word_count(below) > word_count(texts[k]) and _meta(below) is None


def _merged(first: _Meta, second: _Meta) -> _Meta:
    """Two meta lines of one card as one."""
    return _Meta(
        source=first.source or second.source,
        age=first.age or second.age,
        published=first.published or second.published,
        sponsored=first.sponsored or second.sponsored,
    )


def _source_over_age(texts: list[str], k: int) -> bool:
    """Whether a card's head spans two lines here: its source, then its age or date alone."""
    if k + 1 >= len(texts) or _meta(texts[k]) is not None or not _name_like(texts[k]):
        return False
    if more_words_than(texts[k], MAX_SOURCE_WORDS):
        return False
    below = _meta(texts[k + 1])  # an age or a date: "6 min read" may follow a section's name
    return (
        below is not None
        and below.source is None
        and not below.sponsored
        and bool(below.age or below.published)
    )


def _joined_heads(
    texts: list[str], urls: list[str | None] | None
) -> tuple[list[str], list[str | None] | None]:
    """The list with each two-line card head ("Cape Sentinel", "2h") on one line, as
    portals that print it on one line do ("Cape Sentinel · 2h").

    >>> _joined_heads(["Cape Sentinel", "2h", "Seals reshape the harbor", "312"], None)[0]
    ['Cape Sentinel · 2h', 'Seals reshape the harbor', '312']
    """
    joined: list[str] = []
    links: list[str | None] = []
    k = 0
    while k < len(texts):
        if _source_over_age(texts, k):
            joined.append(f"{texts[k]} · {texts[k + 1]}")
            links.append((urls[k] or urls[k + 1]) if urls else None)
            k += 2
        else:
            joined.append(texts[k])
            links.append(urls[k] if urls else None)
            k += 1
    return joined, links if urls else None


def _meta(text: str) -> _Meta | None:
    """A card's meta line: a source with an age, a date or a sponsor label; None otherwise."""
    if not text or more_words_than(text, 2 * MAX_META_WORDS):
        return None
    parts = _meta_parts(text)
    ages = [find_age(part) for part in parts]
    dates = [find_date(part) for part in parts]
    sponsored = [LEXICON.matches("sponsored", part) for part in parts]
    # "6 minute read" beside a date is neither source nor sponsor
    told = [
        a or d or s or LEXICON.matches("reading_time", p)
        for p, a, d, s in zip(parts, ages, dates, sponsored, strict=True)
    ]
    rest = [part for part, known in zip(parts, told, strict=True) if not known]
    if len(rest) == len(parts) or len(rest) > 1 or (rest and more_words_than(rest[0], MAX_SOURCE_WORDS)):
        return None
    hit = next((d for d in dates if d), None)
    named = _CARD_SOURCE_LABEL.sub("", rest[0], count=1) if rest else None
    return _Meta(
        source=named,
        age=next((a for a in ages if a), None),
        published=hit.value if hit else None,
        sponsored=any(sponsored),
        labelled=bool(rest) and named != rest[0],
    )


def _repeats(text: str, item: Teaser) -> bool:
    """Whether the line repeats the card's title or source, perhaps after a button's hidden
    label: "Read More", "about Why a Bright Smile Changes Everything".

    >>> _repeats("about Drone story", Teaser("Drone story")), _repeats("Drone story 2", Teaser("Drone story"))
    (True, False)
    """
    key = text_key(text)
    told = {text_key(known) for known in (item.title, item.source) if known}
    return key in told or any(rest in told for rest in _after_button_label(key))


def _after_button_label(key: str) -> Iterator[str]:
    """What follows each way of reading the key's first words as a button's label said
    before a title: "about", "Read more about", "Up next:".

    >>> list(_after_button_label("read more about drone story"))
    ['about drone story', 'drone story']
    """
    words = key.split(" ")
    # the label may end in "about" over its own words
    for n in range(1, min(MAX_HIDDEN_LABEL_WORDS + 1, len(words) - 1) + 1):
        if _button_label(" ".join(words[:n])):
            yield " ".join(words[n:])


def _button_label(text: str) -> bool:
    label = text.strip(" :").removesuffix("about").strip()
    if more_words_than(label, MAX_HIDDEN_LABEL_WORDS):
        return False
    return not label or bool(LEXICON.keys_of(label) & _BUTTON_KEYS)


def _detail(item: Teaser, text: str, *, may_source: bool = True) -> Teaser | None:
    """The item with ``text`` read as one of its details, or None if it is not one.

    ``may_source`` is False for a section label in a list that prints labels over titles.
    A short line is the item's source only if nothing but the title came before it.
    """
    words = word_count(text)
    if words <= MAX_META_WORDS and LEXICON.matches("sponsored", FIELD_SEPARATOR.split(text)[-1].strip()):
        # Under a card whose age or byline came already, the label is over the next card,
        # or an ad slot's: which, the text does not say, so it marks neither.
        return item if item.settled else replace(item, sponsored=True)
    if LEXICON.matches("reading_time", text):
        return replace(item, settled=True)
    meta = None if item.settled else _meta(text)
    # A card prints one date: under a dated title, a title with another date is the next card.
    other = item.published is not None and _dated_title(text)
    if meta is not None and other and meta.source is None and meta.age is None:
        meta = None  # the line's date is its own, not this card's
    if meta is not None:
        # "Northern Times · 2 hours ago", "Sponsored · BathSafe Partners" under the title. A
        # name beside a date is more often the writer's: "Subharun Mukherjee | July 15, 2025".
        source = meta.source if meta.age is not None or meta.sponsored or meta.labelled else None
        return replace(
            item,
            source=item.source or source,
            age=item.age or meta.age,
            published=item.published or meta.published,
            sponsored=meta.sponsored,
            settled=True,
        )
    age = find_age(text) if words <= MAX_META_WORDS else None
    if age:
        return replace(item, age=item.age or age, settled=True)
    hit = find_date(text) if words <= MAX_META_WORDS and not other else None
    if hit:
        return replace(item, published=item.published or hit.value, settled=True)
    if _dated_author(text):
        return replace(item, settled=True)
    byline = _byline_meta(text)
    if byline is not None:
        return replace(
            item, age=item.age or byline.age, published=item.published or byline.published, settled=True
        )
    summary_words = MIN_CARD_SUMMARY_WORDS if item.settled or _deck(text, item) else MIN_SUMMARY_WORDS
    if is_prose(text, min_words=summary_words) and not _next_question(text, item):
        return replace(item, summary=item.summary or text)
    bare = item.source is None and item.age is None and item.summary is None and not item.settled
    named = _CARD_SOURCE_LABEL.sub("", text, count=1)
    # a source is a name; "Phishing-Welle mit gefälschten Bescheiden" is the next title
    if bare and may_source and not more_words_than(named, MAX_SOURCE_WORDS) and _source_like(named):
        return replace(item, source=named)
    return None


def _next_question(text: str, item: Teaser) -> bool:
    """Whether a short question under a title that asks one too is the next title: a list
    of questions ("Part 1: Why keep your own tool?", "Part 2: A parser by hand, really?")."""
    return is_short_question(text) and item.title.endswith("?") and item.summary is None


def _deck(text: str, item: Teaser) -> bool:
    """Whether the line is a sentence under a title that is none: the card's deck, however
    short ("Union members backed the deal by a wide margin."). A list whose titles end with
    a full stop is a list of titles."""
    return _full_stop(text) and not _full_stop(item.title) and item.summary is None


def _full_stop(text: str) -> bool:
    text = text.rstrip()
    return (text.endswith(".") and not text.endswith("..")) or _SENTENCE_BREAK.search(text) is not None


#: A dash between a card's source and its date; within a title, a dash sets a subtitle apart.
_DASHES = ("-", "–", "—")


def _parts(text: str) -> list[str]:
    """A meta line's fields: "Northern Times · 2 hours ago" is two."""
    return [part for part in (p.strip() for p in FIELD_SEPARATOR.split(text)) if part]


def _meta_parts(text: str) -> list[str]:
    """A meta line's fields, also where the markup set them side by side with no separator:
    "Atlantic Wire 6 hours ago 3 min" is a source, an age and a reading time.

    >>> _meta_parts("Atlantic Wire 6 hours ago 3 min"), _meta_parts("Northern Times · 2h")
    (['Atlantic Wire', '6 hours ago', '3 min'], ['Northern Times', '2h'])
    >>> _meta_parts("The Coastal Sentinel - 2025-03-04")
    ['The Coastal Sentinel', '2025-03-04']
    """
    parts = _parts(text)
    span = age_span(text) if len(parts) == 1 else None
    if span is None and len(parts) == 1:
        # "via Kettle and Crumb February 19, 2025": a labelled source and its date;
        # "The Coastal Sentinel - 2025-03-04": a source and its date after a dash
        hit = find_date(text)
        if hit is not None and hit.end == len(text):
            if _CARD_SOURCE_LABEL.match(text) or text[: hit.start].rstrip().endswith(_DASHES):
                span = (hit.start, hit.end)
    if span is None:  # a date glued to a word is a section's: "December 8, 2025/Wellness"
        return parts
    pieces = (text[: span[0]], text[span[0] : span[1]], text[span[1] :])
    return [piece for piece in (p.strip(_DECORATION) for p in pieces) if piece]


def _dated_author(text: str) -> bool:
    """Whether the line is a card's day and writer, without "by": "Nov 16 · Maggie Thornton",
    or with no separator, as markup sets them side by side: "CAMILLE VERNET 17 déc.".

    >>> _dated_author("Nov 16 · Maggie Thornton"), _dated_author("Dec 30, 2025 • Marc Thibodeau")
    (True, True)
    >>> _dated_author("CAMILLE VERNET 17 déc."), _dated_author("Ferry fares · Gull Island")
    (True, False)
    """
    if more_words_than(text, MAX_META_WORDS):
        return False
    parts = _parts(text)
    if len(parts) == 1 and ends_with_day(text):
        words = text.split()
        parts = [" ".join(words[:-2]), " ".join(words[-2:])]
    if len(parts) != 2:
        return False
    day = next((k for k, part in enumerate(parts) if is_day_of_month(part) or is_date_alone(part)), None)
    return day is not None and _name_like(parts[1 - day]) and word_count(parts[1 - day]) >= 2


def _byline_meta(text: str) -> _Meta | None:
    """A card's byline line, with its date or age if it has one: "by Ana Lemalu · May 3, 2025".

    The author is no source: a source is a publication.
    """
    parts = _parts(text)
    if not parts or more_words_than(text, 2 * MAX_META_WORDS):
        return None
    if not any(CARD_BYLINE.fullmatch(p) for p in parts):
        return None
    ages = [find_age(part) for part in parts]
    dates = [find_date(part) for part in parts]
    if any(not (CARD_BYLINE.fullmatch(p) or a or d) for p, a, d in zip(parts, ages, dates, strict=True)):
        return None
    hit = next((d for d in dates if d), None)
    return _Meta(None, next((a for a in ages if a), None), hit.value if hit else None, sponsored=False)
