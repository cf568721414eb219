"""The veiled-threat cue families split into branches, each with the literals its matches need.

A family (``@VEILED_HARM`` of the threat lexicon) is one alternation of a few hundred wordings; most posts hold
the literals of none of them, or of one or two. ``FamilyGates`` finds, from the bits of a post's word mask, the
branches whose literal requirements the post meets; the family is then searched with a pattern holding only
those branches (compiled once per set of branches and kept), which scans a post several times faster.

Why the pruned pattern finds the same matches: a branch is the family pattern with every spread group fixed
to one alternative. Every way the regular expression engine can succeed through an alternative is a match of
some branch through it, so when none of those branches can match in the post (a required literal is missing),
no attempt through that alternative succeeds and removing it leaves the order of every other attempt, and so
the match found at each position, as it was. That holds for plain groups, which are all that is spread; a family
with backreferences, conditional groups or atomic groups is never pruned.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import reduce
from operator import or_
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Protocol

from monitor.checks import regex_requirements
from monitor.checks.analysis_cache import cached
from monitor.checks.conduct_first_chars import with_first_chars
from monitor.checks.conduct_guards import guarded, present
from monitor.checks.conduct_view import View
from monitor.checks.leftmost import leftmost_matches
from monitor.checks.literal_bits import WORD_LITERAL, requirement_bit
from monitor.checks.regex_structure import STRUCTURE, group_end, split_alternatives

# (bit, strings other than word literals, all strings) per requirement
Need = tuple[int, tuple[str, ...], tuple[str, ...]]
_MAX_BRANCHES = 1000
_MAX_REMEMBERED = 20_000  # combinations whose families are kept; emptied past this, so memory stays flat
_DEPTH = 2  # groups spread out: the wrapper "\\b(?:...)\\b" and the first group of each alternative
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")
# a backreference, a conditional, an atomic group, a possessive repeat or a global flag: left whole
_NOT_PRUNABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?>|[*+?}]\+|\(\?[aiLmsux]+\)")


@dataclass(frozen=True)
class _Spread:
    """An alternative whose first unquantified top-level group is spread: ``head (?:inner|...) rest``;
    ``inners`` pairs each inner alternative with the tree of ``head + inner + rest``."""

    head: str
    rest: str
    inners: tuple[tuple[str, tuple[_Alt, ...]], ...]
    start: int  # where the group opens in ``head + "(?:" ...``, i.e. ``len(head)``


_Alt = str | _Spread  # a leaf (the branch itself) or a spread alternative


def _tree(source: str, depth: int = 0) -> tuple[_Alt, ...]:
    """``source`` as alternatives, the first unquantified top-level ``(?:`` group of each spread out (a few
    levels deep): the structure behind ``branches``."""
    out: list[_Alt] = []
    for alt in split_alternatives(source):
        level = 0
        for token in STRUCTURE.finditer(alt):
            char = token.group()
            if char == "(" and level == 0 and alt.startswith("(?:", token.start()):
                end = group_end(alt, token.start())
                if depth < _DEPTH and alt[end + 1:end + 2] not in ("?", "*", "+", "{"):
                    head, rest = alt[:token.start()], alt[end + 1:]
                    inners = tuple((inner, _tree(head + inner + rest, depth + 1))
                                   for inner in split_alternatives(alt[token.start() + 3:end]))
                    out.append(_Spread(head, rest, inners, token.start()))
                    break
            if char == "(":
                level += 1
            elif char == ")":
                level -= 1
        else:
            out.append(alt)
    return tuple(out)


def _leaves(alts: tuple[_Alt, ...]) -> list[str]:
    out: list[str] = []
    for alt in alts:
        if isinstance(alt, str):
            out.append(alt)
        else:
            for _, children in alt.inners:
                out.extend(_leaves(children))
    return out


def branches(source: str) -> list[str]:
    """``source`` as alternatives whose matches together are its matches: top-level alternatives, and
    ``P(?:A|B)S`` spread out as ``PAS`` and ``PBS`` (its first unquantified top-level group, a few levels deep)."""
    out = _leaves(_tree(source))
    if len(out) > _MAX_BRANCHES:
        raise ValueError(source)
    return out


# Zero-width assertions only (word boundaries, lookarounds without groups): a head that matches in one way.
_ZERO_WIDTH = re.compile(r"(?:\\b|\(\?<?[=!](?:[^()\\\[]|\\.)*\))*")


def _source(alt: _Alt) -> str:
    if isinstance(alt, str):
        return alt
    return f"{alt.head}(?:{'|'.join(inner for inner, _ in alt.inners)}){alt.rest}"


def _units(alts: tuple[_Alt, ...]) -> list[tuple[str, int]]:
    """The family as a sequence of units (source, number of branches in it) whose alternation is the family.

    A spread alternative ``H(?:A|B)R`` becomes the units of ``HAR`` and ``HBR`` when its head ``H`` is zero-width:
    the engine then tries every way through ``A`` before any through ``B``, just as it tries unit after unit. A
    head that may match in several ways interleaves them, so such an alternative stays one unit."""
    out: list[tuple[str, int]] = []
    for alt in alts:
        if isinstance(alt, _Spread) and _ZERO_WIDTH.fullmatch(alt.head):
            for _, children in alt.inners:
                out.extend(_units(children))
        else:
            out.append((_source(alt), len(_leaves((alt,)))))
    return out


class _Matches(Protocol):
    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[re.Match[str]]: ...


class UnitSearch:
    """``finditer`` of the family over a post, run with its live units only (each compiled once).

    At each position the family's match is that of its first unit matching there, so the next match is the
    leftmost one of the live units' next matches, the first unit winning a tie; every unit must consume a
    character (no empty match), so the search goes on where a match ends."""

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        self.patterns = patterns

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return leftmost_matches(self.patterns, string, pos, endpos)


def branch_requirements(branch: str) -> list[frozenset[str]]:
    """Up to two requirements (``regex_requirements``) every match of ``branch`` meets, the rarer first; [] for
    none. Registers no bits: safe to call once posts are being read. Kept in ``analysis_cache``."""
    return list(cached("branch", branch, lambda: tuple(_branch_requirements(branch))))


def _branch_requirements(branch: str) -> list[frozenset[str]]:
    tree = sre.parse(branch)
    if tree.state.flags & re.IGNORECASE:
        return []
    info = regex_requirements.sequence_info(list(tree))  # its analysis, without the cost cap
    return sorted(set(regex_requirements.info_options(info)), key=regex_requirements.rarity)[:2]


def branch_needs(branch: str) -> tuple[Need, ...]:
    """Up to two requirements (``regex_requirements``) every match of ``branch`` meets; () for none."""
    return tuple((requirement_bit(need), tuple(sorted(s for s in need if not WORD_LITERAL.fullmatch(s))),
                  tuple(sorted(need))) for need in branch_requirements(branch))


def family_branches(source: str) -> list[tuple[Need, ...]] | None:
    """The requirements of each branch of a family; None when some branch has none (the family always runs)."""
    try:
        if _BACKREFERENCE.search(source):
            return None  # spreading the groups out would renumber the captures it refers to
        needs = [branch_needs(branch) for branch in branches(source)]
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return None
    return None if any(not need for need in needs) else needs


class FamilyGates:
    """The families a post meets the requirements of one branch of at least (a necessary condition of a match),
    each with a search over the units holding such branches only. Branches met through word literals are found
    from the set bits of the post's mask, with the bits of requirements met through other strings ("can't", an
    emoji) added."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.names = tuple(sources)
        self.sources = tuple(sources.values())
        self.always: set[int] = set()
        self.branches: list[tuple[int, int, tuple[Need, ...]]] = []  # (family, unit, needs)
        # bit of a branch's rarest requirement -> (family, unit, mask of its requirements)
        self.by_bit: dict[int, list[tuple[int, int, int]]] = {}
        self.units: dict[int, tuple[str, ...]] = {}  # the unit sources of a family that can be split
        others: dict[str, int] = {}  # a string other than a word literal -> the bits of the requirements holding it
        for number, source in enumerate(self.sources):
            needs_of = family_branches(source)
            if needs_of is None:
                self.always.add(number)
                continue
            units = _units(_tree(source)) if not _NOT_PRUNABLE.search(source) else [(source, len(needs_of))]
            unit_of = [unit for unit, (_, size) in enumerate(units) for _ in range(size)]
            if len(units) > 1:
                self.units[number] = tuple(unit for unit, _ in units)
            for index, needs in enumerate(needs_of):
                self.branches.append((number, unit_of[index], needs))
                self.by_bit.setdefault(needs[0][0], []).append(
                    (number, unit_of[index], sum(bit for bit, _, _ in needs)))
                for bit, strings, _ in needs:
                    for string in strings:
                        others[string] = others.get(string, 0) | bit
        self.others = tuple(others.items())
        self.relevant = reduce(or_, self.by_bit, 0)
        # ``live`` reads the mask's bits of ``read`` only, and which of the other strings the text holds (found
        # behind guard characters): ``families`` is remembered per that pair
        self.bits_of = dict(self.others)
        self.groups = guarded(self.bits_of)
        self.read = reduce(or_, (mask for entries in self.by_bit.values() for _, _, mask in entries),
                           self.relevant | reduce(or_, self.bits_of.values(), 0))
        self._families: dict[tuple[int, tuple[str, ...]], tuple[tuple[str, _Matches], ...]] = {}
        self._full: dict[int, re.Pattern[str]] = {}
        self._unit: dict[tuple[int, int], tuple[re.Pattern[str], bool]] = {}  # -> (pattern, may match empty)

    def live(self, view: View) -> dict[int, set[int]]:
        """Family number -> the units holding a branch whose requirements the post meets (empty for a family
        that always runs)."""
        met = view.needs_met()
        if met is None:  # a huge post: the requirements searched as substrings
            text = view.text
            found: dict[int, set[int]] = {number: set() for number in self.always}
            for number, unit, needs in self.branches:
                if all(any(s in text for s in strings) for _, _, strings in needs):
                    found.setdefault(number, set()).add(unit)
            return found
        return self._live(met, present(self.groups, view.text))

    def _live(self, met: int, strings: tuple[str, ...]) -> dict[int, set[int]]:
        """``live`` from the mask's bits and the other strings the text holds."""
        found: dict[int, set[int]] = {number: set() for number in self.always}
        for string in strings:
            met |= self.bits_of[string]
        key = met & self.relevant
        by_bit = self.by_bit
        while key:
            low = key & -key
            key ^= low
            for number, unit, mask in by_bit[low]:
                if met & mask == mask:
                    found.setdefault(number, set()).add(unit)
        return found

    def families(self, view: View) -> tuple[tuple[str, _Matches], ...]:
        """(name, search) of each family a post may match, in the order given; remembered per combination of
        the mask's bits ``live`` reads and the other strings present (a search keeps no state between runs)."""
        met = view.needs_met()
        if met is None:
            return self._families_of(self.live(view))
        strings = present(self.groups, view.text)
        key = (met & self.read, strings)
        found = self._families.get(key)
        if found is None:
            if len(self._families) >= _MAX_REMEMBERED:
                self._families.clear()
            found = self._families[key] = self._families_of(self._live(met, strings))
        return found

    def _families_of(self, live: dict[int, set[int]]) -> tuple[tuple[str, _Matches], ...]:
        return tuple((self.names[number], self._search(number, live[number])) for number in sorted(live))

    def full(self, number: int) -> re.Pattern[str]:
        pattern = self._full.get(number)
        if pattern is None:
            pattern = self._full[number] = with_first_chars(re.compile(self.sources[number]))
        return pattern

    def _search(self, number: int, units: set[int]) -> _Matches:
        if number not in self.units:
            return self.full(number)
        compiled = [self._compiled(number, unit) for unit in sorted(units)]
        if len(compiled) == 1:
            return compiled[0][0]  # the other units cannot match: the family's matches are this unit's
        if any(empty for _, empty in compiled):
            return self.full(number)
        return UnitSearch(tuple(pattern for pattern, _ in compiled))

    def _compiled(self, number: int, unit: int) -> tuple[re.Pattern[str], bool]:
        found = self._unit.get((number, unit))
        if found is None:
            source = self.units[number][unit]
            empty = sre.parse(source).getwidth()[0] == 0
            found = self._unit[(number, unit)] = (with_first_chars(re.compile(source)), empty)
        return found
