"""The rule index: which rules of a list may match a post, from gate words and the literals every match holds.

Both are necessary conditions (``regex_requirements``, ``literal_bits``), so skipping the other rules hides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache, reduce
from operator import or_
from typing import TYPE_CHECKING

from monitor.checks.conduct_guards import Guards, guarded, present
from monitor.checks.literal_bits import WORD_LITERAL, requirement_bit, start_bit, word_bit
from monitor.checks.regex_requirements import required_literals

if TYPE_CHECKING:
    from monitor.checks.conduct_patterns import RuleGate
    from monitor.checks.conduct_view import View


_MAX_PLANS = 20_000  # remembered combinations of bits per index; emptied past this, so memory stays flat




@lru_cache(maxsize=4096)
def _shared_guards(strings: tuple[str, ...]) -> tuple[tuple[str, ...], Guards]:
    """``strings`` and their guard groups, one object each for all plans that share them (memory stays small)."""
    return strings, guarded(strings)


# --- picking the rules a post may match ---------------------------------------------------------
class RuleIndex:
    """The rules of a list that may match a view: gate words and heads looked up in two set
    intersections, then the literal strings each rule's matches must contain (``required_literals``)
    tested as substrings. Both are necessary conditions, so skipping the other rules hides nothing;
    a clean post costs a few C-level operations instead of a regular expression per rule.
    """

    def __init__(self, rules: Sequence[tuple[re.Pattern[str], RuleGate | None]], limit: int = 2) -> None:
        """``limit``: how many requirements per rule are tested (``required_literals``); more filter better
        when a rule's cheapest ones are common words, at the cost of more bits."""
        by_word: dict[str, list[int]] = {}
        by_head: dict[str, list[int]] = {}
        always: list[int] = []
        for number, (_, gate) in enumerate(rules):
            if gate is None:
                always.append(number)
                continue
            for word in gate.words:
                by_word.setdefault(word, []).append(number)
            for head in gate.heads:
                by_head.setdefault(head, []).append(number)
        self.always = tuple(always)
        self.by_word = {k: tuple(v) for k, v in by_word.items()}
        self.by_head = {k: tuple(v) for k, v in by_head.items()}
        self.words = frozenset(by_word)
        self.heads = frozenset(by_head)
        self.needs = [tuple(tuple(sorted(need)) for need in required_literals(pattern, limit)) for pattern, _ in rules]
        # per rule: the bits of its requirements, and those that may also be met by strings other than
        # word literals (searched in the text only when the words do not meet them)
        self.masks: list[int] = []
        self.others: list[tuple[tuple[int, tuple[str, ...]], ...]] = []
        for needs in self.needs:
            bits = [requirement_bit(frozenset(need)) for need in needs]
            self.masks.append(sum(bits))
            self.others.append(tuple((bit, others) for bit, need in zip(bits, needs, strict=True)
                                     if (others := tuple(s for s in need if not WORD_LITERAL.fullmatch(s)))))
        # a requirement met by none of its word literals fails unless one of its other strings is there:
        # when two rules share such a requirement it is searched once (``searched``)
        # gate words and heads as bits of the text's mask: bit -> the rules it opens
        by_bit: dict[int, list[int]] = {}
        for key, numbers in self.by_word.items():
            by_bit.setdefault(word_bit(key), []).extend(numbers)
        for key, numbers in self.by_head.items():
            by_bit.setdefault(start_bit(key) if len(key) == 3 else 0, []).extend(numbers)
        self.by_bit = {bit: tuple(numbers) for bit, numbers in by_bit.items()}
        self.gate_mask = 0 if 0 in by_bit else sum(by_bit)  # 0: a head that is no bit, use the sets
        self.relevant = self.gate_mask | reduce(or_, self.masks, 0)  # the bits of a text's mask read here
        self._plans: dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], Guards]] = {}
        self._resolved: dict[tuple[int, tuple[str, ...]], tuple[int, ...]] = {}  # (bits, strings held) -> rules

    def candidates(self, view: View) -> list[int]:
        met = view.needs_met()
        if met is None or not self.gate_mask:
            return self._by_sets(view, met)
        # The gates and the word-literal requirements depend on the text's bits only, so what they decide is
        # remembered per combination of the bits this index reads. Rules whose requirements other strings may
        # meet ("'ll", "st.", an emoji) are pending; which of those strings the text holds (found behind guard
        # characters, ``conduct_guards``) decides them, so that answer is remembered per pair as well.
        key = met & self.relevant
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plan(key)
        decided, pending, others, guards = plan
        if not any(map(view.text.__contains__, others)):
            return list(decided)  # no pending rule can meet its requirements: none of their other strings is here
        strings = present(guards, view.text)
        found = self._resolved.get((key, strings))
        if found is None:
            passed = self._meeting(view, met, pending)
            found = tuple(sorted(decided + tuple(passed))) if passed else decided
            if len(self._resolved) >= _MAX_PLANS:
                self._resolved.clear()
            self._resolved[key, strings] = found
        return list(found)

    def _plan(self, met: int) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], Guards]:
        """The rules the gates of ``met`` open that meet their requirements, and those (in order) that may still
        meet them through strings other than word literals (a search in the text decides, see ``_meeting``), and
        all of those strings (empty when nothing is pending): a text without one of them leaves every pending
        rule out, so a clean post costs a few substring tests (C speed) instead of a loop over rules.

        A search only ever sets the bit of a requirement holding such strings, and every rule with that
        requirement is pending then, so rules decided here are decided whatever the searches find.
        """
        gated = met & self.gate_mask
        if not gated:
            numbers: Iterable[int] = self.always
        elif not self.always and not gated & (gated - 1):
            numbers = self.by_bit[gated]  # one gate bit: its rules, ascending
        else:
            found = set(self.always)
            by_bit = self.by_bit
            while gated:
                low = gated & -gated
                found.update(by_bit[low])
                gated ^= low
            numbers = sorted(found)
        masks, others = self.masks, self.others
        decided: list[int] = []
        pending: list[int] = []
        for number in numbers:
            mask = masks[number]
            if met & mask == mask:
                decided.append(number)
            elif others[number]:
                pending.append(number)
        if len(self._plans) >= _MAX_PLANS:
            self._plans.clear()
        held = {string for number in pending for _, need in others[number] for string in need}
        strings, guards = _shared_guards(tuple(sorted(held)))
        plan = self._plans[met] = (tuple(decided), tuple(pending), strings, guards)
        return plan

    def _by_sets(self, view: View, met: int | None) -> list[int]:
        """``candidates`` with the gates tested as set intersections (a huge post, or no gate bits)."""
        words = self.words.intersection(view.words)
        heads = self.heads.intersection(view.heads) if self.heads else ()
        if words or heads:
            found = set(self.always)
            for word in words:
                found.update(self.by_word[word])
            for head in heads:
                found.update(self.by_head[head])
            numbers: Iterable[int] = sorted(found)
        else:
            numbers = self.always
        if met is None:
            return self._by_search(view, numbers)
        return self._meeting(view, met, numbers)

    def _meeting(self, view: View, met: int, numbers: Iterable[int]) -> list[int]:
        """The rules of ``numbers`` whose literal requirements the text meets."""
        has = view.text.__contains__
        masks, others = self.masks, self.others
        searched = 0  # requirements whose other strings were searched already
        out = []
        for number in numbers:
            mask = masks[number]
            if met & mask == mask:
                out.append(number)
                continue
            rule_others = others[number]
            if not rule_others:
                continue
            for bit, strings in rule_others:
                if not (met | searched) & bit:
                    searched |= bit
                    if any(map(has, strings)):  # "'ll", "st.", an emoji: short, and rare in rules
                        met |= bit
            if met & mask == mask:
                out.append(number)
        return out

    def _by_search(self, view: View, numbers: Iterable[int]) -> list[int]:
        """``candidates`` for a huge post: the requirements searched as substrings of the text."""
        has = view.text.__contains__
        seen: dict[tuple[str, ...], bool] = {}  # rules of a file often share a requirement
        out = []
        for number in numbers:
            for need in self.needs[number]:
                present = seen.get(need)
                if present is None:
                    present = seen[need] = any(map(has, need))
                if not present:
                    break
            else:
                out.append(number)
        return out
