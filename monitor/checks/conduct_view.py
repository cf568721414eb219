"""The de-obfuscated view of a post that the conduct checks read, with a map back to the original offsets.

Filters are dodged with leetspeak (``1d10t``, ``$h1t``), spaced or dotted letters (``p.e.r.k.e.r``) and
stretched letters (``idioooot``). The view undoes these on top of ``doc.folded`` (which already removed
zero-width characters and folded look-alikes) and keeps a map back to the original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from monitor.checks import literal_bits
from monitor.checks.base import Document
from monitor.checks.literal_bits import text_mask

LETTER = "a-zæøåäöüéè"

# Leet characters and what they stand for; applied only inside words that mix them with letters.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "i", "€": "e"})
# "!" stands for "i" only before a letter ("!d!ot"); after a word it is punctuation ("power!").
_LEET_WORD = re.compile(rf"[{LETTER}0-9@$!|€]*(?:[{LETTER}](?:[0-9@$|€]|!(?=[{LETTER}]))|[0-9@$|€][{LETTER}]|"
                        rf"!(?=[{LETTER}]))(?:[{LETTER}0-9@$|€]|!(?=[{LETTER}]))*")
# Ordinary words with digits: u15, cs2, mp3, 4k, 10x, 2nd, covid19.
_ALNUM_OK = re.compile(rf"[{LETTER}]+\d+|\d+[{LETTER}]{{1,2}}|\d+(?:st|nd|rd|th|er|ende)")
# Three or more single letters, each followed by one separator: "i d i o t", "p.e.r.k.e.r".
# The same separator throughout, so "t.æ.s.k i morgen" does not swallow the next one-letter word.
_SPACED = re.compile(rf"(?<![{LETTER}\d])[{LETTER}]([ .\-_*·•,])(?=[{LETTER}](?![{LETTER}]))[{LETTER}]"
                     rf"(?:\1(?=[{LETTER}](?![{LETTER}]))[{LETTER}])+(?![{LETTER}])")
_STRETCHED = re.compile(rf"([{LETTER}])\1\1+")
_DROP_SPACED = re.compile(r"[ .\-_*·•,]")


_TOKEN = re.compile(rf"[{LETTER}0-9]+(?:'[{LETTER}]+)?")


_MANY_WORDS = 3000
_HEAD = itemgetter(slice(None, 3))  # the first three letters of a word


@dataclass(frozen=True)
class View:
    """De-obfuscated text; ``offsets[i]`` is the folded-text index of view character ``i``.

    ``words`` is the set of its words: checks test it against gate word sets before running their
    regular expressions, so a clean post costs a few set operations.
    """

    text: str
    offsets: list[int] | None
    words: frozenset[str] = frozenset()

    @property
    def heads(self) -> frozenset[str]:
        """The first three letters of every word (per-rule gates test these)."""
        cached = self.__dict__.get("_heads")
        if cached is None:
            cached = frozenset(map(_HEAD, self.words))
            object.__setattr__(self, "_heads", cached)
        return cached

    def needs_met(self) -> int | None:
        """Bits of the registered requirements (``literal_bits.requirement_bit``) met by the words of
        the text; None for a huge post or one with a very long word (``text_mask``)."""
        cached = self.__dict__.get("_needs_met")
        if cached is None or cached[0] != literal_bits.generation:
            mask = text_mask(self.words) if len(self.words) <= _MANY_WORDS else None
            cached = (literal_bits.generation, mask)
            object.__setattr__(self, "_needs_met", cached)
        return cached[1]

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        if start >= len(self.offsets):
            return len(self.offsets), len(self.offsets)
        return self.offsets[start], self.offsets[max(start, end - 1)] + 1


_SPACED_LEET = re.compile(rf"(?<![{LETTER}\d])[{LETTER}0-9@$!|€](?:[ .\-_*·•](?=[{LETTER}0-9@$!|€](?![{LETTER}\d]))"
                          rf"[{LETTER}0-9@$!|€]){{2,}}(?![{LETTER}\d])")


def _leet_spaced(text: str) -> str:
    """Leet inside spaced letters ("1 d 1 o t"), when at least two of them are real letters."""
    def repl(match: re.Match[str]) -> str:
        word = match.group()
        return word.translate(_LEET) if sum(c.isalpha() for c in word) >= 2 else word
    return _SPACED_LEET.sub(repl, text)


# A leet character next to a letter; starts with a character class so the search skips ahead in C.
_LEET_TRIGGER = re.compile(rf"[0-9@$!|€](?:(?<=[{LETTER}].)|(?=[{LETTER}]))")
_LEET_CHARS = re.compile(r"[013457@$!|€]")  # the keys of _LEET: without one, _leet changes nothing
# A leet key standing alone next to a separator: every ``_SPACED_LEET`` match that ``_leet_spaced`` changes
# holds one, so without it the substitution is skipped.
_SPACED_KEY = re.compile(rf"[013457@$!|€](?<![{LETTER}\d].)(?![{LETTER}\d])(?:(?<=[ .\-_*·•].)|(?=[ .\-_*·•]))")
# A leet character inside a ``_LEET_WORD`` core (next to a letter). A ``_LEET_WORD`` match starts where the
# run of ``[letters 0-9@$!|€]`` holding the first such character starts (or where the last match ended), so
# the scan jumps from core to core in C instead of trying ``_LEET_WORD`` at every word; that also keeps a
# long word without a core linear (trying every position of it was quadratic).
_LEET_CORE = re.compile(rf"[0-9@$|€](?:(?<=[{LETTER}].)|(?=[{LETTER}]))|!(?=[{LETTER}])")
_LEAD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzæøåäöüéè0123456789@$!|€")  # the leading class of _LEET_WORD


def _run_start(text: str, index: int, floor: int) -> int:
    """The first index of the run of ``_LEAD_CHARS`` holding ``index`` (not below ``floor``)."""
    while index > floor and text[index - 1] in _LEAD_CHARS:
        index -= 1
    return index


def _leet(text: str) -> str:
    if not _LEET_CHARS.search(text):
        return text
    if _SPACED_KEY.search(text) and _SPACED_LEET.search(text):
        text = _leet_spaced(text)
    core = _LEET_CORE.search(text)
    if core is None:
        return text
    pieces: list[str] = []
    last = position = 0
    while core is not None:
        match = _LEET_WORD.match(text, _run_start(text, core.start(), position))
        assert match is not None  # a core is reachable through leading characters
        position = match.end()
        word = match.group()
        if not (_ALNUM_OK.fullmatch(word) or len(word) < 4 and sum(c.isalpha() for c in word) < 2):
            pieces.append(text[last:match.start()])
            pieces.append(word.translate(_LEET))
            last = position
        core = _LEET_CORE.search(text, position)
    pieces.append(text[last:])
    return "".join(pieces)


# Every ``_SPACED`` match holds a single letter between two equal separators, then one more single letter.
_SPACED_HINT = re.compile(rf"([ .\-_*·•,])[{LETTER}]\1[{LETTER}](?![{LETTER}])")


def _removals(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of characters to drop: separators between spaced letters, stretched letters."""
    drops: list[tuple[int, int]] = []
    if _SPACED_HINT.search(text) and _SPACED.search(text):
        for match in _SPACED.finditer(text):
            drops.extend((match.start() + m.start(), match.start() + m.end())
                         for m in _DROP_SPACED.finditer(match.group()))
    if _STRETCHED.search(text):
        drops.extend((m.start() + 1, m.end()) for m in _STRETCHED.finditer(text))
    drops.sort()
    return drops


# What a word of ``_TOKEN`` is made of; a ``\\w+`` run of these alone is a whole word of it.
_TOKEN_CHARS = re.compile(rf"[{LETTER}0-9]+")
_ALL_TOKEN_CHARS = re.compile(rf"[{LETTER}0-9 ]*")
# Runs found to be made of token characters only: words repeat from post to post, so a post's runs are mostly
# tested with one subset test in C. Emptied past ``_CACHE_RUNS`` runs, so memory stays flat.
_WHOLE_RUNS: set[str] = set()
_CACHE_RUNS = 200_000


def view_words(text: str) -> frozenset[str]:
    """The words of a text as ``View.words`` holds them (for a view text cut after it was built)."""
    return frozenset(_TOKEN.findall(text))


def _tokens(text: str, word_runs: frozenset[str] | None) -> frozenset[str]:
    """``frozenset(_TOKEN.findall(text))``, from the ``\\w+`` runs of ``text`` when they are given: every word of
    ``_TOKEN`` lies inside one run unless it holds an apostrophe, and most runs are one word whole."""
    if word_runs is None or "'" in text:
        return frozenset(_TOKEN.findall(text))
    if word_runs <= _WHOLE_RUNS:
        return word_runs  # every run is made of token characters only: each is one whole token
    new = word_runs - _WHOLE_RUNS
    if _ALL_TOKEN_CHARS.fullmatch(" ".join(new)):
        if len(_WHOLE_RUNS) + len(new) > _CACHE_RUNS:
            _WHOLE_RUNS.clear()
        _WHOLE_RUNS.update(new)
        return word_runs
    out: list[str] = []
    whole = _TOKEN_CHARS.fullmatch
    for run in word_runs:
        if run.isascii() and "_" not in run and (run.islower() or run.isdigit()) or whole(run):
            out.append(run)
        else:
            out += _TOKEN_CHARS.findall(run)
    return frozenset(out)


# Jutlandic "do" for "du" ("a ved hvor do bor", "kommer do her igen så får do en på skallen"), read as "du" after a
# Danish word that "du" follows or before one that follows "du": English "do" ("what do you", "I do", "do it") has
# neither there. The two words are as long, so the view's offsets are untouched.
_BEFORE_DU = (r"hvor|hvis|når|så|at|ka|kan|ska|skal|vil|har|er|tror|fordi|og|ellers|hvorfor|hvordan|hvad|kommer|får|"
              r"fæ|ved|ve|går|står|bor|må|sku|skulle|ku|kunne|da")
_AFTER_DU = (r"ska|skal|ka|kan|vil|er|e|har|ved|ve|tror|kommer|får|fæ|går|står|bor|ik|ikke|må|sku|skulle|ku|kunne|"
             r"bar|bare|sgu|jo|nok|da|lige|også|altid|aldrig|engang")
_JUTLANDIC_DO = re.compile(rf"(\b(?:{_BEFORE_DU})\s+)do(?![\w'])|(?<![\w'])do(?=\s+(?:{_AFTER_DU})\b)")
_BARE_DO = re.compile(r"(?<![\w'])do(?![\w'])")  # "do" as a word: most posts with "do" have it inside one ("don't")


def _respelled(text: str) -> str:
    """Common misspellings the rules should read as the word ("ihjæl"), each as long as the word: offsets stay."""
    return text.replace("ihjæl", "ihjel") if "ihjæl" in text else text


def _jutlandic(text: str) -> str:
    if "do" not in text or _BARE_DO.search(text) is None:
        return text
    return _JUTLANDIC_DO.sub(lambda m: f"{m.group(1) or ''}du", text)


def build_view(folded: str, word_runs: frozenset[str] | None = None) -> View:
    """The view of a folded text; ``word_runs`` (optional) are its distinct ``\\w+`` runs."""
    text = _jutlandic(_respelled(_leet(folded)))
    if text is not folded and text == folded:
        text = folded  # nothing was changed: the word runs of ``folded`` still describe it
    drops = _removals(text)
    if not drops:
        return View(text, None, _tokens(text, word_runs if text is folded else None))
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for start, end in drops:
        if start < last:
            start = last
        if start >= end:
            continue
        pieces.append(text[last:start])
        offsets.extend(range(last, start))
        last = end
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    joined = "".join(pieces)
    return View(joined, offsets, frozenset(_TOKEN.findall(joined)))


def view_of(doc: Document) -> View:
    """The view of ``doc``, built once and shared by all conduct checks."""
    cached = doc.__dict__.get("_conduct_view")
    if cached is None:
        cached = build_view(doc.folded.text, doc.word_set())
        doc.__dict__["_conduct_view"] = cached
    return cached


def original_span(doc: Document, view: View, start: int, end: int) -> tuple[int, int]:
    fstart, fend = view.folded_span(start, end)
    return doc.folded.original_span(fstart, fend)

