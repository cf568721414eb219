"""Facebook connector against reference-shaped Graph API fixtures."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, ParseError, Post, RateLimited
from tests.connector_kit import Kit, fixture, mock

TOKEN = "EAAB-SECRET-TOKEN-123"
ROOT = "https://graph.facebook.com/v25.0"
FEED = f"{ROOT}/104509638899532/published_posts"
PAGE2 = f"{FEED}?access_token={TOKEN}&limit=2&after=QVFIUk9QVzRjWl9MU0x"
POST_ID = "104509638899532_105760508774445"


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit() -> Kit:
    return Kit("facebook", "104509638899532", token=TOKEN, token_env="FB_KLUB_TOKEN")


def first_page(rsps: responses.RequestsMock, body: object | None = None, **kwargs: object) -> None:
    rsps.get(FEED, json=body if body is not None else fixture("facebook", "page1.json"),
             match=[matchers.query_param_matcher({"access_token": TOKEN, "limit": "25"}, strict_match=False)],
             **kwargs)  # type: ignore[arg-type]


def test_two_pages_posts_comments_and_images(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(PAGE2, json=fixture("facebook", "page2.json"))
    k = kit()
    posts = k.fetch(None)
    assert [(p.kind, p.platform_id) for p in posts] == [
        ("post", POST_ID), ("comment", "105760508774445_1198765432101234"),
        ("post", "104509638899532_105733812110448"),
        ("post", "104509638899532_105700000000001"), ("comment", posts[4].platform_id),
    ]
    album = posts[0]
    assert album.images[0].alt_text == "Snoren klippes ved hoveddøren" and len(album.images) == 2
    assert album.created_at.tzinfo is not None and album.edited_at is not None
    assert posts[1].parent_platform_id == POST_ID and posts[1].text == "Tillykke!"
    assert posts[4].platform_id.startswith("104509638899532_105700000000001:c:")  # no comment id granted
    assert json.loads(k.connector.new_cursor or "")["mark"].startswith("2026-03-02T09:15:04")


def test_second_run_with_nothing_new_costs_one_request(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(PAGE2, json=fixture("facebook", "page2.json"))
    first = kit()
    first.fetch(None)
    first_page(rsps)
    again = kit()
    assert again.fetch(first.connector.new_cursor) == []
    assert again.http.requests_made == 1


def test_edit_and_new_comment_on_recent_post_are_noticed(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(PAGE2, json=fixture("facebook", "page2.json"))
    first = kit()
    first.fetch(None)
    page = fixture("facebook", "page1.json")
    page["data"][1]["message"] = "Læs vores årsberetning (rettet)"
    page["data"][0]["comments"]["data"].append(
        {"id": "105760508774445_2", "message": "Ny kommentar", "created_time": "2026-03-03T08:00:00+0000"})
    page["data"][0]["comments"]["summary"]["total_count"] = 2
    first_page(rsps, page)
    posts = kit().fetch(first.connector.new_cursor)
    assert [(p.kind, p.text) for p in posts] == [
        ("comment", "Tillykke!"), ("comment", "Ny kommentar"), ("post", "Læs vores årsberetning (rettet)")]


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, status=429, headers={"Retry-After": "2"})
    first_page(rsps, fixture("facebook", "page2.json"))
    k = kit()
    assert len(k.fetch(None)) == 2
    assert k.sleeps == [2.0]


def test_graph_throttle_code_is_rate_limited(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("facebook", "rate_limited.json"), status=400)
    with pytest.raises(RateLimited, match="80001"):
        kit().fetch(None)


def test_expired_token_names_renewal_and_variable_not_token(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("facebook", "expired.json"), status=400)
    with pytest.raises(AuthError) as info:
        kit().fetch(None)
    message = str(info.value)
    assert "expired" in message and "renew" in message and "FB_KLUB_TOKEN" in message
    assert TOKEN not in message


@pytest.mark.parametrize("body", [{"data": "not a list"}, {"data": [{"message": "no id"}]},
                                  {"data": [{"id": "1_2", "created_time": "yesterday"}]}])
def test_malformed_body_is_parse_error(rsps: responses.RequestsMock, body: object) -> None:
    first_page(rsps, body)
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_not_json_is_parse_error(rsps: responses.RequestsMock) -> None:
    rsps.get(FEED, body="<html>maintenance</html>")
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_account(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("facebook", "empty.json"))
    k = kit()
    assert k.fetch(None) == []
    assert json.loads(k.connector.new_cursor or "") == {"seen": {}}


def test_refetch_edited_post(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/{POST_ID}", json=fixture("facebook", "post_edited.json"))
    stale = Post(POST_ID, "post", "https://www.facebook.com/x", "old", album_time())
    fresh = kit().connector.refetch(stale)
    assert fresh is not None and fresh.text.endswith("kl. 10!") and fresh.content_hash != stale.content_hash


def test_refetch_deleted_post_is_none_after_token_check(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/{POST_ID}", json=fixture("facebook", "deleted.json"), status=400)
    rsps.get(f"{ROOT}/me", json={"id": "104509638899532"})
    assert kit().connector.refetch(Post(POST_ID, "post", "u", "t", album_time())) is None


def test_refetch_with_dead_token_is_not_taken_for_deletion(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/{POST_ID}", json=fixture("facebook", "deleted.json"), status=400)
    rsps.get(f"{ROOT}/me", json=fixture("facebook", "expired.json"), status=400)
    with pytest.raises(AuthError):
        kit().connector.refetch(Post(POST_ID, "post", "u", "t", album_time()))


def album_time():  # type: ignore[no-untyped-def]
    from connectors.util import parse_time
    return parse_time("2026-03-02T09:15:04+0000", "test")
