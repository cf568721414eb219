"""``monitor status``: last fetch per profile, failing profiles, waiting messages, next runs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner
from sqlmodel import Session

from monitor.cli import main
from monitor.config import Profile, Settings
from monitor.db import connect
from monitor.models import ConnectorState, OutboxMessage, ProfileRow
from monitor.status import collect, render

NOW = datetime(2026, 3, 4, 9, 20, tzinfo=UTC)  # 10:20 in Copenhagen
PROFILES = [
    Profile(id="klub-vest", name="Klub Vest", platform="facebook", account="1", owner="Mette <m@rus.example>"),
    Profile(id="sejl", name="Sejl", platform="youtube", account="@s", owner="Peter <p@rus.example>"),
    Profile(id="ny", name="Ny", platform="rss", account="https://x.example/feed", owner="K <k@rus.example>"),
]


def seed(url: str) -> None:
    engine = connect(url)
    with Session(engine) as s:
        for p in PROFILES:
            s.add(ProfileRow(id=p.id, name=p.name, platform=p.platform, account=p.account, owner=p.owner))
        s.commit()
        s.add(ConnectorState(profile_id="klub-vest", last_success_at=NOW - timedelta(minutes=20),
                             last_attempt_at=NOW - timedelta(minutes=20)))
        s.add(ConnectorState(profile_id="sejl", consecutive_failures=3, last_error_kind="auth",
                             last_error="token expired; owner wrote 42 71 38 90 in the page name",
                             last_attempt_at=NOW - timedelta(minutes=20), last_success_at=NOW - timedelta(days=2)))
        s.add(OutboxMessage(key="weekly|2026-W09|k", kind="weekly", period="2026-W09", recipient="k@rus.example",
                            subject="s", message_id="<1@x>", status="pending", attempts=1, created_at=NOW,
                            next_attempt_at=NOW + timedelta(minutes=10), last_error="421 try later"))
        s.add(OutboxMessage(key="owners|2026-03-03|m", kind="owners", period="2026-03-03", recipient="m@rus.example",
                            subject="s", message_id="<2@x>", status="failed", attempts=8, created_at=NOW,
                            last_error="550 mailbox unavailable"))
        s.add(OutboxMessage(key="weekly|2026-W08|k", kind="weekly", period="2026-W08", recipient="k@rus.example",
                            subject="s", message_id="<3@x>", status="sent", attempts=1, created_at=NOW))
        s.commit()
    engine.dispose()


def test_collect_reports_profiles_messages_and_next_runs(database_url: str) -> None:
    seed(database_url)
    engine = connect(database_url)
    status = collect(Settings(profiles=PROFILES), engine, now=NOW)
    by_id = {p.id: p for p in status.profiles}
    assert by_id["klub-vest"].last_success_at is not None and not by_id["klub-vest"].failing
    assert [p.id for p in status.failing] == ["sejl"]
    assert by_id["sejl"].last_error is not None and "42 71 38 90" not in by_id["sejl"].last_error
    assert by_id["ny"].last_attempt_at is None
    assert sorted((m.kind, m.status) for m in status.messages) == [("owners", "failed"), ("weekly", "pending")]
    assert status.sent_messages == 1
    cph = ZoneInfo("Europe/Copenhagen")
    assert status.next_runs["fetch"] == datetime(2026, 3, 4, 11, 0, tzinfo=cph)
    assert status.next_runs["weekly_report"] == datetime(2026, 3, 9, 7, 0, tzinfo=cph)
    assert status.next_runs["quarterly_report"] == datetime(2026, 4, 1, 7, 0, tzinfo=cph)
    text = "\n".join(render(status))
    assert "sejl" in text and "FAILING x3 (auth)" in text
    assert "not fetched yet" in text
    assert "1 sent, 1 pending, 1 failed" in text
    assert "550 mailbox unavailable" in text
    assert "42 71 38 90" not in text
    engine.dispose()


def test_status_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    seed(url)
    config = tmp_path / "monitor.toml"
    lines = [f'[database]\nurl = "{url}"\n']
    for p in PROFILES:
        lines.append(f'[[profiles]]\nid = "{p.id}"\nname = "{p.name}"\nplatform = "{p.platform}"\n'
                     f'account = "{p.account}"\nowner = "{p.owner}"\n')
    config.write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["status", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "Next scheduled runs:" in result.output
    assert "Failing profiles:" in result.output and "sejl" in result.output
