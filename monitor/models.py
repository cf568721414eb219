"""The SQLModel tables. Only the store (``monitor/store.py`` and friends) queries them.

Kept apart from the pydantic configuration models on purpose. Only what checks and reports need is
stored: no avatars, follower lists or commenter ids. Times are timezone-aware UTC (SQLModel's
UTCDateTime refuses naive values).

Every change here needs a new revision in ``monitor/migrations/versions/`` (tests/test_store.py
compares the migrated schema with these tables).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


class ProfileRow(SQLModel, table=True):
    """A registered profile, synced from the configuration's ``[[profiles]]``."""

    __tablename__ = "profile"

    id: str = Field(primary_key=True, max_length=100)
    name: str
    platform: str = Field(max_length=20)
    account: str
    owner: str
    unit: str = ""
    active: bool = True


class ConnectorState(SQLModel, table=True):
    """Per profile: where the last successful read stopped and how reading has gone lately."""

    __tablename__ = "connector_state"

    profile_id: str = Field(primary_key=True, foreign_key="profile.id", max_length=100)
    cursor: str | None = Field(default=None, sa_column=Column(Text))
    consecutive_failures: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_error_kind: str | None = None
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None


class FetchRun(SQLModel, table=True):
    """One attempt to read one profile: when, how it ended, and what it found."""

    __tablename__ = "fetch_run"
    __table_args__ = (Index("ix_fetch_run_profile_started", "profile_id", "started_at"),)

    id: int | None = Field(default=None, primary_key=True)
    profile_id: str = Field(foreign_key="profile.id", index=True, max_length=100)
    started_at: datetime
    finished_at: datetime | None = None
    outcome: str = "running"  # running | ok | failed
    error_kind: str | None = None
    error: str | None = Field(default=None, sa_column=Column(Text))
    posts_new: int = 0
    posts_changed: int = 0
    posts_removed: int = 0
    requests: int = 0
    # Added in migration 0002.
    flags_opened: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    flags_resolved: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class PostRow(SQLModel, table=True):
    """A post or comment. Text and URL are purged after the retention period."""

    __tablename__ = "post"
    __table_args__ = (
        UniqueConstraint("profile_id", "platform_id", name="uq_post_profile_platform_id"),
        Index("ix_post_profile_created", "profile_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    profile_id: str = Field(foreign_key="profile.id", max_length=100)
    platform_id: str = Field(max_length=255)
    parent_platform_id: str | None = Field(default=None, max_length=255)
    kind: str = Field(default="post", max_length=10)  # post | comment
    url: str | None = Field(default=None, sa_column=Column(Text))
    text: str | None = Field(default=None, sa_column=Column(Text))
    image_urls: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    alt_texts: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    created_at: datetime
    edited_at: datetime | None = None
    fetched_at: datetime
    checked_at: datetime | None = None
    content_hash: str = Field(max_length=64)
    removed_at: datetime | None = None


class Flag(SQLModel, table=True):
    """One per (post, category); followed until resolved or dismissed.

    Profile, platform, kind and dates stay after the post is purged, so that the quarterly
    statistics survive the retention period without any text.
    """

    __tablename__ = "flag"
    __table_args__ = (
        UniqueConstraint("post_id", "category", name="uq_flag_post_category"),
        Index("ix_flag_status", "status"),
        Index("ix_flag_first_seen", "first_seen"),
        Index("ix_flag_resolved_at", "resolved_at"),
        Index("ix_flag_profile_status", "profile_id", "status"),  # migration 0002: open flags per profile
    )

    id: int | None = Field(default=None, primary_key=True)
    post_id: int | None = Field(default=None, foreign_key="post.id")
    profile_id: str = Field(foreign_key="profile.id", max_length=100, index=True)
    platform: str = Field(max_length=20)
    kind: str = Field(default="post", max_length=10)
    category: str = Field(max_length=40)
    severity: str = Field(max_length=10)
    rule: str = Field(max_length=60)
    excerpt: str | None = Field(default=None, sa_column=Column(Text))
    content_hash: str | None = Field(default=None, max_length=64)  # content the flag was raised on
    status: str = Field(default="open", max_length=15)  # open | acknowledged | resolved | dismissed
    resolution: str | None = Field(default=None, max_length=20)  # removed | edited | fixed | ...
    first_seen: datetime
    last_seen: datetime
    resolved_at: datetime | None = None
    post_created_at: datetime | None = None
    removed_after_seconds: int | None = None


class FlagEvent(SQLModel, table=True):
    """Every status change of a flag: who, when, from what to what, and why."""

    __tablename__ = "flag_event"

    id: int | None = Field(default=None, primary_key=True)
    flag_id: int = Field(foreign_key="flag.id", index=True)
    at: datetime
    actor: str = Field(max_length=100)  # "monitor" for automatic changes, else the person
    from_status: str | None = Field(default=None, max_length=15)
    to_status: str = Field(max_length=15)
    resolution: str | None = Field(default=None, max_length=20)
    note: str | None = Field(default=None, sa_column=Column(Text))


class OutboxMessage(SQLModel, table=True):
    """A message recorded before it is sent; ``key`` (kind, period, recipient) makes it unique."""

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=400, unique=True)
    kind: str = Field(max_length=20)  # weekly | owners | critical | quarterly
    period: str = Field(max_length=40)
    recipient: str = Field(max_length=320)
    subject: str
    message_id: str = Field(max_length=400)
    raw: bytes | None = None  # the rendered message, so that a retry sends the very same bytes
    status: str = Field(default="pending", max_length=10, index=True)  # pending | sent | failed
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime
    next_attempt_at: datetime | None = None
    sent_at: datetime | None = None


class Lease(SQLModel, table=True):
    """A lock held in the database, so that two monitor processes never do the same job at once."""

    __tablename__ = "lease"

    name: str = Field(primary_key=True, max_length=200)
    holder: str = Field(max_length=200)
    expires_at: datetime
