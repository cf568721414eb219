"""Round 8 kinds of threat (agentless violence announced, details of someone held, visits announced, friends
who will act, revenge coming, purges, proposals to beat someone, mock regret about a named thing, unsafe
property), each in new wording, beside hard negatives that share its words."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    # violence announced without an agent, with a time, an assurance or a weapon emoji
    ("agentless-shooting-time", "der bliver skyderi efter skole i morgen, tro mig"),
    ("agentless-bloodbath", "det ender med blodbad på fredag, det lover jeg"),
    ("agentless-blood-flow", "der kommer til at flyde blod i klubben i weekenden"),
    ("agentless-en-blood", "there will be blood tomorrow at that school"),
    ("agentless-en-someone", "someone is gonna get stabbed tonight, trust me"),
    ("bleed-all", "hævnen er nær, I kommer alle til at lide"),
    ("bleed-you", "snart kommer hævnen, Oliver. du skal bløde for det her"),
    ("pay-soon", "I skal alle sammen betale for det her, snart"),
    ("revenge-en", "payback is coming for you, Freja"),
    # details of someone found or held, the address told to its owner, the route known
    ("details-address", "jeg har fundet din adresse Sofie. vi ses snart 👋"),
    ("details-number-now", "vi har fået fat i hans mobilnummer nu, så kan han lære det"),
    ("details-en-address", "we have your address now Lucas, just wait"),
    ("address-visit", "du bor på Fasanvej 23 ikke? vi kommer forbi i aften"),
    ("school-known", "ved godt du går i skole på Rismølleskolen. vi ses 👀"),
    ("route-known", "jeg kender din rute hjem fra træning, Magnus"),
    ("time-known-kin", "vi ved hvad tid din lillebror får fri fra skole 🙂"),
    ("bus-known", "Vi ved hvilken bus du tager hjem, Ida. tænk over det"),
    # visits announced, waiting outside
    ("outside-window", "vi står uden for dit vindue i nat"),
    ("visit-paid", "vi aflægger ham et lille besøg efter klubben"),
    ("home-at-night", "vi kommer hjem til dig i nat, Sara"),
    ("en-waiting-house", "i'll be waiting outside your house tonight"),
    # friends who will act
    ("friends-not-nice", "jeg har venner der ikke er lige så søde som mig, Emil"),
    ("en-people-know", "I know people who know where you live"),
    ("en-friends-meet", "I have friends who would love to meet you after school"),
    ("cousins-greet", "mine fætre vil gerne hilse på dig efter skole"),
    # purge, proposals to beat someone, beatings given
    ("purge-town", "Snart renser vi byen for indvandrere, vi starter med moskeen"),
    ("proposal-why-not", "hvorfor ikke bare tæske ham efter træning"),
    ("proposal-let-us", "lad os give Sebastian en omgang bag hallen 👊"),
    ("give-beating", "vi giver ham en røvfuld på fredag"),
    # mock regret, unsafe property and peace, time running out
    ("mock-injury", "det ville være ærgerligt hvis din lillesøster kom til skade på vej hjem 🙂"),
    ("mock-en-dog", "would be a shame if something happened to your dog 🙂"),
    ("mock-named-first", "din bil holder jo ude foran hver nat. det ville være synd hvis den brændte 🙂"),
    ("mock-en-car", "Nice car you have there Mr Jensen. would be a pity if it caught fire 😉"),
    ("unsafe-property", "du skal ikke regne med at din knallert står der i morgen"),
    ("unsafe-peace", "du får ikke lov at gå i fred i morgen"),
    ("last-day", "det bliver din sidste dag på skolen, tro mig"),
    ("over-with-you", "snart er det slut med dig, Alberte"),
    ("your-time", "vent bare Viktor, din tid kommer"),
    ("you-are-next", "du er den næste 😈"),
    ("lucky-walking", "ur lucky ur still walking tbh. next time not so lucky"),
    ("emoji-name-day", "🔪🔪 mikkel i morgen efter skole"),
    ("emoji-behind-church", "vi ses bag kirken i aften 🔪"),
    ("goodnight-knife", "godnat Emil 🙂🔪"),
    # who they are dealing with, a relative's record, escalation, accidents with a wink
    ("messing-with", "du ved ikke hvem du roder med"),
    ("en-messing-with", "you don't know who you're messing with"),
    ("cousin-inside", "min fætter har siddet inde for vold, bare så du ved det"),
    ("next-time-not-only", "næste gang er det ikke kun din cykel"),
    ("accidents-wink", "uheld sker jo, Karl 😉"),
]

CLEAN = [
    ("shame-miss-trip", "det ville være ærgerligt hvis du gik glip af turen 🙂"),
    ("shame-helmet", "Det er en skam hvis nogen kom til skade, så husk hjelm"),
    ("soon-holiday", "snart kommer sommerferien, I skal alle sammen slappe af"),
    ("revenge-sport", "hævnen var sød da vi vandt 3-1 over Langå"),
    ("shots-on-goal", "der kommer skud på mål hele kampen, tro mig"),
    ("party-trust", "det bliver en vild fest på fredag, tro mig"),
    ("en-pizza", "there will be pizza tomorrow"),
    ("address-system", "jeg har fundet din adresse i systemet, så brevet er sendt"),
    ("number-signup", "vi har dit nummer fra tilmeldingen og ringer hvis bussen er forsinket"),
    ("en-number-file", "we have your number on file and will text you tomorrow"),
    ("address-cycle", "du bor på Fasanvej 23 ikke? så kan du cykle med Oskar"),
    ("address-party", "Hun bor på Ahornvej 7, fest lørdag 🎉"),
    ("friends-camp", "jeg har venner der gerne vil med på lejren"),
    ("en-people-homework", "I know people who can help with homework"),
    ("outside-hall-bus", "vi står uden for hallen og venter på bussen"),
    ("visit-new-hall", "vi aflægger den nye hal et besøg i morgen"),
    ("tidy-clubhouse", "Vi rydder op i klubhuset efter festen på lørdag"),
    ("round-applause", "lad os give holdet en omgang klapsalver"),
    ("round-ice-cream", "vi giver en omgang is efter træning"),
    ("teaser", "Nyt program kommer snart. vent bare 😉"),
    ("behind-hall-football", "vi ses bag hallen kl 16 til fodbold"),
    ("paintball-shot", "Paintball trip on Saturday: bring old clothes, you WILL get shot 😄"),
    ("like-book", "du kommer til at lide den nye bog, Ida"),
    ("die-laughing", "I kommer til at dø af grin til revyen"),
    ("big-hand", "Giv lige Sebastian en stor hånd for indsatsen 👊"),
    ("drop-by-cake", "Vi kigger forbi klubben i morgen med kage"),
    ("see-you-tonight", "vi ses i aften 👋 Jonas"),
    ("bike-theft", "hold øje med din cykel, der har været tyverier 🙂"),
    ("why-not-walk", "hvorfor ikke bare tage en tur i skoven"),
    ("time-off-bus", "vi ved hvad tid I får fri, så bussen venter 🙂"),
    ("route-cycle", "jeg kender ruten hjem fra træning, vi cykler sammen"),
    ("mock-miss-show", "det ville være synd for din mor hvis hun gik glip af forestillingen 🙂"),
    ("last-day-farewell", "det bliver din sidste dag på skolen, vi kommer til at savne dig ❤"),
    ("over-school-year", "snart er det slut med skoleåret, tillykke alle sammen"),
    ("home-cake", "vi kommer hjem til dig i aften med lagkage 🎂"),
    ("not-pay-trip", "I skal ikke betale for turen, den er gratis"),
    ("en-waiting-school", "I'll be waiting outside the school at 3"),
    ("next-on-list", "du er den næste på listen til lejren"),
    ("nosebleed", "der kommer blod i næsen når man er forkølet"),
    ("people-tidy", "jeg har folk der tager sig af oprydningen efter festen"),
    ("accident-helmet", "uheld sker jo, husk cykelhjelm"),
    ("who-won", "du ved ikke hvem der vandt? det gjorde 8.b"),
    ("goodnight-all", "godnat alle sammen 🙂"),
    ("next-time-class", "næste gang er det ikke kun 7.a der skal med"),
    ("en-unsafe-self", "I don't feel safe going home tonight, can someone walk with me?"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round8_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round8_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
