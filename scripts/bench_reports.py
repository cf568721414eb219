#!/usr/bin/env python3
"""Report benchmark: build and render the weekly review and the quarterly summary on a big database.

    python scripts/gen_big_db.py sqlite:///big.db          # 1,000,000 posts, 20,000 flags
    python scripts/bench_reports.py [sqlite:///big.db] [--week 2026-W47] [--quarter 2026-Q3] [--explain]

Each report is measured in a fresh child process, so that its peak memory is its own: the time of the
first build (cold: connection, first queries) and the best of ``--repeat`` more, each split into data
(``reports.build``) and rendering (``reports.render`` through ``monitor.reporting.draft_*``: templates,
CSS inlining, for the quarterly the charts), never sending anything; then one more build under
``tracemalloc`` for the peak of Python allocations. The child's ``ru_maxrss`` (peak resident memory of
the whole process, interpreter and libraries included) is shown with its value before the first build.

``--explain`` also times every database query the builders issue and prints its plan (``EXPLAIN QUERY
PLAN`` on SQLite, ``EXPLAIN ANALYZE`` on PostgreSQL), to find the index a slow query needs.
Targets (issue 6): the weekly review in <= 2 s and <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from benchlib import Stopwatch, backend, max_rss_mb, show_url, table

KINDS = ("weekly", "quarterly")
TARGET_SECONDS, TARGET_MB = 2.0, 300.0


def settings_for(url: str) -> Any:
    from monitor.config import parse_settings

    return parse_settings({
        "organisation": {"name": "Benchmark Ungdomsskole", "language": "da"},
        "database": {"url": url},
        "recipients": {"communications": ["kommunikation@example.org"], "management": ["ledelse@example.org"]},
    })


def period_for(kind: str, label: str | None, settings: Any, now: datetime) -> Any:
    from monitor.reporting import resolve_period

    return resolve_period(kind, label, settings, now)


def builder(kind: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """(data only, data + rendering) for a report kind."""
    from monitor import reporting
    from reports import build

    if kind == "weekly":
        return (lambda s, e, p, now: build.build_weekly(e, p, now, s.no_publish_names()), reporting.draft_weekly)
    return (lambda s, e, p, now: build.build_quarterly(e, p, now), reporting.draft_quarterly)


def measure(kind: str, url: str, label: str | None, now: datetime, repeat: int) -> dict[str, Any]:
    """Everything for one report kind, in this process (the parent runs it in a child)."""
    from monitor.db import connect

    settings = settings_for(url)
    engine = connect(url)
    period = period_for(kind, label, settings, now)
    data_only, drafted = builder(kind)
    rss_before = max_rss_mb()
    try:
        with Stopwatch() as first:
            drafts = drafted(settings, engine, period, now)
        assert drafts, "no message drafted: the recipients are missing"
        totals, datas = [], []
        for _ in range(max(1, repeat)):
            with Stopwatch() as data:
                report = data_only(settings, engine, period, now)
            with Stopwatch() as total:
                drafts = drafted(settings, engine, period, now)
            datas.append(data.seconds)
            totals.append(total.seconds)
        tracemalloc.start()
        drafted(settings, engine, period, now)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        engine.dispose()
    best_total, best_data = min(totals), min(datas)
    rendered = drafts[0].rendered
    return {
        "kind": kind, "period": period.label, "first": first.seconds, "best": best_total, "data": best_data,
        "render": max(0.0, best_total - best_data), "tracemalloc_mb": peak / 2**20, "rss_before_mb": rss_before,
        "rss_mb": max_rss_mb(), "html_kb": len(rendered.html.encode()) / 1024, "counts": summary_of(report),
    }


def summary_of(report: Any) -> str:
    if hasattr(report, "still_open"):
        return (f"{report.new_count} new, {len(report.still_open)} older still open, {len(report.resolved)} closed, "
                f"{len(report.failing)} failing profiles")
    return f"{report.total} flags, {report.open_at_end} open at the end"


def run_child(kind: str, args: argparse.Namespace, now: datetime) -> dict[str, Any]:
    command = [sys.executable, __file__, args.url, "--child", kind, "--now", now.isoformat(), "--repeat",
               str(args.repeat)]
    label = args.week if kind == "weekly" else args.quarter
    if label:
        command += ["--week" if kind == "weekly" else "--quarter", label]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {kind} measurement failed:\n{done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# -- --explain: every query the builders issue, timed, with its plan ---------------------------------

@contextmanager
def capture_queries(engine: Any) -> Iterator[list[tuple[str, Any]]]:
    from sqlalchemy import event

    seen: list[tuple[str, Any]] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def explain(kind: str, url: str, label: str | None, now: datetime) -> None:
    """Time each query function the builder calls and print the plan of its SQL."""
    from monitor.db import connect
    from reports import queries

    settings = settings_for(url)
    engine = connect(url)
    period = period_for(kind, label, settings, now)
    data_only, _ = builder(kind)
    calls: list[tuple[str, float, int, list[tuple[str, Any]]]] = []
    originals = {name: getattr(queries, name) for name in ("flags_first_seen", "flags_open_at", "flags_closed",
                                                           "failing_profiles")}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            with capture_queries(engine) as statements, Stopwatch() as sw:
                rows = fn(*a, **k)
            calls.append((name, sw.seconds, len(rows), list(statements)))
            return rows
        return wrapper

    try:
        for name, fn in originals.items():
            setattr(queries, name, timed(name, fn))
        data_only(settings, engine, period, now)
    finally:
        for name, fn in originals.items():
            setattr(queries, name, fn)
    print(f"\n{kind} {period.label}: queries in call order")
    print(table([[name, f"{seconds * 1000:.1f}", rows] for name, seconds, rows, _ in calls],
                ["query", "ms", "rows"]))
    done: set[str] = set()
    with engine.connect() as conn:
        for name, _, _, statements in calls:
            for statement, parameters in statements:
                if statement in done or not statement.lstrip().upper().startswith("SELECT"):
                    continue
                done.add(statement)
                print(f"\n-- {name}\n{statement.strip()}")
                prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
                plan = conn.exec_driver_sql(prefix + statement, parameters).fetchall()
                for row in plan:
                    print("   ", row[-1] if engine.dialect.name == "sqlite" else row[0])
    engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?", default="sqlite:///big.db", help="database URL (default sqlite:///big.db)")
    parser.add_argument("--week", default=None, help="ISO week, e.g. 2026-W47 (default: the last complete one)")
    parser.add_argument("--quarter", default=None, help="e.g. 2026-Q3 (default: the last complete one)")
    parser.add_argument("--now", default=None, help="ISO date-time taken as now (default: now)")
    parser.add_argument("--repeat", type=int, default=3, help="warm builds after the first (best is shown)")
    parser.add_argument("--explain", action="store_true", help="time each query and print its plan")
    parser.add_argument("--in-process", action="store_true",
                        help="measure in this process, not in a child each (memory figures then overlap)")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    now = datetime.fromisoformat(args.now) if args.now else datetime.now(UTC)
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now
    if args.child:
        label = args.week if args.child == "weekly" else args.quarter
        print(json.dumps(measure(args.child, args.url, label, now, args.repeat)))
        return 0

    print(f"report benchmark on {show_url(args.url)} ({backend(args.url)}), now = {now:%Y-%m-%d %H:%M} UTC")
    results = []
    for kind in KINDS:
        began = time.perf_counter()
        if args.in_process:
            label = args.week if kind == "weekly" else args.quarter
            results.append(measure(kind, args.url, label, now, args.repeat))
        else:
            results.append(run_child(kind, args, now))
        where = "this process" if args.in_process else "child process"
        print(f"  {kind}: measured in {time.perf_counter() - began:.1f} s ({where})", flush=True)
    print()
    print(table([[r["kind"], r["period"], f"{r['first']:.3f}", f"{r['best']:.3f}", f"{r['data']:.3f}",
                  f"{r['render']:.3f}", f"{r['tracemalloc_mb']:.1f}", f"{r['rss_before_mb']:.0f}",
                  f"{r['rss_mb']:.0f}", f"{r['html_kb']:.0f}"] for r in results],
                ["report", "period", "first s", "best s", "data s", "render s", "tracemalloc peak MB",
                 "RSS before MB", "max RSS MB", "HTML KB"]))
    for r in results:
        print(f"{r['kind']} {r['period']}: {r['counts']}")
    weekly = results[0]
    ok = max(weekly["first"], weekly["best"]) <= TARGET_SECONDS and weekly["rss_mb"] <= TARGET_MB
    print(f"weekly target (<= {TARGET_SECONDS:g} s, <= {TARGET_MB:g} MB): {'met' if ok else 'MISSED'} "
          f"(first {weekly['first']:.2f} s, best {weekly['best']:.2f} s, max RSS {weekly['rss_mb']:.0f} MB)")
    if args.explain:
        for kind in KINDS:
            explain(kind, args.url, args.week if kind == "weekly" else args.quarter, now)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
