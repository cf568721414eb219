#!/usr/bin/env python3
"""Fetch benchmark: many Mastodon profiles on one slow local server, read by ``monitor.pipeline.run_once``.

    python scripts/bench_fetch.py [--profiles 200] [--delay-ms 100] [--pages 3] [--per-host-limit 8]
                                  [--database-url URL] [--compare-postgres URL]

A ThreadingHTTPServer on 127.0.0.1 (port 0) plays a Mastodon instance: account lookup, statuses newest
first with ``Link: rel="next"`` paging (``--pages`` pages of ``--page-size``), ``/context`` replies
(only when ``--reply-every`` gives statuses replies) and single statuses; every request is held back
``--delay-ms``. A temporary configuration registers the profiles with ``[connectors.mastodon] base_url``
pointing at it, all on one host, so ``per_host_limit`` bounds the concurrency. Then, on a fresh database:

1. a first run reads everything: wall time, requests, and the *sequential sum*: the server-side time of
   every request (delay included) added up, i.e. the least time a client reading one request at a time
   would need. ``speed-up`` is that sum over the wall time. The sum of per-profile durations (from the
   ``fetch_run`` rows) is shown too, but it includes time spent queueing for the per-host limit;
2. a second run with nothing new: requests per profile (target: one, the first statuses page).

With ``--compare-postgres URL`` the same is run on SQLite and on a new database created on that
PostgreSQL server (dropped afterwards). The server only listens on 127.0.0.1 and stops at the end.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import re
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchlib import backend, fresh_database, show_url, table

ID_BASE = 10**12  # status id = ID_BASE + account * 10**6 + position (newer statuses have larger ids)
SERVER_MAX_SECONDS = 3600  # the server process ends itself when the parent is silent this long
PHRASES = (
    "Træning torsdag kl. 17 i hallen, husk indendørssko.",
    "Tak for en god tur til stranden i weekenden!",
    "Tilmelding til sommerlejren er åben nu.",
    "Caféen har åbent fredag aften fra kl. 19.",
    "Nye hold i keramik og musik starter efter ferien.",
    "Vi søger frivillige til kagebordet på lørdag.",
)


@dataclass
class Hit:
    kind: str  # lookup | statuses | context | status | other
    account: int | None
    seconds: float


@dataclass
class FakeMastodon:
    """What the fake instance holds (computed, never stored) and every request it answered."""

    profiles: int
    pages: int
    page_size: int
    delay: float
    reply_every: int = 0  # every Nth status has one reply (0: none, so /context is never asked)
    flag_every: int = 0  # every Nth status carries an invented phone number (0: all clean)
    root: str = ""
    epoch: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def per_account(self) -> int:
        return self.pages * self.page_size

    def reset(self) -> list[Hit]:
        with self.lock:
            hits, self.hits = self.hits, []
        return hits

    def record(self, kind: str, account: int | None, seconds: float) -> None:
        with self.lock:
            self.hits.append(Hit(kind, account, seconds))

    # -- content -------------------------------------------------------------------------------

    def status(self, account: int, position: int, reply: bool = False) -> dict[str, Any]:
        """Status ``position`` (0 = oldest) of ``account``; a reply has the id of its parent plus ``1``."""
        status_id = str(ID_BASE + account * 10**6 + position) + ("1" if reply else "")
        created = self.epoch - timedelta(minutes=10 * (self.per_account - position), seconds=account)
        text = PHRASES[(account + position) % len(PHRASES)]
        if reply:
            text = "Det glæder vi os til!"
        elif self.flag_every and position % self.flag_every == 0:
            text += " Ring til mig på 20 30 40 50."
        replies = 1 if (not reply and self.reply_every and position % self.reply_every == 0) else 0
        return {"id": status_id, "created_at": created.isoformat().replace("+00:00", "Z"), "edited_at": None,
                "url": f"{self.root}/@klub{account:03d}/{status_id}", "uri": "", "spoiler_text": "",
                "content": f"<p>{text} <span class=\"invisible\">#{position}</span></p>",
                "replies_count": replies, "reblog": None, "media_attachments": []}

    def statuses_page(self, account: int, max_id: str | None) -> tuple[list[dict[str, Any]], str | None]:
        """A page newest first below ``max_id`` and the ``max_id`` of the next page (None on the last)."""
        top = self.per_account - 1 if max_id is None else int(max_id) - ID_BASE - account * 10**6 - 1
        positions = [p for p in range(top, top - self.page_size, -1) if p >= 0]
        page = [self.status(account, p) for p in positions]
        more = bool(positions) and positions[-1] > 0
        return page, (page[-1]["id"] if more else None)

    def locate(self, status_id: str) -> tuple[int, int, bool] | None:
        """(account, position, is a reply) of a status id, or None for an unknown one."""
        reply = len(status_id) == len(str(ID_BASE)) + 1  # a reply's id is its parent's plus one digit
        number = int(status_id[:-1] if reply else status_id) - ID_BASE
        account, position = divmod(number, 10**6)
        if not (0 <= account < self.profiles and 0 <= position < self.per_account):
            return None
        return account, position, reply

    # -- routing -------------------------------------------------------------------------------

    def route(self, raw_path: str) -> tuple[str, int | None, int, dict[str, str], Any]:
        """(kind, account, status, headers, JSON body) for one GET."""
        parts = urlsplit(raw_path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        path = parts.path
        if path == "/api/v1/accounts/lookup":
            m = re.fullmatch(r"klub(\d+)", query.get("acct", ""))
            if m and int(m.group(1)) < self.profiles:
                account = int(m.group(1))
                return "lookup", account, 200, {}, {"id": str(100000 + account), "username": f"klub{account:03d}",
                                                    "acct": f"klub{account:03d}"}
            return "lookup", None, 404, {}, {"error": "Record not found"}
        if m := re.fullmatch(r"/api/v1/accounts/(\d+)/statuses", path):
            account = int(m.group(1)) - 100000
            if not 0 <= account < self.profiles:
                return "statuses", None, 404, {}, {"error": "Record not found"}
            page, next_max = self.statuses_page(account, query.get("max_id"))
            headers = {}
            if next_max is not None:
                url = f"{self.root}{path}?limit={self.page_size}&exclude_reblogs=true&max_id={next_max}"
                headers["Link"] = f'<{url}>; rel="next"'
            return "statuses", account, 200, headers, page
        if m := re.fullmatch(r"/api/v1/statuses/(\d+)(/context)?", path):
            where = self.locate(m.group(1))
            if where is None:
                return "status", None, 404, {}, {"error": "Record not found"}
            account, position, reply = where
            if m.group(2):
                replies = [self.status(account, position, reply=True)] if self.status(account, position)[
                    "replies_count"] else []
                return "context", account, 200, {}, {"ancestors": [], "descendants": replies}
            return "status", account, 200, {}, self.status(account, position, reply=reply)
        return "other", None, 404, {}, {"error": "Record not found"}


def _serve_forever(state: FakeMastodon, conn: Connection) -> None:
    """The server process: answers HTTP on 127.0.0.1 and the parent's commands on ``conn``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real clients and servers use

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            began = time.perf_counter()
            if state.delay:
                time.sleep(state.delay)
            kind, account, status, headers, body = state.route(self.path)
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            state.record(kind, account, time.perf_counter() - began)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.root = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="fake-mastodon", daemon=True)
    thread.start()
    conn.send(state.root)
    try:
        while conn.poll(SERVER_MAX_SECONDS):  # a parent that vanished stops the server too
            command = conn.recv()
            if command == "hits":
                conn.send(state.reset())
            else:
                break
    except (EOFError, OSError):
        pass
    finally:
        server.shutdown()
        server.server_close()


class ServerHandle:
    """The parent's side of the server process."""

    def __init__(self, state: FakeMastodon, conn: Connection) -> None:
        self.state, self.conn = state, conn

    def hits(self) -> list[Hit]:
        """The requests answered since the last call (and forget them)."""
        self.conn.send("hits")
        hits: list[Hit] = self.conn.recv()
        return hits


@contextmanager
def serve(state: FakeMastodon) -> Iterator[ServerHandle]:
    """Run the fake instance in its own process (so that it never competes with the pipeline for the
    GIL and its timings stay honest) on 127.0.0.1, a free port; always stopped when the block ends."""
    parent, child = multiprocessing.get_context("fork").Pipe()
    process = multiprocessing.get_context("fork").Process(target=_serve_forever, args=(state, child),
                                                          name="fake-mastodon", daemon=True)
    process.start()
    try:
        if not parent.poll(10):
            raise RuntimeError("the benchmark server did not start")
        state.root = parent.recv()
        yield ServerHandle(state, parent)
    finally:
        with suppress(OSError):
            parent.send("stop")
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)


def write_config(directory: Path, state: FakeMastodon, database_url: str, per_host_limit: int) -> Path:
    lines = [
        "[organisation]", 'name = "Benchmark Ungdomsskole"', "",
        "[database]", f"url = {json.dumps(database_url)}", "",
        "[delivery]", f"outbox_dir = {json.dumps(str(directory / 'outbox'))}", "",
        "[connectors.mastodon]", f'base_url = "{state.root}"', f"per_host_limit = {per_host_limit}",
        f"page_size = {state.page_size}", "timeout = 30", "",
    ]
    for n in range(state.profiles):
        lines += ["[[profiles]]", f'id = "klub-{n:03d}"', f'name = "Klub {n:03d}"', 'platform = "mastodon"',
                  f'account = "@klub{n:03d}@mastodon.example"',
                  f'owner = "Klubleder {n:03d} <klub{n:03d}@example.org>"',
                  f'unit = "Afdeling {n % 12}"', ""]
    path = directory / "monitor.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@dataclass
class RunFigures:
    label: str
    wall: float
    cpu: float
    requests: int
    server_sum: float
    profile_sum: float
    per_profile: list[int]
    kinds: Counter[str]
    posts_new: int
    flags_opened: int
    failed: int

    @property
    def speedup(self) -> float:
        return self.server_sum / self.wall if self.wall else 0.0

    def row(self) -> list[object]:
        per = self.per_profile or [0]
        spread = f"{statistics.mean(per):.2f} ({min(per)}-{max(per)})"
        return [self.label, f"{self.wall:.2f}", f"{self.cpu:.2f}", self.requests, f"{self.server_sum:.2f}",
                f"{self.speedup:.1f}x", f"{self.profile_sum:.1f}", spread, self.posts_new, self.flags_opened,
                self.failed]


HEADER = ["run", "wall s", "CPU s", "requests", "seq. sum s", "speed-up", "sum prof. s", "req/profile (min-max)",
          "new posts", "flags", "failed"]


def one_run(label: str, server: ServerHandle, settings: Any, engine: Any, workers: int) -> RunFigures:
    from monitor.pipeline import run_once
    from monitor.store import Store, as_utc

    server.hits()
    began, cpu_began = time.perf_counter(), time.process_time()
    summary = run_once(settings, engine, max_workers=workers, environ={})
    wall, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    hits = server.hits()
    store = Store(engine)
    durations = []
    for profile in settings.profiles:
        runs = store.runs(profile.id)
        if runs and runs[-1].finished_at is not None:
            finished, started = as_utc(runs[-1].finished_at), as_utc(runs[-1].started_at)
            assert finished is not None and started is not None
            durations.append((finished - started).total_seconds())
    per_account = Counter(h.account for h in hits if h.account is not None)
    return RunFigures(
        label=label, wall=wall, cpu=cpu, requests=len(hits), server_sum=sum(h.seconds for h in hits),
        profile_sum=sum(durations), per_profile=[per_account.get(n, 0) for n in range(server.state.profiles)],
        kinds=Counter(h.kind for h in hits), posts_new=summary.posts_new, flags_opened=summary.flags_opened,
        failed=summary.profiles_failed,
    )


def bench_database(server: ServerHandle, url: str | None, args: argparse.Namespace) -> list[RunFigures]:
    """Both runs on a fresh database made from ``url`` (None: a temporary SQLite file)."""
    from monitor.config import load_settings
    from monitor.db import connect

    with fresh_database(url, prefix="bench_fetch") as db_url, tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(write_config(Path(tmp), server.state, db_url, args.per_host_limit))
        engine = connect(db_url)
        try:
            name = backend(db_url)
            first = one_run(f"{name}: first", server, settings, engine, args.workers)
            second = one_run(f"{name}: nothing new", server, settings, engine, args.workers)
        finally:
            engine.dispose()
    return [first, second]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--delay-ms", type=float, default=100.0, help="added to every request (default 100)")
    parser.add_argument("--pages", type=int, default=3, help="statuses pages per account (default 3)")
    parser.add_argument("--page-size", type=int, default=40, help="statuses per page (default 40, Mastodon's max)")
    parser.add_argument("--per-host-limit", type=int, default=8, help="[connectors.mastodon] per_host_limit")
    parser.add_argument("--workers", type=int, default=8, help="run_once max_workers (monitor fetch --workers)")
    parser.add_argument("--reply-every", type=int, default=0, help="every Nth status has a reply (0: none)")
    parser.add_argument("--flag-every", type=int, default=0,
                        help="every Nth status holds an invented phone number (0: none); flagged posts are "
                             "re-read one by one on later runs")
    parser.add_argument("--database-url", default=None,
                        help="a PostgreSQL URL: run on a new database created on that server (dropped afterwards); "
                             "default, or any SQLite URL: a temporary SQLite file")
    parser.add_argument("--compare-postgres", metavar="URL", default=None,
                        help="also run on a new database created on this PostgreSQL server")
    return parser.parse_args(argv)


def benchmark(args: argparse.Namespace) -> list[RunFigures]:
    """Serve, run on each database, print the figures and return them."""
    logging.basicConfig(level=logging.WARNING)

    state = FakeMastodon(profiles=args.profiles, pages=args.pages, page_size=args.page_size,
                         delay=args.delay_ms / 1000, reply_every=args.reply_every, flag_every=args.flag_every)
    targets: list[str | None] = [args.database_url]
    if args.compare_postgres:
        targets.append(args.compare_postgres)
    print(f"fetch benchmark: {args.profiles} mastodon profiles on one host, {args.pages} pages x "
          f"{args.page_size} statuses, +{args.delay_ms:g} ms per request; per_host_limit = {args.per_host_limit}, "
          f"workers = {args.workers}")
    figures: list[RunFigures] = []
    with serve(state) as server:
        print(f"local server: {state.root} (its own process)")
        for target in targets:
            print(f"database: {show_url(target) if target else 'temporary SQLite file'}", flush=True)
            figures += bench_database(server, target, args)
    print()
    print(table([f.row() for f in figures], HEADER))
    print()
    for f in figures:
        print(f"{f.label}: requests by kind {dict(sorted(f.kinds.items()))}")
    print("seq. sum = the server-side time of every request (the delay included) added up: what reading one request "
          "at a time would take at least; speed-up = seq. sum / wall.")
    print("CPU s = processor time of this process (all its threads, the server excluded) during the run: "
          "when it nears the wall time, the run is bound by Python work under the GIL, not by the network.")
    print("sum prof. = the per-profile durations of the fetch_run rows added up; it includes waiting for the "
          "per-host limit, so it overstates the sequential cost.")
    bound = args.delay_ms / 1000 * figures[0].requests / max(1, min(args.per_host_limit, args.workers))
    print(f"lower bound of the first run's wall time at this concurrency: {bound:.2f} s")
    return figures


def main(argv: list[str] | None = None) -> int:
    figures = benchmark(parse_args(argv))
    failed = sum(f.failed for f in figures)
    if failed:
        print(f"WARNING: {failed} profile reads failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
