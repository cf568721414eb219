"""A count of pills is a sign of self-harm when someone took them, whatever the medicine is called (ipren,
paracetamol, ibuprofen, painkillers as well as panodil and "piller"), and never when pills are only counted, bought
or stocked. All people are invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

W, H = "welfare.concern", "personal.health"


@pytest.mark.parametrize(("text", "expected"), [
    ("Min veninde Sofie har taget 20 ipren i nat og vil ikke sige hvorfor", {W, H}),
    ("my friend Jake took 30 paracetamol last night", {W, H}),
    ("Emil slugte 15 ibuprofen efter skænderiet derhjemme", {W, H}),
    ("Katja popped 12 painkillers after the fight with her mum", {W, H}),
    ("Liva har spist 25 panodiler og ligger på sengen", {W, H}),
    # counted, bought or stocked: no one took them
    ("Vi har 20 ipren i førstehjælpskassen", set()),
    ("Vi har 20 panodiler i førstehjælpskassen", set()),
    ("Køb 10 ipren og plastre til turen", set()),
    ("The first-aid kit holds 24 paracetamol and plasters", set()),
    ("Husk 2 ipren før turen hvis du har ondt i hovedet", set()),
])
def test_pill_counts(text: str, expected: set[str]) -> None:
    assert found_categories(text) & {W, H} == expected
