"""Round 22 (session 10): false alarms on harmless everyday traffic (threats in meeting up, boasts, games, knives
handed back; "fag" as a school subject), Jutlandic "do" for "du" and "not in one piece". Each kind was found in sets
scored once when new and checked across every labelled set before the change; here each is tested with variants of
our own beside what it must still find. The rules alone are judged (the models are judged on whole labelled sets).
All people are invented."""

from __future__ import annotations

import pytest

from monitor.checks.conduct_view import build_view
from tests.check_kit import found_categories

THREAT = "conduct.threat"
THREAT_CASES = [
    # "os" is us, not a name's possessive: clubbing together is no harm
    ("Vi slår os sammen om en fællesgave, 50 kr pr. barn", False),
    ("Skal vi slå os sammen om en bus til stævnet?", False),
    ("jeg smadrer Mikkels bil i aften", True),
    ("vi banker Jonas' lillebror efter skole", True),
    # leisure games where shooting each other is the game, named in a compound
    ("på paintballbanen rammer jeg jer alle sammen med lilla maling 😈", False),
    ("Lasertagbanen er booket: jeg skyder jer alle sammen ned 😈", False),
    ("i morgen stikker jeg fodboldtræneren ned", True),
    ("vi smadrer jer i volley på fredag, bare sig det", False),
    ("Someone should teach that ref a lesson with a baseball bat after the match", True),
    ("vi tæsker dig på fodboldbanen efter skole", True),
    # caring advice about a hazard on the way
    ("pas på dig selv på cykelstien i aften, der er ingen lys ved skoven", False),
    ("Pas på jer selv i stormen i nat, bliv inde hvis I kan", False),
    ("pas på dig selv Mads", True),
    # "bare så du ved det" stresses a boast, news or a worry: it makes a threat only beside harm or menace
    ("vi tager pokalen til koncerten, bare så I ved det 😎", False),
    ("I bliver slagtet i finalen på lørdag, bare så I ved det 🎮", False),
    ("Min kone og jeg er gået fra hinanden, så Lily er lidt ude af den. Bare så I ved det", False),
    ("Gonna beat you all at Mario Kart tonight, just so you know", False),
    ("Jeg ved hvor du bor. Bare så du ved det.", True),
    ("han skal have et knæskud, bare så I ved det", True),
    ("Vi venter på dig efter skole bag hallen, bare så du ved det 😈", True),
    # finding someone to meet in the school day, to do something together
    ("I'll find you at break and we can go through the slides", False),
    ("I'll find you at lunch, I've got your sheet music", False),
    ("I'll find you in the canteen and we can split the poster", False),
    ("a finder dig i frikvarteret, så kan vi øve replikker", False),
    ("I'll find you after school and we can settle this", True),
    ("I'll find you, and when I do you'll regret it", True),
    ("a finder dig efter skole og så får du tæsk", True),
    # knowing where someone lives, for a lift given before or a parcel brought round
    ("The box of shirts came to ours, we know where you live so we'll drop it round after dinner", False),
    ("ja ja, jeg ved godt hvor I bor, vi har jo hentet dig før 😄", False),
    ("we know where you live, sleep well 😈", True),
    ("jeg ved godt hvor I bor. vent bare", True),
    # Jutlandic "do" for "du" beside a Danish word; English "do" is left alone
    ("a ved hvor do bor, Simon 👀", True),
    ("kommer do her igen så får do en knytnæve lige i hovedet", True),
    ("a ved godt hvor do står om morgenen. bare vent", True),
    ("what do you want to do at the party?", False),
    ("how do I do it without breaking the frame? do I need glue", False),
    # not getting away in one piece is an injury promised; a cake or a phone arriving whole is not
    ("Kom til stævnet på lørdag, så kommer du ikke hjem i hele stykker", True),
    ("Turn up at the match again and you won't walk away in one piece", True),
    ("the cake won't get home in one piece if we take the bike 😂", False),
    ("håber kagen kommer hjem i ét stykke", False),
    # a knife with someone, a day and "din" but nothing threatening is logistics; a gun is not
    ("jeg tager din kniv med i morgen, jeg glemte at give den tilbage. den ligger i skeden", False),
    ("skal vi have kniv med på torsdag eller får vi dem udleveret?", False),
    ("I'll bring your knife back tomorrow, it's in my bag in the sheath", False),
    ("Næste fredag skal alle lægge mærke til mig. Jeg vil anbefale jer at blive hjemme den dag, for nu ved jeg hvor "
     "min far gemmer sin pistol.", True),
    ("jeg tager en kniv med i skole i morgen, så må vi se hvem der griner", True),
]


@pytest.mark.parametrize(("text", "threat"), THREAT_CASES)
def test_round22_threats(text: str, threat: bool) -> None:
    assert (THREAT in found_categories(text, rules_only=True)) is threat


@pytest.mark.parametrize(("text", "slur"), [
    # "fag" is a Danish school subject after a neuter or plural determiner; the English slur otherwise
    ("hvilket fag har I efter frokost?", False),
    ("fisk i skoletid er bare det bedste fag nogensinde", False),
    ("alle fag er aflyst i morgen pga. skolefesten", False),
    ("you're such a fag", True),
    ("du er sådan en fag", True),
])
def test_round22_school_subject(text: str, slur: bool) -> None:
    assert ("conduct.discrimination" in found_categories(text, rules_only=True)) is slur


def test_jutlandic_do_keeps_the_view_aligned() -> None:
    view = build_view("a ved hvor do bor. what do you do?")
    assert view.text == "a ved hvor du bor. what do you do?" and view.offsets is None
