"""Lexicons of phrases: one large alternation per file, with a cheap gate of the literals every match contains.

Python's regex engine tries every branch of an alternation at every position, so a lexicon of a few hundred
phrases costs far more than the handful of words a post shares with it. :class:`Lexicon` splits a lexicon file
into branches, derives for each the literal words one of which every match must contain (read from the parse
tree), and runs only the branches whose literals the post holds, merged back into the alternation's matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from monitor.checks.base import Document
from monitor.checks.leftmost import leftmost_matches

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
        reader = _BranchReader()
        for branch in branches:
            head = _plain_head(branch)
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
                required = _required(list(_parser.parse(self._gate_source)))
                cut = {_cut(w) for w in required or ()}
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


def branch_keys(branch: str, reader: _BranchReader | None = None,
                ) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...]]:
    """The gate literals of one branch (None: none known) and the further literal sets it also requires.

    The other sets are those a match needs as well ("far ... slår": "far" and one of the verbs); a post must
    hold one word of each, or the branch is left out. Literals shorter than three letters start words in nearly
    every post and would only load the shared gate. ``reader`` shares parsing work between branches.
    """
    groups: list[list[str]] = []
    required = (reader or _BranchReader()).required(branch, groups)
    cut = {_cut(w) for w in required or ()}
    best = frozenset(cut) if required and all(cut) else None
    others = {frozenset(map(_cut, group)) for group in groups} if best is not None else set()
    return best, tuple(group for group in others if min(map(len, group)) >= 3 and group != best)


class _BranchReader:
    """:func:`_required` of many branches, parsing each distinct tail once (parsing is most of start-up).

    Expanded branches repeat their tails ("far\\s+(?:\\w+\\s+){0,2}(?:slår|...)", "mor\\s+..."): the parse of
    ``head + tail``, ``head`` being plain letters (:func:`_plain_head`), is the head's literals followed by the
    parse of the tail alone, so the tail is parsed once. The tail's sub-patterns are then shared objects, and
    what :func:`_required` finds in each is remembered too. A tail that might not parse the same alone (see
    :func:`_pieces`; or one with inline flags or a comment) is parsed with its head, as before.
    """

    def __init__(self) -> None:
        self._tails: dict[str, list[tuple[Any, Any]] | None] = {}
        self._pieces: dict[str, list[tuple[Any, Any]]] = {}
        self.memo: dict[tuple[int, bool], tuple[Any, list[str] | None]] = {}

    def items(self, branch: str) -> list[tuple[Any, Any]]:
        """What ``list(_parser.parse(branch))`` gives (sub-patterns possibly shared with other branches)."""
        head = _plain_head(branch)
        tail = branch[len(head):]
        parsed = self._tails.get(tail, False)
        if parsed is False:
            pieces = _pieces(tail) if head and not _INLINE_FLAGS.search(tail) else None
            try:
                parsed = None if pieces is None else self._sequence(pieces)
            except re.error:
                parsed = None
            self._tails[tail] = parsed
        if parsed is None:
            return list(_parser.parse(branch))
        return [(_constants.LITERAL, ord(char)) for char in head] + parsed

    def _sequence(self, pieces: list[str]) -> list[tuple[Any, Any]]:
        """The parse of a sequence from the parses of its pieces (see :func:`_pieces`).

        A sequence parses item by item, so the parse of each top-level group with its repeat, and of the text
        between groups, is reused wherever that piece recurs ("(?:\\w+\\s+){0,2}", "(?:mig|ham|hende)").
        """
        items: list[tuple[Any, Any]] = []
        for piece in pieces:
            parsed = self._pieces.get(piece)
            if parsed is None:
                parsed = self._pieces[piece] = list(_parser.parse(piece))
            items += parsed
        return items

    def required(self, branch: str, collect: list[list[str]] | None = None) -> list[str] | None:
        return _required(self.items(branch), collect=collect, memo=self.memo)


def _pieces(tail: str) -> list[str] | None:
    """``tail`` cut before and after each top-level group (a group keeps the repeat after it), or None when the
    pieces might not parse alone as they do together: a top-level "|", a capturing group (numbered by position)
    or a reference to one, or a piece that starts with a repeat (which acts on what precedes it)."""
    pieces: list[str] = []
    depth, in_class, start, index = 0, False, 0, 0
    while index < len(tail):
        char = tail[index]
        if char == "\\":
            if tail[index + 1:index + 2].isdigit():
                return None
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":  # a "]" first in a class ("[]x]", "[^]x]") is one of its characters
            in_class = True
            index += 2 if tail.startswith("[^", index) else 1
            index += tail.startswith("]", index)
            continue
        elif char == "(":
            if not tail.startswith(_NON_CAPTURING, index):
                return None
            if depth == 0 and index > start:
                pieces.append(tail[start:index])
                start = index
            depth += 1
        elif char == "|" and depth == 0:
            return None
        elif char == ")":
            depth -= 1
            if depth == 0:
                repeat = _REPEAT.match(tail, index + 1)
                index = repeat.end() if repeat else index + 1
                pieces.append(tail[start:index])
                start = index
                continue
        index += 1
    if start < len(tail):
        pieces.append(tail[start:])
    if depth or in_class or any(piece.startswith(("?", "*", "+", "{")) for piece in pieces):
        return None
    return pieces


_NON_CAPTURING = ("(?:", "(?=", "(?!", "(?<=", "(?<!")
_REPEAT = re.compile(r"(?:[?*+]|\{\d*,?\d*\})[?+]?")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux#-]")  # inline flags act on the whole pattern; a comment may hide a "|"


_MAX_PARTS = 16  # more branches open than this: one pass of the whole alternation is cheaper
_MAX_PICKS = 4096  # remembered branch selections per lexicon; past this the memory starts afresh
_MAX_FOUND = 1024  # remembered gate sets per lexicon (each holds a post's set alive): likewise


def _plain_head(branch: str) -> str:
    """The plain letters a branch starts with ("far" of ``far\\s+slår``, "joint" of ``joints?``)."""
    end = 0
    while end < len(branch) and branch[end].isalnum():
        end += 1
    if end < len(branch) and branch[end] in "?*+{":
        end -= 1
    return branch[:end]


_GATE: dict[str, dict[str, tuple[str, ...]]] = {}
_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=16384)  # the same literals recur in many branches and lexicons
def _cut(literal: str) -> str:
    """The longest word of a literal: each of its words starts a word of the text, which the gate compares."""
    return max(re.split(r"\W+", literal), key=len)


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


def _leading(items: list[tuple[Any, Any]]) -> str:
    """The literal characters a parsed sequence starts with."""
    chars = []
    for op, av in items:
        if op is not _constants.LITERAL:
            break
        chars.append(chr(av))
    return "".join(chars)


def _required(items: list[tuple[Any, Any]], boundary: bool = True, collect: list[list[str]] | None = None,
              memo: dict[tuple[int, bool], tuple[Any, list[str] | None]] | None = None) -> list[str] | None:
    """Word-initial literal strings one of which every match of the parsed sequence contains (None: none known).

    Only literals that start a word are kept, so that the shared gate can test word starts only; a literal
    prefix that the parser factored out of a branch ("autis|autism" -> "a" + ...) is joined back to it. The
    best such set is returned; ``collect`` receives every one found along the sequence (each is required).
    ``memo`` remembers the answer for each parsed sub-pattern object (see :class:`_BranchReader`).
    """
    best: list[str] | None = None
    run: list[str] = []
    run_at_boundary = boundary

    def consider(alternatives: list[str] | None) -> None:
        nonlocal best
        if not alternatives or min(map(len, alternatives)) == 0:
            return
        if collect is not None:
            collect.append(alternatives)
        if best is None or _gate_key(alternatives) > _gate_key(best):
            best = alternatives

    for op, av in items:
        if op is _constants.LITERAL:
            if not run:
                run_at_boundary = boundary
            run.append(chr(av))
            boundary = False
            continue
        if op is _constants.BRANCH:
            if run and run_at_boundary:
                branches = [list(b) for b in av[1]]
                if all(_leading(b) for b in branches):
                    consider(["".join(run) + _leading(b) for b in branches])
            elif not run:
                union: list[str] | None = []
                for branch in av[1]:
                    found = _required_in(branch, boundary, memo)
                    if found is None:
                        union = None
                        break
                    union += found  # type: ignore[operator]
                consider(union)
        elif op is _constants.SUBPATTERN and not run:
            consider(_required_in(av[-1], boundary, memo))
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1 and not run:
            consider(_required_in(av[2], boundary, memo))
        if run and run_at_boundary:
            consider(["".join(run)])
        run = []
        boundary = _opens_word(op, av, boundary)
    if run and run_at_boundary:
        consider(["".join(run)])
    return best


def _required_in(sub: Any, boundary: bool,
                 memo: dict[tuple[int, bool], tuple[Any, list[str] | None]] | None) -> list[str] | None:
    """:func:`_required` of the parsed sub-pattern ``sub``, remembered in ``memo`` (which keeps ``sub`` alive, so
    that its id stays its own). Callers only read the answer, so one list may serve several."""
    if memo is None:
        return _required(list(sub), boundary)
    key = (id(sub), boundary)
    known = memo.get(key)
    if known is not None and known[0] is sub:
        return known[1]
    found = _required(list(sub), boundary, memo=memo)
    memo[key] = (sub, found)
    return found


def _is_space(op: Any, av: Any) -> bool:
    if op is _constants.IN:
        return (_constants.CATEGORY, _constants.CATEGORY_SPACE) in av
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        return all(_is_space(o, a) for o, a in av[2])
    return op is _constants.LITERAL and chr(av).isspace()


def _opens_word(op: Any, av: Any, before: bool) -> bool:
    """True when what follows ``op`` starts a word (``before``: whether ``op`` itself started at one)."""
    if op in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
        return True
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        body = list(av[2])
        if body and _is_space(*body[-1]):  # "(?:\w+\s+){0,2}", "\s+": ends on whitespace, or is skipped
            return True if av[0] >= 1 else before
        return False
    return _is_space(op, av)


# Words so common that a gate built on them would open for almost every post.
_COMMON = frozenset([
    "jeg", "mig", "min", "mit", "mine", "ikke", "ik", "har", "er", "var", "og", "at", "det", "den", "de", "en",
    "et", "på", "til", "med", "for", "om", "som", "han", "hun", "ham", "hende", "hans", "sig", "selv", "bare",
    "mere", "altid", "tiden", "dage", "flere", "været", "tager", "tog", "kan", "vil", "skal", "ved", "aner",
    "hvor", "fra", "hos", "kun", "the", "and", "to", "of", "in", "me", "my", "can", "end", "from", "want",
    "would", "is", "was", "his", "her", "him", "days", "been", "have", "has", "not", "just", "all", "alt",
    "sel", "ved", "fik", "fået", "liv", "ingen", "nogen", "hjem", "klubben", "skole", "skolen", "under", "hver",
    "every", "weekend", "rev", "tager", "det", "dag", "vil", "tage", "før", "noget", "sige", "når", "fordi",
    "mere", "hjemme", "samme", "aldrig", "gøre", "hendes", "fire", "tog", "mor", "far", "mand", "forældre",
    "sagde", "skrev", "going", "kan",
])


def _gate_key(alternatives: list[str]) -> tuple[bool, int, int]:
    shortest = min(map(len, alternatives))
    distinctive = shortest >= 3 and not any(a.strip() in _COMMON for a in alternatives)
    return distinctive, min(shortest, 6), -len(alternatives)


@cache
def compile_lexicon(filename: str, gated: bool = True) -> Lexicon:
    """One alternation of the regular expressions in a lexicon file (one a line, ``#`` comments), word-bounded."""
    lines = (line.strip() for line in (LEXICONS / filename).read_text(encoding="utf-8").splitlines())
    parts = [line for line in lines if line and not line.startswith("#")]
    lexicon = Lexicon(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w])", gated)
    branches = _expand([alt for part in parts for alt in _alternatives(part)])
    lexicon.pattern = _dispatch(branches) + r"(?![\w])"
    if gated:
        lexicon.split(branches, r"(?![\w])")
    else:
        _ = lexicon.pattern  # an ungated lexicon runs on every post: compile it now, and report a bad line now
    return lexicon


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|b(c|d)`` -> ``a``, ``b(c|d)``)."""
    alternatives: list[str] = []
    depth, in_class, escaped, start = 0, False, False, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or index == start
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
    alternatives.append(pattern[start:])
    return alternatives


def _expand(alternatives: list[str]) -> list[str]:
    """``(?:far|mor)\\s+slår`` -> ``far\\s+slår``, ``mor\\s+slår``: the same matches tried in the same order, but
    each alternative now starts with a letter that :func:`_dispatch` can group on."""
    out: list[str] = []
    for alternative in alternatives:
        inner = _leading_group(alternative)
        if inner is None:
            out.append(alternative)
            continue
        body, rest = inner
        choices = _alternatives(body)
        optional = rest.startswith("?") and not rest.startswith(("??", "?+"))
        if optional:  # "(?:type\\s?)?diabet": greedy, so first with the group, then without it
            rest = rest[1:]
        if len(choices) > 40 or rest.startswith(("?", "*", "+", "{")) or any(not c for c in choices):
            out.append(alternative)
            continue
        out += _expand([choice + rest for choice in choices] + ([rest] if optional else []))
    return out


def _leading_group(alternative: str) -> tuple[str, str] | None:
    """(body, what follows) when ``alternative`` starts with a non-capturing group ``(?:body)``."""
    if not alternative.startswith("(?:"):
        return None
    depth, in_class, escaped = 0, False, False
    for index, char in enumerate(alternative):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == "|" and depth == 0:
            return None
        elif char == ")":
            depth -= 1
            if depth == 0:
                return alternative[3:index], alternative[index + 1:]
    return None


# Characters that stand for themselves in a pattern (outside a class) and are no line break: ``(?<!\w.)`` after
# one of them reads the character before it, as ``(?<![\w])`` before it does.
_PLAIN_PUNCTUATION = "%@#&'\"!,;:=<>~/-"


def _dispatch(alternatives: list[str], guard: str = r"(?<![\w])") -> str:
    """A word-initial alternation of ``alternatives`` that the regex engine dispatches on the first letter.

    ``(?<![\\w])(?:a1|a2|...)`` tries every branch at every word start. Here branches that begin with a plain
    letter are grouped under it ("a(?<!\\w.)(?:dhd|utis...)"), so the engine skips to the few letters that can
    start a match and tries only their branches. Matches are the same: branches that can match at one position
    keep their order (a branch whose first letter is not plain is a barrier that nothing moves across).
    """
    out: list[str] = []
    segment: dict[str, list[str]] = {}

    def flush() -> None:
        for letter, rests in segment.items():
            out.append(re.escape(letter) + r"(?<!\w.)(?:" + "|".join(rests) + ")")
        segment.clear()

    # With the default guard a plain punctuation mark ("%") is grouped too: the engine then has a first character
    # for every branch and skips ahead in C; one branch starting with a look-behind makes it try every position.
    plain = _PLAIN_PUNCTUATION if guard == r"(?<![\w])" else ""
    for alternative in _expand(alternatives):
        first, rest = alternative[:1], alternative[1:]
        if (first.isalnum() or (first and first in plain)) and not rest.startswith(("?", "*", "+", "{")):
            segment.setdefault(first, []).append(rest)
            continue
        flush()
        out.append(guard + "(?:" + alternative + ")")
    flush()
    return "(?:" + "|".join(out) + ")"


def fast_alternation(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (an alternation whose branches all start with ``\\b`` and a letter) dispatched on first letters.

    Same matches in the same order as ``pattern`` (see :func:`_dispatch` and :func:`_expand`).
    """
    return re.compile(_dispatch(word_branches(pattern), guard=r"\b"), pattern.flags)


def word_branches(pattern: re.Pattern[str]) -> list[str]:
    """The branches of a word-initial alternation, each starting with a letter where possible (no ``\\b``)."""
    alternatives = _alternatives(pattern.pattern)
    if not all(a.startswith(r"\b") for a in alternatives):
        raise ValueError(f"not a word-initial alternation: {pattern.pattern[:40]}")
    flat: list[str] = []
    for alternative in _expand([a[2:] for a in alternatives]):
        flat += _expand([alternative[2:]]) if alternative.startswith(r"\b") else [alternative]
    return flat
