"""The matches of an alternation ``p1|p2|...`` found by running its branches one by one.

A branch is searched only when a post may hold it (the callers pick the live branches), which is far cheaper
than one pass of a large alternation; this merges their matches back into what the alternation would yield.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence


def leftmost_matches(patterns: Sequence[re.Pattern[str]], text: str, pos: int = 0,
                     endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
    """What ``finditer`` of the alternation of ``patterns`` yields over ``text[pos:endpos]``.

    The alternation matches at the leftmost position where any branch matches, with the first such branch in
    order, and goes on where that match ends; a branch's next match is looked for again once it falls behind.
    Every branch must consume a character (no empty match), as the lexicons' and threat families' branches do.
    """
    if len(patterns) == 1:
        yield from patterns[0].finditer(text, pos, endpos)
        return
    upcoming = [pattern.search(text, pos, endpos) for pattern in patterns]
    while True:
        best: re.Match[str] | None = None
        for number, match in enumerate(upcoming):
            if match is not None and match.start() < pos:  # overlapped by the last match: search on
                match = upcoming[number] = patterns[number].search(text, pos, endpos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        pos = best.end()
