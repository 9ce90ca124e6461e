"""Reading the comment lines the strippers handed over into readers' comments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from newsclean._dates import age_span, find_date
from newsclean._lexicon import LEXICON
from newsclean._lines import Role
from newsclean._pipeline import Removed
from newsclean._text import ends_sentence, word_count

__all__ = ["CommentParts", "read_comments", "reader_comments"]

#: What separates an author from an age on one line: "Jane Roe · 3 hours ago".
_TRIM = " \t·•|–—-,:"
#: "Jane Roe says:" / "Jane Roe sagt" / "Jane Roe:": the name, without the verb and colon.
_SAYS = regex.compile(rf"(?P<name>.{{1,60}}?)(?:\s+(?i:{LEXICON.alternation('speech_verbs')})\s*:?|\s*:)")
#: A name may end in an initial ("Mary K."), which is no sentence's end.
_INITIAL = regex.compile(r"(?:^|\s)\p{Lu}\.$")
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
#: A line of this many words or fewer may be a date or age line rather than comment text.
MAX_META_WORDS = 8
#: An age line may go on with a time ("March 4, 2025 at 9:12 am"), not with a sentence.
MAX_AFTER_AGE = 3


@dataclass(frozen=True, slots=True)
class CommentParts:
    author: str | None
    text: str
    age: str | None


@dataclass(slots=True)
class _Draft:
    author: str | None = None
    age: str | None = None
    paragraphs: list[str] = field(default_factory=list)


def reader_comments(removed: Iterable[Removed]) -> list[CommentParts]:
    """The comments the strippers dropped as such, in page order."""
    return read_comments([r.line.text for r in removed if r.role is Role.COMMENT])


def read_comments(texts: Sequence[str]) -> list[CommentParts]:
    """Group comment lines into comments: an author line, an age line, then the text.

    A name followed by an age, or an age after a comment's text, starts the next comment.

    >>> [(c.author, c.age, c.text) for c in read_comments(
    ...     ["Jane Roe", "3 hours ago", "About time.", "Sam · 1 day ago", "Not so fast.", "Really."])]
    [('Jane Roe', '3 hours ago', 'About time.'), ('Sam', '1 day ago', 'Not so fast.\\n\\nReally.')]
    """
    drafts: list[_Draft] = []
    metas = [_meta(text) for text in texts]
    for i, text in enumerate(texts):
        author, age = metas[i]
        current = drafts[-1] if drafts else None
        next_age = i + 1 < len(texts) and metas[i + 1][1] is not None and metas[i + 1][0] is None
        if age is not None:
            if current is None or current.paragraphs or current.age is not None:
                drafts.append(_Draft(author=author))
            drafts[-1].age = age
            drafts[-1].author = drafts[-1].author or author
        elif author is not None and (next_age or _says(text) or current is None or current.paragraphs):
            drafts.append(_Draft(author=author))
        else:
            if current is None:
                drafts.append(_Draft())
            drafts[-1].paragraphs.append(text)
    return [CommentParts(d.author, "\n\n".join(d.paragraphs), d.age) for d in drafts if d.paragraphs]


def _meta(text: str) -> tuple[str | None, str | None]:
    """The author and the age the line gives, if it is a byline or age line of a comment.

    Fields may come glued, as a browser copies inline elements: "Mary K.3 hours ago".
    """
    if word_count(text) > MAX_META_WORDS:
        return None, None
    span = _age_span(text)
    if span is None:
        return _name(text), None
    before, age = text[: span[0]].strip(_TRIM), text[span[0] :].strip(_TRIM)
    if word_count(text[span[1] :]) > MAX_AFTER_AGE:
        return None, None  # a sentence that mentions a time
    name = _name(before) if before else None
    return (None, None) if before and name is None else (name, age)


def _age_span(text: str) -> tuple[int, int] | None:
    span = age_span(text)
    if span is not None:
        return span
    hit = find_date(text)
    return (hit.start, hit.end) if hit is not None else None


def _name(text: str) -> str | None:
    """The commenter's name on a byline ("Jane Roe", "jroe42", "Jane Roe says:"), or None."""
    says = _SAYS.fullmatch(text.strip())
    name = (says["name"] if says else text).strip()
    if not name or len(name) > MAX_NAME_CHARS or word_count(name) > MAX_NAME_WORDS:
        return None
    if (ends_sentence(name) and not _INITIAL.search(name)) or any(ch in name for ch in ",;!?"):
        return None
    return name


def _says(text: str) -> bool:
    return _SAYS.fullmatch(text.strip()) is not None
