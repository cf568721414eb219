"""Report periods: an ISO week (``2026-W47``), a quarter (``2026-Q3``) or a day (``2026-11-20``).

A period is a half-open interval of local dates in the organisation's time zone; its bounds are also
given as timezone-aware UTC datetimes, the way the tables store time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from monitor.errors import MonitorError

_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class PeriodError(MonitorError):
    """A period that is not written as 2026-W47, 2026-Q3 or 2026-11-20."""


@dataclass(frozen=True)
class Period:
    kind: str  # week | quarter | day
    label: str
    first_day: date
    end_day: date  # exclusive
    tz: str = "Europe/Copenhagen"

    @property
    def start(self) -> datetime:
        """The first instant, in UTC."""
        return _local_midnight_utc(self.first_day, self.tz)

    @property
    def end(self) -> datetime:
        """The instant after the period (exclusive), in UTC."""
        return _local_midnight_utc(self.end_day, self.tz)

    def previous(self) -> Period:
        if self.kind == "week":
            return week_of(self.first_day - timedelta(days=7), self.tz)
        if self.kind == "quarter":
            return quarter_of(self.first_day - timedelta(days=1), self.tz)
        return day_of(self.first_day - timedelta(days=1), self.tz)

    def months(self) -> list[date]:
        """The first day of every month the period touches."""
        out: list[date] = []
        current = self.first_day.replace(day=1)
        while current < self.end_day:
            out.append(current)
            current = (current + timedelta(days=32)).replace(day=1)
        return out


def _local_midnight_utc(day: date, tz: str) -> datetime:
    local = datetime.combine(day, time.min, tzinfo=ZoneInfo(tz))
    return local.astimezone(UTC)


def week_of(day: date, tz: str = "Europe/Copenhagen") -> Period:
    year, week, _ = day.isocalendar()
    monday = date.fromisocalendar(year, week, 1)
    return Period("week", f"{year}-W{week:02d}", monday, monday + timedelta(days=7), tz)


def quarter_of(day: date, tz: str = "Europe/Copenhagen") -> Period:
    q = (day.month - 1) // 3 + 1
    first = date(day.year, 3 * q - 2, 1)
    end = date(day.year + 1, 1, 1) if q == 4 else date(day.year, 3 * q + 1, 1)
    return Period("quarter", f"{day.year}-Q{q}", first, end, tz)


def day_of(day: date, tz: str = "Europe/Copenhagen") -> Period:
    return Period("day", day.isoformat(), day, day + timedelta(days=1), tz)


def parse_period(text: str, tz: str = "Europe/Copenhagen") -> Period:
    """``2026-W47``, ``2026-Q3`` or ``2026-11-20``; anything else is a PeriodError."""
    text = text.strip()
    try:
        if m := _WEEK.match(text):
            return week_of(date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1), tz)
        if m := _QUARTER.match(text):
            return quarter_of(date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1), tz)
        if m := _DAY.match(text):
            return day_of(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), tz)
    except ValueError as e:
        raise PeriodError(f"no such period: {text!r} ({e})") from e
    raise PeriodError(f"period must look like 2026-W47, 2026-Q3 or 2026-11-20, not {text!r}")


def local_today(now: datetime | None, tz: str) -> date:
    """Today's date in ``tz``; ``now`` is aware (a naive value is taken as UTC)."""
    now = now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(ZoneInfo(tz)).date()


def last_complete(kind: str, now: datetime | None = None, tz: str = "Europe/Copenhagen") -> Period:
    """The last complete week, quarter or day before ``now``."""
    today = local_today(now, tz)
    if kind == "week":
        return week_of(today, tz).previous()
    if kind == "quarter":
        return quarter_of(today, tz).previous()
    if kind == "day":
        return day_of(today - timedelta(days=1), tz)
    raise PeriodError(f"unknown period kind {kind!r}")
