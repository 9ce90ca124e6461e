"""From what the caller captured to one clean str, or a typed error that says what to do."""

from __future__ import annotations

import codecs

import regex

__all__ = ["to_text"]

# How much of a byte string to look at when judging whether it is text at all.
_SNIFF = 65536
_CONTROL = bytes(sorted(frozenset(range(32)) - {9, 10, 12, 13, 27}))
# Binary formats put many NUL and control bytes early; text pages almost none.
MAX_CONTROL_SHARE = 0.02
# Characters a browser or scraper leaves in text that carry no content.
_INVISIBLE = regex.compile(r"[\x00\u200b\u200c\u200d\u2060\ufeff]+")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def to_text(raw: object) -> str:
    """The page as a str with no lone surrogates; raise InputError when there is no page.

    >>> to_text(b"\\xef\\xbb\\xbfRussia Today")
    'Russia Today'
    >>> to_text("  ")
    Traceback (most recent call last):
    ...
    newsclean._exceptions.EmptyInputError: the page is empty or only white space; ...
    """
    from newsclean._exceptions import EmptyInputError, InputTypeError

    if isinstance(raw, (bytes, bytearray, memoryview)):
        text = _decode(bytes(raw))
    elif isinstance(raw, str):
        text = _without_surrogates(raw)
    else:
        raise InputTypeError(
            f"clean() takes the page as str or bytes, not {type(raw).__name__}; "
            "pass the text, HTML or markdown your scraper captured"
        )
    text = _INVISIBLE.sub("", text)
    if not text.strip():
        raise EmptyInputError(
            "the page is empty or only white space; check that the scraper captured the page "
            "before calling clean()"
        )
    return text


def _decode(data: bytes) -> str:
    from newsclean._exceptions import NotTextError

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    head = data[:_SNIFF]
    control = len(head) - len(head.translate(None, _CONTROL))
    if head and control / len(head) > MAX_CONTROL_SHARE:
        raise NotTextError(
            "these bytes look binary (an image, PDF or archive?), not a text, HTML or markdown "
            "page; pass the page itself, or decode it first if it is compressed"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Most non-UTF-8 pages on the web are Windows-1252; undefined bytes become U+FFFD.
        return data.decode("cp1252", errors="replace")


def _without_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace").decode("utf-8")
    return text
