"""YouTube connector against reference-shaped Data API v3 fixtures."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, ParseError, Post, RateLimited
from tests.connector_kit import Kit, fixture, mock

KEY = "AIza-SECRET-KEY-321"
ROOT = "https://www.googleapis.com/youtube/v3"
ITEMS = f"{ROOT}/playlistItems"
WHEN = datetime(2026, 3, 2, 9, 15, 4, tzinfo=UTC)


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit() -> Kit:
    return Kit("youtube", "@klubtest", token=KEY, token_env="YT_KEY")


def channel(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/channels", json=fixture("youtube", "channel.json"),
             match=[matchers.query_param_matcher({"forHandle": "@klubtest", "key": KEY}, strict_match=False)])


def test_two_pages_skip_private_and_read_comments(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "page1.json"),
             match=[matchers.query_param_matcher({"playlistId": "UUxxxxxxxxxxxxxxxxxxxxxx"}, strict_match=False)])
    rsps.get(f"{ROOT}/commentThreads", json=fixture("youtube", "comments_abc.json"),
             match=[matchers.query_param_matcher({"videoId": "abcdefghijk"}, strict_match=False)])
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"),
             match=[matchers.query_param_matcher({"pageToken": "EAAaBlBUOkNESQ"}, strict_match=False)])
    rsps.get(f"{ROOT}/commentThreads", status=403, json=fixture("youtube", "comments_disabled.json"),
             match=[matchers.query_param_matcher({"videoId": "sommerlejr1"}, strict_match=False)])
    k = kit()
    posts = k.fetch(None)
    assert [(p.kind, p.platform_id) for p in posts] == [
        ("post", "abcdefghijk"), ("comment", "UgzComment1"), ("comment", "UgzComment1.reply1"),
        ("post", "sommerlejr1")]
    video = posts[0]
    assert video.text.startswith("Indvielse af klubhuset\n") and video.url.endswith("watch?v=abcdefghijk")
    assert video.created_at == WHEN and video.images[0].url.endswith("hqdefault.jpg")
    assert posts[2].edited_at is not None and posts[2].url.endswith("&lc=UgzComment1.reply1")
    assert json.loads(k.connector.new_cursor or "")["uploads"] == "UUxxxxxxxxxxxxxxxxxxxxxx"


def test_second_run_reuses_playlist_and_costs_one_request(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"))
    rsps.get(f"{ROOT}/commentThreads", json={"items": []})
    first = kit()
    first.fetch(None)
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"))
    again = kit()
    assert again.fetch(first.connector.new_cursor) == [] and again.http.requests_made == 1


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, status=429, headers={"Retry-After": "3"})
    rsps.get(ITEMS, json=fixture("youtube", "empty.json"))
    k = kit()
    assert k.fetch(None) == [] and k.sleeps == [3.0]


def test_quota_exceeded_is_rate_limited_until_pacific_midnight(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/channels", status=403, json=fixture("youtube", "quota.json"))
    with pytest.raises(RateLimited) as info:
        kit().fetch(None)
    assert info.value.retry_at is not None and info.value.retry_at > datetime.now(UTC)


def test_invalid_key(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/channels", status=400, json=fixture("youtube", "key_invalid.json"))
    with pytest.raises(AuthError, match="YT_KEY") as info:
        kit().fetch(None)
    assert KEY not in str(info.value)


def test_malformed_body(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/channels", json={"items": [{"id": "UC1"}]})
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_channel(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "empty.json"))
    assert kit().fetch(None) == []


def test_refetch_edited_and_deleted(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/videos", json=fixture("youtube", "video_edited.json"))
    rsps.get(f"{ROOT}/videos", json=fixture("youtube", "video_deleted.json"))
    stored = Post("abcdefghijk", "post", "https://www.youtube.com/watch?v=abcdefghijk", "Indvielse", WHEN)
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and "(rettet)" in fresh.text
    assert kit().connector.refetch(stored) is None
