"""The cheaper ways of storing fetched posts behave exactly as the one-at-a-time ways they replace."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import responses
from responses import matchers

import connectors.mastodon as mastodon_module
from connectors.base import Image, Post
from monitor.config import Profile, Settings
from monitor.db import connect
from monitor.models import Flag
from monitor.pipeline import _distinct_runs
from monitor.store import Store
from tests.connector_kit import Kit, fixture, mock

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PID = "klubvest-rss"


def a_post(pid: str, text: str = "Hej alle", **kw: Any) -> Post:
    return Post(platform_id=pid, kind="post", url=f"https://x.example/{pid}", text=text,
                created_at=NOW - timedelta(days=1), **kw)


@pytest.fixture
def store(database_url: str) -> Store:
    store = Store(connect(database_url))
    store.sync_profiles(Settings(profiles=[Profile(
        id=PID, name="Klub Vest", platform="rss", account="https://klubvest.example/feed",  # type: ignore[arg-type]
        owner="Ida Testesen <ida@klubvest.example>")]))
    return store


def test_batch_upsert_matches_one_at_a_time(store: Store) -> None:
    with store.begin() as s:
        store.upsert_posts(s, PID, [a_post("p1"), a_post("p2", removed_text := "Slettet snart")], NOW)
    with store.begin() as s:
        row = store.upsert_posts(s, PID, [a_post("p2", removed_text)], NOW)[0][0]
        store.mark_removed(s, row, NOW)
    later = NOW + timedelta(hours=1)
    batch = [a_post("p1", "Hej alle igen"), a_post("p2", removed_text), a_post("p3"),
             a_post("p4", images=(Image("https://x.example/a.jpg", "Alt"),))]
    with store.begin() as s:
        results = store.upsert_posts(s, PID, batch, later)
        assert [change for _, change in results] == ["changed", "restored", "new", "new"]
        assert all(row.id is not None for row, _ in results)
        assert results[0][0].text == "Hej alle igen" and results[0][0].edited_at == later
        assert results[3][0].image_urls == ["https://x.example/a.jpg"] and results[3][0].alt_texts == ["Alt"]
    with store.begin() as s:
        again = store.upsert_posts(s, PID, batch, later)
        assert [change for _, change in again] == ["unchanged"] * 4
    assert store.count_posts(PID) == 4


def test_a_platform_id_twice_in_one_batch_is_inserted_once_then_updated(store: Store) -> None:
    with store.begin() as s:
        results = store.upsert_posts(s, PID, [a_post("p1"), a_post("p1", "Rettet")], NOW)
        assert [change for _, change in results] == ["new", "changed"]
        assert results[0][0] is results[1][0] and results[1][0].text == "Rettet"
    assert store.count_posts(PID) == 1


def test_distinct_runs_split_before_a_repeated_id() -> None:
    posts = [a_post("a"), a_post("b"), a_post("a"), a_post("c"), a_post("c")]
    assert [[p.platform_id for p in run] for run in _distinct_runs(posts)] == [["a", "b"], ["a", "c"], ["c"]]
    assert list(_distinct_runs([])) == []


def test_flags_of_a_just_inserted_post_are_skipped_until_one_is_added(store: Store) -> None:
    with store.begin() as s:
        (row, change), = store.upsert_posts(s, PID, [a_post("p1")], NOW)
        assert change == "new" and row.id is not None
        assert store.flags_of_post(s, row.id) == []
        flag = store.add_flag(s, Flag(post_id=row.id, profile_id=PID, platform="rss", category="pii.phone",
                                      severity="high", rule="pii.phone_dk", status="open", first_seen=NOW,
                                      last_seen=NOW, post_created_at=row.created_at))
        assert [f.id for f in store.flags_of_post(s, row.id)] == [flag.id]
    with store.begin() as s:
        assert row.id is not None and [f.id for f in store.flags_of_post(s, row.id)] == [flag.id]


# -- Mastodon: a status seen before with the same raw content is not converted again ---------------

ROOT = "https://mastodon.example/api/v1"
STATUSES = f"{ROOT}/accounts/109876/statuses"
NEXT = f"{STATUSES}?max_id=112200000000000001"


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def _first_page(rsps: responses.RequestsMock, body: object) -> None:
    rsps.get(STATUSES, json=body, headers={"Link": f'<{NEXT}>; rel="next"'},
             match=[matchers.query_param_matcher({"exclude_reblogs": "true", "limit": "40"})])


def _first_run(rsps: responses.RequestsMock) -> str:
    rsps.get(f"{ROOT}/accounts/lookup", json=fixture("mastodon", "account.json"))
    _first_page(rsps, fixture("mastodon", "page1.json"))
    rsps.get(f"{ROOT}/statuses/112244556677889900/context", json=fixture("mastodon", "context.json"))
    rsps.get(NEXT, json=fixture("mastodon", "page2.json"))
    kit = Kit("mastodon", "@klubtest@mastodon.example")
    kit.fetch(None)
    assert kit.connector.new_cursor is not None
    return kit.connector.new_cursor


def _counting_conversions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    converted: list[str] = []
    real = mastodon_module.html_to_text

    def spy(html: str | None) -> str:
        converted.append(html or "")
        return real(html)

    monkeypatch.setattr(mastodon_module, "html_to_text", spy)
    return converted


def test_unchanged_statuses_are_not_converted_again(rsps: responses.RequestsMock,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cursor = _first_run(rsps)
    converted = _counting_conversions(monkeypatch)
    _first_page(rsps, fixture("mastodon", "page1.json"))
    kit = Kit("mastodon", "@klubtest@mastodon.example")
    assert kit.fetch(cursor) == [] and converted == []
    assert json.loads(kit.connector.new_cursor or "")["seen"] == json.loads(cursor)["seen"]


def test_content_changed_without_edited_at_is_still_noticed(rsps: responses.RequestsMock,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cursor = _first_run(rsps)
    converted = _counting_conversions(monkeypatch)
    page = fixture("mastodon", "page1.json")
    page[0]["content"] = "<p>Ændret uden edited_at</p>"
    _first_page(rsps, page)
    posts = Kit("mastodon", "@klubtest@mastodon.example").fetch(cursor)
    assert [p.text for p in posts] == ["Ændret uden edited_at"]
    assert converted == ["<p>Ændret uden edited_at</p>"]  # only the status whose raw content changed


def test_new_replies_on_an_unchanged_status_are_read(rsps: responses.RequestsMock) -> None:
    cursor = _first_run(rsps)
    page = fixture("mastodon", "page1.json")
    page[0]["replies_count"] += 1
    _first_page(rsps, page)
    rsps.get(f"{ROOT}/statuses/{page[0]['id']}/context", json=fixture("mastodon", "context.json"))
    posts = Kit("mastodon", "@klubtest@mastodon.example").fetch(cursor)
    assert posts and all(p.kind == "comment" and p.parent_platform_id == page[0]["id"] for p in posts)


def test_a_cursor_from_before_the_fingerprints_still_reads_nothing_new(rsps: responses.RequestsMock) -> None:
    cursor = json.loads(_first_run(rsps))
    del cursor["raw"]
    _first_page(rsps, fixture("mastodon", "page1.json"))
    kit = Kit("mastodon", "@klubtest@mastodon.example")
    assert kit.fetch(json.dumps(cursor)) == [] and kit.http.requests_made == 1
