"""clean(): raw page in, Article out."""

from __future__ import annotations

from newsclean._input import to_text
from newsclean._language import detect_language
from newsclean._lines import split_lines
from newsclean._model import Article, Quote, RelatedItem, Removal
from newsclean._pipeline import Pipeline, Removed
from newsclean._splitter import Split, split

__all__ = ["clean"]

_DEFAULT_PIPELINE = Pipeline.default()


def clean(raw: str | bytes, *, pipeline: Pipeline | None = None) -> Article:
    """Clean one captured news page and return its Article.

    ``raw`` is the page as captured (str, or bytes in UTF-8 or with a BOM). ``pipeline``
    replaces the default chain of strippers; build one from ``Pipeline.default()``.

    Raises a subclass of :class:`NewscleanError` when there is no page to clean.

    >>> article = clean("Headline here\\n\\nA first sentence of the story, long enough to count.")
    >>> article.headline, article.body
    ('Headline here', ('A first sentence of the story, long enough to count.',))
    """
    text = to_text(raw)
    language = detect_language(text)
    outcome = (pipeline or _DEFAULT_PIPELINE).run(split_lines(text), language=language)
    parts = split(outcome)
    audit = sorted((*outcome.removed, *parts.used), key=lambda r: r.line.index)
    return _article(parts, audit, language)


def _article(parts: Split, audit: list[Removed], language: str | None) -> Article:
    header = parts.header
    return Article(
        language=language,
        headline=header.headline,
        source=header.source,
        published=header.published,
        authors=header.authors,
        body=parts.body,
        pull_quotes=tuple(Quote(text=text, speaker=who) for text, who in parts.quotes),
        related=tuple(
            RelatedItem(title=t.title, source=t.source, age=t.age, published=t.published, summary=t.summary)
            for t in parts.related
        ),
        removed=tuple(
            Removal(stripper=r.stripper, line=r.line.index, text=r.line.text, reason=r.reason) for r in audit
        ),
    )
