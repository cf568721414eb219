"""Threat false alarms that would make staff switch the monitor off, each fixed at its cause, with hard negatives of
our own wording beside the threats that share their words: the idiom "skyde festen i gang"; one weapon emoji heading
a recipe; games (Among Us, impostor, Warzone, play fights such as "vandkamp"); killing "alle" without a weapon word is
violence (game aware); a thing after "gonna smash that"; a beating reported at home (welfare's); mock regret over
grades; kin coming to watch someone play; an accident warning ("kan du brække armen"); living far away; staying home
with a fever; rival motion in a sentence naming the game; knives on an outdoor trip."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    "🔫🔫 til hele 8.b på mandag",
    "🔪 Mads du ved hvad du gjorde",
    "jeg brækker armen på dig hvis du sladrer",
    "hvis du sladrer brækker jeg armen på dig",
    "would be a shame if something happened to your car 😉",
    "my brothers are coming for you after school 😈",
    "we know you live on Skovvej 4 😈",
    "jeg dræber alle på skolen i morgen",
    "jeg skyder alle på skolen i morgen",
    "vi kommer efter jer efter kampen 😈",
    "jeg skyder skolen ned i morgen",
    "i'm gonna smash that kid's face in",
    "jeg ved hvor du bor, så pas bare på",
]

CLEAN = [
    "vi skyder weekenden i gang i hallen med pizza",
    "🔪 I dag laver vi lasagne, du skal bruge hakket oksekød og løg",
    "🔪 opskrift: du skal bruge 2 løg og en dåse tomater",
    "would be a shame if something happened to your grades this term",
    "det ville være en skam hvis der skete noget med dine karakterer",
    "my brothers are coming to watch you play on sunday",
    "mine brødre kommer for at se dig spille i finalen",
    "hvis du hopper fra muren kan du brække armen",
    "we know you live far away, so the meeting is online",
    "vi ved godt at du bor langt væk, så vi holder mødet online",
    "stay home if you have a fever this week",
    "skal vi spille Among Us i klubben? jeg er impostor og dræber alle 😈",
    "han dræber alle i warzone, sindssyg god",
    "pudekamp på lejren i aften, I er færdige 😈",
    "gonna murder that pizza after practice 🍕",
    "gonna smash that exam tomorrow 💪",
    "en elev fortalte at hun får tæsk derhjemme. Hvem tager underretningen?",
    "vi kommer efter jer i returkampen ⚽ glæd jer",
    "Skal man have egen kniv med på overlevelsesturen eller låner vi af jer?",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_sharing_the_words_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", CLEAN)
def test_false_alarms_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
