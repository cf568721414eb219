from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from connectors.base import Image, Post
from monitor.config import Profile, Settings
from monitor.db import connect, current_revision, head_revision, make_engine, upgrade
from monitor.errors import ConfigError
from monitor.store import Store, post_from_row

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def settings_with(*profiles: Profile) -> Settings:
    return Settings(profiles=list(profiles))


def profile(pid: str = "klubvest-rss", platform: str = "rss",
            account: str = "https://klubvest.example/feed") -> Profile:
    return Profile(id=pid, name="Klub Vest", platform=platform, account=account,  # type: ignore[arg-type]
                   owner="Ida Testesen <ida@klubvest.example>")


def a_post(pid: str = "p1", text_: str = "Hej alle", **kw: object) -> Post:
    return Post(platform_id=pid, kind="post", url=f"https://x.example/{pid}", text=text_,
                created_at=NOW - timedelta(days=1), **kw)  # type: ignore[arg-type]


def test_new_database_is_migrated_to_head_and_matches_the_models(database_url: str) -> None:
    engine = connect(database_url)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    assert diff == [], "monitor/models.py changed without a migration"
    connect(database_url)  # opening again is a no-op
    assert current_revision(engine) == head_revision()


def test_database_of_the_first_release_upgrades_in_place(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        assert "flags_opened" not in {c["name"] for c in inspect(conn).get_columns("fetch_run")}
        conn.execute(text("INSERT INTO profile (id, name, platform, account, owner, unit, active) "
                          "VALUES ('old', 'Old', 'rss', 'https://o.example/feed', 'O <o@o.example>', '', true)"))
        conn.execute(text("INSERT INTO fetch_run (profile_id, started_at, outcome, posts_new, posts_changed, "
                          "posts_removed, requests) VALUES ('old', :t, 'ok', 3, 0, 0, 1)"), {"t": NOW})
    engine.dispose()

    engine = connect(database_url)
    assert current_revision(engine) == head_revision()
    runs = Store(engine).runs("old")
    assert [(r.posts_new, r.flags_opened, r.flags_resolved) for r in runs] == [(3, 0, 0)]
    index_names = {i["name"] for i in inspect(engine).get_indexes("flag")}
    assert "ix_flag_profile_status" in index_names


def test_unsupported_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unsupported database"):
        make_engine("mysql://u@h/db")


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = connect(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_upsert_is_idempotent_and_notices_edits(database_url: str) -> None:
    store = Store(connect(database_url))
    store.sync_profiles(settings_with(profile()))
    post = a_post(images=(Image("https://x.example/a.jpg", "alt"), Image("https://x.example/b.jpg")))
    with store.begin() as s:
        row, change = store.upsert_post(s, "klubvest-rss", post, NOW)
        first_id = row.id
    assert change == "new"
    for _ in range(2):
        with store.begin() as s:
            row, change = store.upsert_post(s, "klubvest-rss", post, NOW + timedelta(hours=1))
        assert (change, row.id) == ("unchanged", first_id)
    assert store.count_posts() == 1

    with store.begin() as s:
        row, change = store.upsert_post(s, "klubvest-rss", a_post(text_="Hej alle igen"), NOW + timedelta(hours=2))
    assert change == "changed"
    assert row.text == "Hej alle igen" and row.edited_at == NOW + timedelta(hours=2)
    assert row.created_at == NOW - timedelta(days=1)
    assert store.count_posts() == 1


def test_stored_post_round_trips_to_the_same_content_hash(database_url: str) -> None:
    store = Store(connect(database_url))
    store.sync_profiles(settings_with(profile()))
    post = a_post(images=(Image("https://x.example/a.jpg", "Et billede"), Image("https://x.example/b.jpg")))
    with store.begin() as s:
        row, _ = store.upsert_post(s, "klubvest-rss", post, NOW)
    assert post_from_row(row).content_hash == post.content_hash


def test_sync_profiles_deactivates_and_resets_cursor_when_account_changes(database_url: str) -> None:
    store = Store(connect(database_url))
    store.sync_profiles(settings_with(profile(), profile("gone", account="https://g.example/feed")))
    store.set_cursor("klubvest-rss", "42")
    store.sync_profiles(settings_with(profile(account="https://klubvest.example/new-feed")))
    statuses = {p.id: p for p in store.profile_statuses()}
    assert statuses["gone"].active is False and statuses["klubvest-rss"].active is True
    assert store.get_cursor("klubvest-rss") is None


def test_failures_count_up_and_success_clears_them(database_url: str) -> None:
    store = Store(connect(database_url))
    store.sync_profiles(settings_with(profile()))
    assert store.record_failure("klubvest-rss", "transient", "timed out", NOW) == 1
    assert store.record_failure("klubvest-rss", "transient", "timed out", NOW) == 2
    status = store.profile_statuses()[0]
    assert (status.consecutive_failures, status.last_error, status.last_success_at) == (2, "timed out", None)
    store.record_success("klubvest-rss", NOW + timedelta(hours=1))
    status = store.profile_statuses()[0]
    assert (status.consecutive_failures, status.last_error) == (0, None)
    assert status.last_success_at == NOW + timedelta(hours=1)
