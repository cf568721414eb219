"""Web page connector: CSS selectors, robots.txt honoured through the choke point, conditional GET."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import responses

from connectors.base import AuthError, ParseError, PermissionDenied, Post
from connectors.web import clear_robots_cache
from tests.connector_kit import Kit, fixture_text, mock

PAGE = "https://example.org/nyheder/"
ROBOTS = "https://example.org/robots.txt"
SELECTORS = {"item": "article.news", "title": ".title", "text": ".body", "link": "a.more", "date": "time"}


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    clear_robots_cache()
    yield from mock()
    clear_robots_cache()


def kit(url: str = PAGE, selectors: dict[str, str] | None = None) -> Kit:
    return Kit("web", url, selectors=selectors if selectors is not None else SELECTORS)


def robots(rsps: responses.RequestsMock, **kwargs: object) -> None:
    if not kwargs:
        kwargs = {"body": fixture_text("web", "robots.txt")}
    rsps.get(ROBOTS, **kwargs)  # type: ignore[arg-type]


def test_items_by_selectors(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    rsps.get(PAGE, body=fixture_text("web", "news.html"), headers={"ETag": '"p1"'})
    posts = kit().fetch(None)
    assert [p.platform_id for p in posts] == ["https://example.org/nyheder/klubhuset-aabner",
                                              "https://example.org/nyheder/sommerlejr"]
    first = posts[0]
    assert first.text == "Klubhuset åbner\nVores nye klubhus åbner lørdag."  # display:none dropped
    assert first.created_at == datetime(2026, 3, 2, 8, 15, 4, tzinfo=UTC)
    assert first.images[0].url == "https://example.org/img/klubhus.jpg"
    assert first.images[0].alt_text == "Klubhuset set udefra"


def test_second_read_robots_cached_304_one_request_then_new_and_edited(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    rsps.get(PAGE, body=fixture_text("web", "news.html"), headers={"ETag": '"p1"'})
    first = kit()
    first.fetch(None)
    rsps.get(PAGE, status=304, body=b"", match=[responses.matchers.header_matcher({"If-None-Match": '"p1"'})])
    again = kit()
    assert again.fetch(first.connector.new_cursor) == [] and again.http.requests_made == 1
    rsps.get(PAGE, body=fixture_text("web", "news_updated.html"))
    posts = kit().fetch(first.connector.new_cursor)
    assert [p.text for p in posts] == ["Ny træner\nVi byder velkommen.",
                                       "Klubhuset åbner\nVores nye klubhus åbner lørdag kl. 10."]


def test_robots_disallow_is_permission_denied(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    with pytest.raises(PermissionDenied, match="robots.txt"):
        kit("https://example.org/privat/nyheder").fetch(None)


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, False), (503, False)])
def test_robots_status_rules(rsps: responses.RequestsMock, status: int, allowed: bool) -> None:
    robots(rsps, status=status)
    if allowed:
        rsps.get(PAGE, body=fixture_text("web", "empty.html"))
        assert kit().fetch(None) == []
    else:
        with pytest.raises(PermissionDenied):
            kit().fetch(None)


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    rsps.get(PAGE, status=429, headers={"Retry-After": "4"})
    rsps.get(PAGE, body=fixture_text("web", "news.html"))
    k = kit()
    assert len(k.fetch(None)) == 2 and k.sleeps == [4.0]


def test_login_wall_is_auth_error(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    rsps.get(PAGE, status=401)
    with pytest.raises(AuthError):
        kit().fetch(None)


def test_missing_item_selector_is_parse_error(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    rsps.get(PAGE, body=fixture_text("web", "news.html"))
    with pytest.raises(ParseError, match="item"):
        kit(selectors={"title": "h2"}).fetch(None)


def test_empty_page(rsps: responses.RequestsMock) -> None:
    robots(rsps)
    rsps.get(PAGE, body=fixture_text("web", "empty.html"))
    assert kit().fetch(None) == []


def test_refetch_edited_and_deleted(rsps: responses.RequestsMock) -> None:
    when = datetime(2026, 3, 2, tzinfo=UTC)
    robots(rsps)
    rsps.get(PAGE, body=fixture_text("web", "news_updated.html"))
    stored = Post("https://example.org/nyheder/klubhuset-aabner", "post",
                  "https://example.org/nyheder/klubhuset-aabner", "old", when)
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and "kl. 10" in fresh.text
    rsps.get(PAGE, body=fixture_text("web", "news_updated.html"))
    rsps.get("https://example.org/nyheder/sommerlejr", status=410)
    gone = Post("https://example.org/nyheder/sommerlejr", "post", "https://example.org/nyheder/sommerlejr", "t", when)
    assert kit().connector.refetch(gone) is None
