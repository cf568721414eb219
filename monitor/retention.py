"""The retention purge: personal data older than ``[retention] days`` leaves the database.

What goes: posts and comments created before the cutoff (text, URL, images), the excerpts and
content hashes of flags about them or first seen before the cutoff and already closed, the notes of
flag events before the cutoff, the rendered bodies of outbox messages sent before it, and fetch runs
that started before it.

What stays: each flag's category, severity, rule, profile, platform, kind, status, resolution and
dates, so the quarterly statistics survive without any text, and each outbox row's key and status, so
that a report is still never sent twice.

One exception, on purpose: a post with a flag still open or acknowledged is kept until the flag is
closed, because the monitor must re-read it to notice an edit or a removal (it is still public on the
platform anyway); the next purge after the flag closes removes it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, and_, delete, func, not_, or_, select, update
from sqlmodel import col

from monitor.models import FetchRun, Flag, FlagEvent, OutboxMessage, PostRow

OPEN_STATUSES = ("open", "acknowledged")


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime
    posts: int = 0
    comments: int = 0
    flag_excerpts: int = 0
    event_notes: int = 0
    outbox_bodies: int = 0
    fetch_runs: int = 0

    @property
    def total(self) -> int:
        return self.posts + self.comments + self.flag_excerpts + self.event_notes + self.outbox_bodies + self.fetch_runs

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["cutoff"] = self.cutoff.isoformat(timespec="seconds")
        return data

    def describe(self) -> str:
        return (f"removed {self.posts} posts and {self.comments} comments created before "
                f"{self.cutoff:%Y-%m-%d %H:%M} UTC; cleared {self.flag_excerpts} flag excerpts, "
                f"{self.event_notes} flag notes and {self.outbox_bodies} message bodies; "
                f"deleted {self.fetch_runs} fetch runs")


def cutoff_for(days: int, now: datetime | None = None) -> datetime:
    """The instant (aware UTC) before which data is purged; a naive ``now`` is taken as UTC."""
    now = now or datetime.now(UTC)
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    return now - timedelta(days=days)


def purge(engine: Engine, days: int, now: datetime | None = None) -> PurgeResult:
    """Delete what is older than ``days`` in one transaction and say how much went."""
    cutoff = cutoff_for(days, now)
    kept_for_open_flag = (
        select(col(Flag.post_id))
        .where(col(Flag.post_id).is_not(None), col(Flag.status).in_(OPEN_STATUSES))
    )
    expired_post = and_(col(PostRow.created_at) < cutoff, not_(col(PostRow.id).in_(kept_for_open_flag)))
    expired_ids = select(col(PostRow.id)).where(expired_post)
    with engine.begin() as conn:
        by_kind = dict(
            conn.execute(select(col(PostRow.kind), func.count()).where(expired_post).group_by(col(PostRow.kind))).all()
        )
        flags = conn.execute(
            update(Flag)
            .where(or_(
                col(Flag.post_id).in_(expired_ids),
                and_(col(Flag.first_seen) < cutoff, col(Flag.status).not_in(OPEN_STATUSES),
                     or_(col(Flag.excerpt).is_not(None), col(Flag.content_hash).is_not(None))),
            ))
            .values(post_id=None, excerpt=None, content_hash=None)
            .execution_options(synchronize_session=False)
        ).rowcount
        conn.execute(delete(PostRow).where(expired_post).execution_options(synchronize_session=False))
        notes = conn.execute(
            update(FlagEvent).where(col(FlagEvent.at) < cutoff, col(FlagEvent.note).is_not(None))
            .values(note=None)
        ).rowcount
        bodies = conn.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.status) == "sent", col(OutboxMessage.raw).is_not(None),
                   col(OutboxMessage.created_at) < cutoff)
            .values(raw=None)
        ).rowcount
        runs = conn.execute(delete(FetchRun).where(col(FetchRun.started_at) < cutoff)).rowcount
    return PurgeResult(
        cutoff=cutoff,
        posts=int(by_kind.get("post", 0)),
        comments=sum(int(n) for kind, n in by_kind.items() if kind != "post"),
        flag_excerpts=int(flags or 0),
        event_notes=int(notes or 0),
        outbox_bodies=int(bodies or 0),
        fetch_runs=int(runs or 0),
    )
