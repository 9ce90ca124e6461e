"""The splitter: from the lines the strippers kept to the parts of an Article."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from newsclean._comments import CommentParts, reader_comments
from newsclean._dates import age_span
from newsclean._header import Header, read_header
from newsclean._lines import Line, Role
from newsclean._markup import HEADINGS, Block, Metadata
from newsclean._pipeline import Outcome, Removed
from newsclean._published import updated_label_before
from newsclean._quotes import attribute, find_passage, find_quotes, word_key
from newsclean._reflow import join, paragraphs
from newsclean._related import Teaser, related_items
from newsclean._speech import (
    cited_name,
    incise_speaker,
    introducer,
    is_pronoun,
    last_speaker,
    person,
    role_holder,
    sentence_subject,
)
from newsclean._text import CLOSE_QUOTES, OPEN_QUOTES, ends_sentence, more_words_than

__all__ = ["SPLITTER", "Split", "split"]

#: How far after a repeated passage the end of the quotation holding it is looked for.
QUOTATION_REACH = 400
# Not an apostrophe inside a word: "qu'ils", "Musk's".
_CLOSING_MARK = regex.compile(rf"[{regex.escape(CLOSE_QUOTES)}](?!\p{{L}})")

# The dash a credit under a quotation opens with: "— Denise Whitcomb, chair of the board".
_CREDIT_DASHES = "—–-―"
_QUOTE_MARKS = frozenset(OPEN_QUOTES + CLOSE_QUOTES)
# A quotation mark, not an apostrophe inside a word ("That's", "l'atelier").
_QUOTATION_MARK = regex.compile(
    "|".join(
        rf"(?<!\p{{L}}){regex.escape(m)}|{regex.escape(m)}(?!\p{{L}})" if m in "'’" else regex.escape(m)
        for m in sorted(_QUOTE_MARKS)
    )
)
_OPENING_MARKS = tuple(OPEN_QUOTES)

#: How many lines above the body a byline's age is looked for, and how long such a line is.
HEADER_AGE_REACH = 15
MAX_BYLINE_WORDS = 16

#: The name the splitter signs its entries in the audit trail with.
SPLITTER = "splitter"
#: A lone quotation shorter than this is not checked for repeating the body.
MIN_PULL_QUOTE = 20
#: How many paragraphs away from a pull quote the passage it repeats is looked for.
QUOTE_REACH = 60


@dataclass(frozen=True, slots=True)
class Split:
    header: Header
    body: tuple[str, ...]
    quotes: tuple[tuple[str, str | None], ...]
    related: tuple[Teaser, ...]
    comments: tuple[CommentParts, ...]
    #: The article's own age as the header prints it ("Story by Jane Doe • 3h"), and the age
    #: of its last update ("Updated 3 hours ago"), if it does.
    ages: tuple[str | None, str | None]
    #: Lines the splitter took out of the body: header fields and repeated pull quotes.
    used: tuple[Removed, ...]


@dataclass(frozen=True, slots=True)
class _Paragraph:
    lines: tuple[Line, ...]
    text: str
    #: The paragraph is nothing but one quotation.
    lone_quote: str | None


def split(outcome: Outcome, *, metadata: Metadata | None = None, language: str | None = None) -> Split:
    everything = sorted(
        (line for line in (*outcome.kept, *(r.line for r in outcome.removed)) if not _markup_only(line)),
        key=_index,
    )
    header = read_header(
        everything, outcome.kept, phrases=outcome.phrases, metadata=metadata, language=language
    )
    in_header = {line.index for line, _ in header.used}
    paras = paragraphs(line for line in outcome.kept if line.index not in in_header)
    built, quotes, credit_lines = _read_quotes(paras, _Credits(everything))
    body, repeats, repeat_speakers = _drop_repeated_quotes(built)
    quotes = [(text, who or repeat_speakers.get(text)) for text, who in quotes]
    marked = {text for text, _ in quotes}
    quotes += [
        (para.text, repeat_speakers.get(para.text))
        for para in repeats
        if para.lone_quote is None and para.text not in marked
    ]
    dropped = {r.line.index for r in outcome.removed}
    used = [
        Removed(SPLITTER, line, f"read as {what}", Role.BOILERPLATE)
        for line, what in dict(header.used).items()
        if line.index not in dropped
    ]
    used += [
        Removed(SPLITTER, line, "pull quote repeating the body", Role.BOILERPLATE)
        for para in repeats
        for line in para.lines
    ]
    used += [
        Removed(SPLITTER, line, "credit of the pull quote above", Role.BOILERPLATE) for line in credit_lines
    ]
    return Split(
        header=header,
        body=tuple(p.text for p in body),
        quotes=tuple(quotes),
        related=tuple(related_items(outcome.removed, headline=header.headline)),
        comments=tuple(reader_comments(outcome.removed)),
        ages=_header_age(everything, paras),
        used=tuple(used),
    )


#: Lines that are markup, not page text: a capture header, a rule, an image's alt text.
_MARKUP_TAGS = frozenset({"meta", "hr", "img"})


def _header_age(everything: Sequence[Line], paras: Sequence[Sequence[Line]]) -> tuple[str | None, str | None]:
    """The ages a byline or dateline above the body prints, within reach of the body's start:
    the article's own, and the one an "Updated" label stands before."""
    start = paras[0][0].index if paras else None
    above = [line for line in everything if start is None or line.index < start][-HEADER_AGE_REACH:]
    own = updated = None
    for line in above:
        if more_words_than(line.text, MAX_BYLINE_WORDS) or (span := age_span(line.text)) is None:
            continue
        age = line.text[span[0] : span[1]]
        if updated_label_before(line.text, span[0]):
            updated = updated or age
        else:
            own = own or age
    return own, updated


def _markup_only(line: Line) -> bool:
    return line.block is not None and line.block.tag in _MARKUP_TAGS


def _index(line: Line) -> int:
    return line.index


class _People:
    """Who the text named as speaking, so far; looked up only when a pronoun asks."""

    #: How many text segments back a pronoun may look for its person.
    LOOK_BACK = 40

    def __init__(self) -> None:
        self._segments: list[tuple[str, bool]] = []  # (text, is a name already)

    def read(self, texts: Sequence[str]) -> None:
        if texts:
            self._segments.append((join(texts), False))

    def named(self, name: str) -> None:
        self._segments.append((name, True))

    def holding(self, role: str) -> str | None:
        """The last person named with the role in front of the name."""
        for text, _ in reversed(self._segments[-self.LOOK_BACK :]):
            if found := role_holder(role, text):
                return found
        return None

    def last(self) -> str | None:
        for text, is_name in reversed(self._segments[-self.LOOK_BACK :]):
            found = text if is_name else last_speaker(text)
            if found:
                return found
        return None


class _Credits:
    """The name a pull-quote box credits under its quotation ("— Callum Reid"), if any."""

    def __init__(self, everything: Sequence[Line]) -> None:
        self._lines = everything  # in input order, so found by bisection, with no index per page

    def after(self, para: Sequence[Line]) -> str | None:
        last = para[-1].index
        start = bisect_left(self._lines, last, key=_index)
        if start == len(self._lines) or self._lines[start].index != last:
            return None
        credit = next((line for line in self._lines[start + 1 : start + 3] if line.text), None)
        if credit is None or credit.block is None or not _quotation(credit.block):
            return None
        return cited_name(credit.text)


def _read_quotes(
    paras: Sequence[Sequence[Line]], credits: _Credits
) -> tuple[list[_Paragraph], list[tuple[str, str | None]], list[Line]]:
    """Build paragraphs and collect their set-apart quotations with speakers, and the
    credit lines under quotations, which are neither quote nor body.

    A pronoun speaker is the last person the text named as speaking; a paragraph that is
    only a quotation has the speaker the paragraph before introduced ("X said:"), or else
    continues that paragraph's quotation's speaker.
    """
    built: list[_Paragraph] = []
    quotes: list[tuple[str, str | None]] = []
    credit_lines: list[Line] = []
    people = _People()
    previous: str | None = None
    introduced: str | None = None  # who the paragraph before, ending "X said:", introduced
    unnamed: int | None = None  # a lone quotation whose speaker the next paragraph may name
    for para in paras:
        if _credit_line(para, quotes, after_quote=bool(built) and built[-1].lone_quote is not None):
            credit_lines.extend(para)
            continue
        texts = [line.text for line in para]
        text = join(texts)
        own = len(quotes)  # where this paragraph's quotations start
        if unnamed is not None:
            quotes[unnamed] = (quotes[unnamed][0], _opening_speaker(text, people))
        speaker: str | None = None
        lone: str | None = None
        done = 0  # lines of the paragraph already handed to `people`
        for span in find_quotes(texts):
            before, after = join(texts[: span.first]), join(texts[span.last + 1 :])
            people.read(texts[done : span.first])
            speaker = attribute(before, " " + after)
            if not before and not after:
                lone = span.text
                speaker = speaker or incise_speaker(span.text) or introduced or previous
            speaker = _resolve(speaker, people)
            quotes.append((span.text, speaker))
            done = span.last + 1
        people.read(texts[done:])
        boxed = done == 0 and _set_apart(para)
        led = _quotation_led(text) if boxed else None
        if led is not None:  # a box quoting a sentence with its attribution: the quotation
            quotes.append((led[0], _resolve(attribute("", led[1]), people)))
        elif boxed:
            lone = text
            quotes.append((lone, credits.after(para) or introduced))
        elif lone is not None and _set_apart(para):
            quotes[-1] = (quotes[-1][0], credits.after(para) or quotes[-1][1])
        previous = speaker
        introduced = _resolve(introducer(text), people)
        unnamed = len(quotes) - 1 if lone is not None and quotes[-1][1] is None else None
        quotes += _marked_quotes(para, text, quotes[own:], people)
        built.append(_Paragraph(tuple(para), text, lone))
    return built, quotes, credit_lines


# A quotation that opens a paragraph and closes before an attribution clause: „…“, betonte er.
_QUOTATION_LED = regex.compile(
    r"[«“„\"‹»‘](?P<quote>[^«»“”„\"‹›‘’]{2,}?)[»”“\"›«’],?\s(?P<after>\p{Ll}.*)", regex.DOTALL
)


def _quotation_led(text: str) -> tuple[str, str] | None:
    """The quotation a set-apart paragraph opens with, and the attribution after it.

    >>> _quotation_led("«Habrá 220 plazas nuevas», aseguró.")
    ('Habrá 220 plazas nuevas', 'aseguró.')
    >>> _quotation_led("«Habrá 220 plazas nuevas.»") is None, _quotation_led("“Low-fat” or “fat-free” labels")
    (True, None)
    """
    m = _QUOTATION_LED.fullmatch(text)
    # An attribution follows a comma: '“Low-fat” or “fat-free” labels…' is no quotation.
    if m is None or "," not in text[m.end("quote") - 1 : m.start("after")]:
        return None
    return m["quote"].strip(), m["after"]


def _marked_quotes(
    para: Sequence[Line], text: str, found: Sequence[tuple[str, str | None]], people: _People
) -> list[tuple[str, str | None]]:
    """The quotations the markup marks inside the paragraph's sentences (<q>): they stay in
    the body and are listed too, with the speaker the sentence names.

    >>> block = Block("p", quotations=("No vamos a cerrar",))
    >>> para = [Line(0, "“No vamos a cerrar”, dijo Marta Suárez.", block)]
    >>> _marked_quotes(para, para[0].text, [], _People())
    [('No vamos a cerrar', 'Marta Suárez')]
    """
    seen = {word_key(quote) for quote, _ in found}
    out: list[tuple[str, str | None]] = []
    for line in para:
        for quotation in line.block.quotations if line.block is not None else ():
            key = word_key(quotation)
            if key in seen or key == "  ":
                continue
            seen.add(key)
            around = find_passage(text, quotation)
            who = _resolve(attribute(*around) or sentence_subject(around[0]), people) if around else None
            out.append((quotation, who))
    return out


def _resolve(speaker: str | None, people: _People) -> str | None:
    """A pronoun as the last person named; a name without its titles, noted as named."""
    if speaker is None:
        return None
    if is_pronoun(speaker):
        return people.last()
    speaker = person(speaker)
    speaker = people.holding(speaker) or speaker  # "so der Bürgermeister": the one named so
    people.named(speaker)
    return speaker


def _credit_line(
    para: Sequence[Line], quotes: Sequence[tuple[str, str | None]], *, after_quote: bool
) -> bool:
    """A set-apart paragraph that only credits the quotation above it: "> — Denise Whitcomb",
    the <figcaption> under a quote box's <blockquote>, or a name and role with no quote
    marks in the same box right under a lone quotation (its <cite>)."""
    if not quotes or len(para) != 1:
        return False
    line = para[0]
    tag = line.block.tag if line.block is not None else None
    name = cited_name(line.text)
    if name is None:
        return False
    if line.text[:1] in _CREDIT_DASHES or tag == "figcaption":
        return True
    # A box's credit names a whole person; a heading in a box is no credit.
    unmarked = not any(mark in line.text for mark in _QUOTE_MARKS)
    return after_quote and " " in name and tag not in HEADINGS and unmarked and _set_apart(para)


def _opening_speaker(text: str, people: _People) -> str | None:
    """The speaker a paragraph names as it opens, after a quotation set apart above it.

    >>> _opening_speaker("Das sagte Geschäftsführerin Katrin Weller am Dienstag.", _People())
    'Katrin Weller'
    >>> _opening_speaker("The plan was approved on Tuesday.", _People()) is None
    True
    """
    return _resolve(attribute("", text), people)


#: A block quotation longer than this is a quoted document, not a pull quote.
MAX_BLOCK_QUOTE_WORDS = 80


def _quotation(block: Block) -> bool:
    """A <blockquote>, or a box whose class says pull quote (<aside class="pullquote">)."""
    return block.tag == "blockquote" or "quote" in block.hints


def _set_apart(para: Sequence[Line]) -> bool:
    """Whether the markup set the paragraph apart as a quotation of pull-quote length."""
    if not all(line.block is not None and _quotation(line.block) for line in para):
        return False
    return sum(line.text.count(" ") + 1 for line in para) <= MAX_BLOCK_QUOTE_WORDS


def _drop_repeated_quotes(
    paras: list[_Paragraph],
) -> tuple[list[_Paragraph], list[_Paragraph], dict[str, str | None]]:
    """Take out, once, a lone-quote paragraph whose words the body has elsewhere.

    The passage it repeats usually says who spoke, so its speaker is read from there.
    """
    kept: list[_Paragraph] = []
    repeats: list[_Paragraph] = []
    speakers: dict[str, str | None] = {}
    taken: set[int] = set()  # the repeats, by position
    keys: list[str] | None = None  # each paragraph's words, built only if a quote needs them
    for i, para in enumerate(paras):
        quote = para.lone_quote or _unmarked(para.text)
        if quote is None or len(quote) < MIN_PULL_QUOTE:
            kept.append(para)
            continue
        keys = keys or [word_key(p.text) for p in paras]
        wanted = word_key(quote)
        # The passage a pull quote repeats stands near it; a bounded reach keeps long pages linear.
        near = range(max(0, i - QUOTE_REACH), min(len(paras), i + QUOTE_REACH + 1))
        host = next((paras[j] for j in near if j != i and j not in taken and wanted in keys[j]), None)
        around = find_passage(host.text, quote) if host else None
        if around is not None and para.lone_quote is None and not around[0].rstrip().endswith(_OPENING_MARKS):
            around = None  # a sentence with no marks repeats a quotation only, not any sentence
        if around is None:
            kept.append(para)
        else:
            repeats.append(para)
            taken.add(i)
            speakers[quote] = _speaker_around(*around)
    return kept, repeats, speakers


#: A pull quote set apart without marks is a sentence or two.
MAX_UNMARKED_WORDS = 30


def _unmarked(text: str) -> str | None:
    """A sentence with no quotation marks that may be a pull quote printed without them."""
    if _QUOTATION_MARK.search(text) or more_words_than(text, MAX_UNMARKED_WORDS):
        return None
    return text if ends_sentence(text) else None  # a heading repeated in a quotation is none


def _speaker_around(before: str, after: str) -> str | None:
    """Who spoke the passage: named next to it, or after the quotation it is part of."""
    who = attribute(before, after) or attribute(before, _past_quotation(after))
    if who is not None and is_pronoun(who):
        return last_speaker(before)
    return person(who) if who else None


def _past_quotation(after: str) -> str:
    """The text from the closing mark of the quotation a passage is part of.

    >>> _past_quotation(" para que nadie cierre», afirmó Elena Castro.")
    '», afirmó Elena Castro.'
    """
    close = _CLOSING_MARK.search(after, 0, QUOTATION_REACH)
    return after[close.start() :] if close else ""
