"""Round 9: kinds of welfare statement a fresh set (a club leader's traffic) still missed, in our own wording,
beside hard negatives.

Kinds: no food at home and a carer asleep all day, carers who do not care, nobody at home, a child minding a
sibling alone, injuries seen at arrival to training with a carer's punishment, not daring to go home in a
subordinate clause, sleeping forever, thinking about ending it, no point anymore, wanting to be gone, not
deserving food (self-harm, not neglect), a threat to the reader with a knife. Only the three categories this
round owns are compared. All people are invented.
"""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

W, S, H = "welfare.concern", "personal.social", "personal.health"
MINE = frozenset({W, S, H})


def categories(text: str, lang: str) -> set[str]:
    return found_categories(text, lang, MINE)


# (id, text, lang, expected categories among the three)
CASES: list[tuple[str, str, str, set[str]]] = [
    # Neglect: no food, a carer asleep all day, carers who do not care, nobody home, minding a sibling alone.
    ("neglect-da-no-food-carer-asleep", "far ligger i sengen hele dagen, der er ik noget at spise", "da", {W, S}),
    ("neglect-en-no-food", "there's no food at our place again and mum sleeps all day", "en", {W, S}),
    ("neglect-neg-cafe-food", "der er ikke noget mad i caféen i dag, den er lukket", "da", set()),
    ("neglect-da-indifferent", "Oliver på 13 ryger hash hver dag og hans forældre er totalt ligeglade", "da", {W, S}),
    ("neglect-neg-indifferent-colour", "min mor er ligeglad med farven på trøjen, bare den passer", "da", set()),
    ("neglect-da-nobody-home", "en pige på 11 sidder tit ved kiosken, der er aldrig nogen hjemme", "da", {W}),
    ("neglect-da-sibling-alone", "æ passer min lillebror helt alene hver dag efter skole", "da", {W}),
    ("neglect-neg-babysit", "jeg passer min lillebror på lørdag mens mor er til fødselsdag", "da", set()),
    # Injuries seen on arrival at training, with a carer's punishment named.
    ("injury-da-arrival-punishment", "Noah møder op til træning med blå mærker og siger det er mors straf", "da",
     {W, S}),
    ("injury-neg-match-knock", "Noah fik blå mærker til kampen i går, det var en hård tackling", "da", set()),
    # Not daring to go home, in a subordinate clause.
    ("home-da-subordinate", "hun fortalte at hun ikke turde gå hjem efter klubben", "da", {W}),
    ("home-neg-weather", "vi turde ikke cykle hjem i den storm, så far hentede os", "da", set()),
    # Veiled suicidal talk.
    ("veiled-da-sleep-forever", "har lyst til bare at sove for evigt", "da", {W, H}),
    ("veiled-en-ending-it", "been thinking about ending it for a while now", "en", {W, H}),
    ("veiled-en-no-point", "i really don't see the point anymore", "en", {W, H}),
    ("veiled-da-gone", "jeg vil bare være væk.", "da", {W, H}),
    ("veiled-neg-away-from-here", "jeg vil bare væk herfra på sommerferie", "da", set()),
    ("veiled-neg-end-meeting", "let's end it there, the meeting ran long", "en", set()),
    # Not deserving food: an eating disorder (health), not neglect (social).
    ("eating-da-not-deserve", "Freja har ikke spist i to dage og siger hun ikke fortjener mad", "da", {W, H}),
    # A threat to the reader with a knife is no welfare sign.
    ("threat-da-knife-you", "Oskar, du får en kniv i maven næste gang du tager min plads", "da", set()),
]


@pytest.mark.parametrize(("case_id", "text", "lang", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round9_kinds(case_id: str, text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected, case_id
