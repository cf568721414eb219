"""Veiled threats scored by cue families (target + harm/menace + ultimatum/agent/future), beside hard negatives."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from monitor.checks.conduct_threat_veiled import VeiledScorer, gate
from monitor.checks.conduct_view import view_of


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


@pytest.fixture(scope="module")
def scorer() -> VeiledScorer:
    return VeiledScorer()


# Each of these must be found by the veiled scorer on its own (not only by the phrase rules or frames).
VEILED = [
    # ultimatum + harm outcome
    ("ultimatum-keep-on-hospital", "bliver du ved på den måde, havner du på sygehuset"),
    ("ultimatum-again-ditch", "skriver du sådan om min datter igen, ender du i havnen"),
    ("ultimatum-if-coffin", "hvis du melder ham til træneren, så ender du i en kiste"),
    ("ultimatum-next-time-dead", "næste gang du råber af min søn er du død"),
    ("ultimatum-or-else-beating", "giv pengene tilbage, ellers får du nogle tæsk din klovn"),
    ("ultimatum-en-gang-til-skrinet", "rør min cykel en gang til og du får en på skallen"),
    ("en-ultimatum-jumped", "post that pic again and ur getting jumped after class"),
    ("en-ultimatum-pay", "if they kick my son off the team I will make them all pay"),
    ("en-keep-it-up-er", "keep it up and you'll end up in the hospital"),
    ("en-wait-till-stabbed", "just wait till friday, you're gonna get stabbed"),
    # menace markers, no harm word
    ("menace-know-school-think", "vi ved godt hvilken skole din lillebror går på. Tænk lidt over det"),
    ("menace-warned-know", "Vi ved hvor I bor. I er hermed advaret"),
    ("menace-my-boys-coming", "vi kommer efter dig på lørdag med mine fætre"),
    ("menace-behind-gym", "vi tager ham med bag hallen i morgen, så kan han lære det"),
    ("menace-last-time", "det er sidste gang du ydmyger min datter, du er advaret"),
    ("menace-days-numbered", "dine dage er talte, og vi kommer forbi"),
    ("en-menace-know-warned", "we know which car is yours. consider yourself warned"),
    ("en-menace-watching", "we're watching you, Jonas. sleep tight 😈"),
    ("en-menace-coming-for", "we're coming for you after practice, this isn't over"),
    ("menace-find-you", "din lede stikker, vi finder dig nok"),
    # weapons and fire with a target
    ("weapon-rifle-who-first", "min onkel har en riffel i skabet og jeg ved godt hvem der skal have den først"),
    ("weapon-knife-tomorrow", "jeg tager fars kniv med i skole på torsdag, så kan I lære det"),
    ("fire-clubhouse-soon", "snart brænder vi jeres klubhus ned 🔥"),
    ("fire-car-emoji", "hvis han ikke betaler står hans bil i flammer i nat 🔥🔥"),
    ("en-weapon-gun-school", "I'm taking my brother's gun to school on monday, y'all will see"),
    ("bomb-place-time", "der er en bombe i kantinen på onsdag, bare vent og se"),
    # inversion, dialect, subject dropped
    ("inversion-first-person", "efter timen tæsker vi Viggo, det er ikke for sjov"),
    ("dialect-a", "a ved godt hvor du bor, vi ses i aften 😈"),
    ("dropped-subject-know", "Ved godt hvor hun parkerer. Vi ses på mandag 👀"),
    ("passive-wish-role", "træneren skal fandme slås ihjel efter det her"),
    ("group-shot", "alle lærere skal skydes"),
    ("harm-with-name", "Mads du får tæsk efter skole"),
    ("never-home-safe", "jeg sørger for at din søn ikke kommer helt hjem fra turen"),
    ("regret-condition", "hvis du sladrer igen, så kommer du til at fortryde det, tro mig"),
    ("two-sentences", "Du har én chance mere. Ellers ender du på skadestuen."),
    ("three-short-sentences", "ved godt hvor hun bor. Vestergade 12. vi ses 😈"),
]

# Hard negatives: the same words with no threat.
CLEAN = [
    ("caring-traffic", "pas godt på jer selv i trafikken i aften ❤"),
    ("pickup-car", "vi venter på dig ved bilen kl 16, husk din taske"),
    ("pickup-late", "hvis han kommer for sent, venter vi på ham ved indgangen"),
    ("game-beat", "i morgen tæsker vi dem fra Langå i håndbold 💪"),
    ("game-fifa", "jeg smadrer dig i FIFA i aften, bare vent"),
    ("joke", "hvis du spiser min kage igen er du død 😂"),
    ("hospital-visit", "hun ligger på hospitalet, vi kommer forbi i morgen med blomster"),
    ("news-stabbing", "Politiet efterforsker et knivstikkeri i Vorup i nat, skriver avisen"),
    ("teaching-weapon", "I dag havde vi oplæg om knive og våben i nattelivet"),
    ("cooking-knife", "husk at tage en kniv med til madlavning i morgen"),
    ("scout-knife", "tag jeres egen kniv med på spejderturen på fredag"),
    ("regret-marketing", "hvis I ikke kommer til festen, kommer I til at fortryde det!"),
    ("learn-it", "I skal nok lære det, bare øv jer"),
    ("pay-fee", "hvis du ikke har betalt, så husk at betale for det inden fredag"),
    ("knowing-who", "jeg ved hvem der har taget min cykel, jeg har sagt det til pedellen"),
    ("fire-praise", "klubben brænder igennem i år 🔥🔥"),
    ("fire-passion", "vi brænder for jeres børn og for klubben"),
    ("fire-on-fire", "you were on fire tonight, the club is proud of you 🔥"),
    ("bomb-idiom", "det var bombe godt i går, tak for en fed aften"),
    ("drop-bomb", "så droppede hun bomben: hun flytter til Aarhus"),
    ("my-boys-praise", "mine drenge spillede en fantastisk kamp i dag"),
    ("behind-hall-meet", "vi mødes bag hallen kl 10 til cykeltur"),
    ("last-time-nostalgia", "sidste gang du var her var du kun 5 år"),
    ("think-about-it", "tænk over det inden du vælger linje, det er en stor beslutning"),
    ("warned-weather", "I er hermed advaret: det bliver koldt på lejren, tag varmt tøj med"),
    ("report-threat", "han truede med at slå mig, så jeg har sagt det til min lærer"),
    ("welfare-report", "hendes bror siger han slår hende hvis hun går med til festen"),
    ("self-hyperbole", "den her aflevering slår mig ihjel"),
    ("negated", "jeg ville aldrig gøre dig fortræd"),
    ("en-game-kill", "we're gonna kill it at the tournament tomorrow"),
    ("en-see-you", "see you tomorrow at the gym, bring water"),
    ("en-sorry", "sorry if this is the wrong place, I'll ask the teacher"),
    ("film", "i filmen siger skurken: vi ved hvor du bor, du er advaret"),
    ("seriously", "seriøst, tak til jer trænere for en fed sæson"),
]


def _veiled(scorer: VeiledScorer, text: str) -> list[tuple[str, int, int]]:
    return scorer.find(view_of(Document(text)))


@pytest.mark.parametrize("text", [t for _, t in VEILED], ids=[n for n, _ in VEILED])
def test_veiled_scorer_finds(scorer: VeiledScorer, text: str) -> None:
    assert _veiled(scorer, text)


@pytest.mark.parametrize("text", [t for _, t in VEILED], ids=[n for n, _ in VEILED])
def test_threat_check_flags_veiled(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_hard_negatives_not_flagged(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))


@pytest.mark.parametrize(("text", "rule"), [
    ("jeg tager fars kniv med i skole på torsdag, så kan I lære det", "threat.weapon"),
    ("Vi ved hvor I bor. I er hermed advaret", "threat.menace"),
    ("næste gang du råber af min søn er du død", "threat.violence"),
])
def test_rule_kind(scorer: VeiledScorer, text: str, rule: str) -> None:
    assert _veiled(scorer, text)[0][0] == rule


def test_span_covers_the_cues(scorer: VeiledScorer) -> None:
    text = "Tak for i dag. hvis du melder ham til træneren, så ender du i en kiste"
    [(_, start, end)] = _veiled(scorer, text)
    assert text[start:end].startswith("hvis") and text[start:end].endswith("kiste")


@pytest.mark.parametrize("text", ["Tak for en dejlig sæson til alle trænere og frivillige",
                                  "Husk madpakke og drikkedunk til turen på fredag"])
def test_gate_skips_ordinary_posts(text: str) -> None:
    assert not gate(view_of(Document(text)))
