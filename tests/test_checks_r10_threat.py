"""Round 10 kinds of threat (harm handed to people one knows, the victim's injury in the passive of "get", a
lasting loss at the victim's sport with the subject dropped, Jutlandic pronouns, a weapon brought to an event,
silencing with "så ved du hvad der sker") and false alarms (a compound match word such as "returkampen"), each
in new wording beside hard negatives that share its words."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    # harm handed to others the writer knows
    ("proxy-ordne", "bliver han ved, så kender vi nogle typer der sagtens kan ordne ham"),
    ("proxy-laerestreg", "min storebror har venner der gerne vil give dig en lærestreg"),
    ("proxy-finde", "jeg kender et par gutter som godt kan finde dig"),
    ("proxy-en-sort", "keep talking, I know some lads who can sort you out"),
    ("proxy-en-visit", "I've got cousins who'd love to pay you a visit"),
    ("proxy-en-disappear", "my brother knows guys who'll make him disappear"),
    # the victim's injury in the passive of "get"
    ("en-get-head-kicked", "one more word and ur gonna get ur head kicked in"),
    ("en-get-lights", "you'll get your lights punched out if you show up"),
    ("da-faar-smadret", "råber du ad hende igen, så får du smadret dit fjæs"),
    ("da-tænder-ud", "pas på hvad du siger, eller får du tænderne slået ud"),
    # a lasting loss at the victim's sport, subject dropped
    ("da-aldrig-fodbold", "skal nok sørge for at han aldrig spiller fodbold igen"),
    ("da-aldrig-løbe", "vi sørger for at du aldrig kan løbe mere"),
    ("en-never-play", "make sure he never plays football again"),
    # Jutlandic pronouns ("dæ" = dig, "do" = du)
    ("jutl-banke", "a banker dæ halvt ihjel"),
    ("jutl-smadre-naar", "a smadre dæ efter skole"),
    ("jutl-ved-hvor", "a ved godt hvor do bor"),
    # a weapon brought to an event
    ("en-knife-prom", "gonna bring my brother's knife to prom, watch"),
    ("en-gun-practice", "he said he's bringing his dad's gun to practice tomorrow"),
    ("da-kniv-fredagsbar", "jeg tager min kniv med til fredagsbaren"),
    # silencing: tell someone and see what happens
    ("da-mor-sker", "siger du det til nogen, så ved du godt hvad der sker"),
    ("da-hvis-laerer", "hvis du går til læreren så finder du ud af hvad der sker 🤫"),
    ("en-snitch-know", "snitch to the coach and you know what happens"),
]

CLEAN = [
    # help, favours and care from people one knows
    ("proxy-billet", "jeg kender nogen der kan ordne dig en billet til koncerten"),
    ("proxy-syg", "jeg har venner der kan tage sig af dig mens du er syg"),
    ("proxy-lektier", "jeg kender nogle der gerne vil hjælpe dig med lektierne"),
    ("proxy-en-tickets", "I know people who can sort you out with tickets"),
    ("proxy-en-babysit", "I have friends who can take care of him while you're away"),
    # the passive of "get" and "få" with no violence
    ("en-teeth-cleaned", "you're getting your teeth cleaned on Monday, remember"),
    ("da-warning-trampolin", "pas på at du ikke får tænderne slået ud på trampolinen"),
    # never again, kindly
    ("da-aldrig-alene", "vi sørger for at du aldrig står alene igen"),
    ("en-never-alone", "we'll make sure you never walk alone again"),
    ("en-never-hungry", "we make sure no kid ever goes hungry again"),
    # weapons named harmlessly
    ("en-dont-bring", "Don't bring a knife to school, it is against the law."),
    ("en-cooking", "We are bringing a knife to the cooking class party"),
    ("en-water-gun", "bring a gun to the party? only a water gun 💦"),
    # what happens next, harmlessly
    ("da-lejren", "hvis du viser dine forældre programmet, så ved du hvad der sker på lejren"),
    ("en-camp", "show this to your parents and you'll know what happens next week at camp"),
    ("da-hun-ved", "hvis du siger det til din lærer, så ved hun hvad der sker"),
    # compound match words make it a game
    ("returkamp", "vi tæver dem i returkampen, kom så drenge"),
    ("pokalkamp", "vi smadrer dem i pokalkampen på søndag"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round10_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round10_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
