"""The splitter: from the lines the strippers kept to the parts of an Article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsclean._header import Header, read_header
from newsclean._lines import Line, Role
from newsclean._pipeline import Outcome, Removed
from newsclean._quotes import attribute, find_quotes
from newsclean._reflow import join, paragraphs
from newsclean._related import Teaser, related_items
from newsclean._speech import is_pronoun

__all__ = ["SPLITTER", "Split", "split"]

#: The name the splitter signs its entries in the audit trail with.
SPLITTER = "splitter"


@dataclass(frozen=True, slots=True)
class Split:
    header: Header
    body: tuple[str, ...]
    quotes: tuple[tuple[str, str | None], ...]
    related: tuple[Teaser, ...]
    #: Lines the splitter took out of the body: header fields and repeated pull quotes.
    used: tuple[Removed, ...]


@dataclass(frozen=True, slots=True)
class _Paragraph:
    lines: tuple[Line, ...]
    text: str
    #: The paragraph is nothing but one quotation.
    lone_quote: str | None


def split(outcome: Outcome) -> Split:
    header = read_header(outcome.kept)
    in_header = {line.index for line, _ in header.used}
    paras = paragraphs(line for line in outcome.kept if line.index not in in_header)
    built, quotes = _read_quotes(paras)
    body, repeats = _drop_repeated_quotes(built)
    used = [Removed(SPLITTER, line, f"read as {w}", Role.BOILERPLATE) for line, w in header.used]
    used += [
        Removed(SPLITTER, line, "pull quote repeating the body", Role.BOILERPLATE)
        for para in repeats
        for line in para.lines
    ]
    return Split(
        header=header,
        body=tuple(p.text for p in body),
        quotes=tuple(quotes),
        related=tuple(related_items(outcome.removed, headline=header.headline)),
        used=tuple(used),
    )


def _read_quotes(
    paras: Sequence[Sequence[Line]],
) -> tuple[list[_Paragraph], list[tuple[str, str | None]]]:
    """Build paragraphs and collect their set-apart quotations with speakers.

    A pronoun speaker is the last speaker named; a paragraph that is only a quotation,
    right after a quoted paragraph, continues that paragraph's speaker.
    """
    built: list[_Paragraph] = []
    quotes: list[tuple[str, str | None]] = []
    last_named: str | None = None
    previous: str | None = None
    for para in paras:
        texts = [line.text for line in para]
        speaker: str | None = None
        lone: str | None = None
        for span in find_quotes(texts):
            before, after = join(texts[: span.first]), join(texts[span.last + 1 :])
            speaker = attribute(before, " " + after)
            if speaker is not None and is_pronoun(speaker):
                speaker = last_named
            elif speaker is not None:
                last_named = speaker
            elif not before and not after:
                speaker, lone = previous, span.text
            quotes.append((span.text, speaker))
        previous = speaker
        built.append(_Paragraph(tuple(para), join(texts), lone))
    return built, quotes


def _drop_repeated_quotes(
    paras: list[_Paragraph],
) -> tuple[list[_Paragraph], list[_Paragraph]]:
    """Take out, once, a lone-quote paragraph whose words the body already has elsewhere."""
    kept: list[_Paragraph] = []
    repeats: list[_Paragraph] = []
    for i, para in enumerate(paras):
        quote = para.lone_quote
        others = (p.text for j, p in enumerate(paras) if j != i and p not in repeats)
        if quote and len(quote) > 20 and any(_contains(o, quote) for o in others):
            repeats.append(para)
        else:
            kept.append(para)
    return kept, repeats


def _contains(text: str, passage: str) -> bool:
    return _squash(passage) in _squash(text)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()
