"""The only code that queries the tables for the fetch pipeline and the flag lifecycle.

A narrow interface around one engine: profiles synced from the configuration, a cursor and a
health record per profile, fetch runs, posts upserted by platform id (edits noticed by content
hash), and the flag queries. Methods that must share a transaction with others take the
``Session`` from ``Store.begin()``; the rest open and commit their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from connectors.base import Image, Post
from monitor.db import read_only
from monitor.models import ConnectorState, FetchRun, Flag, FlagEvent, PostRow, ProfileRow

Change = Literal["new", "changed", "restored", "unchanged"]
UNRESOLVED = ("open", "acknowledged")
FLAG_STATUSES = ("open", "acknowledged", "resolved", "dismissed")
_IN_CHUNK = 500  # platform ids per IN (...) lookup, well under every backend's parameter limit
_FRESH_POSTS = "monitor.store.fresh_posts"  # Session.info key: ids of posts inserted in this transaction


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """Aware UTC; a naive value is taken to be UTC already (SQLite hands them back naive)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


@dataclass(frozen=True)
class ProfileStatus:
    """How reading one profile has gone lately (``monitor profiles``)."""

    id: str
    name: str
    platform: str
    owner: str
    active: bool
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    consecutive_failures: int
    last_error_kind: str | None
    last_error: str | None


@dataclass(frozen=True)
class FlagView:
    """One flag as ``monitor flags list`` shows it: the DESIGN.md jsonl contract."""

    id: int
    profile: str
    platform: str
    post_url: str | None
    kind: str
    category: str
    severity: str
    status: str
    resolution: str | None
    excerpt: str | None
    first_seen: datetime
    resolved_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        def iso(value: datetime | None) -> str | None:
            value = as_utc(value)
            return value.isoformat().replace("+00:00", "Z") if value else None

        return {
            "id": self.id, "profile": self.profile, "platform": self.platform, "post_url": self.post_url,
            "kind": self.kind, "category": self.category, "severity": self.severity, "status": self.status,
            "resolution": self.resolution, "excerpt": self.excerpt, "first_seen": iso(self.first_seen),
            "resolved_at": iso(self.resolved_at),
        }


def post_from_row(row: PostRow) -> Post:
    """The connector record of a stored post, for ``Connector.refetch``."""
    alts = list(row.alt_texts or [])
    images = tuple(Image(url, (alts[i] if i < len(alts) else "") or None) for i, url in enumerate(row.image_urls or []))
    created = as_utc(row.created_at)
    assert created is not None
    return Post(platform_id=row.platform_id, kind=row.kind, url=row.url or "",  # type: ignore[arg-type]
                text=row.text or "", created_at=created, edited_at=as_utc(row.edited_at),
                parent_platform_id=row.parent_platform_id, images=images)


def checked_text(row: PostRow) -> str:
    """What the checks read for a stored post (the same as ``Post.checked_text``)."""
    return post_from_row(row).checked_text


class Store:
    """Storage behind a narrow interface; one per engine, safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Pure reads need no write lock on SQLite (see monitor/db.py); elsewhere the option is ignored.
        self._reader = read_only(engine)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    # -- profiles -----------------------------------------------------------------------------

    def sync_profiles(self, settings: Any) -> None:
        """Make the profile table match ``[[profiles]]``; profiles no longer configured turn inactive.

        A profile whose platform or account changed starts again without a cursor.
        """
        configured = {p.id: p for p in settings.profiles}
        with self.begin() as s:
            rows = {row.id: row for row in s.exec(select(ProfileRow)).all()}
            for pid, profile in configured.items():
                row = rows.get(pid)
                if row is None:
                    s.add(ProfileRow(id=pid, name=profile.name, platform=profile.platform, account=profile.account,
                                     owner=profile.owner, unit=profile.unit, active=True))
                    continue
                if (row.platform, row.account) != (profile.platform, profile.account):
                    state = s.get(ConnectorState, pid)
                    if state is not None:
                        state.cursor = None
                        s.add(state)
                row.name, row.platform, row.account = profile.name, profile.platform, profile.account
                row.owner, row.unit, row.active = profile.owner, profile.unit, True
                s.add(row)
            for pid, row in rows.items():
                if pid not in configured and row.active:
                    row.active = False
                    s.add(row)

    def profile_statuses(self) -> list[ProfileStatus]:
        with Session(self._reader) as s:
            pairs = s.exec(select(ProfileRow, ConnectorState)
                           .join(ConnectorState, col(ConnectorState.profile_id) == col(ProfileRow.id), isouter=True)
                           .order_by(col(ProfileRow.id))).all()
            return [ProfileStatus(
                id=p.id, name=p.name, platform=p.platform, owner=p.owner, active=p.active,
                last_success_at=as_utc(st.last_success_at) if st else None,
                last_attempt_at=as_utc(st.last_attempt_at) if st else None,
                consecutive_failures=st.consecutive_failures if st else 0,
                last_error_kind=st.last_error_kind if st else None, last_error=st.last_error if st else None,
            ) for p, st in pairs]

    # -- cursor and health --------------------------------------------------------------------

    def _state(self, s: Session, profile_id: str) -> ConnectorState:
        state = s.get(ConnectorState, profile_id)
        if state is None:
            state = ConnectorState(profile_id=profile_id)
            s.add(state)
        return state

    def get_cursor(self, profile_id: str) -> str | None:
        with Session(self._reader) as s:
            state = s.get(ConnectorState, profile_id)
            return state.cursor if state else None

    def set_cursor(self, profile_id: str, cursor: str | None) -> None:
        with self.begin() as s:
            self._state(s, profile_id).cursor = cursor

    def record_success(self, profile_id: str, at: datetime) -> None:
        with self.begin() as s:
            state = self._state(s, profile_id)
            state.consecutive_failures = 0
            state.last_error = state.last_error_kind = None
            state.last_attempt_at = state.last_success_at = at

    def record_failure(self, profile_id: str, kind: str, error: str, at: datetime) -> int:
        """Count one more consecutive failure; returns the new count. ``error`` must already be masked."""
        with self.begin() as s:
            state = self._state(s, profile_id)
            state.consecutive_failures += 1
            state.last_error, state.last_error_kind, state.last_attempt_at = error, kind, at
            return state.consecutive_failures

    # -- fetch runs ---------------------------------------------------------------------------

    def start_run(self, profile_id: str, at: datetime) -> int:
        with self.begin() as s:
            run = FetchRun(profile_id=profile_id, started_at=at)
            s.add(run)
            s.flush()
            assert run.id is not None
            return run.id

    def finish_run(self, run_id: int, *, outcome: str, at: datetime, error_kind: str | None = None,
                   error: str | None = None, **counts: int) -> None:
        with self.begin() as s:
            run = s.get(FetchRun, run_id)
            assert run is not None
            run.finished_at, run.outcome, run.error_kind, run.error = at, outcome, error_kind, error
            for name, value in counts.items():
                setattr(run, name, value)

    def runs(self, profile_id: str) -> list[FetchRun]:
        with Session(self._reader) as s:
            return list(s.exec(select(FetchRun).where(FetchRun.profile_id == profile_id)
                               .order_by(col(FetchRun.id))).all())

    # -- posts --------------------------------------------------------------------------------

    def upsert_post(self, s: Session, profile_id: str, post: Post, at: datetime) -> tuple[PostRow, Change]:
        """Insert a new post, or update a known one; an edit is noticed by its content hash."""
        return self.upsert_posts(s, profile_id, [post], at)[0]

    def upsert_posts(self, s: Session, profile_id: str, posts: Sequence[Post],
                     at: datetime) -> list[tuple[PostRow, Change]]:
        """``upsert_post`` for a batch, in order: one lookup for all, and new rows inserted in one flush.

        A platform id met twice in the batch is inserted once and updated the second time, as one by
        one. Rows inserted here are remembered on the session, so ``flags_of_post`` need not ask.
        """
        ids = list(dict.fromkeys(post.platform_id for post in posts))
        known: dict[str, PostRow] = {}
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start:start + _IN_CHUNK]
            query = select(PostRow).where(PostRow.profile_id == profile_id, col(PostRow.platform_id).in_(chunk))
            known.update((row.platform_id, row) for row in s.exec(query).all())
        results: list[tuple[PostRow, Change]] = []
        inserted: list[PostRow] = []
        for post in posts:
            row = known.get(post.platform_id)
            if row is None:
                row = known[post.platform_id] = self._new_row(profile_id, post, at)
                inserted.append(row)
                results.append((row, "new"))
            else:
                results.append((row, self._update_row(row, post, at)))
        if inserted:
            s.add_all(inserted)
            s.flush()
            s.info.setdefault(_FRESH_POSTS, set()).update(row.id for row in inserted)
        return results

    @staticmethod
    def _new_row(profile_id: str, post: Post, at: datetime) -> PostRow:
        return PostRow(profile_id=profile_id, platform_id=post.platform_id, parent_platform_id=post.parent_platform_id,
                       kind=post.kind, url=post.url, text=post.text, image_urls=[img.url for img in post.images],
                       alt_texts=[img.alt_text or "" for img in post.images],
                       created_at=post.created_at.astimezone(UTC), edited_at=as_utc(post.edited_at), fetched_at=at,
                       content_hash=post.content_hash)

    @staticmethod
    def _update_row(row: PostRow, post: Post, at: datetime) -> Change:
        row.fetched_at = at
        row.url = post.url or row.url
        change: Change = "unchanged"
        digest = post.content_hash
        if row.content_hash != digest:
            row.text, row.content_hash = post.text, digest
            row.image_urls = [img.url for img in post.images]
            row.alt_texts = [img.alt_text or "" for img in post.images]
            row.edited_at = as_utc(post.edited_at) or at  # a platform without edit times: when we noticed
            change = "changed"
        elif post.edited_at is not None:
            row.edited_at = as_utc(post.edited_at)
        if row.removed_at is not None:
            row.removed_at = None
            change = "restored" if change == "unchanged" else change
        return change

    def mark_checked(self, s: Session, row: PostRow, at: datetime) -> None:
        row.checked_at = at
        s.add(row)

    def mark_removed(self, s: Session, row: PostRow, at: datetime) -> None:
        row.removed_at = at
        s.add(row)

    def post(self, s: Session, post_id: int) -> PostRow | None:
        return s.get(PostRow, post_id)

    def posts_with_unresolved_flags(self, profile_id: str, *, fetched_before: datetime | None = None) -> list[PostRow]:
        """Posts still online with an open or acknowledged flag; optionally only those not read since."""
        with Session(self._reader) as s:
            query = (select(PostRow).where(PostRow.profile_id == profile_id, col(PostRow.removed_at).is_(None),
                                           col(PostRow.id).in_(select(Flag.post_id).where(
                                               Flag.profile_id == profile_id, col(Flag.status).in_(UNRESOLVED))))
                     .order_by(col(PostRow.id)))
            if fetched_before is not None:
                query = query.where(col(PostRow.fetched_at) < fetched_before)
            return list(s.exec(query).all())

    def count_posts(self, profile_id: str | None = None) -> int:
        with Session(self._reader) as s:
            query = select(func.count()).select_from(PostRow)
            if profile_id is not None:
                query = query.where(PostRow.profile_id == profile_id)
            return int(s.exec(query).one())

    # -- flags --------------------------------------------------------------------------------

    def flags_of_post(self, s: Session, post_id: int) -> list[Flag]:
        if post_id in s.info.get(_FRESH_POSTS, ()):
            return []  # inserted in this transaction, and no flag added to it since
        return list(s.exec(select(Flag).where(Flag.post_id == post_id).order_by(col(Flag.id))).all())

    def flag(self, s: Session, flag_id: int, *, for_update: bool = False) -> Flag | None:
        query = select(Flag).where(Flag.id == flag_id)
        if for_update:
            query = query.with_for_update()  # a no-op on SQLite, whose BEGIN IMMEDIATE already serialises
        return s.exec(query).first()

    def add_flag(self, s: Session, flag: Flag) -> Flag:
        s.info.get(_FRESH_POSTS, set()).discard(flag.post_id)
        s.add(flag)
        s.flush()
        return flag

    def add_event(self, s: Session, event: FlagEvent) -> None:
        s.add(event)

    def events(self, flag_id: int) -> list[FlagEvent]:
        with Session(self._reader) as s:
            return list(s.exec(select(FlagEvent).where(FlagEvent.flag_id == flag_id)
                               .order_by(col(FlagEvent.id))).all())

    def list_flags(self, status: str = "open", *, profile_ids: Sequence[str] | None = None,
                   ids: Iterable[int] | None = None) -> list[FlagView]:
        """Flags with their post's URL; ``status`` "open" means unresolved (open or acknowledged)."""
        query = select(Flag, PostRow.url).join(PostRow, col(PostRow.id) == col(Flag.post_id), isouter=True)
        if status == "open":
            query = query.where(col(Flag.status).in_(UNRESOLVED))
        elif status != "all":
            if status not in FLAG_STATUSES:
                raise ValueError(f"unknown flag status {status!r}")
            query = query.where(Flag.status == status)
        if profile_ids:
            query = query.where(col(Flag.profile_id).in_(list(profile_ids)))
        if ids is not None:
            query = query.where(col(Flag.id).in_(list(ids)))
        with Session(self._reader) as s:
            rows = s.exec(query.order_by(col(Flag.first_seen), col(Flag.id))).all()
            return [FlagView(id=f.id or 0, profile=f.profile_id, platform=f.platform, post_url=url, kind=f.kind,
                             category=f.category, severity=f.severity, status=f.status, resolution=f.resolution,
                             excerpt=f.excerpt, first_seen=f.first_seen, resolved_at=f.resolved_at)
                    for f, url in rows]
