"""Orchestration of the four messages: gather (reports.build), render (reports.render), record and send
(monitor.delivery). The scheduler and the CLI call these functions and nothing below them.

Periods and their keys:
  weekly     ISO week ``2026-W47`` -> every ``[recipients] communications`` address
  owners     a day ``2026-11-20`` (the daily digest; a week also works) -> each profile owner with
             something new in the period, holding only the flags of that owner's profiles
  critical   ``flag-<id>`` -> the profile's owner and communications, plus welfare for ``welfare.concern``;
             once per flag
  quarterly  ``2026-Q3`` -> every ``[recipients] management`` address
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from monitor.config import Settings
from monitor.delivery import (
    Attachment,
    DeliveryStats,
    Outbox,
    Pending,
    as_bytes,
    compose,
    message_id,
    message_key,
    transport_for,
    write_file,
)
from reports import build, charts
from reports.periods import Period, PeriodError, last_complete, parse_period
from reports.render import InlineImage, Rendered, Renderer

log = logging.getLogger(__name__)

KINDS = ("weekly", "owners", "critical", "quarterly")
DEFAULT_PERIOD_KIND = {"weekly": "week", "owners": "day", "quarterly": "quarter"}
ALLOWED_PERIODS = {"weekly": ("week",), "owners": ("day", "week"), "quarterly": ("quarter",)}


@dataclass(frozen=True)
class Draft:
    kind: str
    period: str
    recipient: str
    recipient_name: str
    rendered: Rendered


@dataclass
class ReportResult:
    kind: str
    period: str
    recorded: int = 0  # new messages put in the outbox by this call
    already: int = 0  # messages of this report recorded by an earlier run
    delivery: DeliveryStats = field(default_factory=DeliveryStats)

    def line(self) -> str:
        head = f"{self.kind} {self.period}".strip()
        return (f"{head}: {self.recorded} new message(s) recorded, {self.already} recorded before; "
                f"delivered {self.delivery.sent}, failed {self.delivery.failed}")


Skip = Callable[[str], bool]


def _never(_key: str) -> bool:
    return False


def _renderer(settings: Settings) -> Renderer:
    org = settings.organisation
    return Renderer(org.language, org.timezone, org.name)


def resolve_period(kind: str, period: str | Period | None, settings: Settings, now: datetime | None) -> Period:
    """The period asked for, or the last complete one (week, day or quarter) before ``now``."""
    tz = settings.organisation.timezone
    if isinstance(period, Period):
        resolved = period
    elif period:
        resolved = parse_period(period, tz)
    else:
        return last_complete(DEFAULT_PERIOD_KIND.get(kind, "week"), now, tz)
    allowed = ALLOWED_PERIODS.get(kind, ("week", "quarter", "day"))
    if resolved.kind not in allowed:
        raise PeriodError(f"a {kind} report takes a {' or a '.join(allowed)} period, not {resolved.label!r}")
    return resolved


def _addresses(values: Iterable[str]) -> list[str]:
    """Unique addresses, first spelling kept, compared case-insensitively."""
    seen: dict[str, str] = {}
    for value in values:
        value = value.strip()
        if value and "@" in value and value.lower() not in seen:
            seen[value.lower()] = value
    return list(seen.values())


# --- drafts -----------------------------------------------------------------------------------------

def draft_weekly(settings: Settings, engine: Engine, period: Period, now: datetime,
                 skip: Skip = _never) -> list[Draft]:
    recipients = [r for r in _addresses(settings.recipients.communications)
                  if not skip(message_key("weekly", period.label, r))]
    if not recipients:
        return []
    renderer = _renderer(settings)
    report = build.build_weekly(engine, period, now, settings.no_publish_names())
    subject = renderer.subject("weekly_subject", period=period.label, new=report.new_count,
                               open=report.counts[2].current)
    rendered = renderer.render("weekly", subject, r=report)
    return [Draft("weekly", period.label, r, "", rendered) for r in recipients]


def draft_owners(settings: Settings, engine: Engine, period: Period, now: datetime,
                 skip: Skip = _never) -> list[Draft]:
    renderer = _renderer(settings)
    drafts = []
    for digest in build.build_owner_digests(engine, period, now, settings.no_publish_names()):
        if skip(message_key("owners", period.label, digest.owner_email)):
            continue
        subject = renderer.subject("owners_subject", new=len(digest.new), open=len(digest.still_open))
        rendered = renderer.render("owners", subject, d=digest)
        drafts.append(Draft("owners", period.label, digest.owner_email, digest.owner_name, rendered))
    return drafts


def critical_recipients(settings: Settings, flag: build.FlagItem) -> dict[str, list[str]]:
    """Address -> the roles it receives the alert in (owner, communications, welfare)."""
    roles: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    groups = [("owner", [flag.owner_email]), ("communications", settings.recipients.communications)]
    if flag.category == "welfare.concern":
        groups.append(("welfare", settings.recipients.welfare))
    for role, addresses in groups:
        for address in _addresses(addresses):
            names.setdefault(address.lower(), address)
            roles.setdefault(names[address.lower()], []).append(role)
    return roles


def draft_critical(settings: Settings, engine: Engine, flag_ids: Iterable[int] | None, now: datetime,
                   alerted: set[str] | None = None) -> list[Draft]:
    """Alerts for open critical flags; ``alerted`` holds the periods (``flag-<id>``) already alerted."""
    renderer = _renderer(settings)
    drafts = []
    for alert in build.build_critical_alerts(engine, flag_ids, now, settings.no_publish_names()):
        label = f"flag-{alert.flag.id}"
        if alerted is not None and label in alerted:
            continue
        subject = renderer.subject("critical_subject", category=renderer.category(alert.flag.category),
                                   profile=alert.flag.profile_name)
        for address, roles in critical_recipients(settings, alert.flag).items():
            rendered = renderer.render("critical", subject, a=alert, roles=roles)
            name = alert.flag.owner_name if "owner" in roles else ""
            drafts.append(Draft("critical", label, address, name, rendered))
    return drafts


def quarterly_charts(renderer: Renderer, report: build.QuarterlyReport) -> tuple[InlineImage, ...]:
    t = renderer.t
    months = charts.months_chart(
        [renderer.month(m)[:3] for m, _ in report.by_month], [c for _, c in report.by_month],
        {s: renderer.severity(s) for s in build.SEVERITIES}, t["chart_months"])
    rows = report.by_category[:10]
    categories = charts.categories_chart(
        [renderer.category(r.key) for r in rows], [r.current for r in rows], [r.previous for r in rows],
        report.period.label, report.previous.label, t["chart_categories"])
    suffix = re.sub(r"[^A-Za-z0-9]", "", report.period.label).lower()
    return (InlineImage(f"chart-months-{suffix}@monitor.local", months, "months"),
            InlineImage(f"chart-categories-{suffix}@monitor.local", categories, "categories"))


def draft_quarterly(settings: Settings, engine: Engine, period: Period, now: datetime,
                    skip: Skip = _never) -> list[Draft]:
    recipients = [r for r in _addresses(settings.recipients.management)
                  if not skip(message_key("quarterly", period.label, r))]
    if not recipients:
        return []
    renderer = _renderer(settings)
    report = build.build_quarterly(engine, period, now)
    images = quarterly_charts(renderer, report)
    subject = renderer.subject("quarterly_subject", period=period.label, total=report.total)
    rendered = renderer.render("quarterly", subject, images=images, q=report, severities=build.SEVERITIES)
    return [Draft("quarterly", period.label, r, "", rendered) for r in recipients]


def drafts_for(kind: str, settings: Settings, engine: Engine, period: Period | None, now: datetime,
               skip: Skip = _never, flag_ids: Iterable[int] | None = None) -> list[Draft]:
    if kind == "critical":
        return draft_critical(settings, engine, flag_ids, now)
    if period is None:
        raise ValueError(f"a {kind} report needs a period")
    makers = {"weekly": draft_weekly, "owners": draft_owners, "quarterly": draft_quarterly}
    if kind not in makers:
        raise ValueError(f"unknown report kind {kind!r} (one of {', '.join(KINDS)})")
    return makers[kind](settings, engine, period, now, skip)


# --- messages ---------------------------------------------------------------------------------------

def to_message(settings: Settings, draft: Draft, now: datetime) -> tuple[str, bytes]:
    key = message_key(draft.kind, draft.period, draft.recipient)
    sender = settings.smtp.sender
    sender_name = _renderer(settings).t["sender_name"].format(org=settings.organisation.name)
    msg = compose(
        subject=draft.rendered.subject, text=draft.rendered.text, html=draft.rendered.html, sender=sender,
        sender_name=sender_name, recipient=draft.recipient, recipient_name=draft.recipient_name,
        msg_id=message_id(key, sender), date=now, report=f"{draft.kind} {draft.period}",
        inline_images=[Attachment(i.cid, i.png, f"{i.filename}.png") for i in draft.rendered.images],
    )
    return key, as_bytes(msg)


def _record_and_send(settings: Settings, engine: Engine, kind: str, period: str, drafts: list[Draft],
                     now: datetime | None, already: int = 0) -> ReportResult:
    outbox = Outbox(engine, settings.delivery.max_attempts)
    at = now or datetime.now(UTC)
    result = ReportResult(kind, period, already=already)
    pending = []
    for draft in drafts:
        key, raw = to_message(settings, draft, at)
        pending.append(Pending(key, draft.kind, draft.period, draft.recipient, draft.rendered.subject,
                               message_id(key, settings.smtp.sender), raw))
    for is_new in outbox.record(pending, at):
        if is_new:
            result.recorded += 1
        else:
            result.already += 1
    result.delivery = outbox.deliver_due(transport_for(settings), settings.smtp.sender, now)
    return result


def _send(kind: str, settings: Settings, engine: Engine, period: str | Period | None,
          now: datetime | None) -> ReportResult:
    at = now or datetime.now(UTC)
    resolved = resolve_period(kind, period, settings, at)
    outbox = Outbox(engine, settings.delivery.max_attempts)
    skipped: list[str] = []

    def skip(key: str) -> bool:
        if outbox.has(key):
            skipped.append(key)
            return True
        return False

    drafts = drafts_for(kind, settings, engine, resolved, at, skip)
    return _record_and_send(settings, engine, kind, resolved.label, drafts, now, already=len(skipped))


def send_weekly(settings: Settings, engine: Engine, period: str | Period | None = None,
                now: datetime | None = None) -> ReportResult:
    """Record and send the weekly review (default: the last complete ISO week)."""
    return _send("weekly", settings, engine, period, now)


def send_owner_digests(settings: Settings, engine: Engine, period: str | Period | None = None,
                       now: datetime | None = None) -> ReportResult:
    """Record and send each owner's digest (default: yesterday), only to owners with something new."""
    return _send("owners", settings, engine, period, now)


def send_quarterly(settings: Settings, engine: Engine, period: str | Period | None = None,
                   now: datetime | None = None) -> ReportResult:
    """Record and send the quarterly summary (default: the last complete quarter)."""
    return _send("quarterly", settings, engine, period, now)


def send_critical_alerts(settings: Settings, engine: Engine, flag_ids: Iterable[int] | None = None,
                         now: datetime | None = None) -> ReportResult:
    """Alert at once about open critical flags not alerted before (all, or those in ``flag_ids``).

    Called after every fetch; a flag is alerted once, whatever happens to the recipient lists later.
    """
    at = now or datetime.now(UTC)
    outbox = Outbox(engine, settings.delivery.max_attempts)
    drafts = draft_critical(settings, engine, flag_ids, at, alerted=outbox.periods("critical"))
    return _record_and_send(settings, engine, "critical", "", drafts, now)


def retry_pending(settings: Settings, engine: Engine, now: datetime | None = None) -> DeliveryStats:
    """Send what earlier runs recorded but could not deliver yet (due by their backoff)."""
    return Outbox(engine, settings.delivery.max_attempts).deliver_due(transport_for(settings),
                                                                      settings.smtp.sender, now)


def recorded_periods(engine: Engine, kind: str) -> set[str]:
    """Periods for which ``kind`` was recorded: the scheduler's catch-up asks this, not its memory."""
    return Outbox(engine).periods(kind)


# --- files ------------------------------------------------------------------------------------------

def _slug(address: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", address.split("@", 1)[0].lower()).strip("-") or "recipient"


def preview_html(rendered: Rendered) -> str:
    """The HTML with its Content-ID images turned into data: URIs, to open in a browser."""
    html = rendered.html
    for image in rendered.images:
        data = base64.b64encode(image.png).decode("ascii")
        html = html.replace(f"cid:{image.cid}", f"data:image/png;base64,{data}")
    return html


def write_reports(settings: Settings, engine: Engine, kind: str, period: str | Period | None, out_dir: Path,
                  now: datetime | None = None, flag_ids: Iterable[int] | None = None,
                  with_html: bool = False) -> list[Path]:
    """Write the messages as ``.eml`` files in ``out_dir`` (and optionally an ``.html`` preview of each);
    records nothing and sends nothing."""
    at = now or datetime.now(UTC)
    resolved = None if kind == "critical" else resolve_period(kind, period, settings, at)
    paths: list[Path] = []
    for draft in drafts_for(kind, settings, engine, resolved, at, flag_ids=flag_ids):
        stem = f"{draft.kind}-{draft.period}-{_slug(draft.recipient)}"
        _key, raw = to_message(settings, draft, at)
        paths.append(write_file(Path(out_dir) / f"{stem}.eml", raw))
        if with_html:
            paths.append(write_file(Path(out_dir) / f"{stem}.html", preview_html(draft.rendered).encode("utf-8")))
    return paths


__all__ = ["KINDS", "ReportResult", "recorded_periods", "resolve_period", "retry_pending",
           "send_critical_alerts", "send_owner_digests", "send_quarterly", "send_weekly", "write_reports"]
