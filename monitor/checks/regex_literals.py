"""The literal words every match of a regular expression must contain, read from its parse tree.

:func:`branch_keys` gives, for one branch of a lexicon, the word-initial literals one of which every match holds
(the gate of :class:`gated_lexicon.Lexicon`) and the further literal sets a match also needs; :class:`BranchReader`
shares the parsing work between the many branches of an expanded lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from monitor.checks.analysis_cache import cached


def branch_keys(branch: str, reader: BranchReader | None = None,
                ) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...]]:
    """The gate literals of one branch (None: none known) and the further literal sets it also requires.

    The other sets are those a match needs as well ("far ... slår": "far" and one of the verbs); a post must
    hold one word of each, or the branch is left out. Literals shorter than three letters start words in nearly
    every post and would only load the shared gate. ``reader`` shares parsing work between branches; the result
    is kept in ``analysis_cache``, so a start that finds it there parses nothing.
    """
    return cached("branch-keys", branch, lambda: _branch_keys(branch, reader))


def _branch_keys(branch: str, reader: BranchReader | None,
                 ) -> tuple[frozenset[str] | None, tuple[frozenset[str], ...]]:
    groups: list[list[str]] = []
    required = (reader or BranchReader()).required(branch, groups)
    cut = {cut_literal(w) for w in required or ()}
    best = frozenset(cut) if required and all(cut) else None
    others = {frozenset(map(cut_literal, group)) for group in groups} if best is not None else set()
    # sorted: the same tuple in every process (a set's order follows the per-process string hashes)
    return best, tuple(sorted((group for group in others if min(map(len, group)) >= 3 and group != best), key=sorted))


class BranchReader:
    """:func:`word_initial_literals` of many branches, parsing each distinct tail once (parsing is most of start-up).

    Expanded branches repeat their tails ("far\\s+(?:\\w+\\s+){0,2}(?:slår|...)", "mor\\s+..."): the parse of
    ``head + tail``, ``head`` being plain letters (:func:`plain_head`), is the head's literals followed by the
    parse of the tail alone, so the tail is parsed once. The tail's sub-patterns are then shared objects, and
    what :func:`word_initial_literals` finds in each is remembered too. A tail that might not parse the same alone (see
    :func:`_pieces`; or one with inline flags or a comment) is parsed with its head, as before.
    """

    def __init__(self) -> None:
        self._tails: dict[str, list[tuple[Any, Any]] | None] = {}
        self._pieces: dict[str, list[tuple[Any, Any]]] = {}
        self.memo: dict[tuple[int, bool], tuple[Any, list[str] | None]] = {}

    def items(self, branch: str) -> list[tuple[Any, Any]]:
        """What ``list(_parser.parse(branch))`` gives (sub-patterns possibly shared with other branches)."""
        head = plain_head(branch)
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
        return word_initial_literals(self.items(branch), collect=collect, memo=self.memo)


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



def plain_head(branch: str) -> str:
    """The plain letters a branch starts with ("far" of ``far\\s+slår``, "joint" of ``joints?``)."""
    end = 0
    while end < len(branch) and branch[end].isalnum():
        end += 1
    if end < len(branch) and branch[end] in "?*+{":
        end -= 1
    return branch[:end]


@lru_cache(maxsize=16384)  # the same literals recur in many branches and lexicons
def cut_literal(literal: str) -> str:
    """The longest word of a literal: each of its words starts a word of the text, which the gate compares."""
    return max(re.split(r"\W+", literal), key=len)


def _leading(items: list[tuple[Any, Any]]) -> str:
    """The literal characters a parsed sequence starts with."""
    chars = []
    for op, av in items:
        if op is not _constants.LITERAL:
            break
        chars.append(chr(av))
    return "".join(chars)


def word_initial_literals(items: list[tuple[Any, Any]], boundary: bool = True, collect: list[list[str]] | None = None,
              memo: dict[tuple[int, bool], tuple[Any, list[str] | None]] | None = None) -> list[str] | None:
    """Word-initial literal strings one of which every match of the parsed sequence contains (None: none known).

    Only literals that start a word are kept, so that the shared gate can test word starts only; a literal
    prefix that the parser factored out of a branch ("autis|autism" -> "a" + ...) is joined back to it. The
    best such set is returned; ``collect`` receives every one found along the sequence (each is required).
    ``memo`` remembers the answer for each parsed sub-pattern object (see :class:`BranchReader`).
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
    """:func:`word_initial_literals` of the parsed sub-pattern ``sub``, remembered in ``memo`` (which keeps ``sub``
    alive, so that its id stays its own). Callers only read the answer, so one list may serve several."""
    if memo is None:
        return word_initial_literals(list(sub), boundary)
    key = (id(sub), boundary)
    known = memo.get(key)
    if known is not None and known[0] is sub:
        return known[1]
    found = word_initial_literals(list(sub), boundary, memo=memo)
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

