"""What HTML and markdown add to a line, and what their metadata says of the article.

The HTML and markdown readers turn a page into the same :class:`~newsclean._lines.Line`
tuple the text path splits, so every stripper serves every kind of input. A line they
make carries a :class:`Block` with what the markup said of it; a text line carries none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["HEADINGS", "LANDMARKS", "MAX_KICKER_WORDS", "Block", "Link", "Metadata", "in_page"]

#: The sectioning elements a block may sit in, nearest first.
LANDMARKS = frozenset({"nav", "header", "footer", "aside", "figure", "form"})
#: The heading elements, as a block's tag gives them (a markdown heading's too).
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


#: A section label is a word or a few, never a title of its own.
MAX_KICKER_WORDS = 4


def in_page(url: str) -> bool:
    """Whether the address is a place on the page itself, as a table of contents links it.
    A bare "#" is a link a script follows, to anywhere.

    >>> in_page("#findings"), in_page("#"), in_page("/news/a#top")
    (True, False, False)
    """
    return url.startswith("#") and url != "#"


@dataclass(frozen=True, slots=True)
class Link:
    """A link on a line: its text and, when it has one, its address."""

    text: str
    url: str | None = None
    #: The section label the markup set apart at the start of the link's text (a card's
    #: "<span class=kicker>Politics</span> Title"): not part of the title it links.
    kicker: str | None = field(default=None, repr=False)
    #: The title the markup gives the link, when its text holds more than that title (a
    #: card's date and section around it): "<a title="Title">[ May 3 ] Title Sport</a>".
    title: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Block:
    """What the markup said of one line.

    ``tag`` is the block element the line came from ("p", "h1", "li", "td", "blockquote",
    "figcaption", "div"...). ``landmark`` is the nearest sectioning ancestor from
    :data:`LANDMARKS`, or "figcaption" for a caption. ``hints`` are the boilerplate words
    ("related", "comment", "share", "newsletter", "promo", "cookie", "byline",
    "caption"...) found in the class or id of the block or its ancestors.
    """

    tag: str
    landmark: str | None = None
    #: Share of the line's characters that sit inside links, 0.0 to 1.0.
    link_density: float = 0.0
    hints: frozenset[str] = frozenset()
    links: tuple[Link, ...] = ()
    #: The line sits inside the element that holds most of the page's prose (HTML only).
    main: bool = False
    #: The quotations the markup marks inside the line (``<q>``), without their marks.
    quotations: tuple[str, ...] = ()
    #: The address of the ``<a>`` the line's text sits in (HTML only): a card's link may
    #: hold whole blocks, each a line of its own.
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page's markup says of the article, before it is checked against the text.

    Every field is None or empty when the markup does not say. Dates are a date, or an
    aware datetime when the markup gives a time with its offset; a time is never invented.
    """

    #: JSON-LD ``headline``, else ``og:title``/``twitter:title``.
    headline: str | None = None
    #: The ``<title>`` element, with the site's name cut off (" | Site", " - Site").
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    updated: dt.date | dt.datetime | None = None
    authors: tuple[str, ...] = ()
    #: The publisher: JSON-LD ``publisher.name``, else ``og:site_name``.
    publisher: str | None = None
    #: The site's own name: ``og:site_name``, else ``application-name``.
    site_name: str | None = None
    #: The page's canonical or ``og:url`` address.
    url: str | None = None
    #: The ``<html lang>`` or ``og:locale`` language code, lower case, two letters.
    language: str | None = None
    #: The language with its region when the markup gives one ("en-US", "pt-BR"), else None.
    locale: str | None = None
