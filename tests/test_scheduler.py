"""The scheduler's wiring, catch-up from the outbox, the lease and a clean stop, with a controlled clock."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from monitor.config import Recipients, Schedule, Settings
from monitor.db import connect
from monitor.locks import DatabaseLease
from monitor.models import Lease, OutboxMessage
from monitor.scheduler import (
    JOB_NAMES,
    Actions,
    MonitorScheduler,
    first_weekday_of_quarter,
    next_runs,
    recorded,
    triggers,
)
from reports.periods import Period

CPH = ZoneInfo("Europe/Copenhagen")
SETTINGS = Settings(recipients=Recipients(communications=["k@rus.example"], management=["l@rus.example"]))


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


# -- triggers, with a controlled clock ---------------------------------------------------------

def test_default_triggers_fire_when_the_issue_says() -> None:
    t = triggers(SETTINGS)
    assert set(t) == set(JOB_NAMES)
    wed = local(2026, 3, 4, 10, 20)
    assert t["fetch"].get_next_fire_time(None, wed) == local(2026, 3, 4, 11, 0)
    assert t["owner_digest"].get_next_fire_time(None, wed) == local(2026, 3, 5, 7, 0)
    assert t["weekly_report"].get_next_fire_time(None, wed) == local(2026, 3, 9, 7, 0)
    assert t["weekly_report"].get_next_fire_time(None, wed).weekday() == 0  # type: ignore[union-attr]
    purge = t["purge"].get_next_fire_time(None, wed)
    assert purge is not None and purge.date() == date(2026, 3, 5)


def test_triggers_keep_local_time_across_daylight_saving() -> None:
    t = triggers(SETTINGS)
    # Summer time starts on Sunday 29 March 2026 at 02:00 local time.
    saturday = local(2026, 3, 28, 12, 0)
    monday = t["weekly_report"].get_next_fire_time(None, saturday)
    assert monday == local(2026, 3, 30, 7, 0)
    assert monday is not None and monday.utcoffset() == timedelta(hours=2)
    night = local(2026, 3, 29, 1, 30)
    after = t["fetch"].get_next_fire_time(None, night)
    assert after is not None and after.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 CEST


def test_schedule_comes_from_the_configuration() -> None:
    settings = Settings(schedule=Schedule(fetch="*/15 * * * *", weekly_report="30 6 * * fri"))
    t = triggers(settings)
    assert t["fetch"].get_next_fire_time(None, local(2026, 3, 4, 10, 20)) == local(2026, 3, 4, 10, 30)
    assert t["weekly_report"].get_next_fire_time(None, local(2026, 3, 4, 10, 20)) == local(2026, 3, 6, 6, 30)


@pytest.mark.parametrize(("now", "expected"), [
    (local(2026, 3, 15, 12, 0), local(2026, 4, 1, 7, 0)),    # 1 April 2026 is a Wednesday
    (local(2027, 11, 20, 12, 0), local(2028, 1, 3, 7, 0)),   # 1 January 2028 is a Saturday: Monday the 3rd
    (local(2028, 9, 1, 12, 0), local(2028, 10, 2, 7, 0)),    # 1 October 2028 is a Sunday: Monday the 2nd
])
def test_quarterly_runs_on_the_first_weekday_of_a_quarter(now: datetime, expected: datetime) -> None:
    assert next_runs(SETTINGS, now)["quarterly_report"] == expected
    assert first_weekday_of_quarter(expected.date()) == expected.date()


def test_jobs_are_wired_one_at_a_time() -> None:
    engine = connect("sqlite://")
    scheduler = MonitorScheduler(SETTINGS, engine, actions=Recorder(engine).actions()).build()
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == set(JOB_NAMES)
    for job in jobs.values():
        assert job.max_instances == 1
        assert job.coalesce is True
        assert job.misfire_grace_time and job.misfire_grace_time > 0
        assert str(job.trigger.timezone) == "Europe/Copenhagen"
    assert scheduler._executors["default"]._pool._max_workers == 1  # noqa: SLF001 - jobs never overlap


def test_a_failing_job_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    engine = connect("sqlite://")
    ms = MonitorScheduler(SETTINGS, engine, actions=Recorder(engine).actions())
    ms.build()
    error = RuntimeError("database is gone")
    event = JobExecutionEvent(EVENT_JOB_ERROR, "fetch", "default", local(2026, 3, 4, 11, 0), exception=error)
    with caplog.at_level(logging.ERROR, logger="monitor.scheduler"):
        ms._on_event(event)  # noqa: SLF001 - what APScheduler calls for EVENT_JOB_ERROR
    assert "job fetch failed: RuntimeError: database is gone" in caplog.text


# -- jobs and catch-up ---------------------------------------------------------------------------

@dataclass
class Recorder:
    """Fake actions that record their calls; weekly and quarterly record an outbox row like delivery."""

    engine: Engine
    calls: list[tuple[str, Any]] = field(default_factory=list)
    fetch_gate: threading.Event | None = None
    fetch_started: threading.Event = field(default_factory=threading.Event)

    def _outbox(self, kind: str, period: str) -> None:
        with Session(self.engine) as s:
            s.add(OutboxMessage(key=f"{kind}|{period}|x", kind=kind, period=period, recipient="x", subject="s",
                                message_id=f"<{kind}.{period}@x>", status="sent", created_at=datetime.now(UTC)))
            s.commit()

    def actions(self) -> Actions:
        def fetch(settings: Settings, engine: Engine) -> str:
            self.fetch_started.set()
            if self.fetch_gate is not None:
                assert self.fetch_gate.wait(10)
            self.calls.append(("fetch", None))
            return "summary"

        def weekly(settings: Settings, engine: Engine, period: Period, now: datetime) -> None:
            self.calls.append(("weekly", period.label))
            self._outbox("weekly", period.label)

        def quarterly(settings: Settings, engine: Engine, period: Period, now: datetime) -> None:
            self.calls.append(("quarterly", period.label))
            self._outbox("quarterly", period.label)

        return Actions(
            fetch=fetch,
            critical_alerts=lambda s, e, summary: self.calls.append(("critical", summary)),
            owner_digests=lambda s, e, now: self.calls.append(("owners", now)),
            weekly=weekly,
            quarterly=quarterly,
            retry_pending=lambda s, e, now: self.calls.append(("retry", None)),
            purge=lambda s, e, now: self.calls.append(("purge", now)),
        )

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]


def make(engine: Engine, now: datetime, holder: str = "a") -> tuple[MonitorScheduler, Recorder]:
    recorder = Recorder(engine)
    lease = DatabaseLease(engine, "monitor.run", holder=holder)
    return MonitorScheduler(SETTINGS, engine, actions=recorder.actions(), lease=lease, clock=lambda: now), recorder


def test_fetch_then_critical_alerts_then_retries(database_url: str) -> None:
    engine = connect(database_url)
    ms, rec = make(engine, local(2026, 3, 4, 11, 0))
    rec._outbox("weekly", "2026-W09")  # already sent: nothing to catch up
    rec._outbox("quarterly", "2025-Q4")
    ms.run_job("fetch")
    assert rec.calls[:3] == [("fetch", None), ("critical", "summary"), ("retry", None)]
    assert rec.kinds()[3:] == ["owners"], "after 07:00 the catch-up asks for yesterday's digest (sent once by key)"


def test_missed_weekly_is_sent_when_the_monitor_comes_back(database_url: str) -> None:
    """Down all Monday: on Wednesday's start the outbox lacks week 9's review, so it is sent, once."""
    engine = connect(database_url)
    wednesday = local(2026, 3, 4, 10, 0)
    ms, rec = make(engine, wednesday)
    rec._outbox("quarterly", "2025-Q4")
    assert not recorded(engine, "weekly", "2026-W09")
    ms.catch_up(wednesday)
    assert ("weekly", "2026-W09") in rec.calls
    ms.catch_up(wednesday)
    ms.run_job("purge")
    assert rec.kinds().count("weekly") == 1, "recorded in the outbox: never sent twice"
    assert "purge" in rec.kinds()


def test_weekly_is_not_owed_before_monday_seven(database_url: str) -> None:
    engine = connect(database_url)
    rec_engine_ms, rec = make(engine, local(2026, 3, 9, 6, 30))
    rec._outbox("weekly", "2026-W09")  # last week's went out last Monday
    rec._outbox("quarterly", "2025-Q4")
    rec_engine_ms.catch_up(local(2026, 3, 9, 6, 30))
    assert rec.calls == [], "Monday 06:30: neither week 10's review nor the digest is due yet"
    rec_engine_ms.catch_up(local(2026, 3, 9, 7, 5))
    assert rec.calls[0] == ("weekly", "2026-W10")
    assert rec.kinds() == ["weekly", "owners"]


def test_owner_digest_job_asks_reporting_for_the_digest(database_url: str) -> None:
    engine = connect(database_url)
    at = local(2026, 3, 4, 7, 0)
    ms, rec = make(engine, at)
    ms.run_job("owner_digest")
    assert rec.calls == [("owners", at)]


def test_quarterly_waits_for_the_first_weekday(database_url: str) -> None:
    engine = connect(database_url)
    ms, rec = make(engine, local(2028, 1, 1, 9, 0))
    rec._outbox("weekly", "2027-W51")
    rec._outbox("weekly", "2027-W52")
    assert not ms.ensure_quarterly(local(2028, 1, 1, 9, 0)), "a Saturday"
    assert not ms.ensure_quarterly(local(2028, 1, 2, 9, 0)), "a Sunday"
    assert ms.ensure_quarterly(local(2028, 1, 3, 7, 0))
    assert rec.calls == [("quarterly", "2027-Q4")]
    ms.run_job("quarterly_report")
    assert rec.kinds() == ["quarterly"]


def test_second_process_on_the_same_database_stands_by(database_url: str) -> None:
    engine = connect(database_url)
    now = local(2026, 3, 4, 11, 0)
    first, rec1 = make(engine, now, holder="first")
    second, rec2 = make(engine, now, holder="second")
    rec1._outbox("weekly", "2026-W09")
    rec1._outbox("quarterly", "2025-Q4")
    first.run_job("fetch")
    second.run_job("fetch")
    second.run_job("weekly_report")
    assert rec1.kinds() == ["fetch", "critical", "retry", "owners"]
    # Both fetch (the pipeline shares the profiles out through per-profile leases), but only the
    # lease holder runs reports and their catch-up.
    assert rec2.kinds() == ["fetch", "critical", "retry"]
    first.lease.release()
    rec2.calls.clear()
    second.run_job("fetch")
    assert rec2.kinds() == ["fetch", "critical", "retry", "owners"], "takes over once the first lets go"


def test_stop_waits_for_the_running_job_and_skips_the_rest(tmp_path: Path) -> None:
    engine = connect(f"sqlite:///{tmp_path / 'm.db'}")
    recorder = Recorder(engine, fetch_gate=threading.Event())
    for kind, period in (("weekly", "w"), ("quarterly", "q")):
        recorder._outbox(kind, period)
    ms = MonitorScheduler(SETTINGS.model_copy(update={"recipients": Recipients()}), engine,
                          actions=recorder.actions(), lease=DatabaseLease(engine, "monitor.run", holder="t"))
    runner = threading.Thread(target=ms.run, kwargs={"install_signals": False})
    runner.start()
    deadline = time.monotonic() + 10
    while not (ms.scheduler and ms.scheduler.running) and time.monotonic() < deadline:
        time.sleep(0.01)
    soon = datetime.now(CPH)
    ms.scheduler.get_job("fetch").modify(next_run_time=soon)  # type: ignore[union-attr]
    ms.scheduler.get_job("purge").modify(next_run_time=soon)  # type: ignore[union-attr]
    ms.scheduler.wakeup()  # type: ignore[union-attr]
    assert recorder.fetch_started.wait(10)
    ms.stop(signal.SIGTERM)
    time.sleep(0.2)
    assert runner.is_alive(), "waits for the running fetch"
    recorder.fetch_gate.set()  # type: ignore[union-attr]
    runner.join(10)
    assert not runner.is_alive()
    assert "fetch" in recorder.kinds()
    assert "purge" not in recorder.kinds(), "a job queued behind the running one is skipped"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Lease)).scalar_one() == 0, "lease released"


def test_monitor_run_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    config = tmp_path / "monitor.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "m.db"}"\n', encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(config)],
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    lines: list[str] = []
    assert proc.stderr is not None
    for line in proc.stderr:
        lines.append(line)
        if "next purge" in line:
            break
    proc.send_signal(signal.SIGTERM)
    _, rest = proc.communicate(timeout=30)
    output = "".join(lines) + rest
    assert proc.returncode == 0, output
    assert "SIGTERM received" in output
    assert "monitor stopped" in output
