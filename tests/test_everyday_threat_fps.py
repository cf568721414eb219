"""Everyday false alarms of the threat rules, fixed by kind: a lift or a pick-up after "I know where you live",
"vente og se" about a treat, "I'll find you" to hand something back, beating "them" with a flexed arm, a game
that becomes a "massacre", and the rival's "slut med jer" in a sentence that names the game. Each kind stands
beside real threats in the same words that must still fire."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


CLEAN = [
    # a lift or a pick-up after knowing where someone lives
    ("lift-da-samler", "jeg ved godt hvor du bor, Karens mor samler dig op ved lågen kl 7.15"),
    ("lift-da-saetter-af", "Vi ved hvor I bor, vi sætter jer af ved vejen efter stævnet"),
    ("lift-en-pick-up", "We know where you live, my dad will pick you up at 8 for practice"),
    ("lift-en-drop-off", "I know where you live, I can drop you off after the party"),
    # "vente og se" about a treat
    ("vent-bagt", "du skal bare vente og se hvad Ida har bagt til fredagscaféen"),
    ("vent-fest", "I kan bare vente og se, årsfesten bliver helt vild 🎉"),
    ("vent-overraskelse", "I må bare vente til på fredag, så afslører vi overraskelsen"),
    # "I'll find you" to hand something back
    ("find-hoodie", "I'll find you at lunch, I've got your hoodie from the trip"),
    ("find-keys", "we'll find you after class, Malik brought your keys"),
    # beating "them" with a flexed arm: team talk
    ("flex-taever", "vi tæver dem i morgen 💪 kom nu"),
    ("flex-en-smash", "we smash them on sunday 💪"),
    # a weapon unlocked in a game
    ("unlock-da", "har lige låst op for det nye gevær, I er så færdige på lørdag 😈"),
    ("unlock-en", "just unlocked the new rifle, you're in trouble now 😈"),
    # a game that becomes a massacre
    ("massakre-fodbold", "fodboldkampen mod Bjerringbro bliver en massakre, vi er klar"),
    ("massacre-en", "the handball match on friday is gonna be a massacre 😂"),
    # the rival's end in a sentence that names the game
    ("slut-kamp", "i returkampen er det slut med jer, vi har trænet hele ugen"),
    ("over-match", "next match it's game over for them, we're ready"),
]

THREATS = [
    ("home-da", "jeg ved godt hvor du bor, og jeg kommer forbi i nat"),
    ("home-da-pickup-elsewhere", "vi ved hvor du bor. Vi samler dig op på vej hjem og så får du tæsk"),
    ("home-en", "I know where you live. Watch your back"),
    ("home-en-plain", "we know where you live"),
    ("vent-tæsk", "du skal bare vente til i morgen efter skole, så får du tæsk"),
    ("vent-og-se", "du skal bare vente og se"),
    ("find-break", "I'll find you after practice and break your legs"),
    ("find-bare", "I'll find you after school"),
    ("flex-dig", "jeg smadrer dig i morgen 💪"),
    ("smadrer-jer", "vi smadrer jer efter skole"),
    ("massakre-skolen", "der kommer en massakre på skolen i morgen"),
    ("massacre-en-school", "there will be a massacre at the school tomorrow"),
    ("slut-dig", "vi kommer med 10 mand i aften og så er det slut med dig"),
    ("slut-jer-gevaer", "en dag tager jeg min fars jagtgevær med på skolen og så er det slut med jer alle"),
]


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_everyday_kinds_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_real_threats_of_the_same_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize(("text", "flagged"), [
    # a lift in the past tense, a relay, a personal best: from two more everyday sets
    ("Jeg ved godt hvor I bor, jeg har sat Emma af før 😄 så jeg holder udenfor ved 18-tiden", False),
    ("I know where you live, I dropped the kids off last time 😄 see you around six", False),
    ("vi smadrer jer i stafetten på lørdag 😤", False),
    ("jeg slår din pers inden jul, skriv det ned", False),
    ("I'll beat your PB before Christmas, write it down", False),
    ("jeg slår dig ihjel inden jul", True),
    ("I'll beat your face in", True),
])
def test_everyday_twins_from_later_sets(text: str, flagged: bool) -> None:
    assert bool(list(ThreatCheck(CheckContext()).scan(Document(text)))) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a joint plan, a meeting at a café, a knife-safety session, an epic surprise
    ("I'll find you at break and we can go to the canteen", False),
    ("text me when you're done and I'll meet you by the café", False),
    ("a finder dig efter timen, så går vi til træning sammen", False),
    ("Knife safety session on Thursday. Bring your own bushcraft knife if you have one", False),
    ("du skal bare vente og se, det bliver episk", False),
    ("I'll find you after school and we can settle this 👊", True),
    ("du skal bare vente og se 😈", True),
    ("bring a knife to school tomorrow and we'll see who laughs", True),
])
def test_everyday_twins_seen_last(text: str, flagged: bool) -> None:
    assert bool(list(ThreatCheck(CheckContext()).scan(Document(text)))) is flagged
