"""clean_response() on real requests and httpx responses from a local site."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from conftest import FIXTURES
from local_site import Reply, html, redirect, serve
from newsclean import InputTypeError, NewscleanError, ResponseStatusError, clean, clean_response
from newsclean._response import content_type_hints, http_date

Fetch = Callable[..., Any]

# A charset no detector guesses from French or German text, so only the header can tell it.
LEGACY = "macintosh"
NOT_FOUND_PAGE = b"<html><body><h1>Page not found</h1></body></html>"
META_CHARSET = re.compile(r'<meta charset="[^"]*">\n', re.IGNORECASE)


def page(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def without_meta(name: str) -> str:
    text, found = META_CHARSET.subn("", page(name))
    assert found == 1, f"{name}: expected one <meta charset> to take out"
    return text


def served(response: Any) -> Any:
    """When the local site served the response: clean_response() resolves ages against it."""
    return http_date(response.headers.get("date"))


def with_meta(name: str, charset: str) -> str:
    return META_CHARSET.sub(f'<meta charset="{charset}">\n', page(name))


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    markdown = page("seed_aggregator.md").encode("utf-8")
    routes = {
        **{f"/{p.name}": html(p.read_bytes()) for p in FIXTURES.glob("*.html")},
        "/header-only.html": html(without_meta("french_magazine.html").encode("mac-roman"), LEGACY),
        "/meta-only.html": html(with_meta("local_paywall.html", LEGACY).encode("mac-roman"), None),
        "/no-content-type.html": Reply((FIXTURES / "wire_story.html").read_bytes()),
        "/moved": redirect("/news/local_paywall.html"),
        "/news/local_paywall.html": html((FIXTURES / "local_paywall.html").read_bytes()),
        "/page.md": Reply(markdown, headers={"Content-Type": "text/markdown; charset=utf-8"}),
        "/page.txt": Reply(markdown, headers={"Content-Type": "text/plain; charset=utf-8"}),
        "/gone": Reply(NOT_FOUND_PAGE, 404, {"Content-Type": "text/html"}),
    }
    with serve(routes) as base:
        yield base


def requests_get(url: str, *, follow: bool = True) -> Any:
    requests = pytest.importorskip("requests")
    with requests.Session() as session:
        session.trust_env = False  # a proxy from the environment must not stand between us and 127.0.0.1
        return session.get(url, timeout=10, allow_redirects=follow)


def httpx_get(url: str, *, follow: bool = True) -> Any:
    httpx = pytest.importorskip("httpx")
    with httpx.Client(trust_env=False, timeout=10) as client:
        return client.get(url, follow_redirects=follow)


@pytest.fixture(params=[requests_get, httpx_get], ids=["requests", "httpx"])
def fetch(request: pytest.FixtureRequest) -> Fetch:
    fetcher: Fetch = request.param
    return fetcher


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_utf8_page_is_cleaned_as_clean_reads_it(site: str, fetch: Fetch, name: str) -> None:
    response = fetch(f"{site}/{name}")
    assert clean_response(response) == clean(page(name), url=f"{site}/{name}", now=served(response))


def test_charset_only_in_the_header_is_honoured(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/header-only.html")
    expected = clean(
        without_meta("french_magazine.html"), url=f"{site}/header-only.html", now=served(response)
    )
    # Without the header the bytes are misread, so only honouring it passes.
    assert clean(response.content, url=f"{site}/header-only.html") != expected
    article = clean_response(response)
    assert article == expected
    assert "À Saint-Loubert" in (article.headline or "")


def test_charset_only_in_the_meta_tag_is_found_by_clean(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/meta-only.html")
    expected = clean(
        with_meta("local_paywall.html", LEGACY), url=f"{site}/meta-only.html", now=served(response)
    )
    if type(response).__module__.startswith("requests"):
        # requests invents ISO-8859-1 for text/* without a charset; using it would misread the page.
        assert response.encoding == "ISO-8859-1"
        assert clean(response.content, encoding=response.encoding, url=f"{site}/meta-only.html") != expected
    assert clean_response(response) == expected
    assert expected.headline == "Sanierung des Freibads Hohenwalde verzögert sich um ein Jahr"


def test_no_content_type_goes_to_detection(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/no-content-type.html")
    assert "content-type" not in response.headers
    expected = clean(page("wire_story.html"), url=f"{site}/no-content-type.html", now=served(response))
    assert clean_response(response) == expected


def test_related_links_are_absolute_against_the_final_url(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/moved")
    final = f"{site}/news/local_paywall.html"
    assert str(response.url) == final
    article = clean_response(response)
    assert article == clean(page("local_paywall.html"), url=final, now=served(response))
    urls = [item.url for item in article.related]
    assert len(urls) == 8
    # The page's links are site-relative: against the local site, not the page's canonical address.
    assert all(url is not None and url.startswith((f"{site}/lokales/", f"{site}/region/")) for url in urls)


@pytest.mark.parametrize(("path", "kind"), [("/page.md", "markdown"), ("/page.txt", "text")])
def test_kind_comes_from_the_content_type(site: str, fetch: Fetch, path: str, kind: str) -> None:
    markdown = page("seed_aggregator.md")
    assert clean(markdown, kind="text") != clean(markdown, kind="markdown")  # else this proves nothing
    response = fetch(site + path)
    assert clean_response(response) == clean(markdown, kind=kind, url=site + path, now=served(response))


def test_kind_argument_overrides_the_content_type(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/page.txt")
    article = clean_response(response, kind="markdown")
    assert article == clean(
        page("seed_aggregator.md"), kind="markdown", url=f"{site}/page.txt", now=served(response)
    )


def test_ages_are_resolved_against_the_date_header(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/page.md")
    served_at = served(response)
    assert served_at is not None and served_at.tzinfo is not None
    article = clean_response(response)
    assert article.reference_time == served_at
    aged = [item for item in article.related if item.age == "20 hours ago"]
    assert aged and all(item.published == served_at - timedelta(hours=20) for item in aged)
    # The caller's capture time wins over the header's.
    captured = datetime(2025, 4, 17, 9, 0, tzinfo=timezone.utc)
    assert clean_response(response, now=captured).reference_time == captured


def test_error_status_raises_unless_any_status(site: str, fetch: Fetch) -> None:
    response = fetch(f"{site}/gone")
    expected = rf"answered 404 for {re.escape(site)}/gone.*any_status=True"
    with pytest.raises(ResponseStatusError, match=expected) as err:
        clean_response(response)
    assert (err.value.status_code, err.value.url) == (404, f"{site}/gone")
    assert isinstance(err.value, NewscleanError) and isinstance(err.value, ValueError)
    assert clean_response(response, any_status=True).headline == "Page not found"


def test_unfollowed_redirect_says_to_follow_it(site: str) -> None:
    response = httpx_get(f"{site}/moved", follow=False)
    with pytest.raises(ResponseStatusError, match="302 \\(a redirect\\).*follow_redirects=True"):
        clean_response(response)


class NotReadStream:
    """Like an aiohttp response: .content is a stream, not bytes."""

    content = object()
    status_code = 200
    url = "https://example.com/"
    headers: dict[str, str] = {}


@pytest.mark.parametrize(
    ("thing", "message"),
    [
        ("<html><p>page</p></html>", "not the page itself; call clean"),
        (b"<html><p>page</p></html>", "not the page itself; call clean"),
        (None, r"\(anything with \.content bytes.*not NoneType; for another client call clean\("),
        (NotReadStream(), "not NotReadStream"),
    ],
)
def test_not_a_response_says_what_to_pass(thing: object, message: str) -> None:
    with pytest.raises(InputTypeError, match=message):
        clean_response(thing)


@pytest.mark.parametrize(
    ("content_type", "hints"),
    [
        ("text/html", ("html", None)),
        ("text/html; charset=ISO-8859-1", ("html", "ISO-8859-1")),
        ('Application/XHTML+XML;charset="utf-8"', ("html", "utf-8")),
        ("text/markdown; variant=GFM; charset=utf-8", ("markdown", "utf-8")),
        ("text/plain;charset=", ("text", None)),
        ("application/octet-stream", (None, None)),
        ("", (None, None)),
    ],
)
def test_content_type_hints(content_type: str, hints: tuple[str | None, str | None]) -> None:
    assert content_type_hints(content_type) == hints


def test_importing_newsclean_imports_no_http_library() -> None:
    code = "import json, sys, newsclean; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert {"requests", "httpx", "scrapy", "twisted", "itemadapter"}.isdisjoint(json.loads(out))
