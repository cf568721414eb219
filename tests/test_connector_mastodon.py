"""Mastodon connector against reference-shaped REST API fixtures (Link-header paging)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, ParseError, Post
from tests.connector_kit import Kit, fixture, mock

ROOT = "https://mastodon.example/api/v1"
STATUSES = f"{ROOT}/accounts/109876/statuses"
NEXT = f"{STATUSES}?max_id=112200000000000001"
WHEN = datetime(2026, 3, 2, 9, 15, 4, tzinfo=UTC)


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit() -> Kit:
    return Kit("mastodon", "@klubtest@mastodon.example")


def lookup(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/accounts/lookup", json=fixture("mastodon", "account.json"),
             match=[matchers.query_param_matcher({"acct": "klubtest"})])


def first_page(rsps: responses.RequestsMock, body: object | None = None, **kwargs: object) -> None:
    rsps.get(STATUSES, json=body if body is not None else fixture("mastodon", "page1.json"),
             headers={"Link": f'<{NEXT}>; rel="next", <{STATUSES}?min_id=112244556677889900>; rel="prev"'},
             match=[matchers.query_param_matcher({"exclude_reblogs": "true", "limit": "40"})], **kwargs)  # type: ignore[arg-type]


def test_two_pages_reblog_skipped_html_to_text_and_replies(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    first_page(rsps)
    rsps.get(f"{ROOT}/statuses/112244556677889900/context", json=fixture("mastodon", "context.json"))
    rsps.get(NEXT, json=fixture("mastodon", "page2.json"))
    posts = kit().fetch(None)
    assert [(p.kind, p.platform_id) for p in posts] == [
        ("post", "112244556677889900"), ("comment", "112244556677889950"), ("post", "112100000000000000")]
    first, reply, old = posts
    assert first.text == "Vores nye klubhus åbner lørdag! #klub\nexample.org/klubhus"  # invisible spans dropped
    assert first.images[0].alt_text == "Snoren klippes ved hoveddøren"
    assert reply.parent_platform_id == first.platform_id and reply.text == "@klubtest Tillykke!"
    assert old.text == "Praktisk info\nSommerlejr: tilmelding åben.\nSe mere på hjemmesiden."
    assert old.images[0].url.endswith("v_small.jpeg")  # a video's still, not the video


def test_second_run_one_request_then_edit_noticed(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    first_page(rsps)
    rsps.get(f"{ROOT}/statuses/112244556677889900/context", json=fixture("mastodon", "context.json"))
    rsps.get(NEXT, json=fixture("mastodon", "page2.json"))
    first = kit()
    first.fetch(None)
    assert json.loads(first.connector.new_cursor or "")["account_id"] == "109876"
    first_page(rsps)
    again = kit()
    assert again.fetch(first.connector.new_cursor) == [] and again.http.requests_made == 1
    page = fixture("mastodon", "page1.json")
    page[0]["content"] = "<p>Vores nye klubhus åbner lørdag kl. 10!</p>"
    page[0]["edited_at"] = "2026-03-02T09:20:11.000Z"
    first_page(rsps, page)
    edited = kit().fetch(first.connector.new_cursor)
    assert [p.text for p in edited] == ["Vores nye klubhus åbner lørdag kl. 10!"] and edited[0].edited_at


def test_429_then_success_with_iso_reset(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    reset = (datetime.now(UTC) + timedelta(seconds=4)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    first_page(rsps, fixture("mastodon", "too_many.json"), status=429)
    rsps.replace(responses.GET, STATUSES, json=fixture("mastodon", "too_many.json"), status=429,
                 headers={"X-RateLimit-Reset": reset})
    rsps.get(STATUSES, json=fixture("mastodon", "empty.json"))
    k = kit()
    assert k.fetch(None) == []
    assert len(k.sleeps) == 1 and 2 < k.sleeps[0] <= 4


def test_unauthorised_instance(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/accounts/lookup", status=401, json=fixture("mastodon", "unauthorized.json"))
    with pytest.raises(AuthError):
        kit().fetch(None)


def test_malformed_body(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    first_page(rsps, {"id": "not a list"})
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_account(rsps: responses.RequestsMock) -> None:
    lookup(rsps)
    rsps.get(STATUSES, json=[])
    assert kit().fetch(None) == []


def test_refetch_edited_and_deleted(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/statuses/112244556677889900", json=fixture("mastodon", "status_edited.json"))
    rsps.get(f"{ROOT}/statuses/112244556677889900", status=404, json=fixture("mastodon", "not_found.json"))
    stored = Post("112244556677889900", "post", "u", "Vores nye klubhus åbner lørdag!", WHEN)
    fresh = kit().connector.refetch(stored)
    assert fresh is not None and fresh.text.endswith("kl. 10!") and fresh.edited_at is not None
    assert kit().connector.refetch(stored) is None


def test_base_url_redirects_the_instance(rsps: responses.RequestsMock) -> None:
    rsps.get("http://127.0.0.1:9/api/v1/statuses/1", json=fixture("mastodon", "status_edited.json"))
    k = Kit("mastodon", "@klubtest@mastodon.example", base_url="http://127.0.0.1:9/")
    assert k.connector.refetch(Post("1", "post", "u", "t", WHEN)) is not None
