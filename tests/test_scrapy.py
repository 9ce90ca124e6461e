"""The Scrapy item pipeline: a real crawl of a local site, and the pipeline on its own."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import FIXTURES
from local_site import Reply, html, redirect, serve
from newsclean import IntegrationError, Pipeline, clean

scrapy = pytest.importorskip("scrapy")

from scrapy.exceptions import DropItem  # noqa: E402
from scrapy.http import HtmlResponse  # noqa: E402
from scrapy.settings import Settings  # noqa: E402

from newsclean.integrations.scrapy import DEFAULT_FIELDS, NewscleanPipeline, page_from  # noqa: E402

CRAWL = Path(__file__).with_name("scrapy_crawl.py")
NO_FOOTER = Pipeline.default().disable("footer")
# Shows no text, so clean() refuses it: the page the pipeline has to drop or flag.
EMPTY_PAGE = '<!doctype html><html><body><script>document.write("hi")</script></body></html>'
INDEX = """<!doctype html><html><body><h1>Latest</h1><ul>
<li><a class="story" href="/news/wire_story.html">Flood wall</a></li>
<li><a class="story" href="/news/blog_post.html">Pruning day</a></li>
<li><a class="story" href="/old/halle">La halle</a></li>
<li><a class="story" href="/news/empty.html">Soon</a></li>
</ul></body></html>"""


def fixture(name: str, *, link_to: str | None = None) -> str:
    """A fixture page, with a story link to another page of the site when ``link_to`` is given."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if link_to is None:
        return text
    return text.replace("</body>", f'<p><a class="story" href="{link_to}">Next story</a></p>\n</body>')


def in_legacy_charset(text: str) -> str:
    """The page declaring Mac Roman in its <meta> only, for a site that sends no charset."""
    return re.sub(r'<meta charset="[^"]*">', '<meta charset="macintosh">', text, count=1)


#: Each article page's path on the site, and the text clean() must see from its bytes.
STORIES = {
    "/news/wire_story.html": fixture("wire_story.html", link_to="/news/local_paywall.html"),
    "/news/blog_post.html": fixture("blog_post.html"),
    "/news/french_magazine.html": fixture("french_magazine.html"),
    "/news/local_paywall.html": in_legacy_charset(
        fixture("local_paywall.html", link_to="/news/wire_story.html")
    ),
}


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes = {path: html(text.encode("utf-8")) for path, text in STORIES.items()}
    routes["/news/local_paywall.html"] = html(STORIES["/news/local_paywall.html"].encode("mac-roman"), None)
    routes["/"] = html(INDEX.encode())
    routes["/old/halle"] = redirect("/news/french_magazine.html", 301)
    routes["/news/empty.html"] = Reply(EMPTY_PAGE.encode(), headers={"Content-Type": "text/html"})
    with serve(routes) as base:
        yield base


Items = dict[str, dict[str, Any]]


def crawl(site: str, out: Path, item_type: str, *settings: str) -> tuple[Items, dict[str, Any]]:
    """Crawl the site in a subprocess; the items by URL, and the crawl's stats."""
    command = [sys.executable, str(CRAWL), site + "/", str(out), item_type, *settings]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    log = (out / "crawl.log").read_text(encoding="utf-8") if (out / "crawl.log").exists() else ""
    assert done.returncode == 0, done.stderr + log
    assert "Traceback" not in log, log
    lines = (out / "items.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    return {item["url"]: item for item in items}, json.loads((out / "stats.json").read_text(encoding="utf-8"))


def expected(site: str, path: str, fields: tuple[str, ...] = DEFAULT_FIELDS) -> dict[str, Any]:
    article = clean(STORIES[path], url=site + path)
    return article.model_dump(mode="json", include=set(fields))


def test_crawl_fills_dict_items_and_drops_the_page_that_cannot_be_cleaned(site: str, tmp_path: Path) -> None:
    items, stats = crawl(site, tmp_path, "dict")
    assert sorted(items) == sorted(site + path for path in STORIES)
    for path in STORIES:
        item = items[site + path]
        assert set(item) == {"url", *DEFAULT_FIELDS}, "raw and content_type are dropped"
        assert {field: item[field] for field in DEFAULT_FIELDS} == expected(site, path)
    # Read with the charset of its <meta>, its site-relative links made absolute against the site.
    paywall = items[site + "/news/local_paywall.html"]
    assert paywall["headline"] == "Sanierung des Freibads Hohenwalde verzögert sich um ein Jahr"
    assert all(r["url"].startswith((f"{site}/lokales/", f"{site}/region/")) for r in paywall["related"])
    assert stats["item_dropped_count"] == 1
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    assert f"newsclean could not clean {site}/news/empty.html: EmptyInputError: the HTML shows no text" in log


def test_crawl_fills_scrapy_items_as_settings_say_and_keeps_failures(site: str, tmp_path: Path) -> None:
    mapping = {"headline": "title", "body": "paragraphs", "published": "published", "related": "related"}
    items, stats = crawl(
        site, tmp_path, "item", f"NEWSCLEAN_FIELDS={json.dumps(mapping)}", "NEWSCLEAN_ON_ERROR=keep"
    )
    assert stats["item_scraped_count"] == 5 and "item_dropped_count" not in stats
    for path in STORIES:
        item, want = items[site + path], expected(site, path, tuple(mapping))
        assert item == {"url": site + path, **{mapping[field]: value for field, value in want.items()}}
    failed = items[site + "/news/empty.html"]
    assert failed["newsclean_error"].startswith("EmptyInputError: the HTML shows no text")
    assert set(failed) == {"url", "newsclean_error"}


# The pipeline on its own, in this process: no crawl, no reactor.

ARTICLE_URL = "https://example.com/news/halle"


SERVED = "Wed, 16 Apr 2025 09:30:00 GMT"


def response(body: bytes, content_type: str | None = "text/html; charset=utf-8") -> Any:
    headers = {"Content-Type": content_type, "Date": SERVED} if content_type else {}
    return HtmlResponse(url=ARTICLE_URL, body=body, headers=headers)


def crawler(**settings: Any) -> Any:
    # from_crawler reads only the settings; a whole Crawler would want a reactor.
    return SimpleNamespace(settings=Settings(settings))


def test_page_from_takes_url_body_and_content_type() -> None:
    body = fixture("french_magazine.html").encode()
    assert page_from(response(body)) == {
        "url": ARTICLE_URL,
        "raw": body,
        "content_type": "text/html; charset=utf-8",
        "fetched": SERVED,
    }
    assert page_from(response(body, None))["content_type"] is None
    assert page_from(response(body, None))["fetched"] is None


def test_ages_are_resolved_against_the_served_date() -> None:
    item = page_from(response(fixture("aggregator_portal.html").encode()))
    NewscleanPipeline(fields=["related", "reference_time"]).process_item(item)
    assert item["reference_time"] == "2025-04-16T09:30:00Z"
    aged = {entry["age"]: entry["published"] for entry in item["related"] if "age" in entry}
    assert aged["5h"] == "2025-04-16T04:30:00Z" and aged["1d"] == "2025-04-15"
    assert "fetched" not in item


def test_header_charset_reaches_clean() -> None:
    text = fixture("french_magazine.html").replace('<meta charset="utf-8">', "")
    item = page_from(response(text.encode("mac-roman"), "text/html; charset=macintosh"))
    NewscleanPipeline().process_item(item)
    assert item["body"] == list(clean(text).body)


def test_item_without_a_page_passes_untouched() -> None:
    item = {"url": ARTICLE_URL, "title": "not a page"}
    assert NewscleanPipeline().process_item(item, None) is item
    assert item == {"url": ARTICLE_URL, "title": "not a page"}


def test_drop_raw_false_keeps_the_page_for_later_pipelines() -> None:
    page = page_from(response(fixture("french_magazine.html").encode()))
    item = NewscleanPipeline(drop_raw=False, fields=["headline"]).process_item(dict(page))
    assert item == {**page, "headline": clean(fixture("french_magazine.html")).headline}


def test_on_error_drop_raises_dropitem_with_the_reason() -> None:
    with pytest.raises(DropItem, match=f"could not clean {ARTICLE_URL}: EmptyInputError: "):
        NewscleanPipeline().process_item(page_from(response(EMPTY_PAGE.encode())))
    with pytest.raises(DropItem, match="could not clean the page: InputTypeError: "):
        NewscleanPipeline().process_item({"raw": 42})


def test_on_error_keep_records_the_reason() -> None:
    item = NewscleanPipeline(on_error="keep").process_item({"raw": b"\x00\x01\x02\x03 PNG"})
    assert item["newsclean_error"].startswith("NotTextError: these bytes look binary")
    assert "headline" not in item and "raw" not in item


class PartialItem(scrapy.Item):
    raw = scrapy.Field()
    headline = scrapy.Field()


def test_scrapy_item_without_a_field_says_to_declare_it() -> None:
    item = PartialItem(raw=fixture("blog_post.html"))
    message = r"PartialItem has no field 'source', 'published', .*'language' for newsclean to fill; "
    with pytest.raises(IntegrationError, match=message + r"declare it \(source = scrapy\.Field\(\)\)"):
        NewscleanPipeline().process_item(item)
    assert dict(item) == {"raw": fixture("blog_post.html")}, "nothing is filled when a field is missing"
    filled = NewscleanPipeline(fields=["headline"]).process_item(PartialItem(raw=fixture("blog_post.html")))
    assert dict(filled) == {"headline": "Pruning day at the Millbrook orchard"}


@dataclass
class DataclassItem:
    raw: str | None = None
    headline: str | None = None
    removed: list[dict[str, Any]] | None = None


def test_dataclass_items_work_through_itemadapter() -> None:
    item = NewscleanPipeline(fields=("headline", "removed"), drop_raw=False).process_item(
        DataclassItem(raw=fixture("blog_post.html"))
    )
    want = clean(fixture("blog_post.html")).model_dump(mode="json")
    assert (item.headline, item.removed) == (want["headline"], want["removed"])


def test_settings_configure_the_pipeline() -> None:
    pipeline = NewscleanPipeline.from_crawler(
        crawler(NEWSCLEAN_FIELDS="headline,removed", NEWSCLEAN_PIPELINE="test_scrapy.NO_FOOTER")
    )
    item = pipeline.process_item({"raw": fixture("french_magazine.html")})
    assert item == clean(fixture("french_magazine.html"), pipeline=NO_FOOTER).model_dump(
        mode="json", include={"headline", "removed"}
    )
    assert "footer" in {r["stripper"] for r in clean(fixture("french_magazine.html")).model_dump()["removed"]}
    assert "footer" not in {r["stripper"] for r in item["removed"]}


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"NEWSCLEAN_FIELDS": ["headline", "bdy"]}, r"names 'bdy'; list Article fields to fill \(headline, "),
        ({"NEWSCLEAN_FIELDS": []}, "names no field"),
        ({"NEWSCLEAN_ON_ERROR": "ignore"}, "NEWSCLEAN_ON_ERROR is 'ignore'; set it to 'drop'"),
        ({"NEWSCLEAN_PIPELINE": "test_scrapy.NOWHERE"}, "'test_scrapy.NOWHERE' could not be loaded"),
        (
            {"NEWSCLEAN_PIPELINE": "test_scrapy.EMPTY_PAGE"},
            "NEWSCLEAN_PIPELINE is a str, not a newsclean Pipeline",
        ),
    ],
)
def test_bad_settings_say_what_to_set(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(IntegrationError, match=message):
        NewscleanPipeline.from_crawler(crawler(**settings))
