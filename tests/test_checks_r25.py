"""Round 25: stock idioms of menace from the tail of threats that neither the rules nor the model found across the
labelled sets, each with the innocent use of the same words beside it."""

from __future__ import annotations

import pytest

from tests.test_checks_r23 import _rule_categories

IDIOMS = [
    ("Tell the coach he won't see it coming.", True),
    ("The ending of that film is amazing, you won't see it coming", False),
    ("Tell Sara to stop talking about me or she'll need a new face", True),
    ("Min morfar har brug for nye knæ efter sommeren", False),
    ("held og lykke med at komme hjem i dag Jonas, vi er mange 😈", True),
    ("Held og lykke med at komme hjem i den sne i aften, kør forsigtigt", False),
    ("Pray you're not alone when I find you, Mia", True),
    ("Would be awful if the ropes got cut the night before the show. Just saying.", True),
    ("It would be a shame if the cake got cut before the guests arrive", False),
    ("Hope your car likes fire, Mr Holm.", True),
    ("Hope your car likes the new tyres!", False),
    ("I've made a list. You'll all find out what it's for soon.", True),
    ("I've made a list of what to bring. You'll all find out at the meeting", False),
    ("my cousins are coming to the away game and they're not coming for the football", True),
    ("My cousins are not coming for the game, they only come for the hot dogs haha", False),
    ("Skriv bare videre, Ali. Hver eneste kommentar er en tand mindre", True),
    ("Every single comment is one step closer to 1000 followers", False),
    ("Mit råd: hold dig væk fra parken om natten. Folk derude kender dit navn nu.", True),
    ("Folk kender dit navn nu efter sejren i weekenden, tillykke!", False),
    ("ved godt hvem der sladrede. du får det at mærke 🤜", True),
    ("du får det at mærke i benene i morgen efter den træning", False),
    ("den næste der rører min mobil får den stoppet ned i halsen", True),
    ("Stop shoving your opinions down my throat", False),
    ("vi glæder os til at tørre det smil af dig", True),
    ("we will wipe that smile off their faces on Saturday", False),
    ("ka du li dit ansigt som det er? så hold dig væk fra banen", True),
    ("kan du lide dit nye ansigtsmaleri?", False),
    ("I bør nok holde lukket torsdag 💣💥", True),
    ("Vi holder lukket torsdag pga. ferie 🎉", False),
    ("På lejren skal Jonas nok få en lille ulykke. Det ku jo ske for alle 🤷", True),
    ("hun fik et lille uheld med malingen i går haha 🤷", False),
    ("when you get back there's a few of us waiting at the station for you", True),
    ("when you get back we'll be waiting at the bus stop to pick you up", False),
    ("one more word and I'm cutting you", True),
    ("I'm cutting you a slice of cake", False),
]


@pytest.mark.parametrize(("text", "threat"), IDIOMS)
def test_stock_idioms_of_menace(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


def test_cutting_someone_is_no_self_harm() -> None:
    assert "welfare.concern" not in _rule_categories("one more word and I'm cutting you")
