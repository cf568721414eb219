from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import connectors
from connectors.base import AuthError, Connector
from monitor import pipeline
from monitor.checks.engine import Checker
from monitor.cli import main
from monitor.config import load_settings
from monitor.db import connect
from monitor.store import Store
from tests.conftest import FakeHttp, FakeWorld

JSONL_FIELDS = {"id", "profile", "platform", "post_url", "kind", "category", "severity", "status", "resolution",
                "excerpt", "first_seen", "resolved_at"}


@pytest.fixture
def config(tmp_path: Path, database_url: str, registry: dict[str, type[Connector]],
           monkeypatch: pytest.MonkeyPatch) -> Path:
    """A configuration with a Facebook page and a feed, both served by the fake connector."""
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[database]
url = "{database_url}"

[[profiles]]
id = "klubvest-fb"
name = "Klub Vest"
platform = "facebook"
account = "klubvest"
owner = "Ida Testesen <ida@klubvest.example>"
token_env = "FB_TOKEN_KLUBVEST"

[[profiles]]
id = "syd-rss"
name = "Klub Syd"
platform = "rss"
account = "syd"
owner = "Bo Prøvesen <bo@syd.example>"
""", encoding="utf-8")
    monkeypatch.setattr(connectors, "REGISTRY", registry, raising=False)
    monkeypatch.setattr(pipeline, "default_http_factory", lambda platform, settings: FakeHttp())
    monkeypatch.setenv("FB_TOKEN_KLUBVEST", "EAAB-test-token")
    monkeypatch.delenv("MONITOR_CONFIG", raising=False)
    return path


def invoke(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_fetch_exits_0_when_every_profile_was_read(config: Path, world: FakeWorld) -> None:
    world.publish("klubvest", "1", "Velkommen")
    world.publish("syd", "a", "Åbent hus")
    result = invoke("fetch", "--config", str(config))
    assert result.exit_code == 0, result.output
    assert "2 profiles read, 0 failed; 2 new posts" in result.output


def test_fetch_exits_1_when_some_profile_failed_and_names_what_to_do(config: Path, world: FakeWorld) -> None:
    world.publish("syd", "a", "Åbent hus")
    world.account("klubvest").error = AuthError("Error validating access token", status=401)
    result = invoke("fetch", "--config", str(config))
    assert result.exit_code == 1
    assert "1 profiles read, 1 failed" in result.output
    assert "klubvest-fb: the token in FB_TOKEN_KLUBVEST has expired or was revoked" in result.output
    assert Store(connect(load_settings(config).database.url)).count_posts("syd-rss") == 1


def test_fetch_missing_token_exits_1_and_names_the_variable(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FB_TOKEN_KLUBVEST")
    result = invoke("fetch", "--config", str(config), "--profile", "klubvest-fb")
    assert result.exit_code == 1 and "FB_TOKEN_KLUBVEST is not set" in result.output


@pytest.mark.parametrize("args", [
    ["fetch", "--profile", "nobody"],
    ["fetch", "--workers", "0"],
    ["fetch", "--config", "/nonexistent/monitor.toml"],
])
def test_fetch_usage_and_configuration_errors_exit_2(config: Path, args: list[str]) -> None:
    if "--config" not in args:
        args = [*args, "--config", str(config)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output


def test_flags_list_jsonl_has_the_contract_fields_and_masks(config: Path, world: FakeWorld, checker: Checker) -> None:
    world.publish("klubvest", "1", "Ring til Ida, 010203-1234")
    world.publish("syd", "a", "TRUSSEL")
    settings = load_settings(config)
    pipeline.run_once(settings, connect(settings.database.url), checker=checker, image_check=None)

    result = invoke("flags", "list", "--config", str(config), "--format", "jsonl")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [set(line) for line in lines] == [JSONL_FIELDS, JSONL_FIELDS]
    cpr = next(line for line in lines if line["category"] == "personal.cpr")
    assert cpr["profile"] == "klubvest-fb" and cpr["platform"] == "facebook" and cpr["kind"] == "post"
    assert cpr["post_url"] == "https://fake.example/klubvest/1"
    assert (cpr["status"], cpr["resolution"], cpr["resolved_at"], cpr["severity"]) == ("open", None, None, "critical")
    assert "1234" not in cpr["excerpt"] and "010203-****" in cpr["excerpt"]
    assert cpr["first_seen"].endswith("Z")

    assert invoke("flags", "dismiss", str(cpr["id"]), "--config", str(config), "--note", "testdata",
                  "--by", "Kommunikation").exit_code == 0
    open_now = invoke("flags", "list", "--config", str(config), "--format", "jsonl").output.splitlines()
    assert [json.loads(line)["category"] for line in open_now] == ["conduct.threat"]
    everything = [json.loads(line) for line in
                  invoke("flags", "list", "--config", str(config), "--format", "jsonl", "--status", "all")
                  .output.splitlines()]
    assert {(f["category"], f["status"]) for f in everything} == {("personal.cpr", "dismissed"),
                                                                  ("conduct.threat", "open")}
    table = invoke("flags", "list", "--config", str(config))
    assert "conduct.threat" in table.output and "personal.cpr" not in table.output


def test_flag_commands_change_status_and_refuse_what_is_not_allowed(config: Path, world: FakeWorld,
                                                                    checker: Checker) -> None:
    world.publish("syd", "a", "TRUSSEL")
    settings = load_settings(config)
    engine = connect(settings.database.url)
    pipeline.run_once(settings, engine, checker=checker, image_check=None)
    [flag] = Store(engine).list_flags()

    ack = invoke("flags", "acknowledge", str(flag.id), "--config", str(config), "--by", "Bo")
    assert ack.exit_code == 0 and "now acknowledged" in ack.output
    done = invoke("flags", "resolve", str(flag.id), "--config", str(config), "--by", "Bo", "--note", "slettet")
    assert done.exit_code == 0 and "now resolved (fixed)" in done.output
    again = CliRunner().invoke(main, ["flags", "resolve", str(flag.id), "--config", str(config)])
    assert again.exit_code == 2 and "is resolved" in again.output
    missing = CliRunner().invoke(main, ["flags", "dismiss", "4711", "--config", str(config)])
    assert missing.exit_code == 2 and "no flag with id 4711" in missing.output
    events = Store(engine).events(flag.id)
    assert [(e.actor, e.to_status, e.note) for e in events][1:] == [("Bo", "acknowledged", None),
                                                                    ("Bo", "resolved", "slettet")]


def test_profiles_shows_health(config: Path, world: FakeWorld) -> None:
    world.account("klubvest").error = AuthError("expired", status=401)
    invoke("fetch", "--config", str(config))
    result = invoke("profiles", "--config", str(config))
    assert result.exit_code == 0
    rows = {line.split()[0]: line for line in result.output.splitlines()[1:]}
    assert "facebook" in rows["klubvest-fb"] and "Ida Testesen" in rows["klubvest-fb"]
    assert "never" in rows["klubvest-fb"] and "FB_TOKEN_KLUBVEST has expired" in rows["klubvest-fb"]
    assert " 1  " in rows["klubvest-fb"]
    assert "never" not in rows["syd-rss"] and " 0  " in rows["syd-rss"]
