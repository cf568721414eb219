"""``monitor demo`` end to end: a fresh folder, every category flagged, four kinds of message, nothing in clear."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.checks.taxonomy import CATEGORIES
from monitor.cli import main

# Personal data the sample posts contain (all invented); none of it may reach a message in clear.
IN_CLEAR = ["150709-2231", "1507092231", "42 71 38 90", "42713890", "rasmus.hjort88@gmail.com",
            "rasmus.hjort88", "Kastanjevej 14", "Karla Bøgelund", "Bøgelund"]
CPR_OR_PHONE = re.compile(r"\b\d{6}-?\d{4}\b|\b\d{2} \d{2} \d{2} \d{2}\b")
ORG_PHONE = "89 15 19 00"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    cwd = tmp_path_factory.mktemp("demo")
    (cwd / "monitor-demo").mkdir()
    (cwd / "monitor-demo" / "stale.eml").write_text("left over from an earlier run", encoding="utf-8")
    before = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["demo"], catch_exceptions=False)
    finally:
        os.chdir(before)
    assert result.exit_code == 0, result.output
    return cwd, result.output


def messages(cwd: Path) -> dict[str, email.message.EmailMessage]:
    out = {}
    for path in sorted((cwd / "monitor-demo" / "outbox").glob("*.eml")):
        out[path.name] = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return out


def text_of(message: email.message.EmailMessage) -> str:
    parts = [str(message["Subject"])]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def test_summary_names_profiles_posts_and_every_category(demo: tuple[Path, str]) -> None:
    _, output = demo
    assert "Profiles: 6 read, 1 failed" in output
    assert re.search(r"sejlklubben: the token in RUS_SEJLKLUBBEN_YOUTUBE_TOKEN has expired", output)
    assert "Posts: 15 posts and 8 comments stored" in output
    text_categories = [c for c in CATEGORIES if not c.startswith("media.")]
    for category in text_categories:
        assert re.search(rf"^  {re.escape(category)}\s+\d+$", output, re.M), f"{category} missing from the summary"
    assert "1 edited" in output and "1 removed" in output
    assert "monitor-demo/weekly.html" in output


def test_the_data_covers_every_text_category_with_invented_people() -> None:
    data = json.loads(files("monitor.demo").joinpath("data.json").read_text(encoding="utf-8"))
    entries = [e for p in data["profiles"].values() for e in p["posts"]]
    assert any(e.get("round2") == "removed" for e in entries)
    assert any(isinstance(e.get("round2"), dict) for e in entries)
    assert any(p.get("token_expired") for p in data["profiles"].values())


def test_all_four_messages_written_and_listed(demo: tuple[Path, str]) -> None:
    cwd, output = demo
    found = messages(cwd)
    kinds = {name.split("-", 1)[0] for name in found}
    assert kinds == {"weekly", "owners", "critical", "quarterly"}
    for name in found:
        assert f"monitor-demo/outbox/{name}" in output
    assert not (cwd / "monitor-demo" / "stale.eml").exists(), "the folder is wiped and made afresh"
    weekly = [m for name, m in found.items() if name.startswith("weekly")]
    assert len(weekly) == 1
    html = (cwd / "monitor-demo" / "weekly.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith(("<!doctype", "<html"))
    assert weekly[0].get_body(preferencelist=("html",)).get_content().replace("\r\n", "\n") == html
    critical = [m for name, m in found.items() if name.startswith("critical")]
    welfare = [m for m in critical if "trivsel@" in str(m["To"])]
    assert welfare, "a welfare concern also goes to [recipients] welfare"


def test_no_personal_data_in_clear_in_any_message(demo: tuple[Path, str]) -> None:
    cwd, _ = demo
    found = messages(cwd)
    assert found
    for name, message in found.items():
        body = text_of(message)
        for value in IN_CLEAR:
            assert value not in body, f"{value!r} in clear in {name}"
        stray = [m for m in CPR_OR_PHONE.findall(body) if m != ORG_PHONE]
        assert not stray, f"{stray} in {name}"
    html = (cwd / "monitor-demo" / "weekly.html").read_text(encoding="utf-8")
    assert not any(value in html for value in IN_CLEAR)


def test_edit_and_removal_resolved_the_flags(demo: tuple[Path, str]) -> None:
    cwd, _ = demo
    with sqlite3.connect(cwd / "monitor-demo" / "monitor.db") as db:
        rows = dict(db.execute("SELECT category, resolution FROM flag WHERE status = 'resolved'").fetchall())
    assert rows == {"personal.phone": "edited", "personal.cpr": "removed"}


def test_demo_leaves_a_configuration_to_look_around_with(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json as _json

    from click.testing import CliRunner

    from monitor.cli import main

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["demo"]).exit_code == 0
    config = tmp_path / "monitor-demo" / "monitor.toml"
    listed = runner.invoke(main, ["flags", "list", "--config", str(config), "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    flags = [_json.loads(line) for line in listed.stdout.splitlines()]
    assert flags and all(f["status"] in ("open", "acknowledged") for f in flags)
    assert runner.invoke(main, ["status", "--config", str(config)]).exit_code == 0
