"""The publisher a page names in its furniture: an origin line, a copyright notice.

A text or markdown capture has no markup naming its site, yet the page says whose it is:
an aggregator prints where the story first ran ("Continue reading on The Courier"), and
nearly every footer carries a notice ("© 2025 The Courier Ltd. All rights reserved.").

A notice names a company, which may be the site's parent ("© 2025 Hearst Magazines,
Inc.") or the writer of a blog. So its name counts only when the page prints it elsewhere
too: in the masthead, a byline, a dateline, a credit. The company's legal form ("Ltd",
"GmbH & Co. KG") is dropped, and so are publishing-house words ("Verlag", "Media") when
the shorter name is the one the page prints. The label and word lists are lexicon data:
``origin_label``, ``rights_reserved``, ``company_suffix`` and ``publisher_word``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import regex

from newsclean._lexicon import LEXICON
from newsclean._lines import Line

__all__ = ["notice_publisher", "origin_publisher"]

#: A publisher's name is short; more words are a sentence.
MAX_NAME_WORDS = 6
#: A notice is one short line; a longer one is prose that mentions copyright.
MAX_NOTICE_CHARS = 300
#: How many names of notices, and how many origin lines, are weighed: each costs a read of
#: the page, and a gallery may print a credit under every photo.
MAX_NOTICES = 8
MAX_NOTICE_LINES = 40
MAX_ORIGINS = 3

_MARK = regex.compile(r"©|\(c\)|\bcopyright\b", regex.IGNORECASE)
# What may stand before the mark: nothing, a separator, or "All content" ("All content © X").
_BEFORE_MARK = regex.compile(r"(?:^|[|•·]|\s-|\bcontent)\s*$", regex.IGNORECASE)
# What the name follows: more marks, years ("2012-2025"), "by", separators. Each branch
# takes different characters, so the star cannot try a stretch two ways.
_NOTICE_LEAD = regex.compile(
    r"(?:\s|[,.:@•·|-]|©|\(c\)|copyright\b|by\b|\d{4}(?:\s*[-–]\s*\d{4})?)*", regex.IGNORECASE
)
# Where the name stops: a full stop, a separator, a photographer after a slash, the rights.
# An initial's or abbreviation's full stop ("Christopher S. Penn", "St. Mary's") is none.
_RIGHTS = LEXICON.alternation("rights_reserved")
_NAME_END = regex.compile(
    rf"(?<!(?:^|[\s.])\p{{Lu}}\p{{Ll}}?)\.(?:\s|$)|[|•·,;:(/›»→]|\s[-–—]\s|(?:^|\s)(?i:{_RIGHTS})"
)
# A notice says whose the page is with a mark and a year or the rights; "Copyright Policy" does not.
_NOTICE_SIGN = regex.compile(rf"©|\(c\)|\d{{4}}|(?i:{_RIGHTS})", regex.IGNORECASE)
_TRAILING_YEARS = regex.compile(r"\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*$")
_ORIGIN = regex.compile(rf"(?i:{LEXICON.alternation('origin_label')})\s+")
# The first letters of the origin labels: most lines start with none of them.
_ORIGIN_FIRST = frozenset(label[:1] for label in LEXICON.words["origin_label"])
_LEGAL_FORMS = frozenset(LEXICON.words["company_suffix"])
_HOUSE_WORDS = frozenset(LEXICON.words["publisher_word"])
# Articles that may open a paper's name ("The", "La"); "l'" is written on, not before.
_ARTICLES = tuple(sorted({word for word in LEXICON.words["articles"] if word.isalpha()}))


def notice_publisher(lines: Sequence[Line], *, also: Iterable[str | None] = ()) -> str | None:
    """The publisher the page's copyright notice names, when the page prints it elsewhere too.

    ``also`` are more texts of the page to look for it in, such as its title.

    >>> page = [Line(0, "The Courier"), Line(1, "Council votes."), Line(2, "© 2025 The Courier Ltd.")]
    >>> notice_publisher(page)
    'The Courier'
    >>> notice_publisher([Line(0, "Council votes."), Line(1, "© 2025 Hearst Magazines, Inc.")]) is None
    True
    """
    # From the bottom, where the footer's notice is: a page of photo credits is read no further.
    named = ((line.index, name) for line in reversed(lines) if (name := notice_name(line.text)))
    found = list(itertools.islice(named, MAX_NOTICE_LINES))[::-1]
    if not found:
        return None
    noticed = {index for index, _ in found}
    # The last line of each name (the footer's notice comes last), the last few names.
    notices = list({name: (index, name) for index, name in found}.values())[-MAX_NOTICES:]
    texts = [line.text for line in lines if line.text and line.index not in noticed]
    printed = "\n".join([*texts, *(text for text in also if text)])
    elsewhere = printed.casefold()
    best: tuple[int, int, str] | None = None
    for index, name in notices:
        for form in _forms(name):
            count = _mentions(form, elsewhere)
            if count:
                best = max(best or (0, 0, ""), (count, index, form))
                break
    if best is None or any(_key(word) in _HOUSE_WORDS for word in best[2].split()):
        return None  # "Kelsey Media": the parent company, not the site
    return _with_article(best[2], best[0], printed)


def _with_article(name: str, count: int, text: str) -> str:
    """The name with the capitalised article the page prints it with ("Gaceta Peninsular"
    of a notice is "La Gaceta Peninsular" in the masthead), when most of its mentions have one.

    >>> _with_article("Gaceta Peninsular", 2, "La Gaceta Peninsular · Lea La Gaceta Peninsular")
    'La Gaceta Peninsular'
    >>> _with_article("Valnet", 2, "the Valnet network · Valnet")
    'Valnet'
    """
    if name.split()[0].casefold() in _ARTICLES:
        return name
    for article in _ARTICLES:
        named = f"{article.capitalize()} {name}"
        if 2 * _count_words(named, text) > count:
            return named
    return name


def notice_name(text: str) -> str | None:
    """The company a copyright notice names, without its legal form.

    >>> notice_name("Copyright © 2012-2025 Oberland-Kurier Verlags GmbH • Alle Rechte vorbehalten")
    'Oberland-Kurier Verlags'
    >>> notice_name("© 2025 • The Aldridge Sentinel • Privacy Policy")
    'The Aldridge Sentinel'
    >>> notice_name("Image credit: © Depositphotos.com/AndrewLozovyi") is None
    True
    """
    if len(text) > MAX_NOTICE_CHARS or not _may_be_notice(text):
        return None
    mark = _MARK.search(text)
    if mark is None or _BEFORE_MARK.search(text[: mark.start()]) is None:
        return None
    if mark[0] != "©" and _NOTICE_SIGN.search(text, mark.end()) is None:
        return None
    rest = text[mark.end() :]
    rest = rest[_NOTICE_LEAD.match(rest).end() :]  # type: ignore[union-attr]  # a star always matches
    end = _NAME_END.search(rest)
    words = _TRAILING_YEARS.sub("", rest[: end.start()] if end else rest).split()
    while words and (_key(words[-1]) in _LEGAL_FORMS or _is_joiner(words[-1])):
        words.pop()
    return _name(words)


def _may_be_notice(text: str) -> bool:
    """A cheap look for a notice's mark, before the pattern: nearly every line has none."""
    return "©" in text or "(c)" in text or "(C)" in text or "opyright" in text or "OPYRIGHT" in text


def origin_publisher(lines: Sequence[Line]) -> str | None:
    """The publisher a line says the story first ran at, as aggregators print it.

    The name runs to the end of the line; where a date or more follows it ("… in The
    Courier on May 2"), the longest part of it the page prints elsewhere is the name.

    >>> page = [Line(0, "The Courier"), Line(1, "This story first appeared in The Courier on May 2.")]
    >>> origin_publisher(page)
    'The Courier'
    >>> origin_publisher([Line(0, "Leer la noticia original en La Gaceta ›")])
    'La Gaceta'
    """
    labelled = (
        (line, label)
        for line in lines
        if line.text[:1].casefold() in _ORIGIN_FIRST and (label := _ORIGIN.match(line.text)) is not None
    )
    for line, label in itertools.islice(labelled, MAX_ORIGINS):
        rest = line.text[label.end() :]
        end = _NAME_END.search(rest)
        words = (rest[: end.start()] if end else rest).split()
        elsewhere = "\n".join(x.text for x in lines if x.text and x.index != line.index).casefold()
        for size in range(min(len(words), MAX_NAME_WORDS), 0, -1):
            if words[size - 1].casefold() in _ARTICLES:
                continue  # "The" of "The Courier on May 2" is on every page
            if (name := _name(words[:size])) and _mentions(name, elsewhere):
                return name
        if (name := _name(_named_part(words))) and not any(c.isdigit() for c in name):
            return name
    return None


def _named_part(words: Sequence[str]) -> Sequence[str]:
    """The words up to the first lower-case one that joins no two names: "Northwind Press
    under licence" is "Northwind Press", "Le Courrier des Causses" and "Crónica de la Vega"
    (two little words may join them) stay whole.

    >>> _named_part("Northwind Press and is republished here".split())
    ['Northwind', 'Press']
    >>> _named_part("Crónica de la Vega lee el post".split())
    ['Crónica', 'de', 'la', 'Vega']
    """
    for i, word in enumerate(words):
        if not word[:1].islower():
            continue
        # A capitalised word must follow within two, and no three little words stand in a row.
        if not any(later[:1].isupper() for later in words[i + 1 : i + 3]):
            return words[:i]
        if i > 0 and words[i - 1][:1].islower() and not words[i + 1][:1].isupper():
            return words[:i]
    return words


def _forms(name: str) -> list[str]:
    """The name, then without the publishing-house words that end or open it.

    >>> _forms("Oberland-Kurier Verlags"), _forms("Ediciones Gaceta Peninsular")
    (['Oberland-Kurier Verlags', 'Oberland-Kurier'], ['Ediciones Gaceta Peninsular', 'Gaceta Peninsular'])
    """
    words = name.split()
    found = [words]
    while len(words) > 1 and _key(words[-1]) in _HOUSE_WORDS:
        words = words[:-1]
        found.append(words)
    while len(words) > 1 and _key(words[0]) in _HOUSE_WORDS:
        words = words[1:]
        found.append(words)
    # A name opens with a capital or a digit ("del Tormes" is what is left of a longer one).
    return [" ".join(w) for w in found if not w[0][:1].islower()]


def _name(words: Sequence[str]) -> str | None:
    """The words as a publisher's name, or None when they cannot be one ("Privacy Policy")."""
    if not 0 < len(words) <= MAX_NAME_WORDS or _is_joiner(words[-1]):
        return None
    name = " ".join(words)
    if not name[0].isalnum() or name[0].islower() or not any(c.isalpha() for c in name):
        return None
    return None if LEXICON.keys_of(name) else name


def _is_joiner(word: str) -> bool:
    """Whether the word joins two names ("&", "and", "und"): a name never ends in one."""
    return word == "+" or LEXICON.matches("name_joiner", word)


def _key(word: str) -> str:
    """A word as the lexicon lists legal forms: "S.A." and "Verlags-GmbH" are "sa" and "gmbh"."""
    return word.casefold().replace(".", "").rpartition("-")[2]


def _mentions(name: str, text: str) -> int:
    """How often the page's (case-folded) text prints the (case-folded) name as whole words.

    A scan with str.find, not a pattern made for each name: compiling one costs more than
    reading the whole page.

    >>> _mentions("the courier", "the courier · the couriers · (the courier)")
    2
    """
    return _count_words(name.casefold(), text)


def _count_words(name: str, text: str) -> int:
    """How often ``name`` stands in ``text`` with no letter or digit on either side."""
    count, at = 0, text.find(name)
    while at >= 0 and name:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            count += 1
        at = text.find(name, at + 1)
    return count
