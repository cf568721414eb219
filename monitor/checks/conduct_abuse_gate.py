"""The abuse check's cheap pre-tests: stretched spellings of lexicon words, and the quiet gate's conditions.

Most posts are clean: :class:`QuietGate` holds the necessary conditions of every rule family of the abuse check,
tested together before any family runs; :func:`doubled_squeezed` lets a word with a doubled letter ("iddiot")
pass the lexicon gates as its squeezed form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.checks.conduct_lexicon import Gate, squeeze
from monitor.checks.conduct_view import LETTER

_DOUBLED = re.compile(rf"([{LETTER}])\1")


_SEEN: set[str] = set()  # words already looked at
_SQUEEZED: dict[str, str] = {}  # of those, the words with a doubled letter -> their squeezed form
_DOUBLED_WORDS: set[str] = set()  # the keys of ``_SQUEEZED``, as a set for a C-level intersection
_CACHE_WORDS = 200_000  # emptied past this many words, so memory stays flat


def doubled_squeezed(words: frozenset[str]) -> frozenset[str]:
    """The squeezed forms of the words with a doubled letter (found once per post for the three lexicon gates).

    Words repeat from post to post: only the words never seen before are looked at in Python, the rest is
    a set difference and an intersection in C."""
    new = words - _SEEN
    if new:
        if len(_SEEN) + len(new) > _CACHE_WORDS:
            _SEEN.clear()
            _SQUEEZED.clear()
            _DOUBLED_WORDS.clear()
        for word in new:
            if _DOUBLED.search(word):
                _SQUEEZED[word] = squeeze(word)
                _DOUBLED_WORDS.add(word)
        _SEEN.update(new)
    found = words & _DOUBLED_WORDS
    return frozenset(map(_SQUEEZED.__getitem__, found)) if found else frozenset()


def or_bits(bits: Iterable[int]) -> int:
    out = 0
    for bit in bits:
        out |= bit
    return out


@dataclass(frozen=True)
class QuietGate:
    """Necessary conditions of every rule family of the abuse check, tested together (``_quiet``)."""

    words: frozenset[str]  # group phrases and statements, the classifier's cue words
    bits: int  # the three lexicon gates' words and compound heads, as bits of ``View.needs_met``
    lexicon_words: frozenset[str]  # the same words, met by a squeezed spelling ("iddiot")
    substring_gates: tuple[Gate, ...]  # the lexicon gates with substrings ("f*ck"): ``Gate.substring_in``
    emoji: tuple[str, ...]  # ``emoji_insults`` needs one of these
