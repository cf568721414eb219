"""Round 28: stock threats and welfare signs that session 13's first measure showed missing (standard threats 58 of
66 there), each with the ordinary use of the same words beside it."""

from __future__ import annotations

import pytest

from tests.test_checks_r23 import _rule_categories

THREATS = [
    ("Hvis han rører min søn igen, så står jeg ikke inde for hvad jeg gør", True),
    ("Jeg står inde for kvaliteten af maden i kantinen", False),
    ("Vi giver ham en lærestreg han aldrig glemmer, bare vent", True),
    ("Vi giver eleverne en oplevelse de aldrig glemmer på lejrskolen", False),
    ("Sig til din bror at hans næste kamp bliver hans sidste", True),
    ("Lørdag bliver hans sidste kamp for klubben, kom og sig farvel", False),
    ("Hun skal låse sin dør i nat, bare så hun ved det", True),
    ("She'll regret it when I catch her alone after practice", True),
    ("Skriver du til hende igen, så kan du kigge efter nye tænder", True),
    ("næste gang er det ikke knytnæver, han ved godt hvad jeg mener", True),
    ("Betal i morgen, ellers kan du glemme at gå hjem på to ben", True),
    ("Vi ses når mørket falder på, ved stien bag hallen", True),
    ("Vi ses når mørket falder på til fakkeloptoget 🔥", False),
    ("Hope you like your bike, Jonas, because it won't last the week", True),
    ("Vi kender din lillesøsters vej hjem. tænk over det", True),
    ("I've got your IP, wanna keep talking?", True),
    ("Got your address from the class list, the invitation is in the post 🎉", False),
    ("Hvis du ikke sletter opslaget, sender jeg dine nøgenbilleder til hele klassen", True),
    ("vi tager dem en efter en i skak i morgen ♟️", False),
    ("tror du ikke jeg kan finde dit hus? 🙂", True),
]


@pytest.mark.parametrize(("text", "threat"), THREATS)
def test_stock_threats_that_were_missing(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


WELFARE = [
    ("Jonas har brandsår på hånden som han selv har lavet", True),
    ("Jonas har brandsår på hånden fra bålet, han har fået plaster på", False),
    ("mine lår ligner en stregkode efterhånden", True),
    ("i'm so tired, not sleepy tired. the other kind", True),
    ("Hun er blevet så tynd, spiser næsten ikke noget mere", True),
    ("Han er blevet så tynd i håret, stakkels mand", False),
    ("Jeg sælger for nogle af de ældre drenge efter skole, er 13", True),
    ("Jeg sælger kager for 4.b efter skole på fredag", False),
    ("Min lillesøster på 13 er kæreste med en på 24. Hun er 13 og han henter hende i bil", True),
]


@pytest.mark.parametrize(("text", "welfare"), WELFARE)
def test_welfare_signs_that_were_missing(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare


HOME = [
    ("I have bruises from my stepdad, don't tell anyone", True),
    ("I have bruises from handball, the other team was rough", False),
    ("Far kom hjem i nat og tog bæltet frem igen", True),
    ("Jeg tog bæltet frem til den nye kjole", False),
    ("jeg hader når han kommer hjem. jeg låser min dør og skruer op for musikken", True),
]


@pytest.mark.parametrize(("text", "welfare"), HOME)
def test_violence_at_home_told_as_a_state(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare
