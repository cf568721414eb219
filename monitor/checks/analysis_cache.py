"""A cache on disk of what the checks derive from their own regular expressions.

Building the checks parses several hundred rule patterns to find the characters they start with and the literals
every match needs (``conduct_first_chars``, ``regex_requirements``, ``conduct_threat_branches``): about a second
of every ``monitor check`` start, repeated for the same patterns each time. The results depend only on a pattern's
text and on the code that analyses it, so they are kept in the user's cache directory, keyed by both: a changed rule
is a new key, changed analysis code or another Python is another file. Nothing that matters is lost when the cache
cannot be read or written; the patterns are then analysed as before.

``RUS_MONITOR_CACHE`` names the directory (default ``$XDG_CACHE_HOME/rus-monitor`` or ``~/.cache/rus-monitor``);
``RUS_MONITOR_CACHE=off`` turns the cache off. The main process writes what it learnt when it exits.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

# The modules whose code decides the cached results: a change to any of them starts a new cache file.
_ANALYSIS_MODULES = ("analysis_cache.py", "conduct_first_chars.py", "conduct_patterns.py", "conduct_threat_branches.py",
                     "regex_literals.py", "regex_requirements.py", "regex_structure.py")
_MAX_ENTRIES = 50_000  # beyond this, only the entries this run used are written back
_STALE_DAYS = 30  # another version's file unwritten this long is removed (a second installation keeps its own)


def _directory() -> Path | None:
    setting = os.environ.get("RUS_MONITOR_CACHE")
    if setting is not None:
        return None if setting.strip().lower() in ("", "off", "0", "no") else Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rus-monitor"


def _file_name() -> str:
    digest = hashlib.sha256(sys.version.encode())
    here = Path(__file__).parent
    for name in _ANALYSIS_MODULES:
        digest.update((here / name).read_bytes())
    return f"regex-analysis-{digest.hexdigest()[:16]}.pickle"


class AnalysisCache:
    """Results by (kind, key), loaded on first use and written back once, at exit, when something was added."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._table: dict[tuple[str, Hashable], Any] | None = None
        self._used: dict[tuple[str, Hashable], Any] = {}
        self._added = False
        self._owner = os.getpid()  # a forked worker must not write: its parent does

    def _load(self) -> dict[tuple[str, Hashable], Any]:
        if self._table is None:
            self._table = {}
            if self.path is not None and self.path.exists():
                try:
                    loaded = pickle.loads(self.path.read_bytes())
                    if isinstance(loaded, dict):
                        self._table = loaded
                except Exception as e:  # noqa: BLE001 - a damaged or foreign file is only a cold start
                    log.debug("regex analysis cache %s not read: %s", self.path, e)
        return self._table

    def get(self, kind: str, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached result of ``compute()`` for ``key``; computed and remembered on a miss."""
        table = self._load()
        entry = (kind, key)
        try:
            value: T = table[entry]
        except KeyError:
            value = compute()
            table[entry] = value
            self._added = True
        self._used[entry] = value
        return value

    def save(self) -> None:
        """Write the table back (atomically) if this process added to it; errors only cost the next start."""
        if not self._added or self.path is None or os.getpid() != self._owner or self._table is None:
            return
        table = self._table if len(self._table) <= _MAX_ENTRIES else self._used
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        except OSError as e:
            log.debug("regex analysis cache %s not written: %s", self.path, e)
            return
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)  # readers see the old file or the new one, never half of one
            self._added = False
            _prune(self.path)
        except OSError as e:
            log.debug("regex analysis cache %s not written: %s", self.path, e)
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prune(current: Path) -> None:
    """Remove cache files of earlier versions that no process has written for ``_STALE_DAYS`` days."""
    cutoff = time.time() - _STALE_DAYS * 86_400
    for other in current.parent.glob("regex-analysis-*.pickle"):
        with contextlib.suppress(OSError):
            if other != current and other.stat().st_mtime < cutoff:
                other.unlink()


def _open() -> AnalysisCache:
    directory = _directory()
    return AnalysisCache(None if directory is None else directory / _file_name())


CACHE = _open()
atexit.register(CACHE.save)


def cached(kind: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``CACHE.get``: the module-level cache of this process."""
    return CACHE.get(kind, key, compute)
