"""The ``monitor check`` contract of DESIGN.md, through the real command line."""

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main

CPR_POST = "Hans cpr er 010203-1234, ring hvis der er spørgsmål"


def run_check(tmp_path: Path, lines: list[str], *extra: str) -> tuple[int, list[dict], str]:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--input", str(source), *extra])
    out = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, out, result.stderr


def test_one_result_per_line_in_order_with_errors_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Hej alle sammen", "lang": "da"}),
        "{not json",
        json.dumps({"id": "b", "text": CPR_POST, "lang": None, "extra": 1}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c"}),
    ]
    code, out, _ = run_check(tmp_path, lines)
    assert code == 0
    assert [row.get("id") for row in out] == ["a", None, "b", None, "c"]
    assert out[1] == {"id": None, "line": 2, "error": out[1]["error"]} and "JSON" in out[1]["error"]
    assert out[3]["line"] == 4
    assert "text" in out[4]["error"] and out[4]["line"] == 5
    cpr = [f for f in out[2]["findings"] if f["category"] == "personal.cpr"]
    assert cpr and cpr[0]["severity"] == "critical"
    assert CPR_POST[cpr[0]["start"]:cpr[0]["end"]].startswith("010203")
    assert "1234" not in cpr[0]["excerpt"]


def test_output_file_and_config(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[organisation]\ndomains = ["skole.dk"]\n', encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, _, _ = run_check(tmp_path, [json.dumps({"id": 1, "text": "skriv til kontor@skole.dk"})],
                           "--config", str(config), "--output", str(target))
    assert code == 0
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"id": 1, "findings": []}]


def test_invalid_config_exits_2_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[organisation]\ndomainz = ["skole.dk"]\n', encoding="utf-8")
    code, out, err = run_check(tmp_path, ['{"id": 1, "text": "x"}'], "--config", str(config))
    assert code == 2
    assert out == []
    assert err.strip().count("\n") == 0 and "organisation.domainz: unknown key" in err


def test_missing_config_exits_2(tmp_path: Path) -> None:
    code, _, err = run_check(tmp_path, ['{"id": 1, "text": "x"}'], "--config", str(tmp_path / "nope.toml"))
    assert code == 2 and "not found" in err


def test_missing_input_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--input", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2


def test_stdin_and_lone_surrogates_survive() -> None:
    line = '{"id": "s", "text": "broken \\ud800 surrogate 010203-1234"}\n'
    run = subprocess.run([sys.executable, "-m", "monitor", "check", "--input", "-"], input=line.encode(),
                         capture_output=True, check=False)
    assert run.returncode == 0, run.stderr
    row = json.loads(run.stdout)
    assert row["id"] == "s" and isinstance(row["findings"], list)


def test_parallel_workers_keep_order_and_results(tmp_path: Path) -> None:
    texts = ["Hej", CPR_POST, "", "ring 31 47 92 05", "{broken", "Du er en idiot"] * 150
    lines = [json.dumps({"id": i, "text": t}) if t != "{broken" else t for i, t in enumerate(texts)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    single = CliRunner().invoke(main, ["check", "--input", str(source), "--jobs", "1"])
    parallel = CliRunner().invoke(main, ["check", "--input", str(source), "--jobs", "2"])
    assert single.exit_code == parallel.exit_code == 0
    assert parallel.stdout == single.stdout
    rows = [json.loads(line) for line in parallel.stdout.splitlines()]
    assert len(rows) == len(lines)  # the empty-text lines are results too; only blank lines are skipped
