"""Round 14 threat kinds written as general structures, not wording: bringing or coming with a weapon (subject
first, or inverted after a fronted time word or condition, dialect "a", English), someone or their child told to
watch out when they walk or drive somewhere, looking over one's shoulder, "I'll come over and <harm>", a group of
people to be exterminated; beside hunting, cooking, scouts, theatre, sport, traffic and care that share the words."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    ('carry-t1', 'på fredag tager jeg fars pistol med'),
    ('carry-t2', 'i morgen kommer vi med køllerne'),
    ('carry-t3', 'hvis han gør det igen, så møder jeg op med en machete'),
    ('carry-t4', 'en skønne dag kommer a med øksen, det kan du tro'),
    ('carry-t5', 'efter ferien tar jeg riflen med, så ser vi hvem der griner'),
    ('carry-t6', 'jeg dukker op med haglgeværet hvis I ikke holder op'),
    ('carry-t7', 'mine drenge kommer med baseballbats næste gang'),
    ('carry-t8', "we're showing up with a shotgun, don't say nobody warned you"),
    ('carry-t9', "i'll be bringing my dad's rifle next time he opens his mouth"),
    ('watch-t1', 'hun skal passe godt på sine børn når de går fra skole'),
    ('watch-t2', 'pedellen skal nok passe på når han parkerer i aften'),
    ('watch-t3', 'I skal passe på jeres søn, når han cykler alene hjem'),
    ('watch-t4', 'så må den nye rektor godt begynde at kigge sig over skulderen'),
    ('watch-t5', 'du kan begynde at se dig over skulderen fra nu af'),
    ('watch-t6', "that coach should start looking over his shoulder"),
    ('over-t1', "i'll drive over there and smash his windows and his face"),
    ('over-t2', "keep it up and we'll come over and break some legs"),
    ('over-t3', 'så kommer jeg derover og smadrer ham'),
    ('over-t4', 'går vi hjem til ham og banker ham, så lærer han det'),
    ('group-t1', 'alle de fremmede skal fandme dø'),
    ('group-t2', 'muslimerne i byen skal udryddes'),
    ('group-t3', 'the immigrants must be wiped out'),
    ('group-t4', 'udryd alle jøderne'),
    ('group-t5', 'de skal skydes én efter én'),
]

CLEAN = [
    ('carry-c1', 'på lørdag tager jeg min kniv med på spejderturen'),
    ('carry-c2', 'i morgen kommer jeg med kniven til kagen'),
    ('carry-c3', 'næste gang tager jeg riflen med på jagt med min far'),
    ('carry-c4', 'til fastelavn kommer jeg med en plastikøkse som viking'),
    ('carry-c5', 'jeg tager mit bat med til træning i morgen'),
    ('carry-c6', 'kommer jeg med kniven?'),
    ('carry-c7', 'vi kommer med pistolen til teaterforestillingen, den er en rekvisit'),
    ('carry-c8', "I'm bringing a knife to cut the cake"),
    ('carry-c9', "we're bringing the bat to practice tomorrow"),
    ('carry-c10', 'jeg har aldrig taget en kniv med i skole'),
    ('carry-c11', 'vi kommer med brød og pålæg til frokosten'),
    ('watch-c1', 'du skal passe godt på når du cykler hjem i mørket, husk lygter'),
    ('watch-c2', 'man skal passe på når man går på isen'),
    ('watch-c3', 'vi skal passe på når vi går over vejen med de små'),
    ('watch-c4', 'husk skulderblik: du skal kigge dig over skulderen når du svinger'),
    ('watch-c5', 'du skal passe godt på din datter når hun er syg med feber'),
    ('watch-c6', 'pas godt på din søn ❤️'),
    ('watch-c7', 'hun må passe på sin ryg når hun løfter'),
    ('over-c1', "i'll come over and help you paint the fence"),
    ('over-c2', "we'll swing by and pick up the kids"),
    ('over-c3', 'så kommer jeg derover og hjælper ham med lektierne'),
    ('over-c4', 'jeg går derover og sparker bolden tilbage'),
    ('group-c1', 'mobningen skal udryddes på vores skole'),
    ('group-c2', 'dræbersneglene skal udryddes i haven'),
    ('group-c3', 'ukrudtet skal fjernes én efter én'),
    ('group-c4', 'vi tager opgaverne én efter én'),
    ('group-c5', 'racismen mod de fremmede skal bekæmpes'),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round14_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round14_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))


MORE_THREATS = [
    ('stay-t1', 'hold dig væk fra min lillesøster ellers.'),
    ('stay-t2', 'lad ham være i fred, ellers 😡'),
    ('stay-t3', 'stay away from my girlfriend or else'),
    ('prop-t1', 'vi ridser hendes bil hele vejen rundt hvis hun ikke trækker klagen'),
    ('prop-t2', "i'll slash your tyres if you don't pay me back"),
    ('prop-t3', 'jeg smadrer alle hans ruder medmindre han undskylder'),
]

MORE_CLEAN = [
    ('stay-c1', 'hold dig væk fra slik ellers får du huller i tænderne'),
    ('stay-c2', 'lad det være ellers bliver det for sent at tilmelde sig'),
    ('stay-c3', 'stay away from the edge or else you might fall'),
    ('prop-c1', 'jeg skifter dine dæk hvis du kommer forbi værkstedet'),
    ('prop-c2', 'jeg passer din kat hvis du skal på ferie'),
    ('prop-c3', "i'll fix your bike if you bring it by"),
]


@pytest.mark.parametrize("text", [t for _, t in MORE_THREATS], ids=[n for n, _ in MORE_THREATS])
def test_round14_more_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in MORE_CLEAN], ids=[n for n, _ in MORE_CLEAN])
def test_round14_more_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))


LAST_THREATS = [
    ('emoji-t1', '🔪 til ham der stjal fra mit skab. du ved godt hvem du er'),
    ('emoji-t2', '🔫🩸 fredag, you know why'),
    ('shame-t1', 'lovely cat. would be a shame if she never came home'),
    ('shame-t2', "it would be a shame if something happened to your little brother"),
    ('shame-t3', 'det ville være synd hvis der skete din hund noget'),
    ('door-t1', 'jeg finder nok ud af hvem du er, og så kommer jeg forbi'),
    ('door-t2', 'send en besked til hende igen, så står vi ved din dør'),
]

LAST_CLEAN = [
    ('emoji-c1', '🔪 madkundskab i morgen, du ved godt hvem du er der glemte forklædet'),
    ('emoji-c2', 'Glad fødselsdag 🎂 du ved godt hvem du er ❤️'),
    ('shame-c1', 'would be a shame if it rained on the summer party'),
    ('shame-c2', 'would be a shame if something happened to your plans for the weekend, book early'),
    ('door-c1', 'skriv igen hvis pakken ikke kommer, så står vi klar i receptionen'),
    ('door-c2', 'vi står ved døren og tager imod jer kl 17'),
]


@pytest.mark.parametrize("text", [t for _, t in LAST_THREATS], ids=[n for n, _ in LAST_THREATS])
def test_round14_last_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in LAST_CLEAN], ids=[n for n, _ in LAST_CLEAN])
def test_round14_last_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
