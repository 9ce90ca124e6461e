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
from newsclean._language import STOPWORDS
from newsclean._lexicon import LEXICON
from newsclean._lines import Line
from newsclean._ranker import Ranker
from newsclean._text import is_prose, word_count, word_count_upto

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
    "log_run_distance",
    "above_run",
    "prev_titleish",
    "next_longer",
    "meta_soon",
    "gaps",
    "credit",
    "like_below",
    "like_above",
    "in_longer",
    "holds_other",
    "names",
    "is_meta",
    "arrow",
    "listed",
    "beyond",
    "prose_above",
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
#: A word of four letters or more: the maximal runs \w+ finds, less the short ones.
_LONG_WORDS = regex.compile(r"\w{4,}")
_BREADCRUMB = regex.compile(r"\s[/>»›▸▶→]")
# "Credit: …", "Photo: …", "Introduction: …": a one- or two-word label before a colon.
_LABEL = regex.compile(r"[\w-]+(?:\s[\w-]+)?:\s")
# "Reviewed by Jane Doe", "Photo by …": a credit, which a short verb or noun opens.
_CREDIT = regex.compile(r"(?i:(?:[\w-]+\s){1,2}by)\s+\p{Lu}")
# "Jane Doe", "Jane Doe, John Roe & Ann Poe": people's names, which a byline prints alone.
_NAME = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}")
_NAME_GLUE = regex.compile(r",\s*|\s+(?:&|and)\s+")
_COMMON = STOPWORDS.get("en", frozenset())
# "« Older post", "Next ›": links to the neighbouring posts.
_ARROW = regex.compile(r"^[«‹←]|[»›→]$")
# A quotation in guillemets, whose marks are no arrows or breadcrumbs: "« Marée basse », le jeu…".
_GUILLEMETS = regex.compile(r"«[^«»\n]{1,200}»|‹[^‹›\n]{1,200}›")
# Menu items or table cells a browser joined with tabs or wide spaces.
_GAPS = regex.compile(r"\t|\s{3}")
#: How many lines either side of the candidates a headline's echo is looked for in.
ECHO_REACH = 1000
#: How far into the block the first full paragraph is looked for.
PROSE_REACH = 200
#: How many lines of the article its headline's words are looked for in.
BODY_LINES = 30
#: How far into the block the first run of paragraphs is looked for, and how many lines
#: above it may hold the headline: a block that opens on a menu has its headline far down.
RUN_REACH, ABOVE_RUN = 400, 20
#: How many words of paragraphs a menu's blurbs may add up to above that run.
MAX_BLURB_WORDS = 200
#: How many lines below a headline its byline or date may stand.
META_REACH = 4
#: How many lines either side a reworded headline (the deck, an SEO title) is looked for in,
#: and what share of the line's words it must share.
LIKE_REACH, LIKE_SHARE = 5, 0.6
# "Read more" is a label inside articles too; every other key marks a line as boilerplate.
_LABELS = frozenset({"read_more"})
#: A byline alone: "By Jane Doe", "Por Lucía Ferrer", "Von Jana Kürten", every name capitalised.
_BYLINE = regex.compile(
    rf"(?i:{LEXICON.phrases['byline_label'].pattern})\s+\p{{Lu}}[\p{{L}}.'’-]*(?:\s+\p{{Lu}}[\p{{L}}.'’-]*){{0,3}}"
)
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
    run_at = _first_run(nonblank, at, kept)
    low = max(0, at - WINDOW)
    high = max(at + INSIDE, prose_at + 2)
    # The lines above the first run of paragraphs, when the block opens well above it.
    prose_above = _prose_words(nonblank[at : max(high, run_at + 1)], kept)
    places = list(range(low, min(high, len(nonblank))))
    second = max(high, run_at - ABOVE_RUN)
    # Unless an article's worth of paragraphs stands above: then the run is teasers' blurbs.
    if second - at < len(prose_above) and prose_above[second - at] < MAX_BLURB_WORDS:
        places += range(second, min(run_at + 1, len(nonblank)))
    page = _Page(nonblank, run_at)
    # Where a headline is echoed (breadcrumbs, share titles): around it, so that a huge page
    # does not cost a scan of all its text per candidate.
    whole = (
        "\n".join(line.text for line in nonblank[max(0, low - ECHO_REACH) : places[-1] + ECHO_REACH])
        if places
        else ""
    )
    counts = Counter(line.text.casefold() for line in nonblank)
    vocabulary = _content_words(" ".join(line.text for line in nonblank[at : at + BODY_LINES]))
    out = []
    for pos in places:
        line = nonblank[pos]
        keys = phrases.get(line.index, _NO_KEYS) if phrases is not None else LEXICON.keys_of(line.text)
        if _never_title(line.text, keys):
            continue
        following = nonblank[pos + 1].text if pos + 1 < len(nonblank) else ""
        parts = [p for p in SEGMENT.split(line.text) if p]
        texts = [line.text] + ([parts[0]] if len(parts) > 1 else [])
        context = _context(page, pos) + (
            float(pos >= high),
            math.log1p(prose_above[pos - at]) if pos > at else 0.0,
        )
        for k, text in enumerate(texts):
            values = _values(text, line, at - pos, counts, kept, following, segment=k > 0)
            rest = word_count(line.text) - word_count(text)
            values += (
                _overlap(text, vocabulary),
                float(0 < rest <= 4),
                float(bool(_BREADCRUMB.search(_unquoted(line.text)))),
                float(bool(_LABEL.match(text))),
                math.log1p(max(0, prose_at - pos)),
                float(pos > prose_at),
                float(len(text) >= 12 and whole.count(text) > 1),
                float(bool(pos) and page.meta(pos - 1)),
            ) + context
            out.append(Candidate(line, text, values))
    return out


class _Page:
    """The page's non-blank lines, where a headline is sought from, and what is known of each
    line, worked out once: neighbouring candidates look at the same lines.

    Lists indexed by position, not dicts: a candidate asks some fifty questions of its neighbours.
    """

    def __init__(self, nonblank: Sequence[Line], run_at: int) -> None:
        self.texts = [line.text for line in nonblank]
        self.sizes = [len(text) for text in self.texts]
        self.run_at = run_at
        # One more than the lines: the line under the last one is asked about too.
        self._meta: list[bool | None] = [None] * (len(self.texts) + 1)
        self._folded: list[str | None] = [None] * len(self.texts)
        self._words: list[set[str] | None] = [None] * len(self.texts)
        self._teaser: list[bool | None] = [None] * len(self.texts)
        #: The last window whose teasers were counted: its start, its end and the count.
        self._window = (0, 0, 0)

    def text(self, pos: int) -> str:
        return self.texts[pos] if 0 <= pos < len(self.texts) else ""

    def meta(self, pos: int) -> bool:
        known = self._meta[pos]
        if known is None:
            known = self._meta[pos] = _is_meta(self.text(pos))
        return known

    def folded(self, pos: int) -> str:
        known = self._folded[pos]
        if known is None:
            known = self._folded[pos] = self.texts[pos].casefold()
        return known

    def words(self, pos: int) -> set[str]:
        known = self._words[pos]
        if known is None:
            known = self._words[pos] = _content_words(self.texts[pos])
        return known

    def teaser(self, pos: int) -> bool:
        known = self._teaser[pos]
        if known is None:
            known = self._teaser[pos] = _teaser(self, pos)
        return known

    def teasers(self, near: range) -> int:
        """How many teasers stand in ``near``: the count slides along, as the candidates come
        in order and their windows overlap."""
        low, high, total = self._window
        if not low <= near.start <= high <= near.stop:
            low = high = near.start
            total = 0
        total -= sum(map(self.teaser, range(low, near.start)))
        total += sum(map(self.teaser, range(high, near.stop)))
        self._window = (near.start, near.stop, total)
        return total


def _context(page: _Page, pos: int) -> tuple[float, ...]:
    """What stands around the line: a deck follows its headline, a byline soon after it."""
    text = page.text(pos)
    near = range(max(0, pos - 2 * LIKE_REACH), min(len(page.texts), pos + 1 + 2 * LIKE_REACH))
    in_longer, holds_other = _echoes(page, pos, near)
    # The lines below the last one are blank, and the first of them stands for them all.
    below = range(pos + 1, min(pos + 1 + META_REACH, len(page.texts) + 1))
    return (
        math.log1p(max(0, page.run_at - pos)),
        float(0 <= page.run_at - pos <= ABOVE_RUN),
        float(pos > 0 and _titleish(page, pos - 1)),
        float(_titleish(page, pos + 1) and word_count(page.text(pos + 1)) > word_count(text)),
        float(any(map(page.meta, below))),
        float(bool(_GAPS.search(text))),
        float(bool(_CREDIT.match(text))),
        float(_alike(page, pos, range(pos + 1, pos + 1 + LIKE_REACH))),
        float(_alike(page, pos, range(max(0, pos - LIKE_REACH), pos))),
        float(in_longer),
        float(holds_other),
        float(_names(text)),
        float(page.meta(pos)),
        float(bool(_ARROW.search(_unquoted(text)))),
        math.log1p(page.teasers(near) - page.teaser(pos)),
    )


def _unquoted(text: str) -> str:
    """The text with its quotations in guillemets as plain words.

    >>> _unquoted("« Marée basse », le jeu"), _unquoted("Accueil » Actus")
    ('"Marée basse", le jeu', 'Accueil » Actus')
    """
    if "«" not in text and "‹" not in text:
        return text
    return _GUILLEMETS.sub(lambda m: f'"{m[0][1:-1].strip()}"', text)


def _teaser(page: _Page, pos: int) -> bool:
    """A title with its date or byline under it: one of a list of teasers when others stand near."""
    return _titleish(page, pos) and page.meta(pos + 1)


def _names(text: str) -> bool:
    """Whether the line is only people's names: capitalised words that are no common words."""
    parts = _NAME_GLUE.split(text)
    return all(
        _NAME.fullmatch(part) and not any(w.casefold() in _COMMON for w in part.split()) for part in parts
    )


def _echoes(page: _Page, pos: int, near: range) -> tuple[bool, bool]:
    """Whether a nearby line ends on this one (a breadcrumb or teaser ending on the headline:
    "Home › News › Headline"), and whether this one ends on a nearby line."""
    sizes, size = page.sizes, page.sizes[pos]
    in_longer = holds_other = False
    if size < 12:  # too short to be told apart from a word that ends another line
        return in_longer, holds_other
    folded = page.folded(pos)
    for p in near:
        other = sizes[p]
        if other > size:
            in_longer = in_longer or page.folded(p).endswith(folded)
        elif size > other >= 12:
            holds_other = holds_other or folded.endswith(page.folded(p))
    return in_longer, holds_other


def _alike(page: _Page, pos: int, near: range) -> bool:
    """Whether a nearby line says much the same in other words (a reworded headline)."""
    words = page.words(pos)
    if len(words) < 2:
        return False
    text, texts, need = page.texts[pos], page.texts, LIKE_SHARE * len(words)
    return any(texts[p] != text and len(words & page.words(p)) >= need for p in near if p < len(texts))


def _titleish(page: _Page, pos: int) -> bool:
    """A line that reads like a headline or a deck: a few words, not a sentence or a date."""
    text = page.text(pos)
    return 3 <= word_count_upto(text, 30) <= 30 and not text.endswith(".") and not page.meta(pos)


def _prose_words(lines: Sequence[Line], kept: set[int]) -> list[int]:
    """How many words of kept paragraphs stand above each line: an article's whole body
    stands above the teasers under it, a menu's few blurbs above the headline."""
    total, out = 0, []
    for line in lines:
        out.append(total)
        if line.index in kept and is_prose(line.text, min_words=12):
            total += word_count(line.text)
    return out


def _first_run(nonblank: Sequence[Line], at: int, kept: set[int]) -> int:
    """Where the first two paragraphs in a row stand, from the block's start on.

    Menus that survive the strippers have long lines too, but seldom two together.
    """
    prose = [
        line.index in kept and is_prose(line.text, min_words=12) for line in nonblank[at : at + RUN_REACH + 1]
    ]
    return next((at + i for i in range(len(prose) - 1) if prose[i] and prose[i + 1]), at)


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
    """Boilerplate phrases, full sentences, credits and bylines: a headline is none of them.

    >>> none = frozenset()
    >>> _never_title("Por  Lucía Ferrer", none), _never_title("The quay at dawn. © Ana Ruiz", none)
    (True, True)
    >>> _never_title("By the numbers: the storm in five charts", frozenset())
    False
    """
    if len(text) > 300 or is_prose(text) and text.endswith("."):
        return True
    if "©" in text or _BYLINE.fullmatch(text) is not None:
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
    # A reading time ("5 min read") stands under a headline as a date or byline does.
    if _BY.match(text) or LEXICON.matches("reading_time", text):
        return True
    return find_date(text) is not None


def _content_words(text: str) -> set[str]:
    return set(_LONG_WORDS.findall(text.casefold()))


def _overlap(text: str, vocabulary: set[str]) -> float:
    """The share of the line's longer words that the article's first lines use too."""
    words = _content_words(text)
    return len(words & vocabulary) / len(words) if words else 0.0


#: Trained by bench/train_title.py; read once, never changed.
_RANKER = Ranker.load("title_scorer", TITLE_FEATURES)


def best_title(found: Sequence[Candidate]) -> Candidate | None:
    """The candidate the scorer rates highest, unless even that one is unlikely."""
    return _RANKER.best(found) if _RANKER is not None else None
