"""Markdown in, lines out: each input line as a browser's ``innerText`` of it would read.

A web-to-markdown capture (r.jina.ai and the like) keeps the page's lines, so each input
line becomes one :class:`~newsclean._lines.Line` with the same index: the pipeline then
serves markdown exactly as it serves browser text, and every line stays accounted for.
Markers are taken off the text (``#``, ``>``, list bullets, emphasis, link and image
syntax, HTML tags) and what they said goes into the line's :class:`Block` instead. Lines
that show nothing in a browser but are not blank in the input (a setext underline, a code
fence, a table's delimiter row, a thematic break) keep their text and get tag "hr"; the
capture header and reference definitions get tag "meta", so a stripper can drop them
with a reason.

Choices where markdown and a browser disagree with a line-for-line reading:

* Indentation means nothing: a nested list item is a list item and an indented line is
  a paragraph, because capture tools fence their code and indent only nested lists.
* A list item shows no marker, numbered or not: ``innerText`` leaves list markers out.
* A line inside a quote is tagged "blockquote" whatever it holds; a heading or list
  marker after the ``>`` is dropped from the text all the same.
* A table row is its cells joined by tabs, as ``innerText`` joins them.
* An image on a line of its own (possibly inside a link) shows its alt text, the way
  the browser text of the same page does, without the "Image 3: " r.jina.ai puts before
  it; an image inside a paragraph shows nothing.
* Line text is stripped, as every reader's is, so a code block's lines lose their
  indentation; their markup is left as it stands.

Everything is linear in the input: one pass cuts lines into blocks, one scan per line
reads its inline markup, and every pattern's repetitions are bounded or stop at a
character the next attempt starts from, so no span is scanned twice over.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from newsclean._dates import is_date_alone
from newsclean._deadline import EVERY, Deadline, check
from newsclean._lines import Line
from newsclean._markup import MAX_KICKER_WORDS, Block, Link, Metadata
from newsclean._metadata import parse_iso_date, split_site
from newsclean._text import word_count

__all__ = ["looks_like_markdown", "read_markdown"]

# The same breaks split_lines cuts at, so that text and markdown number their lines alike.
_LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SNIFF = 65536

# --- The capture header -------------------------------------------------------------------

_HEADER_FIELD = re.compile(
    r"(Title|URL Source|Published Time|Description|Warning|Number of Pages|Markdown Content):[ \t]?(.*)"
)
_HEADER_OPENERS = frozenset({"Title", "URL Source"})

# --- Block markers ------------------------------------------------------------------------

_FENCE = re.compile(r"(`{3,})[^`]*|(~{3,}).*")
_ATX_MARKER = re.compile(r"(#{1,6})(?:[ \t]+|$)")
_QUOTE_MARKERS = re.compile(r">[> \t]*")
_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
# A GFM task list's checkbox shows as a form control, not as text.
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
_SETEXT_UNDERLINE = re.compile(r"=+|-+")
_DELIMITER_CELL = re.compile(r"[ \t]*:?-+:?[ \t]*")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
_DEFINITION = re.compile(
    r"\[([^\[\]\n]{1,999})\]:[ \t]*(?:<([^<>\n]{0,2000})>|(\S{1,2000}))"
    r"(?:[ \t]+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?[ \t]*$"
)

# --- Inline markup ------------------------------------------------------------------------

# The characters that may start inline markup; everything between them is plain text.
_INLINE_START = re.compile(r"[\\`*_~\[\]<]|!\[")
_RUNS = {"*": re.compile(r"\*+"), "_": re.compile(r"_+"), "~": re.compile(r"~+"), "`": re.compile(r"`+")}
# A destination and title never take in a "]", so each attempt stops where the next begins.
_INLINE_DESTINATION = re.compile(
    r"\([ \t]{0,40}(?:<(?P<angle>[^<>\n\]]{0,2000})>"
    r"|(?P<bare>[^\s()<>\[\]]{0,2000}(?:\([^\s()<>\[\]]{0,500}\)[^\s()<>\[\]]{0,2000})?))"
    r"(?:[ \t]{1,40}(?:\"[^\"\n\]]{0,500}\"|'[^'\n\]]{0,500}'|\([^()\n\]]{0,500}\)))?[ \t]{0,40}\)"
)
_REFERENCE_LABEL = re.compile(r"\[([^\[\]\n]{0,999})\]")
# An autolink, an e-mail autolink, an HTML tag, or the start of an HTML comment.
_ANGLE = re.compile(
    r"<(?:(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2000})>|(?P<email>[\w.+-]{1,64}@[\w.-]{1,255})>"
    r"|/?(?P<tag>[A-Za-z][A-Za-z0-9-]{0,30})(?:[ \t/][^<>\n]{0,2000})?>|!--)"
)
#: A link opened on one line closes this many lines below at most.
MAX_LINK_LINES = 8
#: The end of a link label opened lines above: "Summary](https://x.cl/g)".
_LINK_CLOSE = re.compile(r"(?P<label>[^\[\]]{1,500})\]\((?P<url>[^()\s]{1,2000})\)(?P<rest>.*)")
_LONE_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\s]*\)[ \t]*")
_HEADING_IN_LINK = re.compile(r"[ \t]*#{1,6}[ \t]+")
_CAPTURE_IMAGE_LABEL = re.compile(r"Image \d{1,6}(?::[ \t]*|$)")
_ESCAPED_PUNCTUATION = re.compile(r"\\([!-/:-@\[-`{-~])")
# Only runs that change: a single space between words is left alone, which is most of them.
_SPACE_RUN = re.compile(r"\t[ \t]*| [ \t]+")
_LABEL_LIMIT = 999
# CommonMark looks past a refused opener as far as it takes; a few steps keep the scan linear.
_PAIR_LOOKBACK = 4
# Tags that sit inside a line of text; any other tag breaks the text where it stands.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
     "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "u",
     "var", "wbr"}
)  # fmt: skip

# --- Sniffing -----------------------------------------------------------------------------

_SIGN_LINK = re.compile(r"\[[^\[\]\n]{0,500}\]\((?:https?://|/|#|mailto:|\.)")
_SIGN_TABLE_DELIMITER = re.compile(r"\|?[ \t]*:?-{3,}:?[ \t]*\|")
_SIGN_EMPHASIS = re.compile(r"(?:\*\*|__)[^\s*_][^*_\n]{0,200}(?:\*\*|__)")
#: Signs that browser text carries now and then: "# comment" lines in code samples, "> "
#: in quoted e-mail, "**" in pasted notes. Alone they never make a page markdown.
_WEAK_SIGNS = ("heading", "quote", "emphasis")
MIN_SIGNS = 3
#: Share of the non-blank lines that must carry a sign.
MIN_SIGN_SHARE = 0.05


def looks_like_markdown(text: str) -> bool:
    """Whether the page is markdown: a capture header, or enough markdown on its lines.

    >>> looks_like_markdown("Title: Rail strike\\n\\nURL Source: https://x.test/a\\n\\nMarkdown Content:\\n")
    True
    >>> looks_like_markdown("# Rail strike\\n\\n[Home](/) [News](/news)\\n\\n* [Sport](/sport)\\n")
    True
    >>> looks_like_markdown("Rail strike\\n\\n# 1 in the charts\\n\\nTrains stopped on 5 * 3 lines.")
    False
    """
    raw = _LINE_BREAK.sub("\n", text[:_SNIFF]).split("\n")
    header = raw[: _header_end(raw)]
    # Two fields, as a text page may well open with a "Title: ..." line of its own.
    if sum(1 for line in header if line.strip()) >= 2:
        return True
    counts = _signs(raw)
    signs = sum(counts.values())
    nonblank = sum(1 for line in raw if line.strip())
    if signs < MIN_SIGNS or signs < MIN_SIGN_SHARE * nonblank:
        return False
    strong = any(sign not in _WEAK_SIGNS for sign in counts)
    # Without a link, image, fence or table: headings with quotes or emphasis beside them.
    styled = counts.get("quote", 0) >= 2 or counts.get("emphasis", 0) >= 2
    return strong or ("heading" in counts and styled)


def _signs(raw: list[str]) -> dict[str, int]:
    """How many lines carry each markdown sign."""
    counts: dict[str, int] = {}
    previous = ""
    for line in raw:
        sign = _sign(line.strip(), previous)
        if sign:
            counts[sign] = counts.get(sign, 0) + 1
        previous = line.strip()
    return counts


def _sign(line: str, previous: str) -> str | None:
    """The strongest markdown sign on a line, if any."""
    if not line:
        return None
    if line.startswith("![") or ("](" in line and _SIGN_LINK.search(line)):
        return "link"
    if _FENCE.fullmatch(line):
        return "fence"
    if _SIGN_TABLE_DELIMITER.match(line):
        return "table"
    if line[0] == "#" and _ATX_MARKER.match(line) and len(line) > 2:
        return "heading"
    # Only "===": a line of dashes under text is as often a separator drawn in plain text.
    if previous and line.startswith("===") and _SETEXT_UNDERLINE.fullmatch(line):
        return "heading"
    if line.startswith("> "):
        return "quote"
    if _SIGN_EMPHASIS.search(line):
        return "emphasis"
    return None


# --- Reading ------------------------------------------------------------------------------


def read_markdown(text: str, *, deadline: Deadline | None = None) -> tuple[tuple[Line, ...], Metadata]:
    """The page's lines, one per input line, and what its capture header says of it.

    >>> lines, meta = read_markdown("Title: Vote\\n\\nMarkdown Content:\\n## The **vote** ##\\n\\n* [Hi](/)")
    >>> [(line.index, line.text, line.block.tag) for line in lines if line.block]
    [(0, 'Title: Vote', 'meta'), (2, 'Markdown Content:', 'meta'), (3, 'The vote', 'h2'), (5, 'Hi', 'li')]
    >>> lines[5].block.links, meta.title
    ((Link(text='Hi', url='/'),), 'Vote')
    """
    raw = _LINE_BREAK.sub("\n", text).split("\n")
    start = _header_end(raw)
    metadata = _metadata(raw[:start])
    parts = _blocks(raw, start, deadline)
    check(deadline, "after reading the markdown's blocks")
    references: dict[str, str] = {}
    for part in parts:
        if part.label is not None and part.url is not None:
            references.setdefault(part.label, part.url)  # the first definition of a label wins
    lines = tuple(_timed_lines(parts, references, deadline))
    return lines, metadata


def _timed_lines(parts: list[_Part], references: dict[str, str], deadline: Deadline | None) -> Iterator[Line]:
    """Each part's line, with a look at the deadline every few thousand lines."""
    for index, part in enumerate(parts):
        if deadline is not None and not index % EVERY:
            deadline.check("while reading the markdown's inline markup")
        yield _line(index, part, references)


def _header_end(raw: list[str]) -> int:
    """The index of the first line after the capture header; 0 when there is none."""
    end = 0
    for index, line in enumerate(raw):
        stripped = line.strip()
        if not stripped:
            continue
        field_ = _HEADER_FIELD.match(stripped)
        if field_ is None or (end == 0 and field_[1] not in _HEADER_OPENERS):
            break
        end = index + 1
        if field_[1] == "Markdown Content":
            break
    return end


def _metadata(header: list[str]) -> Metadata:
    fields: dict[str, str] = {}
    for line in header:
        found = _HEADER_FIELD.match(line.strip())
        if found and found[2].strip():
            fields.setdefault(found[1], found[2].strip())
    url = fields.get("URL Source")
    title, site = split_site(fields["Title"], url) if "Title" in fields else (None, None)
    stamp = fields.get("Published Time")
    return Metadata(
        headline=title,
        title=title,
        url=url,
        published=parse_iso_date(stamp) if stamp else None,
        publisher=site,
    )


# --- Blocks -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Part:
    """What the block pass made of one input line, before its inline markup is read."""

    tag: str | None
    source: str
    #: Read the source's inline markup (False: show it as it stands).
    inline: bool = True
    cells: bool = False
    #: A reference definition's label, normalised, and its address.
    label: str | None = None
    url: str | None = None
    #: A card link's first line, set apart by a line break inside the link ("[POLITICS  \n
    #: Title](url)"): its section label, not part of the title.
    kicker: str | None = None
    #: The input line was indented: in a list, a list item's text going on.
    indented: bool = False


@dataclass(slots=True)
class _BlockState:
    fence: str = ""
    table: bool = False
    previous: _Part | None = None


def _blocks(raw: list[str], start: int, deadline: Deadline | None) -> list[_Part]:
    """Each input line's block, in one pass; a setext underline retags the line above."""
    parts = [_Part("meta" if line.strip() else None, line.strip(), inline=False) for line in raw[:start]]
    state = _BlockState()
    for index in range(start, len(raw)):
        if deadline is not None and not index % EVERY:
            deadline.check("while reading the markdown's blocks")
        following = raw[index + 1].strip() if index + 1 < len(raw) else ""
        if len(parts) > index:  # the line went into the link the line above opened
            continue
        kicker = _broken_link(raw[index], following) if not state.fence else None
        beyond = raw[index + 2].strip() if index + 2 < len(raw) else ""
        if not state.fence and not following and _card_split(raw[index], beyond):
            # "[![photo](src)", "", "### Title](url)": one card link, split by a blank line
            part = _block(f"{raw[index].strip()} {beyond}", "", state)
            parts += [part, _Part(None, "", inline=False), _Part(None, "", inline=False)]
        elif not state.fence and not following and (split := _split_link(raw, index)) is not None:
            # "[### Title", "", "Summary](url)": a card link around its heading and summary
            parts += [_block(line, "", state) if line else _Part(None, "", inline=False) for line in split]
        elif kicker is not None:
            part = _block(f"{raw[index].strip()} {following}", "", state)
            part.kicker = kicker
            parts += [part, _Part(None, "", inline=False)]
        else:
            parts.append(part := _block(raw[index].strip(), following, state))
        part.indented = raw[index][:1] in " \t"
        state.previous = part
    return parts


def _card_split(line: str, closing: str) -> bool:
    """Whether the line opens a link on an image that ``closing`` closes, two lines down:
    captures print a card's photo and its title heading apart.

    >>> _card_split("[![Image 3: greens](https://x.com/g.jpg)", "### Is it safe?](https://x.com/a)")
    True
    >>> _card_split("[![Image 3: greens](https://x.com/g.jpg)](https://x.com/a)", "### Next")
    False
    """
    opened = line.rfind("[![")
    if opened < 0 or _LONE_IMAGE.fullmatch(line, opened + 1) is None:
        return False
    head = closing.split("](", 1)[0]
    return head != closing and "[" not in head


def _split_link(raw: list[str], index: int) -> list[str] | None:
    """The lines from ``index`` on, each as a link of its own to the address a line a few
    lines down closes with, when a link opened on the first holds blank lines: a card's
    heading, summary and age in one link.

    >>> _split_link(["[### Glacier trail reopens", "", "Repairs took two summers.](https://x.cl/g)"], 0)
    ['[### Glacier trail reopens](https://x.cl/g)', '', '[Repairs took two summers.](https://x.cl/g)']
    >>> _split_link(["[Read the report](https://x.cl/r)", "", "More text.](https://x.cl/g)"], 0) is None
    True
    >>> card = ["[![Image 1: bells](/b.jpg)", "", "#### Bells", "", "12. Sept. 2025](/p/b)"]
    >>> _split_link(card, 0)[-1]
    '[12. Sept. 2025](/p/b)'
    """
    line = raw[index].strip()
    if not _opens_link(line):
        return None
    inner: list[str] = []
    for k in range(index + 1, min(index + 1 + MAX_LINK_LINES, len(raw))):
        text = raw[k].strip()
        close = _LINK_CLOSE.fullmatch(text)
        if close is not None and inner:
            url = close["url"]
            labelled = [f"[{part}]({url})" if part else "" for part in inner]
            return [f"{line}]({url})", *labelled, f"[{close['label']}]({url}){close['rest']}"]
        if "[" in text or "]" in text:
            return None
        inner.append(text)
    return None


def _opens_link(line: str) -> bool:
    """Whether the line opens a link it leaves open: "[### Title", or a card's photo
    "[![photo](src)"; not an image's "![".

    >>> _opens_link("[### Glacier trail reopens"), _opens_link("[![p](/p.jpg)"), _opens_link("![p](/p.jpg)")
    (True, True, False)
    """
    if line.startswith("[![") and _LONE_IMAGE.fullmatch(line, 1) is not None:
        return True
    opened = line.rfind("[")
    if opened < 0 or "]" in line[opened:] or (opened > 0 and line[opened - 1] == "!"):
        return False
    return bool(line[opened + 1 :].strip())


def _broken_link(line: str, following: str) -> str | None:
    """The label before a line break inside a link that the next line closes: a card's
    kicker over its title ("[LINDENAU  " / "Bürgerinitiative sammelt …](url)").

    >>> _broken_link("[LINDENAU  ", "Bürgerinitiative sammelt Unterschriften](https://x.de/a)")
    'LINDENAU'
    >>> _broken_link("[Read the report](https://x.de/r)", "More text") is None
    True
    """
    opened = line.rfind("[")
    if opened < 0 or "]" in line[opened:] or "](" not in following or "[" in following.split("](")[0]:
        return None
    label = line[opened + 1 :].strip()
    return label if label and word_count(label) <= MAX_KICKER_WORDS else None


def _block(line: str, following: str, state: _BlockState) -> _Part:
    if state.fence:
        return _in_fence(line, state)
    if not line:
        state.table = False
        return _Part(None, "", inline=False)
    fence = _FENCE.fullmatch(line)
    if fence:
        state.fence = fence[1] or fence[2]
        return _Part("hr", line, inline=False)
    table = _table_row(line, following, state)
    if table is not None:
        return table
    return _leaf(line, state.previous)


def _in_fence(line: str, state: _BlockState) -> _Part:
    fence = state.fence
    if line.startswith(fence) and line == fence[0] * len(line):
        state.fence = ""
        return _Part("hr", line, inline=False)
    return _Part("pre" if line else None, line, inline=False)


def _table_row(line: str, following: str, state: _BlockState) -> _Part | None:
    """A table row or delimiter row; a row needs a delimiter below it, or a pipe to open it."""
    if "|" not in line:
        state.table = False
        return None
    if _is_delimiter_row(line):
        state.table = True
        return _Part("hr", line, inline=False)
    if state.table or line.startswith("|") or _is_delimiter_row(following):
        return _Part("td", line, cells=True)
    return None


def _is_delimiter_row(line: str) -> bool:
    """Whether the line is a table's ``|---|:--:|`` row.

    >>> _is_delimiter_row("| --- | :-: |"), _is_delimiter_row("| a | - |"), _is_delimiter_row("---")
    (True, False, False)
    """
    if "|" not in line or "-" not in line:
        return False
    cells = _table_cells(line)
    return bool(cells) and all(_DELIMITER_CELL.fullmatch(cell) for cell in cells)


def _table_cells(line: str) -> list[str]:
    inner = line[1:] if line.startswith("|") else line
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return _CELL_BORDER.split(inner)


def _leaf(line: str, previous: _Part | None) -> _Part:
    """A line outside fences and tables: heading, break, quote, list item, definition, text."""
    if previous is not None and previous.tag == "p" and _SETEXT_UNDERLINE.fullmatch(line):
        previous.tag = "h1" if line[0] == "=" else "h2"
        return _Part("hr", line, inline=False)
    if _is_thematic(line):
        return _Part("hr", line, inline=False)
    first = line[0]
    if first == "#":
        heading = _heading(line)
        if heading is not None:
            return heading
    quoted = _QUOTE_MARKERS.match(line)
    if quoted is not None:
        return _Part("blockquote", _unmarked(line[quoted.end() :]))
    item = _LIST_MARKER.match(line)
    if item is not None and line[0].isdigit() and is_date_alone(line):
        item = None  # "12. Dezember 2025": a date the day opens, as German and Polish print it
    if item is not None and not _continues_paragraph(line, item.end(), previous):
        rest = line[item.end() :]
        box = _TASK_BOX.match(rest)
        return _Part("li", rest[box.end() :] if box else rest)
    if first == "[":
        definition = _DEFINITION.match(line)
        if definition is not None:
            url = definition[2] if definition[2] is not None else definition[3]
            return _Part("meta", line, inline=False, label=_label(definition[1]), url=url)
    return _Part("p", line)


def _continues_paragraph(line: str, end: int, previous: _Part | None) -> bool:
    """Whether a line that opens like a list item is the paragraph above going on.

    CommonMark lets only a bullet or a "1." with text after it interrupt a paragraph, so a
    wrapped sentence whose next line starts "2024. The year…" or "-" stays one paragraph.

    >>> paragraph = _Part("p", "It began in")
    >>> _continues_paragraph("2024. The year", 5, paragraph), _continues_paragraph("1. First", 3, paragraph)
    (True, False)
    """
    if previous is None or previous.tag != "p" or previous.indented:  # "2." after an item's indented line
        return False
    marker = line[:end].strip()
    return not line[end:].strip() or (marker[0].isdigit() and marker[:-1].lstrip("0") != "1")


def _heading(line: str) -> _Part | None:
    marker = _ATX_MARKER.match(line)
    if marker is None:
        return None
    content = line[marker.end() :]
    closed = content.rstrip("#")
    # A closing run of "#" counts only after a space ("C#" keeps its sign).
    if closed != content and (not closed or closed[-1] in " \t"):
        content = closed
    return _Part(f"h{len(marker[1])}", content.strip())


def _unmarked(content: str) -> str:
    """A quoted line's text without the heading or list marker it may start with."""
    for marker in (_ATX_MARKER, _LIST_MARKER):
        found = marker.match(content)
        if found is not None:
            return content[found.end() :]
    return content


def _is_thematic(line: str) -> bool:
    """Whether the line is a thematic break: three or more of one of ``-*_``, spaces between.

    >>> _is_thematic("* * *"), _is_thematic("___"), _is_thematic("--"), _is_thematic("-*-")
    (True, True, False, False)
    """
    compact = line.replace(" ", "").replace("\t", "")
    return len(compact) >= 3 and compact[0] in "-*_" and not compact.strip(compact[0])


def _label(text: str) -> str:
    """A reference label as references match it: case and runs of space do not count."""
    return _SPACE_RUN.sub(" ", text.strip()).casefold()


# --- Lines --------------------------------------------------------------------------------


def _line(index: int, part: _Part, references: dict[str, str]) -> Line:
    if part.tag is None:
        return Line(index, "")
    if not part.inline:
        return Line(index, part.source, Block(part.tag))
    if part.cells:
        shown = [_read_inline(cell.replace("\\|", "|"), references) for cell in _table_cells(part.source)]
        text = "\t".join(cell.text for cell in shown).strip()
        links = tuple(link for cell in shown for link in cell.links)
        return Line(index, text, Block("td", link_density=_density(text, links), links=links))
    read = _read_inline(part.source, references)
    tag = "img" if read.image_only else part.tag
    links = read.links
    if part.kicker is not None:
        links = tuple(
            Link(link.text, link.url, part.kicker) if link.text.startswith(part.kicker + " ") else link
            for link in links
        )
    return Line(index, read.text, Block(tag, link_density=_density(read.text, links), links=links))


def _read_inline(source: str, references: dict[str, str]) -> _Read:
    if not source:
        return _Read("", (), False)
    if _INLINE_START.search(source) is None:  # most lines of prose: no markup to read
        return _Read(_collapse(html.unescape(source) if "&" in source else source), (), False)
    return _Inline(source, references).read()


def _density(text: str, links: tuple[Link, ...]) -> float:
    if not text:
        return 0.0
    return min(1.0, sum(len(link.text) for link in links) / len(text))


# --- Inline markup ------------------------------------------------------------------------


@dataclass(slots=True)
class _Delimiter:
    """A run of ``*``, ``_`` or ``~`` that may open or close emphasis."""

    piece: int
    char: str
    count: int
    can_open: bool
    can_close: bool
    remaining: int


#: An open bracket: its piece, whether it opens an image, and where its text starts in the
#: source (for a shortcut reference's label). A plain tuple, as a line may open a million.
_Bracket = tuple[int, bool, int]


@dataclass(slots=True)
class _Read:
    text: str
    links: tuple[Link, ...]
    image_only: bool


@dataclass(slots=True)
class _Inline:
    """One line's inline markup read in a single left-to-right scan.

    Emphasis is matched as each closing run is met, against the nearest opener of its
    kind that CommonMark lets it pair with (looking only a few openers down); link text
    is closed off from the emphasis around it. Each delimiter and bracket enters and
    leaves its stack once, and each backtick run is looked up once, so the scan stays
    linear.
    """

    source: str
    references: dict[str, str]
    pieces: list[str] = field(default_factory=list)
    delimiters: list[_Delimiter] = field(default_factory=list)
    openers: dict[str, list[_Delimiter]] = field(default_factory=lambda: {"*": [], "_": [], "~": []})
    brackets: list[_Bracket] = field(default_factory=list)
    links: list[tuple[int, int, str | None]] = field(default_factory=list)
    images: list[tuple[int, int]] = field(default_factory=list)
    ticks: dict[int, list[int]] | None = None
    tick_seen: dict[int, int] = field(default_factory=dict)
    comment_unclosed: bool = False
    #: Where the last "[" or "]" stood: a label with a bracket inside is no label.
    last_bracket: int = -1

    def read(self) -> _Read:
        source, pos = self.source, 0
        while True:
            found = _INLINE_START.search(source, pos)
            if found is None:
                self.plain(source[pos:])
                break
            start = found.start()
            if start > pos:
                self.plain(source[pos:start])
            pos = self.markup(start)
        return self.finish()

    def plain(self, text: str) -> None:
        if text:
            self.pieces.append(html.unescape(text) if "&" in text else text)

    def markup(self, pos: int) -> int:
        """Read the markup starting at ``pos``; return where the scan goes on."""
        char = self.source[pos]
        if char == "\\":
            return self.escape(pos)
        if char == "`":
            return self.code(pos)
        if char in "*_~":
            return self.delimiter(pos, char)
        if char == "[" or char == "!":
            start = pos + 2 if char == "!" else pos + 1
            self.brackets.append((len(self.pieces), char == "!", start))
            self.pieces.append(self.source[pos:start])
            self.last_bracket = start - 1
            return start
        if char == "]":
            end = self.close_bracket(pos)
            self.last_bracket = pos
            return end
        return self.angle(pos)

    def escape(self, pos: int) -> int:
        following = self.source[pos + 1 : pos + 2]
        if not following:  # a hard line break: the line ends here anyway
            return pos + 1
        if _ESCAPED_PUNCTUATION.match(self.source, pos):
            self.pieces.append(following)
            return pos + 2
        self.pieces.append("\\")
        return pos + 1

    def code(self, pos: int) -> int:
        """A code span: shown as it stands, but for one space of padding at each end."""
        count = _run_length("`", self.source, pos)
        end = self.closing_ticks(pos + count, count)
        if end is None:
            self.pieces.append("`" * count)
            return pos + count
        content = self.source[pos + count : end]
        if len(content) > 1 and content[0] == content[-1] == " " and content.strip():
            content = content[1:-1]
        self.pieces.append(content)
        return end + count

    def closing_ticks(self, after: int, count: int) -> int | None:
        """Where the next run of exactly ``count`` backticks at or after ``after`` starts."""
        if self.ticks is None:
            self.ticks = {}
            for run in _RUNS["`"].finditer(self.source):
                self.ticks.setdefault(len(run.group()), []).append(run.start())
        runs = self.ticks.get(count, [])
        # The scan only moves forward, so runs passed once are never looked at again.
        seen = self.tick_seen.get(count, 0)
        while seen < len(runs) and runs[seen] < after:
            seen += 1
        self.tick_seen[count] = seen
        return runs[seen] if seen < len(runs) else None

    def delimiter(self, pos: int, char: str) -> int:
        count = _run_length(char, self.source, pos)
        end = pos + count
        before = self.source[pos - 1] if pos else " "
        after = self.source[end] if end < len(self.source) else " "
        can_open, can_close = _flanks(char, before, after)
        if char == "~" and count > 2:
            can_open = can_close = False
        delimiter = _Delimiter(len(self.pieces), char, count, can_open, can_close, count)
        self.delimiters.append(delimiter)
        self.pieces.append("")
        if can_close and self.openers[char]:
            self.match(delimiter)
        if delimiter.remaining and can_open:
            self.openers[char].append(delimiter)
        return end

    def match(self, closer: _Delimiter) -> None:
        stack = self.openers[closer.char]
        # Emphasis inside an open bracket cannot close over it: the bracket may be a link.
        floor = self.brackets[-1][0] if self.brackets else -1
        while closer.remaining:
            opener = self.pairable(stack, closer, floor)
            if opener is None:
                break
            used = min(opener.remaining, closer.remaining)
            opener.remaining -= used
            closer.remaining -= used
            self.drop_openers_after(opener.piece)
            if not opener.remaining:
                stack.pop()

    @staticmethod
    def pairable(stack: list[_Delimiter], closer: _Delimiter, floor: int) -> _Delimiter | None:
        """The nearest opener the closer may pair with, looking a bounded way down the stack."""
        for depth in range(1, min(len(stack), _PAIR_LOOKBACK) + 1):
            opener = stack[-depth]
            if opener.piece <= floor:
                return None
            if _may_pair(opener, closer):
                # The openers above it are inside the pair now, and show as text.
                del stack[len(stack) - depth + 1 :]
                return opener
        return None

    def drop_openers_after(self, piece: int) -> None:
        """Openers between a matched pair can no longer open anything: they show as text."""
        for stack in self.openers.values():
            while stack and stack[-1].piece > piece:
                stack.pop()

    def close_bracket(self, pos: int) -> int:
        if not self.brackets:
            self.pieces.append("]")
            return pos + 1
        piece, image, start = self.brackets.pop()
        target = self.destination(pos, start)
        if target is None:
            self.pieces.append("]")
            return pos + 1
        address, end = target
        url = address or None  # "[text]()" links to nowhere
        self.pieces[piece] = ""
        self.drop_openers_after(piece)
        if image:
            self.images.append((piece, len(self.pieces)))
            self.unlabel(piece + 1)
        else:
            self.links.append((piece, len(self.pieces), url))
            # No link inside a link: the brackets still open are text.
            self.brackets.clear()
        return end

    def destination(self, pos: int, start: int) -> tuple[str, int] | None:
        """The address of ``[text]`` closing at ``pos`` and where its markup ends, if it is a link."""
        source, after = self.source, pos + 1
        if source.startswith("(", after):
            inline = _INLINE_DESTINATION.match(source, after)
            if inline is not None:
                url = inline["angle"] if inline["angle"] is not None else inline["bare"]
                url = _ESCAPED_PUNCTUATION.sub(r"\1", url) if "\\" in url else url
                return url, inline.end()
        if not self.references:
            return None
        # Taking the label only when no bracket lies inside keeps the slices apart (linear).
        own = source[start:pos] if start > self.last_bracket else None
        if own is not None and len(own) > _LABEL_LIMIT:
            own = None
        if source.startswith("[", after):
            label = _REFERENCE_LABEL.match(source, after)
            if label is not None:
                key = _label(label[1]) if label[1].strip() else (_label(own) if own else None)
                url = self.references.get(key) if key else None
                return (url, label.end()) if url is not None else None
        url = self.references.get(_label(own)) if own else None
        return (url, after) if url is not None else None

    def unlabel(self, alt: int) -> None:
        """Take off the "Image 3: " that r.jina.ai sets before every alt text it writes."""
        if alt < len(self.pieces):
            label = _CAPTURE_IMAGE_LABEL.match(self.pieces[alt])
            if label is not None:
                self.pieces[alt] = self.pieces[alt][label.end() :]

    def angle(self, pos: int) -> int:
        """An autolink, an HTML comment or tag, or a plain "<"."""
        source = self.source
        found = _ANGLE.match(source, pos)
        if found is None:
            self.pieces.append("<")
            return pos + 1
        if found["tag"] is not None:
            self.pieces.append("" if found["tag"].lower() in _INLINE_TAGS else " ")
            return found.end()
        if found["url"] is not None or found["email"] is not None:
            url = found["url"] or "mailto:" + found["email"]
            self.links.append((len(self.pieces), len(self.pieces) + 1, url))
            self.pieces.append(found["url"] or found["email"])
            return found.end()
        end = -1 if self.comment_unclosed else source.find("-->", pos + 4)
        if end >= 0:
            return end + 3
        # Not closed on this line, so no later "<!--" on it is either.
        self.comment_unclosed = True
        self.pieces.append("<")
        return pos + 1

    def finish(self) -> _Read:
        pieces = self.pieces
        for delimiter in self.delimiters:
            pieces[delimiter.piece] = delimiter.char * delimiter.remaining
        shown = pieces
        if self.images:
            hidden = _covered(len(pieces), self.images)
            kept = [piece if not covered else "" for piece, covered in zip(pieces, hidden, strict=True)]
            image_only = not "".join(kept).strip()
            shown = pieces if image_only else kept
        else:
            image_only = False
        for start, end, _ in self.links:
            _drop_heading_marker(shown, start, end)
        links = tuple(Link(_collapse("".join(shown[start:end])), url) for start, end, url in self.links)
        return _Read(_collapse("".join(shown)), links, image_only)


def _drop_heading_marker(pieces: list[str], start: int, end: int) -> None:
    """Take the "### " off a card's link text: captures write a heading inside its link.

    >>> pieces = ["", " ", "### Pier reopens", ""]
    >>> _drop_heading_marker(pieces, 0, 4); pieces[2]
    'Pier reopens'
    """
    for index in range(start, end):
        if pieces[index].strip():
            marker = _HEADING_IN_LINK.match(pieces[index])
            if marker is not None:
                pieces[index] = pieces[index][marker.end() :]
            return


def _run_length(char: str, source: str, pos: int) -> int:
    run = _RUNS[char].match(source, pos)
    return run.end() - pos if run is not None else 0


def _flanks(char: str, before: str, after: str) -> tuple[bool, bool]:
    """Whether a delimiter run between these characters may open and may close emphasis.

    >>> _flanks("*", "5", "3"), _flanks("*", " ", " "), _flanks("_", "e", "c"), _flanks("_", " ", "i")
    ((True, True), (False, False), (False, False), (True, False))
    """
    after_space, before_space = after.isspace(), before.isspace()
    after_mark, before_mark = _is_punctuation(after), _is_punctuation(before)
    left = not after_space and (not after_mark or before_space or before_mark)
    right = not before_space and (not before_mark or after_space or after_mark)
    if char == "_":
        # An underscore inside a word (snake_case) is part of the word.
        return left and (not right or before_mark), right and (not left or after_mark)
    return left, right


def _is_punctuation(char: str) -> bool:
    if char < "\x80":
        return char in _ASCII_PUNCTUATION
    return unicodedata.category(char)[0] in "PS"


_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _may_pair(opener: _Delimiter, closer: _Delimiter) -> bool:
    if closer.char == "~":
        return opener.count == closer.count
    # CommonMark's rule of three: "*a**b*" is one emphasis, not two.
    either = opener.can_close or closer.can_open
    total = opener.count + closer.count
    return not (either and total % 3 == 0 and (opener.count % 3 or closer.count % 3))


def _covered(size: int, spans: list[tuple[int, int]]) -> list[bool]:
    """Which of ``size`` pieces lie in any of the (possibly nested) spans, in linear time."""
    depth = [0] * (size + 1)
    for start, end in spans:
        depth[start] += 1
        depth[end] -= 1
    covered, level = [], 0
    for step in depth[:size]:
        level += step
        covered.append(level > 0)
    return covered


def _collapse(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()
