"""Conduct word lexicons: the ``lexicons/conduct_*.txt`` files read into forms, gates and one regex each.

Words with Danish inflection paradigms are compiled into one trie-shaped regular expression per lexicon,
in which every letter may repeat, so a lookup costs one linear scan whatever the number of words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from monitor.checks import literal_bits
from monitor.checks.conduct_view import LETTER, View

LEXICONS = Path(__file__).parent / "lexicons"


def rule_lines(name: str) -> Iterable[str]:
    """The lines of a lexicon or rule file under lexicons/, without comments and blank lines."""
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
        """The words and prefixes as bits of a text's mask (``literal_bits.text_mask``); 0 when a
        prefix is too short to have a bit (the sets are tested then)."""
        if any(len(prefix) < 3 for prefix in self.prefixes):
            return 0
        return sum({literal_bits.word_bit(word) for word in self.words}
                   | {literal_bits.start_bit(prefix) for prefix in self.prefixes})

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
    for line in rule_lines(name):
        if line.startswith("!"):
            continue  # an ordinary word (``ordinary_words``)
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


def ordinary_words(name: str) -> list[str]:
    """Spellings listed as ``!word``: ordinary words that a form with its letters repeated would otherwise match
    ("pike", the fish, is "pikke" squeezed)."""
    return [line[1:].strip() for line in rule_lines(name) if line.startswith("!")]


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
    ordinary = ordinary_words(name)
    not_ordinary = f"(?!(?:{'|'.join(map(re.escape, ordinary))})(?![{LETTER}]))" if ordinary else ""
    return re.compile(rf"(?<![{LETTER}]){not_ordinary}(?:{'|'.join(parts)})")


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
