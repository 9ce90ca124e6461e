"""HTML in, lines out: the page's visible text, line for line as a browser shows it.

The DOM is walked once, without recursion (lxml caps the depth of what it builds, and a
deep page must not exhaust Python's stack). Text is laid out the way ``innerText`` lays
it out with JavaScript off: block elements break lines, a paragraph stands between blank
lines, table cells are joined by spaces, ``<br>`` breaks. Scripts, styles and elements
the markup hides never become lines. Each line carries a :class:`Block` saying what the
markup said of it, which the HTML strippers and the scorer read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import NamedTuple, cast

import regex
from lxml import etree

from newsclean._deadline import EVERY, Deadline, check
from newsclean._lines import Line
from newsclean._markup import MAX_KICKER_WORDS, Block, Link

__all__ = ["html_lines", "in_teaser", "looks_like_html", "markup_text", "parse_html"]

#: Elements whose content is never shown as text.
_INVISIBLE_TAGS = frozenset(
    {
        "script",
        "style",
        "template",
        "head",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "select",
        "textarea",
        "canvas",
        "audio",
        "video",
        "map",
        "datalist",
        "dialog",
    }
)
#: Elements that start and end a line of their own.
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    }
)
#: Block elements a browser sets between blank lines.
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure"})
_CELL_TAGS = frozenset({"td", "th"})
#: How many line breaks an element makes where it opens and closes: a paragraph stands
#: between blank lines, another block on lines of its own.
_BREAKS = {tag: 2 if tag in _PARAGRAPH_TAGS else 1 for tag in _BLOCK_TAGS} | {"br": 1}
#: Elements that do something where they open or close; the rest (b, span, em …) only hold text.
_OPENING_TAGS = frozenset(_BREAKS) | {"q", "time"}
_CLOSING_TAGS = _BLOCK_TAGS | _CELL_TAGS | {"q", "time", "a"}
_LANDMARK_TAGS = {
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "figure": "figure",
    "figcaption": "figcaption",
    "form": "form",
}
_LANDMARK_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "form",
    "menu": "nav",
    "menubar": "nav",
    "dialog": "aside",
    "alertdialog": "aside",
}
# Whole words of class and id values that say what a block is; "comments" and "comment-list"
# both say comment. Matched on the lower-cased value, so the pattern needs no case folding.
_HINT_WORDS = {
    "related": "related",
    "recommended": "related",
    "recommendations": "related",
    "more": "related",
    "popular": "related",
    "trending": "related",
    "teaser": "related",
    "teasers": "related",
    "outbrain": "related",
    "taboola": "related",
    "comment": "comment",
    "comments": "comment",
    "disqus": "comment",
    "replies": "comment",
    "reply": "comment",
    "respond": "comment",
    "share": "share",
    "sharing": "share",
    "social": "share",
    "sharebar": "share",
    "newsletter": "newsletter",
    "boletin": "newsletter",
    "infolettre": "newsletter",
    "nieuwsbrief": "newsletter",
    "signup": "newsletter",
    "subscribe": "subscribe",
    "subscription": "subscribe",
    "paywall": "subscribe",
    "promo": "promo",
    "promotion": "promo",
    "sponsored": "promo",
    "advert": "ad",
    "advertisement": "ad",
    "ad": "ad",
    "ads": "ad",
    "adslot": "ad",
    "cookie": "cookie",
    "cookies": "cookie",
    "consent": "cookie",
    "gdpr": "cookie",
    "byline": "byline",
    "author": "byline",
    "caption": "caption",
    "credit": "caption",
    "credits": "caption",
    "breadcrumb": "nav",
    "breadcrumbs": "nav",
    "menu": "nav",
    "nav": "nav",
    "navbar": "nav",
    "navigation": "nav",
    "sidebar": "aside",
    "widget": "aside",
    "footer": "footer",
    "header": "header",
    "masthead": "header",
    "tags": "tags",
    "tag": "tags",
    "topics": "tags",
    "modal": "aside",
    "pullquote": "quote",
    "blockquote": "quote",
    "popup": "aside",
    # Quote boxes, in the languages their class names come in.
    "quote": "quote",
    "zitat": "quote",
    "cita": "quote",
    "citation": "quote",
    "exergue": "quote",
    "article": "content",
    "story": "content",
    "entry": "content",
    "articlebody": "content",
    "content": "content",
    "body": "content",
    "post": "content",
    "prose": "content",
    "text": "content",
}
#: Elements that hold an article, as hints of their own.
_CONTENT_TAGS = {"article": "article", "main": "main"}
#: Elements that change what their text is, even with no attributes.
_STRUCTURAL_TAGS = _BLOCK_TAGS | _CELL_TAGS | frozenset((*_LANDMARK_TAGS, *_CONTENT_TAGS, "a", "pre"))
_HINT = re.compile(r"[a-z]+")
#: A class that marks a theme's link to the previous or next post: "nav-previous",
#: "post-next", "cs-entry__prev", "next-post"; not "next-link" or "has-next-true".
_ADJACENT_CLASS = re.compile(
    r"(?:[a-z0-9-]*[-_])?(?:nav|post|entry|article|story)[-_]+(?:prev|previous|next|older|newer)"
    r"|(?:prev|previous|next|older|newer)[-_]+(?:post|entry|article|story)s?"
    # a BEM modifier on a navigation's item: "article-navigation__item--prev"
    r"|[a-z0-9-]*nav(?:igation)?__[a-z0-9-]+--(?:prev|previous|next|older|newer)"
    r"|(?:[a-z0-9]+-)?adjacent-?posts?-(?:prev|previous|next)"
)
_ADJACENT_RELS = frozenset({"prev", "next"})
#: Class words of the element that opens a teaser's link with the teaser's section:
#: "<a><span class="kicker">Politics</span> Title</a>".
_KICKER_WORDS = frozenset(
    {
        "kicker",
        "label",
        "category",
        "section",
        "rubric",
        "rubrik",
        "rubrique",
        "ressort",
        "surtitre",
        "overline",
        "eyebrow",
        "topline",
        "dachzeile",
        "spitzmarke",
        "catchline",
        "flag",
        "tag",
    }
)
#: How many wrapper elements may stand between a card's link and its label.
KICKER_DEPTH = 2
# Text for screen readers only ("Read …", "Opens in a new window"), which a stylesheet
# clips out of sight: Bootstrap's, WordPress's and Drupal's class names for it.
# Matched on the lower-cased class value, so the pattern needs no case folding.
_SCREEN_READER_ONLY = re.compile(
    r"(?:^|[\s_-])(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|element-invisible|hidden-visually)(?:$|\s)"
)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]{0,200}>")
# Markup a text or markdown page does not open with and an HTML page nearly always has.
_HTML_SIGNS = regex.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|div|p|article|span|script|title|link)[\s>/]", regex.IGNORECASE
)
_SNIFF = 4096


class _TextOnly(HTMLParser):
    """The text of markup lxml could not build a tree of (nesting deeper than libxml2 allows).

    The standard library's parser reads events, not a tree, so any depth costs the same.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS or tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def markup_text(text: str) -> str:
    """The page's text without its markup, lines broken at block elements: the fallback
    for a document lxml makes nothing of.

    >>> markup_text("<div><div><p>Deep <b>text</b></p></div></div><script>x()</script>")
    '\\n\\n\\nDeep text\\n\\n\\n'
    """
    reader = _TextOnly()
    reader.feed(text)
    reader.close()
    return "".join(reader.parts)


def looks_like_html(text: str) -> bool:
    """Whether the page is HTML: it opens with markup a text capture does not have.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Headline\\n\\nThe council met on <Monday>.")
    False
    """
    head = text[:_SNIFF].lstrip()
    return head.startswith("<") and _HTML_SIGNS.search(head) is not None


def parse_html(text: str) -> etree._Element | None:
    """The document's root element, or None when lxml can make nothing of it."""
    declaration = _XML_DECLARATION.match(text)  # match, not sub: sub would try every position
    if declaration is not None:
        text = text[declaration.end() :]
    try:
        root = etree.fromstring(text, parser=_parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def _parser() -> etree.HTMLParser:
    """A parser for one document: lxml parsers must not be shared between threads.

    lxml's plain HTML parser, as lxml.html's element classes cost a lookup per element walked;
    no table of ids, which nothing here looks up.
    """
    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        recover=True,
        no_network=True,
        huge_tree=True,
        collect_ids=False,
    )


class _Context(NamedTuple):
    """What an element passes to the text inside it.

    A named tuple, not a frozen dataclass: one is made for most elements of the page, and
    a tuple is made several times faster.
    """

    tag: str = "div"
    landmark: str | None = None
    hints: frozenset[str] = frozenset()
    in_link: bool = False
    #: The address of the link the text is in: a card's <a> may hold whole blocks.
    href: str | None = None
    pre: bool = False
    #: Serial numbers of the block elements the text sits in, outermost first.
    path: tuple[int, ...] = ()
    #: The section label a card's link holds blocks under (see _kicker), for the lines in it.
    kicker: str | None = None


@dataclass(slots=True)
class _Layout:
    """The lines laid out so far and the one being filled (mutable, local to one call)."""

    #: Each line laid out: its text and what it needs for its Block; None for a blank line.
    lines: list[_Laid | None] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    links: list[Link] = field(default_factory=list)
    quotations: list[str] = field(default_factory=list)
    context: _Context | None = None
    breaks: int = 0

    def add(self, text: str, context: _Context) -> None:
        if context.pre and "\n" in text:
            first, *rest = text.split("\n")
            self.add(first, context)
            for part in rest:
                self.end_line(1)
                self.add(part, context)
            return
        if not text:
            return
        if self.context is None and text.strip():
            self.context = context
        self.pieces.append(text)
        if context.in_link:
            self.link_chars += len(text.strip())

    def end_line(self, breaks: int) -> None:
        if not self.pieces:
            if breaks > self.breaks:
                self.breaks = breaks
            return
        text = " ".join("".join(self.pieces).split())
        if text and self.context is not None:
            if self.lines and self.breaks >= 2:
                self.lines.append(None)
            density = min(1.0, self.link_chars / max(1, len(text) - text.count(" ")))
            href = self.context.href
            links = self.links or ([Link(text, href, self.context.kicker)] if href else [])
            quotations = tuple(self.quotations)
            self.lines.append(_Laid(text, self.context, round(density, 3), tuple(links), quotations))
            self.breaks = 0
        self.pieces, self.link_chars, self.links, self.context = [], 0, [], None
        if self.quotations:
            self.quotations = []
        self.breaks = max(self.breaks, breaks)

    def finish(self) -> tuple[Line, ...]:
        self.end_line(0)
        main = _main_element(self.lines)
        return tuple(
            Line(i, "") if laid is None else Line(i, laid.text, laid.block(main))
            for i, laid in enumerate(self.lines)
        )


class _Laid(NamedTuple):
    """A line laid out, before the article's element is known (a tuple, as _Context)."""

    text: str
    context: _Context
    link_density: float
    links: tuple[Link, ...]
    quotations: tuple[str, ...]

    def block(self, main: int | None) -> Block:
        c = self.context
        inside = main is not None and main in c.path
        links, quotations = self.links, self.quotations
        return Block(c.tag, c.landmark, self.link_density, c.hints, links, inside, quotations, c.href)


#: A line of this many words, mostly outside links, counts as prose for finding the article.
_PROSE_WORDS = 10
#: The article's element holds at least this share of the page's prose.
_MAIN_SHARE = 0.6


def _main_element(laid: list[_Laid | None]) -> int | None:
    """The deepest block element holding most of the page's prose, by serial number."""
    weight: dict[int, int] = {}
    depth: dict[int, int] = {}
    total = 0
    for entry in laid:
        if entry is None or entry.link_density > 0.5:
            continue
        words = entry.text.count(" ") + 1
        if words < _PROSE_WORDS:
            continue
        total += words
        for level, serial in enumerate(entry.context.path):
            weight[serial] = weight.get(serial, 0) + words
            depth[serial] = level
    heavy = [s for s, w in weight.items() if w >= _MAIN_SHARE * total]
    return max(heavy, key=depth.__getitem__) if heavy else None


#: A page showing fewer words of prose than this may hide its article until a script runs.
THIN_PAGE_WORDS = 150


def html_lines(root: etree._Element, *, deadline: Deadline | None = None) -> tuple[Line, ...]:
    """The visible lines of the document, blank lines between paragraphs.

    Some pages keep the article in a ``hidden`` element that their script reveals (streamed
    server rendering). When the visible text holds next to no prose, the hidden markup is
    read as well, if that gives more.
    """
    lines = _lines(root, show_hidden=False, deadline=deadline)
    shown = _prose_words(lines)
    if shown >= THIN_PAGE_WORDS:
        return lines
    revealed = _lines(root, show_hidden=True, deadline=deadline)
    return revealed if _prose_words(revealed) > 2 * shown else lines


def _prose_words(lines: tuple[Line, ...]) -> int:
    counts = (line.text.count(" ") + 1 for line in lines if line.text)
    return sum(n for n in counts if n >= _PROSE_WORDS)


def _lines(root: etree._Element, *, show_hidden: bool, deadline: Deadline | None) -> tuple[Line, ...]:
    layout = _Layout()
    stack: list[_Context] = [_Context()]
    hints: dict[str, frozenset[str]] = {}
    serials = itertools.count()
    # Markup after a stray "</html>" becomes a sibling of the root; a browser shows it too.
    for top in (root, *root.itersiblings()):
        _walk(top, layout, stack, hints, serials, show_hidden, deadline)
    check(deadline, "after walking the HTML")
    return layout.finish()


def _walk(
    top: etree._Element,
    layout: _Layout,
    stack: list[_Context],
    hints: dict[str, frozenset[str]],
    serials: Iterator[int],
    show_hidden: bool,
    deadline: Deadline | None,
) -> None:
    walker = etree.iterwalk(top, events=("start", "end"))
    for count, (event, element) in enumerate(walker):
        if deadline is not None and not count % EVERY:
            deadline.check("while walking the HTML")
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if event == "start":
            parent = stack[-1]
            if tag in _INVISIBLE_TAGS:
                walker.skip_subtree()
                stack.append(parent)
                continue
            # The attributes in one call: cheaper than the eight lookups the two below make.
            items = element.items()
            if items:
                attributes = dict(items)
                if not show_hidden and _hidden(attributes):
                    walker.skip_subtree()
                    stack.append(parent)
                    continue
                context = _enter(attributes, tag, parent, hints, serials)
            else:  # most elements: an inline one with no attributes says nothing new
                context = parent if tag not in _STRUCTURAL_TAGS else _enter({}, tag, parent, hints, serials)
            if tag == "a" and len(element) and context.href and _holds_block(element):
                context = context._replace(kicker=_kicker(element, _text_of(element)))
            stack.append(context)
            if tag in _OPENING_TAGS:
                _open(layout, tag)
            text = element.text
            if text:
                layout.add(text, context)
        else:
            stack.pop()
            if tag in _CLOSING_TAGS:
                _close(layout, element, tag)
            tail = element.tail
            if tail:
                layout.add(tail, stack[-1])


def _holds_block(link: etree._Element) -> bool:
    """Whether a link holds block elements: a card whose lines all link its story."""
    return any(child.tag in _BLOCK_TAGS for child in link)


def _open(layout: _Layout, tag: str) -> None:
    breaks = _BREAKS.get(tag)
    if breaks is not None:
        _break(layout, breaks)
    elif tag == "q":  # a browser draws <q>'s quote marks; the quote finder needs them
        layout.pieces.append("\u201c")
    elif tag == "time":  # a field of its own, even where a card glues it to the title
        layout.pieces.append(" ")


def _break(layout: _Layout, breaks: int) -> None:
    # Most block elements open or close where a line just ended: no call for them.
    if layout.pieces:
        layout.end_line(breaks)
    elif breaks > layout.breaks:
        layout.breaks = breaks


def _close(layout: _Layout, element: etree._Element, tag: str) -> None:
    if tag in _BLOCK_TAGS:
        _break(layout, _BREAKS[tag])
    elif tag in _CELL_TAGS or tag == "time":
        layout.pieces.append(" ")
    elif tag == "q":
        layout.pieces.append("\u201d")
        quotation = _text_of(element)
        if quotation:
            layout.quotations.append(quotation)
    elif tag == "a":
        text = _text_of(element)
        if text:
            layout.links.append(
                Link(text, element.get("href"), _kicker(element, text), _title_attribute(element, text))
            )


def _text_of(element: etree._Element) -> str:
    """The element's text as a browser shows it inline: white space collapsed."""
    # An HTML tree's text is str; lxml's stubs allow bytes for XML read without a codec.
    return " ".join("".join(cast("Iterator[str]", element.itertext())).split())


def _title_attribute(link: etree._Element, text: str) -> str | None:
    """The link's title attribute, when the link's text holds it and more."""
    title = link.get("title")
    if not title:
        return None
    title = " ".join(title.split())
    return title if title != text and title in text else None


def _kicker(link: etree._Element, text: str) -> str | None:
    """The section label the link opens with, in an element whose class says so."""
    if not len(link) or (link.text and link.text.strip()):
        return None
    first = link[0]
    # A card's wrapper may stand between the link and its label: <a><div><span class=tag>.
    for _ in range(KICKER_DEPTH):
        if not isinstance(first.tag, str) or not len(first) or (first.text and first.text.strip()):
            break
        if _KICKER_WORDS.intersection(_HINT.findall((first.get("class") or "").lower())):
            break
        first = first[0]
    value = first.get("class") if isinstance(first.tag, str) else None
    if not value or not _KICKER_WORDS.intersection(_HINT.findall(value.lower())):
        return None
    label = _text_of(first)
    words = label.count(" ") + 1
    return label if label and words <= MAX_KICKER_WORDS and len(text) > len(label) + 1 else None


def _enter(
    attributes: Mapping[str, str],
    tag: str,
    parent: _Context,
    seen: dict[str, frozenset[str]],
    serials: Iterator[int],
) -> _Context:
    role = attributes.get("role")
    landmark = _LANDMARK_TAGS.get(tag) or (_LANDMARK_ROLES.get(role.lower()) if role else None)
    hints = parent.hints
    names, ident = attributes.get("class"), attributes.get("id")
    if (names or ident) and tag not in ("html", "body"):
        value = f"{names or ''} {ident or ''}"
        found = seen.get(value)
        if found is None:
            found = seen[value] = _hints(value)
        if found and not found <= hints:
            hints = hints | found
    if tag == "a" and attributes.get("rel") in _ADJACENT_RELS and "adjacent" not in hints:
        hints = hints | {"adjacent"}  # <a rel="next">: the link to the next post
    marked = _CONTENT_TAGS.get(tag) or ("content" if attributes.get("itemprop") == "articleBody" else None)
    # A paragraph inside a <blockquote> is quoted too: the splitter reads it as set apart.
    marked = marked or ("quote" if tag == "blockquote" else None)
    if marked and marked not in hints:
        hints = hints | {marked}
    block = tag in _BLOCK_TAGS or tag in _CELL_TAGS
    if landmark is None and hints is parent.hints and not block and tag != "a" and tag != "pre":
        return parent
    return _Context(
        tag if block else parent.tag,
        landmark or parent.landmark,
        hints,
        parent.in_link or tag == "a",
        attributes.get("href") if tag == "a" else parent.href,
        parent.pre or tag == "pre",
        (*parent.path, next(serials)) if block else parent.path,
        parent.kicker,
    )


def _hints(value: str) -> frozenset[str]:
    """The hints in a class and id value.

    >>> sorted(_hints("post-comments related-links sharebar"))
    ['comment', 'content', 'related', 'share']

    A utility class with a variant ("prose-blockquote:pl-0", "hover:text-red") styles the
    element's descendants or states, and names nothing the element is:

    >>> sorted(_hints("prose prose-blockquote:font-display article-body"))
    ['content']

    A framework's root ("__next", "___gatsby") wraps the whole page and names nothing either:

    >>> sorted(_hints("__next nav-next"))
    ['adjacent', 'nav']
    >>> sorted(_hints("next-link has-next-true"))
    []
    """
    if ":" in value or "__" in value:
        value = " ".join(token for token in value.split() if ":" not in token and not token.startswith("__"))
    value = value.lower()
    hints = frozenset(hint for word in _HINT.findall(value) if (hint := _HINT_WORDS.get(word)))
    if ("prev" in value or "next" in value or "older" in value or "newer" in value) and any(
        _ADJACENT_CLASS.fullmatch(token) for token in value.split()
    ):
        hints |= {"adjacent"}
    return hints


def in_teaser(element: etree._Element) -> bool:
    """Whether the element sits in a box of teasers to other stories (an ``<aside>``, or an
    element whose class or id says related, recommended, more, popular…): the author a card
    there names is that story's."""
    for ancestor in element.iterancestors():
        tag = ancestor.tag
        if tag == "aside":
            return True
        value = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if isinstance(tag, str) and value != " " and "related" in _hints(value):
            return True
    return False


def _screen_reader_only(value: str) -> bool:
    """Whether a class value hides its text from sight (a quick look first: most have none)."""
    lowered = value.lower()
    if "hidden" in lowered or "only" in lowered or "reader" in lowered or "invisible" in lowered:
        return _SCREEN_READER_ONLY.search(lowered) is not None
    return False


def _hidden(attributes: Mapping[str, str]) -> bool:
    if attributes.get("hidden") is not None:
        return True
    # A pull-quote box is hidden from screen readers because it repeats the body; it is shown.
    if attributes.get("aria-hidden") == "true":
        return "quote" not in _hints(attributes.get("class") or "")
    value = attributes.get("class")
    if value is not None and _screen_reader_only(value):
        return True
    style = attributes.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None
