"""A Scrapy item pipeline that cleans the pages a spider yields into article fields.

Item pipelines never see the response, so the spider puts the page in the item with
:func:`page_from` and :class:`NewscleanPipeline` turns it into fields::

    def parse_article(self, response):
        yield {**page_from(response), "section": response.meta.get("section")}

    # settings.py
    ITEM_PIPELINES = {"newsclean.integrations.scrapy.NewscleanPipeline": 300}

Settings, all optional:

``NEWSCLEAN_FIELDS``
    The Article fields to fill, as a list (``["headline", "body"]``) or a mapping to item
    field names (``{"body": "paragraphs"}``). Defaults to :data:`DEFAULT_FIELDS`. Values are
    what ``Article.model_dump(mode="json")`` gives: strings, lists and dicts.
``NEWSCLEAN_DROP_RAW``
    Whether to delete the ``raw``, ``content_type`` and ``fetched`` fields once read (default True), so feed
    exports hold the article rather than the page.
``NEWSCLEAN_ON_ERROR``
    ``"drop"`` (default) raises DropItem with the reason for a page that cannot be cleaned (an
    empty or binary page); ``"keep"`` keeps the item with the reason in ``newsclean_error``.
``NEWSCLEAN_PIPELINE``
    A newsclean :class:`~newsclean.Pipeline`, or the dotted path of one, to clean with instead
    of the default.

Items without a ``raw`` field pass through untouched, so the pipeline can sit beside others.
Scrapy and itemadapter are imported where they are used, not at the top, so that this module
imports (and tools that walk the package work) where Scrapy is not installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, get_args

from newsclean._clean import clean
from newsclean._exceptions import IntegrationError, NewscleanError
from newsclean._model import Article
from newsclean._pipeline import Pipeline
from newsclean._response import content_type_hints, http_date

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

__all__ = [
    "CONTENT_TYPE_FIELD",
    "DEFAULT_FIELDS",
    "ERROR_FIELD",
    "FETCHED_FIELD",
    "RAW_FIELD",
    "URL_FIELD",
    "NewscleanPipeline",
    "OnError",
    "page_from",
]

#: Item field names page_from() fills and the pipeline reads.
URL_FIELD = "url"
RAW_FIELD = "raw"
CONTENT_TYPE_FIELD = "content_type"
#: The response's ``Date`` header: when the page was served, against which ages are resolved.
FETCHED_FIELD = "fetched"
#: Where ``NEWSCLEAN_ON_ERROR = "keep"`` puts the reason a page could not be cleaned.
ERROR_FIELD = "newsclean_error"
#: The Article fields filled when ``NEWSCLEAN_FIELDS`` is not set.
DEFAULT_FIELDS = ("headline", "source", "published", "authors", "body", "pull_quotes", "related", "language")

#: What to do with an item whose page cannot be cleaned.
OnError = Literal["drop", "keep"]


def page_from(response: Response) -> dict[str, Any]:
    """The fields the pipeline cleans, taken from a Scrapy response: its URL, body and Content-Type.

    The body stays bytes, decoded by the pipeline as :func:`newsclean.clean_response` decodes
    (the header's charset, else the page's own declaration or detection); ``url`` is the final
    URL, after redirects, against which related items' links are made absolute; ``fetched``
    is the ``Date`` header, against which relative ages ("20 hours ago") are resolved.
    """
    content_type = response.headers.get(b"Content-Type")
    date = response.headers.get(b"Date")
    return {
        URL_FIELD: response.url,
        RAW_FIELD: response.body,
        CONTENT_TYPE_FIELD: content_type.decode("latin-1") if content_type else None,
        FETCHED_FIELD: date.decode("latin-1") if date else None,
    }


class NewscleanPipeline:
    """Cleans the page in an item (see :func:`page_from`) and fills the item's article fields."""

    def __init__(
        self,
        *,
        fields: Mapping[str, str] | Iterable[str] = DEFAULT_FIELDS,
        drop_raw: bool = True,
        on_error: OnError = "drop",
        pipeline: Pipeline | None = None,
    ) -> None:
        if on_error not in get_args(OnError):
            raise IntegrationError(
                f"NEWSCLEAN_ON_ERROR is {on_error!r}; set it to 'drop' (DropItem) or 'keep' "
                f"(keep the item, with the reason in {ERROR_FIELD!r})"
            )
        self._fields = _field_map(fields)
        self._drop_raw = drop_raw
        self._on_error = on_error
        self._pipeline = pipeline

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NewscleanPipeline:
        """The pipeline as the crawler's ``NEWSCLEAN_*`` settings configure it."""
        settings = crawler.settings
        return cls(
            fields=settings.getdictorlist("NEWSCLEAN_FIELDS", list(DEFAULT_FIELDS)),
            drop_raw=settings.getbool("NEWSCLEAN_DROP_RAW", True),
            on_error=settings.get("NEWSCLEAN_ON_ERROR", "drop"),
            pipeline=_load_pipeline(settings.get("NEWSCLEAN_PIPELINE")),
        )

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        """Fill the item's article fields from its page; return it, or raise DropItem.

        ``spider`` is accepted because older Scrapy versions pass it; it is not used.
        """
        from itemadapter import ItemAdapter

        adapter = ItemAdapter(item)
        raw = adapter.get(RAW_FIELD)
        if raw is None:
            return item
        try:
            article = self._clean(
                raw, adapter.get(URL_FIELD), adapter.get(CONTENT_TYPE_FIELD), adapter.get(FETCHED_FIELD)
            )
        except NewscleanError as error:
            self._failed(adapter, error)
        else:
            values = article.model_dump(mode="json", include=set(self._fields))
            _fill(adapter, {target: values[name] for name, target in self._fields.items()})
        if self._drop_raw:
            adapter.pop(RAW_FIELD, None)
            adapter.pop(CONTENT_TYPE_FIELD, None)
            adapter.pop(FETCHED_FIELD, None)
        return item

    def _clean(self, raw: Any, url: object, content_type: object, fetched: object) -> Article:
        kind, charset = content_type_hints(content_type if isinstance(content_type, str) else None)
        now = http_date(fetched if isinstance(fetched, str) else None)
        # clean() refuses anything but str or bytes with an InputTypeError, which is reported.
        return clean(
            raw,
            kind=kind,
            encoding=charset,
            url=url if isinstance(url, str) else None,
            pipeline=self._pipeline,
            now=now,
        )

    def _failed(self, adapter: Any, error: NewscleanError) -> None:
        reason = f"{type(error).__name__}: {error}"
        if self._on_error == "drop":
            from scrapy.exceptions import DropItem

            raise DropItem(f"newsclean could not clean {adapter.get(URL_FIELD) or 'the page'}: {reason}")
        _fill(adapter, {ERROR_FIELD: reason})


def _field_map(fields: Mapping[str, str] | Iterable[str]) -> dict[str, str]:
    """Article field name to item field name, checked against the Article's fields."""
    mapping = dict(fields) if isinstance(fields, Mapping) else {name: name for name in fields}
    known = tuple(Article.model_fields)
    unknown = [name for name in mapping if name not in known]
    if unknown or not mapping:
        raise IntegrationError(
            f"NEWSCLEAN_FIELDS names {', '.join(map(repr, unknown)) or 'no field'}; list Article "
            f"fields to fill ({', '.join(known)}), or map them to item fields: {{'body': 'paragraphs'}}"
        )
    return mapping


def _fill(adapter: Any, values: Mapping[str, object]) -> None:
    """Set the item's fields, or say which ones its class lacks before setting any."""
    # Item classes accept only the fields they declare (None: any field, as a dict does).
    declared = adapter.get_field_names_from_class(type(adapter.item))
    missing = [field for field in values if declared is not None and field not in declared]
    if missing:
        raise IntegrationError(
            f"{type(adapter.item).__name__} has no field {', '.join(map(repr, missing))} for newsclean "
            f"to fill; declare it ({missing[0]} = scrapy.Field()), leave it out of NEWSCLEAN_FIELDS, "
            "or yield dicts"
        )
    adapter.update(values)


def _load_pipeline(value: object) -> Pipeline | None:
    """NEWSCLEAN_PIPELINE: unset, a Pipeline, or the dotted path of one."""
    if value is None or isinstance(value, Pipeline):
        return value
    if isinstance(value, str):
        from scrapy.utils.misc import load_object

        try:
            value = load_object(value)
        except (ImportError, NameError, ValueError, AttributeError) as error:
            raise IntegrationError(
                f"NEWSCLEAN_PIPELINE = {value!r} could not be loaded ({error}); give the dotted path "
                "of a newsclean Pipeline, such as 'myproject.cleaning.PIPELINE'"
            ) from error
        if isinstance(value, Pipeline):
            return value
    raise IntegrationError(
        f"NEWSCLEAN_PIPELINE is a {type(value).__name__}, not a newsclean Pipeline; build one with "
        "Pipeline.default() and give it, or its dotted path"
    )
