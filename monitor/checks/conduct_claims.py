"""Threats, defamatory accusations and extremism: phrase rules read from the conduct_* lexicons."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.conduct_literals import RuleIndex
from monitor.checks.conduct_patterns import indexed_patterns, macro
from monitor.checks.conduct_praise import GROUP_WORDS as PRAISE_GROUP_WORDS
from monitor.checks.conduct_praise import extremist_praise
from monitor.checks.conduct_rule_branches import BranchFilter
from monitor.checks.conduct_threat_context import (
    errand_before_home,
    game_near,
    joking_context,
    lexicon_hit_excluded,
    quoting_context,
)
from monitor.checks.conduct_threat_frames import FrameFinder
from monitor.checks.conduct_threat_veiled import GATE_BITS, GATE_CHARS, VeiledScorer
from monitor.checks.conduct_threat_vocabulary import has_weapon_emoji
from monitor.checks.conduct_view import LETTER, View, original_span, view_of

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
# Slaughter words a game turns into a rout ("kampen bliver en massakre"); a shooting or a bomb it never does.
_SPORT_HYPERBOLE = re.compile(r"\b(?:massakre|massacre|blodbad|bloodbath|slagtning|slaughter)\b")
# Shooting is what a shooter game is played by: "han spawner bag mig hver runde og jeg skyder ham igen og igen".
_GAME_SHOOTING = re.compile(r"\b(?:skyder|skyde|skød|shoot|shooting|shot)\b")
# A gun emoji beside a game named in the sentence, with no weapon word: "jeg skyder dig ned i Fortnite 🔫 gg ez".
_GAME_EMOJI = re.compile(r"🔫|🔪|💣")
_WEAPON_WORD = re.compile(r"\b(?:kniv\w*|pistol\w*|gevær\w*|riffel|bombe\w*|knife|knives|gun|guns|rifle|bomb\w*)\b")


def _game_words(matched: str) -> bool:
    """A weapon-rule match a game can explain: slaughter or shooting words, or a weapon emoji with no weapon word."""
    if _SPORT_HYPERBOLE.search(matched) or _GAME_SHOOTING.search(matched):
        return True
    return _GAME_EMOJI.search(matched) is not None and _WEAPON_WORD.search(matched) is None

_NAME = re.compile(r"(?<![\w.])[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ]\.)?")
_NOT_NAMES = frozenset([
    "Den", "Det", "Der", "De", "Han", "Hun", "Jeg", "Vi", "Du", "I", "Nu", "Så", "Hvis", "Når", "Men", "Og",
    "Eller", "For", "Til", "Fra", "Med", "Efter", "Hvem", "Hvad", "Hvor", "Hvorfor", "Hvordan", "Ham", "Hende",
    "Dem", "Man", "Nogen", "Nogle", "Alle", "Ingen", "Her", "Også", "Selv", "Bare", "Hej", "Tak", "Kære", "The",
    "This", "That", "He", "She", "It", "They", "We", "You", "Our", "My", "His", "Her", "Their", "Someone",
    "Everyone", "Google", "Netto", "Fuck", "Shit",
])


_ASKED = re.compile(r"\b(?:hvem|who)\b")  # "hvem tror I har ...? Rasmus": the accused is named in the answer
_SENTENCE_END = re.compile(r"(?<!\b[a-zæøå])(?<!\bmrs)(?<!\bmr)(?<!\bms)(?<!\bdr)(?<!\bst)[.!?](?=\s)|\n")


def index_bits(index: RuleIndex) -> tuple[int, tuple[str, ...]]:
    """Bits of a text's mask and strings one of which a view holds whenever ``index.candidates`` gives a rule:
    the gates' bits, and for a rule without a gate one of its literal requirements (its bit, or its other
    strings when each requirement has some). (0, ()) when some rule has neither."""
    if not index.gate_mask:
        return 0, ()
    bits = index.gate_mask
    strings: set[str] = set()
    for number in index.always:
        mask = index.masks[number]
        if not mask:
            return 0, ()
        others = dict(index.others[number])
        plain = mask & ~sum(others)  # a requirement met through word literals only
        if plain:
            bits |= plain & -plain
        else:
            bit = mask & -mask
            bits |= bit
            strings.update(others[bit])
    return bits, tuple(sorted(strings))


def closed(view: View, bits: int) -> bool:
    """Whether the view's mask (``View.needs_met``) has none of ``bits`` (False when it has none or ``bits`` is 0)."""
    if not bits:
        return False
    met = view.needs_met()
    return met is not None and not met & bits


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
        self.frames = FrameFinder()
        self.veiled = VeiledScorer()
        # Most posts open none of the three finders: the rule index's gates, the frames' verbs and the veiled
        # threats' gate words, all bits of the view's mask, with the emoji the frames and the veiled gate read.
        bits, self.strings = index_bits(self.index)
        self.bits = bits | self.frames.bits | GATE_BITS if bits and self.frames.bits and GATE_BITS else 0
        self.branches = BranchFilter([pattern for _, pattern in self.patterns])

    def scan(self, doc: Document) -> Iterable[Hit]:
        view = view_of(doc)
        text = view.text
        if closed(view, self.bits) and GATE_CHARS.isdisjoint(text) and not has_weapon_emoji(text) and not any(
                string in text for string in self.strings):
            return []
        out: list[Hit] = []
        quoting: bool | None = None
        joking: bool | None = None
        may_match = self.branches.may_match
        for number in self.index.candidates(view):
            if not may_match(number, text):
                continue
            rule_id, pattern = self.patterns[number]
            for match in pattern.finditer(text):
                if rule_id == "threat.violence":
                    if game_near(text, *match.span()) or _ABOUT_ME.search(match.group()) or lexicon_hit_excluded(
                            text, *match.span()):
                        continue
                    if joking is None:
                        joking = joking_context(view)
                    if joking:
                        continue
                elif rule_id == "threat.weapon" and _game_words(match.group()) and game_near(text, *match.span()):
                    continue  # "håndboldkampen bliver et massacre", "dig ned i Fortnite 🔫": a game, no shooting
                elif rule_id == "threat.menace" and errand_before_home(text, *match.span()):
                    continue  # "a henter jer i bilen, a ved hvor I bor": the address is the lift's
                if quoting is None:
                    quoting = quoting_context(view)
                if quoting:
                    continue
                out.append(Hit(THREAT_RULES[rule_id], *original_span(doc, view, *match.span())))
        for rule_id, start, end in self.frames.find(doc, view):
            out.append(Hit(THREAT_RULES[rule_id], *original_span(doc, view, start, end)))
        if not out:  # veiled threats: cue families scored per sentence window (conduct_threat_veiled.py)
            for rule_id, start, end in self.veiled.find(view, "@" in doc.text):
                out.append(Hit(THREAT_RULES[rule_id], *original_span(doc, view, start, end)))
        return out


_TITLE_BEFORE = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Dr|[Ff]ru|[Hh]r)\.?\s*$")  # "Mrs. Holm", "Hr. Jensen"


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
        # a rule that starts with the accused's role ("pedellen tager stoffer") identifies them itself
        self.role = re.compile(rf"(?:{macro(DEFAMATION, 'ADULT')})\b")
        self.branches = BranchFilter([pattern for _, pattern in self.patterns])

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
            if _TITLE_BEFORE.search(doc.text[max(0, name.start() - 6):name.start()]):
                return True
        return False

    def _named_answer(self, doc: Document, text: str, end: int) -> bool:
        """Whether a question ("hvem har smadret ruden?") is answered with a name right after it."""
        mark = text.find("?", end, end + 80)
        return mark >= 0 and self._named(doc, mark + 1, min(len(text), mark + 120))

    def scan(self, doc: Document) -> Iterator[Hit]:
        view = view_of(doc)
        text = view.text
        court: bool | None = None
        may_match = self.branches.may_match
        for number in self.index.candidates(view):
            if not may_match(number, text):
                continue
            for match in self.patterns[number][1].finditer(text):
                if court is None:
                    court = bool(self.court.search(text))
                if court:
                    return
                clause_start, clause = _sentence_before(text, match.start())
                if self._identifiable(doc, clause_start, clause, match.start()) or (
                        self.role.match(match.group()) and not self.anonymous.search(clause)) or (
                        not self.anonymous.search(clause) and clause_start > 0
                        and self._named(doc, max(0, clause_start - 300), clause_start)) or (
                        _ASKED.search(clause) and self._named_answer(doc, text, match.end())):
                    yield Hit(DEFAMATION_RULE, *original_span(doc, view, *match.span()))


class ExtremismCheck(Check):
    """Symbols, slogans, praise of and recruitment to hate groups and violent extremists."""

    name = "conduct.extremism"
    rules = tuple(EXTREMISM_RULES.values())

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.patterns, self.index = indexed_patterns(EXTREMISM)
        self.branches = BranchFilter([pattern for _, pattern in self.patterns])
        self.teaching = re.compile(macro(EXTREMISM, "TEACHING"))

    def scan(self, doc: Document) -> Iterable[Hit]:
        view = view_of(doc)
        text = view.text
        out: list[Hit] = []
        may_match = self.branches.may_match
        for number in self.index.candidates(view):
            if not may_match(number, text):
                continue
            rule_id, pattern = self.patterns[number]
            for match in pattern.finditer(text):
                out.append(Hit(EXTREMISM_RULES[rule_id], *original_span(doc, view, *match.span())))
        if not view.words.isdisjoint(PRAISE_GROUP_WORDS) or "IS" in doc.text:
            for start, end in extremist_praise(text, view.words, doc.text,
                                               lambda start, end: original_span(doc, view, start, end)):
                out.append(Hit(EXTREMISM_RULES["extremism.support"], *original_span(doc, view, start, end)))
        if out and self.teaching.search(text):
            return []
        return out


@cache
def known_names() -> frozenset[str]:
    """Danish first names from the shared name list, when it is there (it helps spot an accused)."""
    from monitor.checks.conduct_lexicon import LEXICONS

    names: set[str] = set()
    for file in ("personal_first_names.txt", "names_da_first.txt", "names_da_ambiguous.txt"):
        path = LEXICONS / file
        if path.exists():
            names.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                         if re.fullmatch(f"[{LETTER}-]+", line.strip()))
    return frozenset(names)
