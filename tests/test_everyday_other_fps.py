"""False alarms on harmless everyday posts outside conduct.threat, each fixed at its cause, with harmless variants of
our own beside real cases of the same kind that must still fire: a friendly "can't even" with a rematch offered; a
likeness laughed at and then praised ("den er fed"); an insult adjective negated and measured ("ikke tyk nok"); a
name that is also a common word ("min") taken for the subject; a device that "died"; "the butler did it again"; the
boast "det er så hemmeligt at selv ... ikke ved det". Only the rules are judged (the category models are apart)."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

HARASS = "conduct.harassment"
SOCIAL = "personal.social"
HEALTH = "personal.health"
WELFARE = "welfare.concern"
CONFIDENTIAL = "personal.confidential"

# (kind, text, category): harmless posts of our own wording; the category must not be found
CLEAN = [
    ("rematch", "du kan ikke engang slå mig i ludo 😂 revanche på fredag", HARASS),
    ("rematch", "Mikkel can't even beat me at chess lol, rematch after lunch", HARASS),
    ("rematch", "hun kan ikke engang vinde i uno 😂 omkamp i morgen?", HARASS),
    ("praised", "du ligner en cowboy med den hat haha, den er så sej", HARASS),
    ("praised", "you look like a rockstar in that jacket lol, it's sick", HARASS),
    ("praised", "han ligner en pilot med de briller 😂 de klæder ham, det er fedt", HARASS),
    ("not enough", "isen på havnen er ikke tyk nok til skøjter endnu", HARASS),
    ("not enough", "the ice on the pond is not thick enough yet, stay off it", HARASS),
    ("not enough", "dejen var ikke tyk nok, så pandekagerne flød ud", HARASS),
    ("common-word name", "min kage var lidt grim men den smagte godt", HARASS),
    ("common-word name", "min tegning var virkelig grim haha, men det var sjovt", HARASS),
    ("device died", "my phone died halfway through the tour, so no more photos", SOCIAL),
    ("device died", "the controller died in the last round, gg anyway", SOCIAL),
    ("device died", "her laptop battery died right before the presentation", SOCIAL),
    ("did it again", "the quiz night was great, and the red team did it again!", WELFARE),
    ("did it again", "what a match, our keeper did it again 🧤", WELFARE),
    ("did it again", "the murder mystery was fun, the gardener did it again", HEALTH),
    ("secret boast", "det er så hemmeligt at ikke engang lederen ved det endnu 🤫", CONFIDENTIAL),
    ("secret boast", "turen er så hemmelig, det er så hemmeligt at selv Emma ikke ved det endnu", CONFIDENTIAL),
]

# (kind, text, category): real cases of the same kinds that must still be found
FOUND = [
    ("rematch", "Victor ka ikk engang ramme bolden lol 🤡🤡", HARASS),
    ("rematch", "lmao Connor can't even kick a ball, absolute waste of space", HARASS),
    ("rematch", "Jonas kan ikke engang løbe 100 m 😂 din svækling", HARASS),
    ("praised", "haha jonas du ligner en forbrændt kartoffel på det billede 🤣 taber", HARASS),
    ("praised", "hahah se lige Emmas kjole, hun ligner en klovn 🤡🤡", HARASS),
    ("praised", "lol look at Tyler's haircut he looks like a thumb 😂 loser", HARASS),
    ("not enough", "Sofie du er så tyk", HARASS),
    ("not enough", "du er så grim lol", HARASS),
    ("common-word name", "Kasper er så tyk at han ikke kan løbe", HARASS),
    ("device died", "Emmas far døde i sidste uge, så hun er ikke i skole", SOCIAL),
    ("device died", "Noah's grandpa died last night so he won't be at training", SOCIAL),
    ("device died", "Lucas' dad was in the car and died, the funeral is on Friday", SOCIAL),
    ("did it again", "🔪🩸 har gjort det igen", WELFARE),
    ("did it again", "🩹🩸 har gjort det igen… ingen må vide det", HEALTH),
    ("did it again", "my friend Emma did it again last night, her arms are full of cuts", WELFARE),
    ("secret boast", "det er hemmeligt, men Sofie er gravid", CONFIDENTIAL),
    ("secret boast", "det er en hemmelighed, men Jonas' forældre skal skilles", CONFIDENTIAL),
]


@pytest.mark.parametrize(("kind", "text", "category"), CLEAN, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CLEAN)])
def test_everyday_kind_not_flagged(kind: str, text: str, category: str) -> None:
    assert category not in found_categories(text, rules_only=True), kind


@pytest.mark.parametrize(("kind", "text", "category"), FOUND, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(FOUND)])
def test_real_case_of_kind_still_flagged(kind: str, text: str, category: str) -> None:
    assert category in found_categories(text, rules_only=True), kind


@pytest.mark.parametrize(("text", "harassment"), [
    # the speaker's own thing as the subject, and a verb after "der" in a relative clause, are no insult ...
    ("har læst hele dagen, min hjerne er en kartoffel 🥔", False),
    ("det hold der taber i lasergame skal rydde op haha", False),
    # ... someone else's, a demonstrative "den der", and a plain insult still are
    ("hans hjerne er en kartoffel", True),
    ("Den der perker i 7.a skal bare holde kæft", True),
    ("Emil er en taber", True),
])
def test_own_things_and_relative_clauses(text: str, harassment: bool) -> None:
    assert ("conduct.harassment" in found_categories(text, rules_only=True)) is harassment
