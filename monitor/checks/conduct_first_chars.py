"""The first-character lookahead put in front of a rule pattern, so the regex engine skips ahead in C.

Also remembers each rule's parse tree for the literal requirements of the rule index (``regex_requirements``).
"""

from __future__ import annotations

import re
from re import _parser as sre  # type: ignore[attr-defined]
from typing import cast

from monitor.checks import regex_requirements
from monitor.checks.analysis_cache import cached
from monitor.checks.lazy_pattern import LazyPattern
from monitor.checks.regex_requirements import tree_items


def _first_chars(items: list[tuple[object, object]]) -> set[str] | None:
    """Characters one of which every match of the parsed pattern ``items`` starts with (None: unknown)."""
    for index, (op, av) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the first consumed character comes later
        if name == "LITERAL":
            return {chr(av)}  # type: ignore[arg-type]
        if name == "IN":
            chars: set[str] = set()
            for kind, value in av:  # type: ignore[union-attr]
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "RANGE" and value[1] - value[0] < 64:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return chars
        if name == "BRANCH":
            found: set[str] = set()
            rest: set[str] | None = None
            for alternative in av[1]:  # type: ignore[index]
                first = _first_chars(tree_items(alternative))
                if first is None and _zero_width(tree_items(alternative)):
                    # "(?:^|(?<=[.!?]\s))ved": this way in consumes nothing, the rest of the pattern starts it
                    first = rest = _first_chars(items[index + 1:]) if rest is None else rest
                if first is None:
                    return None
                found |= first
            return found
        if name == "SUBPATTERN":
            if _zero_width(tree_items(av[3])):  # type: ignore[index]
                continue
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                return None
            return _first_chars(tree_items(av[3]))  # type: ignore[index]
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av  # type: ignore[misc]
            first = _first_chars(tree_items(sub))
            if first is None or low > 0:
                return first
            rest = _first_chars(items[index + 1:])
            return None if rest is None else first | rest
        return None
    return None


def _zero_width(items: list[tuple[object, object]]) -> bool:
    """Whether the parsed pattern ``items`` consumes no character (anchors and lookarounds only)."""
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN" and _zero_width(tree_items(av[3])):  # type: ignore[index]
            continue
        if name == "BRANCH" and all(_zero_width(tree_items(alt)) for alt in av[1]):  # type: ignore[index]
            continue
        return False
    return True


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the characters its matches can start with.

    A rule such as ``\\b(?:muslimer|jøder|...)`` starts with a word boundary, which stops the regular
    expression engine from skipping ahead on its first character; the lookahead gives it back that
    skip, which makes a scan several times cheaper. The lookahead is implied by the pattern, so
    matches are unchanged.
    """
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        tree = sre.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return pattern
    wrapped = _with_first_chars(pattern.pattern, pattern.flags, tree)
    return pattern if wrapped is None else re.compile(wrapped, pattern.flags)


def _with_first_chars(source: str, flags: int, tree: object) -> str | None:
    """The source of ``with_first_chars`` from the parsed ``source`` (None: left as it is)."""
    try:
        first = _first_chars(tree_items(tree))  # type: ignore[call-overload]
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return None
    if not first or len(first) > 40:
        return None
    chars = "".join(sorted(re.escape(c) if c not in "-" else "\\-" for c in first))
    # the group makes the lookahead guard every top-level alternative, not only the first
    return f"(?=[{chars}])(?:{source})"


def _first_chars_pattern(source: str) -> re.Pattern[str]:
    """``with_first_chars(re.compile(source))``, parsing ``source`` once for both the lookahead and the literal
    requirements of the rule index (``regex_requirements.remember_tree``): start-up is mostly regex parsing."""
    try:
        tree = sre.parse(source)
    except (RecursionError, TypeError, ValueError, IndexError):
        return with_first_chars(re.compile(source))  # re.error is raised as it always was
    flags = tree.state.flags
    if flags & re.IGNORECASE:
        return re.compile(source)
    wrapped = _with_first_chars(source, flags, tree)
    pattern = re.compile(source if wrapped is None else wrapped, flags)
    # The wrapped pattern parses as [lookahead, (?:tree)]: a zero-width item and a group add no literal and
    # take none away, so the tree of ``source`` has the same requirements.
    regex_requirements.remember_tree(pattern, tree)
    return pattern


_PLAIN_FLAGS = re.compile("").flags


def lazy_first_chars_pattern(source: str) -> re.Pattern[str]:
    """``_first_chars_pattern(source)``, compiled on first use (``LazyPattern``; it stands in for the pattern).

    The wrapped source is kept in ``analysis_cache``: a start that finds it there parses nothing."""
    parsed: list[object] = []

    def plan() -> tuple[str | None, int] | None:
        try:
            tree = sre.parse(source)
        except (RecursionError, TypeError, ValueError, IndexError):
            return None  # compiled now by _first_chars_pattern: re.error is raised as it always was
        if tree.state.flags != _PLAIN_FLAGS:
            return None  # inline flags ("(?i)", "(?s)") are rare in rule files: compiled now, errors now as ever
        parsed.append(tree)
        return _with_first_chars(source, tree.state.flags, tree), tree.state.flags

    found = cached("first-chars", source, plan)
    if found is None:
        return _first_chars_pattern(source)
    wrapped, flags = found
    pattern = cast("re.Pattern[str]", LazyPattern(source if wrapped is None else wrapped, flags))
    if parsed:
        regex_requirements.remember_tree(pattern, parsed[0])  # as in ``_first_chars_pattern``
    return pattern
