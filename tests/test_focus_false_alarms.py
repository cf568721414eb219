"""Round 20 false alarms of the threat and welfare rules, fixed by kind, not by sentence. Each kind has two posts that
must still fire beside two hard negatives of our own wording that must stay quiet (the category models are left out:
they are trained and judged apart).

Threat kinds: knowing where someone lives explained (a neighbour, the same bus, a birthday, a forgotten thing brought
back); "pas på dig selv" as a farewell or as care for each other; "kom alene eller ..." as a choice; a game named
after a pause ("I will find you... and beat you at table tennis") or a goalkeeper; a kind twist after a pause ("I'll
hunt you down... with a very polite email"); a party that sets the club on fire with a DJ; a sign-up deadline; a
meeting at a time ("ved 15-tiden"); a child beaten at home with a belt (welfare, not a threat).
Welfare kinds: a carer who "beats" you at a game played; not eating since breakfast on a busy day; a class that
talked about the topic, the organisation's own first-aid course, a parent evening; knife and blood emoji or the next
push of a peer as a threat, not a sign; a note left in someone's locker.
"""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

THREAT = "conduct.threat"
WELFARE = "welfare.concern"

# (category, text, expected): True must fire, False must stay quiet
CASES = [
    # knowing where someone lives, explained or with an errand
    (THREAT, "Vi ved godt hvor du bor, Tobias. Pas på dig selv", True),
    (THREAT, "jeg ved hvilken bus du tager 😈 vi ses", True),
    (THREAT, "Jeg ved hvor du bor 😄 var jo med til din fødselsdag! Kommer forbi med dit glemte tørklæde", False),
    (THREAT, "a ved hvor do bor, det er tre opgange fra mig. kom over og se film", False),
    # "pas på dig selv": a farewell or care, not a veiled threat
    (THREAT, "pas på dig selv når du går hjem fra hallen i aften, Viggo", True),
    (THREAT, "Anton, vi ved hvor du bor. pas på dig selv", True),
    (THREAT, "Sidste vagt i dag. Tak for alt, pas på dig selv og din familie", False),
    (THREAT, "Pas på jer selv derude til fastelavn, og pas på hinanden", False),
    # a choice, a game, a goalkeeper
    (THREAT, "kom alene bag hallen i aften 🔪", True),
    (THREAT, "I will find you after school and hurt you", True),
    (THREAT, "kom alene eller tag en kammerat med til paintball på lørdag 🔫", False),
    (THREAT, "We will find you... and beat you at table tennis next week, Jonas", False),
    (THREAT, "Vi slår jer i morgen, hils jeres målmand 😉", False),
    # a kind twist after a pause
    (THREAT, "I'll hunt you down and hurt you", True),
    (THREAT, "Return the tent pegs or I'll hunt you down... with a friendly reminder 😇", False),
    # a party that "sets the club on fire"
    (THREAT, "Vi brænder klubben ned på fredag 🔥", True),
    (THREAT, "Vi sætter klubben i brand lørdag med den vildeste DJ 🔥🔥", False),
    # a sign-up deadline, a meeting at a time
    (THREAT, "Hvis du sladrer igen, så skal du bare se hvad der sker med dig", True),
    (THREAT, "Hvis I ikke sender jeres tilmelding inden mandag, mister I pladsen – bare så I ved det 😉", False),
    (THREAT, "æ ska nok find jer ved stranden ved 14-tiden, tag håndklæder med", False),
    # a child beaten at home with a belt is welfare's, not a threat
    (THREAT, "så får du tæsk, Emil", True),
    (THREAT, "min lillesøster får tæsk med bæltet når hun kommer for sent hjem", False),
    (WELFARE, "min lillesøster får tæsk med bæltet når hun kommer for sent hjem", True),
    # a carer "beats" you at a game played
    (WELFARE, "min far slår mig når han er fuld", True),
    (WELFARE, "far slår mig hver gang vi spiller skak, han er for stærk", False),
    (WELFARE, "min mor slår mig hver gang vi spiller kort, det er så irriterende", False),
    # not eating since breakfast on a busy day
    (WELFARE, "hun har ikke fået mad derhjemme i flere dage", True),
    (WELFARE, "har ikke spist siden frokost fordi vi havde travlt med at pynte salen 😅", False),
    # teaching, the organisation's first-aid course, a parent evening
    (WELFARE, "min veninde skader sig selv igen", True),
    (WELFARE, "Our 8th grade class talked about self-harm with the school nurse today", False),
    (WELFARE, "Husk førstehjælpskurset på tirsdag: vi øver bl.a. hvad man gør ved en overdosis", False),
    (WELFARE, "Snus and vaping among teens: a parent evening on Tuesday at 7 pm", False),
    # knife and blood emoji at someone, a peer's next push: a threat, not a sign
    (WELFARE, "🔪🩸 igen i nat, orker ikke mere", True),
    (WELFARE, "Oskar 🔪🩸 du ved godt hvad der sker i frikvarteret", False),
    (WELFARE, "Næste gang Jonas skubber min søster så brækker a hans næse", False),
    # a note left in someone's locker is a message to them, not a goodbye note
    (WELFARE, "She left a note saying goodbye to everyone and we can't reach her", True),
    (WELFARE, "Somebody left a note in my son's locker saying he'd regret coming back", False),
]


@pytest.mark.parametrize(("category", "text", "expected"), CASES, ids=[text[:40] for _, text, _ in CASES])
def test_focus_false_alarm_kinds(category: str, text: str, expected: bool) -> None:
    assert (category in found_categories(text, rules_only=True)) is expected


@pytest.mark.parametrize(("text", "flagged"), [
    ("målmanden skal ha en på hovedet i morgen, og ikk med bolden 😈", True),
    ("keeperen får en på skallen efter kampen, og det bliver uden for banen", True),
    ("Vi slår jer i morgen, hils jeres målmand 😉", False),
])
def test_harm_said_to_be_off_the_game_is_no_game(text: str, flagged: bool) -> None:
    assert ("conduct.threat" in found_categories(text)) is flagged
