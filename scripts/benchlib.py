"""Helpers the benchmark scripts share: throw-away databases, timing, memory and plain-text tables.

A "fresh database" is a SQLite file in a temporary directory, or, for a PostgreSQL URL, a new
uniquely named database created through that URL's server (``CREATE DATABASE``) and dropped
afterwards, so that a benchmark never touches the data of the database the URL names.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager

from sqlalchemy.engine import make_url

from monitor.scratchdb import scratch_database


def backend(url: str) -> str:
    """``sqlite`` or ``postgresql`` (whatever the driver)."""
    return make_url(url).get_backend_name()


def show_url(url: str) -> str:
    """The URL with any password hidden, for printing."""
    return make_url(url).render_as_string(hide_password=True)


def fresh_database(url: str | None, prefix: str = "bench") -> AbstractContextManager[str]:
    """The URL of a new, empty database (a temp SQLite file, or a new PostgreSQL database), removed afterwards."""
    return scratch_database(url, prefix)


class Stopwatch:
    """``with Stopwatch() as sw: ...`` then ``sw.seconds``."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start


def max_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far in MB (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    value = resource.getrusage(who).ru_maxrss
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def table(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    """A left-aligned plain-text table (first column left, the others right-aligned)."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))

    return "\n".join([line(cells[0]), line(["-" * w for w in widths]), *(line(r) for r in cells[1:])])
