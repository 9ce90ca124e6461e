"""One way to drop the lines that are a lexicon phrase, shared by the phrase strippers."""

from __future__ import annotations

from collections.abc import Iterator

from newsclean._lexicon import LEXICON, MAX_PHRASE_LINE, trim
from newsclean._lines import Drop, Line, Page
from newsclean._pipeline import Stripper

__all__ = ["drop_boxes", "drop_phrases", "opens_with", "phrase_stripper"]

#: A box of more words than this is not a prompt, whatever its class says.
MAX_BOX_WORDS = 150


def drop_phrases(page: Page, key: str, reason: str) -> Iterator[Drop]:
    """Drop every line that is, as a whole, a phrase of the lexicon under ``key``."""
    for line in page.nonblank():
        if page.is_phrase(line, key):
            yield Drop(line.index, reason)


def drop_boxes(page: Page, key: str, hint: str, reason: str) -> Iterator[Drop]:
    """Drop each box the markup's class calls ``hint`` that holds a phrase under ``key``.

    A class name alone is weak evidence (sites wrap whole articles in "newsletter-content"),
    and a phrase alone misses the box's heading and long description: together they are
    enough; so are the class and a form to fill in. A box is a run of lines in a row whose
    blocks carry the hint.
    """
    for box in _boxes(page, hint):
        signed = any(opens_with(line, key) or _in_form(line) for line in box)
        if signed and _words(box) <= MAX_BOX_WORDS:
            yield from (Drop(line.index, reason) for line in box)


def _boxes(page: Page, hint: str) -> Iterator[list[Line]]:
    box: list[Line] = []
    for line in page.nonblank():
        if line.block is not None and hint in line.block.hints:
            box.append(line)
            continue
        if box:
            yield box
        box = []
    if box:
        yield box


def opens_with(line: Line, key: str) -> bool:
    """Whether the line is or begins with a phrase under ``key`` ("We use cookies to…")."""
    return LEXICON.phrases[key].match(trim(line.text[:MAX_PHRASE_LINE])) is not None


def _in_form(line: Line) -> bool:
    return line.block is not None and line.block.tag == "form"


def _words(lines: list[Line]) -> int:
    return sum(len(line.text.split()) for line in lines)


def phrase_stripper(name: str, key: str, reason: str, *, box: str | None = None) -> Stripper:
    """A stripper that drops the lines that are a phrase of the lexicon under ``key``.

    With ``box``, it also drops the whole of each box whose class says ``box`` and that
    holds such a phrase (see :func:`drop_boxes`).
    """

    def stripper(page: Page) -> Iterator[Drop]:
        yield from drop_phrases(page, key, reason)
        if box is not None:
            yield from drop_boxes(page, key, box, reason)

    stripper.__name__ = stripper.__qualname__ = name
    # Pickled by reference (clean_many sends the pipeline to worker processes): the module
    # named after the stripper binds it under its name.
    stripper.__module__ = f"newsclean.strippers.{name}"
    stripper.__doc__ = f"Drop lines that are, as a whole, a {reason} (lexicon key {key!r})."
    return stripper
