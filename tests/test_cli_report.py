"""``monitor report weekly|owners|quarterly|critical [--period] (--send | --out DIR)``."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from monitor.cli import main
from monitor.models import OutboxMessage
from tests.report_fixtures import COMMS, make_engine, make_settings, seed_quarter, seed_week


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Engine]:
    settings = make_settings(tmp_path)
    engine = make_engine(settings)
    seed_week(engine)
    seed_quarter(engine)
    config = tmp_path / "monitor.toml"
    config.write_text(f"""
[organisation]
name = "Ungdomsskolen"
[database]
url = "{settings.database.url}"
[delivery]
outbox_dir = "{tmp_path / 'outbox'}"
[recipients]
communications = ["{COMMS}"]
management = ["ledelse@ungdomsskole.example"]
welfare = ["trivsel@ungdomsskole.example"]
""", encoding="utf-8")
    return config, engine


def outbox_count(engine: Engine) -> int:
    with Session(engine) as s:
        return int(s.exec(select(func.count()).select_from(OutboxMessage)).one())


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_out_writes_eml_files_and_records_nothing(setup: tuple[Path, Engine], tmp_path: Path) -> None:
    config, engine = setup
    out = tmp_path / "preview"
    code, stdout, _ = run("report", "weekly", "--period", "2026-W47", "--out", str(out), "--config", str(config))
    assert code == 0, stdout
    [eml] = out.glob("*.eml")
    assert str(eml) in stdout and "nothing recorded" in stdout
    msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["To"] == COMMS and "2026-W47" in str(msg["Subject"])
    code, stdout, _ = run("report", "owners", "--period", "2026-W47", "--out", str(out), "--config", str(config))
    assert code == 0 and len(list(out.glob("owners-*.eml"))) == 2
    code, stdout, _ = run("report", "quarterly", "--period", "2026-Q3", "--out", str(out), "--config", str(config))
    assert code == 0 and len(list(out.glob("quarterly-2026-Q3-*.eml"))) == 1
    assert outbox_count(engine) == 0


def test_send_records_and_never_sends_twice(setup: tuple[Path, Engine], tmp_path: Path) -> None:
    config, engine = setup
    code, stdout, _ = run("report", "weekly", "--period", "2026-W47", "--send", "--config", str(config))
    assert code == 0 and "1 new message(s) recorded" in stdout and "delivered 1" in stdout
    code, stdout, _ = run("report", "weekly", "--period", "2026-W47", "--send", "--config", str(config))
    assert code == 0 and "0 new message(s) recorded, 1 recorded before" in stdout and "delivered 0" in stdout
    assert outbox_count(engine) == 1 and len(list((tmp_path / "outbox").glob("*.eml"))) == 1
    code, stdout, _ = run("report", "critical", "--send", "--config", str(config))
    assert code == 0 and "delivered" in stdout


@pytest.mark.parametrize("args, message", [
    (["report", "weekly", "--period", "2026-W47"], "exactly one of --send or --out"),
    (["report", "weekly", "--send", "--out", "x"], "exactly one of --send or --out"),
    (["report", "weekly", "--period", "2026-W99", "--send"], "no such period"),
    (["report", "quarterly", "--period", "2026-W47", "--send"], "quarterly report takes a quarter"),
    (["report", "weekly", "--period", "last week", "--send"], "period must look like"),
    (["report", "critical", "--period", "2026-W47", "--send"], "no period"),
])
def test_usage_errors_are_one_line_and_exit_2(setup: tuple[Path, Engine], args: list[str], message: str) -> None:
    config, engine = setup
    code, _, stderr = run(*args, "--config", str(config))
    assert code == 2 and message in stderr and stderr.count("\n") == 1
    assert outbox_count(engine) == 0
