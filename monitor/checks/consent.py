"""People on the no-publish list (guardians have not consented) named in a post.

A listed person is named by the full name, by first name + surname (middle names optional), by first
name + surname initial ("Mathilde K."), in any case, with a possessive -s and with æ/ø/å written
ae/oe/aa or without the accents. A different surname or initial after the first name means someone
else. A bare first name is flagged too: TAXONOMY.md counts a first name as enough to identify a person,
and the development set flags "Tak til Oliver og Emil" and "mathildes mor". A bare first name is not
flagged when the same post names a namesake with another surname ("Oliver Twist ... Oliver"), when it
stands in quotes as a title ('Oliver!'), or when it follows another first name ("Muhammad Ali").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.mask import mask_name
from monitor.checks.normalise import ZERO_WIDTH, strip_accents

_LEXICONS = Path(__file__).parent / "lexicons"
_INVISIBLE = re.compile("[" + re.escape("".join(ZERO_WIDTH)) + "]")
_NEXT = re.compile(r"[ \t\u00a0]{1,3}([^\W\d_]+(?:-[^\W\d_]+)?)(\.?)")
_POSSESSIVE = ("s", "'s", "’s", "'", "’")
_QUOTES = "'\"‘’“”«»„"
# The part of an e-mail address after a first name: "freja.h2010@", "freja_nielsen@" (group 1: its first letter).
_ADDRESS_REST = re.compile(r"[._-]([^\W\d_])[\w.+-]*@")
# Surnames that are also ordinary lower-case words: a lower-case one after a first name is not a surname.
_COMMON_WORDS = frozenset({
    "otte", "kamp", "storm", "vinter", "sommer", "mark", "have", "strand", "by", "bang", "post", "krog", "dal",
    "ris", "lange", "skov", "dam", "berg", "lund", "holm", "kirk", "bro", "due", "ravn", "ulv", "fisker",
    "skytte", "smed", "vest", "nord", "syd", "øst"
})
# First names that are ordinary words: only a capitalised one is a name.
_AMBIGUOUS_FIRST = frozenset({
    "bo", "maj", "ask", "sol", "liv", "storm", "mie", "may", "june", "will", "bill", "mark", "jack", "rose",
    "eng", "lin"
})


def canon(word: str) -> str:
    """One spelling for Nørgaard, Noergaard, Nørgård and Norgaard: ``norgard``."""
    folded = strip_accents(word.lower())
    return folded.replace("aa", "a").replace("ae", "a").replace("oe", "o").replace("'", "").replace("’", "")


def _spelling_pattern(name: str) -> str:
    """A regex matching the ways ``name`` is written (a superset, confirmed with :func:`canon`)."""
    parts = []
    for char in canon(name):
        if char == "a":
            parts.append("(?:aa|ae|a|å|æ|ä)")
        elif char == "o":
            parts.append("(?:oe|o|ø|ö)")
        elif char in "eiuy":
            parts.append(f"[{char}éèëêíüú]")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _plain_spellings(first_canon: str) -> set[str]:
    """The usual ways to type a canonical first name ("norgard": nørgaard, noergaard, nørgård ...)."""
    spellings = {""}
    for char in first_canon:
        options = {"a": ("a", "aa", "å", "æ", "ae"), "o": ("o", "oe", "ø", "ö")}.get(char, (char,))
        spellings = {s + o for s in spellings for o in options}
        if len(spellings) > 64:  # a long name with many vowels: no pre-check (the empty string always matches)
            return {""}
    return spellings


def _trie(words: set[str]) -> str:
    """A regex that finds any of ``words`` (only whether one occurs: which one is of no concern), as a trie, so
    that the engine tries one branch per letter instead of every word at every position."""
    if "" in words:
        return ""  # the empty string matches everywhere
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    branches = []
    for first in sorted(groups):
        rests = groups[first]
        branches.append(re.escape(first) + ("" if "" in rests else "(?:" + _trie(rests) + ")"))
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _load(name: str) -> frozenset[str]:
    lines = (_LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class Person:
    first: str  # canonical
    rest: tuple[str, ...]  # canonical middle names and surname, in order
    initial_words: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    rule: Rule
    other_person: bool  # a differing surname or initial follows: someone else


CONSENT_FULL = Rule(
    "consent.full_name", "personal.no_consent",
    "En person på listen over dem, der ikke må offentliggøres (manglende samtykke), nævnes ved navn.",
    "A person on the no-publish list (no consent) is named.",
)
CONSENT_INITIAL = Rule(
    "consent.initial", "personal.no_consent",
    "En person på no-publish-listen nævnes med fornavn og forbogstav i efternavnet.",
    "A person on the no-publish list is named by first name and surname initial.",
)
CONSENT_FIRST = Rule(
    "consent.first_name", "personal.no_consent",
    "En person på no-publish-listen nævnes ved fornavn (ingen andet efternavn er nævnt).",
    "A person on the no-publish list is named by first name (no other surname is given).",
)


class NoConsentCheck(Check):
    """Names from the configuration's no-publish list."""

    name = "no_consent"
    rules = (CONSENT_FULL, CONSENT_INITIAL, CONSENT_FIRST)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.people: dict[str, list[Person]] = {}
        for full in context.no_publish:
            words = [w for w in re.split(r"[\s,]+", full.strip()) if w]
            if not words:
                continue
            person = Person(canon(words[0]), tuple(canon(w) for w in words[1:]), tuple(words[1:]))
            self.people.setdefault(person.first, []).append(person)
        self.pattern: re.Pattern[str] | None = None
        self.gate = re.compile("")
        if self.people:
            alternatives = "|".join(_spelling_pattern(first) for first in sorted(self.people, key=len, reverse=True))
            # Matched on the lower-cased text and without a look-behind, so that the regex engine can skip
            # to the names' first letters at C speed; the word boundary before is checked in Python.
            self.pattern = re.compile(rf"(?:{alternatives})(?:'s|’s|s|'|’)?(?![\w\-])")
            self.pattern_any_case = re.compile(self.pattern.pattern, re.IGNORECASE)
            # A literal pre-check of the usual spellings: far cheaper than the full pattern on most posts.
            variants = {v for first in self.people for v in _plain_spellings(first)}
            # "f. nørgaard": an initial and the surname let a post through the pre-check too.
            variants |= {f"{p.first[0]}{gap}{v}" for people in self.people.values() for p in people if p.rest
                         for gap in (". ", " ", ".") for v in _plain_spellings(p.rest[-1])}
            self.gate = re.compile(_trie(variants))
        self.initial_form, self.joined_form = self._other_forms()
        self.first_names = _load("personal_first_names.txt")
        self.surnames = _load("personal_surnames.txt") - _COMMON_WORDS

    def scan(self, doc: Document) -> Iterable[Hit]:
        if self.pattern is None:
            return
        text, offsets = doc.text, None
        invisible = _INVISIBLE.search(text) is not None
        if invisible:
            offsets = [i for i, c in enumerate(text) if c not in ZERO_WIDTH]
            text = "".join(text[i] for i in offsets)
        lower = text.lower()
        gated = invisible or self.gate.search(lower) is not None
        if not gated:
            return
        spans = list(self._other_mentions(text, lower, gated))
        mentions = list(self._mentions(text))
        namesakes = {key for key, m in mentions if m.other_person}
        spans += [(m.start, m.end, m.rule) for key, m in mentions
                  if not (m.other_person or (m.rule is CONSENT_FIRST and key in namesakes))]
        yield from self._hits(spans, offsets)

    @staticmethod
    def _hits(spans: list[tuple[int, int, Rule]], offsets: list[int] | None) -> Iterator[Hit]:
        for start, end, rule in spans:
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
            yield Hit(rule, start, end, mask_name)

    def _other_forms(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """Forms that do not start with the first name written out: a first initial + surname ("F. Nørgaard"; a
        capital initial, so the cheap case-sensitive scan can skip to capitals) and a handle or tag made of the
        names run together ("@mathildekrogh", "#freja_norgaard"; with a dot the first name alone is found already)."""
        initials: set[str] = set()
        surnames: set[str] = set()
        joined: list[str] = []
        for people in self.people.values():
            for person in people:
                if not person.rest:
                    continue
                initials.add(person.first[0].upper())
                surnames.add(_spelling_pattern(person.rest[-1]))
                middle = "".join(f"(?:{_spelling_pattern(w)}[._]?)?" for w in person.rest[:-1])
                joined.append(f"{_spelling_pattern(person.first)}[._]?{middle}{_spelling_pattern(person.rest[-1])}")
        if not initials:
            return None, None
        ending = r"(?:'s|’s|s|'|’)?(?![\w\-])"
        initial_form = re.compile(rf"[{''.join(sorted(initials))}]\.?[ \t]{{1,2}}(?i:(?P<surname>{'|'.join(surnames)})"
                                  rf"{ending})")
        joined_form = re.compile(rf"[@#](?:{'|'.join(joined)})\d{{0,4}}{ending}")
        return initial_form, joined_form

    def _other_mentions(self, text: str, lower: str, gated: bool) -> Iterator[tuple[int, int, Rule]]:
        if self.joined_form is not None and gated and ("@" in lower or "#" in lower):
            for match in self.joined_form.finditer(lower):
                yield match.start() + 1, match.end(), CONSENT_FULL
        if self.initial_form is None or not gated:
            return
        for match in self.initial_form.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_."):
                continue
            surname = canon(match.group("surname"))
            if any(p.rest and p.rest[-1] == surname and p.first[0] == text[start].lower()
                   for people in self.people.values() for p in people):
                yield start, match.end(), CONSENT_INITIAL

    def _mentions(self, text: str) -> Iterator[tuple[str, Mention]]:
        assert self.pattern is not None
        lower = text.lower()
        pattern = self.pattern if len(lower) == len(text) else self.pattern_any_case
        for match in pattern.finditer(lower if pattern is self.pattern else text):
            if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "-_"):
                continue
            word = text[match.start():match.end()]
            possessive = next((p for p in _POSSESSIVE if word.lower().endswith(p) and canon(word[:-len(p)])
                               in self.people and canon(word) not in self.people), "")
            key = canon(word[:len(word) - len(possessive)])
            people = self.people.get(key)
            if not people:
                continue
            if not possessive and not word[0].isupper() and key in _AMBIGUOUS_FIRST:
                continue
            best: Mention | None = None
            for person in people:
                mention = self._read_on(text, match.start(), match.end(), person, bool(possessive))
                if mention is not None and (best is None or mention.end > best.end or best.other_person):
                    best = mention
            if best is not None:
                yield key, best

    def _read_on(self, text: str, start: int, end: int, person: Person, possessive: bool) -> Mention | None:
        """Read the words after a first name: the listed surname, an initial, or another person's surname."""
        pos, rest_index = end, 0
        matched: list[tuple[str, int]] = []
        while not possessive and rest_index < len(person.rest):
            found = self._next_part(text, pos, person, rest_index)
            if found is None:
                break
            kind, new_pos, index = found
            if kind == "other":
                # Someone else, unless the listed surname comes right after ("Freja Marie Nørgaard").
                after = self._next_part(text, new_pos, person, rest_index)
                if after is not None and after[0] != "other" and after[2] == len(person.rest) - 1:
                    kind, new_pos, index = after
                elif not any(k == "initial" or i == len(person.rest) - 1 for k, i in matched):
                    # "Sofie Lund Pedersen" is not "Sofie Lund Madsen".
                    return Mention(start, new_pos, CONSENT_FIRST, other_person=True)
                else:
                    break
            matched.append((kind, index))
            end = pos = new_pos
            rest_index = index + 1
        if ("word", len(person.rest) - 1) in matched:
            rule = CONSENT_FULL
        elif any(kind == "initial" for kind, _ in matched):
            rule = CONSENT_INITIAL
        else:
            rule = CONSENT_FIRST
            if not matched and not self._bare_name_counts(text, start, end):
                return None
            address = _ADDRESS_REST.match(text, end)
            if address is not None and not any(canon(address.group(1)) == part[:1] for part in person.rest):
                return None  # "freja.h2010@gmail.com": an address of someone whose surname starts otherwise
        return Mention(start, end, rule, other_person=False)

    def _next_part(self, text: str, pos: int, person: Person, rest_index: int) -> tuple[str, int, int] | None:
        """('word' | 'initial' | 'other', end, index of the matched name part) for the next word, or None."""
        match = _NEXT.match(text, pos)
        if match is None:
            return None
        word, dot = match.group(1), match.group(2)
        key = canon(word)
        for index in range(rest_index, len(person.rest)):
            part = person.rest[index]
            if key == part or (key.endswith("s") and key[:-1] == part) or key == part + "s":
                return "word", match.end(1), index
        if len(word) == 1 and (dot or word.isupper()):
            for index in range(rest_index, len(person.rest)):
                if person.rest[index][:1] == key:
                    return "initial", match.end(), index
            return "other", match.end(), rest_index
        if self._surname_like(word):
            return "other", match.end(1), rest_index
        return None

    def _surname_like(self, word: str) -> bool:
        lower = word.lower()
        if word[0].isupper() and (word[1:].islower() or not word[1:]):
            return True  # Danish capitalises names, not nouns: "Oliver Jensen", "Ali Demir"
        return lower in self.surnames

    def _bare_name_counts(self, text: str, start: int, end: int) -> bool:
        """A bare first name counts unless it is a quoted title or the second part of another name."""
        if start > 0 and text[start - 1] in _QUOTES and any(c in _QUOTES for c in text[end:end + 3]):
            return False
        before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 30):start])
        if before is not None:
            word = before.group(1)
            if word[0].isupper() and word[1:].islower() and word.lower() in self.first_names:
                return False
        return True


CHECKS: tuple[type[Check], ...] = (NoConsentCheck,)
