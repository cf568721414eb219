"""Read-only queries that gather report data. The only report code that touches the database.

Never reads post text: a report shows the stored (masked) excerpt of a flag and the post's link only.
All times are timezone-aware UTC, as stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, and_, or_
from sqlmodel import Session, col, select

from monitor.checks.taxonomy import CRITICAL_CATEGORIES
from monitor.db import read_only
from monitor.models import ConnectorState, Flag, PostRow, ProfileRow

CLOSED = ("resolved", "dismissed")


@dataclass(frozen=True)
class FlagRecord:
    """A flag joined with its profile and its post's link."""

    id: int
    profile_id: str
    profile_name: str
    owner: str
    unit: str
    platform: str
    kind: str
    category: str
    severity: str
    excerpt: str | None
    url: str | None
    status: str
    resolution: str | None
    first_seen: datetime
    resolved_at: datetime | None
    removed_after_seconds: int | None


@dataclass(frozen=True)
class FailingProfile:
    profile_id: str
    name: str
    platform: str
    owner: str
    error_kind: str | None
    error: str | None
    failures: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None


def _records(engine: Engine, *conditions: object) -> list[FlagRecord]:
    query = (
        select(Flag, ProfileRow, PostRow.url)
        .join(ProfileRow, col(ProfileRow.id) == col(Flag.profile_id))
        .outerjoin(PostRow, col(PostRow.id) == col(Flag.post_id))
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(col(Flag.first_seen), col(Flag.id))
    )
    with Session(read_only(engine)) as session:
        rows = session.exec(query).all()
    return [
        FlagRecord(
            id=flag.id or 0, profile_id=flag.profile_id, profile_name=profile.name, owner=profile.owner,
            unit=profile.unit, platform=flag.platform, kind=flag.kind, category=flag.category,
            severity=flag.severity, excerpt=flag.excerpt, url=url, status=flag.status,
            resolution=flag.resolution, first_seen=flag.first_seen, resolved_at=flag.resolved_at,
            removed_after_seconds=flag.removed_after_seconds,
        )
        for flag, profile, url in rows
    ]


def _closed_before(at: datetime) -> object:
    return and_(col(Flag.status).in_(CLOSED), or_(col(Flag.resolved_at).is_(None), col(Flag.resolved_at) < at))


def flags_first_seen(engine: Engine, start: datetime, end: datetime) -> list[FlagRecord]:
    """Flags raised in ``[start, end)``."""
    return _records(engine, col(Flag.first_seen) >= start, col(Flag.first_seen) < end)


def flags_open_at(engine: Engine, at: datetime) -> list[FlagRecord]:
    """Flags raised before ``at`` and not resolved or dismissed before it.

    A closed flag without a ``resolved_at`` counts as closed from the start (it cannot be dated).
    """
    return _records(engine, col(Flag.first_seen) < at, ~_closed_before(at))  # type: ignore[operator]


def flags_closed(engine: Engine, start: datetime, end: datetime) -> list[FlagRecord]:
    """Flags resolved or dismissed in ``[start, end)``."""
    return _records(engine, col(Flag.status).in_(CLOSED), col(Flag.resolved_at) >= start,
                    col(Flag.resolved_at) < end)


def flags_by_id(engine: Engine, ids: Iterable[int]) -> list[FlagRecord]:
    wanted = sorted(set(ids))
    return _records(engine, col(Flag.id).in_(wanted)) if wanted else []


def open_critical_flags(engine: Engine) -> list[FlagRecord]:
    """Open or acknowledged flags of the categories that need an alert at once."""
    return _records(engine, col(Flag.category).in_(sorted(CRITICAL_CATEGORIES)),
                    col(Flag.status).not_in(CLOSED))


def failing_profiles(engine: Engine, min_failures: int = 1) -> list[FailingProfile]:
    """Active profiles whose last ``min_failures`` or more reads failed, worst first."""
    query = (
        select(ConnectorState, ProfileRow)
        .join(ProfileRow, col(ProfileRow.id) == col(ConnectorState.profile_id))
        .where(col(ConnectorState.consecutive_failures) >= min_failures, col(ProfileRow.active).is_(True))
        .order_by(col(ConnectorState.consecutive_failures).desc(), col(ProfileRow.name))
    )
    with Session(read_only(engine)) as session:
        rows = session.exec(query).all()
    return [
        FailingProfile(
            profile_id=profile.id, name=profile.name, platform=profile.platform, owner=profile.owner,
            error_kind=state.last_error_kind, error=state.last_error, failures=state.consecutive_failures,
            last_success_at=state.last_success_at, last_attempt_at=state.last_attempt_at,
        )
        for state, profile in rows
    ]
