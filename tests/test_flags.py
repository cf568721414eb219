from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from connectors.base import Post
from monitor.checks.engine import Checker
from monitor.config import Profile, Settings
from monitor.db import connect
from monitor.flags import FlagError, apply_findings, post_removed, transition
from monitor.store import Store

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
PID = "klubvest-fb"


@pytest.fixture
def store(database_url: str) -> Store:
    store = Store(connect(database_url))
    store.sync_profiles(Settings(profiles=[Profile(id=PID, name="Klub Vest", platform="facebook", account="1234",
                                                   owner="Ida Testesen <ida@klubvest.example>")]))
    return store


def save_and_check(store: Store, checker: Checker, text: str, at: datetime, pid: str = "p1"):  # type: ignore[no-untyped-def]
    post = Post(platform_id=pid, kind="post", url=f"https://fb.example/{pid}", text=text,
                created_at=NOW - timedelta(hours=2))
    with store.begin() as s:
        row, _ = store.upsert_post(s, PID, post, at)
        return apply_findings(store, s, row, "facebook", checker.check(text), at), row.id


def statuses(store: Store) -> list[tuple[str, str, str | None]]:
    return [(f.category, f.status, f.resolution) for f in store.list_flags("all")]


def test_one_flag_per_post_and_category_with_masked_excerpt(store: Store, checker: Checker) -> None:
    changes, _ = save_and_check(store, checker, "CPR 010203-1234 og 020304-2345, TRUSSEL", NOW)
    assert len(changes.opened) == 2
    flags = {f.category: f for f in store.list_flags()}
    assert set(flags) == {"personal.cpr", "conduct.threat"}
    excerpt = flags["personal.cpr"].excerpt or ""
    assert "1234" not in excerpt and "010203-****" in excerpt
    assert flags["personal.cpr"].severity == "critical"


def test_edit_that_removes_the_finding_resolves_as_edited(store: Store, checker: Checker) -> None:
    save_and_check(store, checker, "CPR 010203-1234 og TRUSSEL", NOW)
    changes, _ = save_and_check(store, checker, "Rettet, men stadig TRUSSEL", NOW + timedelta(hours=1))
    assert len(changes.resolved) == 1 and changes.opened == []
    assert sorted(statuses(store)) == [("conduct.threat", "open", None), ("personal.cpr", "resolved", "edited")]


def test_removal_resolves_with_time_to_removal(store: Store, checker: Checker) -> None:
    _, post_id = save_and_check(store, checker, "CPR 010203-1234", NOW)
    with store.begin() as s:
        row = store.post(s, post_id)
        assert row is not None
        changes = post_removed(store, s, row, NOW + timedelta(hours=3))
    assert len(changes.resolved) == 1
    [flag] = store.list_flags("all")
    assert (flag.status, flag.resolution, flag.resolved_at) == ("resolved", "removed", NOW + timedelta(hours=3))
    with store.begin() as s:
        stored = store.flag(s, flag.id)
        assert stored is not None and stored.removed_after_seconds == 5 * 3600  # published 2 h before NOW


def test_dismissed_flag_stays_dismissed_for_the_same_content(store: Store, checker: Checker) -> None:
    save_and_check(store, checker, "Ring til 010203-1234", NOW)
    [flag] = store.list_flags()
    transition(store, flag.id, "dismiss", actor="Kommunikation", note="et testnummer", at=NOW)
    changes, _ = save_and_check(store, checker, "Ring til 010203-1234", NOW + timedelta(hours=1))
    assert changes.opened == []
    assert statuses(store) == [("personal.cpr", "dismissed", None)]


def test_dismissed_flag_reopens_for_new_offending_content(store: Store, checker: Checker) -> None:
    save_and_check(store, checker, "Ring til 010203-1234", NOW)
    [flag] = store.list_flags()
    transition(store, flag.id, "dismiss", actor="Kommunikation", at=NOW)
    changes, _ = save_and_check(store, checker, "Ring til 050607-8901 i stedet", NOW + timedelta(hours=1))
    assert changes.opened == [flag.id]
    [reopened] = store.list_flags()
    assert (reopened.id, reopened.status, reopened.resolved_at) == (flag.id, "open", None)
    assert "050607-****" in (reopened.excerpt or "")


def test_every_change_is_in_the_history(store: Store, checker: Checker) -> None:
    save_and_check(store, checker, "TRUSSEL", NOW)
    [flag] = store.list_flags()
    transition(store, flag.id, "acknowledge", actor="Ida Testesen", note="ser på det", at=NOW + timedelta(minutes=5))
    transition(store, flag.id, "resolve", actor="Ida Testesen", note="talt med klubben", at=NOW + timedelta(hours=1))
    events = store.events(flag.id)
    assert [(e.actor, e.from_status, e.to_status, e.resolution, e.note) for e in events] == [
        ("monitor", None, "open", None, "found by test.threat"),
        ("Ida Testesen", "open", "acknowledged", None, "ser på det"),
        ("Ida Testesen", "acknowledged", "resolved", "fixed", "talt med klubben"),
    ]
    assert [e.at for e in events] == [NOW, NOW + timedelta(minutes=5), NOW + timedelta(hours=1)]


def test_refused_transitions_say_why(store: Store, checker: Checker) -> None:
    save_and_check(store, checker, "TRUSSEL", NOW)
    [flag] = store.list_flags()
    transition(store, flag.id, "resolve", actor="Ida", at=NOW)
    with pytest.raises(FlagError, match="is resolved"):
        transition(store, flag.id, "dismiss", actor="Ida")
    with pytest.raises(FlagError, match="no flag with id 999"):
        transition(store, 999, "resolve", actor="Ida")
    assert len(store.events(flag.id)) == 2


def test_acknowledged_flag_follows_edits_without_reopening(store: Store, checker: Checker) -> None:
    save_and_check(store, checker, "Ring til 010203-1234", NOW)
    [flag] = store.list_flags()
    transition(store, flag.id, "acknowledge", actor="Ida", at=NOW)
    changes, _ = save_and_check(store, checker, "Ring til 050607-8901", NOW + timedelta(hours=1))
    assert changes.opened == [] and statuses(store) == [("personal.cpr", "acknowledged", None)]
