"""What each message contains, as plain data: no markup, no wording (labels live in ``reports/i18n.py``).

The builders read through ``reports/queries.py`` only, and pass every excerpt and error text through the
redaction safety net once more, so a template can never show personal data in clear.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr

from sqlalchemy import Engine

from monitor.checks.taxonomy import CATEGORIES, CRITICAL_CATEGORIES, SEVERITY_ORDER
from reports import queries
from reports.periods import Period
from reports.queries import FlagRecord
from reports.redact import redact

SEVERITIES = ("critical", "high", "medium", "low")


def split_owner(owner: str) -> tuple[str, str]:
    """``"Name <mail>"`` -> (name, address); a bare address gives its local part as the name."""
    name, address = parseaddr(owner)
    address = address.strip()
    return (name.strip() or address.split("@", 1)[0] or owner.strip()), address


@dataclass(frozen=True)
class FlagItem:
    id: int
    profile_id: str
    profile_name: str
    owner_name: str
    owner_email: str
    unit: str
    platform: str
    kind: str
    category: str
    severity: str
    excerpt: str
    url: str | None
    policy: str
    first_seen: datetime
    status: str
    resolution: str | None  # removed | edited | fixed | dismissed | ...
    resolved_at: datetime | None
    age: timedelta  # how long it has been open (at the end of the period, or until resolved)

    @property
    def time_to_resolution(self) -> timedelta | None:
        return self.resolved_at - self.first_seen if self.resolved_at else None


def flag_item(record: FlagRecord, at: datetime, names: Sequence[str] = ()) -> FlagItem:
    category = CATEGORIES.get(record.category)
    owner_name, owner_email = split_owner(record.owner)
    resolution = "dismissed" if record.status == "dismissed" else record.resolution
    until = record.resolved_at if record.resolved_at and record.resolved_at < at else at
    return FlagItem(
        id=record.id, profile_id=record.profile_id, profile_name=record.profile_name, owner_name=owner_name,
        owner_email=owner_email, unit=record.unit, platform=record.platform, kind=record.kind,
        category=record.category, severity=record.severity, excerpt=redact(record.excerpt, names),
        url=_safe_url(record.url), policy=category.policy if category else "", first_seen=record.first_seen,
        status=record.status, resolution=resolution, resolved_at=record.resolved_at,
        age=max(timedelta(0), until - record.first_seen),
    )


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links reach a message: a ``javascript:`` URL from a platform is dropped."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


def _sorted(items: Iterable[FlagItem]) -> list[FlagItem]:
    return sorted(items, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.profile_name, f.first_seen, f.id))


@dataclass(frozen=True)
class ProfileGroup:
    profile_id: str
    profile_name: str
    owner_name: str
    platform: str
    unit: str
    flags: list[FlagItem]


@dataclass(frozen=True)
class SeverityGroup:
    severity: str
    profiles: list[ProfileGroup]

    @property
    def count(self) -> int:
        return sum(len(p.flags) for p in self.profiles)


def group_by_severity(flags: Iterable[FlagItem]) -> list[SeverityGroup]:
    """New flags by severity (critical first), then by profile."""
    groups: list[SeverityGroup] = []
    items = _sorted(flags)
    for severity in SEVERITIES:
        of_severity = [f for f in items if f.severity == severity]
        if not of_severity:
            continue
        profiles: dict[str, list[FlagItem]] = {}
        for item in of_severity:
            profiles.setdefault(item.profile_id, []).append(item)
        groups.append(SeverityGroup(severity, [
            ProfileGroup(pid, fl[0].profile_name, fl[0].owner_name, fl[0].platform, fl[0].unit, fl)
            for pid, fl in profiles.items()
        ]))
    return groups


@dataclass(frozen=True)
class CountRow:
    key: str  # an i18n label key, a category code or a unit name
    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True)
class FailingItem:
    profile_id: str
    name: str
    platform: str
    owner_name: str
    error_kind: str  # a key of reports.i18n.FAILURES
    error: str  # masked
    failures: int
    last_success_at: datetime | None


@dataclass(frozen=True)
class WeeklyReport:
    period: Period
    generated_at: datetime
    new_count: int
    new_by_severity: list[SeverityGroup]
    still_open: list[FlagItem]  # the oldest MAX_STILL_OPEN_LISTED of them
    resolved: list[FlagItem]
    failing: list[FailingItem]
    counts: list[CountRow]
    still_open_total: int = 0

    @property
    def still_open_more(self) -> int:
        """Older open flags not listed, so that a long backlog cannot make the mail unreadable."""
        return self.still_open_total - len(self.still_open)


MAX_STILL_OPEN_LISTED = 200
_FAILURE_KINDS = ("auth", "permission", "not_found", "rate_limited", "transient", "malformed")


def failing_items(engine: Engine, names: Sequence[str] = ()) -> list[FailingItem]:
    items = []
    for row in queries.failing_profiles(engine):
        kind = row.error_kind if row.error_kind in _FAILURE_KINDS else "other"
        items.append(FailingItem(row.profile_id, row.name, row.platform, split_owner(row.owner)[0], kind or "other",
                                 redact(row.error, names)[:300], row.failures, row.last_success_at))
    return items


def build_weekly(engine: Engine, period: Period, now: datetime | None = None,
                 names: Sequence[str] = ()) -> WeeklyReport:
    """The weekly review: new flags, older flags still open, flags closed in the week, failing profiles."""
    now = now or datetime.now(UTC)
    # Ages are measured at the period's end, or now for a period still running; "open" means open at the
    # period's end, which for a running period is simply open now (the future has not happened yet).
    at = min(now, period.end)
    new = [flag_item(r, at, names) for r in queries.flags_first_seen(engine, period.start, period.end)]
    open_at_end = queries.flags_open_at(engine, period.end)
    still_open = [flag_item(r, at, names) for r in open_at_end if r.first_seen < period.start]
    resolved = [flag_item(r, at, names) for r in queries.flags_closed(engine, period.start, period.end)]
    failing = failing_items(engine, names)
    before = period.previous()
    prev_new = queries.flags_first_seen(engine, before.start, before.end)
    counts = [
        CountRow("count_new", len(new), len(prev_new)),
        CountRow("count_critical", sum(f.category in CRITICAL_CATEGORIES for f in new),
                 sum(r.category in CRITICAL_CATEGORIES for r in prev_new)),
        CountRow("count_open", len(open_at_end), len(queries.flags_open_at(engine, before.end))),
        CountRow("count_resolved", len(resolved), len(queries.flags_closed(engine, before.start, before.end))),
    ]
    return WeeklyReport(
        period=period, generated_at=now, new_count=len(new), new_by_severity=group_by_severity(new),
        still_open=sorted(still_open, key=lambda f: (f.first_seen, f.id))[:MAX_STILL_OPEN_LISTED],
        still_open_total=len(still_open),
        resolved=sorted(resolved, key=lambda f: (f.resolved_at or f.first_seen, f.id)),
        failing=failing, counts=counts,
    )


@dataclass(frozen=True)
class OwnerDigest:
    owner_name: str
    owner_email: str
    period: Period
    generated_at: datetime
    new: list[FlagItem]
    still_open: list[FlagItem]
    categories: list[str] = field(default_factory=list)  # the categories met, for the guidance section


def build_owner_digests(engine: Engine, period: Period, now: datetime | None = None,
                        names: Sequence[str] = ()) -> list[OwnerDigest]:
    """One digest per owner address, holding only flags of that owner's profiles; owners with nothing
    new in the period get none."""
    now = now or datetime.now(UTC)
    at = min(now, period.end)
    new = [flag_item(r, at, names) for r in queries.flags_first_seen(engine, period.start, period.end)]
    new = [f for f in new if f.status not in queries.CLOSED]
    older = [flag_item(r, at, names) for r in queries.flags_open_at(engine, period.end)
             if r.first_seen < period.start]
    digests: list[OwnerDigest] = []
    for email in sorted({f.owner_email.lower() for f in new if f.owner_email}):
        mine_new = _sorted(f for f in new if f.owner_email.lower() == email)
        mine_open = _sorted(f for f in older if f.owner_email.lower() == email)
        categories = list(dict.fromkeys(f.category for f in [*mine_new, *mine_open]))
        digests.append(OwnerDigest(mine_new[0].owner_name, mine_new[0].owner_email, period, now, mine_new,
                                   mine_open, categories))
    return digests


@dataclass(frozen=True)
class CriticalAlert:
    flag: FlagItem
    generated_at: datetime


def build_critical_alerts(engine: Engine, flag_ids: Iterable[int] | None, now: datetime | None = None,
                          names: Sequence[str] = ()) -> list[CriticalAlert]:
    """Alerts for open critical flags (all of them, or those among ``flag_ids``)."""
    now = now or datetime.now(UTC)
    records = queries.open_critical_flags(engine)
    if flag_ids is not None:
        wanted = set(flag_ids)
        records = [r for r in records if r.id in wanted]
    return [CriticalAlert(flag_item(r, now, names), now) for r in records]


@dataclass(frozen=True)
class QuarterlyReport:
    """Numbers only: no excerpts, no links, no names of persons (profiles and units are the school's)."""

    period: Period
    previous: Period
    generated_at: datetime
    total: int
    previous_total: int
    resolved_share: float | None  # of the quarter's flags, the share closed by the quarter's end
    median_resolution: timedelta | None
    open_at_end: int
    by_category: list[CountRow]
    by_unit: list[CountRow]
    by_month: list[tuple[datetime, dict[str, int]]]  # first day of month -> counts per severity
    top_profiles: list[tuple[str, str, int]]  # profile name, unit, flags


def build_quarterly(engine: Engine, period: Period, now: datetime | None = None) -> QuarterlyReport:
    now = now or datetime.now(UTC)
    previous = period.previous()
    current = queries.flags_first_seen(engine, period.start, period.end)
    before = queries.flags_first_seen(engine, previous.start, previous.end)
    closed = [r for r in current if r.status in queries.CLOSED and r.resolved_at and r.resolved_at < period.end]
    resolved_in = queries.flags_closed(engine, period.start, period.end)
    durations = [(r.resolved_at - r.first_seen).total_seconds() for r in resolved_in
                 if r.resolved_at and r.status == "resolved"]
    cat_now, cat_before = Counter(r.category for r in current), Counter(r.category for r in before)
    unit_now, unit_before = Counter(r.unit for r in current), Counter(r.unit for r in before)
    by_month: list[tuple[datetime, dict[str, int]]] = []
    for first in period.months():
        month_start = datetime(first.year, first.month, 1, tzinfo=UTC)
        sub = Period("month", first.isoformat(), first, (first.replace(day=28) + timedelta(days=4)).replace(day=1),
                     period.tz)
        counts = Counter(r.severity for r in current if sub.start <= r.first_seen < sub.end)
        by_month.append((month_start, {s: counts.get(s, 0) for s in SEVERITIES}))
    profiles = Counter((r.profile_name, r.unit) for r in current)
    return QuarterlyReport(
        period=period, previous=previous, generated_at=now, total=len(current), previous_total=len(before),
        resolved_share=len(closed) / len(current) if current else None,
        median_resolution=timedelta(seconds=statistics.median(durations)) if durations else None,
        open_at_end=len(queries.flags_open_at(engine, period.end)),
        by_category=sorted((CountRow(c, cat_now[c], cat_before[c]) for c in set(cat_now) | set(cat_before)),
                           key=lambda r: (-r.current, -r.previous, r.key)),
        by_unit=sorted((CountRow(u, unit_now[u], unit_before[u]) for u in set(unit_now) | set(unit_before)),
                       key=lambda r: (-r.current, r.key)),
        by_month=by_month,
        top_profiles=[(name, unit, n) for (name, unit), n in profiles.most_common(5)],
    )
