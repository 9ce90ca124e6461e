"""A real Scrapy crawl through NewscleanPipeline, run by tests/test_scrapy.py in a subprocess so
that the Twisted reactor never starts in the test process.

    python tests/scrapy_crawl.py START_URL OUT_DIR dict|item [SETTING=VALUE ...]

Writes the items to OUT_DIR/items.jsonl (through Scrapy's own feed export) and the crawl's
stats to OUT_DIR/stats.json.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from newsclean.integrations.scrapy import page_from


class ArticleItem(scrapy.Item):
    """An item class that declares only what the keep-mode crawl fills."""

    url = scrapy.Field()
    raw = scrapy.Field()
    content_type = scrapy.Field()
    fetched = scrapy.Field()
    newsclean_error = scrapy.Field()
    title = scrapy.Field()
    paragraphs = scrapy.Field()
    published = scrapy.Field()
    related = scrapy.Field()


class NewsSpider(scrapy.Spider):
    """Follows the story links of an index page and of the stories themselves."""

    name = "news"

    def __init__(self, start: str, item_type: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.item_type = item_type

    def parse(self, response: Response) -> Iterator[Any]:
        yield from response.follow_all(css="a.story", callback=self.parse_story)

    def parse_story(self, response: Response) -> Iterator[Any]:
        page = page_from(response)
        yield ArticleItem(**page) if self.item_type == "item" else page
        yield from response.follow_all(css="a.story", callback=self.parse_story)


def main(start: str, out: Path, item_type: str, *settings: str) -> None:
    process = CrawlerProcess(
        {
            "ITEM_PIPELINES": {"newsclean.integrations.scrapy.NewscleanPipeline": 300},
            "FEEDS": {str(out / "items.jsonl"): {"format": "jsonlines", "encoding": "utf-8"}},
            "LOG_FILE": str(out / "crawl.log"),
            "LOG_LEVEL": "INFO",
            "TELNETCONSOLE_ENABLED": False,
            "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
            **dict(setting.split("=", 1) for setting in settings),
        }
    )
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, start=start, item_type=item_type)
    process.start()
    assert crawler.stats is not None
    (out / "stats.json").write_text(json.dumps(crawler.stats.get_stats(), default=str), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], *sys.argv[4:])
