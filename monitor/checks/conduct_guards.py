"""Substring tests behind guard characters: which of many short strings a text holds, in few tests.

The phrase rules' and cue families' literal requirements hold strings other than word literals ("'ll",
"can't", "ak-47", an emoji) that must be searched in the text. Each string is filed under its rarest character
(its guard: an apostrophe, a digit, an emoji), which several strings share; a text without the guard holds
none of them, so a clean post costs one substring test per guard instead of one per string. The answer is
exact: the strings present, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

Groups = tuple[tuple[str, tuple[str, ...]], ...]


class Guards(NamedTuple):
    """Groups of strings by guard: those guarded by a Latin-1 character, and those beyond (emoji, runes), which
    a text of Latin-1 characters only (most posts) skips all at once."""

    narrow: Groups
    wide: Groups
_COMMON = frozenset(" .,!?-:;")  # characters most posts hold besides letters: poor guards


def _commonness(char: str) -> int:
    """How likely a post holds ``char`` (lower is a better guard): beyond Latin-1 (emoji, runes) < other
    punctuation < digits < common punctuation and Danish letters < ASCII letters and the space."""
    if ord(char) > 0xFF:
        return 0
    if char.isascii() and char.isalpha() or char == " ":
        return 4
    if char.isalpha() or char in _COMMON:
        return 3
    return 2 if char.isdigit() else 1


def guard_of(string: str) -> str:
    """The character of ``string`` a text is least likely to hold (the first of the rarest)."""
    return min(string, key=_commonness)


def guarded(strings: Iterable[str]) -> Guards:
    """``strings`` (no empty one) grouped by guard, each group in the order given: (guard, its strings)."""
    groups: dict[str, list[str]] = {}
    for string in strings:
        groups.setdefault(guard_of(string), []).append(string)
    return Guards(tuple((guard, tuple(members)) for guard, members in groups.items() if ord(guard) <= 0xFF),
                  tuple((guard, tuple(members)) for guard, members in groups.items() if ord(guard) > 0xFF))


def latin1(text: str) -> bool:
    """Whether every character of ``text`` is Latin-1 (a copy in C for such a text)."""
    return text.isascii() or len(text.encode("latin-1", "ignore")) == len(text)


def present(guards: Guards, text: str) -> tuple[str, ...]:
    """The strings of ``guards`` that ``text`` holds, in a fixed order (the narrow groups', then the wide)."""
    found: tuple[str, ...] = ()
    for guard, members in guards.narrow:
        if guard in text:
            found += tuple(filter(text.__contains__, members))
    if guards.wide and not latin1(text):
        for guard, members in guards.wide:
            if guard in text:
                found += tuple(filter(text.__contains__, members))
    return found
