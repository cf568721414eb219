"""The one place messages are turned into text: Jinja templates, labels, local times, inlined CSS.

HTML templates are autoescaped (an excerpt is text a stranger wrote: ``<script>`` must arrive as text),
every variable must exist (``StrictUndefined``), and the CSS of the shared layout is inlined by
``css-inline`` because many mail clients drop ``<style>`` blocks. Nothing external is referenced: no
stylesheets, scripts or fonts; the quarterly charts travel inside the message as Content-ID images.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from monitor.checks.taxonomy import CATEGORIES
from reports import i18n
from reports.periods import Period

PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram", "x": "X", "youtube": "YouTube",
                  "mastodon": "Mastodon", "bluesky": "Bluesky", "rss": "RSS", "web": "Web"}
MAX_HTML_BYTES = 2_000_000  # a runaway report must not become a mail no server accepts

_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


@dataclass(frozen=True)
class InlineImage:
    cid: str  # without angle brackets; templates refer to it as ``cid:<cid>``
    png: bytes
    filename: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    images: tuple[InlineImage, ...] = ()


class Renderer:
    """Renders one organisation's messages in its language and time zone."""

    def __init__(self, language: str = "da", timezone: str = "Europe/Copenhagen", org_name: str = "") -> None:
        self.language = "en" if language == "en" else "da"
        self.tz = ZoneInfo(timezone)
        self.org_name = org_name
        self.t = i18n.labels(self.language)
        self.env = Environment(
            loader=PackageLoader("reports", "templates"),
            autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update({
            "local": self.local, "localdate": self.localdate, "duration": self.duration,
            "category": self.category, "guidance": self.guidance, "severity": self.severity,
            "resolution": self.resolution, "kind": self.kind, "platform": self.platform,
            "signed": signed, "percent": self.percent, "period": self.period,
            "failure_reason": self.failure_reason, "failure_action": self.failure_action,
            "month": self.month, "status_note": self.status_note,
        })
        self.env.globals.update({"t": self.t, "org": org_name, "lang": self.language})

    # --- filters -------------------------------------------------------------------------------
    def local(self, value: datetime | None) -> str:
        if value is None:
            return self.t["never_read"]
        return i18n.format_datetime(value.astimezone(self.tz), self.language)

    def localdate(self, value: date) -> str:
        return i18n.format_date(value, self.language)

    def duration(self, value: timedelta | None) -> str:
        return i18n.duration(value, self.language)

    def category(self, code: str) -> str:
        category = CATEGORIES.get(code)
        return category.name(self.language) if category else code

    def guidance(self, code: str) -> str:
        return i18n.GUIDANCE[self.language].get(code, i18n.GUIDANCE[self.language]["personal.phone"])

    def severity(self, value: str) -> str:
        return self.t.get(f"severity_{value}", value)

    def resolution(self, value: str | None) -> str:
        return self.t.get(f"resolution_{value}", self.t["resolution_other"])

    def kind(self, value: str) -> str:
        return self.t.get(f"kind_{value}", value)

    def platform(self, value: str) -> str:
        return PLATFORM_NAMES.get(value, value)

    def percent(self, value: float | None) -> str:
        return self.t["not_available"] if value is None else f"{round(value * 100)} %"

    def month(self, value: date) -> str:
        return i18n.MONTHS[self.language][value.month - 1]

    def period(self, value: Period) -> str:
        if value.kind == "week":
            year, week = value.label.split("-W")
            name = self.t["period_week"].format(week=int(week), year=year)
        elif value.kind == "quarter":
            year, q = value.label.split("-Q")
            name = self.t["period_quarter"].format(q=q, year=year)
        else:
            return self.localdate(value.first_day)
        last = value.end_day - timedelta(days=1)
        first = value.first_day
        if (first.year, first.month) == (last.year, last.month):  # "16.–22. november 2026"
            head = f"{first.day}." if self.language == "da" else f"{first.day}"
            span = f"{head}–{self.localdate(last)}"
        else:
            span = self.t["period_range"].format(first=self.localdate(first), last=self.localdate(last))
        return f"{name} ({span})"

    def status_note(self, flag: Any) -> str | None:
        """For a new flag that is closed already: how and when; None for an open one."""
        if flag.resolved_at is None or flag.status not in ("resolved", "dismissed"):
            return None
        return self.t["status_closed"].format(how=self.resolution(flag.resolution).lower(),
                                              when=self.local(flag.resolved_at))

    def failure_reason(self, kind: str) -> str:
        return i18n.FAILURES[self.language].get(kind, i18n.FAILURES[self.language]["other"])[0]

    def failure_action(self, kind: str, owner: str) -> str:
        return i18n.FAILURES[self.language].get(kind, i18n.FAILURES[self.language]["other"])[1].format(owner=owner)

    # --- rendering -----------------------------------------------------------------------------
    def render(self, name: str, subject: str, images: tuple[InlineImage, ...] = (), **context: Any) -> Rendered:
        """Render ``name``.html.j2 and ``name``.txt.j2 with the same context."""
        context = {"subject": subject, "images": {img.filename: img.cid for img in images}, **context}
        html = self.env.get_template(f"{name}.html.j2").render(context)
        text = self.env.get_template(f"{name}.txt.j2").render(context)
        html = _INLINER.inline(html)
        if len(html.encode("utf-8")) > MAX_HTML_BYTES:
            raise ValueError(f"the {name} message is larger than {MAX_HTML_BYTES} bytes")
        return Rendered(subject=subject, text=text, html=html, images=images)

    def subject(self, key: str, **values: Any) -> str:
        return self.t[key].format(**values)


def signed(value: int) -> str:
    """``+3``, ``−2`` (a real minus sign), ``0``."""
    return f"+{value}" if value > 0 else (f"\u2212{-value}" if value < 0 else "0")
