"""The top of the article: headline, source, date and byline, around its first paragraph.

The header is read from all the page's lines, dropped ones included: a title line is
short, so a scorer or a menu stripper may well have taken it out of the body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from newsclean._blocks import main_block
from newsclean._credit import credited_source
from newsclean._dates import TRAILING_WEEKDAY, DateHit, find_date
from newsclean._language import STOPWORDS
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
from newsclean._text import is_prose, word_count
from newsclean._title import SEGMENT, best_title, candidates, is_boilerplate_phrase

__all__ = ["Header", "read_header"]

MAX_SOURCE_WORDS = 6
#: How many non-blank lines above the article's first line a publisher's credit is looked for in.
CREDIT_REACH = 12
#: How far (in non-blank lines) from the headline or date a byline may stand.
AUTHOR_REACH = 4
#: How many lines above the article's first line are searched for a "By" line.
BYLINE_WINDOW = 15
_STOPWORDS = STOPWORDS.get("en", frozenset()) | {"the", "our", "log", "sign", "read", "more"}
#: A dated line longer than this is prose: it gives the date but stays in the body.
MAX_DATELINE_WORDS = 24
_BYLINE = regex.compile(
    r"(?i:(?:written\s|words\s|story\s|posted\s|text\s)?by|von|par|por|door|author|autor|auteur)"
    r"(?::\s*|\s+|(?=\p{Lu}))(?P<names>\p{Lu}.{1,300})"
)
# Where a byline's names stop: a separator, a date, or a glued "PUBLISHED"/"Updated".
_NAME_END = regex.compile(
    r"\s*(?:[|⋅•·—–\n(]|\s-\s|\bon\b|updated|published|posted|\bfact-checked|\breviewed|\d)",
    regex.IGNORECASE,
)
_NAME_SEPARATOR = regex.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|de|von|der|da|di|le|la)){0,4}"
)
_INLINE_BY = regex.compile(r"(?<![\p{L}\d])(?i:by):?\s+(?P<names>\p{Lu}.{1,200})")
MAX_INLINE_BYLINE, MAX_BYLINE_WORDS = 16, 40
_CREDENTIAL = regex.compile(r"\p{Lu}{1,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?")
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
    best = best_title(candidates(lines, kept_at, start, phrases=phrases))
    pick = best_markup_title(markup_titles(lines, meta, best.line if best else None)) if metadata else None
    if pick is not None:
        header = _use(header, pick.line, "headline", headline=pick.text) if pick.line else header
        header = replace(header, headline=pick.text)
    elif best is not None:
        header = _use(header, best.line, "headline", headline=best.text)
    locale = meta.locale or language
    found = date_candidates(lines, kept_at, block, best.line if best else None, locale=locale)
    header = _published(header, found, metadata)
    header = _authors(header, lines, start, kept)
    if meta.authors:  # right on 93% of the dev pages that give them, more often than the text
        header = replace(header, authors=meta.authors)
    header = _publisher_credit(header, lines, start)
    if meta.publisher and not header.source:
        header = replace(header, source=meta.publisher)
    return header


def _publisher_credit(header: Header, lines: Sequence[Line], start: int | None) -> Header:
    """The publisher a credit above the article names ("© Provided by X"): the source, even
    when the page's markup names the site that re-hosts the story."""
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


def _authors(header: Header, lines: Sequence[Line], start: int | None, kept: Sequence[Line]) -> Header:
    """A "By …" line near the headline or date, else a bare name line next to the date."""
    nonblank = [line for line in lines if line.text]
    used = {line.index: what for line, what in header.used}
    anchors = [i for i, line in enumerate(nonblank) if used.get(line.index) in ("headline", "date")]
    at = next((i for i, line in enumerate(nonblank) if line.index == start), len(nonblank))
    near = sorted(
        set(range(max(0, at - BYLINE_WINDOW), at + 3)).union(
            j for i in anchors for j in range(i - AUTHOR_REACH, i + AUTHOR_REACH + 1)
        )
    )
    region = [nonblank[j] for j in near if 0 <= j < len(nonblank)]
    for line in region:
        byline = _byline(line.text)
        names = _names(byline) if byline else ()
        if names:
            return _use(header, line, "byline", authors=names)
    beside = sorted({j for i in anchors for j in range(i - 2, i + 3) if 0 <= j < len(nonblank)})
    prose = " ".join(line.text for line in kept) if beside else ""
    for candidate in (nonblank[j] for j in beside if nonblank[j].index not in used):
        names = _bare_names(candidate.text, prose)
        if names:
            return _use(header, candidate, "byline", authors=names)
    return header


def _byline(text: str) -> str | None:
    """The names part of a "By …" line, or of a short line with "by …" inside it.

    >>> _byline("October 11, 2023  by Autumn Huerter")
    'Autumn Huerter'
    """
    m = _BYLINE.match(text)
    if m is None and word_count(text) <= MAX_INLINE_BYLINE:
        m = _INLINE_BY.search(text)
    return m["names"] if m and word_count(text) <= MAX_BYLINE_WORDS else None


def _dateline(header: Header, line: Line, hit: DateHit) -> Header:
    """The date, and the source printed glued before it ("Russia Today16-04-2025").

    A long line (a sentence with a date in it) gives its date but stays in the body.
    """
    if word_count(line.text) > MAX_DATELINE_WORDS:
        return replace(header, published=hit.value)
    before = line.text[: hit.start]
    if header.used and header.used[-1][0] == line:  # the headline, with its date glued on
        before = SEGMENT.split(before)[-1]
    before = TRAILING_WEEKDAY.sub("", before).strip(_SOURCE_TRIM)
    source = None
    if 0 < word_count(before) <= MAX_SOURCE_WORDS and _LABEL.search(before) is None:
        source = before if not is_boilerplate_phrase(before) and before[0].isupper() else None
    return _use(header, line, "date", published=hit.value, source=source)


def _names(text: str) -> tuple[str, ...]:
    """
    >>> _names("Jane Doe and John Roe | Updated May 6")
    ('Jane Doe', 'John Roe')
    """
    end = _NAME_END.search(text)
    text = text[: end.start()] if end else text
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(text):
        m = _NAME.fullmatch(part.strip())
        # "MS", "RD", "PhD": credentials after a comma are not people.
        if m and not (names and _CREDENTIAL.fullmatch(m.group())):
            names.append(m.group())
    return tuple(names)


def _bare_names(text: str, prose: str = "") -> tuple[str, ...]:
    """The name a line without "By" prints: two to four capitalised words, no stopwords.

    >>> _bare_names("Dylan Bailey, MS, RD, FAND"), _bare_names("Log In")
    (('Dylan Bailey',), ())
    >>> _bare_names("Key Takeaways", "The key takeaways are these.")
    ()
    >>> _bare_names("Jane Doe • May 6, 2025")
    ('Jane Doe',)
    """
    hit = find_date(text)
    text = text[: hit.start] if hit and hit.start > 0 else text
    head = text.split(",")[0].strip(_SOURCE_TRIM + "·⋅")
    words = head.split()
    if not 2 <= len(words) <= 4 or _NAME.fullmatch(head) is None or is_boilerplate_phrase(head):
        return ()
    if any(w.casefold() in _STOPWORDS for w in words):
        return ()
    # "Key Takeaways", "Article Content": words the article also prints in lower case are
    # common words, not a name; "Will Smith" keeps its one.
    if sum(_in_lower_case(w, prose) for w in words) * 2 > len(words):
        return ()
    return (head,)


def _in_lower_case(word: str, prose: str) -> bool:
    """Whether the prose uses the word in lower case, as a word of its own."""
    lower = word.lower()
    at = prose.find(lower)
    while at >= 0:
        end = at + len(lower)
        if (at == 0 or not prose[at - 1].isalpha()) and (end == len(prose) or not prose[end].isalpha()):
            return True
        at = prose.find(lower, end)
    return False


def _use(header: Header, line: Line, what: str, **fields: Any) -> Header:
    return replace(header, used=(*header.used, (line, what)), **fields)
