"""The publisher a credit line names above the article: "© Provided by X", "Source: X".

Aggregators and portals re-host stories and say whose they are in a credit near the
headline; that publisher is the article's source, not the site that shows it (its host).
The labels are data: ``source_label`` in every lexicon language ("Quelle", "Fuente").
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from newsclean._lexicon import LEXICON
from newsclean._lines import Line

__all__ = ["credited_source"]

#: A publisher's name is short; a longer credit is a sentence about the story.
MAX_NAME_WORDS = 6
#: A whole line that is a credit: an optional ©, the label (with its colon, where the
#: language writes one: "Source:" but "Provided by"), the name.
_CREDIT = regex.compile(
    rf"(?i:©\s*)?(?i:{LEXICON.alternation('source_label')})\s*(?P<name>[\p{{L}}\d][^\n]{{0,80}}?)[\s.]*"
)
# Where a name stops: a separator before a date, an age or a second credit.
_NAME_END = regex.compile(r"\s*(?:[|•·—–]|\s-\s).*$")


def credited_source(lines: Iterable[Line]) -> tuple[Line, str] | None:
    """The first line that is a publisher's credit, and the name it gives.

    >>> found = credited_source([Line(0, "Story by Jane Doe • 3h"), Line(1, "© Provided by The Courier")])
    >>> found[0].index, found[1]
    (1, 'The Courier')
    """
    for line in lines:
        name = source_of(line.text)
        if name is not None:
            return line, name
    return None


def source_of(text: str) -> str | None:
    """The publisher a credit line names, or None when the line is no credit.

    >>> source_of("© Provided by The Riverside Chronicle"), source_of("Quelle: dpa | 3 min")
    ('The Riverside Chronicle', 'dpa')
    >>> source_of("Source: the council's own figures, released on Tuesday, show a rise.") is None
    True
    """
    match = _CREDIT.fullmatch(text.strip())
    if match is None:
        return None
    name = _NAME_END.sub("", match["name"]).strip()
    words = len(name.split())
    return name if 0 < words <= MAX_NAME_WORDS and not name.endswith((".", "?", "!")) else None
