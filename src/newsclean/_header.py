"""The top of the article: headline, source, date and byline, around its first paragraph.

The header is read from all the page's lines, dropped ones included: a title line is
short, so a scorer or a menu stripper may well have taken it out of the body.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from newsclean._blocks import main_block
from newsclean._credit import credited_source
from newsclean._dates import TRAILING_WEEKDAY, DateHit, age_span, find_date
from newsclean._language import STOPWORDS
from newsclean._lexicon import LEXICON, first_chars, line_key
from newsclean._lines import Line
from newsclean._markup import Metadata
from newsclean._markup_title import best_markup_title, markup_titles
from newsclean._published import (
    DateCandidate,
    best_date,
    calendar_day,
    date_candidates,
    is_updated,
    with_markup_dates,
)
from newsclean._publisher import notice_publisher, origin_publisher
from newsclean._text import is_prose, more_words_than, word_count, word_count_upto
from newsclean._title import SEGMENT, best_title, candidates, is_boilerplate_phrase

__all__ = ["Header", "read_header"]

MAX_SOURCE_WORDS = 6
#: How many non-blank lines above the article's first line a publisher's credit is looked for in.
CREDIT_REACH = 12
#: A dated line longer than this is prose: it gives the date but stays in the body.
MAX_DATELINE_WORDS = 24
_SOURCE_TRIM = " |·•,-–—:"
# Words that label a date or a byline, never a publisher's name.
_LABEL = regex.compile(
    r"(?i:publi|posted|updated|première|veröffentlicht|(?<!\p{L})(?:on|by|von|par|por|am|le|el)(?!\p{L}))"
)


@dataclass(frozen=True, slots=True)
class Header:
    headline: str | None = None
    source: str | None = None
    published: dt.date | dt.datetime | None = None
    #: The published date was printed day and month either way round, and is a guess.
    ambiguous: bool = False
    #: The last update, printed with an "Updated" label or given by the metadata.
    updated: dt.date | dt.datetime | None = None
    authors: tuple[str, ...] = ()
    #: The lines that were read as header fields, with what each was read as.
    used: tuple[tuple[Line, str], ...] = field(default=())


_NO_METADATA = Metadata()


def read_header(
    lines: Sequence[Line],
    kept: Sequence[Line],
    *,
    phrases: Mapping[int, frozenset[str]] | None = None,
    metadata: Metadata | None = None,
    language: str | None = None,
) -> Header:
    """Read the header fields off the page's lines, around the start of the article.

    ``lines`` are all the page's lines, ``kept`` those the strippers left as body;
    ``phrases`` what the lexicon said of each line, when the pipeline read it already;
    ``metadata`` what the page's markup says, which wins where the text agrees with it;
    ``language`` the page's, which with the markup's locale may settle day/month order.

    >>> page = [Line(0, "Putin compares Musk to Korolev"), Line(1, "Russia Today16-04-2025"),
    ...         Line(2, "Elon Musk's passion for Mars is like Korolev's, Russian President Putin said.")]
    >>> h = read_header(page, page[2:])
    >>> h.headline, h.source, h.published
    ('Putin compares Musk to Korolev', 'Russia Today', datetime.date(2025, 4, 16))
    """
    block = main_block(kept)
    start = block[0] if block else next((line.index for line in kept if is_prose(line.text)), None)
    kept_at = {line.index for line in kept}
    header = Header()
    meta = metadata or _NO_METADATA
    # The site's own name, in its masthead or credit, is never the headline.
    notice = notice_publisher(lines, also=(meta.title, meta.headline))
    credit = credited_source(line for line in lines if start is None or line.index <= start + CREDIT_REACH)
    named = (meta.publisher, meta.site_name, notice, credit[1] if credit else None)
    sites = {name.casefold() for name in named if name}
    titles = candidates(lines, kept_at, start, phrases=phrases)
    best = best_title([c for c in titles if c.text.casefold() not in sites])
    pick = best_markup_title(markup_titles(lines, meta, best.line if best else None)) if metadata else None
    if pick is not None:
        header = _use(header, pick.line, "headline", headline=pick.text) if pick.line else header
        header = replace(header, headline=pick.text)
    elif best is not None:
        header = _use(header, best.line, "headline", headline=best.text)
    locale = meta.locale or language
    found = date_candidates(lines, kept_at, block, best.line if best else None, locale=locale)
    header = _published(header, found, metadata)
    header = _authors(header, _author_page(header, lines, start, kept, phrases), meta)
    prose = next((line.index for line in kept if is_prose(line.text) and line.index >= (start or 0)), start)
    header = _publisher_credit(header, lines, prose)
    if header.source in header.authors:  # "Jane Doe • May 6": a byline glued to its date
        header = replace(header, source=None)
    return _source(header, lines, meta, notice)


def _source(header: Header, lines: Sequence[Line], metadata: Metadata, notice: str | None) -> Header:
    """The publisher, when no credit by the headline named it: where the story first ran,
    else what the markup says, else the name the page's copyright ``notice`` gives.

    A name that is also the byline's is the outlet written into a byline ("By Jane Doe,
    The Courier"), which leaves the authors, or the writer's own in a page's text (a blog's
    "© 2025 Jane Doe"), which is no publisher.
    """
    if header.source:
        return header
    source = origin_publisher(lines)
    given = source is None and metadata.publisher is not None
    source = source or metadata.publisher or notice
    if source is None:
        return header
    if source in header.authors and len(header.authors) > 1:
        return replace(header, source=source, authors=tuple(a for a in header.authors if a != source))
    # The markup's publisher stands, whatever the byline: it may rightly name the writer.
    return replace(header, source=source) if given or source not in header.authors else header


def _publisher_credit(header: Header, lines: Sequence[Line], start: int | None) -> Header:
    """The publisher a credit above the article's prose names ("© Provided by X"): the
    source, even when the page's markup names the site that re-hosts the story."""
    used = {line.index for line, _ in header.used}
    above = [
        line
        for line in lines
        if line.text and line.index not in used and (start is None or line.index < start)
    ]
    found = credited_source(above[-CREDIT_REACH:])
    return _use(header, found[0], "source", source=found[1]) if found else header


def _published(header: Header, printed: list[DateCandidate], metadata: Metadata | None) -> Header:
    """The publication date, and the dateline that prints it, which leaves the body."""
    found = printed
    if metadata is not None:
        found = with_markup_dates(printed, metadata.published, metadata.updated)
    date = best_date(found)
    if date is None:
        return header
    header = replace(header, updated=_updated(printed, metadata, date), ambiguous=date.hit.ambiguous)
    day = calendar_day(date.hit.value)
    line = date.line
    if line is None:  # a date only the metadata gives: the line printing that day, if one does
        shown = next((c for c in printed if calendar_day(c.hit.value) == day), None)
        if shown is not None and shown.line is not None:
            header = _dateline(header, shown.line, shown.hit)
        return replace(header, published=date.hit.value)
    header = _dateline(header, line, date.hit)
    given = metadata.published if metadata is not None else None
    if isinstance(given, dt.datetime) and calendar_day(given) == day:  # the markup's time and zone
        header = replace(header, published=given)
    return header


def _updated(
    printed: Sequence[DateCandidate], metadata: Metadata | None, published: DateCandidate
) -> dt.date | dt.datetime | None:
    """The update date: printed with an "Updated" label, else the metadata's; never the published one."""
    day = calendar_day(published.hit.value)
    labelled = (c.hit.value for c in printed if is_updated(c) and calendar_day(c.hit.value) != day)
    given = metadata.updated if metadata is not None else None
    if given is not None and given == (metadata.published if metadata is not None else None):
        given = None  # a page that was never updated often repeats the published time
    return next(labelled, None) or (given if given != published.hit.value else None)


#: Marks a publisher's name never holds but a line of code does ("WHERE u.created_at > '2024-01-01'").
_CODE_MARKS = regex.compile(r"[<>=;{}_]")


def _dateline(header: Header, line: Line, hit: DateHit) -> Header:
    """The date, and the source printed glued before it ("Russia Today16-04-2025").

    A long line (a sentence with a date in it) gives its date but stays in the body.
    """
    if more_words_than(line.text, MAX_DATELINE_WORDS):
        return replace(header, published=hit.value)
    before = line.text[: hit.start]
    if header.used and header.used[-1][0] == line:  # the headline, with its date glued on
        before = SEGMENT.split(before)[-1]
    before = TRAILING_WEEKDAY.sub("", before).strip(_SOURCE_TRIM)
    source = None
    if 0 < word_count_upto(before, MAX_SOURCE_WORDS) <= MAX_SOURCE_WORDS and _LABEL.search(before) is None:
        named = before[0].isupper() and _CODE_MARKS.search(before) is None
        source = before if named and not is_boilerplate_phrase(before) else None
    return _use(header, line, "date", published=hit.value, source=source)


# --- authors ---------------------------------------------------------------------------------

#: How far (in non-blank lines) from the headline or date a byline may stand.
AUTHOR_REACH = 4
#: How many lines above the article's first line are searched for a "By" line.
BYLINE_WINDOW = 15
MAX_INLINE_BYLINE, MAX_BYLINE_WORDS = 16, 40
#: How many lines a byline's names may run over under a label line ("By", "Authors"), and
#: how much of a line its names and role may take: a byline is read no further.
MAX_NAME_LINES, MAX_NAME_CHARS = 6, 300
#: How many role lines ("Senior Reporter") may stand under a name, and how far below it its
#: bio ("Jane Doe is a reporter …") may open.
ROLE_REACH, BIO_REACH = 2, 3
#: A role line is short; a bio names the person in its first words and the job soon after.
MAX_ROLE_WORDS, BIO_NAME_WORDS, BIO_ROLE_WORDS = 12, 6, 30
#: A headline as short as a menu item may be one: a name under it needs more to confirm it.
MIN_HEADLINE_WORDS = 5
#: A name under the dateline has at most this many words: a longer line there is a caption.
MAX_DATED_NAME_WORDS = 3
_STOPWORDS = STOPWORDS.get("en", frozenset()) | {"the", "our", "log", "sign", "read", "more"}
# Articles open an outlet's name ("The Daily Planet"), never a person's.
_NO_KEYS: frozenset[str] = frozenset()
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il"})
_BY = LEXICON.phrases["byline_label"].pattern  # prepositions: "By", "Von", "Written by"
_AUTHOR = LEXICON.phrases["author_label"].pattern  # nouns: "Author", "Autorin"
_BOX = LEXICON.phrases["author_box"].pattern  # "About the author"
_JOINER = LEXICON.phrases["name_joiner"].pattern  # "and", "und", "et"
# A label, then the names: "By Jane Doe", "ByJane Doe" (glued by the page's markup),
# "Written by: Jane Doe"; a noun label only with a colon ("Author: Jane Doe", "About the
# author: Jane Doe").
_LABELLED = regex.compile(
    rf"(?P<label>(?i:{_BY}))(?:\s*:\s*|\s+|(?<=\p{{Ll}})(?=\p{{Lu}}))(?P<names>\S.{{0,300}})"
    rf"|(?P<label>(?i:{_AUTHOR}|{_BOX}))\s*:\s*(?P<names>\S.{{0,300}})"
)
# What a labelled byline starts with (case-folded): most lines start otherwise, and a look at
# their first character spares the pattern.
_LABEL_FIRST = first_chars(f"{_BY}|{_AUTHOR}|{_BOX}")
# "by" inside a short line: "May 6, 2025 by Jane Doe", "Posted on May 6 | by jdoe".
_INLINE_BY = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<label>(?i:{_BY}))(?:\s*+:|\s)\s*+(?P<names>\p{{L}}.{{1,200}})"
)
# What may stand before an inline "by": a separator, or a date's or a time's last character
# (not "Photo", "Edited" or "Powered": those credit someone else).
_INLINE_AFTER = regex.compile(r"(?:[|⋅•·●—–\-/,:]|\d|\b(?i:am|pm))\s*\Z")
# A line that ends in such a credit: "Article reviewed by:", "Photos by".
_OPENS_WITH_BY = regex.compile(rf"(?i:{_BY})(?=[\s:])")
_CREDIT_LINE = regex.compile(rf"\S\s++(?i:{_BY})\s*+[:,]?\s*+\Z")
# Where a byline's names stop: a separator, a digit, a wide gap (elements the browser set
# side by side), a date glued on ("Jane DoeMar 5, 2025"), or a word that opens what
# follows the names ("in Travel", "on May 6", "Updated").
_NAME_END = regex.compile(
    r"[|⋅•·●◆▪—–(\[/\n\t]|\s-\s|\s{3,}|\d|(?<=\p{Ll})\p{Lu}\p{Ll}{2,8}\.?\s\d"
    r"|\s(?i:on|in|at|for|from|via|updated|published|posted|fact-checked|reviewed|edited)\b"
    # the article or preposition a date opens with: "par Léa Roux le 16 févr.", "von Jan Ohm am 3."
    r"|\s(?i:le|am|el|il|op|em)(?:\s(?=\d)|\s*\Z)",
)
# "A, B and C", "A, B, and C", "A & B": the Oxford comma's "and" goes with its comma.
_NAME_SEPARATOR = regex.compile(rf"\s*[,;&]\s*(?:(?i:{_JOINER})\s+)?|\s+(?i:{_JOINER})\s+")
# A joiner left over where the names were cut: "Jane Doe and | May 6".
_DANGLING_JOINER = regex.compile(rf"(?:\s*[,;&]|\s+(?i:{_JOINER}))\s*\Z")
_LONE_SEPARATOR = regex.compile(rf"[,;&]|(?i:{_JOINER})")
_PARTICLES = "van|de|von|der|den|da|di|du|del|della|dos|das|do|le|la|ter|bin|al|el|zu"
# "Published", "Updated": a date's label, never a name's word; the little words of labels
# ("mis à jour le", "publicado el") may be a name's particle ("Camille Le Gall", "De Luca").
_DATE_LABELS = frozenset(
    word.casefold()
    for key in ("published_label", "updated_label")
    for entry in LEXICON.words[key]
    for word in entry.split()
) - frozenset(_PARTICLES.split("|"))
# A date's label glued to a byline in capitals: "BY JANE DOEPUBLISHED: MAY 6, 2025". Only
# the labels' first words of four letters or more: a name may end in "ON" or "AM".
_GLUED_LABEL_WORDS = sorted(
    {
        first.upper()
        for key in ("published_label", "updated_label")
        for entry in LEXICON.words[key]
        if len(first := entry.split()[0]) >= 4
    },
    key=lambda word: (-len(word), word),
)
_GLUED_DATE_LABEL = regex.compile(
    rf"(?<=\p{{Lu}}{{2}})(?:{'|'.join(map(regex.escape, _GLUED_LABEL_WORDS))})\s*+:?\Z"
)
_NAME = regex.compile(
    rf"\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:\s+(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*|(?:{_PARTICLES})(?=\s))){{0,4}}"
)
# A user name in lower case, which a "by" may credit: "by jdoe42", "by jane.doe".
_HANDLE = regex.compile(r"\p{Ll}[\p{Ll}\d._-]{2,30}")
_CREDENTIAL = regex.compile(r"(?:\p{Lu}{1,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{1,3})®?")
# Initials an avatar prints over the name ("JD" over "Jane Doe").
_INITIALS = regex.compile(r"\p{Lu}{1,3}")
# Words run together: a lower case run, then a capital ("EngagedWedding"), unlike "McNamara".
_GLUED = regex.compile(r"\p{Ll}{4}\p{Lu}")
_GLUED_WORD = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}+\Z")
# What a dated line prints between its parts: "May 6, 2025 · 5 min · Jane Doe".
_DATE_SEPARATOR = regex.compile(r"[|⋅•·●—–]")
_NAME_TRIM = _SOURCE_TRIM + "·⋅●"
# A word in lower case, not inside an address or a handle ("jane.doe@", "@janedoe").
#: A word printed in lower case.
_LOWER_TOKEN = regex.compile(r"\p{Ll}[\p{Ll}\p{M}'’-]*+")


@dataclass(frozen=True, slots=True)
class _Byline:
    """The names found, and the lines that printed them (label, names, roles): they leave the body."""

    names: tuple[str, ...]
    lines: tuple[Line, ...]
    #: Found by the headline or date, not in an author box or far down the page.
    near: bool = False


@dataclass(frozen=True, slots=True)
class _Page:
    """The page's non-blank lines, with what the author search needs to know of them."""

    lines: tuple[Line, ...]
    #: Their text, no-break spaces made plain ("Written\xa0by"), as the lexicon's labels print.
    texts: tuple[str, ...]
    #: Positions (in ``lines``) of the lines read as header fields, with what they were read as.
    used: Mapping[int, str]
    #: Positions of the headline, the dateline and the article's first line.
    anchors: tuple[int, ...]
    headline: int | None
    start: int | None
    #: The source the dateline printed, glued on or not ("Al Jazeera2025-03-02").
    source: str | None
    #: The words the kept lines print in lower case: common words, not names.
    prose: _LowerCase
    #: The words all the page prints in lower case: a name printed bare must be none of them.
    vocabulary: _LowerCase
    #: What the lexicon said of each line, by line index, when the pipeline read it already.
    phrases: Mapping[int, frozenset[str]] | None = None

    def is_phrase(self, i: int, key: str) -> bool:
        """Whether the line at ``i`` is, as a whole, a lexicon phrase under ``key``."""
        line = self.lines[i]
        if self.phrases is None or line.text != self.texts[i]:  # no-break spaces made plain
            return LEXICON.matches(key, self.texts[i])
        return key in self.phrases.get(line.index, _NO_KEYS)


def _authors(header: Header, page: _Page, metadata: Metadata) -> Header:
    """The article's authors, from the surest sign near the headline to the faintest.

    Near the headline or date: a labelled byline ("By …", "Author: …", a "By" line over
    the names), else a name printed with the date, else a bare name that its place (between
    headline and date), a role line or a bio confirms. Failing those, an author box after
    the article, else a labelled byline anywhere. The markup's authors win over all of
    these but a byline by the headline when they name the site, not a person.
    """
    near = _near(page)
    finders = (_labelled, _dated, _beside)
    found = next((f for find in finders for i in near if (f := find(page, i)) is not None), None)
    found = replace(found, near=True) if found else _author_box(page) or _first_labelled(page)
    given = tuple(dict.fromkeys(_without_role(name) for name in metadata.authors))
    if found is None:
        return replace(header, authors=given)
    taken = {line.index for line, _ in header.used}
    for line in found.lines:
        header = header if line.index in taken else _use(header, line, "byline")
    if given and not (found.near and _no_person(given, metadata, header.source)):
        return replace(header, authors=given)  # right on 93% of the dev pages that give them
    return replace(header, authors=found.names)


def _without_role(name: str) -> str:
    """A name the markup gives, without the job or the letters after it.

    >>> _without_role("Jane Doe, Senior Editor"), _without_role("Dylan Bailey, MS, RD, FAND")
    ('Jane Doe', 'Dylan Bailey')
    >>> _without_role("Jane Doe, The Daily Planet")
    'Jane Doe, The Daily Planet'
    """
    head, _, rest = name.partition(",")
    parts = [part.strip() for part in rest.split(",")]
    if rest and _NAME.fullmatch(head) and all(_is_role(p) or _CREDENTIAL.fullmatch(p) for p in parts):
        return head
    return name


def _no_person(authors: Sequence[str], metadata: Metadata, source: str | None) -> bool:
    """Whether the markup's authors name the site, not a person ("Acme Blog" on Acme's
    blog), or only a user name ("jdoe")."""
    site = [name.casefold() for name in (metadata.publisher, metadata.site_name, source) if name]
    return all(
        " " not in name or any(a in s or s in a for s in site) for name in authors if (a := name.casefold())
    )


def _author_page(
    header: Header,
    lines: Sequence[Line],
    start: int | None,
    kept: Sequence[Line],
    phrases: Mapping[int, frozenset[str]] | None,
) -> _Page:
    nonblank = tuple(line for line in lines if line.text)
    position = {line.index: i for i, line in enumerate(nonblank)}
    used = {position[line.index]: what for line, what in header.used if line.index in position}
    first = position.get(start) if start is not None else None
    anchors = [i for i, what in used.items() if what in ("headline", "date")]
    anchors += [first] if first is not None else []
    return _Page(
        lines=nonblank,
        texts=tuple(line.text.replace("\xa0", " ") for line in nonblank),
        used=used,
        anchors=tuple(sorted(anchors)),
        headline=next((i for i, what in used.items() if what == "headline"), None),
        start=first,
        source=header.source,
        prose=_LowerCase(line.text for line in kept),
        vocabulary=_LowerCase(line.text for line in nonblank),
        phrases=phrases,
    )


def _near(page: _Page) -> list[int]:
    """The lines a byline may stand on, nearest an anchor first."""
    spans = [range(a - AUTHOR_REACH, a + AUTHOR_REACH + 1) for a in page.anchors]
    if page.start is not None:
        spans.append(range(page.start - BYLINE_WINDOW, page.start + 3))
    near = {i for span in spans for i in span if 0 <= i < len(page.lines)}
    # The date is read less surely than the headline: a line as near the date comes second.
    weighted = [(a, int(page.used.get(a) == "date")) for a in page.anchors]
    return sorted(near, key=lambda i: (min(abs(i - a) + w for a, w in weighted), i))


# --- where a byline stands ----------------------------------------------------------------------


def _labelled(page: _Page, i: int, *, far: bool = False) -> _Byline | None:
    """A byline with its label: "By Jane Doe", "Author: Jane Doe", or "By" over the names.

    ``far`` from the headline, a lone "By" takes only a name that would pass without it:
    menus print "By Category" too.
    """
    text = page.texts[i]
    if page.used.get(i) == "headline" or more_words_than(text, MAX_BYLINE_WORDS):
        return None
    m = _LABELLED.match(text) if _LABEL_FIRST is None or line_key(text, 1) in _LABEL_FIRST else None
    if m is not None:
        # A sentence may open with "By" ("By Christmas, Santa will…"): in one, only a full name.
        strict = is_prose(text) or (far and _lone_by(m["label"]))
        names = _linked(_names(m["names"], page.prose, label=m["label"], strict=strict), page.lines[i])
        return _Byline(names, (page.lines[i], *_roles_after(page, i))) if names else None
    if page.is_phrase(i, "byline_label") or page.is_phrase(i, "author_label"):
        return _names_below(page, i, strict=far and _lone_by(text))
    if more_words_than(text, MAX_INLINE_BYLINE) or page.is_phrase(i, "footer"):  # "© 2025 by Acme"
        return None
    m = _INLINE_BY.search(text)
    if m is None or (m.start() > 0 and _INLINE_AFTER.search(text[: m.start()]) is None):
        return None
    names = _names(m["names"], page.prose, label=m["label"], strict=is_prose(text) or far)
    return _Byline(names, (page.lines[i],)) if names else None


def _linked(names: tuple[str, ...], line: Line) -> tuple[str, ...]:
    """The names as the byline's links print them: "[Jane Doe](…) Madrid" names Jane Doe,
    the city that follows the link is the dateline's."""
    links = [link.text.strip() for link in line.block.links] if line.block is not None else []
    return tuple(
        next((link for link in links if name.startswith(link + " ") and " " in link), name) for name in names
    )


def _is_label(text: str) -> bool:
    return LEXICON.matches("byline_label", text) or LEXICON.matches("author_label", text)


def _lone_by(label: str) -> bool:
    """A label of one word ("By", "Von"), unlike "Written by" or "Author"."""
    return " " not in label.strip(" :") and LEXICON.matches("byline_label", label)


def _names_below(page: _Page, i: int, *, strict: bool) -> _Byline | None:
    """The names under a label line: on the next line, or on several split by "," lines."""
    names: list[str] = []
    lines = [page.lines[i]]
    j = i + 1
    while j < min(len(page.lines), i + MAX_NAME_LINES) and j not in page.used:
        text = page.texts[j].strip()
        if (not names and _INITIALS.fullmatch(text)) or (names and _LONE_SEPARATOR.fullmatch(text)):
            lines.append(page.lines[j])  # an avatar's initials, or the "," between two names
            j += 1
            continue
        if names and not _LONE_SEPARATOR.fullmatch(page.texts[j - 1].strip()):
            break
        found = _names(text, page.prose, label="by", strict=strict)
        if not found or more_words_than(text, MAX_BYLINE_WORDS):
            break
        names += found
        lines.append(page.lines[j])
        j += 1
    if not names:
        return None
    return _Byline(tuple(dict.fromkeys(names)), (*lines, *_roles_after(page, j - 1)))


def _dated(page: _Page, i: int) -> _Byline | None:
    """A name printed with the date: "Jane Doe • May 6, 2025", "May 6, 2025 · Jane Doe"."""
    text = page.texts[i]
    if page.used.get(i) == "headline" or more_words_than(text, MAX_INLINE_BYLINE) or _quote_credit(text):
        return None
    hit = find_date(text)
    if hit is None:
        return None
    # Names stand close to the date: the parts are cut short, which keeps the splits linear.
    before = SEGMENT.split(TRAILING_WEEKDAY.sub("", text[max(0, hit.start - MAX_NAME_CHARS) : hit.start]))
    parts = [*reversed(before), *_DATE_SEPARATOR.split(text[hit.end : hit.end + MAX_NAME_CHARS])]
    # Right over or under the headline, the dated line is the byline: a name before the date
    # may be of words the page uses ("Madison Green").
    sure = page.headline is not None and abs(page.headline - i) == 1
    for k, part in enumerate(parts):
        part = _cut_names(part.strip(_NAME_TRIM))
        if part == page.source and hit.start > 0 and text[hit.start - 1].isalpha():
            continue  # "Al Jazeera2025-03-02": a source glued to its date, as aggregators print it
        if sure and k < len(before):  # after the date stands a section's name as often
            name = _person(part, page.vocabulary, label="by", later=True)
        else:
            name = _bare_name(part, page.vocabulary)
        if name is not None:
            return _Byline((name,), (page.lines[i],))
    return None


def _beside(page: _Page, i: int) -> _Byline | None:
    """A name alone on its line near the headline or date, that something confirms.

    A menu item ("Key Takeaways") reads like a name too. Between the headline and the date
    the line is the byline; elsewhere a role line under it, the headline right above, a
    dated line beside it, or a bio further down must say it is one.
    """
    text = page.texts[i]
    if i in page.used or more_words_than(text, MAX_ROLE_WORDS) or _quote_credit(text):
        return None
    head, _, rest = text.partition(",")
    head = _cut_names(head.strip(_NAME_TRIM))
    if _OPENS_WITH_BY.match(head):  # "By Staff": a byline the labelled readers turned down
        return None
    sandwiched = _sandwiched(page, i)
    # A one-word name will do between the two; under the dateline, a name and no more.
    if sandwiched or (not rest and _under_dateline(page, i)):
        name = _person(head, page.vocabulary, label="by", later=not sandwiched)
        return _Byline((name,), (page.lines[i], *_roles_after(page, i))) if name else None
    name = _bare_name(head, page.vocabulary)
    if name is None:
        return None
    roles = _roles_after(page, i)
    if (rest and _is_role(rest)) or roles or _by_date(page, i) or _bio_at(page, name, range(len(page.lines))):
        return _Byline((name,), (page.lines[i], *roles))
    return None


def _sandwiched(page: _Page, i: int) -> bool:
    """Whether the line stands under the headline (and its standfirst), over a dated line."""
    below = page.texts[i + 1] if i + 1 < len(page.lines) else ""
    return page.headline is not None and 0 < i - page.headline <= 2 and _short_dated(below)


def _under_dateline(page: _Page, i: int) -> bool:
    """Whether the line stands right under the dateline right under the headline:
    "Title / July 5, 2025 / Jane Doe". Not in capitals, nor of more words than a name has:
    there a section's label or a photo's caption stands."""
    text = page.texts[i]
    if page.headline != i - 2 or page.used.get(i - 1) != "date" or text.isupper():
        return False
    return not more_words_than(text, MAX_DATED_NAME_WORDS)


def _by_date(page: _Page, i: int) -> bool:
    """Whether the headline stands right above, or the dateline or a dated line beside.

    Not the headline right below: the line over a headline names its section. Nor a short
    "headline": one read off a menu, whose next item reads like a name.
    """
    if page.used.get(i - 1) == "headline" and word_count(page.texts[i - 1]) >= MIN_HEADLINE_WORDS:
        return True
    beside = (j for j in (i - 1, i + 1) if 0 <= j < len(page.lines))
    return any(page.used.get(j) == "date" or _short_dated(page.texts[j]) for j in beside)


def _short_dated(text: str) -> bool:
    """A short line with a date or an age ("May 6, 2025", "3 hours ago", "8 min read")."""
    if more_words_than(text, MAX_ROLE_WORDS):
        return False
    return find_date(text) is not None or age_span(text) is not None


def _quote_credit(text: str) -> bool:
    """A quotation's credit ("— Jane Doe (@jane) May 6, 2025"), not the article's byline."""
    return text[:1] in "—–-―"


def _author_box(page: _Page) -> _Byline | None:
    """The name over its job or bio in the author box after the article: "Jane Doe" over
    "Senior Reporter", or over "Jane Doe is a reporter …"."""
    for i in range(max(page.anchors, default=0), len(page.lines)):
        text = page.texts[i]
        if i in page.used or more_words_than(text, MAX_ROLE_WORDS) or _credits_other(page, i):
            continue
        name = _bare_name(text.partition(",")[0], page.vocabulary)
        if name is None:
            continue
        roles = _roles_after(page, i)
        # A whole role ("Staff Writer"), not a menu item that ends in one ("Become a Partner").
        job = bool(roles) and page.is_phrase(i + 1, "author_role")
        if job or _bio_at(page, name, range(i + 1, i + 1 + BIO_REACH)):
            return _Byline((name,), (page.lines[i], *roles))
    return None


def _first_labelled(page: _Page) -> _Byline | None:
    """The first labelled byline on the page, when none stands near the headline."""
    return next((f for i in range(len(page.lines)) if (f := _labelled(page, i, far=True)) is not None), None)


def _credits_other(page: _Page, i: int) -> bool:
    """Whether the line above credits someone else for the name: "Reviewed by", "Photo by"."""
    above = page.texts[i - 1] if i > 0 else ""
    if more_words_than(above, MAX_ROLE_WORDS):
        return False
    return _CREDIT_LINE.search(above) is not None and not _is_label(above)


# --- roles and bios ---------------------------------------------------------------------------


def _roles_after(page: _Page, i: int) -> tuple[Line, ...]:
    """The role lines under a name ("Senior Reporter", "Correspondent in Paris")."""
    roles = []
    for j in range(i + 1, min(len(page.lines), i + 1 + ROLE_REACH)):
        if j in page.used or not _is_role(page.texts[j]):
            break
        roles.append(page.lines[j])
    return tuple(roles)


def _is_role(text: str) -> bool:
    """Whether the text is a job and no more, credentials and all: "Staff Writer",
    "Marketing Analyst at Acme", "RN, BSN, Certified Sleep Consultant"."""
    text = text.strip(_NAME_TRIM)
    if not text or len(text) > MAX_NAME_CHARS or more_words_than(text, MAX_ROLE_WORDS) or is_prose(text):
        return False
    parts = [p.strip() for p in _NAME_SEPARATOR.split(text) if p.strip()]
    if not parts:  # separators alone: "&"
        return False
    first_fits = _ends_in_role(parts[0]) or _CREDENTIAL.fullmatch(parts[0]) is not None
    return first_fits and any(_ends_in_role(p) for p in parts)


def _ends_in_role(text: str) -> bool:
    """Whether the text is a job after capitalised words that qualify it ("Marketing
    Operations Analyst"), not a phrase that ends in one ("Become a Partner")."""
    words = text.split()
    k = next((k for k in range(len(words)) if LEXICON.matches("author_role", " ".join(words[k:]))), None)
    return k is not None and all(w[:1].isupper() for w in words[:k])


def _bio_at(page: _Page, name: str, where: range) -> bool:
    """Whether a line in ``where`` is the person's bio: a sentence that names them in its
    first words and their job soon after ("Jane is a freelance travel writer …"); a
    product's blurb names no job."""
    first = name.split()[0]
    for j in where:
        if 0 <= j < len(page.lines) and first in page.texts[j] and is_prose(page.texts[j]):
            words = page.texts[j].split()
            if first in words[:BIO_NAME_WORDS]:
                return any(LEXICON.matches("author_role", w.strip(",.;:()")) for w in words[:BIO_ROLE_WORDS])
    return False


# --- names --------------------------------------------------------------------------------------


def _cut_names(text: str) -> str:
    """The text up to where a byline's names stop ("Jane Doe | May 6", "Jane Doe in Travel")."""
    end = _NAME_END.search(text)
    return _DANGLING_JOINER.sub("", text[: end.start()] if end else text)


def _names(
    text: str, common: Container[str] = frozenset(), *, label: str = "", strict: bool = False
) -> tuple[str, ...]:
    """The names a byline prints, without roles, credentials, outlets and what follows them.

    >>> _names("Jane Doe and John Roe | Updated May 6")
    ('Jane Doe', 'John Roe')
    >>> _names("Jane Doe, Senior Editor", label="By"), _names("Staff", label="By")
    (('Jane Doe',), ())
    """
    text = text[:MAX_NAME_CHARS]
    hit = find_date(text)
    text = _cut_names(text[: hit.start] if hit else text)
    names: list[str] = []
    for k, part in enumerate(_NAME_SEPARATOR.split(text)):
        part = part.strip(" .'’\"“”")
        if not part or (k > 0 and (_is_role(part) or _CREDENTIAL.fullmatch(part))):
            continue
        name = _person(part, common, label=label, later=k > 0, strict=strict)
        if name is None and (k == 0 or part[0].islower()):
            return ()  # "By Monday, the council voted…": a sentence, not a byline
        names += [name] if name else []
    return tuple(dict.fromkeys(names))


def _person(
    part: str, common: Container[str], *, label: str, later: bool = False, strict: bool = False
) -> str | None:
    """The part as a person's name, or None for a phrase, an outlet, or a desk of no one.

    ``common`` are the words the page prints in lower case. ``label`` is the byline's label
    ("By"), empty for a name printed bare, which is held to more (``strict``): two words at
    least, none of them a common word.
    """
    strict = strict or not label
    if not strict and not later and _HANDLE.fullmatch(part):  # "by jdoe": a user name
        return None if part in _STOPWORDS or part in common or _not_person(part, label) else part
    words = part.split()
    if len(words) > 1 and words[0] in _ARTICLES:  # "By the Lavazza Team"
        words = words[1:]
    # A name opens with a capital, as _NAME asks below: most lines fail here, cheaply.
    if not words or not words[0][:1].isupper():
        return None
    whole = part
    # "Jane Doe Senior Reporter", "Jane DoeFounder": the job goes, the name stays.
    cut = next((k for k in range(2, len(words)) if _is_role(" ".join(words[k:]))), None)
    part = " ".join(words[:cut])
    glued = _GLUED_WORD.search(part)
    if glued and LEXICON.matches("author_role", glued[0]):
        part = part[: glued.start()]
    if part.isupper() and " " in part:
        part = _GLUED_DATE_LABEL.sub("", part).title()  # "JANE DOE"
    words = part.split()
    if _NAME.fullmatch(part) is None or is_boilerplate_phrase(part) or ((later or strict) and len(words) < 2):
        return None
    outlet = words[0].casefold() in _ARTICLES  # "The Daily Planet", unless the label says
    named = [w for w in (words[1:] if outlet else words) if w[:1].isupper()]  # "van", "de" aside
    # "ChecklistsJust EngagedWedding": menu items run together; "Updated July": a date's label.
    if len(_GLUED.findall(part)) > 1 or any(w.casefold() in _DATE_LABELS for w in named):
        return None
    if outlet and (later or strict):
        return None
    used = sum(w.casefold() in _STOPWORDS or w.lower() in common for w in named)
    # A labelled name's words may be common words too ("Tom May"), but not most of them; a
    # bare name's none: "Key Takeaways", "Learn More" are the page's own phrases.
    if not named or used * 2 > len(named) or (strict and used):
        return None
    # The lexicon last, as it costs the most and few lines get this far.
    return None if _not_person(whole, label) else part


def _not_person(name: str, label: str) -> bool:
    """Staff, desks, boards, and agencies after a label ("By Reuters"): a byline of no one."""
    labels = {label.casefold().strip(" :") or "by", "by"}
    credited = (f"{by} {name}" for by in labels)
    return LEXICON.matches("not_person", name) or any(LEXICON.matches("not_person", c) for c in credited)


def _bare_name(text: str, common: Container[str] = frozenset()) -> str | None:
    """The name a line prints without a label: two to four capitalised words, none common.

    >>> _bare_name("Dylan Bailey"), _bare_name("Log In")
    ('Dylan Bailey', None)
    >>> _bare_name("Key Takeaways", _LowerCase(["The key takeaways are these."])) is None
    True
    """
    head = text.strip(_NAME_TRIM)
    if not 2 <= word_count_upto(head, 4) <= 4 or "\t" in head:  # tab: a table's cells
        return None
    return _person(head, common, label="")


class _LowerCase(Container[str]):
    """The words some texts print in lower case, as words of their own ("key" in "the key
    points", not "jane" in "jane.doe@example.com").

    Asked lazily and remembered: a page prints thousands of words, the author search asks
    about a handful, and a scan for each is cheaper than a set of them all.

    >>> words = _LowerCase(["Mail jane.doe@example.com or see the key points."])
    >>> "key" in words, "jane" in words, "Key" in words, "point" in words
    (True, False, False, False)
    """

    __slots__ = ("_asked", "_text")

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = "\n".join(texts)
        self._asked: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or _LOWER_TOKEN.fullmatch(word) is None:
            return False
        found = self._asked.get(word)
        if found is None:
            found = self._asked[word] = _stands_alone(self._text, word)
        return found


def _stands_alone(text: str, word: str) -> bool:
    """Whether the text prints the word on its own: not inside a longer word, an address or
    a file name. ``str.find`` jumps between the few places it occurs."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        before, after = text[at - 1 : at] if at else "", text[end : end + 2]
        if not _glued_before(before) and not _glued_after(after):
            return True
        at = text.find(word, end)
    return False


def _glued_before(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_@/.-")


def _glued_after(chars: str) -> bool:
    """Whether the word goes on (a letter, a mark, an apostrophe) or is part of an address."""
    if not chars:
        return False
    first = chars[0]
    if first.isalnum() or first in "_@/'’-" or unicodedata.category(first).startswith("M"):
        return True
    return first == "." and len(chars) > 1 and (chars[1].isalnum() or chars[1] == "_")


def _use(header: Header, line: Line, what: str, **fields: Any) -> Header:
    return replace(header, used=(*header.used, (line, what)), **fields)
