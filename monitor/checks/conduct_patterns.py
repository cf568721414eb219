"""Rule-pattern files (``lexicons/conduct_*.txt``): loading with macros, a gate per rule, the rule index.

A rule file line is ``rule_id  regex``; ``@MACRO = regex`` lines define macros used as ``{MACRO}``. Each rule
gets a gate of the words (or three-letter heads) its matches must start with, read from its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from monitor.checks.analysis_cache import cached
from monitor.checks.conduct_first_chars import lazy_first_chars_pattern
from monitor.checks.conduct_lexicon import rule_lines
from monitor.checks.conduct_literals import RuleIndex
from monitor.checks.conduct_view import LETTER, View
from monitor.checks.regex_structure import group_end, split_alternatives


@cache
def load_patterns(name: str) -> list[tuple[str, re.Pattern[str]]]:
    """Rule patterns: ``@MACRO = regex`` lines define macros used as ``{MACRO}``; other lines are
    ``rule_id  regex`` (separated by two or more spaces)."""
    return [(rule, re.compile(source)) for rule, source in _pattern_sources(name)]


def pattern_sources(name: str) -> list[tuple[str, str]]:
    """The rules of a pattern file before compiling: (rule, expanded regular expression)."""
    return list(_pattern_sources(name))


@cache
def _pattern_sources(name: str) -> list[tuple[str, str]]:
    """``load_patterns`` before compiling: (rule, expanded regular expression)."""
    macros: dict[str, str] = {}
    rules: list[tuple[str, str]] = []
    for line in rule_lines(name):
        if line.startswith("@"):
            key, _, value = line[1:].partition("=")
            macros[key.strip()] = _expand(value.strip(), macros)
            continue
        rule, pattern = re.split(r"\s{2,}", line, maxsplit=1)
        rules.append((rule, _expand(pattern, macros)))
    return rules


@cache
def macro(name: str, key: str) -> str:
    macros: dict[str, str] = {}
    for line in rule_lines(name):
        if line.startswith("@"):
            k, _, value = line[1:].partition("=")
            macros[k.strip()] = _expand(value.strip(), macros)
    return macros[key]


def _expand(pattern: str, macros: dict[str, str]) -> str:
    pattern = pattern.replace("{L}", LETTER)
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{macros[m.group(1)]})", pattern)


@dataclass(frozen=True)
class RuleGate:
    """Words one of which a rule's match must start with: whole words, or heads of three letters."""

    words: frozenset[str]
    heads: frozenset[str]

    def passes(self, view: View) -> bool:
        return not self.words.isdisjoint(view.words) or not self.heads.isdisjoint(view.heads)


_LITERAL = re.compile(rf"[{LETTER}0-9']+")
# A literal punctuation character (not a class, group or quantifier): the word before it ends there.
_ENDS_WORD = re.compile(r"(?:[&/:,!-]|\\[-.&/:,!])(?![?*{+])")



def _union(found: list[tuple[set[str], set[str]] | None]) -> tuple[set[str], set[str]] | None:
    if any(f is None for f in found):
        return None
    return (set().union(*(f[0] for f in found if f)), set().union(*(f[1] for f in found if f)))


def _starts(source: str, depth: int = 0) -> tuple[set[str], set[str]] | None:
    """Words / three-letter heads one of which every match of ``source`` begins with, or None."""
    if depth > 8:
        return None
    alternatives = split_alternatives(source)
    if len(alternatives) > 1:
        return _union([_starts(alt, depth + 1) for alt in alternatives])
    while source.startswith(("\\b", "(?<!", "(?<=", "(?!", "(?=")):
        # zero-width assertions consume nothing: the first word comes after them
        source = source[2:] if source.startswith("\\b") else source[group_end(source, 0) + 1:]
    if source.startswith("(?:"):
        end = group_end(source, 0)
        rest = source[end + 1:]
        inner = [_starts(alt + rest.lstrip("?*"), depth + 1) for alt in split_alternatives(source[3:end])]
        if rest[:1] in ("?", "*"):
            inner.append(_starts(rest[1:], depth + 1))
        elif rest[:1] == "{":
            return None
        return _union(inner)
    literal = _LITERAL.match(source)
    if literal is None:
        return None
    text, rest = literal.group(), source[literal.end():]
    if rest[:1] in ("?", "*", "{"):
        text = text[:-1]
    if (rest.startswith(("\\s", "\\b")) and not rest.startswith("\\s*")) or rest == "" or _ENDS_WORD.match(rest):
        return ({text}, set()) if text else None
    return (set(), {text[:3]}) if len(text) >= 3 else None


def _starts_or_none(source: str) -> tuple[set[str], set[str]] | None:
    try:
        return _starts(source)
    except ValueError:
        return None


@cache
def gated_patterns(name: str) -> list[tuple[str, re.Pattern[str], RuleGate | None]]:
    """``load_patterns`` with a gate per rule, derived from the words its matches must start with."""
    out: list[tuple[str, re.Pattern[str], RuleGate | None]] = []
    for rule, source in _pattern_sources(name):
        found = cached("starts", source, lambda source=source: _starts_or_none(source))
        gate = RuleGate(frozenset(found[0]), frozenset(found[1])) if found else None
        out.append((rule, lazy_first_chars_pattern(source), gate))
    return out


@cache
def indexed_patterns(name: str) -> tuple[list[tuple[str, re.Pattern[str]]], RuleIndex]:
    """The rules of a pattern file and the index that picks those a view may match."""
    gated = gated_patterns(name)
    return [(rule, pattern) for rule, pattern, _ in gated], RuleIndex([(pattern, gate) for _, pattern, gate in gated])


def union_gate(gates: list[RuleGate | None]) -> RuleGate | None:
    """One gate for a whole rule set (None when some rule has no gate and must always run)."""
    if not gates or any(g is None for g in gates):
        return None
    present = [g for g in gates if g is not None]
    return RuleGate(frozenset().union(*(g.words for g in present)), frozenset().union(*(g.heads for g in present)))
