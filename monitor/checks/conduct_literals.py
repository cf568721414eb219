"""Literal strings that every match of a regular expression must contain, read from its parse tree.

A rule whose pattern needs "svastika" or "hakekors" cannot match a post that holds neither, and a
substring test (C speed) is far cheaper than running the regular expression. The analysis is
conservative: when in doubt it asks for nothing, so it never hides a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from itertools import product
from operator import or_
from re import _parser as sre  # type: ignore[attr-defined]
from typing import TYPE_CHECKING

from monitor.checks.conduct_guards import Guards, guarded, present

if TYPE_CHECKING:
    from monitor.checks.conduct_patterns import RuleGate
    from monitor.checks.conduct_view import View

_MAX_SET = 48  # most strings an exact set may hold before it is given up
_MAX_LEN = 30
REGEX_COST = 60  # one regular expression run over a post costs about this many substring tests
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzæøå0123456789 .,!?'-")

Needs = frozenset[str]  # one of these strings occurs in every match


@dataclass
class _Info:
    """What a piece of a pattern matches: ``exact`` is every string it can match (None when too many),
    ``needs`` are requirements each of which every match satisfies."""

    exact: set[str] | None
    needs: list[Needs] = field(default_factory=list)


# Words found in most posts: as a requirement they filter nothing, so a rarer one is preferred.
_FREQUENT = frozenset({
    "er", "var", "for", "til", "at", "og", "i", "de", "den", "det", "du", "han", "hun", "jeg", "vi", "på", "med",
    "som", "har", "en", "et", "the", "is", "are", "was", "to", "a", "an", "and", "of", "in", "it", "you", "he",
    "she", "we", "on", "be",
})


def _chance(text: str) -> float:
    if text.strip() in _FREQUENT:
        return 1.0
    chance = 3.0
    for char in text:
        if char not in _COMMON:
            return 1e-4
        chance *= 0.2 if char.isdigit() else 1 / 3
    return min(1.0, chance)


def rarity(needs: Needs) -> float:
    """Rough chance that a post holds one of the strings (lower is a better filter)."""
    return min(1.0, sum(map(_chance, needs)))


def _reduced(strings: set[str] | frozenset[str]) -> Needs:
    """Drop strings that contain another one of the set: the shorter one is found whenever they are."""
    kept: list[str] = []
    for candidate in sorted(strings, key=len):  # shortest first: a kept string can only be contained in longer ones
        if not any(short in candidate for short in kept):
            kept.append(candidate)
    return frozenset(kept)


def worth(needs: Needs) -> float:
    """Expected cost, in units of one substring test, of testing ``needs`` before running a regex."""
    return len(needs) + REGEX_COST * rarity(needs)


def _usable(strings: set[str] | None) -> Needs | None:
    if not strings or "" in strings:
        return None
    return frozenset(strings)


_LITERAL = sre.LITERAL


def _concat(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > _MAX_SET:
        return None
    joined = {a + b for a, b in product(left, right)}
    return joined if all(len(s) <= _MAX_LEN for s in joined) else None


def tree_items(node: object) -> list[tuple[object, object]]:
    """The items of a parsed (sub)pattern: its ``data`` list, which ``list(node)`` would copy by calling
    ``SubPattern.__getitem__`` (Python code) once per item; a list is returned as it is."""
    if isinstance(node, list):
        return node
    data = getattr(node, "data", None)
    return data if isinstance(data, list) else list(node)  # type: ignore[call-overload]


def _sequence(items: list[tuple[object, object]]) -> _Info:
    """A run of consecutive exact pieces is matched as one contiguous string: it becomes a requirement."""
    needs: list[Needs] = []
    run: set[str] = {""}
    exact = True
    for op, av in items:
        if op is _LITERAL and len(run) == 1:
            # the commonest step, one character after a single string: ``_concat`` without its sets
            (head,) = run
            if len(head) < _MAX_LEN:
                run = {head + chr(av)}  # type: ignore[call-overload]
                continue
        info = _node(op, av)
        needs.extend(info.needs)
        joined = _concat(run, info.exact)
        if joined is not None:
            run = joined
            continue
        exact = False
        closed = _usable(run)
        if closed is not None:
            needs.append(closed)
        run = set(info.exact) if info.exact is not None and len(info.exact) <= _MAX_SET else {""}
    if exact:
        return _Info(run, needs)
    closed = _usable(run)
    if closed is not None:
        needs.append(closed)
    return _Info(None, needs)


def _options(info: _Info) -> list[Needs]:
    exact = _usable(info.exact)
    return list(info.needs) + ([exact] if exact is not None else [])


def _branch_needs(infos: list[_Info]) -> list[Needs]:
    """One requirement for a set of alternatives: each alternative's cheapest option, united.

    Any choice is correct (every match of the branch matches one alternative, and so holds one of
    its strings); choosing per alternative keeps start-up linear in the size of the alternation.
    """
    choices = [_options(info) for info in infos]
    if not all(choices):
        return []
    union: set[str] = set()
    for options in choices:
        union |= min(options, key=worth)
    return [_reduced(union)]


def _node(op: object, av: object) -> _Info:  # noqa: PLR0911 - one return per node kind
    name = str(op)
    if name == "LITERAL":
        return _Info({chr(av)})  # type: ignore[arg-type]
    if name == "IN":
        chars = {chr(value) for kind, value in av if str(kind) == "LITERAL"}  # type: ignore[union-attr]
        if all(str(kind) == "LITERAL" for kind, _ in av) and chars:  # type: ignore[union-attr]
            return _Info(chars)
        return _Info(None)
    if name in ("AT", "ASSERT_NOT"):
        return _Info({""})
    if name == "ASSERT":
        # zero-width, but what a positive lookaround sees is in the text: its requirements are the text's too
        _, sub = av  # type: ignore[misc]
        return _Info({""}, _options(_sequence(tree_items(sub))))
    if name == "SUBPATTERN":
        _, add_flags, _, sub = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            return _Info(None)
        return _sequence(tree_items(sub))
    if name == "ATOMIC_GROUP":
        return _sequence(tree_items(av))  # type: ignore[arg-type]
    if name == "BRANCH":
        infos = [_sequence(tree_items(alt)) for alt in av[1]]  # type: ignore[index]
        exact: set[str] | None = set()
        for info in infos:
            exact = None if exact is None or info.exact is None else exact | info.exact
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        return _Info(exact, _branch_needs(infos))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av  # type: ignore[misc]
        inner = _sequence(tree_items(sub))
        if low == 0:
            return _Info(inner.exact | {""} if inner.exact is not None and high == 1 else None)
        if low == high == 1:
            return inner
        return _Info(None, _options(inner))
    return _Info(None)


# Parse trees handed over by whoever parsed a pattern already (``remember_tree``): parsing is most of start-up.
_trees: dict[tuple[str, int], object] = {}


def remember_tree(pattern: re.Pattern[str], tree: object) -> None:
    """Let ``required_literals(pattern)`` read ``tree``: a parse tree whose matches need the same literals."""
    _trees[(pattern.pattern, pattern.flags)] = tree


def required_literals(pattern: re.Pattern[str], limit: int = 2) -> tuple[Needs, ...]:
    """Up to ``limit`` requirements (sets of strings) every match of ``pattern`` satisfies; () if none."""
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        tree = _trees.get((pattern.pattern, pattern.flags))
        info = _sequence(tree_items(tree if tree is not None else sre.parse(pattern.pattern, pattern.flags)))  # type: ignore[call-overload]
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    options = list(info.needs)
    exact = _usable(info.exact)
    if exact is not None:
        options.append(exact)
    options = sorted((need for need in set(options) if worth(need) < 2 * REGEX_COST), key=worth)
    return tuple(sorted(options[:limit], key=len))  # the cheaper test first: a miss skips the other


# --- which requirements a post meets ----------------------------------------------------------
# A literal made of letters only lies inside one word of a post, so the requirements a post meets
# through such literals are the union of those each of its words meets. Every registered requirement
# has one bit; a word's bits are cached (words repeat from post to post), so a post costs one lookup
# per word, and a rule's requirements become one integer test instead of a substring search per string.
WORD_LITERAL = re.compile("[a-zæøåäöüéè]+")
_CACHE_WORDS = 200_000  # the per-word cache is emptied when it grows past this many words
SHORT_WORD = 40  # a post with a longer word has its requirements searched as substrings
_bits: dict[frozenset[str], int] = {}  # requirement -> its bit
_by_literal: dict[str, int] = {}  # word literal -> bits of the requirements holding it
_by_word: dict[str, int] = {}
# Gates (which words a rule's match starts with) have bits in the same masks, so one pass over a post's
# words answers every index and gate: "the post holds word w", "a word starts with h" (h: a head of three
# letters or a compound prefix of three or more).
_word_bits: dict[str, int] = {}
_start_bits: dict[str, int] = {}
_longest = 0
_longest_start = 0
generation = 0  # grows whenever requirements are registered: a cached mask of an older generation is stale


def _new_bit() -> int:
    global generation
    _by_word.clear()
    generation += 1
    return 1 << (len(_bits) + len(_word_bits) + len(_start_bits))


def word_bit(word: str) -> int:
    """The bit set in a text's mask (``text_mask``) when ``word`` is one of its words."""
    bit = _word_bits.get(word)
    if bit is None:
        bit = _word_bits[word] = _new_bit()
    return bit


def start_bit(start: str) -> int:
    """The bit set in a text's mask when one of its words starts with ``start`` (at least three characters)."""
    global _longest_start
    if len(start) < 3:
        raise ValueError(start)
    bit = _start_bits.get(start)
    if bit is None:
        bit = _start_bits[start] = _new_bit()
        _longest_start = max(_longest_start, len(start))
    return bit


def requirement_bit(need: Needs) -> int:
    """The bit of a requirement; a word's mask (``word_mask``) has it when the word holds one of its
    word literals (``WORD_LITERAL``); its other strings are the caller's to search."""
    global _longest
    bit = _bits.get(need)
    if bit is None:
        bit = _new_bit()
        _bits[need] = bit
        for literal in need:
            if WORD_LITERAL.fullmatch(literal):
                _by_literal[literal] = _by_literal.get(literal, 0) | bit
                _longest = max(_longest, len(literal))
    return bit


def word_mask(word: str) -> int:
    """The bits of the requirements whose word literals occur in ``word`` (at most ``SHORT_WORD`` long)."""
    mask = _by_word.get(word)
    if mask is None:
        size, top = len(word), _longest
        found = _by_literal.keys() & {word[i:j] for i in range(size) for j in range(i + 1, min(size, i + top) + 1)}
        mask = 0
        for literal in found:
            mask |= _by_literal[literal]
        mask |= _word_bits.get(word, 0)
        if _start_bits:
            starts = _start_bits
            for cut in range(3, min(size, _longest_start) + 1):
                mask |= starts.get(word[:cut], 0)
        if len(_by_word) >= _CACHE_WORDS:
            _by_word.clear()
        _by_word[word] = mask
    return mask


def text_mask(words: Iterable[str]) -> int | None:
    """The bits of the requirements met through word literals by a text whose words are ``words``
    (every maximal run of letters of the text lies inside one of them); None when a word is longer
    than ``SHORT_WORD``: searching the text for the requirements is then cheaper."""
    cached = list(map(_by_word.get, words))
    if None in cached:
        if any(len(word) > SHORT_WORD for word in words):
            return None
        cached = list(map(word_mask, words))
    return reduce(or_, filter(None, cached), 0)  # most words have no bit: skip them, the masks are long integers


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
