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


def threads(*specs: tuple[str, str | None, str]) -> dict[str, object]:
    """A commentThreads page: (thread id, video id or None, publishedAt) per thread, newest first."""
    items = []
    for thread_id, video_id, published in specs:
        snippet: dict[str, object] = {"topLevelComment": {"id": f"{thread_id}.c", "snippet": {
            "textOriginal": f"kommentar {thread_id}", "publishedAt": published}}}
        if video_id:
            snippet["videoId"] = video_id
        items.append({"id": thread_id, "snippet": snippet})
    return {"items": items}


CHANNEL_THREADS = [matchers.query_param_matcher({"allThreadsRelatedToChannelId": "UCxxxxxxxxxxxxxxxxxxxxxx",
                                                 "order": "time"}, strict_match=False)]


def test_two_pages_skip_private_then_channel_comments(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "page1.json"),
             match=[matchers.query_param_matcher({"playlistId": "UUxxxxxxxxxxxxxxxxxxxxxx"}, strict_match=False)])
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"),
             match=[matchers.query_param_matcher({"pageToken": "EAAaBlBUOkNESQ"}, strict_match=False)])
    rsps.get(f"{ROOT}/commentThreads", json=fixture("youtube", "comments_abc.json"), match=CHANNEL_THREADS)
    k = kit()
    posts = k.fetch(None)
    assert [(p.kind, p.platform_id) for p in posts] == [
        ("post", "abcdefghijk"), ("post", "sommerlejr1"), ("comment", "UgzComment1"), ("comment", "UgzComment1.reply1")]
    video = posts[0]
    assert video.text.startswith("Indvielse af klubhuset\n") and video.url.endswith("watch?v=abcdefghijk")
    assert video.created_at == WHEN and video.images[0].url.endswith("hqdefault.jpg")
    assert posts[3].edited_at is not None and posts[3].url.endswith("watch?v=abcdefghijk&lc=UgzComment1.reply1")
    assert posts[2].parent_platform_id == "abcdefghijk"
    cursor = json.loads(k.connector.new_cursor or "")
    assert cursor["uploads"] == "UUxxxxxxxxxxxxxxxxxxxxxx" and cursor["channel"] == "UCxxxxxxxxxxxxxxxxxxxxxx"
    assert cursor["comments_mark"].startswith("2026-03-02T12:00:00") and cursor["comments_at_mark"] == ["UgzComment1"]


def test_second_run_reads_new_comments_on_old_videos_and_stops_at_the_mark(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"))
    rsps.get(f"{ROOT}/commentThreads", json=threads(("T1", "sommerlejr1", "2026-03-05T10:00:00Z")))
    first = kit()
    first.fetch(None)
    # Next run: a new thread on an old video and one on the channel itself, then the one read before; the
    # page has a next page, which must not be read (everything below the mark was read last time).
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"))
    rsps.get(f"{ROOT}/commentThreads", json={**threads(
        ("T3", None, "2026-03-09T08:00:00Z"), ("T2", "oldvideo001", "2026-03-08T20:00:00Z"),
        ("T1", "sommerlejr1", "2026-03-05T10:00:00Z"), ("T0", "oldvideo001", "2026-02-01T10:00:00Z")),
        "nextPageToken": "MORE"}, match=CHANNEL_THREADS)
    again = kit()
    posts = again.fetch(first.connector.new_cursor)
    assert [(p.platform_id, p.parent_platform_id) for p in posts] == [("T3.c", None), ("T2.c", "oldvideo001")]
    assert "/channel/UCxxxxxxxxxxxxxxxxxxxxxx/" in posts[0].url
    assert again.http.requests_made == 2  # uploads page + one comment page: the channel id came from the cursor
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"))
    rsps.get(f"{ROOT}/commentThreads", json=threads(("T3", None, "2026-03-09T08:00:00Z")))
    assert kit().fetch(again.connector.new_cursor) == []


def test_two_threads_in_the_same_second_are_both_read(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "empty.json"))
    rsps.get(f"{ROOT}/commentThreads", json=threads(("A", "v1", "2026-03-05T10:00:00Z")))
    first = kit()
    first.fetch(None)
    rsps.get(ITEMS, json=fixture("youtube", "empty.json"))
    rsps.get(f"{ROOT}/commentThreads", json=threads(("B", "v1", "2026-03-05T10:00:00Z"),
                                                    ("A", "v1", "2026-03-05T10:00:00Z")))
    second = kit()
    assert [p.platform_id for p in second.fetch(first.connector.new_cursor)] == ["B.c"]
    assert sorted(json.loads(second.connector.new_cursor or "")["comments_at_mark"]) == ["A.c", "B.c"]


def test_comments_disabled_on_the_channel_still_reads_videos(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "page2.json"))
    rsps.get(f"{ROOT}/commentThreads", status=403, json=fixture("youtube", "comments_disabled.json"))
    assert [p.kind for p in kit().fetch(None)] == ["post"]


def test_cursor_from_before_the_channel_id_resolves_it_once(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, json=fixture("youtube", "empty.json"))
    rsps.get(f"{ROOT}/commentThreads", json={"items": []}, match=CHANNEL_THREADS)
    old = json.dumps({"account": "@klubtest", "uploads": "UUxxxxxxxxxxxxxxxxxxxxxx", "seen": {}})
    k = kit()
    assert k.fetch(old) == [] and k.http.requests_made == 3
    assert json.loads(k.connector.new_cursor or "")["channel"] == "UCxxxxxxxxxxxxxxxxxxxxxx"


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    channel(rsps)
    rsps.get(ITEMS, status=429, headers={"Retry-After": "3"})
    rsps.get(ITEMS, json=fixture("youtube", "empty.json"))
    rsps.get(f"{ROOT}/commentThreads", json={"items": []})
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
    rsps.get(f"{ROOT}/commentThreads", json={"items": []})
    assert kit().fetch(None) == []


def test_refetch_edited_and_deleted(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/videos", json=fixture("youtube", "video_edited.json"))
    rsps.get(f"{ROOT}/videos", json=fixture("youtube", "video_deleted.json"))
    stored = Post("abcdefghijk", "post", "https://www.youtube.com/watch?v=abcdefghijk", "Indvielse", WHEN)
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and "(rettet)" in fresh.text
    assert kit().connector.refetch(stored) is None
