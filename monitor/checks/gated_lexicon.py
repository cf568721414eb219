"""Lexicons of phrases: one large alternation per file, with a cheap gate of the literals every match contains.

Python's regex engine tries every branch of an alternation at every position, so a lexicon of a few hundred
phrases costs far more than the handful of words a post shares with it. :class:`Lexicon` splits a lexicon file
into branches, derives for each the literal words one of which every match must contain (read from the parse
tree by :mod:`regex_literals`), and runs only the branches whose literals the post holds, merged back into the
alternation's matches. The whole alternation is dispatched on first letters (:mod:`regex_dispatch`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

from monitor.checks.base import Document
from monitor.checks.leftmost import leftmost_matches
from monitor.checks.regex_dispatch import expand_alternatives, first_letter_dispatch, split_alternatives
from monitor.checks.regex_literals import BranchReader, branch_keys, cut_literal, plain_head, word_initial_literals

LEXICONS = Path(__file__).parent / "lexicons"



class Lexicon:
    """A big alternation with a cheap gate: the literal strings one of which every match must contain.

    Python's regex engine tries every branch at every position, so a lexicon of a few hundred phrases costs
    tens of microseconds per post. All lexicons share one gate, run once per document (:func:`gate_hits`);
    a lexicon's full pattern runs only when one of its word-initial literals is in the post.
    """

    registry: list[Lexicon] = []

    def __init__(self, pattern: re.Pattern[str] | str, gated: bool = True) -> None:
        # A source string is compiled on first use: building every lexicon at import time is start-up cost
        # that each ``monitor check`` pays, while many patterns (the branches below) are never run at all.
        self._source = pattern if isinstance(pattern, str) else pattern.pattern
        self._compiled: re.Pattern[str] | None = None if isinstance(pattern, str) else pattern
        self._gate_source = self._source  # the keys are read from this source (a pattern set later is the same)
        self._gate_keys: tuple[frozenset[str] | None] | None = None  # see gate_keys(); None: not derived yet
        self.keys: frozenset[str] | None = None  # gate literals that open this lexicon; None: always open
        # Optional split into branches (see split()): each branch alone, and the branches each gate literal opens.
        self.parts: list[str] = []  # sources; compiled on first use into _compiled_parts
        self._compiled_parts: list[re.Pattern[str] | None] = []
        self.part_keys: list[frozenset[str] | None] = []
        self.part_also: list[tuple[frozenset[str], ...]] = []  # further key sets each branch requires
        self.opens: dict[str, list[int]] = {}
        self.open_keys: frozenset[str] = frozenset()
        self.always: list[int] = []
        self._picks: dict[frozenset[str], tuple[re.Pattern[str], ...]] = {}  # see _pick()
        self._by_found: dict[frozenset[str], tuple[re.Pattern[str], ...]] = {}  # see scan()
        if gated:
            Lexicon.registry.append(self)
            _GATE.clear()

    def split(self, branches: list[str], suffix: str) -> None:
        """Also keep the branches of the alternation one by one, so that a post runs only those its words allow.

        ``self.pattern`` must be ``(?<![\\w])(?:b1|b2|...)`` + ``suffix`` (or \\b instead of the look-behind) and
        every branch must start with a plain letter; otherwise nothing is split. A branch whose gate literals are
        not in the post cannot match anywhere in it, so leaving it out changes no match (see :func:`_merge`).
        """
        parts: list[str] = []
        keys: list[frozenset[str] | None] = []
        also: list[tuple[frozenset[str], ...]] = []
        reader = BranchReader()
        for branch in branches:
            head = plain_head(branch)
            if not head:
                return
            parts.append(head + rf"(?<!\w.{{{len(head)}}})" + branch[len(head):] + suffix)
            best, others = branch_keys(branch, reader)
            keys.append(best)
            also.append(others)
        self.parts, self.part_keys, self.part_also = parts, keys, also
        self._compiled_parts = [None] * len(parts)
        self.opens, self.always = {}, []
        for index, part_keys in enumerate(keys):
            if part_keys is None:
                self.always.append(index)
            else:
                for key in part_keys:
                    self.opens.setdefault(key, []).append(index)
        self.open_keys = frozenset(self.opens).union(*[group for groups in also for group in groups])
        self._picks, self._by_found = {}, {}
        self._gate_keys = None
        _GATE.clear()

    def gate_keys(self) -> frozenset[str] | None:
        """Word starts one of which every match holds (None: none known), derived once.

        A split lexicon matches only where one of its branches does, so the union of the branches' keys serves,
        and the whole alternation need not be parsed again (parsing is most of the start-up cost); otherwise
        they are read from the whole pattern."""
        if self._gate_keys is None:
            parts = [keys for keys in self.part_keys if keys is not None]
            if self.parts and len(parts) == len(self.parts):
                self._gate_keys = (frozenset().union(*parts),)
            else:
                required = word_initial_literals(list(_parser.parse(self._gate_source)))
                cut = {cut_literal(w) for w in required or ()}
                self._gate_keys = (frozenset(cut) if required and all(cut) else None,)
        return self._gate_keys[0]

    def scan(self, doc: Document) -> Iterator[re.Match[str]]:
        """Matches in the folded text of ``doc``, skipping the full pattern when the gate stays shut."""
        found = doc.__dict__.get("_gate")
        if found is None:
            found = gate_hits(doc)  # also fills self.keys on first use
        # Every lexicon of a post asks with the same set, whose hash Python keeps: one look-up instead of the set
        # operations of _picks_for(), when posts share their gate literals.
        picks = self._by_found.get(found)
        if picks is None:
            picks = self._picks_for(found)
        if not picks:
            return iter(())
        if len(picks) == 1:
            return picks[0].finditer(doc.folded.text)
        return leftmost_matches(picks, doc.folded.text)

    def _picks_for(self, found: frozenset[str]) -> tuple[re.Pattern[str], ...]:
        """The patterns to run on a post whose gate literals are ``found`` (none: the gate stays shut)."""
        if self.keys is not None and self.keys.isdisjoint(found):
            picks: tuple[re.Pattern[str], ...] = ()
        elif not self.parts:
            picks = (self.pattern,)
        else:
            opened = found & self.open_keys
            known = self._picks.get(opened)
            picks = self._pick(opened) if known is None else known
        if len(self._by_found) >= _MAX_FOUND:
            self._by_found.clear()
        self._by_found[found] = picks
        return picks

    def _pick(self, opened: frozenset[str]) -> tuple[re.Pattern[str], ...]:
        """The compiled branches the gate literals ``opened`` allow, in order (or the whole alternation alone when
        more are open than :data:`_MAX_PARTS`). Remembered per set of literals: posts share words, so sets recur."""
        picked = set(self.always)
        for key in opened:
            picked.update(self.opens.get(key, ()))
        also = self.part_also
        picked = {i for i in picked if all(not group.isdisjoint(opened) for group in also[i])}
        picks = (self.pattern,) if len(picked) > _MAX_PARTS else tuple(self.part(i) for i in sorted(picked))
        if len(self._picks) >= _MAX_PICKS:
            self._picks.clear()
        self._picks[opened] = picks
        return picks

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The whole alternation, compiled on first use."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source)
        return compiled

    @pattern.setter
    def pattern(self, pattern: re.Pattern[str] | str) -> None:
        self._source = pattern if isinstance(pattern, str) else pattern.pattern
        self._compiled = None if isinstance(pattern, str) else pattern
        self._picks, self._by_found = {}, {}  # they may hold the former pattern

    def part(self, index: int) -> re.Pattern[str]:
        """Branch ``index`` of the split alternation, compiled on first use."""
        compiled = self._compiled_parts[index]
        if compiled is None:
            compiled = self._compiled_parts[index] = re.compile(self.parts[index])
        return compiled



_MAX_PARTS = 16  # more branches open than this: one pass of the whole alternation is cheaper
_MAX_PICKS = 4096  # remembered branch selections per lexicon; past this the memory starts afresh
_MAX_FOUND = 1024  # remembered gate sets per lexicon (each holds a post's set alive): likewise


_GATE: dict[str, dict[str, tuple[str, ...]]] = {}
_TOKEN = re.compile(r"\w+")




def _buckets() -> dict[str, tuple[str, ...]]:
    """Gate literals of every lexicon grouped by first letter (built again when a lexicon is added)."""
    buckets = _GATE.get("buckets")
    if buckets is None:
        grouped: dict[str, set[str]] = {}
        for lexicon in Lexicon.registry:
            lexicon.keys = lexicon.gate_keys()
            lexicon._by_found.clear()  # the keys, and so the answers, may change
            cut = set(lexicon.keys or ())
            for part_keys in lexicon.part_keys:
                cut |= part_keys or set()
            for groups in lexicon.part_also:
                for group in groups:
                    cut |= group
            for word in cut:
                if word:
                    grouped.setdefault(word[0], set()).add(word)
        buckets = {first: tuple(sorted(words)) for first, words in grouped.items()}
        _GATE["buckets"] = buckets
        _SEEN.clear()
        _OPENS.clear()
        _OPENING.clear()
    return buckets


def gate_hits(doc: Document) -> frozenset[str]:
    """The gate literals that start a word of ``doc`` (computed once per document).

    Words recur from post to post, so each word is looked at once (:data:`_SEEN`) and the few that open a gate
    are remembered with their literals (:data:`_OPENS`): a post costs one ``findall`` and two set operations in C.
    """
    found: frozenset[str] | None = doc.__dict__.get("_gate")
    if found is None:
        buckets = _buckets()
        words = doc.word_set()  # the words of _TOKEN
        new = words.difference(_SEEN)
        if new:
            if len(_SEEN) + len(new) > _SEEN_MAX:
                _SEEN.clear()
                _OPENS.clear()
                _OPENING.clear()
                new = words
            for word in new:
                bucket = buckets.get(word[0])
                if bucket and word.startswith(bucket):
                    _OPENS[word] = frozenset(literal for literal in bucket if word.startswith(literal))
                    _OPENING.add(word)
            _SEEN.update(new)
        opening = words & _OPENING  # two sets: C walks the smaller one
        found = _NONE.union(*[_OPENS[word] for word in opening]) if opening else _NONE
        doc.__dict__["_gate"] = found
    return found


_NONE: frozenset[str] = frozenset()
# Words already looked at, and those of them that start with gate literals; both emptied when the buckets change.
_SEEN: set[str] = set()
_OPENS: dict[str, frozenset[str]] = {}
_OPENING: set[str] = set()  # the keys of _OPENS
_SEEN_MAX = 200_000  # words remembered; past this the memory starts afresh (a post still scans linearly)



@cache
def compile_lexicon(filename: str, gated: bool = True) -> Lexicon:
    """One alternation of the regular expressions in a lexicon file (one a line, ``#`` comments), word-bounded."""
    lines = (line.strip() for line in (LEXICONS / filename).read_text(encoding="utf-8").splitlines())
    parts = [line for line in lines if line and not line.startswith("#")]
    lexicon = Lexicon(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w])", gated)
    branches = expand_alternatives([alt for part in parts for alt in split_alternatives(part)])
    lexicon.pattern = first_letter_dispatch(branches) + r"(?![\w])"
    if gated:
        lexicon.split(branches, r"(?![\w])")
    else:
        _ = lexicon.pattern  # an ungated lexicon runs on every post: compile it now, and report a bad line now
    return lexicon
