"""A necessary condition per branch of a phrase rule, read on first need.

The rule index (``conduct_literals.RuleIndex``) keeps up to two literal requirements for a whole rule; for a rule
of several alternatives ("du ved ikke hvem du roder med | husk hvem du har med at gøre | don't know who ...") a
requirement is the union of the alternatives' ones, so a common word of one alternative ("husk") opens the
whole rule on many clean posts. Here each branch (``conduct_threat_branches.branches``) has its own two
requirements: a post that meets those of no branch cannot match the rule (every match of the rule is a match of
one of its branches), and its regular expression, a scan of the whole post, is skipped.

Requirements are tested as substrings of the text the rule runs over (a word literal inside a word is in the
text too), and read from a rule only when it is first a candidate, so start-up pays nothing for rules that
clean posts never open. A rule is left unfiltered when some branch has no requirement, when it has one branch
only (the index tested that already), or when its tests would cost about a scan (``_MAX_TESTS``, expected
with ``regex_requirements.rarity``: a branch's two requirements are tested in the cheaper order).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.checks import regex_requirements
from monitor.checks.conduct_threat_branches import _BACKREFERENCE, branch_requirements, branches

# per distinct first (rarest) requirement of a branch: its strings (one needed), and the second requirements of
# the branches it opens (() for a branch with one requirement only: the first is enough)
Requirement = tuple[str, ...]
Requirements = tuple[tuple[Requirement, tuple[Requirement, ...]], ...]
_MAX_TESTS = 24.0  # expected substring tests a rule's filter may cost; past this, a scan is about as cheap


def _expected_tests(first: Requirement, second: Requirement) -> float:
    """Substring tests a branch costs when ``first`` is tested before ``second`` (which only when it holds)."""
    return len(first) + regex_requirements.rarity(frozenset(first)) * len(second)


def rule_requirements(source: str) -> Requirements | None:
    """The requirements of the branches of ``source`` grouped by first requirement; None for no filter."""
    try:
        if _BACKREFERENCE.search(source):
            return None  # spreading groups out would renumber the captures it refers to
        grouped: dict[Requirement, set[Requirement]] = {}
        count = 0
        for branch in branches(source):
            needs = [tuple(sorted(need, key=len)) for need in branch_requirements(branch)]
            if not needs:
                return None
            if len(needs) > 1 and _expected_tests(needs[1], needs[0]) < _expected_tests(needs[0], needs[1]):
                needs.reverse()  # the cheaper order of the two tests
            count += 1
            seconds = grouped.setdefault(needs[0], set())
            seconds.add(needs[1] if len(needs) > 1 else ())
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return None
    out = tuple((first, () if () in seconds else tuple(sorted(seconds))) for first, seconds in grouped.items())
    cost = sum(len(first) + regex_requirements.rarity(frozenset(first)) * sum(map(len, seconds))
               for first, seconds in out)
    if count < 2 or cost > _MAX_TESTS:
        return None
    return out


class BranchFilter:
    """``may_match(number, text)``: False only when no branch of rule ``number`` meets its requirements."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self._requirements: dict[int, Requirements | None] = {}

    def may_match(self, number: int, text: str) -> bool:
        try:
            requirements = self._requirements[number]
        except KeyError:
            pattern = self.patterns[number]
            requirements = None if pattern.flags & re.IGNORECASE else rule_requirements(pattern.pattern)
            self._requirements[number] = requirements
        if requirements is None:
            return True
        has = text.__contains__
        for first, seconds in requirements:
            if any(map(has, first)) and (not seconds or any(any(map(has, need)) for need in seconds)):
                return True
        return False
