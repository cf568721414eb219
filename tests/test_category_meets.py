"""Where categories meet: discrimination aimed at someone named or tagged in the same sentence is harassment too
(TAXONOMY.md); a statement about a group with nobody named is not. All people are invented."""

from __future__ import annotations

import pytest

from monitor.checks.base import Document, Hit, Rule
from monitor.checks.category_meets import GROUP_INSULT_RULE, MEETINGS, group_insult
from monitor.checks.engine import Checker
from monitor.checks.normalise import fold
from tests.check_kit import found_categories


@pytest.mark.parametrize(("text", "harassment"), [
    ("Hamza spiller som en terrorist, typisk muslim 🙄", True),
    ("Jonas er bøsse 🤮 hold jer væk fra ham i omklædningen", True),
    ("@mikkel_99 typisk perker, gå hjem til dit eget land", True),
    ("muslimer skal ikke have lov at gå i klubben", False),
    ("girls shouldn't be allowed on the esports team", False),
    ("Today's history class was about racism in football", False),
])
def test_discrimination_aimed_at_a_named_person_is_harassment(text: str, harassment: bool) -> None:
    assert ("conduct.harassment" in found_categories(text)) is harassment


def _doc(text: str) -> Document:
    doc = Document(text)
    doc.__dict__["folded"] = fold(text)
    return doc


def test_the_meeting_reads_only_discrimination_hits() -> None:
    doc = _doc("Emma er muslim")
    assert list(group_insult(doc, [])) == []
    discrimination = Hit(Rule("x.d", "conduct.discrimination", "da", "en"), 0, 14)
    assert [hit.rule for hit in group_insult(doc, [discrimination])] == [GROUP_INSULT_RULE]


def test_no_second_harassment_hit_when_harassment_was_found() -> None:
    doc = _doc("Emma er en klam idiot, typisk muslim")
    found = [Hit(Rule("x.h", "conduct.harassment", "da", "en"), 11, 16),
             Hit(Rule("x.d", "conduct.discrimination", "da", "en"), 23, 36)]
    assert list(group_insult(doc, found)) == []


def test_meeting_rules_are_documented_and_listed() -> None:
    rules = Checker().rules
    for _, rule in MEETINGS:
        assert rule in rules and rule.explanation_da and rule.explanation_en


@pytest.mark.parametrize("text", ["christians are brainwashed idiots",
                                  "Vi holder gaderne fri for perkere, skriver Soldiers of Odin"])
def test_a_plural_or_a_group_name_is_no_named_person(text: str) -> None:
    assert "conduct.harassment" not in found_categories(text)
