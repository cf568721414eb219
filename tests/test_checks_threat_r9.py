"""Round 9 kinds of threat (injury on purpose during a game, a role's home known, an offence repeated "and see
what happens") and false alarms (team cheers, things fetched for someone), each in new wording beside hard
negatives that share its words."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    # injury on purpose or with a lasting loss, game talk around it or not
    ("game-arm-on-purpose", "i morgen knækker vi armen på deres målmand med vilje"),
    ("tackle-stretcher", "jeg tackler ham så hårdt på søndag at han skal bæres ud, det lover jeg"),
    ("fingers-never-play", "jeg smadrer dine hænder så du aldrig kan spille håndbold igen"),
    ("en-ankles-purpose", "I'll break his ankles on purpose so he can't play again"),
    ("en-knees-final", "we'll take out his knees on purpose in the final"),
    ("en-season-over", "gonna snap your leg so you never walk again, see you at the match"),
    # whose home or work is known: a role, a relative
    ("role-home-think", "vi ved hvor træneren bor. Tænk over det"),
    ("ref-home-game", "jeg ved godt hvor dommeren bor, husk det til næste kamp"),
    ("en-mum-works", "I know where your mum works, remember that"),
    # an offence repeated and "see what happens"
    ("again-see", "gør det igen og se hvad der sker"),
    ("en-one-more-time", "touch my sister one more time and see what happens"),
    ("en-drop-again", "Bench my daughter again and just see what happens to you"),
    # violence with its result after an idiom's word
    ("en-beat-death", "I'll beat you to death"),
]

CLEAN = [
    # injuries reported, accidents, basketball slang
    ("report-stretcher", "Han brækkede benet i kampen i går og skal bæres ud på en båre"),
    ("accident-season", "Jonas brækker næsten altid armen når han falder, han kan ikke spille resten af sæsonen"),
    ("doctor-knee", "Lægen siger at han ikke kan spille igen før knæet er helet"),
    ("crossover", "I'll break his ankles with that crossover 😂"),
    # a role's home known for a kind reason
    ("coach-gift", "vi ved hvor træneren bor, vi skal aflevere en gave til hans fødselsdag"),
    ("en-teacher-card", "we know where the teacher lives, let's drop off the card on Friday"),
    # trying again in the kitchen or on the computer
    ("recipe-again", "prøv opskriften igen og se hvad der sker med dejen"),
    ("restart-again", "genstart computeren en gang til og se hvad der sker"),
    # team cheers
    ("cheer-girls", "vi smadrer dem på lørdag, kom så piger ⚽"),
    ("cheer-en", "we're gonna destroy them on Saturday, come on boys"),
    ("cheer-kill", "vi skal bare dræbe dem på søndag 💪 kom så drenge"),
    # things fetched for someone
    ("en-get-burger", "Since Oskar is vegetarian we'll get him a veggie burger"),
    ("en-get-coffee", "I'll get you a coffee before the meeting"),
    ("en-find-seat", "we'll find you a seat at the front"),
    ("en-get-home", "don't worry, we'll get you home after the party"),
    ("en-beat-finish", "I'll beat you to the finish line"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round9_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round9_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
