"""Literal strings that every match of a regular expression must contain, read from its parse tree.

A rule whose pattern needs "svastika" or "hakekors" cannot match a post that holds neither, and a
substring test (C speed) is far cheaper than running the regular expression. The analysis is
conservative: when in doubt it asks for nothing, so it never hides a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import product
from re import _parser as sre  # type: ignore[attr-defined]

from monitor.checks.analysis_cache import cached

_MAX_SET = 48  # most strings an exact set may hold before it is given up
_MAX_LEN = 30
REGEX_COST = 60  # one regular expression run over a post costs about this many substring tests
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzæøå0123456789 .,!?'-")

Needs = frozenset[str]  # one of these strings occurs in every match


@dataclass
class PatternInfo:
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


def sequence_info(items: list[tuple[object, object]]) -> PatternInfo:
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
        return PatternInfo(run, needs)
    closed = _usable(run)
    if closed is not None:
        needs.append(closed)
    return PatternInfo(None, needs)


def info_options(info: PatternInfo) -> list[Needs]:
    exact = _usable(info.exact)
    return list(info.needs) + ([exact] if exact is not None else [])


def _branch_needs(infos: list[PatternInfo]) -> list[Needs]:
    """One requirement for a set of alternatives: each alternative's cheapest option, united.

    Any choice is correct (every match of the branch matches one alternative, and so holds one of
    its strings); choosing per alternative keeps start-up linear in the size of the alternation.
    """
    choices = [info_options(info) for info in infos]
    if not all(choices):
        return []
    union: set[str] = set()
    for options in choices:
        union |= min(options, key=worth)
    return [_reduced(union)]


def _node(op: object, av: object) -> PatternInfo:  # noqa: PLR0911 - one return per node kind
    name = str(op)
    if name == "LITERAL":
        return PatternInfo({chr(av)})  # type: ignore[arg-type]
    if name == "IN":
        chars = {chr(value) for kind, value in av if str(kind) == "LITERAL"}  # type: ignore[union-attr]
        if all(str(kind) == "LITERAL" for kind, _ in av) and chars:  # type: ignore[union-attr]
            return PatternInfo(chars)
        return PatternInfo(None)
    if name in ("AT", "ASSERT_NOT"):
        return PatternInfo({""})
    if name == "ASSERT":
        # zero-width, but what a positive lookaround sees is in the text: its requirements are the text's too
        _, sub = av  # type: ignore[misc]
        return PatternInfo({""}, info_options(sequence_info(tree_items(sub))))
    if name == "SUBPATTERN":
        _, add_flags, _, sub = av  # type: ignore[misc]
        if add_flags & re.IGNORECASE:
            return PatternInfo(None)
        return sequence_info(tree_items(sub))
    if name == "ATOMIC_GROUP":
        return sequence_info(tree_items(av))  # type: ignore[arg-type]
    if name == "BRANCH":
        infos = [sequence_info(tree_items(alt)) for alt in av[1]]  # type: ignore[index]
        exact: set[str] | None = set()
        for info in infos:
            exact = None if exact is None or info.exact is None else exact | info.exact
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        return PatternInfo(exact, _branch_needs(infos))
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av  # type: ignore[misc]
        inner = sequence_info(tree_items(sub))
        if low == 0:
            return PatternInfo(inner.exact | {""} if inner.exact is not None and high == 1 else None)
        if low == high == 1:
            return inner
        return PatternInfo(None, info_options(inner))
    return PatternInfo(None)


# Parse trees handed over by whoever parsed a pattern already (``remember_tree``): parsing is most of start-up.
_trees: dict[tuple[str, int], object] = {}


def remember_tree(pattern: re.Pattern[str], tree: object) -> None:
    """Let ``required_literals(pattern)`` read ``tree``: a parse tree whose matches need the same literals."""
    _trees[(pattern.pattern, pattern.flags)] = tree


def required_literals(pattern: re.Pattern[str], limit: int = 2) -> tuple[Needs, ...]:
    """Up to ``limit`` requirements (sets of strings) every match of ``pattern`` satisfies; () if none."""
    return cached("required", (pattern.pattern, pattern.flags, limit), lambda: _required_literals(pattern, limit))


def _required_literals(pattern: re.Pattern[str], limit: int) -> tuple[Needs, ...]:
    if pattern.flags & re.IGNORECASE:
        return ()
    try:
        tree = _trees.get((pattern.pattern, pattern.flags))
        info = sequence_info(tree_items(tree if tree is not None else sre.parse(pattern.pattern, pattern.flags)))  # type: ignore[call-overload]
    except (re.error, RecursionError, TypeError, ValueError):
        return ()
    options = list(info.needs)
    exact = _usable(info.exact)
    if exact is not None:
        options.append(exact)
    options = sorted((need for need in set(options) if worth(need) < 2 * REGEX_COST), key=worth)
    return tuple(sorted(options[:limit], key=len))  # the cheaper test first: a miss skips the other
