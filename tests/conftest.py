"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL when asked), fake connectors.

Set ``MONITOR_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``) to
run every test that takes ``database_url`` on PostgreSQL too: each test gets its own database,
created through that admin connection and dropped afterwards.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

import pytest

from connectors.base import Connector, ConnectorError, Post
from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.engine import Checker
from monitor.checks.mask import mask_cpr
from monitor.scratchdb import scratch_database

POSTGRES_ENV = "MONITOR_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A URL of a new, empty database: a SQLite file, or a uniquely named PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'monitor.db'}"
        return
    with scratch_database(os.environ[POSTGRES_ENV], prefix="monitor_test") as url:
        yield url


# -- checks ------------------------------------------------------------------------------------

CPR_RULE = Rule("test.cpr", "personal.cpr", "CPR-nummer", "CPR number")
THREAT_RULE = Rule("test.threat", "conduct.threat", "Trussel", "Threat")
_CPR = re.compile(r"\b\d{6}-\d{4}\b")


class FakeCheck(Check):
    """A CPR-like number (masked) and the word TRUSSEL: enough to drive the flag lifecycle."""

    name = "fake"
    rules = (CPR_RULE, THREAT_RULE)

    def scan(self, doc: Document) -> Iterator[Hit]:
        for m in _CPR.finditer(doc.text):
            yield Hit(CPR_RULE, m.start(), m.end(), mask_cpr)
        for m in re.finditer(r"TRUSSEL", doc.text):
            yield Hit(THREAT_RULE, m.start(), m.end())


@pytest.fixture
def checker() -> Checker:
    return Checker(CheckContext(), check_classes=[FakeCheck])


# -- a fake platform ---------------------------------------------------------------------------

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class FakeAccount:
    """One account on the fake platform: posts in the order they appeared or last changed."""

    posts: dict[str, Post] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    fail_after: int | None = None  # raise after yielding this many posts
    error: ConnectorError | None = None
    fetches: int = 0
    refetches: int = 0


class FakeWorld:
    """The fake platform's state, shared by every FakeConnector of a test."""

    def __init__(self) -> None:
        self.accounts: dict[str, FakeAccount] = {}
        self._seq = 0
        self.lock = threading.Lock()

    def account(self, name: str) -> FakeAccount:
        return self.accounts.setdefault(name, FakeAccount())

    def publish(self, account: str, platform_id: str, text: str, *, minutes: int = 0,
                kind: str = "post") -> Post:
        post = Post(platform_id=platform_id, kind=kind, url=f"https://fake.example/{account}/{platform_id}",  # type: ignore[arg-type]
                    text=text, created_at=T0 + timedelta(minutes=minutes))
        self._put(account, post)
        return post

    def edit(self, account: str, platform_id: str, text: str, *, relist: bool = True) -> None:
        """Change a post; with ``relist=False`` only a single-object read (refetch) shows the edit."""
        acc = self.account(account)
        old = acc.posts[platform_id]
        new = replace(old, text=text, edited_at=old.created_at + timedelta(hours=1))
        if relist:
            self._put(account, new)
        else:
            acc.posts[platform_id] = new

    def remove(self, account: str, platform_id: str) -> None:
        self.account(account).removed.add(platform_id)

    def _put(self, account: str, post: Post) -> None:
        self._seq += 1
        acc = self.account(account)
        acc.posts[post.platform_id] = post
        acc.seq[post.platform_id] = self._seq


class FakeConnector(Connector):
    """Fake platform for tests: the cursor is the highest change number seen, two posts a page."""

    platform: ClassVar[str] = "fake"
    world: ClassVar[FakeWorld]

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        acc = self.world.account(self.profile.account)
        acc.fetches += 1
        since = int(cursor or 0)
        fresh = sorted((s, pid) for pid, s in acc.seq.items() if s > since and pid not in acc.removed)
        self.http.get(f"https://fake.example/{self.profile.account}?since={since}")
        for i, (seq, pid) in enumerate(fresh):
            if i and i % 2 == 0:
                self.http.get(f"https://fake.example/{self.profile.account}?page={i // 2}")
            if acc.fail_after is not None and i >= acc.fail_after:
                raise acc.error or ConnectorError("connection dropped")
            yield acc.posts[pid]
            since = seq
        if acc.error is not None and acc.fail_after is None:
            raise acc.error
        self.new_cursor = str(since)

    def refetch(self, post: Post) -> Post | None:
        acc = self.world.account(self.profile.account)
        acc.refetches += 1
        self.http.get(post.url)
        if acc.error is not None:
            raise acc.error
        return None if post.platform_id in acc.removed else acc.posts.get(post.platform_id)


class FakeHttp:
    """Stands in for connectors.http.HttpClient: counts, never touches the network."""

    def __init__(self) -> None:
        self.requests_made = 0
        self.secrets: list[str] = []

    def get(self, url: str, **kwargs: Any) -> None:
        self.requests_made += 1

    def add_secret(self, secret: str) -> None:
        self.secrets.append(secret)

    def close(self) -> None:
        pass


@pytest.fixture
def world() -> FakeWorld:
    return FakeWorld()


@pytest.fixture
def registry(world: FakeWorld) -> dict[str, type[Connector]]:
    """Every platform served by the fake connector, bound to this test's world."""
    cls = type("BoundFakeConnector", (FakeConnector,), {"world": world})
    return {platform: cls for platform in ("facebook", "instagram", "x", "youtube", "mastodon", "bluesky",
                                           "rss", "web")}
