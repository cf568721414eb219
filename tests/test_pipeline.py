from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from connectors.base import AuthError, Connector, ConnectorError, RateLimited
from monitor import pipeline
from monitor.checks.engine import Checker
from monitor.config import Profile, Settings
from monitor.db import connect
from monitor.errors import ConfigError
from monitor.models import Flag, FlagEvent, PostRow
from monitor.pipeline import run_once
from monitor.run_summary import RunSummary
from monitor.store import Store
from tests.conftest import FakeHttp, FakeWorld

Registry = dict[str, type[Connector]]
TOKENS = {"FB_TOKEN_KLUBVEST": "EAAB-secret-token-1", "MASTODON_TOKEN_SYD": "mst-secret-2"}


def fb(pid: str = "klubvest-fb", account: str = "klubvest", token_env: str | None = "FB_TOKEN_KLUBVEST") -> Profile:
    return Profile(id=pid, name="Klub Vest", platform="facebook", account=account, token_env=token_env,
                   owner="Ida Testesen <ida@klubvest.example>")


def feed(pid: str = "syd-rss", account: str = "syd") -> Profile:
    return Profile(id=pid, name="Klub Syd", platform="rss", account=account, owner="Bo Prøvesen <bo@syd.example>")


@pytest.fixture
def engine(database_url: str) -> Engine:
    return connect(database_url)


def run(engine: Engine, registry: Registry, checker: Checker, *profiles: Profile, **kw: Any) -> RunSummary:
    kw.setdefault("environ", TOKENS)
    kw.setdefault("http_factory", lambda platform, settings: FakeHttp())
    kw.setdefault("image_check", None)
    return run_once(Settings(profiles=list(profiles)), engine, registry, checker=checker, **kw)


def post_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as s:
        rows = s.exec(select(PostRow.platform_id, func.count()).group_by(PostRow.platform_id)).all()
        return dict(rows)  # type: ignore[arg-type]


def flag_rows(engine: Engine) -> list[Flag]:
    with Session(engine) as s:
        return list(s.exec(select(Flag).order_by(Flag.id)).all())  # type: ignore[arg-type]


def test_run_stores_checks_flags_and_advances_the_cursor(engine: Engine, registry: Registry, world: FakeWorld,
                                                          checker: Checker) -> None:
    world.publish("klubvest", "1", "Velkommen til sæsonen")
    world.publish("klubvest", "2", "Kontakt 010203-1234", minutes=5)
    world.publish("klubvest", "3", "Kommentar med TRUSSEL", minutes=6, kind="comment")
    world.publish("syd", "a", "Åbent hus")
    summary = run(engine, registry, checker, fb(), feed())

    assert (summary.profiles_ok, summary.profiles_failed, summary.posts_new) == (2, 0, 4)
    flags = flag_rows(engine)
    assert [(f.category, f.kind, f.profile_id, f.status) for f in flags] == [
        ("personal.cpr", "post", "klubvest-fb", "open"), ("conduct.threat", "comment", "klubvest-fb", "open")]
    assert summary.opened_flag_ids == [f.id for f in flags]
    store = Store(engine)
    assert store.get_cursor("klubvest-fb") == "3"
    [fetch_run] = store.runs("klubvest-fb")
    assert (fetch_run.outcome, fetch_run.posts_new, fetch_run.flags_opened, fetch_run.requests) == ("ok", 3, 2, 2)

    # Nothing new: one request per profile, nothing stored twice, no flag opened again.
    again = run(engine, registry, checker, fb(), feed())
    assert (again.posts_new, again.posts_changed, again.flags_opened) == (0, 0, 0)
    assert all(count == 1 for count in post_counts(engine).values())
    # Two flagged posts are re-read one by one; the feed without flags costs one request.
    assert {r.profile_id: r.requests for r in again.results} == {"klubvest-fb": 1 + 2, "syd-rss": 1}


def test_fetch_failing_halfway_then_rerun_stores_everything_exactly_once(
        engine: Engine, registry: Registry, world: FakeWorld, checker: Checker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", 2)
    for i in range(7):
        world.publish("klubvest", f"p{i}", f"Opslag {i}" + (" TRUSSEL" if i in (1, 5) else ""), minutes=i)
    account = world.account("klubvest")
    account.fail_after, account.error = 3, ConnectorError("connection dropped mid-page")

    first = run(engine, registry, checker, fb())
    assert first.profiles_failed == 1 and first.failed[0].error_kind == "error"
    assert sorted(post_counts(engine)) == ["p0", "p1", "p2"]  # what arrived is kept ...
    assert Store(engine).get_cursor("klubvest-fb") is None  # ... but the cursor did not move
    assert len(first.opened_flag_ids) == 1

    account.fail_after = account.error = None
    second = run(engine, registry, checker, fb())
    assert second.profiles_ok == 1 and second.posts_new == 4
    assert post_counts(engine) == {f"p{i}": 1 for i in range(7)}
    assert [f.category for f in flag_rows(engine)] == ["conduct.threat", "conduct.threat"]
    assert len(second.opened_flag_ids) == 1  # only p5's; p1's flag is not opened twice
    assert Store(engine).get_cursor("klubvest-fb") == "7"
    assert [r.outcome for r in Store(engine).runs("klubvest-fb")] == ["failed", "ok"]


def test_crash_after_commit_before_cursor_loses_and_duplicates_nothing(
        engine: Engine, registry: Registry, world: FakeWorld, checker: Checker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        world.publish("klubvest", f"p{i}", f"Opslag {i} TRUSSEL", minutes=i)

    def crash(*args: Any) -> None:
        raise RuntimeError("process killed")

    monkeypatch.setattr(Store, "set_cursor", crash)
    assert run(engine, registry, checker, fb()).profiles_failed == 1
    monkeypatch.undo()
    summary = run(engine, registry, checker, fb())
    assert summary.profiles_ok == 1 and (summary.posts_new, summary.flags_opened) == (0, 0)
    assert post_counts(engine) == {"p0": 1, "p1": 1, "p2": 1} and len(flag_rows(engine)) == 3


def test_one_failing_profile_does_not_stop_the_others(engine: Engine, registry: Registry, world: FakeWorld,
                                                      checker: Checker) -> None:
    world.publish("klubvest", "1", "Hej")
    world.account("klubvest").error = AuthError("Error validating access token: Session has expired", status=400)
    for i in range(5):
        world.publish(f"acct{i}", "1", "Nyt fra klubben")
    profiles = [fb(), *(feed(f"feed{i}", f"acct{i}") for i in range(5))]
    summary = run(engine, registry, checker, *profiles, max_workers=3)
    assert (summary.profiles_ok, summary.profiles_failed) == (5, 1)
    [failed] = summary.failed
    assert failed.profile_id == "klubvest-fb" and failed.error_kind == "auth"
    assert failed.error is not None and failed.error.startswith(
        "the token in FB_TOKEN_KLUBVEST has expired or was revoked: the profile owner must create a new one "
        "and update the variable")
    assert [Store(engine).count_posts(f"feed{i}") for i in range(5)] == [1] * 5
    statuses = {p.id: p for p in Store(engine).profile_statuses()}
    assert statuses["klubvest-fb"].consecutive_failures == 1 and statuses["feed0"].last_success_at is not None
    run(engine, registry, checker, fb())
    statuses = {p.id: p for p in Store(engine).profile_statuses()}
    assert statuses["klubvest-fb"].consecutive_failures == 2


def test_missing_token_names_the_variable_and_never_calls_the_platform(
        engine: Engine, registry: Registry, world: FakeWorld, checker: Checker) -> None:
    summary = run(engine, registry, checker, fb(), environ={})
    [result] = summary.results
    assert result.error_kind == "token_missing"
    assert "FB_TOKEN_KLUBVEST is not set" in (result.error or "")
    assert world.account("klubvest").fetches == 0
    assert "FB_TOKEN_KLUBVEST" in (Store(engine).profile_statuses()[0].last_error or "")


def test_errors_are_stored_masked(engine: Engine, registry: Registry, world: FakeWorld, checker: Checker) -> None:
    world.account("klubvest").error = ConnectorError(
        "bad answer for 010203-1234 at https://graph.example/v1?access_token=EAAB-secret-token-1&x=1")
    [result] = run(engine, registry, checker, fb()).results
    stored = Store(engine).profile_statuses()[0].last_error or ""
    for text in (result.error or "", stored):
        assert "1234" not in text and "EAAB-secret-token-1" not in text
        assert "010203-****" in text


def test_rate_limit_says_until_when(engine: Engine, registry: Registry, world: FakeWorld, checker: Checker) -> None:
    from datetime import UTC, datetime
    world.account("syd").error = RateLimited("429: slow down", retry_at=datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    [result] = run(engine, registry, checker, feed()).results
    assert result.error_kind == "rate_limited" and "until 2026-03-02 13:00 UTC" in (result.error or "")


def test_edit_seen_by_refetch_resolves_the_flag_as_edited(engine: Engine, registry: Registry, world: FakeWorld,
                                                          checker: Checker) -> None:
    world.publish("klubvest", "1", "Ring på 010203-1234")
    run(engine, registry, checker, fb())
    world.edit("klubvest", "1", "Ring til kontoret", relist=False)
    summary = run(engine, registry, checker, fb())
    assert (summary.posts_changed, summary.flags_resolved) == (1, 1)
    [flag] = flag_rows(engine)
    assert (flag.status, flag.resolution) == ("resolved", "edited")
    assert world.account("klubvest").refetches == 1
    with Session(engine) as s:
        post = s.exec(select(PostRow)).one()
        assert post.text == "Ring til kontoret" and post.edited_at is not None


def test_removed_post_resolves_its_flags_as_removed(engine: Engine, registry: Registry, world: FakeWorld,
                                                   checker: Checker) -> None:
    world.publish("klubvest", "1", "TRUSSEL og 010203-1234")
    world.publish("klubvest", "2", "Helt i orden")
    run(engine, registry, checker, fb())
    world.remove("klubvest", "1")
    summary = run(engine, registry, checker, fb())
    assert (summary.posts_removed, summary.flags_resolved) == (1, 2)
    flags = flag_rows(engine)
    assert {(f.status, f.resolution) for f in flags} == {("resolved", "removed")}
    assert all(f.removed_after_seconds is not None and f.removed_after_seconds > 0 for f in flags)
    with Session(engine) as s:
        assert s.exec(select(PostRow).where(PostRow.platform_id == "1")).one().removed_at is not None
        events = s.exec(select(FlagEvent).where(FlagEvent.to_status == "resolved")).all()
        assert {(e.actor, e.resolution) for e in events} == {("monitor", "removed")}
    # Resolved flags are not followed any more: no further single-object reads.
    before = world.account("klubvest").refetches
    run(engine, registry, checker, fb())
    assert world.account("klubvest").refetches == before


def test_unknown_profile_is_a_usage_error(engine: Engine, registry: Registry, checker: Checker) -> None:
    with pytest.raises(ConfigError, match="'nope'"):
        run(engine, registry, checker, fb(), profile_ids=["nope"])


def test_only_the_chosen_profiles_are_read(engine: Engine, registry: Registry, world: FakeWorld,
                                           checker: Checker) -> None:
    summary = run(engine, registry, checker, fb(), feed(), profile_ids=["syd-rss"])
    assert [r.profile_id for r in summary.results] == ["syd-rss"]
    assert world.account("klubvest").fetches == 0


def test_platform_without_connector_fails_only_that_profile(engine: Engine, world: FakeWorld, registry: Registry,
                                                            checker: Checker) -> None:
    partial = {"rss": registry["rss"]}
    summary = run(engine, partial, checker, fb(), feed())
    assert [(r.profile_id, r.ok, r.error_kind) for r in summary.results] == [
        ("klubvest-fb", False, "config"), ("syd-rss", True, None)]


def test_progress_is_reported_per_profile(engine: Engine, registry: Registry, checker: Checker) -> None:
    seen: list[tuple[str, int, int]] = []
    run(engine, registry, checker, fb(), feed(), progress=lambda r, done, total: seen.append((r.profile_id, done,
                                                                                              total)))
    assert sorted(seen) == sorted([(seen[0][0], 1, 2), (seen[1][0], 2, 2)])
    assert {s[0] for s in seen} == {"klubvest-fb", "syd-rss"}


def test_tokens_are_registered_with_the_http_client_for_redaction(engine: Engine, registry: Registry,
                                                                  checker: Checker) -> None:
    clients: list[FakeHttp] = []

    def factory(platform: str, settings: Any) -> FakeHttp:
        clients.append(FakeHttp())
        return clients[-1]

    run(engine, registry, checker, fb(), feed(), http_factory=factory)
    assert sorted(secret for c in clients for secret in c.secrets) == ["EAAB-secret-token-1"]
    assert sum(c.requests_made for c in clients) == 2


def test_image_with_gps_is_flagged_and_a_token_is_demanded_where_needed(
        engine: Engine, registry: Registry, world: FakeWorld, checker: Checker) -> None:
    from dataclasses import replace

    from connectors.base import Image

    post = world.publish("syd", "1", "Billeder fra turen")
    world._put("syd", replace(post, images=(Image("https://img.example/a.jpg"), Image("https://img.example/b.jpg"))))
    asked: list[str] = []

    def gps(http: Any, url: str) -> bool:
        asked.append(url)
        return url.endswith("b.jpg")

    summary = run(engine, registry, checker, feed(), image_check=gps)
    assert asked == ["https://img.example/a.jpg", "https://img.example/b.jpg"]
    [flag] = flag_rows(engine)
    assert (flag.category, flag.rule, flag.excerpt) == ("media.location", "media.exif_gps",
                                                        "image 2 of 2 has GPS coordinates in its EXIF data")
    assert summary.opened_flag_ids == [flag.id]

    needy = type("NeedyConnector", (registry["facebook"],), {"needs_token": True})
    [result] = run(engine, {"facebook": needy}, checker, fb(token_env=None)).results
    assert result.error_kind == "token_missing" and 'add token_env = "VARIABLE" to profile klubvest-fb' in (
        result.error or "")
