"""Bluesky connector against reference-shaped public AppView fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, NotFound, ParseError, Post
from connectors.bluesky import web_url
from tests.connector_kit import Kit, fixture, mock

ROOT = "https://public.api.bsky.app/xrpc"
FEED = f"{ROOT}/app.bsky.feed.getAuthorFeed"
THREAD = f"{ROOT}/app.bsky.feed.getPostThread"
URI = "at://did:plc:abc123klubtest/app.bsky.feed.post/3lq7img2k2c2x"
WHEN = datetime(2026, 3, 2, 9, 15, 4, tzinfo=UTC)


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit() -> Kit:
    return Kit("bluesky", "klubtest.bsky.social")


def first_page(rsps: responses.RequestsMock, body: object | None = None, **kwargs: object) -> None:
    rsps.get(FEED, json=body if body is not None else fixture("bluesky", "page1.json"),
             match=[matchers.query_param_matcher({"actor": "klubtest.bsky.social", "limit": "50",
                                                  "filter": "posts_and_author_threads"})], **kwargs)  # type: ignore[arg-type]


def test_web_url_from_at_uri() -> None:
    assert web_url(URI) == "https://bsky.app/profile/did:plc:abc123klubtest/post/3lq7img2k2c2x"


def test_two_pages_repost_skipped_and_thread_replies(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(THREAD, json=fixture("bluesky", "thread.json"), match=[matchers.query_param_matcher({"uri": URI},
                                                                                                 strict_match=False)])
    rsps.get(FEED, json=fixture("bluesky", "page2.json"),
             match=[matchers.query_param_matcher({"cursor": "2026-02-27T16:24:04.512Z"}, strict_match=False)])
    posts = kit().fetch(None)
    assert [(p.kind, p.text) for p in posts] == [
        ("post", "Vores nye klubhus åbner lørdag!"), ("comment", "Tillykke!"), ("comment", "Tak!"),
        ("post", "Sommerlejr: tilmelding åben.")]
    assert posts[0].images[0].alt_text == "Snoren klippes ved hoveddøren"
    assert posts[0].images[0].url.startswith("https://cdn.bsky.app/img/feed_fullsize/")
    assert all(p.parent_platform_id == URI for p in posts[1:3])
    assert posts[3].images[0].alt_text == "Unge ved et bål"
    assert "Godt arbejde" not in " ".join(p.text for p in posts)


def test_second_run_one_request(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(THREAD, json=fixture("bluesky", "thread.json"))
    rsps.get(FEED, json=fixture("bluesky", "page2.json"))
    first = kit()
    first.fetch(None)
    first_page(rsps)
    again = kit()
    assert again.fetch(first.connector.new_cursor) == [] and again.http.requests_made == 1


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("bluesky", "too_many.json"), status=429, headers={"Retry-After": "2"})
    first_page(rsps, fixture("bluesky", "empty.json"))
    k = kit()
    assert k.fetch(None) == [] and k.sleeps == [2.0]


def test_expired_token(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("bluesky", "expired.json"), status=400)
    with pytest.raises(AuthError):
        kit().fetch(None)


def test_unknown_account_is_not_found(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("bluesky", "profile_not_found.json"), status=400)
    with pytest.raises(NotFound):
        kit().fetch(None)


def test_malformed_body(rsps: responses.RequestsMock) -> None:
    first_page(rsps, {"feed": [{"post": {"uri": URI}}]})
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_account(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("bluesky", "empty.json"))
    assert kit().fetch(None) == []


def test_refetch_edited_and_deleted(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/app.bsky.feed.getPosts", json=fixture("bluesky", "posts_edited.json"))
    rsps.get(f"{ROOT}/app.bsky.feed.getPosts", json=fixture("bluesky", "posts_deleted.json"))
    stored = Post(URI, "post", web_url(URI), "Vores nye klubhus åbner lørdag!", WHEN)
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and fresh.content_hash != stored.content_hash
    assert kit().connector.refetch(stored) is None
