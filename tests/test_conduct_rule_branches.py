"""Guarded substring tests find exactly the strings a text holds; the per-branch rule filter skips a rule only
when it cannot match; remembered cue families are those worked out afresh."""

from __future__ import annotations

import re

import pytest

from monitor.checks.base import Document
from monitor.checks.conduct_guards import guard_of, guarded, present
from monitor.checks.conduct_rule_branches import BranchFilter, rule_requirements
from monitor.checks.conduct_threat_veiled import _PRIMARY_GATES
from monitor.checks.conduct_view import view_of

STRINGS = ["'ll", "can't", "y'all", "ak47", "ak-47", "p-pladsen", "st.", "b&h", "💣", "🔪", "ᛋ", "88"]


@pytest.mark.parametrize(("string", "guard"), [("'ll", "'"), ("ak47", "4"), ("p-pladsen", "-"), ("b&h", "&"),
                                               ("st.", "."), ("🔪", "🔪"), ("88", "8")])
def test_guard_is_the_rarest_character(string: str, guard: str) -> None:
    assert guard_of(string) == guard


@pytest.mark.parametrize("text", [
    "we'll see y'all", "kan ikke, can't", "ak-47 og ak47 🔪", "mød op på p-pladsen kl. 8", "st. hans 💣",
    "b&h 88", "ᛋᛋ", "helt almindelig tekst uden noget", "", "'", "y'al", "p-plads", "blåbær ÿ", "blåbær 🔪 ÿ",
])
def test_present_is_exactly_the_strings_held(text: str) -> None:
    groups = guarded(STRINGS)
    expected = {s for s in STRINGS if s in text}
    found = present(groups, text)
    assert set(found) == expected
    assert len(found) == len(expected)


# (rule, texts it matches, texts none of its branches can match)
RULES = [
    (r"\b(?:du\s+ved\s+ikke\s+hvem\s+du\s+roder\s+med|husk\s+hvem\s+du\s+har\s+med\s+at\s+gøre|don't\s+know\s+who)\b",
     ["husk hvem du har med at gøre", "du ved ikke hvem du roder med", "you don't know who"],
     ["husk madpakken i morgen", "hvem kommer?", "I know who won"]),
    (r"(?=[btw])(?:\b(?:bring|take)\s+(?:a|my)\s+(?:knife|gun)\b|\bwatch\s+your\s+back\b)",
     ["bring a knife", "take my gun", "watch your back"],
     ["bring a cake", "take a seat", "watch the game"]),
]


@pytest.mark.parametrize(("source", "matching", "skipped"), RULES)
def test_branch_filter_skips_only_rules_that_cannot_match(source: str, matching: list[str],
                                                          skipped: list[str]) -> None:
    pattern = re.compile(source)
    assert rule_requirements(source) is not None
    check = BranchFilter([pattern])
    for text in matching:
        assert pattern.search(text)
        assert check.may_match(0, text), text
    for text in skipped:
        assert not pattern.search(text)
        assert not check.may_match(0, text), text


@pytest.mark.parametrize("source", [
    r"\bdu\s+er\s+død\b",  # one branch: the rule index tested that already
    r"\b(\w+)\s+\1\b|\bhej\b",  # a backreference
    r"\b(?:\w+\s+\w+|hej)\b",  # a branch without a literal requirement
])
def test_rules_left_unfiltered(source: str) -> None:
    assert rule_requirements(source) is None
    assert BranchFilter([re.compile(source)]).may_match(0, "helt uden noget")


@pytest.mark.parametrize("text", [
    "jeg ved hvor du bor 😈", "vi kommer med kniven i morgen", "det er slut med dig", "Det var dræbende kedeligt",
    "Husk madpakke og vand", "I'll find you, y'all can't hide 🔪", "bare en helt almindelig tekst",
])
def test_remembered_families_are_the_fresh_ones(text: str) -> None:
    view = view_of(Document(text, None))
    first = _PRIMARY_GATES.families(view)
    again = _PRIMARY_GATES.families(view_of(Document(text, None)))
    fresh = tuple((_PRIMARY_GATES.names[number], _PRIMARY_GATES._search(number, units))  # noqa: SLF001
                  for number, units in sorted(_PRIMARY_GATES.live(view).items()))
    assert _comparable(first) == _comparable(again) == _comparable(fresh)


def _comparable(families: tuple[tuple[str, object], ...]) -> list[tuple[str, object]]:
    return [(name, getattr(search, "patterns", search)) for name, search in families]
