"""Links to the blog's previous and next post, each on one line: "← Older title", "Newer
title →", "Previous post: Title", "Entrada anteriorAnterior Title"."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean._lexicon import LEXICON
from newsclean._lines import Drop, Line, Page, Role
from newsclean.strippers.article_end import post_title
from newsclean.strippers.teaser_links import MIN_LINK_DENSITY

__all__ = ["adjacent_posts", "adjacent_title"]

#: An arrow before the title points back, one after it points on; a calendar's "« Dec" or a
#: pager's "Older posts »" is too short to be a post's title.
_BACK_ARROWS = "←«‹"
_ON_ARROWS = "→»›"
_ARROWS = " ←→«»‹›"
_LABELS = LEXICON.alternation("adjacent_label")
#: "Previous post" run into its title, set apart by a colon or by a capital with no space;
#: themes repeat the label's last word as a visible tag ("Next PostNext Title").
_LABELLED = regex.compile(
    rf"(?i:{LEXICON.phrases['adjacent_post'].pattern})(?:\s*[:|–—-]\s*|(?=\p{{Lu}}))(?P<rest>.+)"
    rf"|[←«‹]?\s*(?i:{_LABELS})\s*:\s*(?P<rest>.+)"
)
#: A label and the title after a space, or run into it: "Précédent Pistes cyclables …",
#: "vorherigerDie besten Podcasts", as themes print the label in the link; taken only beside
#: another link to a post, as "Next Steps" opens titles.
_SPACED = regex.compile(
    rf"(?i:{LEXICON.phrases['adjacent_post'].pattern}|{_LABELS})"
    r"(?:\s+|(?<=\p{Ll})(?=\p{Lu}))(?P<rest>\p{Lu}.+)"
)
#: Labels a theme prints again, run into the title's ends: "PreviousWhen to …", "… StormsNext".
_GLUED_LABELS = regex.compile(rf"^(?i:{_LABELS})(?=\p{{Lu}})|(?<=\p{{Ll}})(?i:{_LABELS})$")
#: A label's word at either end of a marked link's text: "Next10 Best CRMsNext", "Older Post".
_EDGE_LABEL = regex.compile(rf"^(?i:{_LABELS})|(?i:{_LABELS})$")
#: A title may not open with the label's word: "« Previous Step 2 of 2" is a form's pager.
_LABEL_FIRST = regex.compile(rf"(?i:{_LABELS})\b")


def adjacent_posts(page: Page) -> Iterator[Drop]:
    """Drop the one-line links to the previous and next post; the splitter lists their titles.

    A title with an arrow after it is taken only beside one with its arrow before it or a
    label: alone, "Sign up for free →" is a button.

    >>> page = Page.of("The council voted on the budget.", "← The Snow Shovel Census, 2026 Edition",
    ...                "Book Report: Four Novels I Read on Airplanes →", "« Dec", "Read the Report →")
    >>> [(d.line, d.role.value) for d in adjacent_posts(page)]
    [(1, 'teaser-head'), (2, 'teaser-head')]
    """
    lines = list(page.nonblank())
    kinds = [found[0] if (found := _read(line.text)) else None for line in lines]
    for i, line in enumerate(lines):
        kind = kinds[i]
        beside = {kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)}
        paired = kind in (_ON, _SPACED_LABEL) and bool(beside & {_BACK, _LABEL, _SPACED_LABEL})
        if kind == _BACK or kind == _LABEL or paired:
            # a list of its own: after the comments, it is still a teaser
            yield Drop(line.index, "link to the previous or next post", Role.TEASER_HEAD)
        elif kind is None and _marked_adjacent(line):
            yield Drop(line.index, "link to the previous or next post", Role.TEASER)


_BACK, _ON, _LABEL, _SPACED_LABEL = "back", "on", "label", "spaced label"


def _marked_adjacent(line: Line) -> bool:
    """A post's linked title in an element whose class says previous or next: themes mark
    the links so ("nav-previous") and show the arrow as an icon, with no text."""
    block = line.block
    if block is None or "adjacent" not in block.hints or block.link_density < MIN_LINK_DENSITY:
        return False
    text = line.text
    return post_title(text.rstrip("?!")) and not LEXICON.keys_of(text) and _EDGE_LABEL.search(text) is None


def adjacent_title(text: str) -> str | None:
    """The post's title, if the line links to the previous or next post.

    >>> adjacent_title("Entrada anteriorAnterior Un mini PC sin ventilador para fábricas")
    'Un mini PC sin ventilador para fábricas'
    >>> adjacent_title("Next post: Ten Christmas movies, ranked by snow »")
    'Ten Christmas movies, ranked by snow'
    >>> adjacent_title("Older posts »") is None, adjacent_title("« Dec") is None
    (True, True)
    """
    found = _read(text)
    return found[1] if found else None


def _read(text: str) -> tuple[str, str] | None:
    """How the line links to another post (a label, an arrow before or after the title), and
    the post's title; None if it does not."""
    labelled = _LABELLED.fullmatch(text)
    spaced = _SPACED.fullmatch(text.strip()) if labelled is None else None
    if labelled is not None:
        kind, found = _LABEL, _without_tag(text[: labelled.start("rest")], labelled["rest"]).strip(_ARROWS)
    elif spaced is not None:
        kind, found = _SPACED_LABEL, _GLUED_LABELS.sub("", spaced["rest"])
    else:
        kind = _BACK if text.lstrip()[:1] in _BACK_ARROWS else _ON
        arrowed = _arrowed(text)
        if arrowed is None:
            return None
        found = arrowed
    title = found.strip()
    # a question is a title too: "Which Is Smarter for Your Money?"
    if (
        not post_title(title.rstrip("?!"))
        or LEXICON.keys_of(title)
        or (not labelled and _LABEL_FIRST.match(title))
    ):
        return None
    return kind, title


def _arrowed(text: str) -> str | None:
    """The text between an arrow and the line's other end, with no other arrow in it."""
    text = text.strip()
    if text[:1] in _BACK_ARROWS:
        title = text[1:]
    elif text[-1:] in _ON_ARROWS:
        title = text[:-1]
    else:
        return None
    return None if not title or any(mark in title for mark in _ARROWS.strip()) else title


def _without_tag(label: str, rest: str) -> str:
    """The title without the label's word a theme prints again before it."""
    first, _, after = rest.partition(" ")
    return after if after and first.casefold() in label.casefold().split() else rest
