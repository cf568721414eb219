"""A lease held in the database, so that two monitor processes on one database never work at once.

Acquiring is one atomic statement, which SQLite and PostgreSQL both serialise: first an
``UPDATE ... WHERE name = :name AND (holder = :me OR expires_at < :now)`` (take over an expired lease
or extend our own), and when no row matched, an ``INSERT`` that fails on the primary key if another
process holds the lease. A holder that dies simply stops renewing; the lease expires after ``ttl`` and
another process takes over. Times are aware UTC, like every other table.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType

from sqlalchemy import Engine, delete, insert, update
from sqlalchemy.exc import IntegrityError, OperationalError

from monitor.models import Lease

log = logging.getLogger(__name__)

DEFAULT_TTL = timedelta(minutes=5)
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


def default_holder() -> str:
    """Host, process id and a random suffix: unique even when a pid is reused."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class DatabaseLease:
    """One named lease; ``acquire`` and ``renew`` return whether this process holds it now."""

    def __init__(self, engine: Engine, name: str, *, holder: str | None = None,
                 ttl: timedelta = DEFAULT_TTL, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.name = name
        self.holder = holder or default_holder()
        self.ttl = ttl
        self.clock = clock
        self._held_until: datetime | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def held(self) -> bool:
        """True while our last successful acquire or renew has not expired."""
        return self._held_until is not None and self.clock() < self._held_until

    def acquire(self) -> bool:
        """Take the lease when it is free or expired, or extend it when we hold it already."""
        with self._lock:
            now = self.clock()
            expires = now + self.ttl
            try:
                with self.engine.begin() as conn:
                    taken = conn.execute(
                        update(Lease)
                        .where(Lease.name == self.name)  # type: ignore[arg-type]
                        .where((Lease.holder == self.holder) | (Lease.expires_at < now))  # type: ignore[arg-type]
                        .values(holder=self.holder, expires_at=expires)
                    ).rowcount
                if not taken:
                    with self.engine.begin() as conn:
                        conn.execute(insert(Lease).values(name=self.name, holder=self.holder, expires_at=expires))
            except IntegrityError:
                self._held_until = None
                return False
            except OperationalError as e:  # database unreachable or locked too long: we do not hold it
                log.warning("lease %s: database error, not held: %s", self.name, e.orig or e)
                self._held_until = None
                return False
            self._held_until = expires
            return True

    def renew(self) -> bool:
        """Extend the lease only if we still hold it (never takes it over from someone else)."""
        with self._lock:
            if self._held_until is None:
                return False
            now = self.clock()
            try:
                with self.engine.begin() as conn:
                    extended = conn.execute(
                        update(Lease)
                        .where(Lease.name == self.name, Lease.holder == self.holder)  # type: ignore[arg-type]
                        .values(expires_at=now + self.ttl)
                    ).rowcount
            except OperationalError as e:
                log.warning("lease %s: renewal failed: %s", self.name, e.orig or e)
                return self.held
            self._held_until = now + self.ttl if extended else None
            if not extended:
                log.warning("lease %s: lost to another process", self.name)
            return bool(extended)

    def release(self) -> None:
        """Give the lease up at once so that a waiting process need not wait for it to expire."""
        self.stop_heartbeat()
        with self._lock:
            if self._held_until is None:
                return
            try:
                with self.engine.begin() as conn:
                    conn.execute(
                        delete(Lease).where(Lease.name == self.name, Lease.holder == self.holder)  # type: ignore[arg-type]
                    )
            except OperationalError as e:
                log.warning("lease %s: release failed (it expires by itself): %s", self.name, e.orig or e)
            self._held_until = None

    def start_heartbeat(self, interval: float | None = None) -> None:
        """Renew in a daemon thread every ``interval`` seconds (a third of the ttl by default)."""
        if self._thread is not None:
            return
        period = interval if interval is not None else self.ttl.total_seconds() / 3
        self._stop.clear()

        def beat() -> None:
            while not self._stop.wait(period):
                if self._held_until is not None:
                    self.renew()

        self._thread = threading.Thread(target=beat, name=f"lease-{self.name}", daemon=True)
        self._thread.start()

    def stop_heartbeat(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
