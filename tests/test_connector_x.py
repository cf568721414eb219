"""X connector against reference-shaped API v2 fixtures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, ParseError, Post, RateLimited
from tests.connector_kit import Kit, fixture, mock

TOKEN = "AAAA-BEARER-SECRET-789"
ROOT = "https://api.x.com/2"
TWEETS = f"{ROOT}/users/2244994945/tweets"
WHEN = datetime(2026, 2, 27, 16, 24, 4, tzinfo=UTC)


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit() -> Kit:
    return Kit("x", "@klubtest", token=TOKEN, token_env="X_KLUB_TOKEN")


def lookup(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/users/by/username/klubtest", json=fixture("x", "user.json"),
             match=[matchers.header_matcher({"Authorization": f"Bearer {TOKEN}"})])


def test_two_pages_edit_chain_and_media_alts(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    rsps.get(TWEETS, json=fixture("x", "page1.json"),
             match=[matchers.query_param_matcher({"exclude": "retweets"}, strict_match=False)])
    rsps.get(TWEETS, json=fixture("x", "page2.json"), match=[matchers.query_param_matcher(
        {"pagination_token": "7140dibdnow9c7btw421dyz6jism75z99gyxd8egarsc4"}, strict_match=False)])
    k = kit()
    posts = k.fetch(None)
    assert [p.platform_id for p in posts] == ["1899000000000000001", "1898000000000000000", "1897000000000000000"]
    edited = posts[0]
    assert edited.url.endswith("/status/1899000000000000002") and edited.edited_at is not None
    assert [i.alt_text for i in edited.images] == ["Snoren klippes ved hoveddøren", None]
    assert posts[1].edited_at is None
    cursor = json.loads(k.connector.new_cursor or "")
    assert cursor["newest_id"] == "1899000000000000002" and cursor["user_id"] == "2244994945"


def test_second_run_uses_since_id_and_cached_user_id(rsps: responses.RequestsMock) -> None:
    cursor = json.dumps({"user_id": "2244994945", "handle": "klubtest", "newest_id": "1899000000000000002"})
    rsps.get(TWEETS, json=fixture("x", "empty.json"),
             match=[matchers.query_param_matcher({"since_id": "1899000000000000002"}, strict_match=False)])
    k = kit()
    assert k.fetch(cursor) == []
    assert k.http.requests_made == 1
    assert json.loads(k.connector.new_cursor or "")["newest_id"] == "1899000000000000002"


def test_429_then_success_honours_reset(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    reset = int(datetime.now(UTC).timestamp()) + 5
    rsps.get(TWEETS, status=429, json=fixture("x", "too_many.json"), headers={"x-rate-limit-reset": str(reset)})
    rsps.get(TWEETS, json=fixture("x", "page2.json"))
    k = kit()
    assert len(k.fetch(None)) == 1
    assert len(k.sleeps) == 1 and 0 < k.sleeps[0] <= 5


def test_usage_cap_is_not_slept_on(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    rsps.get(TWEETS, status=429, json=fixture("x", "usage_capped.json"), headers={"x-rate-limit-reset": "1"})
    k = kit()
    with pytest.raises(RateLimited, match="usage cap"):
        k.fetch(None)
    assert k.sleeps == []


def test_expired_token(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/users/by/username/klubtest", status=401, json=fixture("x", "unauthorized.json"))
    with pytest.raises(AuthError, match="X_KLUB_TOKEN") as info:
        kit().fetch(None)
    assert TOKEN not in str(info.value)


def test_malformed_body(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    rsps.get(TWEETS, json={"data": [{"id": "1", "text": "no date"}], "meta": {}})
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_account(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    rsps.get(TWEETS, json=fixture("x", "empty.json"))
    assert kit().fetch(None) == []


def test_refetch_follows_edit_to_latest_version(rsps: responses.RequestsMock) -> None:
    old_version = {"data": {"id": "1898000000000000000", "text": "Årsberetningen er ude.",
                            "created_at": "2026-02-27T16:24:04.000Z",
                            "edit_history_tweet_ids": ["1898000000000000000", "1898000000000000009"]}}
    rsps.get(f"{ROOT}/tweets/1898000000000000000", json=old_version)
    rsps.get(f"{ROOT}/tweets/1898000000000000009", json=fixture("x", "edited.json"))
    stored = Post("1898000000000000000", "post", "https://x.com/klubtest/status/1898000000000000000", "old", WHEN)
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and fresh.platform_id == "1898000000000000000" and "2025" in fresh.text
    assert fresh.url.endswith("1898000000000000009")


@pytest.mark.parametrize("status", [200, 404])
def test_refetch_deleted_is_none(rsps: responses.RequestsMock, status: int) -> None:
    rsps.get(f"{ROOT}/tweets/1898000000000000000", status=status, json=fixture("x", "deleted.json"))
    stored = Post("1898000000000000000", "post", "https://x.com/klubtest/status/1898000000000000000", "t", WHEN)
    assert kit().connector.refetch(stored) is None
