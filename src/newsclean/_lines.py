"""The pipeline's inner data: lines, the page a stripper sees, and its decisions.

These are frozen, slotted dataclasses; pydantic appears only at the output boundary.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import regex

from newsclean._deadline import EVERY, Deadline
from newsclean._lexicon import LEXICON
from newsclean._markup import Block

__all__ = ["Drop", "Line", "Page", "Role", "phrase_index", "split_lines"]

_LINE_BREAK = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the page: its position in the input and its text, stripped.

    A line read from HTML or markdown carries the :class:`Block` its markup gave it.
    """

    index: int
    text: str
    block: Block | None = field(default=None, repr=False, compare=False)

    @property
    def blank(self) -> bool:
        return not self.text


class Role(enum.Enum):
    """What a dropped line was, which tells the splitter whether it wants it back."""

    BOILERPLATE = "boilerplate"
    #: A label that opens teasers ("Read more", "Related Articles"); it starts a new group.
    TEASER_HEAD = "teaser-head"
    #: A line of a teaser (title, source, age or summary of another article).
    TEASER = "teaser"
    #: A line of a reader's comment (its author, age or text).
    COMMENT = "comment"


@dataclass(frozen=True, slots=True)
class Drop:
    """A stripper's decision: drop the line with this index, for this reason."""

    line: int
    reason: str
    role: Role = Role.BOILERPLATE


@dataclass(frozen=True, slots=True)
class Page:
    """The lines still on the page, blank ones included, in input order."""

    lines: tuple[Line, ...]
    #: The page's language code, when it could be told.
    language: str | None = None
    #: The lexicon keys each line is a phrase of, by line index; lines of none are absent.
    #: Read once when the page is made, so that no stripper reads the lexicon again.
    #: None asks for them to be read from ``lines``.
    phrases: Mapping[int, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.phrases is None:
            object.__setattr__(self, "phrases", phrase_index(self.lines))

    def nonblank(self) -> Iterator[Line]:
        return (line for line in self.lines if line.text)

    def is_phrase(self, line: Line, key: str) -> bool:
        """Whether the line is, as a whole, a lexicon phrase under ``key``."""
        keys = self.phrases.get(line.index) if self.phrases is not None else None
        return keys is not None and key in keys

    def with_lines(self, lines: tuple[Line, ...]) -> Page:
        """The page with fewer of its lines; they keep what the lexicon said of them."""
        return Page(lines, self.language, self.phrases)

    @classmethod
    def of(cls, *texts: str) -> Page:
        """A page from literal lines, for examples and tests.

        >>> Page.of("Headline", "", "Body.").lines[2]
        Line(index=2, text='Body.')
        """
        return cls(tuple(Line(i, t.strip()) for i, t in enumerate(texts)))


def phrase_index(lines: Iterable[Line]) -> Mapping[int, frozenset[str]]:
    """The lexicon keys each line is a phrase of, for the lines that are one.

    >>> index = phrase_index([Line(0, "Share"), Line(1, "The vote was close.")])
    >>> {i: sorted(keys) for i, keys in index.items()}
    {0: ['comment_control', 'share']}
    """
    # A page repeats a fifth of its short lines (menus drawn twice, "Share" under every
    # card): each text is read once.
    read: dict[str, frozenset[str]] = {}
    index: dict[int, frozenset[str]] = {}
    for line in lines:
        if line.text:
            keys = read.get(line.text)
            if keys is None:
                keys = read[line.text] = LEXICON.keys_of(line.text)
            if keys:
                index[line.index] = keys
    return index


def split_lines(text: str, *, deadline: Deadline | None = None) -> tuple[Line, ...]:
    """Cut text into stripped lines, whatever the line endings.

    >>> [line.text for line in split_lines("a\\r\\n  b \\rc")]
    ['a', 'b', 'c']
    """
    parts = _LINE_BREAK.sub("\n", text).split("\n")
    if deadline is None:
        return tuple(Line(i, part.strip()) for i, part in enumerate(parts))
    return tuple(_timed_lines(parts, deadline))


def _timed_lines(parts: list[str], deadline: Deadline) -> Iterator[Line]:
    for i, part in enumerate(parts):
        if not i % EVERY:
            deadline.check("while splitting the page into lines")
        yield Line(i, part.strip())
