"""A game explains threat wording away only when it is named in the same sentence or the one before: a post that
mentions last night's match and, further on, threatens someone is a threat. Nor does a game named just before explain
away a threat set where or when no game is played ("on the way home", or "after school" with harm no game deals)."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from monitor.checks.conduct_threat_context import game_near


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


@pytest.mark.parametrize(("text", "flagged"), [
    # the game two sentences or more before the threat
    ("Tak for en god kamp i går. Husk træning tirsdag. Jeg slår dig ihjel Mads, vent bare.", True),
    ("Great match on Sunday! Bus leaves at 8. Oliver, I'm going to stab you after school.", True),
    ("Vi spillede Fortnite hele natten. Det var sjovt. I morgen stikker jeg ham ned.", True),
    # the target's class between the target and the particle; its full stop ends no clause
    ("Mor var sur. I morgen stikker jeg ham fra 9.b ned.", True),
    ("i morgen banker vi ham fra 8a ned", True),
    ("han er fra 9.b ned til mindste detalje", False),
    ("vi slog dem fra 8.c med 5-0 i går", False),
    # the game in the same sentence or the one before: play talk
    ("jeg dræber dig i fortnite i aften", False),
    ("Fortnite i aften! Jeg dræber jer allesammen", False),
    ("cs2 turnering lørdag!! vi skyder dem i stykker 🔫🎮", False),
    ("kan vi ikke lave en fodboldkamp mod lærerne? vi slår dem sønder og sammen", False),
    # the game just before, but the threat is set where and when no game is played
    ("Great game last night, the team played brilliantly. I'm going to hurt you after school, you'll see.", True),
    ("God kamp i går. Jeg finder dig på vej hjem og så slår jeg dig ihjel", True),
    ("Fed kamp i går. Jeg banker dig efter skole", False),  # "banke" after school may be the next match
    ("Fortnite i aften! Jeg dræber jer efter skole", False),
    ("vi smadrer jer i FIFA efter skole", False),  # the game in the threat's own sentence
])
def test_a_game_counts_only_near_the_threat(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


@pytest.mark.parametrize(("text", "needle", "near"), [
    ("jeg dræber dig i fortnite", "dræber", True),
    ("Fortnite i aften! Jeg dræber jer", "dræber", True),
    ("Fortnite i aften! Mor er sur. Jeg dræber jer", "dræber", False),
    ("Jeg dræber jer. Fortnite i aften", "dræber", False),  # a game after the sentence's end does not count
    ("Great game. I'm going to hurt you after school", "hurt", False),
    ("Great game. I'm going to kill you after school", "kill", True),
    ("", "", False),
])
def test_game_near_reads_the_sentence_and_the_one_before(text: str, needle: str, near: bool) -> None:
    start = text.find(needle)
    assert game_near(text.lower(), start, start + len(needle)) is near
