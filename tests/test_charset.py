"""Bytes in any charset a news page uses come out as the text it holds (tests/cases/charsets.tsv)."""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from conftest import CASES
from newsclean import NotTextError
from newsclean._charset import charset_name, declared_charset
from newsclean._input import to_text

_RAW_BYTE = re.compile(r"(\\x[0-9a-fA-F]{2})")


class Case(NamedTuple):
    description: str
    data: bytes
    encoding: str | None
    expected: str


def _page(text: str, template: str, codec: str, bom: str) -> bytes:
    """The template with the text put in, encoded, and with any raw bytes and BOM added."""
    parts = _RAW_BYTE.split(template.replace("{text}", text))
    encoded = (bytes.fromhex(part[2:]) if _RAW_BYTE.fullmatch(part) else part.encode(codec) for part in parts)
    return (b"" if bom == "-" else bytes.fromhex(bom)) + b"".join(encoded)


def _cases() -> list[Case]:
    cases = []
    for line in (CASES / "charsets.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            description, text, template, codec, bom, encoding, expected = line.split("\t")
            cases.append(
                Case(
                    description,
                    _page(text, template, codec, bom),
                    None if encoding == "-" else encoding,
                    text if expected == "=" else expected,
                )
            )
    return cases


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case.description)
def test_bytes_decode_to_their_text(case: Case) -> None:
    assert case.expected in to_text(case.data, encoding=case.encoding)


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("utf-8", "utf-8"),
        ("UTF8", "utf-8"),
        ("  'utf-8'  ", "utf-8"),
        ('"UTF-8"', "utf-8"),
        ("utf-8, ie=edge", "utf-8"),
        ("iso-8859-1;", "cp1252"),
        ("latin1", "cp1252"),
        ("US-ASCII", "cp1252"),
        ("x-sjis", "cp932"),
        ("Shift_JIS", "cp932"),
        ("gb2312", "gb18030"),
        ("x-gbk", "gb18030"),
        ("euc-kr", "cp949"),
        ("big5", "big5hkscs"),
        ("iso88592", "iso8859-2"),
        ("x-cp1251", "cp1251"),
        ("windows-874", "cp874"),
        ("text/html; charset=KOI8-R", "koi8-r"),
        ("utf-16", "utf-16-le"),
        ("unicodeFFFE", "utf-16-be"),
    ],
)
def test_charset_name_maps_labels_as_browsers_do(label: str, codec: str) -> None:
    assert charset_name(label) == codec


@pytest.mark.parametrize(
    "label",
    [
        "",
        "   ",
        "none",
        "bogus-charset",
        "x-user-defined",
        "utf-7",
        "base64",
        "rot13",
        "cp037",
        "a" * 500,
        ";",
    ],
)
def test_charset_name_refuses_junk(label: str) -> None:
    assert charset_name(label) is None


def test_a_declaration_past_the_first_4_kb_is_not_read() -> None:
    page = b"<html><head>" + b"<!-- padding -->" * 300 + b'<meta charset="koi8-r">'
    assert declared_charset(page) is None
    assert declared_charset(page[-40:]) == "koi8-r"


def test_the_detector_judges_the_text_after_a_long_ascii_head() -> None:
    script = "<script>" + "var x = 1;\n" * 8_000 + "</script>"
    text = "Городской совет в среду утвердил бюджет на следующий год, сообщил мэр города."
    assert text in to_text(f"{script}<p>{text}</p>".encode("cp1251"))


def test_encoding_is_ignored_for_str() -> None:
    assert to_text("Un été à Montréal", encoding="koi8-r") == "Un été à Montréal"


def test_binary_bytes_labelled_utf16_are_still_binary() -> None:
    with pytest.raises(NotTextError, match="binary"):
        to_text(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 500, encoding="utf-16le")
