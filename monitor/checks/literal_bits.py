"""Which literal requirements and gate words a post meets, as bits of one integer mask per post.

A literal made of letters only lies inside one word of a post, so the requirements a post meets through such
literals are the union of those each of its words meets. Every registered requirement, gate word and word start
has one bit; a word's bits are cached (words repeat from post to post), so a post costs one lookup per word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import reduce
from operator import or_

from monitor.checks.regex_requirements import Needs

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
