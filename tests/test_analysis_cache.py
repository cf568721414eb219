"""The regex-analysis cache: results survive a restart, a damaged or unwritable cache costs only a cold start, and
checks built from a warm cache find exactly what they find from a cold one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from monitor.checks.analysis_cache import AnalysisCache


def counting(value: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def compute() -> object:
        calls.append(1)
        return value

    return calls, compute


def test_a_result_is_computed_once_and_read_back_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "analysis.pickle"
    first = AnalysisCache(path)
    calls, compute = counting(frozenset({"kniv"}))
    assert first.get("required", "kniv\\w*", compute) == frozenset({"kniv"})
    assert first.get("required", "kniv\\w*", compute) == frozenset({"kniv"})
    assert len(calls) == 1
    first.save()
    assert path.exists()

    again = AnalysisCache(path)
    calls, compute = counting(frozenset({"other"}))
    assert again.get("required", "kniv\\w*", compute) == frozenset({"kniv"})
    assert calls == []


def test_kinds_do_not_share_keys(tmp_path: Path) -> None:
    cache = AnalysisCache(tmp_path / "a.pickle")
    assert cache.get("starts", "x", lambda: 1) == 1
    assert cache.get("branch", "x", lambda: 2) == 2


def test_nothing_is_written_when_nothing_was_added(tmp_path: Path) -> None:
    path = tmp_path / "a.pickle"
    AnalysisCache(path).save()
    assert not path.exists()


def test_a_damaged_file_is_a_cold_start(tmp_path: Path) -> None:
    path = tmp_path / "a.pickle"
    path.write_bytes(b"not a pickle")
    cache = AnalysisCache(path)
    assert cache.get("starts", "x", lambda: 7) == 7
    cache.save()
    assert AnalysisCache(path).get("starts", "x", lambda: 8) == 7


def test_an_unwritable_directory_loses_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the directory should be")
    cache = AnalysisCache(blocker / "sub" / "a.pickle")
    assert cache.get("starts", "x", lambda: 3) == 3
    cache.save()  # no exception; the next start computes again


def test_switched_off_it_only_computes(tmp_path: Path) -> None:
    cache = AnalysisCache(None)
    calls, compute = counting(5)
    assert cache.get("starts", "x", compute) == 5
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_forked_worker_leaves_the_writing_to_its_parent(tmp_path: Path) -> None:
    path = tmp_path / "a.pickle"
    cache = AnalysisCache(path)
    cache.get("starts", "x", lambda: 1)
    cache._owner = os.getpid() + 1  # as in a child process after fork
    cache.save()
    assert not path.exists()


_RUN = """
import json, sys
from monitor.checks.engine import Checker
checker = Checker()
texts = json.loads(sys.stdin.read())
print(json.dumps([[f.rule, f.start, f.end, f.excerpt] for t in texts for f in checker.check(t)]))
"""
TEXTS = ["Jeg ved hvor du bor, så pas bare på 🔪", "Hans CPR-nummer er 150307-2231", "Emma har fået diabetes",
         "vi ses i morgen efter skole ved cykelskuret", "du er en klam idiot, Kalle",
         "Hamza spiller som en terrorist, typisk muslim", "jeg orker ik mer, har gemt mine piller"]


def _findings(cache_dir: Path) -> list[list[object]]:
    env = {**os.environ, "RUS_MONITOR_CACHE": str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", _RUN], input=json.dumps(TEXTS), capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    return json.loads(done.stdout)


def test_checks_from_a_warm_cache_find_what_they_find_cold(tmp_path: Path) -> None:
    cold = _findings(tmp_path)
    assert any(tmp_path.glob("regex-analysis-*.pickle"))
    warm = _findings(tmp_path)
    assert warm == cold
    assert {rule for rule, *_ in cold} >= {"cpr.pattern", "conduct.harassment.group"}


def test_files_of_earlier_versions_are_removed_after_a_month(tmp_path: Path) -> None:
    old = tmp_path / "regex-analysis-0000000000000000.pickle"
    recent = tmp_path / "regex-analysis-1111111111111111.pickle"
    for path in (old, recent):
        path.write_bytes(b"x")
    month_ago = time.time() - 31 * 86_400
    os.utime(old, (month_ago, month_ago))
    cache = AnalysisCache(tmp_path / "regex-analysis-2222222222222222.pickle")
    cache.get("starts", "x", lambda: 1)
    cache.save()
    assert not old.exists() and recent.exists() and cache.path is not None and cache.path.exists()
