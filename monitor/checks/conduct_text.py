"""The de-obfuscated view of a post that the conduct checks read, and the lexicon data they load.

Filters are dodged with leetspeak (``1d10t``, ``$h1t``), spaced or dotted letters (``p.e.r.k.e.r``) and
stretched letters (``idioooot``). The view undoes these on top of ``doc.folded`` (which already removed
zero-width characters and folded look-alikes) and keeps a map back to the original offsets.
Lexicons are data files (``lexicons/conduct_*.txt``): words with Danish inflection paradigms are
compiled into one trie-shaped regular expression per lexicon, in which every letter may repeat, so a
lookup costs one linear scan whatever the number of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from operator import itemgetter
from pathlib import Path
from re import _parser as sre  # type: ignore[attr-defined]
from typing import cast

from monitor.checks import conduct_literals
from monitor.checks.base import Document
from monitor.checks.conduct_literals import RuleIndex, text_mask, tree_items
from monitor.checks.lazy_pattern import LazyPattern

LEXICONS = Path(__file__).parent / "lexicons"
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
        """Bits of the registered requirements (``conduct_literals.requirement_bit``) met by the words of
        the text; None for a huge post or one with a very long word (``text_mask``)."""
        cached = self.__dict__.get("_needs_met")
        if cached is None or cached[0] != conduct_literals.generation:
            mask = text_mask(self.words) if len(self.words) <= _MANY_WORDS else None
            cached = (conduct_literals.generation, mask)
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


def build_view(folded: str, word_runs: frozenset[str] | None = None) -> View:
    """The view of a folded text; ``word_runs`` (optional) are its distinct ``\\w+`` runs."""
    text = _leet(folded)
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


# --- lexicon files -------------------------------------------------------------------------------

def _lines(name: str) -> Iterable[str]:
    for raw in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            yield line


@dataclass(frozen=True)
class Entry:
    """One lexicon word: its base form and flags (``strong``, ``prefix``, ``person``, ...)."""

    base: str
    flags: frozenset[str]


def squeeze(word: str) -> str:
    """Collapse runs of the same letter: the key under which stretched spellings meet."""
    return re.sub(r"(.)\1+", r"\1", word)


@dataclass(frozen=True)
class Gate:
    """Cheap pre-test: a post without any of these words, word heads or substrings skips a rule set."""

    words: frozenset[str]
    prefixes: tuple[str, ...] = ()
    substrings: tuple[str, ...] = ()

    def passes(self, view: View) -> bool:
        met = view.needs_met() if self.bits else None
        if met is not None:
            if met & self.bits:
                return True
        elif not self.words.isdisjoint(view.words) or not self.prefix_heads.isdisjoint(view.heads) and any(
                word.startswith(self.prefixes) for word in view.words):
            return True
        return self.substring_in(view.text)

    def substring_in(self, text: str) -> bool:
        """Whether ``text`` holds one of ``marks`` and one of ``substrings`` (the substring part of ``passes``).

        Only the substrings whose mark characters are all in the text can be there, and the rest are
        skipped: with "!" in a post only "sh!t" is looked for, not every "f*ck"."""
        if not self.substrings:
            return False
        has = text.__contains__
        present = frozenset(filter(has, self.marks))
        if not present:
            return False
        return any(any(map(has, strings)) for needed, strings in self.by_marks if needed <= present)

    @cached_property
    def bits(self) -> int:
        """The words and prefixes as bits of a text's mask (``conduct_literals.text_mask``); 0 when a
        prefix is too short to have a bit (the sets are tested then)."""
        if any(len(prefix) < 3 for prefix in self.prefixes):
            return 0
        return sum({conduct_literals.word_bit(word) for word in self.words}
                   | {conduct_literals.start_bit(prefix) for prefix in self.prefixes})

    @cached_property
    def any_substring(self) -> re.Pattern[str]:
        """Finds one of ``substrings`` (never matches when there are none): one C-level search."""
        if not self.substrings:
            return re.compile(r"(?!)")
        return re.compile("|".join(map(re.escape, sorted(set(self.substrings), key=len))))

    @cached_property
    def by_marks(self) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
        """The substrings grouped by the mark characters they hold (``substring_in``)."""
        groups: dict[frozenset[str], set[str]] = {}
        for sub in self.substrings:
            groups.setdefault(self.marks.intersection(sub), set()).add(sub)
        return tuple((needed, tuple(sorted(subs))) for needed, subs in groups.items())

    @cached_property
    def prefix_heads(self) -> frozenset[str]:
        return frozenset(p[:3] for p in self.prefixes)

    @cached_property
    def marks(self) -> frozenset[str]:
        """Characters other than letters in the substrings ("*" of "f*ck"): cheap to test first."""
        return frozenset(c for sub in self.substrings for c in sub if not c.isalpha()) or frozenset(
            sub[:1] for sub in self.substrings)


@cache
def lexicon_gate(name: str) -> Gate:
    """A gate holding every written form of a lexicon (multi-word forms by their first word)."""
    words: set[str] = set()
    prefixes: list[str] = []
    substrings: list[str] = []
    for raw, entry in _lexicon_forms(name):
        if "person" in entry.flags:
            continue  # neutral words ("fyr", "lærer") only qualify a neighbouring insult
        first = max(raw.split(" "), key=len)  # every word of a phrase is needed: gate on the rarest-looking
        if "prefix" in entry.flags:
            prefixes.extend((raw, squeeze(raw)))
        elif re.fullmatch(f"[{LETTER}0-9']+", first):
            words.update((first, squeeze(first)))
        else:
            substrings.append(first)
    gate = Gate(frozenset(words), tuple(prefixes), tuple(substrings))
    _ = gate.bits  # registered now: registering later would make every cached text mask stale
    return gate


def _full_form(word: str, part: str) -> bool:
    """Whether an inflection part is a whole irregular form ("negre" of "neger") rather than a suffix ("ler")."""
    return part[:2] == word[:2] or (part[:1] == word[:1] and len(part) >= len(word))


def _lexicon_forms(name: str) -> list[tuple[str, Entry]]:
    paradigms: dict[str, list[str]] = {}
    out: list[tuple[str, Entry]] = []
    for line in _lines(name):
        if line.startswith("@"):
            key, _, listed = line[1:].partition("=")
            paradigms[key.strip()] = ["" if s == "-" else s for s in listed.split()]
            continue
        head, *flags = line.split()
        word, _, inflection = head.partition("/")
        suffixes = [""]
        full: list[str] = []
        for part in inflection.split(",") if inflection else []:
            if part in paradigms:
                suffixes.extend(paradigms[part])
            elif _full_form(word, part):
                full.append(part)  # an irregular form written out: "ækel/A,ækle", "mand/N,mænd"
            else:
                suffixes.append(part)
        entry = Entry(word.replace("_", " "), frozenset(flags))
        out.extend(((word + suffix).replace("_", " "), entry) for suffix in suffixes)
        out.extend((form.replace("_", " "), entry) for form in full)
    return out


@cache
def load_lexicon(name: str) -> dict[str, Entry]:
    """Forms of a word-list file, keyed by squeezed form.

    Format: ``@NAME = suffix suffix ...`` defines a paradigm (``-`` is the empty suffix); an entry
    line is ``word[/PARADIGM or /suf,suf] [flag ...]``; a word may hold spaces written as ``_``.
    """
    forms: dict[str, Entry] = {}
    for raw, entry in _lexicon_forms(name):
        key = squeeze(raw)
        if "prefix" in entry.flags:
            forms[key] = entry  # a compound head wins over an inflected form of the same spelling
        else:
            forms.setdefault(key, entry)
    return forms


def _trie_pattern(words: Iterable[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = []
        for char in sorted(k for k in node if k):
            if char == " ":
                piece = r"[\s\-]+"
            elif char.isalpha():
                piece = re.escape(char) + "+"
            else:
                piece = re.escape(char)
            branches.append(piece + emit(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


@cache
def lexicon_regex(name: str) -> re.Pattern[str]:
    """One regex for every form of a lexicon; ``prefix`` entries also match as the head of a compound.

    ``person`` entries are left out: they are looked up next to an insult, never matched alone."""
    forms = {f: e for f, e in load_lexicon(name).items() if "person" not in e.flags}
    whole = [f for f, e in forms.items() if "prefix" not in e.flags]
    heads = [f for f, e in forms.items() if "prefix" in e.flags]
    parts = []
    if whole:
        parts.append(f"(?:{_trie_pattern(whole)})(?![{LETTER}])")
    if heads:
        parts.append(f"(?:{_trie_pattern(heads)})[{LETTER}]*")
    return re.compile(rf"(?<![{LETTER}])(?:{'|'.join(parts)})")


def lookup(name: str, matched: str) -> Entry | None:
    """The entry behind a regex match (compound heads are found by their longest known prefix)."""
    forms = load_lexicon(name)
    key = squeeze(re.sub(r"[\s\-]+", " ", matched))
    if key in forms:
        return forms[key]
    for cut in range(len(key) - 1, 1, -1):
        entry = forms.get(key[:cut])
        if entry is not None and "prefix" in entry.flags:
            return entry
    return None


@cache
def load_patterns(name: str) -> list[tuple[str, re.Pattern[str]]]:
    """Rule patterns: ``@MACRO = regex`` lines define macros used as ``{MACRO}``; other lines are
    ``rule_id  regex`` (separated by two or more spaces)."""
    return [(rule, re.compile(source)) for rule, source in _pattern_sources(name)]


def pattern_sources(name: str) -> list[tuple[str, str]]:
    """The rules of a pattern file before compiling: (rule, expanded regular expression)."""
    return list(_pattern_sources(name))


@cache
def _pattern_sources(name: str) -> list[tuple[str, str]]:
    """``load_patterns`` before compiling: (rule, expanded regular expression)."""
    macros: dict[str, str] = {}
    rules: list[tuple[str, str]] = []
    for line in _lines(name):
        if line.startswith("@"):
            key, _, value = line[1:].partition("=")
            macros[key.strip()] = _expand(value.strip(), macros)
            continue
        rule, pattern = re.split(r"\s{2,}", line, maxsplit=1)
        rules.append((rule, _expand(pattern, macros)))
    return rules


def _first_chars(items: list[tuple[object, object]]) -> set[str] | None:
    """Characters one of which every match of the parsed pattern ``items`` starts with (None: unknown)."""
    for index, (op, av) in enumerate(items):
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width: the first consumed character comes later
        if name == "LITERAL":
            return {chr(av)}  # type: ignore[arg-type]
        if name == "IN":
            chars: set[str] = set()
            for kind, value in av:  # type: ignore[union-attr]
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "RANGE" and value[1] - value[0] < 64:
                    chars.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return chars
        if name == "BRANCH":
            found: set[str] = set()
            rest: set[str] | None = None
            for alternative in av[1]:  # type: ignore[index]
                first = _first_chars(tree_items(alternative))
                if first is None and _zero_width(tree_items(alternative)):
                    # "(?:^|(?<=[.!?]\s))ved": this way in consumes nothing, the rest of the pattern starts it
                    first = rest = _first_chars(items[index + 1:]) if rest is None else rest
                if first is None:
                    return None
                found |= first
            return found
        if name == "SUBPATTERN":
            if _zero_width(tree_items(av[3])):  # type: ignore[index]
                continue
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                return None
            return _first_chars(tree_items(av[3]))  # type: ignore[index]
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, sub = av  # type: ignore[misc]
            first = _first_chars(tree_items(sub))
            if first is None or low > 0:
                return first
            rest = _first_chars(items[index + 1:])
            return None if rest is None else first | rest
        return None
    return None


def _zero_width(items: list[tuple[object, object]]) -> bool:
    """Whether the parsed pattern ``items`` consumes no character (anchors and lookarounds only)."""
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN" and _zero_width(tree_items(av[3])):  # type: ignore[index]
            continue
        if name == "BRANCH" and all(_zero_width(tree_items(alt)) for alt in av[1]):  # type: ignore[index]
            continue
        return False
    return True


def with_first_chars(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead on the characters its matches can start with.

    A rule such as ``\\b(?:muslimer|jøder|...)`` starts with a word boundary, which stops the regular
    expression engine from skipping ahead on its first character; the lookahead gives it back that
    skip, which makes a scan several times cheaper. The lookahead is implied by the pattern, so
    matches are unchanged.
    """
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        tree = sre.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return pattern
    wrapped = _with_first_chars(pattern.pattern, pattern.flags, tree)
    return pattern if wrapped is None else re.compile(wrapped, pattern.flags)


def _with_first_chars(source: str, flags: int, tree: object) -> str | None:
    """The source of ``with_first_chars`` from the parsed ``source`` (None: left as it is)."""
    try:
        first = _first_chars(tree_items(tree))  # type: ignore[call-overload]
    except (re.error, RecursionError, TypeError, ValueError, IndexError):
        return None
    if not first or len(first) > 40:
        return None
    chars = "".join(sorted(re.escape(c) if c not in "-" else "\\-" for c in first))
    # the group makes the lookahead guard every top-level alternative, not only the first
    return f"(?=[{chars}])(?:{source})"


def _first_chars_pattern(source: str) -> re.Pattern[str]:
    """``with_first_chars(re.compile(source))``, parsing ``source`` once for both the lookahead and the literal
    requirements of the rule index (``conduct_literals.remember_tree``): start-up is mostly regex parsing."""
    try:
        tree = sre.parse(source)
    except (RecursionError, TypeError, ValueError, IndexError):
        return with_first_chars(re.compile(source))  # re.error is raised as it always was
    flags = tree.state.flags
    if flags & re.IGNORECASE:
        return re.compile(source)
    wrapped = _with_first_chars(source, flags, tree)
    pattern = re.compile(source if wrapped is None else wrapped, flags)
    # The wrapped pattern parses as [lookahead, (?:tree)]: a zero-width item and a group add no literal and
    # take none away, so the tree of ``source`` has the same requirements.
    conduct_literals.remember_tree(pattern, tree)
    return pattern


_PLAIN_FLAGS = re.compile("").flags


def _lazy_first_chars_pattern(source: str) -> re.Pattern[str]:
    """``_first_chars_pattern(source)``, compiled on first use (``LazyPattern``; it stands in for the pattern)."""
    try:
        tree = sre.parse(source)
    except (RecursionError, TypeError, ValueError, IndexError):
        return _first_chars_pattern(source)  # re.error is raised as it always was
    flags = tree.state.flags
    if flags != _PLAIN_FLAGS:
        # inline flags ("(?i)", "(?s)") are rare in rule files: compiled now, so their errors come now as ever
        return _first_chars_pattern(source)
    wrapped = _with_first_chars(source, flags, tree)
    pattern = cast("re.Pattern[str]", LazyPattern(source if wrapped is None else wrapped, flags))
    conduct_literals.remember_tree(pattern, tree)  # as in ``_first_chars_pattern``
    return pattern


@cache
def macro(name: str, key: str) -> str:
    macros: dict[str, str] = {}
    for line in _lines(name):
        if line.startswith("@"):
            k, _, value = line[1:].partition("=")
            macros[k.strip()] = _expand(value.strip(), macros)
    return macros[key]


def _expand(pattern: str, macros: dict[str, str]) -> str:
    pattern = pattern.replace("{L}", LETTER)
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{macros[m.group(1)]})", pattern)


@dataclass(frozen=True)
class RuleGate:
    """Words one of which a rule's match must start with: whole words, or heads of three letters."""

    words: frozenset[str]
    heads: frozenset[str]

    def passes(self, view: View) -> bool:
        return not self.words.isdisjoint(view.words) or not self.heads.isdisjoint(view.heads)


_LITERAL = re.compile(rf"[{LETTER}0-9']+")
# A literal punctuation character (not a class, group or quantifier): the word before it ends there.
_ENDS_WORD = re.compile(r"(?:[&/:,!-]|\\[-.&/:,!])(?![?*{+])")


# What ``_split_top`` and ``_group_end`` look at: an escape (two characters), a character class up to the first
# "]" after its "[" (a "[" without one is an error), and the characters that open, close or split groups. Every
# other character is skipped in C.
_STRUCTURE = re.compile(r"\\(?:.|\Z)|\[[^\]]*\]|\[|[()|]", re.DOTALL)


def _split_top(group: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for token in _STRUCTURE.finditer(group):
        char = token.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|":
            if depth == 0:
                parts.append(group[start:token.start()])
                start = token.end()
        elif char == "[":
            raise ValueError(group)  # a class that never closes
    parts.append(group[start:])
    return parts


def _group_end(source: str, start: int) -> int:
    depth = 0
    for token in _STRUCTURE.finditer(source, start):
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


def _union(found: list[tuple[set[str], set[str]] | None]) -> tuple[set[str], set[str]] | None:
    if any(f is None for f in found):
        return None
    return (set().union(*(f[0] for f in found if f)), set().union(*(f[1] for f in found if f)))


def _starts(source: str, depth: int = 0) -> tuple[set[str], set[str]] | None:
    """Words / three-letter heads one of which every match of ``source`` begins with, or None."""
    if depth > 8:
        return None
    alternatives = _split_top(source)
    if len(alternatives) > 1:
        return _union([_starts(alt, depth + 1) for alt in alternatives])
    while source.startswith(("\\b", "(?<!", "(?<=", "(?!", "(?=")):
        # zero-width assertions consume nothing: the first word comes after them
        source = source[2:] if source.startswith("\\b") else source[_group_end(source, 0) + 1:]
    if source.startswith("(?:"):
        end = _group_end(source, 0)
        rest = source[end + 1:]
        inner = [_starts(alt + rest.lstrip("?*"), depth + 1) for alt in _split_top(source[3:end])]
        if rest[:1] in ("?", "*"):
            inner.append(_starts(rest[1:], depth + 1))
        elif rest[:1] == "{":
            return None
        return _union(inner)
    literal = _LITERAL.match(source)
    if literal is None:
        return None
    text, rest = literal.group(), source[literal.end():]
    if rest[:1] in ("?", "*", "{"):
        text = text[:-1]
    if (rest.startswith(("\\s", "\\b")) and not rest.startswith("\\s*")) or rest == "" or _ENDS_WORD.match(rest):
        return ({text}, set()) if text else None
    return (set(), {text[:3]}) if len(text) >= 3 else None


@cache
def gated_patterns(name: str) -> list[tuple[str, re.Pattern[str], RuleGate | None]]:
    """``load_patterns`` with a gate per rule, derived from the words its matches must start with."""
    out: list[tuple[str, re.Pattern[str], RuleGate | None]] = []
    for rule, source in _pattern_sources(name):
        try:
            found = _starts(source)
        except ValueError:
            found = None
        gate = RuleGate(frozenset(found[0]), frozenset(found[1])) if found else None
        out.append((rule, _lazy_first_chars_pattern(source), gate))
    return out


@cache
def indexed_patterns(name: str) -> tuple[list[tuple[str, re.Pattern[str]]], RuleIndex]:
    """The rules of a pattern file and the index that picks those a view may match."""
    gated = gated_patterns(name)
    return [(rule, pattern) for rule, pattern, _ in gated], RuleIndex([(pattern, gate) for _, pattern, gate in gated])


def union_gate(gates: list[RuleGate | None]) -> RuleGate | None:
    """One gate for a whole rule set (None when some rule has no gate and must always run)."""
    if not gates or any(g is None for g in gates):
        return None
    present = [g for g in gates if g is not None]
    return RuleGate(frozenset().union(*(g.words for g in present)), frozenset().union(*(g.heads for g in present)))
