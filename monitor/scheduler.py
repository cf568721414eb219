"""``monitor run``: a thin APScheduler shell around the pipeline, the reports and the purge.

One cron job per ``[schedule]`` entry, in the organisation's time zone, run one at a time (a single
worker thread, ``max_instances=1``, ``coalesce``). Three rules make it safe to leave alone for months:

* **Catch-up from the outbox, not from scheduler memory.** On start-up and after every job the
  scheduler asks the outbox "is the weekly review for the last complete ISO week recorded? the
  quarterly summary for the last complete quarter?" and sends what is missing. A monitor that was
  down on Monday morning sends the weekly review when it comes back.
* **Reports from one process, fetches from all.** Every report and purge job first takes (or
  extends) a lease held in the database (``monitor.locks``); a second ``monitor run`` on the same
  database stands by for those and takes over when the first stops renewing. The fetch runs in every
  worker: each profile is read under a lease of its own, so workers share the profiles, and its
  alerts are claimed in the outbox one message at a time. Outbox keys are the last safety net.
* **Clean stop.** SIGTERM and SIGINT stop the scheduler; the running job finishes, queued ones are
  skipped, the lease is released.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_MISSED,
    EVENT_SCHEDULER_START,
    JobExecutionEvent,
    SchedulerEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Engine, func, select
from sqlmodel import col

from monitor.config import Settings
from monitor.locks import DatabaseLease
from monitor.models import OutboxMessage
from reports.periods import Period, last_complete, local_today, quarter_of

log = logging.getLogger(__name__)

JOB_NAMES = ("fetch", "owner_digest", "weekly_report", "quarterly_report", "purge")
LEASE_NAME = "monitor.run"
MISFIRE_GRACE = {  # seconds a job may start late (e.g. behind a long fetch) before it is skipped
    "fetch": 15 * 60, "owner_digest": 6 * 3600, "weekly_report": 6 * 3600,
    "quarterly_report": 6 * 3600, "purge": 6 * 3600,
}


def triggers(settings: Settings) -> dict[str, CronTrigger]:
    """One CronTrigger per job, from ``[schedule]``, in the organisation's time zone."""
    tz = ZoneInfo(settings.organisation.timezone)
    return {name: CronTrigger.from_crontab(getattr(settings.schedule, name), timezone=tz) for name in JOB_NAMES}


def first_weekday_of_quarter(day: date) -> date:
    """The first Monday-to-Friday day of ``day``'s quarter (public holidays are not considered)."""
    first = quarter_of(day).first_day
    while first.weekday() >= 5:
        first += timedelta(days=1)
    return first


def quarterly_due(today: date) -> bool:
    """The quarterly summary goes out on the first weekday of a quarter, or any later day (catch-up)."""
    return today >= first_weekday_of_quarter(today)


def next_runs(settings: Settings, now: datetime, count: int = 1) -> dict[str, datetime | None]:
    """When each job fires next after ``now`` (aware); the quarterly one skips days before it is due."""
    out: dict[str, datetime | None] = {}
    for name, trigger in triggers(settings).items():
        when = trigger.get_next_fire_time(None, now)
        if name == "quarterly_report":
            for _ in range(400):  # bounded: a cron string that never reaches a due day gives None
                if when is None or quarterly_due(when.date()):
                    break
                when = trigger.get_next_fire_time(when, when + timedelta(seconds=1))
        out[name] = when
    return out


def recorded(engine: Engine, kind: str, period: str) -> bool:
    """Whether the outbox holds any message of ``kind`` for ``period`` (pending ones are retried, not re-sent)."""
    with engine.connect() as conn:
        count = conn.execute(
            select(func.count()).where(col(OutboxMessage.kind) == kind, col(OutboxMessage.period) == period)
        ).scalar_one()
    return int(count) > 0


# Jobs that several workers on one database run side by side: the fetch splits the profiles between
# them (a lease per profile), and its alerts are claimed in the outbox one message at a time.
SHARED_JOBS = frozenset({"fetch"})


@dataclass
class Actions:
    """What the jobs call; tests replace these, ``default_actions()`` wires the real modules."""

    fetch: Callable[[Settings, Engine], Any]
    critical_alerts: Callable[[Settings, Engine, Any], Any]
    owner_digests: Callable[[Settings, Engine, datetime], Any]
    weekly: Callable[[Settings, Engine, Period, datetime], Any]
    quarterly: Callable[[Settings, Engine, Period, datetime], Any]
    retry_pending: Callable[[Settings, Engine, datetime], Any]
    purge: Callable[[Settings, Engine, datetime], Any]


def default_actions() -> Actions:
    """The real pipeline, reports and purge; each module is imported when its job first runs."""

    def fetch(settings: Settings, engine: Engine) -> Any:
        from monitor import pipeline

        return pipeline.run_once(settings, engine)

    def critical(settings: Settings, engine: Engine, summary: Any) -> Any:
        from monitor import reporting

        # None: every critical flag not alerted yet, so an alert lost to a crash goes out next hour.
        return reporting.send_critical_alerts(settings, engine, flag_ids=None)

    def owners(settings: Settings, engine: Engine, now: datetime) -> Any:
        from monitor import reporting

        return reporting.send_owner_digests(settings, engine, now=now)

    def weekly(settings: Settings, engine: Engine, period: Period, now: datetime) -> Any:
        from monitor import reporting

        return reporting.send_weekly(settings, engine, period=period, now=now)

    def quarterly(settings: Settings, engine: Engine, period: Period, now: datetime) -> Any:
        from monitor import reporting

        return reporting.send_quarterly(settings, engine, period=period, now=now)

    def retry(settings: Settings, engine: Engine, now: datetime) -> Any:
        from monitor import reporting

        return reporting.retry_pending(settings, engine, now=now)

    def purge(settings: Settings, engine: Engine, now: datetime) -> Any:
        from monitor import retention

        result = retention.purge(engine, settings.retention.days, now)
        log.info("retention purge: %s", result.describe())
        return result

    return Actions(fetch, critical, owners, weekly, quarterly, retry, purge)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class MonitorScheduler:
    """The jobs, the catch-up and the lease; ``run()`` blocks until SIGTERM or SIGINT."""

    def __init__(self, settings: Settings, engine: Engine, *, actions: Actions | None = None,
                 lease: DatabaseLease | None = None, clock: Callable[[], datetime] = _utcnow) -> None:
        self.settings = settings
        self.engine = engine
        self.actions = actions or default_actions()
        self.lease = lease or DatabaseLease(engine, LEASE_NAME)
        self.clock = clock
        self.tz = ZoneInfo(settings.organisation.timezone)
        self.scheduler: BlockingScheduler | None = None
        self._running = threading.Lock()  # held while a job runs, so a stop can wait for it
        self._stopping = threading.Event()

    # -- wiring ---------------------------------------------------------------------------------

    def build(self) -> BlockingScheduler:
        """A BlockingScheduler with one job per ``[schedule]`` entry and the error listener."""
        scheduler = BlockingScheduler(
            timezone=self.tz,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"max_instances": 1, "coalesce": True},
        )
        for name, trigger in triggers(self.settings).items():
            scheduler.add_job(self.run_job, trigger, args=[name], id=name, name=name,
                              max_instances=1, coalesce=True, misfire_grace_time=MISFIRE_GRACE[name],
                              replace_existing=True)
        scheduler.add_listener(self._on_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)
        scheduler.add_listener(self._on_start, EVENT_SCHEDULER_START)
        self.scheduler = scheduler
        return scheduler

    def _on_start(self, _event: SchedulerEvent) -> None:
        # A signal that came while the scheduler was still starting: stop at once instead of never.
        if self._stopping.is_set() and self.scheduler is not None:
            self.scheduler.shutdown(wait=False)

    def _on_event(self, event: JobExecutionEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            log.warning("job %s missed its run at %s (the catch-up sends any report it owed)",
                        event.job_id, event.scheduled_run_time)
        elif event.exception is not None:
            log.error("job %s failed: %s: %s", event.job_id, type(event.exception).__name__, event.exception,
                      exc_info=(type(event.exception), event.exception, event.exception.__traceback__))

    # -- jobs -----------------------------------------------------------------------------------

    @contextmanager
    def _leased(self) -> Iterator[bool]:
        if not self.lease.acquire():
            log.info("another monitor process holds the lease on this database; standing by")
            yield False
            return
        yield True

    def run_job(self, name: str) -> None:
        """Run one scheduled job (under the lease unless every worker may run it), then catch up on
        reports it owes (always under the lease)."""
        if self._stopping.is_set():
            log.info("stopping: job %s not started", name)
            return
        with self._running:
            if name in SHARED_JOBS:
                self._run(name)
            with self._leased() as held:
                if not held:
                    return
                if name not in SHARED_JOBS:
                    self._run(name)
                if name not in ("weekly_report", "quarterly_report", "owner_digest"):
                    self.catch_up(self.clock())

    def _run(self, name: str) -> None:
        log.info("job %s started", name)
        getattr(self, f"job_{name}")(self.clock())
        log.info("job %s done", name)

    def job_fetch(self, now: datetime) -> None:
        summary = self.actions.fetch(self.settings, self.engine)
        log.info("fetch: %s", summary)
        try:
            self.actions.critical_alerts(self.settings, self.engine, summary)
        finally:
            self.actions.retry_pending(self.settings, self.engine, self.clock())

    def job_owner_digest(self, now: datetime) -> None:
        self.actions.owner_digests(self.settings, self.engine, now)

    def job_weekly_report(self, now: datetime) -> None:
        self.ensure_weekly(now)

    def job_quarterly_report(self, now: datetime) -> None:
        self.ensure_quarterly(now)

    def job_purge(self, now: datetime) -> None:
        self.actions.purge(self.settings, self.engine, now)

    # -- catch-up -------------------------------------------------------------------------------

    def ensure_weekly(self, now: datetime) -> bool:
        """Send the weekly review for the last complete ISO week unless the outbox records it."""
        period = last_complete("week", now, self.settings.organisation.timezone)
        if recorded(self.engine, "weekly", period.label):
            return False
        if not self.settings.recipients.communications:
            log.warning("weekly review %s not sent: [recipients] communications is empty", period.label)
            return False
        log.info("weekly review %s not recorded in the outbox: sending it", period.label)
        self.actions.weekly(self.settings, self.engine, period, now)
        return True

    def ensure_quarterly(self, now: datetime) -> bool:
        """Send the quarterly summary for the last complete quarter once its first weekday has come."""
        tz = self.settings.organisation.timezone
        if not quarterly_due(local_today(now, tz)):
            return False
        period = last_complete("quarter", now, tz)
        if recorded(self.engine, "quarterly", period.label):
            return False
        if not self.settings.recipients.management:
            log.warning("quarterly summary %s not sent: [recipients] management is empty", period.label)
            return False
        log.info("quarterly summary %s not recorded in the outbox: sending it", period.label)
        self.actions.quarterly(self.settings, self.engine, period, now)
        return True

    def _fired_since(self, job: str, start: datetime, now: datetime) -> bool:
        first = triggers(self.settings)[job].get_next_fire_time(None, start)
        return first is None or first <= now.astimezone(self.tz)

    def weekly_due(self, now: datetime) -> bool:
        """The weekly review is owed once this week's scheduled time has passed (Monday 07:00 by default)."""
        local = now.astimezone(self.tz)
        monday = datetime.combine(local.date() - timedelta(days=local.weekday()), datetime.min.time(), self.tz)
        return self._fired_since("weekly_report", monday, now)

    def digest_due(self, now: datetime) -> bool:
        """Yesterday's owners' digest is owed once today's scheduled time (07:00 by default) has passed."""
        midnight = datetime.combine(now.astimezone(self.tz).date(), datetime.min.time(), self.tz)
        return self._fired_since("owner_digest", midnight, now)

    def catch_up(self, now: datetime | None = None) -> None:
        """Send every report the outbox says is owed; one failing report never blocks the others.

        The owners' digest has no "nothing new" record to look for, so it is simply asked for again:
        reporting keys it by day and owner, so a repeated call sends nothing twice.
        """
        now = now or self.clock()
        for ensure in (self._weekly_if_due, self.ensure_quarterly, self._digest_if_due):
            try:
                ensure(now)
            except Exception:
                log.exception("catch-up: %s failed (tried again after the next job)", ensure.__name__)

    def _weekly_if_due(self, now: datetime) -> bool:
        return self.weekly_due(now) and self.ensure_weekly(now)

    def _digest_if_due(self, now: datetime) -> bool:
        if not self.digest_due(now):
            return False
        self.actions.owner_digests(self.settings, self.engine, now)
        return True

    # -- running --------------------------------------------------------------------------------

    def stop(self, signum: int | None = None, _frame: FrameType | None = None) -> None:
        """Stop after the running job; jobs still queued are skipped."""
        if self._stopping.is_set():
            log.info("already stopping; waiting for the running job to finish")
            return
        self._stopping.set()
        name = signal.Signals(signum).name if signum else "request"
        log.info("%s received: stopping after the running job", name)
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def run(self, install_signals: bool = True) -> None:
        """Catch up, then run the schedule in the foreground until stopped."""
        scheduler = self.build()
        if install_signals:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        self.lease.start_heartbeat()
        try:
            with self._running, self._leased() as held:
                if held:
                    log.info("monitor started (holder %s); catching up on owed reports", self.lease.holder)
                    self.catch_up()
            if self._stopping.is_set():
                return
            for name, when in next_runs(self.settings, self.clock()).items():
                log.info("next %s: %s", name, when.isoformat(timespec="minutes") if when else "never")
            scheduler.start()  # blocks until stop()
        finally:
            with self._running:  # the running job, if any, finishes first
                pass
            self.lease.release()
            log.info("monitor stopped")
