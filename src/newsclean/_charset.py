"""Charset names as headers and pages write them, the charset a page declares in its own head,
and a guess at the charset of a page that declares none.

Names follow what browsers do rather than what the labels literally say: a page labelled
ISO-8859-1 is read as Windows-1252, Shift_JIS as Windows-31J, GB2312 as GB18030. A label that
names no charset a browser would use gives None, so the caller can go on to its next guess.
"""

from __future__ import annotations

import codecs
import functools
import re

__all__ = [
    "DECLARATION_SNIFF",
    "DETECTOR_SNIFF",
    "charset_name",
    "declared_charset",
    "guess_charset",
    "is_wide",
]

#: How far into a page to look for a <meta> or XML charset declaration.
DECLARATION_SNIFF = 4096
#: How many bytes, from the first non-ASCII one, the charset detector is shown.
DETECTOR_SNIFF = 65536
# No real charset label is longer than this; anything longer is junk, not worth a codec lookup.
_MAX_LABEL = 40

# The value of a charset= parameter, when the caller passed a whole Content-Type value.
_CHARSET_PARAMETER = re.compile(r"charset\s*=", re.IGNORECASE)
# The first token of a label, after any quotes or spaces: "'utf-8'", "utf-8, ie=edge", "latin1;".
_LABEL_TOKEN = re.compile(r"[\s\"'`]*([^\s\"'`,;]+)")
# An x- prefix (x-sjis, x-cp1251, x-x-big5) marks the same charset as the name after it.
_X_PREFIXES = re.compile(r"^(?:x-)+")
# iso88592, a WHATWG spelling of iso-8859-2 that Python does not know.
_COMPACT_ISO_8859 = re.compile(r"^iso8859(\d{1,2})$")

# WHATWG labels that Python's codec registry does not know, after the x- prefix is dropped.
_WEB_LABELS = {
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "csisolatin9": "iso8859-15",
    "sun-eu-greek": "iso8859-7",
    "iso-8859-6-e": "iso8859-6",
    "iso-8859-6-i": "iso8859-6",
    "csiso88596e": "iso8859-6",
    "csiso88596i": "iso8859-6",
    "iso-8859-8-e": "iso8859-8",
    "iso-8859-8-i": "iso8859-8",
    "csiso88598e": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "logical": "iso8859-8",
    "visual": "iso8859-8",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "mac": "mac-roman",
    "csmacintosh": "mac-roman",
    "mac-ukrainian": "mac-cyrillic",
    "dos-874": "cp874",
    "windows-874": "cp874",
    "windows-31j": "cp932",
    "csgb2312": "gb18030",
    "gb-2312": "gb18030",
    "gb-2312-80": "gb18030",
    "cn-big5": "big5hkscs",
    "cseucpkdfmtjapanese": "euc-jp",
    "cseuckr": "cp949",
    "csksc56011987": "cp949",
    "iso-ir-149": "cp949",
    "ks-c-5601-1989": "cp949",
    "ksc-5601": "cp949",
    "windows-949": "cp949",
    "unicode": "utf-16-le",
    "unicodefeff": "utf-16-le",
    "csunicode": "utf-16-le",
    "ucs-2": "utf-16-le",
    "iso-10646-ucs-2": "utf-16-le",
    "unicodefffe": "utf-16-be",
}
# Where browsers decode with a superset of the charset the label names (by Python codec name);
# pages labelled with the narrower one routinely use the extra characters.
_BROWSER_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    # The WHATWG utf-16 label means little-endian; Python's would follow the machine.
    "utf-16": "utf-16-le",
    "utf-32": "utf-32-le",
}
# Codecs Python can decode with that browsers refuse (UTF-7 and the ISO-2022 variants browsers
# treat as unsafe) or that are not charsets at all.
_NOT_WEB_CHARSETS = frozenset({"utf-7", "hz", "iso2022_kr", "unicode-escape", "raw-unicode-escape", "idna"})
_WIDE = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})
# Every narrow charset a page can declare reads ASCII markup as ASCII; EBCDIC and the bytes-to-
# bytes codecs (base64, zlib, rot13) do not.
_ASCII_PROBE = b'<meta charset="x"> AZ az 09'

# A <meta> tag's attributes, up to the next tag; [^<>] keeps each byte in at most one attempt.
_META_TAG = re.compile(rb"<meta(?=[\s/])([^<>]{0,1024})", re.IGNORECASE)
# charset=... in a meta tag's charset attribute or in its http-equiv content value.
_META_CHARSET = re.compile(rb"(?<![\w-])charset\s*=[\s\"']*([^\s\"'<>;,/]+)", re.IGNORECASE)
# An XML declaration at the very start of the page, up to its end.
_XML_DECLARATION = re.compile(rb"\s{0,64}<\?xml\s([^<>]{0,256})")
_XML_ENCODING = re.compile(rb"encoding\s*=[\s\"']*([^\s\"'<>?]+)")
_NON_ASCII_BYTE = re.compile(rb"[\x80-\xff]")
_ASCII_CONTEXT = 256
# Bytes that are never inside a character in any charset the detector picks (trail bytes are
# 0x40 and up, and GB18030's four-byte digits 0x30-0x39), so cutting after one splits none.
_CHARACTER_BOUNDARIES = (b"\n", b" ", b"<", b">")
# Legacy CJK and single-byte text forms valid UTF-8 sequences by chance at most about once per
# two bad bytes; a UTF-8 page with a few stray bytes has many valid sequences per bad one.
_UTF8_VALID_PER_INVALID = 4
# The charsets the detector may pick, roughly from most to least common on the web; ties go to
# the earlier one. Without the list it also weighs DOS and Mac code pages, and on short text one
# of those can look more coherent than the real charset. Windows-1252 comes first, as it is
# what browsers default to, and charset-normalizer would otherwise break its frequent ties with
# Windows-1250 alphabetically.
_WEB_CHARSETS = (
    "utf-8", "cp1252", "cp1251", "cp932", "gb18030", "cp949", "euc_jp", "cp1250", "iso8859-2",
    "cp1256", "iso8859-15", "big5hkscs", "cp1254", "cp874", "cp1253", "iso8859-7", "cp1255",
    "iso8859-8", "koi8-r", "cp1257", "iso8859-13", "iso8859-5", "iso8859-6", "cp1258", "koi8-u",
)  # fmt: skip
_RANK = {codec: rank for rank, codec in enumerate(_WEB_CHARSETS)}
# charset-normalizer's chaos and coherence scores closer than this are a tie: on the WCXB dev
# pages re-encoded as Windows-1252 a wider band reads more of them right, but loses short
# Turkish and EUC-JP text, which a wrong guess garbles entirely rather than a few quotes.
_NOISE = 0.02


def charset_name(label: object) -> str | None:
    """The Python codec a browser would decode a charset label with, or None for junk.

    >>> charset_name("utf-8, ie=edge"), charset_name("'UTF8'"), charset_name("iso-8859-1;")
    ('utf-8', 'utf-8', 'cp1252')
    >>> charset_name("x-sjis"), charset_name("GB2312"), charset_name("text/html; charset=koi8-r")
    ('cp932', 'gb18030', 'koi8-r')
    >>> [charset_name(junk) for junk in ("none", "x-user-defined", "base64", "utf-7", "", None)]
    [None, None, None, None, None, None]
    """
    if not isinstance(label, str):
        return None
    label = label[:200]
    parameter = _CHARSET_PARAMETER.search(label)
    if parameter:
        label = label[parameter.end() :]
    token = _LABEL_TOKEN.match(label)
    if token is None or len(token[1]) > _MAX_LABEL:
        return None
    return _codec(token[1].lower().replace("_", "-"))


def is_wide(codec: str) -> bool:
    """Whether a codec from charset_name is UTF-16 or UTF-32, which no ASCII markup can declare.

    >>> is_wide("utf-16-le"), is_wide("utf-8")
    (True, False)
    """
    return codec in _WIDE


def declared_charset(data: bytes) -> str | None:
    """The narrow charset a page's <meta> tag or XML declaration names near its start, if known.

    A declared UTF-16 or UTF-32 is ignored, as browsers do: the declaration itself was readable
    as ASCII, so the bytes are not UTF-16.

    >>> declared_charset(b'<html><head><meta charset="windows-1251"><title>')
    'cp1251'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b'<?xml version="1.0" encoding="koi8-r"?><rss>')
    'koi8-r'
    >>> declared_charset(b'<meta charset="utf-16"><meta charset="bogus">') is None
    True
    """
    head = data[:DECLARATION_SNIFF]
    for tag in _META_TAG.finditer(head):
        codec = _narrow(_META_CHARSET.search(tag[1]))
        if codec:
            return codec
    xml = _XML_DECLARATION.match(head)
    return _narrow(_XML_ENCODING.search(xml[1])) if xml else None


def guess_charset(data: bytes) -> str | None:
    """The charset undeclared bytes that are not strict UTF-8 most likely use, or None.

    Only the stretch from the line or text node that holds the first non-ASCII byte is judged,
    at most DETECTOR_SNIFF bytes of it, so a page with a long ASCII head (inline scripts, style
    sheets) is judged on its text, in time that does not grow with the page.

    >>> guess_charset("Городской совет утвердил бюджет на следующий год.".encode("cp1251"))
    'cp1251'
    >>> guess_charset("Déjà vu à Montréal, l'été dernier.".encode("utf-8") + b"\\x85")
    'utf-8'
    """
    first = _NON_ASCII_BYTE.search(data)
    if first is None:
        return None
    start = _text_start(data, first.start())
    window = _cut_at_boundary(data[start : start + DETECTOR_SNIFF], whole=len(data) - start)
    if _mostly_utf8(window):
        return "utf-8"
    return _detect(window)


def _text_start(data: bytes, first: int) -> int:
    """Where the line or text node holding the first non-ASCII byte starts, near enough.

    Everything before that byte is ASCII, so no start there splits a character. The words
    around it help the detector with short text; the markup or script before them would only
    dilute its measure of how garbled each reading is.
    """
    earliest = max(0, first - _ASCII_CONTEXT)
    return max(data.rfind(b">", earliest, first), data.rfind(b"\n", earliest, first), earliest - 1) + 1


def _cut_at_boundary(window: bytes, *, whole: int) -> bytes:
    if len(window) >= whole:
        return window
    # Cutting near the start would leave too little to judge; a split last character costs less.
    cut = max(window.rfind(boundary) for boundary in _CHARACTER_BOUNDARIES)
    return window[: cut + 1] if cut > len(window) // 2 else window


def _mostly_utf8(window: bytes) -> bool:
    text = window.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    return valid > 0 and valid >= _UTF8_VALID_PER_INVALID * invalid


def _detect(window: bytes) -> str | None:
    # Imported here: only undeclared, non-UTF-8 bytes need it, and it takes a while to import.
    from charset_normalizer import from_bytes

    matches = from_bytes(window, cp_isolation=list(_WEB_CHARSETS))
    best = matches.best()
    if best is None:
        return None
    tied = (
        match
        for match in matches
        if match.chaos <= best.chaos + _NOISE and match.coherence >= best.coherence - _NOISE
    )
    readings = {charset_name(name) for match in tied for name in match.could_be_from_charset}
    return min((codec for codec in readings if codec in _RANK), key=_RANK.__getitem__, default=None)


def _narrow(found: re.Match[bytes] | None) -> str | None:
    codec = charset_name(found[1].decode("ascii", errors="replace")) if found else None
    return None if codec is None or is_wide(codec) else codec


@functools.lru_cache(maxsize=256)
def _codec(label: str) -> str | None:
    label = _COMPACT_ISO_8859.sub(r"iso8859-\1", _X_PREFIXES.sub("", label))
    try:
        name = codecs.lookup(_WEB_LABELS.get(label, label)).name
    except (LookupError, ValueError):
        return None
    name = _BROWSER_SUPERSETS.get(name, name)
    if name in _WIDE:
        return name
    if name in _NOT_WEB_CHARSETS or not _reads_ascii(name):
        return None
    return name


def _reads_ascii(name: str) -> bool:
    try:
        return _ASCII_PROBE.decode(name) == _ASCII_PROBE.decode("ascii")
    except (LookupError, UnicodeError):
        return False
