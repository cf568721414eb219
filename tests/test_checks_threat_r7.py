"""Round 7 kinds of veiled threat (unsafe future, mock regret, armed, emoji with a name/time/place, revenge and
lessons), each in new wording, beside hard negatives that share its words."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    # unsafe-future menace: a safety word negated about a target
    ("unsafe-rely-safe-home", "Pedellen skal ikke regne med at komme sikkert hjem i aften"),
    ("unsafe-believe-in-peace", "den dommer skal ikke tro at han kan cykle i fred efter det her"),
    ("unsafe-feel-safe-town", "Hun skal ikke føle sig tryg i byen længere"),
    ("unsafe-car-intact", "Rektor kan ikke regne med at hans bil er hel i morgen"),
    ("unsafe-nowhere", "du er ikke sikker nogen steder mere, Viktor"),
    ("unsafe-en-count", "that coach shouldn't count on getting home safe tonight"),
    ("unsafe-en-not-walking", "if the ref blows that whistle again he's not walking home"),
    ("unsafe-en-wont-home", "tell your brother he won't make it home after practice"),
    # mock regret and mock care
    ("mock-pity-bike", "Det ville være synd hvis der skete noget med din knallert, Oskar"),
    ("mock-shame-something", "Det ku være ærgerligt hvis noget skulle ske med hans hus"),
    ("mock-hope-wink", "håber ikke der sker noget med din kæreste på vej hjem 😉"),
    ("mock-care-sister", "pas nu godt på din lillebror når han cykler alene 😏"),
    ("mock-en-shame", "nice bike. would be a shame if something happened to it... or to you"),
    ("mock-en-look-after", "look after your little sister on her way home 😉"),
    # weapons brought to school, a party or a fight
    ("armed-inverted-rifle", "Hvis de mobber mig igen, tager jeg min onkels haglgevær med i skolen"),
    ("armed-knuckles-party", "jeg tager mit boksejern med til festen på lørdag, bare så I ved det"),
    ("armed-imperative-fight", "tag jeres knive med til opgøret efter skole, vi tager hævn"),
    ("armed-machete", "min bror kommer med sin machete på kontoret i morgen"),
    ("armed-en-bat", "I'm bringing my baseball bat to school tomorrow, you know who you are"),
    ("armed-en-lesson-knife", "somebody should teach that janitor a lesson with a knife"),
    # emoji with a name, a time or a place
    ("emoji-name-time", "🔫 emil efter træning 🔫"),
    ("emoji-class-day", "💣💣 hele 7.c på torsdag"),
    ("emoji-mention-place", "@Frederik 👊🩸 i morgen bag cykelskuret"),
    ("emoji-knife-name", "🔪 Noah efter skole"),
    # revenge and lessons, outcomes to the body
    ("revenge-with-weapon", "i morgen tager vi hævn over Lukas, tag koben med"),
    ("lesson-after-match", "Efter træningen tager vi ham, og så skal han nok lære det"),
    ("feel-it", "Hvis min datter ikke får en plads, så skal lederen få at mærke hvad der sker"),
    ("wake-er", "kommenter på min søster igen og du vågner op på sygehuset"),
    ("slap", "næste gang du griner af mig får du en lussing"),
    ("knife-back-role", "Dommeren får en kniv i ryggen hvis han snyder os igen"),
    ("couple-on-the-head", "så kommer jeg ned og giver den dumme dreng et par på hatten"),
    ("smash-and-you", "hvis I sletter mit opslag kommer vi og smadrer bilen og jer"),
    ("go-out-over", "Sletter I det igen, så går det ud over dig"),
    ("see-trouble", "Hvis I ikke svarer mig, så skal I se løjer"),
    ("not-to-talk", "vi kommer forbi klubben i morgen, og det bliver ikke for at snakke"),
    ("found-out-where", "har fundet ud af hvor du bor, Ida 🙂"),
    ("know-where-family", "ved præcis hvor du og dine forældre bor"),
    ("warning-take-it", "næste weekend rydder vi klubben for indvandrere, tag det som en advarsel"),
    ("grievance-wait", "Hvis træneren bænker min søn igen, så venter vi på ham ved udgangen"),
    ("grievance-come-by", "Hvis I ændrer holdet igen, kommer jeg forbi med mine fætre"),
]

CLEAN = [
    ("safe-traffic", "Vi håber alle kommer sikkert hjem i aften, pas på i trafikken"),
    ("not-certain", "Du skal ikke regne med at være sikker på en plads, der er venteliste"),
    ("unsafe-complaint", "cyklister kan ikke føle sig trygge på Vestergade, kommunen må gøre noget"),
    ("not-whole-day", "I skal ikke regne med at vi er hele dagen på stranden"),
    ("en-safe-advice", "don't expect to walk home safely without a light in winter, wear reflectors"),
    ("en-not-home-yet", "he's not going home yet, he's staying for the pizza"),
    ("shame-miss", "Det ville være en skam hvis du gik glip af sommerlejren"),
    ("shame-theft", "Det er ærgerligt hvis din cykel bliver stjålet, så husk at låse den"),
    ("care-sister", "pas godt på din lillesøster på turen ❤"),
    ("hope-care", "håber ikke der er sket noget med din cykel i stormen"),
    ("scout-knife", "tag jeres dolke og knive med på spejderlejren, vi skal snitte"),
    ("cooking-knife", "husk at tage en kniv med i skole til madkundskab på tirsdag"),
    ("fist-bump", "Godt kæmpet Lucas 👊 vi ses fredag"),
    ("paintball", "a skyder jer alle sammen i paintball på lørdag 😈🎯"),
    ("compound-game", "fodboldturnering ftw, vi smadrer dem på lørdag"),
    ("escape-room", "Escape room fredag: I har 60 minutter før bomben springer"),
    ("sport-revenge", "på lørdag tager vi hævn over Langå, kom og hep!"),
    ("lesson-teaching", "I dag lærte vi en lektie om samarbejde med hele 8.b"),
    ("meet-behind-hall", "vi mødes bag hallen på fredag og går samlet til stranden"),
    ("pick-up-wait", "hvis han kommer for sent, venter vi på ham ved indgangen"),
    ("wake-up-hospital-news", "Min far vågnede op på hospitalet i går efter operationen, tak for blomsterne"),
    ("class-trip", "🚌 hele 7.c på torsdag til Aarhus, husk madpakke"),
    ("go-out-over-cuts", "nedskæringerne går ud over børnene i klubben"),
    ("find-out-where-event", "har I fundet ud af hvor festen er på lørdag?"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_veiled_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
