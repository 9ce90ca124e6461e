"""What a page's markup says of its article: JSON-LD, OpenGraph and other meta tags.

The document is walked once for the few elements that carry metadata; everything else
reads what that walk collected. JSON-LD in the wild is often broken (trailing commas,
HTML comments, CDATA wrappers, several objects run together), so it is read tolerantly
and whatever still cannot be read is skipped: nothing here raises on a bad page.

>>> import lxml.html
>>> root = lxml.html.document_fromstring(
...     '<html lang="en-GB"><head><title>Rain at last | The Courier</title>'
...     '<meta property="og:site_name" content="The Courier"></head><body></body></html>'
... )
>>> read_metadata(root).title, read_metadata(root).language
('Rain at last', 'en')
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from newsclean._dates import find_date
from newsclean._html import in_teaser
from newsclean._markup import Metadata

__all__ = ["names_site", "parse_iso_date", "read_metadata", "split_site"]

#: The JSON-LD types of an article, and the one taken only when no article is given.
_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
     "OpinionNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "TechArticle", "Report"}
)  # fmt: skip
_LAST_RESORT_TYPE = "WebPage"
#: Scripts longer than this are cut: a page embedding megabytes of JSON-LD is no article's.
_MAX_JSON_LD_CHARS = 1_000_000
#: How many JSON-LD objects are looked at, over all scripts.
_MAX_JSON_LD_NODES = 5_000
#: Longer texts are not names or dates; reading a big element stops about there.
_MAX_NAME_CHARS = 200
#: Titles longer than this, or with more separators, are not cut: they are no page title.
_MAX_TITLE_CHARS = 1_000
_MAX_TITLE_SEPARATORS = 12
#: How many short end segments a title may lose when no site name is known (" | Section | Site").
_MAX_SHORT_ENDS_CUT = 2
_MAX_AUTHOR_CHARS = 100
#: A page naming more authors than this in one place names no one in particular.
_MAX_AUTHORS_READ = 50
#: Only short texts are searched for a written date ("Feb 08, 2022").
_MAX_WRITTEN_DATE_CHARS = 40
#: A JSON-LD headline this long may have been cut short by an SEO plugin.
_CUT_HEADLINE_CHARS = 90

#: The meta names, lower case, that may date the article, best first after
#: ``article:published_time``; ``datepublished`` is the microdata ``itemprop``.
_PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "og:publish_date",
    "date", "pubdate", "publish-date", "publish_date", "publishdate", "parsely-pub-date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "sailthru.date", "datepublished", "cxenseparse:publishtime", "citation_publication_date",
    "citation_date", "published-date", "published_date", "date_published", "publication_date",
    "article.published", "article_date_original", "originalpublicationdate",
)  # fmt: skip
_UPDATED_KEYS = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "og:modified_time",
    "datemodified", "dcterms.modified", "dc.date.modified", "last-modified",
)  # fmt: skip
#: Meta names that may name the author, after ``author`` and ``article:author``.
_AUTHOR_KEYS = (
    "author", "article:author", "og:author", "parsely-author", "sailthru.author", "dc.creator",
    "dcterms.creator", "cxenseparse:author", "citation_author",
)  # fmt: skip
#: Words that make a comma-separated part of a byline a job, not a second name.
_ROLE_WORDS = frozenset(
    {"editor", "editors", "writer", "reporter", "correspondent", "contributor", "columnist", "staff",
     "team", "desk", "educator", "director", "manager", "founder", "ceo", "senior", "chief", "associate",
     "assistant", "photographer", "producer", "analyst", "expert", "specialist", "consultant", "author",
     "journalist", "news", "master", "professor", "dr.", "md", "phd", "president", "officer", "lead"}
)  # fmt: skip
#: Words that join two surnames or mark a lower case name part ("Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "ter"}
)

# Every pattern below is a flat sequence of bounded or single-class repeats, so a match
# costs time linear in the text.
_ISO_DATE = re.compile(
    r"(?P<year>\d{4})(?P<sep>[-/.]?)(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?:[T ]\s*(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?"
    r"\s*(?P<zone>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_COMPACT_DATE = re.compile(r"\d{8}\Z")
_RFC_2822_HINT = re.compile(r"[A-Za-z]{3}")
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|\-\u2013\u2014\u00b7\u00bb\u2022]|::)\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_WHITE_SPACE = re.compile(r"\s+")
_BY_PREFIX = re.compile(r"(?:(?:(?:written|posted|words|story)\s+)?by\b\s*:?|authors?\s*:)\s*", re.IGNORECASE)
#: A template's unfilled key, not a name: "{{author}}", "page.head.extra.author".
_PLACEHOLDER = re.compile(r"\{\{|\}\}|[._]author\Z", re.IGNORECASE)
#: "Roy, Aniruddha": how citation meta tags write a name, surname first.
_SURNAME_FIRST = re.compile(
    r"(?P<last>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?), (?P<first>[^\W\d_][\w'’. -]{0,40})"
)
#: Who revised or checked the article is not its author.
_NOT_AUTHOR_PREFIX = re.compile(
    r"(?:updated|reviewed|edited|fact[- ]checked|medically reviewed)\s+by\b", re.IGNORECASE
)
_NAME_JOINER = re.compile(r"\s+(?:and|und|et|y|e)\s+|\s*[,&;]\s*")
_LANGUAGE_CODE = re.compile(r"([a-z]{2})(?:[-_]|\Z)")
_LOCALE_CODE = re.compile(r"([A-Za-z]{2})[-_]([A-Za-z]{2})(?:[-_.;]|\Z)")
_JSON_COMMENT_MARK = re.compile(r"<!--|-->")
_CDATA_MARK = re.compile(r"(?://[ \t]*)?(?:<!\[CDATA\[|\]\]>)")
_TRAILING_COMMA = re.compile(r",(?=\s*[}\]])")
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BETWEEN_JSON_VALUES = re.compile(r"[\s;,]*")
_NAME_PUNCTUATION = ' ,;:|-\u2013\u2014\u00b7\u2022"\u201c\u201d'
_SECOND_LEVEL_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})


@dataclass(frozen=True, slots=True)
class _Page:
    """What the one walk over the document found, in page order (filled in place by it)."""

    #: Meta ``content`` values by lower case ``property``/``name``/``itemprop``; microdata
    #: ``datePublished``/``dateModified`` elements are read into it too.
    metas: dict[str, list[str]] = field(default_factory=dict)
    json_ld: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    canonicals: list[str] = field(default_factory=list)
    #: ``<time datetime>`` values: all of them, and those marked as the publication or update.
    times: list[str] = field(default_factory=list)
    published_times: list[str] = field(default_factory=list)
    modified_times: list[str] = field(default_factory=list)
    #: Microdata ``itemprop="author"`` names, and the text of ``rel="author"`` links.
    microdata_authors: list[str] = field(default_factory=list)
    author_links: list[str] = field(default_factory=list)

    def meta(self, key: str) -> str | None:
        values = self.metas.get(key)
        return values[0] if values else None


@dataclass(frozen=True, slots=True)
class _LinkedData:
    """The fields read from the article's JSON-LD node."""

    headline: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None
    language: str | None = None


def read_metadata(root: etree._Element) -> Metadata:
    """Read what the markup of a parsed page says of its article; never raises on bad markup.

    ``root`` is the document element as lxml's HTML parser makes it, plain or ``lxml.html``.
    """
    page = _scan(root)
    ld = _read_linked_data(page.json_ld)
    url = _clean(_first(page.canonicals)) or _clean(page.meta("og:url")) or ld.url
    site_name = _clean(page.meta("og:site_name"))
    sites = _site_keys((site_name, ld.publisher, _clean(page.meta("application-name"))), url)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return Metadata(
        headline=_headline(page, ld, sites),
        title=_title(_first(page.titles), sites, guess=True),
        published=_first_date(_published_texts(page, ld)),
        updated=_first_date(_updated_texts(page, ld)),
        authors=ld.authors or _markup_authors(page),
        publisher=ld.publisher or site_name,
        site_name=site_name or _clean(page.meta("application-name")),
        url=url,
        language=_language(lang, page.meta("og:locale"), page.meta("content-language"), ld.language),
        locale=_locale(lang, page.meta("og:locale"), page.meta("content-language"), ld.language),
    )


def _headline(page: _Page, ld: _LinkedData, sites: frozenset[str]) -> str | None:
    social = _title(page.meta("og:title") or page.meta("twitter:title"), sites, guess=True)
    headline = _title(ld.headline, sites, guess=False)
    if headline is None:
        return social
    # SEO plugins cut a long JSON-LD headline (Yoast at 110 characters); OpenGraph has it all.
    if social and len(headline) >= _CUT_HEADLINE_CHARS and social.startswith(headline):
        return social
    return headline


def _first(values: Sequence[str]) -> str | None:
    return values[0] if values else None


# --- the walk -------------------------------------------------------------------------------

#: The elements, besides those :func:`_scan` iterates over, that say something of the
#: article: author links and microdata. An XPath step walks the tree in C, which costs less
#: than visiting every anchor in Python, or testing every element in one XPath predicate.
#: (A compiled XPath holds a lock while it runs, so threads may share it.)
_LINKS_AND_MICRODATA = etree.XPath("descendant::a[@rel]|descendant::*[@itemprop]")
_MICRODATA_NAME = etree.XPath("descendant::*[@itemprop='name'][1]")


def _scan(root: etree._Element) -> _Page:
    page = _Page()
    for el in root.iter("meta", "script", "link", "time", "title"):
        tag = el.tag
        if tag == "meta":
            _take_meta(el, page.metas)
        elif tag == "script":
            _take_script(el, page)
        elif tag == "link":
            _take_link(el, page)
        elif tag == "time":
            _take_time(el, page)
        elif not page.titles and not any(True for _ in el.iterancestors("svg")):
            page.titles.append(_text_of(el))
    found = _LINKS_AND_MICRODATA(root)
    for item in found if isinstance(found, list) else ():
        if isinstance(item, etree._Element) and item.tag != "meta":
            if item.tag == "a":
                _take_link(item, page)
            if item.get("itemprop"):
                _take_microdata(item, page)
    return page


def _take_meta(el: etree._Element, metas: dict[str, list[str]]) -> None:
    content = el.get("content")
    if content is None or not content.strip():
        return
    # A tag may say the same under several attributes; register it once under each.
    for attr in ("property", "name", "itemprop", "http-equiv"):
        key = el.get(attr)
        if key:
            metas.setdefault(key.strip().lower(), []).append(content)


def _take_script(el: etree._Element, page: _Page) -> None:
    if (el.get("type") or "").strip().lower().startswith("application/ld+json") and el.text:
        page.json_ld.append(el.text[:_MAX_JSON_LD_CHARS])


def _take_link(el: etree._Element, page: _Page) -> None:
    rel = (el.get("rel") or "").lower().split()
    href = el.get("href")
    if el.tag == "link" and "canonical" in rel and href:
        page.canonicals.append(href)
    elif el.tag == "a" and "author" in rel:
        page.author_links.append(_text_of(el, _MAX_NAME_CHARS))


def _take_time(el: etree._Element, page: _Page) -> None:
    stamp = el.get("datetime")
    if not stamp:
        return
    page.times.append(stamp)
    prop = (el.get("itemprop") or "").lower().split()
    if "datepublished" in prop or el.get("pubdate") is not None:
        page.published_times.append(stamp)
    elif "datemodified" in prop:
        page.modified_times.append(stamp)


def _take_microdata(el: etree._Element, page: _Page) -> None:
    prop = (el.get("itemprop") or "").lower().split()
    if ("author" in prop or "creator" in prop) and not in_teaser(el):
        # A Person item names itself in an itemprop="name" inside; a plain one is its text.
        named = _MICRODATA_NAME(el) if el.get("itemscope") is not None else None
        source = named[0] if isinstance(named, list) and named else el
        if isinstance(source, etree._Element):
            page.microdata_authors.append(source.get("content") or _text_of(source, _MAX_NAME_CHARS))
    for key in ("datepublished", "datemodified"):
        if key in prop and el.tag != "time":
            value = el.get("content") or el.get("datetime") or _text_of(el, _MAX_NAME_CHARS)
            page.metas.setdefault(key, []).append(value)


def _text_of(el: etree._Element, limit: int | None = None) -> str:
    # Plain lxml elements have no text_content(); the caller's parser makes plain ones.
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        if isinstance(piece, str):
            pieces.append(piece)
            size += len(piece)
            if limit is not None and size > limit:
                break
    return "".join(pieces)


# --- JSON-LD --------------------------------------------------------------------------------


def _read_linked_data(scripts: Sequence[str]) -> _LinkedData:
    nodes = list(_json_ld_nodes(value for text in scripts for value in _json_values(text)))
    if not nodes:
        return _LinkedData()
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    article = _pick_article(nodes)
    if article is None:
        return _LinkedData()
    authors = _names(article.get("author") or article.get("creator"), by_id)
    publisher = _names(article.get("publisher"), by_id)
    return _LinkedData(
        headline=_clean(_first_str(article.get("headline"))) or _clean(_first_str(article.get("name"))),
        published=_first_str(article.get("datePublished")),
        updated=_first_str(article.get("dateModified")),
        authors=_clean_authors(authors),
        publisher=_clean(publisher[0]) if publisher else None,
        url=_node_url(article),
        language=_first_str(article.get("inLanguage")),
    )


def _json_values(text: str) -> list[Any]:
    """The JSON values in a script, read as well as a broken script allows.

    >>> _json_values('<!-- {"a": [1, 2,],} --> {"b": 3}')
    [{'a': [1, 2]}, {'b': 3}]
    """
    try:
        return [json.loads(text, strict=False)]
    except (ValueError, RecursionError):
        pass
    text = _JSON_COMMENT_MARK.sub(" ", text)
    text = _CDATA_MARK.sub(" ", text)
    text = _CONTROL_CHAR.sub(" ", _TRAILING_COMMA.sub("", text))
    # Several objects may run together; take them one by one and stop at the first bad one.
    decoder = json.JSONDecoder(strict=False)
    values = []
    pos = _skip_between_values(text, 0)
    while pos < len(text):
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        values.append(value)
        pos = _skip_between_values(text, pos)
    return values


def _skip_between_values(text: str, pos: int) -> int:
    match = _BETWEEN_JSON_VALUES.match(text, pos)
    return match.end() if match else pos


def _json_ld_nodes(values: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """The objects at the top of the scripts, in their ``@graph`` and their ``mainEntity``."""
    stack = list(values)[::-1]
    seen = 0
    while stack and seen < _MAX_JSON_LD_NODES:
        seen += 1
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            yield value
            stack.extend(v for v in (value.get("mainEntity"), value.get("@graph")) if v)


def _pick_article(nodes: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The first article with a headline, else the first article, else the first WebPage."""
    best: dict[str, Any] | None = None
    best_rank = 0
    for node in nodes:
        types = _types(node)
        rank = 0
        if types & _ARTICLE_TYPES:
            rank = 3 if node.get("headline") or node.get("name") else 2
        elif _LAST_RESORT_TYPE in types:
            rank = 1
        if rank > best_rank:
            best, best_rank = node, rank
    return best


def _types(node: Mapping[str, Any]) -> frozenset[str]:
    """The node's ``@type`` names, without a vocabulary prefix ("schema:", "https://schema.org/")."""
    value = node.get("@type")
    names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return frozenset(n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str))


def _names(value: Any, by_id: Mapping[str, dict[str, Any]]) -> list[str]:
    """The names in an ``author`` or ``publisher`` value: strings, objects, ``@id`` references."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items[:_MAX_AUTHORS_READ]:
        if isinstance(item, dict):
            ref = item.get("@id")
            if "name" not in item and isinstance(ref, str) and ref in by_id:
                item = by_id[ref]
            name = _first_str(item.get("name"))
            if name is None and isinstance(item.get("familyName"), str):
                name = f"{_first_str(item.get('givenName')) or ''} {item['familyName']}"
            if name:
                names.append(name)
        elif isinstance(item, str):
            names.append(item)
    return names


def _node_url(node: Mapping[str, Any]) -> str | None:
    page = node.get("mainEntityOfPage")
    if isinstance(page, dict):
        page = page.get("@id") or page.get("url")
    for value in (page, node.get("url")):
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            # "https://site/story#webpage" is the page's @id: the address is before the "#".
            return value.split("#", 1)[0].strip()
    return None


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value if isinstance(value, str) else None


# --- titles ---------------------------------------------------------------------------------


def _title(text: str | None, sites: frozenset[str], *, guess: bool) -> str | None:
    """A cleaned title or headline with the site's name cut off; None when nothing is left."""
    title = _clean(text)
    if title is None:
        return None
    # A title quoted whole ('"What is Git?"') is the title.
    if len(title) > 2 and title[0] in '"\u201c' and title[-1] in '"\u201d' and '"' not in title[1:-1]:
        title = title[1:-1].strip()
    return _cut_site(title, sites, guess=guess) or None


def _site_keys(names: Iterable[str | None], url: str | None) -> frozenset[str]:
    """The keys (:func:`_key`) a title segment naming the site may have."""
    keys: set[str] = set()
    for name in names:
        if name:
            # "Site - Its motto": the site may go by its first segment alone.
            keys.update((_key(name), _key(_TITLE_SEPARATOR.split(name, maxsplit=1)[0])))
    host = _host(url)
    if host:
        keys.add(_key(host))
        labels = host.split(".")
        if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL_LABELS and len(labels[-1]) == 2:
            keys.add(labels[-3])
        elif len(labels) >= 2:
            keys.add(labels[-2])
    keys |= {k.removeprefix("the") for k in keys}
    keys.discard("")
    return frozenset(keys)


def _host(url: str | None) -> str | None:
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _key(text: str) -> str:
    """Text as it is compared with a site's name: lower case letters and digits only.

    Accents go, as an address has none: "La Voz del Mediterráneo" is lavozdelmediterraneo.es.

    >>> _key("The New-York Times.com"), _key("Mediterráneo")
    ('thenewyorktimescom', 'mediterraneo')
    """
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", text.lower()))


def _cut_site(title: str, sites: frozenset[str], *, guess: bool) -> str:
    """The title without the segments naming the site; with ``guess``, without a short end.

    >>> _cut_site("Rain at last - Courier | Local news", frozenset({"courier"}), guess=False)
    'Rain at last'
    >>> _cut_site("Rain at last | Weather | The Courier", frozenset({"thecourier"}), guess=True)
    'Rain at last'
    """
    if len(title) > _MAX_TITLE_CHARS:
        return title
    cut = _cut_named_site(title, sites)
    if not guess:
        return cut
    # Once the site is cut off, what may still trail is a section (" | Opinion"), never a
    # site that would lead the title.
    return _cut_short_end(cut, tail_only=cut != title)


def _segments(title: str) -> tuple[list[int], list[int]]:
    """Where the title's segments between separators start and end."""
    seps = list(itertools.islice(_TITLE_SEPARATOR.finditer(title), _MAX_TITLE_SEPARATORS))
    return [0] + [sep.end() for sep in seps], [sep.start() for sep in seps] + [len(title)]


def _cut_named_site(title: str, sites: frozenset[str]) -> str:
    starts, ends = _segments(title)
    # The site's name, which may hold a separator itself ("Site - Motto"), ends the title
    # or follows its first segment ("Headline - Site | Section"); else it may begin it.
    for i in range(1, len(starts)):
        if any(_names_site(title[starts[i] : ends[j]], sites) for j in range(i, len(ends))):
            return title[: ends[i - 1]].strip()
    for j in range(len(ends) - 2, -1, -1):
        if _names_site(title[: ends[j]], sites):
            return title[starts[j + 1] :].strip()
    return title


def _cut_short_end(title: str, *, tail_only: bool = False) -> str:
    """The title without a short end segment, which is most often the site's or a section's.

    The shorter end goes when it has at most four words and what is kept is longer.

    >>> _cut_short_end("Courier :: Rain at last")
    'Rain at last'
    >>> _cut_short_end("Rain at last - Weather - Courier")
    'Rain at last'
    """
    for _ in range(_MAX_SHORT_ENDS_CUT):
        starts, ends = _segments(title)
        if len(starts) < 2:
            return title
        first, rest = title[: ends[0]], title[starts[1] :]
        head, last = title[: ends[-2]], title[starts[-1] :]
        segment, kept = (last, head) if len(last) <= len(first) or tail_only else (first, rest)
        if len(segment.split()) > 4 or len(kept) <= len(segment):
            return title
        title = kept.strip()
    return title


def split_site(title: str, url: str | None) -> tuple[str, str | None]:
    """The title without the site's name, and that name, when the address tells the site.

    For markup that gives only a title and an address, as a markdown capture does.

    >>> split_site("Flood defences hold | The Veldham Herald", "https://www.veldhamherald.example/news/1")
    ('Flood defences hold', 'The Veldham Herald')
    >>> split_site("Flood defences hold | Weather", "https://www.veldhamherald.example/news/1")
    ('Flood defences hold | Weather', None)
    """
    cut = _cut_named_site(title, _site_keys((), url))
    if cut == title:
        return title, None
    site = (title[len(cut) :] if title.startswith(cut) else title[: len(title) - len(cut)]).strip()
    site = _TITLE_SEPARATOR.sub(" ", f" {site} ").strip(" |-\u2013\u2014\u00b7\u00bb:")
    return cut, site or None


def names_site(text: str, meta: Metadata) -> bool:
    """Whether the text is the site's own name, as the markup or the address gives it."""
    names = (meta.site_name, meta.publisher)
    return bool(text) and _names_site(text, _site_keys(names, meta.url), exact=True)


def _names_site(segment: str, sites: frozenset[str], *, exact: bool = False) -> bool:
    key = _key(segment)
    if key in sites or key.removeprefix("the") in sites:
        return True
    if exact:
        return False
    # "Site.com", "Site News": the segment begins with a site name that is long enough to tell.
    return any(len(site) >= 5 and key.startswith(site) and len(key) <= 2 * len(site) for site in sites)


# --- dates ----------------------------------------------------------------------------------


def _published_texts(page: _Page, ld: _LinkedData) -> Iterator[str | None]:
    yield ld.published
    yield from (page.meta(key) for key in _PUBLISHED_KEYS)
    yield from page.published_times
    yield _first(page.times)


def _updated_texts(page: _Page, ld: _LinkedData) -> Iterator[str | None]:
    yield ld.updated
    yield from (page.meta(key) for key in _UPDATED_KEYS)
    yield from page.modified_times


def _first_date(texts: Iterable[str | None]) -> dt.date | dt.datetime | None:
    """The first text that reads as a date: ISO or RFC 2822, else a plain written one."""
    for text in texts:
        if not text:
            continue
        value = parse_iso_date(text)
        if value is None and len(text) <= _MAX_WRITTEN_DATE_CHARS:
            # "Feb 08, 2022" in a JSON-LD datePublished; a day and month that may be either
            # way round ("02/08/2022") are not taken.
            hit = find_date(text)
            value = hit.value if hit is not None and not hit.ambiguous else None
        if value is not None and _plausible(value):
            return value
    return None


def parse_iso_date(text: str) -> dt.date | dt.datetime | None:
    """A date from ISO 8601 and its common variants, or from RFC 2822.

    A date is returned when no time is given, or when the time has no zone (a zone is never
    guessed); an aware datetime when it has one. Years before 1990 or more than a year
    ahead are taken for mistakes.

    >>> parse_iso_date("2025-04-16T14:32:00.000+0200")
    datetime.datetime(2025, 4, 16, 14, 32, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
    >>> parse_iso_date("2025-04-16 14:32:00"), parse_iso_date("Wed, 16 Apr 2025 14:32:00 GMT")
    (datetime.date(2025, 4, 16), datetime.datetime(2025, 4, 16, 14, 32, tzinfo=datetime.timezone.utc))
    >>> parse_iso_date("1970-01-01") is None
    True
    """
    text = text.strip()[:100]
    match = _ISO_DATE.match(text)
    if match is not None and (match["sep"] or _COMPACT_DATE.match(text)):
        value = _from_iso_match(match)
    elif _RFC_2822_HINT.search(text):
        value = _from_rfc_2822(text)
    else:
        value = None
    return value if value is not None and _plausible(value) else None


def _from_iso_match(match: re.Match[str]) -> dt.date | dt.datetime | None:
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    zone = _zone(match["zone"])
    if match["hour"] is None or zone is None:
        return day
    fraction = (match["fraction"] or "0")[:6].ljust(6, "0")
    try:
        clock = dt.time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0), int(fraction))
    except ValueError:
        return day
    return dt.datetime.combine(day, clock, tzinfo=zone)


def _zone(text: str | None) -> dt.timezone | None:
    if not text:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    try:
        return dt.timezone(dt.timedelta(minutes=-minutes if text[0] == "-" else minutes))
    except ValueError:
        return None


def _from_rfc_2822(text: str) -> dt.date | dt.datetime | None:
    try:
        value = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return value if value.tzinfo is not None else value.date()


def _plausible(value: dt.date) -> bool:
    day = value.date() if isinstance(value, dt.datetime) else value
    return 1990 <= day.year and day <= dt.date.today() + dt.timedelta(days=366)


# --- authors, language, text ----------------------------------------------------------------


def _markup_authors(page: _Page) -> tuple[str, ...]:
    """The authors the meta tags name, else the microdata, else the ``rel="author"`` links."""
    for key in _AUTHOR_KEYS:
        authors = _clean_authors(page.metas.get(key, ()))
        if authors:
            return tuple(_first_name_first(a) for a in authors) if key == "citation_author" else authors
    return _clean_authors(page.microdata_authors) or _clean_authors(page.author_links)


def _clean_authors(names: Iterable[str]) -> tuple[str, ...]:
    """Author names without "By", addresses and repeats; "A and B" split when both are names.

    >>> _clean_authors(["By Jane Doe and John Smith", "jane doe", "https://x.com/jd", ", Reuters"])
    ('Jane Doe', 'John Smith', 'Reuters')
    """
    out: dict[str, str] = {}
    for raw in itertools.islice(names, _MAX_AUTHORS_READ):
        name = _clean_author(raw)
        for part in _split_names(name) if name else ():
            out.setdefault(part.casefold(), part)
    return tuple(out.values())


def _clean_author(raw: str) -> str | None:
    name = _clean(raw) or ""
    if _NOT_AUTHOR_PREFIX.match(name):
        return None
    by = _BY_PREFIX.match(name)
    name = (name[by.end() :] if by else name).strip(_NAME_PUNCTUATION)
    if not name or len(name) > _MAX_AUTHOR_CHARS or not any(c.isalpha() for c in name):
        return None
    if _PLACEHOLDER.search(name):
        return None
    return None if "://" in name or name.startswith(("www.", "/")) else name


def _first_name_first(name: str) -> str:
    """
    >>> _first_name_first("Roy, Aniruddha"), _first_name_first("Jane Doe")
    ('Aniruddha Roy', 'Jane Doe')
    """
    m = _SURNAME_FIRST.fullmatch(name)
    return f"{m['first']} {m['last']}" if m else name


def _split_names(name: str) -> list[str]:
    parts = [p for p in _NAME_JOINER.split(name) if p]
    if len(parts) > 1 and all(_looks_like_name(p) for p in parts):
        return parts
    return [name]


def _looks_like_name(text: str) -> bool:
    """Two to four capitalised words, with lower case particles between them.

    >>> _looks_like_name("Ludwig van Beethoven"), _looks_like_name("Garden Educator")
    (True, False)
    """
    words = text.split()
    if any(w.casefold() in _ROLE_WORDS for w in words):
        return False
    capitalised = [w for w in words if w[0].isupper()]
    if not 2 <= len(capitalised) <= 4:
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLES for w in words)


def _language(*texts: str | None) -> str | None:
    """The two-letter code of the first text that starts with one.

    >>> _language("x-default", "fr_FR")
    'fr'
    """
    for text in texts:
        match = _LANGUAGE_CODE.match(text.strip().lower()) if text else None
        if match:
            return match[1]
    return None


def _locale(*texts: str | None) -> str | None:
    """The first language code that names a region, written as BCP 47 writes it.

    >>> _locale("en", "en_GB"), _locale("de")
    ('en-GB', None)
    """
    for text in texts:
        match = _LOCALE_CODE.match(text.strip()) if text else None
        if match:
            return f"{match[1].lower()}-{match[2].upper()}"
    return None


def _clean(text: str | None) -> str | None:
    """Text with entities unescaped and white space collapsed; None when nothing is left."""
    if not text:
        return None
    text = html.unescape(text)
    if "&" in text:  # escaped twice, as JSON-LD often is ("&amp;#8217;")
        text = html.unescape(text)
    return _WHITE_SPACE.sub(" ", text).strip() or None
