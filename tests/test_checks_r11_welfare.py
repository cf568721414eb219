"""Round 11: welfare, social and health kinds two fresh sets missed, in our own wording, beside hard negatives.

Kinds: thrown against a wall at home, the belt as punishment, sent abroad to be married, fights every night at a
named child's home, money trouble in a family, a parent out of the child's life for years, skipping classes, cuts
hidden on the arms, thinking of jumping, a rope and a plan, cutting "to feel something", a named player injured
for the season; look-alikes: throwing a ball at the wall, a belt in the lost-and-found, a wedding abroad, noise at
a party, money for the club, "skadet" about a bus, a dive into the lake, a rope for climbing, the hyperbole "a
kunne slå mig selv ihjel". Only the three categories this round owns are compared. All people are invented.
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
    # Thrown or pushed against a wall at home; a ball against the wall is not.
    ("wall-da-stepdad", "min papfar skubbede mig ind i døren i går aftes, armen gør stadig ondt", "da", {W, S}),
    ("wall-da-brother", "storebror smider ham ind i væggen hver gang mor er på arbejde", "da", {W, S}),
    ("wall-en-dad", "my dad slammed me against the fridge last night and mum just watched", "en", {W, S}),
    ("wall-neg-ball", "vi kaster bolden mod væggen til opvarmning, tag indesko med", "da", set()),
    # The belt or a cable as punishment; a belt in the lost-and-found is not.
    ("belt-da-named", "Sander fik remmen af sin far igen fordi han kom for sent", "da", {W, S}),
    ("belt-en-stepdad", "Noor says her stepdad hits her with his belt when she talks back", "en", {W, S}),
    ("belt-neg-lost", "Der ligger et sort bælte i glemmekassen, hvem ejer det?", "da", set()),
    # Sent abroad to be married; a wedding abroad is not.
    ("marriage-da-sent", "Hibas familie siger hun skal sendes til hjemlandet for at blive gift til sommer, hun er 16",
     "da", {W, S}),
    ("marriage-neg-wedding", "Min kusine skal giftes i Italien til sommer, vi glæder os", "da", set()),
    # Fights every night at a named child's home; noise at a party is not.
    ("fights-da-hos", "Der er skænderier og ballade hver nat hos Malthe, han er helt smadret i skolen", "da", {S}),
    ("fights-neg-party", "Der var godt gang i råberiet til fodboldfesten i lørdags 😂", "da", set()),
    # Money trouble in a family; money for the club is not.
    ("money-da-family", "Idas mor fortalte, at de har økonomiske problemer efter skilsmissen", "da", {S}),
    ("money-en-family", "Leo's dad told me they're having money problems since the layoffs", "en", {S}),
    ("money-neg-club", "Klubben har fået penge fra fonden til nye bolde", "da", set()),
    # A parent out of the child's life for years.
    ("parent-da-absent", "Emils mor har aldrig set ham siden han var 3, han bor hos sin far", "da", {S}),
    ("parent-neg-holiday", "Emils mor har ikke set ham spille før, hun kommer på lørdag", "da", set()),
    # Skipping classes.
    ("skip-en-classes", "Rasmus has been skipping lessons all week, his mum called the office", "en", {S}),
    ("skip-neg-skip-rope", "We will be skipping rope in PE on Friday, bring trainers", "en", set()),
    # Cuts hidden on the arms; a graze from football is not.
    ("cuts-da-hidden", "Har I set Nora har snit på armene? hun gemmer dem under langærmet", "da", {W, H}),
    ("cuts-en-hidden", "Freya has scars on her wrists and always hides them with sleeves", "en", {W, H}),
    ("cuts-neg-graze", "Nora fik en skramme på armen til fodbold, men hun spillede videre", "da", set()),
    # Thinking of jumping; a dive into the lake is not.
    ("jump-da-bridge", "står på broen ved åen og overvejer at springe", "da", {W, H}),
    ("jump-en-thinking", "my friend Mia keeps thinking about jumping, she told me last night", "en", {W, H}),
    ("jump-neg-lake", "tænker på at hoppe i søen efter træning, hvem er med?", "da", set()),
    # A rope and a plan; a climbing rope is not.
    ("rope-da-plan", "Anton har skrevet at han har købt et reb og en plan, hvad gør vi", "da", {W, H}),
    ("rope-neg-climbing", "Husk reb og karabiner til klatreturen på fredag", "da", set()),
    # Cutting "to feel something"; feeling the music is not.
    ("feel-en-cutting", "cut again tonight just to feel something", "en", {W, H}),
    ("feel-da-numb", "a gør det kun for at kunne mærke noget igen 🖤", "da", {W, H}),
    ("feel-neg-music", "Vi skruer op for bassen, så man kan mærke noget i maven til koncerten", "da", set()),
    # A named player injured for the season; a damaged bus is not.
    ("injury-da-named", "Jonas Krag er blevet skadet og er ude resten af sæsonen 😕", "da", {H}),
    ("injury-en-named", "Sadly Amira Haddad got injured and will miss the final", "en", {H}),
    ("injury-neg-bus", "Bussen er desværre skadet, så vi tager toget til stævnet", "da", set()),
    # A person singled out as Indian; Indian food is not.
    ("ethnic-en-indians", "Ravi only hangs out with the other Indians, weird", "en", {S}),
    ("ethnic-neg-food", "Vi laver indisk mad på køkkenholdet på tirsdag", "da", set()),
    # The hyperbole "could kill myself" over a forgotten thing; a plain wish to die still counts.
    ("hyperbole-neg-da", "æ ku slå mig selv ihjel, har glemt gymnastiktøjet igen", "da", set()),
    ("hyperbole-neg-da-kunne", "jeg kunne slå mig selv ihjel over den aflevering 🙈", "da", set()),
    ("selfharm-da-real", "jeg vil slå mig selv ihjel, orker ikke mere", "da", {W, H}),
]


@pytest.mark.parametrize(("case", "text", "lang", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round11_kinds(case: str, text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected, case
