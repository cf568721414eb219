"""Reading the source of a regular expression: its top-level alternatives and where a group ends.

Only what shapes the structure is looked at: an escape (two characters), a character class up to the first "]"
after its "[" (a "[" without one is an error), and the characters that open, close or split groups. Every other
character is skipped in C.
"""

from __future__ import annotations

import re

STRUCTURE = re.compile(r"\\(?:.|\Z)|\[[^\]]*\]|\[|[()|]", re.DOTALL)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)`` -> ``a``, ``b(c|d)``); ValueError for a
    class that never closes."""
    parts, depth, start = [], 0, 0
    for token in STRUCTURE.finditer(pattern):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|":
            if depth == 0:
                parts.append(pattern[start:token.start()])
                start = token.end()
        elif char == "[":
            raise ValueError(pattern)  # a class that never closes
    parts.append(pattern[start:])
    return parts


def group_end(source: str, start: int) -> int:
    """The index of the ")" closing the group that opens at ``source[start]``; ValueError when there is none."""
    depth = 0
    for token in STRUCTURE.finditer(source, start):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return token.start()
        elif char == "[":
            break
    raise ValueError(source)
