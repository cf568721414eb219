"""RSS/Atom connector: conditional GET, broken feeds tolerated, feedparser never fetching itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, ParseError, Post
from tests.connector_kit import FIXTURES, Kit, mock

FEED = "https://example.org/news/feed.xml"
WHEN = datetime(2026, 3, 2, 9, 15, 4, tzinfo=UTC)


def body(name: str) -> bytes:
    return (FIXTURES / "rss" / name).read_bytes()


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit(**settings: object) -> Kit:
    return Kit("rss", FEED, **settings)  # type: ignore[arg-type]


def test_feed_entries_text_images_and_validators(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=body("feed.xml"), content_type="application/rss+xml",
             headers={"ETag": 'W/"abc"', "Last-Modified": "Mon, 02 Mar 2026 09:20:00 GMT"})
    k = kit()
    posts = k.fetch(None)
    assert [p.platform_id for p in posts] == ["example.org/news/1842", "example.org/news/1801"]
    first = posts[0]
    assert first.text == "Klubhuset åbner\nVores nye klubhus åbner lørdag." and "track" not in first.text
    assert first.created_at == WHEN
    assert [(i.url, i.alt_text) for i in first.images] == [
        ("https://example.org/img/klubhus.jpg", "Klubhuset set udefra"), ("https://example.org/img/plakat.jpg", None)]
    cursor = json.loads(k.connector.new_cursor or "")
    assert cursor["etag"] == 'W/"abc"' and cursor["modified"].startswith("Mon, 02 Mar")


def test_second_read_sends_validators_and_304_keeps_cursor(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=body("feed.xml"), headers={"ETag": '"v1"', "Last-Modified": "Mon, 02 Mar 2026 09:20:00 GMT"})
    first = kit()
    first.fetch(None)
    rsps.get(FEED, status=304, body=b"", match=[matchers.header_matcher(
        {"If-None-Match": '"v1"', "If-Modified-Since": "Mon, 02 Mar 2026 09:20:00 GMT"})])
    again = kit()
    assert again.fetch(first.connector.new_cursor) == []
    assert again.connector.new_cursor == first.connector.new_cursor and again.http.requests_made == 1


def test_next_read_yields_new_and_edited_entries_only(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=body("feed.xml"))
    first = kit()
    first.fetch(None)
    rsps.get(FEED, body=body("feed_updated.xml"))
    posts = kit().fetch(first.connector.new_cursor)
    assert [p.text for p in posts] == ["Ny træner på holdet\nVi byder velkommen.",
                                       "Klubhuset åbner\nVores nye klubhus åbner lørdag kl. 10."]


def test_broken_feed_is_tolerated(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=body("broken.xml"), content_type="text/html")
    posts = kit().fetch(None)
    assert len(posts) == 1 and posts[0].text.startswith("Kage & kaffe")
    assert posts[0].created_at.tzinfo is not None  # unreadable date: the fetch time stands in


def test_atom_updated_after_published_is_an_edit(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=body("atom.xml"), content_type="application/atom+xml")
    (post,) = kit().fetch(None)
    assert post.edited_at == datetime(2026, 3, 3, 10, tzinfo=UTC) and post.text.endswith("Teksten er rettet.")


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, status=429, headers={"Retry-After": "5"})
    rsps.get(FEED, body=body("feed.xml"))
    k = kit()
    assert len(k.fetch(None)) == 2 and k.sleeps == [5.0]


def test_protected_feed_is_auth_error(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, status=401)
    with pytest.raises(AuthError):
        kit().fetch(None)


@pytest.mark.parametrize("name", ["error_page.html"])
def test_html_error_page_is_parse_error(rsps: responses.RequestsMock, name: str) -> None:
    rsps.get(FEED, body=body(name), content_type="text/html")
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_body_is_parse_error_but_empty_feed_is_fine(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=b"")
    with pytest.raises(ParseError):
        kit().fetch(None)
    rsps.get(FEED, body=body("empty.xml"))
    assert kit().fetch(None) == []


def test_refetch_edited_missing_and_deleted(rsps: responses.RequestsMock) -> None:
    stored = Post("example.org/news/1842", "post", "https://example.org/news/klubhuset-aabner", "old", WHEN)
    rsps.get(FEED, body=body("feed_updated.xml"))
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and "kl. 10" in fresh.text
    gone = Post("example.org/news/1", "post", "https://example.org/news/gammel", "old", WHEN)
    rsps.get(FEED, body=body("feed_updated.xml"))
    rsps.get("https://example.org/news/gammel", status=404)
    assert kit().connector.refetch(gone) is None
    slid_out = Post("example.org/news/2", "post", "https://example.org/news/stadig-her", "old", WHEN)
    rsps.get(FEED, body=body("feed_updated.xml"))
    rsps.get("https://example.org/news/stadig-her", body="<html>still here</html>")
    assert kit().connector.refetch(slid_out) == slid_out  # absent from the feed is not deleted


def test_base_url_replaces_scheme_and_host(rsps: responses.RequestsMock) -> None:
    rsps.get("http://127.0.0.1:8080/news/feed.xml", body=body("empty.xml"))
    assert kit(base_url="http://127.0.0.1:8080").fetch(None) == []


def test_refetch_in_same_run_reuses_the_fetch(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body=body("feed.xml"), headers={"ETag": '"v1"'})
    first = kit()
    stored = first.fetch(None)[0]
    rsps.get(FEED, status=304, body=b"")
    again = kit()
    again.fetch(first.connector.new_cursor)
    assert again.connector.refetch(stored) == stored and again.http.requests_made == 1
    rsps.get(FEED, body=body("empty.xml"))
    rsps.get("https://example.org/news/klubhuset-aabner", status=404)
    emptied = kit()
    assert emptied.fetch(first.connector.new_cursor) == []
    assert emptied.connector.refetch(stored) is None  # gone from a 200 read and its link is 404
