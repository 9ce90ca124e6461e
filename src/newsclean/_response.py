"""clean_response(): a requests or httpx response in, Article out.

Neither library is imported: a response is anything shaped like one (:class:`ResponseLike`), so
this costs nothing when neither is installed and works the same with both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Protocol

from newsclean._clean import Kind, clean
from newsclean._exceptions import InputTypeError, ResponseStatusError
from newsclean._model import Article
from newsclean._pipeline import Pipeline

__all__ = ["ResponseLike", "clean_response", "content_type_hints", "http_date"]

# Media types that say which kind of page the body is; any other leaves it to detection.
_KIND_OF_MEDIA_TYPE: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}


class ResponseLike(Protocol):
    """What clean_response() reads of a response; ``requests.Response`` and ``httpx.Response`` fit."""

    @property
    def content(self) -> bytes:
        """The body as received, after any Content-Encoding is undone."""

    @property
    def status_code(self) -> int:
        """The HTTP status of the final response."""

    @property
    def url(self) -> object:
        """The final URL, after redirects; ``str()`` of it is used."""

    @property
    def headers(self) -> Mapping[str, str]:
        """The response headers, looked up without regard to case."""


def clean_response(
    response: ResponseLike,
    *,
    kind: Kind | None = None,
    pipeline: Pipeline | None = None,
    any_status: bool = False,
    now: dt.datetime | None = None,
) -> Article:
    """Clean the page a ``requests`` or ``httpx`` response holds.

    The bytes are decoded with the charset the Content-Type header declares, or, when it
    declares none, the way clean() decodes bytes (BOM, ``<meta>``, UTF-8, a detector): the
    charset either library falls back on is a guess, not the server's word. The kind comes
    from the Content-Type (``kind=`` overrides it), and related items' links are made absolute
    against the final URL, after redirects. Relative ages ("20 hours ago") are resolved
    against the response's ``Date`` header, the server's word for when the page was served,
    unless ``now=`` gives the capture time.

    A status other than 2xx raises :class:`ResponseStatusError`: an error page or a redirect's
    body holds no article, and cleaning one would pass its boilerplate off as one. Pass
    ``any_status=True`` to clean the body whatever the status.

    >>> class Response:  # what requests.get() or httpx.get() returns, reduced to what is read
    ...     content = b"<title>Budget</title><h1>Budget</h1><p>Caf\\xe9 owners on the budget.</p>"
    ...     status_code = 200
    ...     url = "https://example.com/budget"
    ...     headers = {"content-type": "text/html; charset=ISO-8859-1"}
    >>> clean_response(Response()).body
    ('Café owners on the budget.',)
    """
    content, status, url, headers = _read(response)
    if not any_status and not 200 <= status < 300:
        raise ResponseStatusError(_status_message(status, url), status_code=status, url=url)
    header_kind, charset = content_type_hints(_header_text(headers.get("content-type")))
    captured = now or http_date(_header_text(headers.get("date")))
    return clean(
        content, kind=kind or header_kind, encoding=charset, url=url, pipeline=pipeline, now=captured
    )


def content_type_hints(content_type: str | None) -> tuple[Kind | None, str | None]:
    """The kind of page and the charset label a Content-Type header value gives, each None if it does not.

    The charset label is passed on as written; clean() maps labels to codecs as browsers do.

    >>> content_type_hints('text/html; charset="windows-1252"')
    ('html', 'windows-1252')
    >>> content_type_hints("application/json"), content_type_hints(None)
    ((None, None), (None, None))
    """
    if not content_type:
        return None, None
    media_type, *parameters = content_type.split(";")
    charset = None
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \t\"'"):
            charset = value.strip(" \t\"'")
    return _KIND_OF_MEDIA_TYPE.get(media_type.strip().lower()), charset


def http_date(value: str | None) -> dt.datetime | None:
    """An HTTP ``Date`` header's instant, or None when there is none or it does not parse.

    >>> http_date("Wed, 16 Apr 2025 09:30:00 GMT").isoformat()
    '2025-04-16T09:30:00+00:00'
    >>> http_date("yesterday") is None
    True
    """
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.utcoffset() is not None else None


def _read(response: object) -> tuple[bytes, int, str, Mapping[str, object]]:
    """The body, status, final URL and headers of a response, or InputTypeError."""
    content = getattr(response, "content", None)
    status = getattr(response, "status_code", None)
    url = getattr(response, "url", None)
    headers = getattr(response, "headers", None)
    if not isinstance(content, bytes) or not isinstance(status, int) or url is None:
        raise InputTypeError(_not_a_response(response))
    if not isinstance(headers, Mapping):  # apart, so that mypy narrows it
        raise InputTypeError(_not_a_response(response))
    return content, status, str(url), headers


def _header_text(value: object) -> str | None:
    # Clients that keep raw headers give bytes; HTTP header values are Latin-1 by definition.
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return value if isinstance(value, str) else None


def _not_a_response(thing: object) -> str:
    if isinstance(thing, (str, bytes)):
        return (
            "clean_response() takes a requests or httpx response, not the page itself; "
            "call clean() with the page's text or bytes instead"
        )
    return (
        f"clean_response() takes a requests or httpx response (anything with .content bytes, "
        f".status_code, .url and .headers), not {type(thing).__name__}; for another client call "
        "clean(body_bytes, encoding=header_charset, url=final_url)"
    )


def _status_message(status: int, url: str) -> str:
    if 300 <= status < 400:
        return (
            f"the server answered {status} (a redirect) for {url}, so the body is not the page; "
            "let the client follow redirects (httpx: follow_redirects=True), or pass any_status=True"
        )
    return (
        f"the server answered {status} for {url}, so the body is an error page, not an article; "
        "check response.status_code first, or pass any_status=True to clean it anyway"
    )
