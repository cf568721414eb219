"""Regression guard for false alarms on everyday traffic: tests/data/everyday holds 8,000 harmless posts and comments
of the kind the profiles carry every day (meeting up, waiting for someone, lifts, banter, game talk, family small talk,
school news), written by twenty other writers. A monitor that raises critical alerts on "vi ses efter skole 👋" gets
switched off. The threat model learns from all but nine (three, six, seven and eight since session 9, and ten to
fourteen, written in session 9); nine only measures, with the sets kept out of the repository for each session's
fresh measure. Scored once before the model learnt from them, ten and eleven raised 16 alarms in 800 posts (14
critical), twelve and thirteen 22 (16), fourteen 9 in 400 (8); they are the hardest and allow the most. Four to
eight were asked for the innocent twins of alarming posts (returning a hoodie "på mandag", a lift from "where you
live", knives in the scouts' and the cooking class, "bare vent" about a result). The rules were fixed on the false
alarms of one to five, and on a few of seven to eleven after each was scored once; six and eight, the hardest, allow
more. Nineteen and twenty (session 10: a parents' council and a drama-and-scouts angle) raised 4 (4 critical) and 12
(10) alarms when new; the rules were then fixed on the kinds of alarm they showed ("vi slår os sammen om en gave",
"bare så I ved det", "I'll find you at break and we can run lines"), and the threat model learns from them.
Twentythree (graduation week) and twentyfour (the farm-school elective: slaughter days, knives, pigs) came later and
are not learnt from: 6 (6) and 20 (13) alarms, the latter mostly words that are insults or slurs in English and
ordinary Danish words ("fag" is a school subject, "skank" a cut of meat) or animals called by their name ("grisene").
Twentyone and twentytwo (a mother of a sporty family, a teenager on the handball and gaming teams) were kept out as
session 10's measure (7 and 6 alarms when scored) and added in session 11, not learnt from. Twentyseven and
twentyeight (a grandfather who drives the school bus; a teenager in the drama club and the e-sport team) were session
11's measure, 8 alarms (4 critical) between them; added in session 12, whose rules were fixed on those alarms.
Thirtyone to thirtythree (a scout and hunting club, a drummer who plays paintball and shooter games, a science and
home-economics teacher) were written at the end of session 12 to find the kinds of threat alarm such angles raise:
16 (14 critical), 8 (5) and 8 (5) alarms when new, 9 (6), 4 (2) and 3 (2) after the rules were fixed on them.
Twentynine and thirty (a home-economics, garden and hunting teacher; a band-playing student council member) were
session 12's measure, 19 alarms (13 critical) between them at its start and end; added in session 13, whose rules
were fixed on a few kinds of them (rockets "skudt af", "spawner", "musikalsk altså", the fish "pike"): 14 (10).
Thirtyfour and thirtyfive (a drama and cinema club; a motor, moped and woodwork workshop) were session 13's first
measure, 13 alarms (7 critical) between them; added the same session, untuned on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.checks.engine import Checker
from tests.test_independent_set import CONTEXT

EVERYDAY = sorted((Path(__file__).resolve().parent / "data" / "everyday").glob("*.jsonl"))
CRITICAL = frozenset({"personal.cpr", "conduct.threat", "welfare.concern"})
# Per set: the share of posts with any finding and with a critical one at most. Today one to five and seven: at most
# 2 and 1 of 400; six 9 and 5, eight 8 and 5 (eight scored 14 and 11 when it was new, six 12 and 8 at session start).
LIMITS = {"one": (0.015, 0.01), "two": (0.015, 0.01), "three": (0.015, 0.01), "four": (0.015, 0.01),
          "five": (0.015, 0.01), "six": (0.035, 0.0225), "seven": (0.015, 0.01), "eight": (0.035, 0.0225),
          "nine": (0.015, 0.01), "twelve": (0.03, 0.0225), "thirteen": (0.02, 0.0125),
          "fourteen": (0.02, 0.015), "ten": (0.025, 0.02), "eleven": (0.025, 0.02), "nineteen": (0.01, 0.01),
          "twenty": (0.025, 0.02), "twentyone": (0.025, 0.02), "twentytwo": (0.025, 0.02), "twentythree": (0.02, 0.02),
          "twentyfour": (0.055, 0.035), "twentyseven": (0.01, 0.005), "twentyeight": (0.02, 0.01),
          "thirtyone": (0.03, 0.02), "thirtytwo": (0.015, 0.01), "thirtythree": (0.015, 0.01),
          "twentynine": (0.025, 0.015), "thirty": (0.02, 0.015), "thirtyfour": (0.03, 0.015),
          "thirtyfive": (0.015, 0.01), "forty": (0.01, 0.0075), "fortyone": (0.02, 0.015),
          "fortytwo": (0.02, 0.01), "fortythree": (0.01, 0.005), "fortyfour": (0.01, 0.0075),
          "fortyfive": (0.025, 0.01)}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(CONTEXT)


def test_the_everyday_sets_are_there() -> None:
    assert sorted(path.stem for path in EVERYDAY) == sorted(LIMITS)


@pytest.mark.parametrize("path", EVERYDAY, ids=lambda path: path.stem)
def test_everyday_posts_raise_few_alarms(checker: Checker, path: Path) -> None:
    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(posts) == 400 and all(post["labels"] == [] for post in posts)
    found = [{f.category for f in checker.check(post["text"], post.get("lang"))} for post in posts]
    flagged = sum(1 for categories in found if categories)
    critical = sum(1 for categories in found if categories & CRITICAL)
    max_flagged, max_critical = LIMITS[path.stem]
    assert flagged <= max_flagged * len(posts), f"{flagged} of {len(posts)} harmless posts flagged"
    assert critical <= max_critical * len(posts), f"{critical} of {len(posts)} harmless posts raised a critical alert"
