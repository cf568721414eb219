"""Round 11 kinds of threat (a gang counted out waiting for someone with a dare, a weapon taken to the victim's
body, fight weapons handed round before a fight, a plural target such as "de drenge fra ...", "youre dead" without
the apostrophe), each in new wording beside hard negatives that share its words."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from monitor.checks.engine import Checker


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    # a gang counted out, waiting, with a dare
    ("gang-fem-mand", "Vi er fem mand der venter på dig bag Føtex efter skole. Kom bare 👊"),
    ("gang-otte-toer", "der står otte gutter og venter på ham ved stationen i aften, hvis han tør"),
    ("gang-mange-alene", "vi er mange der venter på dæ ved banegården, kom alene"),
    ("gang-nogen-stykker", "de er nogen stykker der venter på dig ved cykelskuret 💀"),
    ("gang-en-deep", "we're six deep waiting for you at the bus stop, come alone"),
    ("gang-en-ten-of-us", "there's ten of us waiting for you outside the gym, come on then"),
    # a weapon taken to the victim's body
    ("hit-koelle", "træneren får en kølle i hovedet efter kampen"),
    ("hit-flaske", "du får fandme en flaske i fjæset i morgen"),
    ("hit-balltrae", "han skal have et balltræ over nakken"),
    ("hit-mursten-do", "i morgen får do en mursten i hovedet"),
    ("hit-en-brick", "he's getting a brick to the face tonight"),
    ("hit-en-bat", "ur gonna get a bat across the head after school"),
    ("hit-en-chair", "that teacher is gonna take a chair to the skull"),
    # fight weapons handed round before a fight
    ("fight-knojern", "tag jeres knojern med i aften"),
    ("fight-boksejern", "vi tager boksejern med til Vorup på fredag"),
    ("fight-slagring", "husk slagringene, vi skal ud og finde dem"),
    ("fight-en-knuckles", "bring the brass knuckles tonight boys"),
    # a plural target named by a group noun
    ("plural-drenge-kniv", "de drenge fra 9.b smadrer vi efter skole, tag knivene med"),
    ("plural-tabere", "i morgen banker vi de tabere fra Vorup"),
    ("plural-en-guys", "we're gonna smash those guys from Vorup tonight, bring knives"),
    # "youre dead" without the apostrophe
    ("en-youre-dead", "tell anyone and youre dead"),
]

CLEAN = [
    # people waiting kindly, with a time, a wish or a party
    ("wait-bedring", "Vi er mange der venter på dig, Emma! God bedring ❤"),
    ("wait-billet", "Vi er ti der venter på dig ved indgangen kl. 19, husk billetten"),
    ("wait-kontor", "Kom bare forbi kontoret hvis du har spørgsmål, vi er to der sidder klar til dig"),
    ("wait-en-station", "There are ten of us waiting for you at the station, hurry up!"),
    ("wait-en-party", "we're twenty waiting for you at the party 🎉 come on then"),
    # hazards warned of, the past, sports gear
    ("hit-festival", "pas på at du ikke får en flaske i hovedet til festivalen"),
    ("hit-past", "han fik en flaske i hovedet i går og er på skadestuen"),
    ("hit-bold", "hvis du får en bold i hovedet, så sig det til træneren"),
    ("hit-hockey", "du får en kølle i hånden til hockey og en hjelm på hovedet"),
    ("hit-en-past", "he got a bottle to the head at the festival last year"),
    ("hit-en-rounders", "make sure nobody gets a bat to the head in rounders, wear helmets"),
    ("hit-en-negated", "he wasn't getting a bottle to the head, relax"),
    # fight weapons banned, found or shown
    ("fight-forbudt", "Det er forbudt at medbringe knojern og knive på skolen"),
    ("fight-politi", "Politiet fandt knojern i bilen"),
    ("fight-museum", "museet viser knojern fra krigen"),
    ("fight-ikke", "tag ikke knojern med, det er ulovligt"),
    # group nouns in praise and in a game
    ("plural-koncert", "De drenge fra 9.b var super til koncerten"),
    ("plural-haandbold", "vi slår de drenge fra Vorup i håndbold på lørdag ⚽"),
    # "dead" as an intensifier
    ("en-dead-funny", "det var dead boring u r dead funny"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round11_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round11_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))



@pytest.mark.parametrize(("text", "threat"), [
    ("Sig det til en voksen og du er død. Jeg mener det.", True),
    ("tell an adult and you're dead", True),
    ("Hvis nogen truer dig: sig det til en voksen, så hjælper vi", False),
    ("Sig det til en voksen, hvis nogen skriver at de vil slå dig", False),
])
def test_advice_phrase_with_a_threat_hung_on_it(text: str, threat: bool) -> None:
    """"Sig det til en voksen" marks campaign advice, unless a threat hangs on it ("... og du er død")."""
    assert any(f.category == "conduct.threat" for f in Checker().check(text)) is threat
