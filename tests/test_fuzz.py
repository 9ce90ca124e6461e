"""Property tests: whatever the page, clean() raises only NewscleanErrors, and what it gives
back comes from the page and accounts for every line of it.

The strategies make both junk (any characters, any bytes, random markup) and pages shaped
like articles (a menu, a headline, a byline, a date, paragraphs, boilerplate between them,
a footer), with every kind of line ending, stray white space and invisible characters, so
that the invariants are tried where the strippers and the splitter really work.

The references the output is held against are computed here, not by the library: what an
input line is (the line breaks clean() documents), what text a generated HTML page shows
(its text nodes outside scripts and styles, entities decoded), what a generated markdown
page shows (the plain text it was written from).
"""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from newsclean import Article, NewscleanError, clean
from newsclean._clean import read_page

#: For junk, which cleans in a millisecond or two. Derandomized: CI draws the same examples
#: every run, so a red run is a regression, not the luck of the draw (and no long shrink).
#: Explore when working on the invariants: NEWSCLEAN_FUZZ_EXPLORE=1 draws at random (then
#: pytest's --hypothesis-seed=N picks the draw) and ten times as many examples.
_EXPLORE = bool(os.environ.get("NEWSCLEAN_FUZZ_EXPLORE"))
SETTINGS = settings(
    max_examples=1000 if _EXPLORE else 100,
    deadline=None,
    database=None,
    derandomize=not _EXPLORE,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: For whole article pages, cleaned two or three times each: fewer, to keep the file fast.
PAGES = settings(SETTINGS, max_examples=350 if _EXPLORE else 35)

# --- References, computed independently of the library ----------------------------------

#: The line breaks clean() documents for text: \r\n, \r, \n, and Unicode's line separators.
_LINE_BREAK = re.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x85]")
#: Characters that carry no content and that clean() documents it drops before reading.
_INVISIBLE = re.compile(r"[\x00\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_WHITE = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _as_read(text: str) -> str:
    """The page as clean() reads it: lone surrogates replaced, invisible characters gone."""
    return _INVISIBLE.sub("", _SURROGATE.sub("\ufffd", text))


def _input_lines(text: str) -> list[str]:
    return [part.strip() for part in _LINE_BREAK.split(_as_read(text))]


def _squeezed(text: str) -> str:
    """Without any white space: body paragraphs are reflowed, so only the characters count."""
    return _WHITE.sub("", text)


def _call(raw: str | bytes, **options: object) -> Article | None:
    """clean(), or None when it refuses the page with a NewscleanError (anything else fails)."""
    try:
        return clean(raw, **options)  # type: ignore[arg-type]
    except NewscleanError:
        return None


def _assert_body_within(article: Article, shown: str) -> None:
    """Every body paragraph is text the page shows, up to white space."""
    reference = _squeezed(shown)
    for paragraph in article.body:
        assert paragraph == paragraph.strip() and paragraph
        assert _squeezed(paragraph) in reference, paragraph


def _assert_every_line_accounted(article: Article, lines: list[tuple[int, str]]) -> None:
    """Each non-blank line is in ``removed`` under its own index and text, or in the body."""
    removed = {r.line: r.text for r in article.removed}
    assert len(removed) == len(article.removed), "a line is recorded as removed twice"
    texts = dict(lines)
    for index, text in removed.items():
        assert texts.get(index) == text, (index, text)
    body = article.body
    for index, text in lines:
        if text and index not in removed:
            assert any(text in paragraph for paragraph in body), (index, text)


#: A paragraph shorter than this may be a headline, byline or dateline when it stands alone.
PROSE_WORDS = 8


def _all_prose(body: tuple[str, ...]) -> bool:
    """Whether every paragraph is a statement long enough that nothing reads it as a header field.

    The precondition of the re-cleaning property. Fed back in as a page of its own, a body
    paragraph of a few words ("0", "Straße the council."), a question ("Will the budget
    pass?"), a quotation ending in its quote mark or a line of junk is what a headline,
    byline or dateline may look like, and the first one is rightly read as such: the page
    it came from had its header above it, the body alone has none. A statement of eight
    words or more that ends with a full stop is never a headline (newsclean's rule: "a
    headline is not a paragraph"), so bodies made of those must come back whole.
    """
    return all(len(p.split()) >= PROSE_WORDS and p.endswith(".") for p in body)


def _assert_recleaning_keeps_the_body(article: Article) -> None:
    """Cleaning the clean text again keeps every paragraph, unchanged and in order."""
    if not article.body or not _all_prose(article.body):
        event("re-cleaning: not every paragraph is a statement")
        return
    event("re-cleaning: every paragraph is a statement")
    again = clean(article.text, kind="text")
    assert again.body == article.body


# --- Article-shaped parts -----------------------------------------------------------------

_WORDS = (
    "the council voted on budget Tuesday after long debate officials said mayor would "
    "not comment plan city residents water prices rise percent next year school road "
    "police report storm river bridge hospital workers strike union talks minister"
).split()
_FOREIGN = ["Straße", "über", "café", "niño", "Łódź", "Москва", "שלום", "مرحبا", "東京", "naïve", "São"]
_BOILERPLATE = [
    "Read more",
    "Share",
    "Share on Facebook",
    "Advertisement",
    "Sign up for our newsletter",
    "Comments",
    "No comments yet",
    "© 2025 Example News",
    "Download the app",
    "Related Articles",
    "Most popular",
    "Home",
    "News",
    "Sport",
    "Subscribe now",
    "Accept all cookies",
    "Follow us on X",
    "Skip to content",
    "Image: Reuters",
    "Leave a reply",
    "Tags: budget, council",
]
_NAMES = ["Anna Brekke", "John Smith", "Maria García", "Li Wei", "Olu Adeyemi", "Zoë Müller"]


@st.composite
def _word(draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(_WORDS) | st.sampled_from(_FOREIGN) | st.integers(0, 2099).map(str))
    if draw(st.integers(0, 60)) == 0:  # a zero-width character inside a word, as scrapers leave them
        cut = draw(st.integers(0, len(word)))
        word = (
            word[:cut]
            + draw(st.sampled_from(["\u200b", "\u200d", "\ufeff", "\u2060", "\u200f", "\u202c"]))
            + word[cut:]
        )
    return word


#: How sentences end: statements, questions, exclamations, quotations with and without speakers.
_ENDS = [".", ".", ".", "?", "!", ',"', '."', ".\u201d"]
_ANY_END = st.sampled_from(_ENDS)


@st.composite
def _sentence(draw: st.DrawFn, ends: st.SearchStrategy[str] = _ANY_END) -> str:
    words = draw(st.lists(_word(), min_size=4, max_size=22))
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    end = draw(ends)
    if end.endswith(("\u201d", '"')):
        text = ("\u201c" if end.endswith("\u201d") else '"') + text
    if end == ',"':
        text += end + " " + draw(st.sampled_from(_NAMES)) + " said."
    else:
        text += end
    return text


@st.composite
def _paragraph(draw: st.DrawFn) -> list[str]:
    """A paragraph's lines: one line, or hard-wrapped the way some captures wrap text."""
    sentences = draw(st.lists(_sentence(), max_size=3))
    # Most paragraphs end on a statement, as most news paragraphs do.
    last = draw(_sentence(st.sampled_from([".", ".", ".", ".", ',"', *_ENDS])))
    text = " ".join([*sentences, last])
    if draw(st.booleans()):
        return [text]
    words = text.split(" ")
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(words) - 1)), max_size=4))))
    bounds = [0, *cuts, len(words)]
    return [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if words[a:b]]


@st.composite
def _headline(draw: st.DrawFn) -> str:
    words = draw(st.lists(_word(), min_size=3, max_size=12))
    return " ".join(w[:1].upper() + w[1:] for w in words)


_BYLINE = st.sampled_from(_NAMES).map(lambda n: f"By {n}") | st.lists(
    st.sampled_from(_NAMES), min_size=2, max_size=3, unique=True
).map(lambda ns: "By " + " and ".join(ns))
_DATE_LINE = st.sampled_from(
    [
        "Published 3 March 2024",
        "March 3, 2024",
        "2024-03-03 14:05",
        "Updated 12 hours ago",
        "3 March 2024, 09:10",
    ]
)


@dataclass(frozen=True)
class _Story:
    """The parts of an article page, before they are written as text, HTML or markdown."""

    menu: tuple[str, ...]
    headline: str
    byline: str | None
    date: str | None
    #: Each paragraph's lines; boilerplate between paragraphs is a paragraph of its own here.
    blocks: tuple[tuple[str, ...], ...]
    footer: tuple[str, ...]


@st.composite
def _story(draw: st.DrawFn) -> _Story:
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=8))
    blocks: list[tuple[str, ...]] = []
    for lines in paragraphs:
        blocks.append(tuple(lines))
        if draw(st.integers(0, 4)) == 0:
            blocks.append((draw(st.sampled_from(_BOILERPLATE)),))
    return _Story(
        menu=tuple(draw(st.lists(st.sampled_from(_BOILERPLATE), max_size=5))),
        headline=draw(_headline()),
        byline=draw(st.none() | _BYLINE),
        date=draw(st.none() | _DATE_LINE),
        blocks=tuple(blocks),
        footer=tuple(draw(st.lists(st.sampled_from(_BOILERPLATE), max_size=5))),
    )


_BREAK = st.sampled_from(["\n", "\n", "\r\n", "\r", "\u2028"])
_PADDING = st.sampled_from(["", "", "", " ", "\t", "  ", "\xa0"])


@st.composite
def _text_page(draw: st.DrawFn) -> str:
    """A story as browser text: header lines, paragraphs between blank lines, any line endings."""
    story = draw(_story())
    groups: list[list[str]] = [list(story.menu), [story.headline]]
    groups.append([line for line in (story.byline, story.date) if line])
    groups += [list(block) for block in story.blocks]
    groups.append(list(story.footer))
    out: list[str] = []
    for group in groups:
        for line in group:
            out.append(draw(_PADDING) + line + draw(_PADDING) + draw(_BREAK))
        out.append(draw(_PADDING) + draw(_BREAK))
    return "".join(out)


# Any characters, line breaks and white space made likely, surrogates included.
_ANY_CHARS = st.characters(codec=None, exclude_categories=())
_JUNK_TEXT = st.text(
    st.sampled_from(["\n", "\r", "\u2028", " ", "\t", "\x00", "\u200b", "<", ">", "&", "#", "*", "["])
    | _ANY_CHARS,
    max_size=400,
)
_MIXED_TEXT = st.lists(
    _JUNK_TEXT | _text_page() | st.sampled_from(_BOILERPLATE),
    min_size=1,
    max_size=4,
).map("\n".join)


# --- Text ---------------------------------------------------------------------------------


def _check_text(raw: str) -> None:
    article = _call(raw, kind="text")
    if article is None:
        return
    lines = list(enumerate(_input_lines(raw)))
    _assert_body_within(article, "\n".join(text for _, text in lines))
    _assert_every_line_accounted(article, lines)
    _assert_recleaning_keeps_the_body(article)


@SETTINGS
@given(_JUNK_TEXT)
def test_any_text(raw: str) -> None:
    _check_text(raw)


@PAGES
@given(_text_page())
def test_article_shaped_text(raw: str) -> None:
    _check_text(raw)


@PAGES
@given(_MIXED_TEXT)
def test_articles_mixed_with_junk(raw: str) -> None:
    _check_text(raw)


@PAGES
@given(_MIXED_TEXT | _JUNK_TEXT)
def test_any_text_with_the_kind_detected(raw: str) -> None:
    """Whatever kind the page is taken for, nothing but a NewscleanError escapes."""
    article = _call(raw)
    if article is not None and article.body:
        _assert_recleaning_keeps_the_body(article)


# --- HTML ---------------------------------------------------------------------------------

_INLINE = ["b", "i", "em", "strong", "span", "a", "small", "code"]
_BLOCKS = ["div", "p", "section", "article", "blockquote", "li", "h2", "header", "footer", "nav", "aside"]
_HIDDEN_TAGS = ["script", "style", "template"]
_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "\u2019": "&#8217;",
    "é": "&eacute;",
}


@dataclass(frozen=True)
class _Html:
    """Markup and the text it shows."""

    markup: str
    shown: str


def _escaped(text: str, draw: st.DrawFn) -> str:
    """Text as HTML writes it, with entities where they must be and now and then where not."""
    out = []
    for char in text:
        entity = _ENTITIES.get(char)
        if entity and (char in "&<>" or draw(st.booleans())):
            out.append(entity)
        else:
            out.append(char)
    return "".join(out)


# Text inside HTML: anything but the C0 controls libxml2 refuses, which no browser shows either.
_HTML_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
_HTML_TEXT = st.text(_HTML_CHARS | st.sampled_from([" ", "\n", "&", "<", "é", "\u2019"]), max_size=60)


@st.composite
def _html_text(draw: st.DrawFn, text: st.SearchStrategy[str] = _HTML_TEXT) -> _Html:
    plain = draw(text)
    return _Html(_escaped(plain, draw), plain)


def _element(children: st.SearchStrategy[list[_Html]]) -> st.SearchStrategy[_Html]:
    @st.composite
    def build(draw: st.DrawFn) -> _Html:
        tag = draw(st.sampled_from(_INLINE + _BLOCKS))
        attrs = draw(
            st.sampled_from(["", ' class="related"', ' class="article-body"', ' id="comments"', ' href="/x"'])
        )
        inner = draw(children)
        return _Html(
            f"<{tag}{attrs}>{''.join(c.markup for c in inner)}</{tag}>",
            " ".join(c.shown for c in inner),
        )

    return build()


@st.composite
def _invisible(draw: st.DrawFn) -> _Html:
    tag = draw(st.sampled_from(_HIDDEN_TAGS))
    return _Html(f"<{tag}>{html.escape(draw(_HTML_TEXT))}</{tag}>", "")


_HTML_TREE = st.recursive(
    _html_text() | _invisible() | st.just(_Html("<br>", " ")),
    lambda inner: _element(st.lists(inner, max_size=5)),
    max_leaves=30,
)


@st.composite
def _junk_html(draw: st.DrawFn) -> _Html:
    parts = draw(st.lists(_HTML_TREE, min_size=1, max_size=6))
    return _Html(
        "<html><body>" + "".join(p.markup for p in parts) + "</body></html>",
        " ".join(p.shown for p in parts),
    )


@st.composite
def _html_page(draw: st.DrawFn) -> _Html:
    """A story as HTML: a menu in <nav>, the article in <article>, inline markup in paragraphs."""
    story = draw(_story())
    shown: list[str] = []

    def text(plain: str) -> str:
        shown.append(plain)
        return _escaped(plain, draw)

    def inline(plain: str) -> str:
        words = plain.split(" ")
        at = draw(st.integers(0, len(words)))
        tag = draw(st.sampled_from(_INLINE))
        if at < len(words) and draw(st.booleans()):
            words[at] = f"<{tag}>{_escaped(words[at], draw)}</{tag}>"
            shown.append(plain)
            return " ".join(_escaped(w, draw) if i != at else w for i, w in enumerate(words))
        return text(plain)

    title = f"<title>{html.escape(story.headline)} | Example News</title>"
    head = f"<head>{title}<script>var a = '<p>x</p>';</script></head>"
    menu = "".join(f"<li><a href='/{i}'>{text(item)}</a></li>" for i, item in enumerate(story.menu))
    parts = [f"<nav><ul>{menu}</ul></nav>", f"<article><h1>{text(story.headline)}</h1>"]
    if story.byline:
        parts.append(f'<p class="byline">{text(story.byline)}</p>')
    if story.date:
        parts.append(f"<time>{text(story.date)}</time>")
    for block in story.blocks:
        # Source lines wrapped inside the <p> show as one line; a <br> breaks it where it stands.
        wrap = draw(st.sampled_from(["\n", "\n", " ", "<br>"]))
        parts.append("<p>" + wrap.join(inline(line) for line in block) + "</p>")
    footer = "".join(f"<p>{text(item)}</p>" for item in story.footer)
    parts.append(f"</article><footer>{footer}</footer>")
    doctype = draw(st.sampled_from(["<!doctype html>", "", '<?xml version="1.0" encoding="utf-8"?>']))
    return _Html(f"{doctype}<html>{head}<body>{''.join(parts)}</body></html>", "\n".join(shown))


def _check_html(page: _Html) -> None:
    article = _call(page.markup, kind="html")
    if article is None:
        return
    _assert_body_within(article, _as_read(page.shown))
    lines, _, _ = read_page(_as_read(page.markup), "html")
    _assert_every_line_accounted(article, [(line.index, line.text) for line in lines])
    _assert_recleaning_keeps_the_body(article)


@SETTINGS
@given(_junk_html())
def test_any_html(page: _Html) -> None:
    _check_html(page)


@PAGES
@given(_html_page())
def test_article_shaped_html(page: _Html) -> None:
    _check_html(page)


_SOUP = st.lists(
    st.text(_ANY_CHARS, max_size=8)
    | st.sampled_from(
        ["<", ">", "</p>", "<p>", "<div>", "</div>", "&", "&#", "&amp;", "<!--", "-->", "<![CDATA[", "<br/>"]
    ),
    max_size=60,
).map("".join)


@SETTINGS
@given(_SOUP)
def test_html_made_of_anything(raw: str) -> None:
    """Tag soup that is not even well nested: only NewscleanErrors escape."""
    article = _call("<html><body>" + raw, kind="html")
    if article is not None and article.body:
        _assert_recleaning_keeps_the_body(article)


# --- Markdown -----------------------------------------------------------------------------


@st.composite
def _markdown_page(draw: st.DrawFn) -> tuple[str, str]:
    """A story as a web-to-markdown capture, and the plain text it shows."""
    story = draw(_story())
    shown: list[str] = [story.headline, *story.menu, *(x for x in (story.byline, story.date) if x)]
    lines = [f"Title: {story.headline}", "URL Source: https://example.com/a", "", "Markdown Content:"]
    lines += [f"* [{item}](/{i})" for i, item in enumerate(story.menu)]
    lines += ["", f"# {story.headline}", ""]
    lines += [x for x in (story.byline, story.date) if x]
    for block in story.blocks:
        lines.append("")
        for line in block:
            shown.append(line)
            words = line.split(" ")
            at = draw(st.integers(0, len(words) - 1))
            style = draw(st.sampled_from(["", "**{}**", "_{}_", "[{}](https://example.com/x)", "`{}`"]))
            if style and words[at] and not set(words[at]) & set("*_[]`<\\&"):
                words[at] = style.format(words[at])
            lines.append(" ".join(words))
    lines += ["", *story.footer]
    shown += story.footer
    return draw(_BREAK).join(lines), "\n".join(shown)


@PAGES
@given(_markdown_page())
def test_article_shaped_markdown(page: tuple[str, str]) -> None:
    raw, shown = page
    article = _call(raw, kind="markdown")
    assert article is not None
    _assert_body_within(article, _as_read(shown))
    lines, _, _ = read_page(_as_read(raw), "markdown")
    _assert_every_line_accounted(article, [(line.index, line.text) for line in lines])
    _assert_recleaning_keeps_the_body(article)


@PAGES
@given(_MIXED_TEXT)
def test_any_markdown(raw: str) -> None:
    article = _call(raw, kind="markdown")
    if article is None:
        return
    lines, _, _ = read_page(_as_read(raw), "markdown")
    _assert_body_within(article, "\n".join(line.text for line in lines))
    _assert_every_line_accounted(article, [(line.index, line.text) for line in lines])


# --- Bytes --------------------------------------------------------------------------------


@SETTINGS
@given(
    st.binary(max_size=600),
    st.none() | st.sampled_from(["utf-8", "utf-16", "cp1252", "x-bogus", "shift_jis"]),
)
def test_any_bytes(raw: bytes, encoding: str | None) -> None:
    article = _call(raw, encoding=encoding)
    if article is not None and article.body:
        _assert_recleaning_keeps_the_body(article)


@PAGES
@given(_text_page(), st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig", "cp1252", "iso-8859-1"]))
def test_encoded_text_reads_as_the_text(page: str, encoding: str) -> None:
    """The bytes of a page, with the charset the server declared, clean as the page does."""
    try:
        raw = page.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    assert _call(raw, encoding=encoding, kind="text") == _call(page, kind="text")


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r", "\u2028"])
def test_a_story_reads_the_same_whatever_its_line_endings(ending: str) -> None:
    lines = ["Budget passes", "", "By Anna Brekke", "", "The council voted on the budget on Tuesday night."]
    article = clean(ending.join(lines))
    assert article.headline == "Budget passes"
    assert article.body == ("The council voted on the budget on Tuesday night.",)
