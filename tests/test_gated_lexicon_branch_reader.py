"""The branch reader of Lexicon.split (regex_literals.py) gives exactly what parsing each whole branch gives."""

from __future__ import annotations

import re
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

from monitor.checks import gated_lexicon, regex_dispatch, regex_literals, regex_structure, sensitive

_FILES = sorted(path.name for path in gated_lexicon.LEXICONS.glob("*.txt")
                if path.name.startswith(("welfare_", "sensitive_")))


def _branches(filename: str) -> list[str]:
    lines = (line.strip() for line in (gated_lexicon.LEXICONS / filename).read_text(encoding="utf-8").splitlines())
    parts = [line for line in lines if line and not line.startswith("#")]
    alternatives = [alt for part in parts for alt in regex_structure.split_alternatives(part)]
    return regex_dispatch.expand_alternatives(alternatives)


def _shape(items: Any) -> Any:
    """A parse tree as plain values (sub-patterns compare by identity otherwise)."""
    if isinstance(items, _parser.SubPattern):
        return ("sub", [_shape(item) for item in items])
    if isinstance(items, (list, tuple)):
        return type(items).__name__, [_shape(item) for item in items]
    return items


def _reference(branch: str) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...]]:
    """branch_keys as it was: every branch parsed whole, nothing remembered."""
    groups: list[list[str]] = []
    required = regex_literals.word_initial_literals(list(_parser.parse(branch)), collect=groups)
    cut = {regex_literals.cut_literal(w) for w in required or ()}
    best = frozenset(cut) if required and all(cut) else None
    others = {frozenset(map(regex_literals.cut_literal, group)) for group in groups} if best is not None else set()
    return best, tuple(sorted((group for group in others if min(map(len, group)) >= 3 and group != best), key=sorted))


@pytest.mark.parametrize("filename", _FILES)
def test_reader_agrees_with_the_parser_on_every_branch(filename: str) -> None:
    reader = regex_literals.BranchReader()
    for branch in _branches(filename):
        assert _shape(reader.items(branch)) == _shape(list(_parser.parse(branch))), branch
        assert regex_literals.branch_keys(branch, reader) == _reference(branch), branch


def test_reader_agrees_on_the_relay_branches() -> None:
    reader = regex_literals.BranchReader()
    for branch in regex_dispatch.word_branches(sensitive._RELAY_PLAIN):
        assert regex_literals.branch_keys(branch, reader) == _reference(branch), branch


@pytest.mark.parametrize("branch", [
    r"far\s+(?:\w+\s+){0,2}(?:slår|slog)", r"mor\s+(?:\w+\s+){0,2}(?:slår|slog)", "joints?", "ab{2}c", "ab*",
    r"ab(?i:c)", r"ab(?:c|cd)", "abc", r"a\b", r"ab(c)\1", r"ab(?P<x>c)(?P=x)", r"ab[c]d", r"ab(?:c|d)",
    r"ab[](]c(?:d)?", r"ab[^]()]c(?:d)?", r"ab[(]c(?:d|e)+?x", r"ab\(c(?:d){2,3}(?=e)", r"ab(?:c)?(?:d)*?e{}",
    r"ab(?:c(?:d|e)f)?\s+(?<!x)(?:\w+\s+){0,2}g", r"ab(?:c)(d)", r"ab\x28c(?:d)",
])
def test_reader_agrees_on_hand_made_branches(branch: str) -> None:
    reader = regex_literals.BranchReader()
    reader.items("x" + branch)  # a tail seen before under another head
    assert _shape(reader.items(branch)) == _shape(list(_parser.parse(branch)))
    assert regex_literals.branch_keys(branch, reader) == _reference(branch)


def test_lexicon_files_are_found() -> None:
    assert len(_FILES) >= 15 and all(Path(gated_lexicon.LEXICONS / name).exists() for name in _FILES)


@pytest.mark.parametrize("branch", [r"ab|cd", r"ab(?#(x)|cd", r"ab(?i:c)", r"ab?c", r"ab{1,2}", "ab*c|d"])
def test_tails_that_cannot_stand_alone_are_parsed_with_their_head(branch: str) -> None:
    reader = regex_literals.BranchReader()
    assert _shape(reader.items(branch)) == _shape(list(_parser.parse(branch)))


def test_a_branch_the_parser_rejects_is_still_rejected() -> None:
    with pytest.raises(re.error):
        regex_literals.BranchReader().items(r"ab(?i)c")
