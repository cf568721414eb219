"""Instagram connector against reference-shaped Graph API fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import responses
from responses import matchers

from connectors.base import AuthError, ParseError, Post
from tests.connector_kit import Kit, fixture, mock

TOKEN = "IGQ-SECRET-TOKEN-456"
ROOT = "https://graph.facebook.com/v25.0"
MEDIA = f"{ROOT}/17841405822304914/media"
PAGE2 = f"{MEDIA}?access_token={TOKEN}&limit=2&after=QVFIUmlT"
WHEN = datetime(2026, 3, 2, 9, 0, 21, tzinfo=UTC)


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def kit() -> Kit:
    return Kit("instagram", "17841405822304914", token=TOKEN, token_env="IG_KLUB_TOKEN")


def first_page(rsps: responses.RequestsMock, body: object | None = None, **kwargs: object) -> None:
    rsps.get(MEDIA, json=body if body is not None else fixture("instagram", "page1.json"),
             match=[matchers.query_param_matcher({"access_token": TOKEN}, strict_match=False)],
             **kwargs)  # type: ignore[arg-type]


def test_two_pages_media_alt_texts_and_comments(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(PAGE2, json=fixture("instagram", "page2.json"))
    posts = kit().fetch(None)
    assert [p.platform_id for p in posts] == ["17895731045244887", "17858154961981086", "17896622936197745",
                                              "17890000000000001"]
    carousel, comment, reel, single = posts
    assert [i.alt_text for i in carousel.images] == ["To frivillige maler et skur", None]
    assert carousel.images[1].url.endswith("240249662_n.jpg")  # the video child's thumbnail, not the mp4
    assert "To frivillige maler et skur" in carousel.checked_text
    assert comment.kind == "comment" and comment.url == carousel.url
    assert reel.images[0].url.endswith("236077088_n.jpg")
    assert single.images[0].alt_text == "Unge på cykeltur"


def test_second_run_nothing_new_one_request_and_new_comment_noticed(rsps: responses.RequestsMock) -> None:
    first_page(rsps)
    rsps.get(PAGE2, json=fixture("instagram", "page2.json"))
    first = kit()
    first.fetch(None)
    first_page(rsps)
    again = kit()
    assert again.fetch(first.connector.new_cursor) == [] and again.http.requests_made == 1
    page = fixture("instagram", "page1.json")
    page["data"][1]["comments_count"] = 1
    new_comment = {"id": "1790", "text": "Hvornår?", "timestamp": "2026-03-03T10:00:00+0000"}
    page["data"][1]["comments"] = {"data": [new_comment]}
    first_page(rsps, page)
    assert [p.text for p in kit().fetch(first.connector.new_cursor)] == ["Hvornår?"]


def test_429_then_success(rsps: responses.RequestsMock) -> None:
    rsps.get(MEDIA, status=429, headers={"Retry-After": "1"})
    first_page(rsps, fixture("instagram", "page2.json"))
    k = kit()
    assert len(k.fetch(None)) == 1 and k.sleeps == [1.0]


def test_expired_token(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("instagram", "expired.json"), status=400)
    with pytest.raises(AuthError, match="IG_KLUB_TOKEN") as info:
        kit().fetch(None)
    assert TOKEN not in str(info.value)


def test_malformed_body(rsps: responses.RequestsMock) -> None:
    first_page(rsps, {"data": [{"id": "1", "caption": "no timestamp"}]})
    with pytest.raises(ParseError):
        kit().fetch(None)


def test_empty_account(rsps: responses.RequestsMock) -> None:
    first_page(rsps, fixture("instagram", "empty.json"))
    assert kit().fetch(None) == []


def test_refetch_edited_caption(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/17895731045244887", json=fixture("instagram", "media_edited.json"))
    fresh = kit().connector.refetch(Post("17895731045244887", "post", "u", "Frivilliguge i klubben!", WHEN))
    assert fresh is not None and "Tak til alle" in fresh.text


def test_refetch_deleted_media_is_none(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{ROOT}/17895731045244887", json=fixture("instagram", "deleted.json"), status=400)
    assert kit().connector.refetch(Post("17895731045244887", "post", "u", "t", WHEN)) is None
