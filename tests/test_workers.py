"""Several workers on one database: each profile is read by one worker at a time, each message sent once."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlmodel import Session, func, select

from connectors.base import Post
from monitor.checks.engine import Checker
from monitor.config import Profile, Settings
from monitor.db import connect
from monitor.models import OutboxMessage, PostRow
from monitor.pipeline import run_once
from monitor.reporting import send_critical_alerts
from monitor.run_summary import RunSummary
from tests.conftest import FakeConnector, FakeHttp, FakeWorld

PROFILES = 8


class SlowConnector(FakeConnector):
    """Takes a while per profile and records how many workers read one account at the same time."""

    active: Counter[str]
    most: Counter[str]
    guard = threading.Lock()

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        account = self.profile.account
        with self.guard:
            self.active[account] += 1
            self.most[account] = max(self.most[account], self.active[account])
        try:
            time.sleep(0.15)
            yield from super().fetch(cursor)
        finally:
            with self.guard:
                self.active[account] -= 1


def test_two_workers_share_profiles_and_send_each_alert_once(database_url: str, world: FakeWorld,
                                                             checker: Checker, tmp_path: Path) -> None:
    profiles = [Profile(id=f"klub-{n}", name=f"Klub {n}", platform="rss", account=f"klub{n}",
                        owner=f"Leder {n} <leder{n}@klub.example>") for n in range(PROFILES)]
    for n in range(PROFILES):
        world.publish(f"klub{n}", "1", f"Tilmelding: cpr 01020{n}-1234")
    settings = Settings.model_validate({
        "database": {"url": database_url}, "delivery": {"outbox_dir": str(tmp_path / "outbox")},
        "recipients": {"communications": ["kommunikation@skole.example"]},
        "profiles": [p.model_dump() for p in profiles],
    })
    connect(database_url).dispose()  # migrate once before the workers start, as an installed system would be
    cls = type("BoundSlow", (SlowConnector,), {"world": world, "active": Counter(), "most": Counter()})
    registry = {"rss": cls}
    summaries: dict[str, RunSummary] = {}
    errors: list[BaseException] = []

    def worker(name: str) -> None:
        engine = connect(database_url)
        try:
            summary = run_once(settings, engine, registry, checker=checker, max_workers=4, environ={},
                               http_factory=lambda platform, s: FakeHttp(), image_check=None)
            summaries[name] = summary
            send_critical_alerts(settings, engine, flag_ids=summary.opened_flag_ids)
        except BaseException as e:  # surfaced below
            errors.append(e)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=worker, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors

    assert max(cls.most.values()) == 1, "no profile was read by two workers at once"
    read = {name: {r.profile_id for r in s.results if r.ok and not r.skipped} for name, s in summaries.items()}
    assert read["a"] and read["b"], "both workers did part of the work"
    assert read["a"] | read["b"] == {p.id for p in profiles}
    assert sum(s.profiles_failed for s in summaries.values()) == 0

    engine = connect(database_url)
    try:
        with Session(engine) as s:
            assert s.exec(select(func.count()).select_from(PostRow)).one() == PROFILES
            messages: list[Any] = list(s.exec(select(OutboxMessage.key)).all())
    finally:
        engine.dispose()
    # One critical alert per flag to its owner and to communications, recorded once, written once.
    assert len(messages) == len(set(messages)) == 2 * PROFILES
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 2 * PROFILES
