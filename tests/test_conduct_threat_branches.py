"""The family split into branches and units finds exactly what the whole pattern finds; the rule index's remembered
candidates are those it computes without remembering."""

from __future__ import annotations

import re

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ExtremismCheck, ThreatCheck
from monitor.checks.conduct_threat_branches import FamilyGates, UnitSearch, _tree, _units, branches
from monitor.checks.conduct_view import view_of

# (family source, texts): every unit together, and the live units alone, must match as the whole pattern does
FAMILIES = [
    (r"\b(?:slår|smadrer)\s+(?:dig|jer)\b|\bdu\s+er\s+død\b",
     ["jeg slår dig", "smadrer jer nu, du er død", "slår ham ikke", "du er døden nær"]),
    (r"\b(?:(?:en\s+på|et\s+par\s+på)\s+(?:skallen|kassen)|får\s+(?:du|i)\s+tæsk)\b",
     ["du får en på skallen", "så får I tæsk og et par på kassen", "en på skallet", "får du tæsker"]),
    # a head that may match in several ways stays one unit: "vi ses" before "vi ses i morgen"
    (r"\bvi\s+(?:ses|ses\s+i\s+morgen)\b|\b(?:ses|tak)\b",
     ["vi ses i morgen", "vi ses", "tak for i dag, ses", "vis ses ikke"]),
    # overlapping units: the first unit wins a tie at one position, the leftmost start wins otherwise
    (r"\b(?:ab|abc|bcd)\w*",
     ["abcd", "xbcd abc", "ab bcd abcde", "zzz"]),
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("source", "texts"), FAMILIES)
def test_units_together_match_as_the_family(source: str, texts: list[str]) -> None:
    whole = re.compile(source)
    units = UnitSearch(tuple(re.compile(unit) for unit, _ in _units(_tree(source))))
    for text in texts:
        assert _spans(units.finditer(text)) == _spans(whole.finditer(text)), text
        assert _spans(units.finditer(text, 2, len(text) - 1)) == _spans(whole.finditer(text, 2, len(text) - 1))


@pytest.mark.parametrize(("source", "texts"), FAMILIES)
def test_units_cover_every_branch(source: str, texts: list[str]) -> None:
    assert sum(size for _, size in _units(_tree(source))) == len(branches(source))


def test_a_head_that_may_match_in_several_ways_is_not_split() -> None:
    source = r"\bvi\s+(?:ses|ses\s+i\s+morgen)\b|\b(?:ses|tak)\b"
    units = [unit for unit, _ in _units(_tree(source))]
    assert units[0] == r"\bvi\s+(?:ses|ses\s+i\s+morgen)\b"
    assert units[1:] == [r"\bses\b", r"\btak\b"]


def _view(text: str):  # type: ignore[no-untyped-def]
    return view_of(Document(text))


@pytest.mark.parametrize(("text", "opened"), [
    ("jeg smadrer dig i morgen", True),
    ("du får en på skallen", True),
    ("vi ses i morgen til træning", False),  # no literal of any branch
    ("resmadrer jeres bil", True),  # the literals are there inside words: the family still runs, finds nothing
    ("smadrer cyklen", False),  # one literal of the branch only
])
def test_family_runs_only_when_a_branch_literal_is_there(text: str, opened: bool) -> None:
    gates = FamilyGates({"harm": r"\b(?:(?:en\s+på)\s+(?:skallen|kassen)|smadrer\s+(?:dig|jer))\b"})
    families = gates.families(_view(text))
    assert bool(families) is opened
    whole = re.compile(gates.sources[0])
    for _, search in families:
        assert _spans(search.finditer(_view(text).text)) == _spans(whole.finditer(_view(text).text))


@pytest.mark.parametrize("text", [
    "jeg ved hvor du bor, pas på dig selv",
    "I'll find you after school 🔪",
    "vi i Nordfront kommer snart 88",
    "14/88 til alle brødre",
    "vi ses til træning kl 17, husk madpakke",
    "st. Anders er en helt",
])
@pytest.mark.parametrize("check_class", [ThreatCheck, ExtremismCheck])
def test_remembered_candidates_are_the_uncached_ones(text: str, check_class: type) -> None:
    index = check_class(CheckContext()).index
    view = _view(text)
    for _ in range(2):  # computed, then remembered
        assert index.candidates(view) == index._by_sets(view, view.needs_met())
