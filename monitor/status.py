"""What ``monitor status`` shows: how reading and sending have gone, and what runs next.

Read-only: last fetch per profile, the profiles that are failing and why, messages waiting or failed
in the outbox, and the next time each scheduled job fires.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select
from sqlmodel import col

from monitor.config import Settings
from monitor.logging_setup import mask_text
from monitor.models import ConnectorState, FetchRun, Flag, OutboxMessage


@dataclass(frozen=True)
class ProfileStatus:
    id: str
    platform: str
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    consecutive_failures: int
    last_error_kind: str | None
    last_error: str | None  # masked

    @property
    def failing(self) -> bool:
        return self.consecutive_failures > 0


@dataclass(frozen=True)
class MessageStatus:
    id: int
    kind: str
    period: str
    recipient: str
    status: str
    attempts: int
    last_error: str | None  # masked
    next_attempt_at: datetime | None


@dataclass(frozen=True)
class Status:
    now: datetime  # aware, organisation time zone
    profiles: list[ProfileStatus]
    messages: list[MessageStatus]  # pending and failed only
    sent_messages: int
    open_flags: int
    next_runs: dict[str, datetime | None] = field(default_factory=dict)

    @property
    def failing(self) -> list[ProfileStatus]:
        return [p for p in self.profiles if p.failing]


def collect(settings: Settings, engine: Engine, now: datetime | None = None) -> Status:
    """Gather the status from the database and the schedule."""
    from monitor.scheduler import next_runs

    tz = ZoneInfo(settings.organisation.timezone)
    now = (now or datetime.now(UTC)).astimezone(tz)
    with engine.connect() as conn:
        states = {row.profile_id: row for row in conn.execute(select(ConnectorState)).all()}
        last_runs = dict(conn.execute(
            select(col(FetchRun.profile_id), func.max(col(FetchRun.finished_at))).group_by(col(FetchRun.profile_id))
        ).all())
        messages = conn.execute(
            select(col(OutboxMessage.id), col(OutboxMessage.kind), col(OutboxMessage.period),
                   col(OutboxMessage.recipient), col(OutboxMessage.status), col(OutboxMessage.attempts),
                   col(OutboxMessage.last_error), col(OutboxMessage.next_attempt_at))
            .where(col(OutboxMessage.status).in_(("pending", "failed")))
            .order_by(col(OutboxMessage.created_at))
        ).all()
        sent = conn.execute(select(func.count()).where(col(OutboxMessage.status) == "sent")).scalar_one()
        open_flags = conn.execute(
            select(func.count()).where(col(Flag.status).in_(("open", "acknowledged")))
        ).scalar_one()
    profiles = []
    for profile in settings.profiles:
        state = states.get(profile.id)
        profiles.append(ProfileStatus(
            id=profile.id,
            platform=profile.platform,
            last_success_at=state.last_success_at if state else None,
            last_attempt_at=(state.last_attempt_at if state else None) or last_runs.get(profile.id),
            consecutive_failures=state.consecutive_failures if state else 0,
            last_error_kind=state.last_error_kind if state else None,
            last_error=mask_text(state.last_error) if state and state.last_error else None,
        ))
    return Status(
        now=now,
        profiles=profiles,
        messages=[MessageStatus(m.id, m.kind, m.period, mask_text(m.recipient), m.status, m.attempts,
                                mask_text(m.last_error) if m.last_error else None, m.next_attempt_at)
                  for m in messages],
        sent_messages=int(sent),
        open_flags=int(open_flags),
        next_runs=next_runs(settings, now),
    )


def local_time(value: datetime | None, tz: ZoneInfo) -> str:
    """A stored UTC time as local "YYYY-MM-DD HH:MM", or "never"."""
    if value is None:
        return "never"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def render(status: Status) -> list[str]:
    """Plain lines for a terminal."""
    tz = status.now.tzinfo if isinstance(status.now.tzinfo, ZoneInfo) else ZoneInfo("UTC")
    lines = [f"Status at {status.now:%Y-%m-%d %H:%M %Z}", "", "Profiles (last successful fetch):"]
    if not status.profiles:
        lines.append("  none configured")
    width = max((len(p.id) for p in status.profiles), default=0)
    for p in status.profiles:
        state = f"FAILING x{p.consecutive_failures} ({p.last_error_kind or 'error'})" if p.failing else "ok"
        if p.last_attempt_at is None:
            state = "not fetched yet"
        lines.append(f"  {p.id.ljust(width)}  {p.platform:<9}  {local_time(p.last_success_at, tz)}  {state}")
    if status.failing:
        lines += ["", "Failing profiles:"]
        lines += [f"  {p.id}: {p.last_error or p.last_error_kind}" for p in status.failing]
    pending = [m for m in status.messages if m.status == "pending"]
    failed = [m for m in status.messages if m.status == "failed"]
    lines += ["", f"Messages: {status.sent_messages} sent, {len(pending)} pending, {len(failed)} failed; "
              f"{status.open_flags} flags open"]
    for m in status.messages:
        retry = f", next try {local_time(m.next_attempt_at, tz)}" if m.next_attempt_at else ""
        error = f": {m.last_error}" if m.last_error else ""
        lines.append(f"  #{m.id} {m.status} {m.kind} {m.period} to {m.recipient} "
                     f"(attempts {m.attempts}{retry}){error}")
    lines += ["", "Next scheduled runs:"]
    for job, when in status.next_runs.items():
        lines.append(f"  {job:<15} {local_time(when, tz)}")
    return lines
