"""Threats, defamatory accusations and extremism: phrase rules read from the conduct_* lexicons."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.conduct_text import LETTER, indexed_patterns, macro, original_span, view_of

THREATS = "conduct_threat.txt"
DEFAMATION = "conduct_defamation.txt"
EXTREMISM = "conduct_extremism.txt"

THREAT_RULES = {
    "threat.violence": Rule("conduct.threat.violence", "conduct.threat",
                            "Trussel om vold eller skade mod en person eller en gruppe.",
                            "A threat of violence or harm against a person or a group."),
    "threat.menace": Rule("conduct.threat.menace", "conduct.threat",
                          "Skjult trussel eller forfølgelse (\"jeg ved hvor du bor\", \"pas på dig selv\").",
                          "A veiled threat or stalking (\"I know where you live\", \"watch your back\")."),
    "threat.weapon": Rule("conduct.threat.weapon", "conduct.threat",
                          "Trussel med våben, bombe, skyderi eller brand mod personer eller organisationen.",
                          "A threat with a weapon, bomb, shooting or fire against people or the organisation."),
}
DEFAMATION_RULE = Rule("conduct.defamation.accusation", "conduct.defamation",
                       "Ubevist beskyldning om en forbrydelse eller vanærende handling mod en genkendelig person.",
                       "An unproven accusation of a crime or dishonourable act against an identifiable person.")
EXTREMISM_RULES = {
    "extremism.slogan": Rule("conduct.extremism.symbol", "conduct.extremism",
                             "Symbol eller slogan fra hadegrupper eller voldelige ekstremister.",
                             "A symbol or slogan of hate groups or violent extremists."),
    "extremism.support": Rule("conduct.extremism.support", "conduct.extremism",
                              "Støtte til eller hvervning til en hadegruppe eller voldelig ekstremistisk organisation.",
                              "Support for or recruitment to a hate group or violent extremist organisation."),
}

# Self-directed hyperbole: "min mor slår mig ihjel", "I'm going to kill myself laughing".
_ABOUT_ME = re.compile(r"\b(?:mig|me|myself|migselv|mig\s+selv)\b")
_NAME = re.compile(r"(?<![\w.])[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ]\.)?")
_NOT_NAMES = frozenset([
    "Den", "Det", "Der", "De", "Han", "Hun", "Jeg", "Vi", "Du", "I", "Nu", "Så", "Hvis", "Når", "Men", "Og",
    "Eller", "For", "Til", "Fra", "Med", "Efter", "Hvem", "Hvad", "Hvor", "Hvorfor", "Hvordan", "Ham", "Hende",
    "Dem", "Man", "Nogen", "Nogle", "Alle", "Ingen", "Her", "Også", "Selv", "Bare", "Hej", "Tak", "Kære", "The",
    "This", "That", "He", "She", "It", "They", "We", "You", "Our", "My", "His", "Her", "Their", "Someone",
    "Everyone", "Google", "Netto", "Fuck", "Shit",
])


_SENTENCE_END = re.compile(r"(?<!\b[a-zæøå])(?<!\bmrs)(?<!\bmr)(?<!\bms)(?<!\bdr)(?<!\bst)[.!?](?=\s)|\n")


def _sentence_before(text: str, start: int, limit: int = 90) -> tuple[int, str]:
    """The clause before ``start``: "10.b", "Ali H." and "Mrs." do not end a sentence."""
    lo = max(0, start - limit)
    offset = lo
    for end in _SENTENCE_END.finditer(text, lo, start):
        offset = end.end()
    return offset, text[offset:start]


class ThreatCheck(Check):
    """Threats of violence, menace and stalking, weapons and bombs; not idioms, games or sports."""

    name = "conduct.threat"
    rules = tuple(THREAT_RULES.values())

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.patterns, self.index = indexed_patterns(THREATS)
        self.game = re.compile(macro(THREATS, "GAME"))

    def scan(self, doc: Document) -> Iterable[Hit]:
        view = view_of(doc)
        text = view.text
        out: list[Hit] = []
        game: bool | None = None
        for number in self.index.candidates(view):
            rule_id, pattern = self.patterns[number]
            for match in pattern.finditer(text):
                if rule_id == "threat.violence":
                    if game is None:
                        game = bool(self.game.search(text))
                    if game or _ABOUT_ME.search(match.group()):
                        continue
                out.append(Hit(THREAT_RULES[rule_id], *original_span(doc, view, *match.span())))
        return out


class DefamationCheck(Check):
    """Accusations of crimes or dishonourable acts against an identifiable person."""

    name = "conduct.defamation"
    rules = (DEFAMATION_RULE,)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.patterns, self.index = indexed_patterns(DEFAMATION)
        self.court = re.compile(macro(DEFAMATION, "COURT"))
        self.subject = re.compile(macro(DEFAMATION, "SUBJECT"))
        self.anonymous = re.compile(rf"^\s*(?:{macro(DEFAMATION, 'ANON')})\b")
        self.names = known_names()

    def _identifiable(self, doc: Document, clause_start: int, clause: str, match_start: int) -> bool:
        if self.anonymous.search(clause):
            return False
        if self.subject.search(clause):
            return True
        return self._named(doc, clause_start, match_start)

    def _named(self, doc: Document, start: int, end: int) -> bool:
        """A first name from the name list, "Ali H.", or "Mrs. Holm" in the text between the offsets."""
        first, last = original_span(doc, view_of(doc), start, max(start + 1, end))
        for name in _NAME.finditer(doc.text, first, last):
            word = name.group().split()[0]
            if word in _NOT_NAMES:
                continue
            if word.lower() in self.names or len(name.group().split()) > 1:
                return True
            if re.search(r"\b(?:Mrs|Mr|Ms|Miss|Dr|fru|hr)\.?\s*$", doc.text[max(0, name.start() - 6):name.start()]):
                return True
        return False

    def scan(self, doc: Document) -> Iterator[Hit]:
        view = view_of(doc)
        text = view.text
        court: bool | None = None
        for number in self.index.candidates(view):
            for match in self.patterns[number][1].finditer(text):
                if court is None:
                    court = bool(self.court.search(text))
                if court:
                    return
                clause_start, clause = _sentence_before(text, match.start())
                if self._identifiable(doc, clause_start, clause, match.start()) or (
                        not self.anonymous.search(clause) and clause_start > 0
                        and self._named(doc, max(0, clause_start - 300), clause_start)):
                    yield Hit(DEFAMATION_RULE, *original_span(doc, view, *match.span()))


class ExtremismCheck(Check):
    """Symbols, slogans, praise of and recruitment to hate groups and violent extremists."""

    name = "conduct.extremism"
    rules = tuple(EXTREMISM_RULES.values())

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.patterns, self.index = indexed_patterns(EXTREMISM)
        self.teaching = re.compile(macro(EXTREMISM, "TEACHING"))

    def scan(self, doc: Document) -> Iterable[Hit]:
        view = view_of(doc)
        text = view.text
        out: list[Hit] = []
        for number in self.index.candidates(view):
            rule_id, pattern = self.patterns[number]
            for match in pattern.finditer(text):
                out.append(Hit(EXTREMISM_RULES[rule_id], *original_span(doc, view, *match.span())))
        if out and self.teaching.search(text):
            return []
        return out


@cache
def known_names() -> frozenset[str]:
    """Danish first names from the shared name list, when it is there (it helps spot an accused)."""
    from monitor.checks.conduct_text import LEXICONS

    names: set[str] = set()
    for file in ("personal_first_names.txt", "names_da_first.txt", "names_da_ambiguous.txt"):
        path = LEXICONS / file
        if path.exists():
            names.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                         if re.fullmatch(f"[{LETTER}-]+", line.strip()))
    return frozenset(names)
