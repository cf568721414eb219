"""Regression guard: the checks keep their score on an independent labelled set (tests/data/independent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.checks.base import CheckContext
from monitor.checks.engine import Checker

DATA = Path(__file__).resolve().parent / "data" / "independent"
# The organisation details the labels assume (the same as the development corpus's config.toml).
CONTEXT = CheckContext(
    domains=("randersungdomsskole.dk", "rus-klub.dk"),
    phones=("+45 89 15 19 00", "89 15 19 10", "+45 21 60 44 80"),
    addresses=("Vester Allé 6, 8900 Randers C", "Brødregade 22, 8900 Randers C", "Fabriksvej 11, 8940 Randers SV"),
    no_publish=("Mathilde Krogh", "Ali Hassan", "Sofie Lund Madsen", "Oliver Bach", "Freja Nørgaard"),
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(CONTEXT)


@pytest.mark.parametrize(("name", "minimum"), [("tune.jsonl", 0.97), ("check.jsonl", 0.95)])
def test_micro_f1_on_independent_set(checker: Checker, name: str, minimum: float) -> None:
    tp = fp = fn = 0
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        want = set(post["labels"])
        got = {f.category for f in checker.check(post["text"], post.get("lang"))}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= minimum, f"micro-F1 {f1:.3f} on {name} (tp {tp}, fp {fp}, fn {fn})"
