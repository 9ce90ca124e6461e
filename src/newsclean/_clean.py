"""clean(): raw page in, Article out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args
from urllib.parse import urldefrag, urljoin, urlsplit

from newsclean._ages import check_now, resolve_age
from newsclean._dates import age_delta
from newsclean._deadline import Deadline, check
from newsclean._exceptions import EmptyInputError, UnknownKindError
from newsclean._html import html_lines, looks_like_html, markup_text, parse_html
from newsclean._input import to_text
from newsclean._language import detect_language
from newsclean._lines import Line, split_lines
from newsclean._markdown import looks_like_markdown, read_markdown
from newsclean._markup import Metadata, in_page
from newsclean._metadata import read_metadata
from newsclean._model import Article, Comment, Published, Quote, RelatedItem, Removal
from newsclean._pipeline import Pipeline, Removed
from newsclean._splitter import Split, split

__all__ = ["Kind", "check_kind", "clean", "detect_kind", "read_page"]

#: The kinds of page clean() reads.
Kind = Literal["text", "html", "markdown"]
_KINDS: tuple[str, ...] = get_args(Kind)
_DEFAULT_PIPELINE = Pipeline.default()


def clean(
    raw: str | bytes,
    *,
    kind: Kind | None = None,
    encoding: str | None = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
    timeout: float | None = None,
    now: dt.datetime | None = None,
) -> Article:
    """Clean one captured news page and return its Article.

    ``raw`` is the page as captured: the text a browser shows, the HTML, or a markdown
    capture, as str or bytes. ``kind`` says which, when detection should not decide.
    ``encoding`` is the charset the HTTP response declared, for bytes. ``url`` is the
    address the page was fetched from: related items' links are made absolute against it
    (or against the page's own canonical address when it is not given). ``pipeline``
    replaces the default chain of strippers; build one from ``Pipeline.default()``.
    ``timeout`` is how many seconds clean() may take before it gives up with
    :class:`CleanTimeoutError` (None, the default, sets no limit); it is checked between
    stages and inside the long loops, so a call stops soon after its time is up, though not
    in the middle of lxml's parse. ``now`` is when the page was captured, a timezone-aware
    datetime: relative ages ("20 hours ago") on the article, its related items and comments
    are resolved against it into ``published`` dates.

    Raises a subclass of :class:`NewscleanError` when there is no page to clean.

    >>> article = clean("Headline here\\n\\nA first sentence of the story, long enough to count.")
    >>> article.headline, article.body
    ('Headline here', ('A first sentence of the story, long enough to count.',))
    """
    check_kind(kind)
    deadline = Deadline.after(timeout)
    now = check_now(now)
    text = to_text(raw, encoding=encoding)
    check(deadline, "after decoding the page")
    kind = kind or detect_kind(text)
    lines, metadata, language = read_page(text, kind, deadline=deadline)
    outcome = (pipeline or _DEFAULT_PIPELINE).run(lines, language=language, deadline=deadline)
    check(deadline, "before reading the article from the kept lines")
    parts = split(outcome, metadata=metadata, language=language)
    base = url or (metadata.url if metadata is not None else None)
    audit = sorted((*outcome.removed, *parts.used), key=lambda r: r.line.index)
    return _article(parts, audit, language, _Where(base, _host(metadata, base), now))


def check_kind(kind: object) -> None:
    """Raise UnknownKindError, listing the kinds, for a ``kind=`` clean() does not read."""
    if kind is not None and kind not in _KINDS:
        raise UnknownKindError(
            f"kind={kind!r} is not a kind clean() reads; use one of {', '.join(_KINDS)}, "
            "or leave it out to detect it"
        )


def detect_kind(text: str) -> Kind:
    """Which kind of page the text is, from how it opens.

    >>> detect_kind("<!doctype html><html><body><p>Hi</p></body></html>")
    'html'
    >>> detect_kind("Title: Budget\\nURL Source: https://example.com/a\\n\\nMarkdown Content:\\n# Budget")
    'markdown'
    >>> detect_kind("Budget passes\\n\\nThe council voted on Tuesday.")
    'text'
    """
    if looks_like_html(text):
        return "html"
    if looks_like_markdown(text):
        return "markdown"
    return "text"


def read_page(
    text: str, kind: Kind, *, deadline: Deadline | None = None
) -> tuple[tuple[Line, ...], Metadata | None, str | None]:
    """The page's lines, what its markup says (None for text) and its language.

    What clean() reads before the strippers run; the training scripts read pages through it.
    """
    lines, metadata = _read(text, kind, deadline)
    check(deadline, "after reading the page")
    language = (metadata and metadata.language) or detect_language(text if kind == "text" else _joined(lines))
    return lines, metadata, language


def _read(text: str, kind: Kind, deadline: Deadline | None) -> tuple[tuple[Line, ...], Metadata | None]:
    """The page's lines, and what its markup says of the article (None for text)."""
    if kind == "markdown":
        return read_markdown(text, deadline=deadline)
    if kind == "text":
        return split_lines(text, deadline=deadline), None
    root = parse_html(text)
    check(deadline, "after parsing the HTML")
    lines = html_lines(root, deadline=deadline) if root is not None else ()
    if root is None or not any(line.text for line in lines):
        # Nesting deeper than libxml2 builds loses the text: read it without the markup.
        lines, root = split_lines(markup_text(text), deadline=deadline), None
    if not any(line.text for line in lines):
        raise EmptyInputError(
            "the HTML shows no text (a frameset, or a page its scripts fill in?); pass the page "
            "as a browser rendered it, or its text"
        )
    return lines, read_metadata(root) if root is not None else Metadata()


def _absolute(url: str | None, base: str | None) -> str | None:
    if url is None or base is None:
        return url
    try:
        return urljoin(base, url)
    except ValueError:  # a malformed address stays as the page wrote it
        return url


def _same_page(url: str | None, base: str | None) -> bool:
    """Whether the link leads to a place on the page itself (a table of contents' entry, the
    article's own link in a list of posts): the article is no item related to itself.

    >>> _same_page("#ref2", None), _same_page("https://a.org/x/#ref2", "https://a.org/x")
    (True, True)
    >>> _same_page("https://a.org/y", "https://a.org/x"), _same_page("#", "https://a.org/x")
    (False, False)
    """
    if url is None:
        return False
    if url.startswith("#"):
        return in_page(url)
    target = _absolute(url, base)
    if base is None or target is None:
        return False
    return urldefrag(target).url.rstrip("/") == urldefrag(base).url.rstrip("/")


def _joined(lines: tuple[Line, ...]) -> str:
    return "\n".join(line.text for line in lines)


def _host(metadata: Metadata | None, url: str | None) -> str | None:
    """The site that served the page: the name its markup gives, else its address's host."""
    if metadata is not None and metadata.site_name:
        return metadata.site_name
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _Where:
    """Where and when the page was captured, as far as the caller or the page says."""

    base: str | None  # the address related links are made absolute against
    host: str | None
    now: dt.datetime | None


def _reference_time(parts: Split, now: dt.datetime | None) -> dt.datetime | None:
    """When the page was captured: ``now=``, else a timed date printed beside its age.

    "Story by Jane Doe • 3h" on a page whose metadata says 07:30 was captured at 10:30.
    """
    if now is not None:
        return now
    published = parts.header.published
    age = parts.ages[0]
    if not isinstance(published, dt.datetime) or published.tzinfo is None or age is None:
        return None
    delta = age_delta(age)
    return published + delta if delta is not None else None


def _resolved(age: str | None, printed: Published | None, now: dt.datetime | None) -> Published | None:
    """The printed date, else the age resolved against the capture time, if both are known."""
    if printed is not None or age is None or now is None:
        return printed
    return resolve_age(age, now)


def _article(parts: Split, audit: list[Removed], language: str | None, where: _Where) -> Article:
    """The Article; related items' addresses are made absolute against the page's own."""
    header, (age, updated_age) = parts.header, parts.ages
    now = _reference_time(parts, where.now)
    return Article(
        language=language,
        headline=header.headline,
        source=header.source,
        host=where.host,
        published=_resolved(age, header.published, now),
        published_ambiguous=header.ambiguous,
        updated=_resolved(updated_age, header.updated, now),
        age=age,
        reference_time=now,
        authors=header.authors,
        body=parts.body,
        pull_quotes=tuple(Quote(text=text, speaker=who) for text, who in parts.quotes),
        related=tuple(
            RelatedItem(
                title=t.title,
                source=t.source,
                age=t.age,
                # Only the caller's capture time: one worked out from the article's dateline
                # and age is an estimate, and teasers' dates made from it would look surer.
                published=_resolved(t.age, t.published, where.now),
                summary=t.summary,
                url=_absolute(t.url, where.base),
            )
            for t in parts.related
            if not _same_page(t.url, where.base)
        ),
        comments=tuple(
            Comment(text=c.text, author=c.author, age=c.age, published=_resolved(c.age, None, where.now))
            for c in parts.comments
        ),
        removed=tuple(
            Removal(stripper=r.stripper, line=r.line.index, text=r.line.text, reason=r.reason) for r in audit
        ),
    )
