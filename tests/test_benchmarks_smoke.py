"""The benchmark scripts, run with tiny sizes so that they cannot rot (issue 3 part 7, issue 6 part 3).

Each script's ``main(argv)`` is called in-process; the figures themselves are not asserted, only that
the scripts run end to end and measure what they claim to.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import Connection, Table, func, select
from sqlmodel import SQLModel

import monitor.models  # noqa: F401 - registers the tables
from monitor.db import connect

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
TABLES = SQLModel.metadata.tables


def count(conn: Connection, table: Table, *where: object) -> int:
    return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())  # type: ignore[arg-type]


def load(name: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(SCRIPTS))  # the scripts import benchlib next to them
    spec = importlib.util.spec_from_file_location(f"bench_smoke_{name}", SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_bench_fetch_counts_one_request_per_profile_when_nothing_is_new(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load("bench_fetch", monkeypatch)
    first, second = bench.benchmark(bench.parse_args(["--profiles", "3", "--delay-ms", "20", "--pages", "2",
                                                      "--page-size", "5", "--per-host-limit", "2"]))
    out = capsys.readouterr().out
    assert "per_host_limit = 2" in out and "sqlite: nothing new" in out
    # First run: a lookup and two statuses pages per profile; 2 x 5 statuses each stored.
    assert first.failed == 0 and first.requests == 9 and first.per_profile == [3, 3, 3]
    assert first.kinds == {"lookup": 3, "statuses": 6} and first.posts_new == 30
    assert first.server_sum >= 9 * 0.02  # every request was held back by the delay, and counted
    # Second run, nothing new: only the first statuses page of each profile.
    assert second.failed == 0 and second.per_profile == [1, 1, 1] and second.kinds == {"statuses": 3}
    assert second.posts_new == 0


def test_bench_fetch_server_serves_replies_and_flagged_posts_are_reread(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load("bench_fetch", monkeypatch)
    first, second = bench.benchmark(bench.parse_args(["--profiles", "2", "--delay-ms", "0", "--pages", "1",
                                                      "--page-size", "4", "--reply-every", "2", "--flag-every", "4"]))
    capsys.readouterr()
    assert first.kinds["context"] == 4  # statuses 0 and 2 of each account have a reply
    assert first.posts_new == 2 * (4 + 2) and first.flags_opened == 2  # status 0 of each holds a phone number
    assert second.kinds == {"statuses": 2, "status": 2}  # the flagged post of each profile is read again


def test_gen_big_db_then_bench_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'big.db'}"
    gen = load("gen_big_db", monkeypatch)
    assert gen.main([url, "--posts", "2000", "--flags", "120", "--profiles", "3", "--batch", "500",
                     "--end", "2026-11-20T12:00:00+00:00"]) == 0
    engine = connect(url)
    try:
        with engine.connect() as conn:
            assert count(conn, TABLES["post"]) == 2000
            flags = conn.execute(select(TABLES["flag"])).mappings().all()
            assert 100 <= len(flags) <= 140
            assert count(conn, TABLES["flag_event"]) >= len(flags)
            statuses = {f["status"] for f in flags}
            assert {"open", "resolved", "dismissed"} <= statuses
            assert all(f["resolved_at"] is not None for f in flags if f["status"] in ("resolved", "dismissed"))
            assert all(f["resolution"] in ("removed", "edited", "fixed") for f in flags if f["status"] == "resolved")
            removed = count(conn, TABLES["post"], TABLES["post"].c.removed_at.is_not(None))
            assert removed == sum(f["resolution"] == "removed" for f in flags)
    finally:
        engine.dispose()
    with pytest.raises(SystemExit, match="already holds posts"):
        gen.main([url, "--posts", "10"])
    capsys.readouterr()

    bench = load("bench_reports", monkeypatch)
    code = bench.main([url, "--in-process", "--repeat", "1", "--explain", "--now", "2026-11-21T08:00:00+00:00"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert re.search(r"^weekly\s+2026-W46\s", out, re.M), out
    assert re.search(r"^quarterly\s+2026-Q3\s", out, re.M), out
    assert "weekly target (<= 2 s, <= 300 MB): met" in out
    assert "SEARCH flag USING INDEX" in out  # the query plans were printed


def test_bench_check_compares_with_a_bare_pass(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bench = load("bench_check", monkeypatch)
    assert bench.main(["--posts", "300", "--sizes", "200"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"input: 300 posts, [\d.]+ MB; \d+ posts with findings", out)
    flagged = int(re.search(r"; (\d+) posts with findings", out).group(1))  # type: ignore[union-attr]
    assert 0 < flagged < 300  # a mix of clean and offending posts
    for label in ("bare pass", "check, 1 proc", "check, auto"):
        assert re.search(rf"{re.escape(label)}\s*:\s+\d+ posts/s", out), label
    assert re.search(r"\s+200 posts: peak\s+[\d.]+ MiB", out)
