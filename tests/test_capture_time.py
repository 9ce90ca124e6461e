"""Relative ages resolved against the capture time, the update date, the host and
day/month order left open: the metadata an Article gives beyond the golden format."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsclean import InvalidNowError, Source, clean, clean_many
from newsclean._cli import main

UTC = dt.timezone.utc
NOW = dt.datetime(2025, 4, 17, 9, 0, tzinfo=UTC)
BODY = (
    "The council voted on Tuesday to close the coal terminal on the northern quay after a long debate.\n\n"
    "The motion passed by 19 votes to 12, and the terminal will shut at the end of next year.\n"
)


def page(*header: str) -> str:
    return "Council votes to close the coal terminal\n\n" + "\n".join(header) + "\n\n" + BODY


def test_an_age_alone_resolves_to_an_instant_when_now_is_given() -> None:
    article = clean(page("By Jane Doe • 3h • 4 min read"), now=NOW)
    assert (article.age, article.published, article.reference_time) == (
        "3h",
        NOW - dt.timedelta(hours=3),
        NOW,
    )


def test_an_age_in_days_resolves_to_a_calendar_day() -> None:
    assert clean(page("By Jane Doe | 2 days ago"), now=NOW).published == dt.date(2025, 4, 15)


def test_without_now_the_age_stays_as_printed_and_nothing_is_invented() -> None:
    article = clean(page("By Jane Doe • 3h"))
    assert (article.age, article.published, article.reference_time) == ("3h", None, None)


def test_a_printed_date_wins_over_the_age() -> None:
    article = clean(page("By Jane Doe", "April 16, 2025 • 3h"), now=NOW)
    assert (article.published, article.age) == (dt.date(2025, 4, 16), "3h")


def test_an_updated_age_is_the_update_not_the_publication() -> None:
    article = clean(page("By Jane Doe", "April 15, 2025 | Updated 3 hours ago"), now=NOW)
    assert (article.published, article.age) == (dt.date(2025, 4, 15), None)
    assert article.updated == NOW - dt.timedelta(hours=3)


def test_a_printed_update_date_is_updated_and_never_published() -> None:
    article = clean(page("By Jane Doe", "Published March 3, 2025 | Updated March 5, 2025"))
    assert (article.published, article.updated) == (dt.date(2025, 3, 3), dt.date(2025, 3, 5))


def test_related_items_and_comments_resolve_their_ages() -> None:
    article = clean((FIXTURES / "seed_aggregator.txt").read_bytes(), now=NOW)
    aged = {item.age: item.published for item in article.related if item.age}
    assert aged == {"20 hours ago": NOW - dt.timedelta(hours=20), "2 days ago": dt.date(2025, 4, 15)}
    comments = clean((FIXTURES / "local_comments.txt").read_bytes(), now=NOW).comments
    ages = {c.age: c.published for c in comments}
    assert ages["3 hours ago"] == NOW - dt.timedelta(hours=3)
    assert ages["1 day ago"] == dt.date(2025, 4, 16)


@pytest.mark.parametrize("now", [dt.datetime(2025, 4, 17, 9, 0), "2025-04-17T09:00:00Z", 1744880400])
def test_now_must_be_an_aware_datetime(now: object) -> None:
    with pytest.raises(InvalidNowError, match="timezone-aware datetime"):
        clean(page(), now=now)  # type: ignore[arg-type]


def test_html_gives_the_update_and_the_host_from_its_markup() -> None:
    article = clean((FIXTURES / "spanish_news.html").read_bytes())
    assert article.updated is not None and article.published is not None
    assert article.updated > article.published  # type: ignore[operator]
    assert article.host == "Diario Ejemplo"


def test_the_host_is_the_aggregator_not_the_publisher() -> None:
    article = clean((FIXTURES / "aggregator_portal.html").read_bytes())
    assert (article.source, article.host) == ("The Riverside Chronicle", "Newsline Start")


def test_without_a_site_name_the_host_is_the_address_host() -> None:
    assert clean(page(), url="https://news.example.com/a/1").host == "news.example.com"
    assert clean(page()).host is None


@pytest.mark.parametrize(
    ("dateline", "published", "ambiguous"),
    [
        ("05/06/2025", dt.date(2025, 6, 5), True),
        ("25/06/2025", dt.date(2025, 6, 25), False),
        ("June 5, 2025", dt.date(2025, 6, 5), False),
    ],
)
def test_a_date_either_way_round_is_flagged(dateline: str, published: dt.date, ambiguous: bool) -> None:
    article = clean(page("By Jane Doe", dateline))
    assert (article.published, article.published_ambiguous) == (published, ambiguous)


def test_clean_many_takes_a_capture_time_per_page_or_for_all() -> None:
    earlier = NOW - dt.timedelta(days=1)
    pages = [Source(page("By Jane Doe • 3h"), now=earlier), page("By Jane Doe • 3h")]
    results = list(clean_many(pages, now=NOW))
    assert [r.article.published for r in results if r.article] == [
        earlier - dt.timedelta(hours=3),
        NOW - dt.timedelta(hours=3),
    ]
    with pytest.raises(InvalidNowError):
        Source("x", now=dt.datetime(2025, 1, 1))  # type: ignore[arg-type]


def test_the_cli_takes_now(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(page("By Jane Doe • 3h"), encoding="utf-8")
    assert main(["--now", "2025-04-17T09:00:00Z", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == "2025-04-17T06:00:00Z"
    with pytest.raises(SystemExit) as exit_:
        main(["--now", "tomorrow", str(path)])
    assert exit_.value.code == 2
    assert "ISO 8601" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "published", "ambiguous"),
    [
        ("en-GB", dt.date(2025, 6, 5), False),
        ("en-US", dt.date(2025, 5, 6), False),
        ("en", dt.date(2025, 6, 5), True),
    ],
)
def test_the_locale_settles_day_and_month(lang: str, published: dt.date, ambiguous: bool) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (
        f'<html lang="{lang}"><body><article><h1>Council votes to close the coal terminal</h1>'
        f"<p>By Jane Doe</p><p>05/06/2025</p>{paragraphs}</article></body></html>"
    )
    article = clean(html)
    assert (article.published, article.published_ambiguous) == (published, ambiguous)


def test_an_unambiguous_date_elsewhere_on_the_page_settles_the_order() -> None:
    text = page("By Jane Doe", "05/06/2025") + "\nComments\nAnna, 04/23/2025: Good news for the quay.\n"
    article = clean(text)
    assert (article.published, article.published_ambiguous) == (dt.date(2025, 5, 6), False)
