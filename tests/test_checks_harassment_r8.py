"""Round 8: kinds of harassment and extremism written in the checks' own words, beside hard negatives."""

from __future__ import annotations

import pytest

from monitor.checks.engine import Checker
from tests.check_kit import default_checker

HARASSMENT = "conduct.harassment"
EXTREMISM = "conduct.extremism"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return default_checker()


def _categories(checker: Checker, text: str) -> set[str]:
    return {finding.category for finding in checker.check(text, None)}


@pytest.mark.parametrize(("text", "flagged"), [
    # mocking a body or an ability
    ("karla er så tyk at hun ikke kan komme op ad trappen 🐷", True),
    ("Villads can't even catch a ball lol what a loser", True),
    ("kan ikke engang cykle til skole din lille svækling", True),
    ("Hun lyder som en ko der bliver malket når hun synger", True),
    ("jeg er så fed at jeg ikke kan løbe en omgang haha", False),
    ("Ida kan ikke engang komme i morgen, hun er syg 😢", False),
    ("Den lille kat lyder som en kat der vil have mad", False),
    # contempt
    ("Mr. Holm is a sorry excuse for a coach", True),
    ("han er en ynkelig undskyldning for en træner", True),
    ("Bertram er så falsk det er pinligt", True),
    ("Han er så sød at det er pinligt haha", False),
    ("Vejret er så dårligt at det er pinligt", False),
    ("Spild af tid det her møde", False),
    # inciting others at a person
    ("her er snappen til ham den grimme fra 8.a, spam ham 😂", True),
    ("skriv til Magnus hvor klam han er", True),
    ("Vi spammer jer med billeder fra turen 😂", False),
    ("Anmeld ham hvis han kommer igen, han truede min søn", False),
    ("Her er nummeret på klubben: 89 15 19 10", False),
    # group-based insults at a person
    ("go back where you came from Yusuf", True),
    ("gå tilbage til køkkenet Maja", True),
    ("Jeg gik tilbage til køkkenet for at hente kagen", False),
    # emoji on a name, self-deprecation
    ("viktor 🐷🐷", True),
    ("se lige Emils frisure 🤡🤡", True),
    ("a er sådan en idiot, glemte min gymnastiktaske 🤡", False),
    ("er en klovn, glemte nøglerne igen 🙈", False),
    ("hej 🤡🤡", False),
    ("nogen burde sige til Frida at ingen gider hende", True),
    ("ingen elsker hende mere end hendes mormor ❤️", False),
    # second pass: body parts, movement, fixed images, roles, spreading pictures, exclusion
    ("Karoline har så lange ben at hun ligner en giraf 😂", True),
    ("Han har så store hænder at han griber alt, sikke en målmand", False),
    ("Sigurd danser som en flodhest lol", True),
    ("Jeg løber som en pingvin på isen haha", False),
    ("Emma danser som en prinsesse haha så sød", False),
    ("Ms. Kjeldsen can't explain anything to save her life", True),
    ("Laurits er den mest ubrugelige træner nogensinde", True),
    ("Det var den værste tur nogensinde", False),
    ("we are the worst players ever lol", False),
    ("send den her video af Asger til alle 😂", True),
    ("del billedet af Magnus med bedstefar ❤️", False),
    ("ingen vil have dig med i gruppen", True),
    ("ingen vil have dig til at føle dig alene, ring til os", False),
    ("johanne er sådan en fed so", True),
    ("Det er en fed ko, den giver masser af mælk", False),
    ("Hvilken flok uduelige ledere I har ansat", True),
    ("Sikke en flok glade elever vi havde i dag", False),
])
def test_harassment_kinds(checker: Checker, text: str, flagged: bool) -> None:
    assert (HARASSMENT in _categories(checker, text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("88 til alle brødrene derude 🖐️", True),
    ("88 to all my brothers in the north", True),
    ("Der var 88 til alle tre aftener", False),
    ("88 kr til alle elever for turen", False),
    ("Waffen-SS for evigt ⚡⚡", True),
    ("SS lever videre i vores hjerter", True),
    ("I historie lærte vi om SS og hakekorsflaget", False),
    ("Nogen har malet et hakekors på muren ved hallen, vi har anmeldt det", False),
    ("Vi rekrutterer unge mænd der vil kæmpe for det hvide Danmark, skriv privat", True),
    ("Join us and fight for our race, the race war is coming", True),
    ("Vi søger nye medlemmer til skakklubben, skriv privat", False),
    ("Vi hverver nye frivillige til Ungdomsskolens sommerlejr", False),
    ("Respekt for gerningsmanden bag angrebet på Utøya, han gjorde hvad der skulle gøres", True),
    ("Gerningsmanden bag angrebet i Christchurch blev idømt livstid", False),
    ("Mindeord for ofrene for Christchurch-angrebet", False),
    ("Meld jer ind i Blood & Honour, vi ses lørdag", True),
    ("the khilafah will return, brothers", True),
    ("Stolt nationalsocialist siden 2019", True),
    ("Heil og sæl til alle brødre i nord", True),
    ("Danmark har brug for en ny Breivik", True),
    ("Putin er en ny Hitler, siger eksperten", False),
    ("Politiet stoppede en Blood & Honour koncert i Randers", False),
    ("Spejderne holder koncert lørdag, kom og vær med", False),
    ("Kun for hvide, bliv medlem af vores forening i dag", True),
])
def test_extremism_kinds(checker: Checker, text: str, flagged: bool) -> None:
    assert (EXTREMISM in _categories(checker, text)) is flagged
