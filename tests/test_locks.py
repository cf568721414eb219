"""The database lease: one holder at a time, across real processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.db import connect
from monitor.locks import DatabaseLease

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, at: datetime = T0) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def test_one_holder_until_released(database_url: str) -> None:
    engine = connect(database_url)
    clock = Clock()
    a = DatabaseLease(engine, "job", holder="a", clock=clock)
    b = DatabaseLease(engine, "job", holder="b", clock=clock)
    assert a.acquire()
    assert a.held
    assert not b.acquire()
    assert not b.held
    assert a.acquire(), "the holder extends its own lease"
    assert a.renew()
    a.release()
    assert not a.held
    assert b.acquire()
    assert not a.acquire()
    engine.dispose()


def test_expired_lease_is_taken_over_and_the_old_holder_knows(database_url: str) -> None:
    engine = connect(database_url)
    clock = Clock()
    a = DatabaseLease(engine, "job", holder="a", ttl=timedelta(minutes=5), clock=clock)
    b = DatabaseLease(engine, "job", holder="b", ttl=timedelta(minutes=5), clock=clock)
    assert a.acquire()
    clock.at = T0 + timedelta(minutes=4)
    assert not b.acquire(), "not expired yet"
    clock.at = T0 + timedelta(minutes=6)
    assert not a.held, "a's own view expires with the lease"
    assert b.acquire(), "a stopped renewing: b takes over"
    assert not a.renew(), "renewing never takes a lease back"
    assert b.held
    engine.dispose()


def test_leases_with_different_names_are_independent(database_url: str) -> None:
    engine = connect(database_url)
    assert DatabaseLease(engine, "one", holder="a").acquire()
    assert DatabaseLease(engine, "two", holder="b").acquire()
    engine.dispose()


def _contend(url: str, holder: str, barrier: Any, results: Any) -> None:
    engine = connect(url, migrate=False)
    lease = DatabaseLease(engine, "monitor.run", holder=holder, ttl=timedelta(minutes=5))
    barrier.wait(timeout=60)
    results.put((holder, lease.acquire()))
    barrier.wait(timeout=60)  # hold it until everyone has tried
    engine.dispose()


def test_two_processes_only_one_acquires(database_url: str) -> None:
    connect(database_url).dispose()  # migrated once, before the race
    ctx = multiprocessing.get_context("spawn")
    # Round 0: two processes race for a free lease. Round 1: the winner exited without releasing, so
    # its lease is still valid for minutes and two new processes both stand by.
    for attempt in range(2):
        barrier = ctx.Barrier(3)
        results = ctx.Queue()
        procs = [ctx.Process(target=_contend, args=(database_url, f"p{i}-{attempt}", barrier, results))
                 for i in range(2)]
        for proc in procs:
            proc.start()
        barrier.wait(timeout=60)
        got = [results.get(timeout=60) for _ in procs]
        barrier.wait(timeout=60)
        for proc in procs:
            proc.join(timeout=60)
            assert proc.exitcode == 0
        if attempt == 0:
            assert sorted(ok for _, ok in got) == [False, True], got
        else:
            assert [ok for _, ok in got] == [False, False], got
