"""What a fetch run did, per profile and in all, and the progress line a person watching a terminal sees."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.flags import FlagChanges


@dataclass
class ProfileResult:
    profile_id: str
    ok: bool = False
    error_kind: str | None = None
    error: str | None = None
    posts_new: int = 0
    posts_changed: int = 0
    posts_removed: int = 0
    requests: int = 0
    skipped: bool = False  # another worker was reading this profile: nothing done, nothing failed
    flags: FlagChanges = field(default_factory=FlagChanges)


@dataclass
class RunSummary:
    """What one run did; ``opened_flag_ids`` are new or re-opened flags (critical alerts go out for them)."""

    results: list[ProfileResult]
    started_at: datetime
    finished_at: datetime

    @property
    def profiles_ok(self) -> int:
        return sum(r.ok and not r.skipped for r in self.results)

    @property
    def profiles_skipped(self) -> int:
        return sum(r.skipped for r in self.results)

    @property
    def profiles_failed(self) -> int:
        return sum(not r.ok for r in self.results)

    @property
    def posts_new(self) -> int:
        return sum(r.posts_new for r in self.results)

    @property
    def posts_changed(self) -> int:
        return sum(r.posts_changed for r in self.results)

    @property
    def posts_removed(self) -> int:
        return sum(r.posts_removed for r in self.results)

    @property
    def opened_flag_ids(self) -> list[int]:
        return sorted(i for r in self.results for i in r.flags.opened)

    @property
    def flags_opened(self) -> int:
        return len(self.opened_flag_ids)

    @property
    def flags_resolved(self) -> int:
        return sum(len(r.flags.resolved) for r in self.results)

    @property
    def failed(self) -> list[ProfileResult]:
        return [r for r in self.results if not r.ok]

    def line(self) -> str:
        skipped = f" ({self.profiles_skipped} being read by another worker)" if self.profiles_skipped else ""
        return (f"{self.profiles_ok} profiles read{skipped}, {self.profiles_failed} failed; "
                f"{self.posts_new} new posts, {self.posts_changed} changed, {self.posts_removed} removed; "
                f"{self.flags_opened} flags opened, {self.flags_resolved} resolved")


class TerminalProgress:
    """One rewritten status line on stderr, for a person watching a terminal."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream or sys.stderr

    def __call__(self, result: ProfileResult, done: int, total: int) -> None:
        mark = "ok" if result.ok else f"FAILED ({result.error_kind})"
        end = "\n" if done == total else ""
        self.stream.write(f"\r\x1b[Kfetch {done}/{total}: {result.profile_id} {mark}{end}")
        self.stream.flush()
