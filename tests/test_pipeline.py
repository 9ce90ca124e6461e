"""Pipelines are immutable and changed by name; only the pipeline drops, and it audits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import FIXTURES
from newsclean import (
    Drop,
    NewscleanError,
    Page,
    Pipeline,
    StripperError,
    UnknownStripperError,
    clean,
)

SEED = (FIXTURES / "seed_aggregator.txt").read_text(encoding="utf-8")


def drop_sponsored(page: Page) -> Iterator[Drop]:
    for line in page.nonblank():
        if line.text.startswith("Sponsored"):
            yield Drop(line.index, "sponsored line")


def test_default_names_in_order() -> None:
    assert Pipeline.default().names == (
        "capture_header",
        "image_alt",
        "store_badge",
        "app_promo",
        "footer",
        "navigation",
        "share_buttons",
        "newsletter_prompt",
        "cookie_notice",
        "paywall",
        "table_of_contents",
        "affiliate_notice",
        "adjacent_posts",
        "comments",
        "comment_stub",
        "read_more",
        "related_section",
        "teaser_links",
        "article_end",
        "repeated_headline",
        "line_scorer",
    )


def test_changes_return_new_pipelines() -> None:
    base = Pipeline.default()
    changed = base.after("footer", "sponsored", drop_sponsored)
    assert changed is not base
    assert "sponsored" not in base.names
    assert changed.names.index("sponsored") == changed.names.index("footer") + 1
    with pytest.raises(AttributeError):
        base.steps = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: p.before("image_alt", "x", drop_sponsored).names[1:3], ("x", "image_alt")),
        (lambda p: p.append("x", drop_sponsored).names[-1], "x"),
        (lambda p: p.remove("footer", "app_promo").names[1:4], ("image_alt", "store_badge", "navigation")),
        (lambda p: p.disable("footer").names[1:4], ("image_alt", "store_badge", "app_promo")),
        (lambda p: p.disable("footer").all_names[4], "footer"),
        (lambda p: p.disable("footer").enable("footer").names[4], "footer"),
        (lambda p: p.only("read_more", "image_alt").names, ("read_more", "image_alt")),
    ],
)
def test_changes_by_name(change, expected) -> None:  # type: ignore[no-untyped-def]
    assert change(Pipeline.default()) == expected


@pytest.mark.parametrize("method", ["remove", "disable", "enable", "only"])
def test_unknown_name_lists_the_valid_ones(method: str) -> None:
    with pytest.raises(UnknownStripperError) as info:
        getattr(Pipeline.default(), method)("no_such")
    message = str(info.value)
    assert "'no_such'" in message
    assert all(name in message for name in Pipeline.default().names)
    assert isinstance(info.value, KeyError) and isinstance(info.value, NewscleanError)


def test_unknown_anchor_for_before_and_after() -> None:
    with pytest.raises(UnknownStripperError, match="image_alt"):
        Pipeline.default().before("nope", "x", drop_sponsored)
    with pytest.raises(UnknownStripperError, match="image_alt"):
        Pipeline.default().after("nope", "x", drop_sponsored)


def test_duplicate_names_are_refused() -> None:
    with pytest.raises(NewscleanError, match="unique"):
        Pipeline.default().append("footer", drop_sponsored)


def test_custom_stripper_drops_and_is_audited() -> None:
    lines = SEED.split("\n")
    page = "\n".join([*lines[:12], "Sponsored: buy gold now", *lines[12:]])
    pipeline = Pipeline.default().before("image_alt", "sponsored", drop_sponsored)
    article = clean(page, pipeline=pipeline)
    assert [(r.stripper, r.reason) for r in article.removed if r.line == 12] == [
        ("sponsored", "sponsored line")
    ]
    assert "Sponsored" not in article.text
    assert "Sponsored: buy gold now" in clean(page).text


def test_disabled_stripper_keeps_its_lines() -> None:
    article = clean(SEED, pipeline=Pipeline.default().disable("app_promo", "line_scorer"))
    assert not any(r.stripper == "app_promo" for r in article.removed)
    assert "Try Our AI Features" in article.text


def test_replace_keeps_name_and_position() -> None:
    pipeline = Pipeline.default().replace("footer", drop_sponsored)
    assert pipeline.names == Pipeline.default().names
    assert (
        clean("Sponsored: gold\n\nA first sentence of a story, long enough.", pipeline=pipeline)
        .removed[0]
        .stripper
        == "footer"
    )


def test_empty_pipeline_keeps_everything_but_header() -> None:
    article = clean(SEED, pipeline=Pipeline(()))
    assert all(r.stripper == "splitter" for r in article.removed)
    assert "No comments yet..." in article.text


def test_stripper_that_raises_is_reported_by_name() -> None:
    def broken(page: Page) -> Iterator[Drop]:
        raise RuntimeError("boom")

    with pytest.raises(StripperError, match=r"'broken'.*pipeline.remove\('broken'\)"):
        clean(SEED, pipeline=Pipeline.default().append("broken", broken))


@pytest.mark.parametrize("bad", [Drop(10_000, "not on the page"), "not a drop"])
def test_stripper_may_only_drop_lines_it_was_shown(bad: object) -> None:
    def wrong(page: Page) -> list[object]:
        return [bad]

    with pytest.raises(StripperError, match="'wrong'"):
        clean(SEED, pipeline=Pipeline.default().append("wrong", wrong))  # type: ignore[arg-type]


def test_later_strippers_do_not_see_dropped_lines() -> None:
    seen: list[str] = []

    def spy(page: Page) -> Iterator[Drop]:
        seen.extend(line.text for line in page.nonblank())
        return iter(())

    clean(SEED, pipeline=Pipeline.default().append("spy", spy))
    assert "logo" not in seen and "No comments yet..." not in seen
    assert any(text.startswith("Elon Musk's passion") for text in seen)
