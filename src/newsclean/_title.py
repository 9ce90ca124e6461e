"""Which line is the headline: a small learned scorer over the lines above the article.

The same features serve training (bench/train_title.py) and run time.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from newsclean._dates import find_date
from newsclean._lexicon import LEXICON
from newsclean._lines import Line
from newsclean._ranker import Ranker
from newsclean._text import is_prose, word_count

__all__ = [
    "SEGMENT",
    "TITLE_FEATURES",
    "Candidate",
    "best_title",
    "candidates",
    "is_boilerplate_phrase",
]

TITLE_FEATURES = (
    "bias",
    "log_words",
    "good_length",
    "ends_period",
    "ends_question",
    "ends_colon",
    "capitalised",
    "all_caps",
    "log_distance",
    "nearest",
    "repeated",
    "segment",
    "has_date",
    "byline",
    "kept",
    "in_block",
    "next_is_meta",
    "digits",
    "body_overlap",
    "short_rest",
    "breadcrumb",
    "label_colon",
    "prose_distance",
    "below_prose",
    "echoed",
    "after_meta",
)
#: How many non-blank lines above the article's first line may hold its headline.
WINDOW = 40
#: How many lines of the article's block may hold it, when the block starts with it.
INSIDE = 15
#: Separators between a headline and the site name or byline glued after it.
SEGMENT = regex.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_BY = regex.compile(r"(?i:by|written by|posted by|author)\b")
_CAPITALISED = regex.compile(r"(?<!\S)\p{Lu}")
_DIGIT = regex.compile(r"\d")
_WORDS = regex.compile(r"\w+")
_BREADCRUMB = regex.compile(r"\s[/>»›]\s")
# "Credit: …", "Photo: …", "Introduction: …": a one- or two-word label before a colon.
_LABEL = regex.compile(r"[\w-]+(?:\s[\w-]+)?:\s")
#: How many lines either side of the candidates a headline's echo is looked for in.
ECHO_REACH = 1000
#: How far into the block the first full paragraph is looked for.
PROSE_REACH = 200
#: How many lines of the article its headline's words are looked for in.
BODY_LINES = 30
# "Read more" is a label inside articles too; every other key marks a line as boilerplate.
_LABELS = frozenset({"read_more"})
_NO_KEYS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Candidate:
    line: Line
    text: str
    values: tuple[float, ...]


def candidates(
    lines: Sequence[Line],
    kept: set[int],
    start: int | None,
    *,
    phrases: Mapping[int, frozenset[str]] | None = None,
) -> list[Candidate]:
    """Headline candidates around the article's start (``start``, an input line index).

    ``phrases`` is what the lexicon said of each line, when the pipeline read it already.
    """
    nonblank = [line for line in lines if line.text]
    at = next((i for i, line in enumerate(nonblank) if line.index == start), len(nonblank))
    prose_at = _first_prose(nonblank, at, kept)
    low = max(0, at - WINDOW)
    high = max(at + INSIDE, prose_at + 2)
    window = nonblank[low:high]
    # Where a headline is echoed (breadcrumbs, share titles): around it, so that a huge page
    # does not cost a scan of all its text per candidate.
    whole = "\n".join(line.text for line in nonblank[max(0, low - ECHO_REACH) : high + ECHO_REACH])
    counts = Counter(line.text.casefold() for line in nonblank)
    vocabulary = _content_words(" ".join(line.text for line in nonblank[at : at + BODY_LINES]))
    out = []
    for pos, line in enumerate(window):
        keys = phrases.get(line.index, _NO_KEYS) if phrases is not None else LEXICON.keys_of(line.text)
        if _never_title(line.text, keys):
            continue
        following = window[pos + 1].text if pos + 1 < len(window) else ""
        distance = at - (max(0, at - WINDOW) + pos)
        parts = [p for p in SEGMENT.split(line.text) if p]
        texts = [line.text] + ([parts[0]] if len(parts) > 1 else [])
        for k, text in enumerate(texts):
            values = _values(text, line, distance, counts, kept, following, segment=k > 0)
            rest = word_count(line.text) - word_count(text)
            values += (
                _overlap(text, vocabulary),
                float(0 < rest <= 4),
                float(bool(_BREADCRUMB.search(line.text))),
                float(bool(_LABEL.match(text))),
                math.log1p(max(0, prose_at - low - pos)),
                float(low + pos > prose_at),
                float(len(text) >= 12 and whole.count(text) > 1),
                float(bool(pos) and _is_meta(window[pos - 1].text)),
            )
            out.append(Candidate(line, text, values))
    return out


def _first_prose(nonblank: Sequence[Line], at: int, kept: set[int]) -> int:
    """Where the first full paragraph the strippers kept stands, from the block's start on.

    A density block can open on menu lines that survived the strippers; the headline
    stands above the first real paragraph, not above the block.
    """
    for i in range(at, min(len(nonblank), at + PROSE_REACH)):
        line = nonblank[i]
        if line.index in kept and is_prose(line.text, min_words=12):
            return i
    return at


def _never_title(text: str, keys: frozenset[str]) -> bool:
    """Boilerplate phrases, and full sentences: a headline is not a paragraph."""
    if len(text) > 300 or is_prose(text) and text.endswith("."):
        return True
    return not keys <= _LABELS


def is_boilerplate_phrase(text: str) -> bool:
    """Whether the whole line is a boilerplate phrase of any lexicon key but "Read more"."""
    return not LEXICON.keys_of(text) <= _LABELS


def _values(
    text: str,
    line: Line,
    distance: int,
    counts: Counter[str],
    kept: set[int],
    following: str,
    *,
    segment: bool,
) -> tuple[float, ...]:
    words = word_count(text)
    tokens = max(1, words)
    meta = bool(following) and _is_meta(following)
    return (
        1.0,
        math.log1p(words),
        float(3 <= words <= 20),
        float(text.endswith(".")),
        float(text.endswith(("?", "!"))),
        float(text.endswith(":")),
        len(_CAPITALISED.findall(text)) / tokens,
        float(text.isupper()),
        math.log1p(max(0, distance)),
        float(distance == 1),
        float(counts[line.text.casefold()] > 1),
        float(segment),
        float(find_date(text) is not None),
        float(bool(_BY.match(text))),
        float(line.index in kept),
        float(distance <= 0),
        float(meta),
        len(_DIGIT.findall(text)) / max(1, len(text)),
    )


def _is_meta(text: str) -> bool:
    return find_date(text) is not None or bool(_BY.match(text))


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.casefold()) if len(w) > 3}


def _overlap(text: str, vocabulary: set[str]) -> float:
    """The share of the line's longer words that the article's first lines use too."""
    words = _content_words(text)
    return len(words & vocabulary) / len(words) if words else 0.0


#: Trained by bench/train_title.py; read once, never changed.
_RANKER = Ranker.load("title_scorer", TITLE_FEATURES)


def best_title(found: Sequence[Candidate]) -> Candidate | None:
    """The candidate the scorer rates highest, unless even that one is unlikely."""
    return _RANKER.best(found) if _RANKER is not None else None
