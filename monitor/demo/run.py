"""``monitor demo``: the whole flow on built-in sample profiles, into ./monitor-demo/.

No network and no credentials: a fresh SQLite file, the bundled ``demo`` source fetched twice (the
second time an edited post and a removed post show their flags being resolved), the real checks,
flags, reports and delivery (as .eml files, since the demo configures no SMTP server), and the
weekly review's HTML written beside them so a person can open it in a browser.
"""

from __future__ import annotations

import email
import email.policy
import json
import shutil
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlmodel import col

from monitor.config import PLATFORMS, Database, Delivery, Settings, load_settings
from monitor.demo.source import demo_registry, load_data
from monitor.models import Flag, OutboxMessage, PostRow

DEMO_DIR = "monitor-demo"
# Not a credential: a made-up value for the one demo profile that has a token, which the demo source
# answers as an expired token would be answered.
DEMO_ENVIRON = {"RUS_SEJLKLUBBEN_YOUTUBE_TOKEN": "demo-token-that-has-expired"}
Echo = Callable[[str], Any]


@dataclass
class DemoResult:
    directory: Path
    profiles_ok: list[str] = field(default_factory=list)
    profiles_failed: dict[str, str] = field(default_factory=dict)
    posts: int = 0
    comments: int = 0
    flags: Counter[str] = field(default_factory=Counter)
    resolutions: Counter[str] = field(default_factory=Counter)
    messages: list[Path] = field(default_factory=list)
    weekly_html: Path | None = None
    config: Path | None = None


def demo_settings(directory: Path) -> Settings:
    """The bundled demo configuration, pointed at a database and an outbox inside ``directory``."""
    with as_file(files("monitor.demo").joinpath("config.toml")) as path:
        settings = load_settings(path)
    return settings.model_copy(update={
        "database": Database(url=f"sqlite:///{directory / 'monitor.db'}"),
        "delivery": Delivery(outbox_dir=directory / "outbox"),
    })


def write_demo_config(directory: Path) -> Path:
    """The demo's configuration as a file beside its database, so that ``monitor flags list``,
    ``monitor status`` or ``monitor report`` can look at the demo's data afterwards."""
    bundled = files("monitor.demo").joinpath("config.toml").read_text(encoding="utf-8")
    target = directory / "monitor.toml"
    database_url = json.dumps("sqlite:///" + str(directory / "monitor.db"))  # TOML basic strings are JSON-like
    outbox = json.dumps(str(directory / "outbox"))
    target.write_text(f"[database]\nurl = {database_url}\n\n[delivery]\noutbox_dir = {outbox}\n\n{bundled}",
                      encoding="utf-8")
    return target


def _fetch(settings: Settings, engine: Engine, round_: int, now: datetime) -> Any:
    from monitor import pipeline

    registry = demo_registry(list(PLATFORMS), load_data(), round_, now)
    return pipeline.run_once(settings, engine, registry=registry, http_factory=lambda _p, _s: None,
                             environ=DEMO_ENVIRON)


def _opened(summary: Any) -> list[int]:
    return list(getattr(summary, "opened_flag_ids", []) or [])


def _weekly_html(engine: Engine, target: Path) -> Path | None:
    """The HTML part of the weekly review as delivered, so a person can open it in a browser."""
    with engine.connect() as conn:
        raw = conn.execute(
            select(col(OutboxMessage.raw)).where(col(OutboxMessage.kind) == "weekly").order_by(col(OutboxMessage.id))
        ).scalars().first()
    if not raw:
        return None
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(preferencelist=("html",))
    if part is None:
        return None
    target.write_text(part.get_content().replace("\r\n", "\n"), encoding="utf-8")
    return target


def run_demo(echo: Echo, base: Path | None = None, now: datetime | None = None) -> DemoResult:
    """Run the demo in ``base`` (default ./monitor-demo, wiped first) and print what happened."""
    from monitor import reporting
    from monitor.db import connect
    from reports.periods import day_of, local_today, quarter_of, week_of

    directory = (base or Path.cwd() / DEMO_DIR).resolve()
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    settings = demo_settings(directory)
    now = now or datetime.now(UTC)
    engine = connect(settings.database.url)
    try:
        first = _fetch(settings, engine, 1, now)
        reporting.send_critical_alerts(settings, engine, flag_ids=_opened(first))
        second = _fetch(settings, engine, 2, now)
        reporting.send_critical_alerts(settings, engine, flag_ids=_opened(second))
        tz = settings.organisation.timezone
        today = local_today(now, tz)
        # Today, this week and this quarter so far: the demo's flags were all found just now.
        reporting.send_owner_digests(settings, engine, period=day_of(today, tz), now=now)
        reporting.send_weekly(settings, engine, period=week_of(today, tz), now=now)
        reporting.send_quarterly(settings, engine, period=quarter_of(today, tz), now=now)
        result = DemoResult(directory)
        for item in getattr(second, "results", []):
            if item.ok:
                result.profiles_ok.append(item.profile_id)
            else:
                result.profiles_failed[item.profile_id] = item.error or item.error_kind or "failed"
        with engine.connect() as conn:
            kinds = dict(conn.execute(select(col(PostRow.kind), func.count()).group_by(col(PostRow.kind))).all())
            flags = select(col(Flag.category), col(Flag.status), col(Flag.resolution))
            for category, status, resolution in conn.execute(flags):
                result.flags[category] += 1
                result.resolutions[resolution or status] += 1
        result.posts, result.comments = int(kinds.get("post", 0)), int(kinds.get("comment", 0))
        result.weekly_html = _weekly_html(engine, directory / "weekly.html")
        result.config = write_demo_config(directory)
    finally:
        engine.dispose()
    result.messages = sorted(settings.delivery.outbox_dir.rglob("*.eml"))
    _print(echo, result, Path.cwd())
    return result


def _rel(path: Path, cwd: Path) -> str:
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return str(path)


def _print(echo: Echo, result: DemoResult, cwd: Path) -> None:
    total = len(result.profiles_ok) + len(result.profiles_failed)
    echo(f"Demo: the whole flow on {total} sample profiles by invented people (no network, no credentials).")
    echo(f"Profiles: {len(result.profiles_ok)} read, {len(result.profiles_failed)} failed")
    for profile_id, error in result.profiles_failed.items():
        echo(f"  {profile_id}: {error}")
    echo(f"Posts: {result.posts} posts and {result.comments} comments stored (fetched twice: one edited, one removed)")
    echo(f"Flags: {sum(result.flags.values())} in {len(result.flags)} categories "
         f"({', '.join(f'{n} {state}' for state, n in sorted(result.resolutions.items()))})")
    width = max((len(c) for c in result.flags), default=0)
    for category, count in sorted(result.flags.items()):
        echo(f"  {category.ljust(width)}  {count}")
    echo(f"Messages ({len(result.messages)}, as .eml files because no SMTP server is configured):")
    for path in result.messages:
        echo(f"  {_rel(path, cwd)}")
    if result.weekly_html is not None:
        echo(f"Open the weekly review in a browser: {_rel(result.weekly_html, cwd)}")
    echo(f"Database: {_rel(result.directory / 'monitor.db', cwd)} (run it again any time: it starts afresh)")
    if result.config is not None:
        config = _rel(result.config, cwd)
        echo(f"Look around: monitor flags list --config {config}   (or: monitor status / profiles --config {config})")
