"""Regression guard for false alarms on everyday traffic: tests/data/everyday holds 1,200 harmless posts and comments
of the kind the profiles carry every day (meeting up, waiting for someone, lifts, banter, game talk, family small talk,
school news), written by three other writers. A monitor that raises critical alerts on "vi ses efter skole 👋" gets
switched off; the threat model learns from one.jsonl and two.jsonl, three.jsonl only measures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.checks.engine import Checker
from tests.test_independent_set import CONTEXT

EVERYDAY = sorted((Path(__file__).resolve().parent / "data" / "everyday").glob("*.jsonl"))
CRITICAL = frozenset({"personal.cpr", "conduct.threat", "welfare.concern"})
# At most 1.5 % of the posts with any finding and 1 % with a critical one (today: at most 4 and 3 of 400).
MAX_FLAGGED = 0.015
MAX_CRITICAL = 0.01


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(CONTEXT)


def test_the_everyday_sets_are_there() -> None:
    assert [path.stem for path in EVERYDAY] == ["one", "three", "two"]


@pytest.mark.parametrize("path", EVERYDAY, ids=lambda path: path.stem)
def test_everyday_posts_raise_few_alarms(checker: Checker, path: Path) -> None:
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 400 and all(post["labels"] == [] for post in posts)
    found = [{f.category for f in checker.check(post["text"], post.get("lang"))} for post in posts]
    flagged = sum(1 for categories in found if categories)
    critical = sum(1 for categories in found if categories & CRITICAL)
    assert flagged <= MAX_FLAGGED * len(posts), f"{flagged} of {len(posts)} harmless posts flagged"
    assert critical <= MAX_CRITICAL * len(posts), f"{critical} of {len(posts)} harmless posts raised a critical alert"
