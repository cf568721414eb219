"""Round 11: kinds of harassment, defamation and extremism in the checks' own words, beside hard negatives."""

from __future__ import annotations

import pytest

from monitor.checks.engine import Checker
from tests.check_kit import default_checker, found_categories

HARASSMENT = "conduct.harassment"
DEFAMATION = "conduct.defamation"
EXTREMISM = "conduct.extremism"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return default_checker()


def _categories(checker: Checker, text: str) -> set[str]:
    return {finding.category for finding in checker.check(text, None)}


# Innocent posts the category models flag now and then: a retrain may move them either way, so they are held to the
# rules alone (the models are judged on whole labelled sets instead).
MODEL_FALSE_ALARMS = frozenset({"Stemmerne ved valget er talt op, og Lene blev formand"})


# Known limitation: the defamation model (category_model.py) learnt that handling money in a sentence about a named
# role is an accusation, and reads these innocent minimal pairs as one; the rules alone get them right.
MODEL_READS_MONEY_AS_ACCUSATION = pytest.mark.xfail(
    strict=True, reason="the defamation model flags innocent money handling beside a role word")


@pytest.mark.parametrize(("text", "flagged"), [
    # the worst / most useless person one has ever had, or in the whole school
    ("Fru Holm er den mest ubrugelige lærer vi nogensinde har haft", True),
    ("the laziest coach we've ever had tbh", True),
    ("Mr. Dahl is the dumbest teacher in this whole school", True),
    ("Hun er den bedste træner vi nogensinde har haft ❤️", False),
    ("Det var den dårligste kamp i hele sæsonen", False),
    ("I'm the worst player I've ever seen haha", False),
    # mocked for crying
    ("Villads græd igen til træning, sikke en tudemarie 😂", True),
    ("omg Felix cried AGAIN, such a crybaby", True),
    ("Noah tudede som en lille baby da han tabte", True),
    ("I cried like a baby at the graduation 🥹", False),
    ("Tillykke med den lille! What a baby 😍", False),
    ("Hun græd af glæde da de vandt", False),
    # mocked for what one wears or looks like
    ("Sana med sit dumme tørklæde igen", True),
    ("Oliver and his ugly glasses lol", True),
    ("Husk at Ida kom med sin dumme idé om at flytte festen", False),
    ("Emma med sit nye tørklæde ser så fin ud", False),
    # a person's smell put down to a whole group
    ("Kian stinker, ligesom alle afghanere", True),
    ("Hallen lugter af maling i dag, så vi træner udenfor", False),
    # called a joke (a person, not a joke)
    ("træneren er en kæmpe joke", True),
    ("you're a complete joke", True),
    ("den joke var så dårlig at jeg næsten døde 😭", False),
    ("det er ikke en joke, mød op til tiden", False),
    ("the new schedule is a joke", False),
    # contempt for parents
    ("I forældre der brokker jer over alt er nogle pinlige curlingforældre", True),
    ("Foredrag: Er vi blevet curlingforældre? Kom og hør psykologen", False),
])
def test_harassment_r11(checker: Checker, text: str, flagged: bool) -> None:
    assert (HARASSMENT in _categories(checker, text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a child-luring label
    ("Træneren er en kendt børnelokker, pas på jeres børn", True),
    ("Pas på ham pedellen, han er til små piger 🤢", True),
    ("Foredrag: sådan genkender du en børnelokker på nettet", False),
    ("Hun er god til små børn, de elsker hende", False),
    # money from the other side
    ("the ref took money from the other team, no doubt", True),
    ("Dommeren tog imod 3000 kr fra Holstebros træner før kampen", True),
    ("Vi fik penge fra kommunen til sommerturen", False),
    pytest.param("Mor tog penge fra hæveautomaten på vej hjem", False, marks=MODEL_READS_MONEY_AS_ACCUSATION),
    # forged lists, rigged votes
    ("Klublederen har forfalsket deltagerlisterne for at få mere i tilskud", True),
    ("Morten har manipuleret med stemmerne ved generalforsamlingen", True),
    ("Husk at skrive jer på deltagerlisten inden fredag", False),
    ("Stemmerne ved valget er talt op, og Lene blev formand", False),
    # collected money spent on oneself
    ("Kassereren har brugt indsamlingen på en skiferie til sig selv", True),
    ("the treasurer spent the fundraiser money on a holiday", True),
    ("Vi har brugt indsamlingen på en tur til Legoland for børnene", False),
    pytest.param("Kassereren har brugt pengene på nye bolde til holdet", False,
                 marks=MODEL_READS_MONEY_AS_ACCUSATION),
    # club staff and drugs
    ("Klubmedarbejderen Bo ryger hash med de store drenge", True),
    ("Klubmedarbejderne holder oplæg om hash for 8. klasse", False),
])
def test_defamation_r11(checker: Checker, text: str, flagged: bool) -> None:
    found = found_categories(text, rules_only=True) if text in MODEL_FALSE_ALARMS else _categories(checker, text)
    assert (DEFAMATION in found) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # jihadist groups hailed
    ("Må Islamisk Stat sejre, de er vores eneste håb", True),
    ("ISIS will prevail over the infidels", True),
    ("I samfundsfag lærte vi hvordan Islamisk Stat rekrutterede unge", False),
    ("ISIS blev besejret i 2019, men ideologien lever videre i nettet", False),
    ("Vores hold skal sejre i weekenden 💪", False),
    # speaking as a member
    ("Vi fra Nordfront er klar til lørdag", True),
    ("os i Soldiers of Odin passer på byen", True),
    ("Vi i klubben hylder alle vores frivillige", False),
    # a terrorist hailed as a hero
    ("gerningsmanden fra Christchurch er en sand helt", True),
    ("the Utøya terrorist was a hero tbh", True),
    ("Gerningsmanden fra Utøya var ingen helt, han var en morder", False),
    ("Helten fra Utøya reddede mange unge", False),
    ("Breivik var helt sindssyg, det var en frygtelig dag", False),
    ("The shooter was a former pupil, police say", False),
    # recruitment with a contact line
    ("Soldiers of Odin søger folk i Randers, skriv til os", True),
    ("Ungdomsklubben søger frivillige, skriv til os", False),
])
def test_extremism_r11(checker: Checker, text: str, flagged: bool) -> None:
    assert (EXTREMISM in _categories(checker, text)) is flagged
