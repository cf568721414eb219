"""Round 17, the other categories the three new sets showed missing, each in our own wording beside hard negatives:
Islamic State's victory prayed for, "heil" with a salute emoji and the fourteen words joined; swearing in pupils' other
languages and "dogshit"; a lost bus is no bereavement; parents splitting up in English, a child "i pleje hos" a
family, money trouble and a lost job; a carer's drinking as a state or habit, and a carer telling a child it is a
mistake (welfare and social); why a child dares not go home; test results and a pregnancy in English. Only the rule
checks are compared. All people are invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

X, P = "conduct.extremism", "conduct.profanity"
S, H, W = "personal.social", "personal.health", "welfare.concern"


@pytest.mark.parametrize(("text", "lang", "category", "expected"), [
    ("Islamic State fights for the true path, may Allah grant them victory", "en", X, True),
    ("vores klan hedder 14words88, skriv hvis du vil med", "da", X, True),
    ("sieg 🫡 brødre", "da", X, True),
    ("I historie lærer vi om Islamisk Stat og hvordan de rekrutterede unge", "da", X, False),
    ("we have 14 words to learn for the spelling test", "en", X, False),
    ("kurwa, glemte min madpakke", "da", P, True),
    ("the pizza was dogshit tbh", "en", P, True),
    ("det var pikkesejt i går", "da", P, True),
    ("Morten har mistet sin farfar", "da", S, True),
    ("Morten har mistet sin bus igen", "da", S, False),
    ("Emma's mum told me they're splitting up", "en", S, True),
    ("Vi har Aksel i pleje hos os fra i dag", "da", S, True),
    ("undskyld, vi har ikke penge denne måned, Viktors far har mistet sit arbejde", "da", S, True),
    ("the band are splitting up after the tour", "en", S, False),
    ("Karlas blodprøver var dårlige, så hun er hjemme i dag", "da", H, True),
    ("Congrats to Ms. Lund, our music teacher, who is expecting a baby in May!", "en", H, True),
    ("we are expecting a full house at the concert", "en", H, False),
])
def test_round17_other_categories(text: str, lang: str, category: str, expected: bool) -> None:
    assert (category in found_categories(text, lang, rules_only=True)) is expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("min far har ikke været ædru siden påske", "da", {W, S}),
    ("mum's drinking again so im staying at the club late", "en", {W, S}),
    ("my stepdad gets so angry when he drinks", "en", {W, S}),
    ("min mor siger jeg er en fejltagelse", "da", {W, S}),
    ("tør ikke tage hjem, far er fuld og råber", "da", {W, S}),
])
def test_round17_home_signs(text: str, lang: str, expected: set[str]) -> None:
    assert found_categories(text, lang, {W, S, H}, rules_only=True) == expected
