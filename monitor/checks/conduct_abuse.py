"""Harassment, profanity and discrimination: insulting words, where they are aimed, and slurs.

The three categories are decided together because they meet (TAXONOMY.md, "Where categories meet"):
a swear word inside an insult aimed at someone is harassment only; a slur aimed at a person is
harassment and discrimination; a slur or demeaning statement about a group is discrimination only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.conduct_claims import known_names
from monitor.checks.conduct_offensive import OffensiveModel, load_model
from monitor.checks.conduct_text import (
    LETTER,
    RuleIndex,
    View,
    gated_patterns,
    indexed_patterns,
    lexicon_gate,
    lexicon_regex,
    load_lexicon,
    load_patterns,
    lookup,
    macro,
    original_span,
    view_of,
)

INSULTS = "conduct_insults.txt"
PROFANITY = "conduct_profanity.txt"
SLURS = "conduct_slurs.txt"
FRAMES = "conduct_harassment.txt"
DISCRIMINATION = "conduct_discrimination.txt"

HARASSMENT_WORD = Rule(
    "conduct.harassment.insult", "conduct.harassment",
    "Nedsættende eller chikanerende ord rettet mod en person eller en gruppe personer.",
    "Insulting or degrading words aimed at a person or a group of persons.")
HARASSMENT_PHRASE = Rule(
    "conduct.harassment.phrase", "conduct.harassment",
    "Chikanerende eller hånende udsagn rettet mod en person.",
    "Harassing or mocking words aimed at a person.")
HARASSMENT_MODEL = Rule(
    "conduct.harassment.classifier", "conduct.harassment",
    "Sproget vurderes som krænkende og er rettet mod en person (statistisk model, bør læses af et menneske).",
    "The language scores as offensive and is aimed at a person (statistical model; needs a human look).")
PROFANITY_WORD = Rule(
    "conduct.profanity.word", "conduct.profanity",
    "Grimt eller vulgært sprog på en officiel profil.",
    "Vulgar or obscene language on an official profile.")
PROFANITY_MODEL = Rule(
    "conduct.profanity.classifier", "conduct.profanity",
    "Sproget vurderes som groft eller krænkende (statistisk model, bør læses af et menneske).",
    "The language scores as offensive or vulgar (statistical model; needs a human look).")
DISCRIMINATION_SLUR = Rule(
    "conduct.discrimination.slur", "conduct.discrimination",
    "Skældsord om en gruppe (etnicitet, hudfarve, religion, køn, seksualitet, kønsidentitet, handicap eller alder).",
    "A slur about a group (ethnicity, skin colour, religion, gender, sexuality, gender identity, disability or age).")
DISCRIMINATION_STATEMENT = Rule(
    "conduct.discrimination.statement", "conduct.discrimination",
    "Nedværdigende udsagn om en gruppe på grund af etnicitet, religion, køn, seksualitet, handicap eller alder.",
    "A demeaning statement about a group because of ethnicity, religion, gender, sexuality, disability or age.")

_WORD_AFTER = re.compile(rf"\s+(?:lille\s+|store\s+|gamle\s+|fede\s+|little\s+|big\s+|old\s+)?([{LETTER}]+)")
# Quoted short titles: 'Fucking Åmål', "Holy Shit" (film and song names are not profanity).
_QUOTED = re.compile(r"[\"'“”‘’«»]([^\"'“”‘’«»\n]{1,60})[\"'“”‘’«»]")
_TITLE_CUE = re.compile(r"\b(?:film|filmen|filmaften|sang|sangen|song|movie|album|serie|serien|bog|bogen|book|"
                        r"titel|titlen|title|viser|watch|klassiker|forestilling|musical|play|track)\b")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
_SELF_SUBJECTS = frozenset({"jeg", "vi", "we", "im", "me", "mig"})
# Subjects that are people: after "<subject> er" a word also said of things ("klam", "noget lort")
# is an insult only when the subject is one of these, a known first name or a capitalised name.
_PERSON_SUBJECT = re.compile(
    rf"(?:han|hun|de|dem|he|she|they|mor|moren|far|faren|mand|manden|ven|vennen|søn|sønnen|hold|holdet|folk|unge|"
    rf"[{LETTER}]*(?:lærer|lærere|lærerne|læreren|lærerinde|lærerinden|træner|leder|elev|pige|dreng|forældre|fyr|mænd|"
    rf"kvinde|dame|damen|chef|pædagog|pedel|kollega|nabo|type|spiller|keeper|dommer|vikar|rektor|inspektør|sekretær|"
    rf"formand|klasse|nørd|menneske|person|børn|barn|datter|døtre|bror|brødre|søster|kæreste|venner|veninde|teacher|"
    rf"coach|student|parent|guy|girl|boy|kid|people|friend|player|boss|ungerne|holdet|drengene|pigerne)[{LETTER}]*)")
# A swear word right before an insult is part of it: "din fucking taber", "du er en skide idiot".
_WORD = re.compile(rf"[{LETTER}]+")
_CLAUSE_WORDS = frozenset({"at", "som", "der", "og", "men", "fordi", "that", "and", "but", "because", "which"})
# "latterlig god", "sygt sjov": an insulting adjective used as an intensifier of praise.
_PRAISE_AFTER = re.compile(r"\s+(?:god|gode|godt|sjov|sjove|sjovt|flot|flotte|dygtig|dygtige|billig|billige|nem|nemt|"
                           r"let|hurtig|hurtige|stærk|stærke|lækker|lækre|fed|fede|fedt|good|fun|easy|cheap|fast|great)\b")
_CLAUSE_END = re.compile(r"[.!?:](?=\s)|\n")
_INSIDE_INSULT = re.compile(rf"\s+(?:[{LETTER}]+\s+){{0,2}}$")


@dataclass(frozen=True)
class _Frames:
    second: re.Pattern[str]
    third: re.Pattern[str]
    demonstrative: re.Pattern[str]
    vocative_before: re.Pattern[str]
    vocative_after: re.Pattern[str]
    self_: re.Pattern[str]
    notperson: re.Pattern[str]


def _frames() -> _Frames:
    rules = dict(load_patterns(FRAMES))
    return _Frames(rules["frame.before.second"], rules["frame.before.third"], rules["frame.before.demonstrative"],
                   rules["frame.before.vocative"], rules["frame.after.vocative"], rules["frame.before.self"],
                   rules["frame.before.notperson"])


def in_title(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies in a short quoted title near a word such as "film" or "sang"."""
    for match in _QUOTED.finditer(text, max(0, start - 62), min(len(text), end + 62)):
        if match.start() < start and end <= match.end() and len(match.group(1).split()) <= 6:
            return bool(_TITLE_CUE.search(text, max(0, match.start() - 60), match.end() + 40))
    return False


class AbusiveLanguageCheck(Check):
    """Insults aimed at people, profanity, slurs and demeaning statements about groups."""

    name = "conduct.abuse"
    use_model: ClassVar[bool] = True  # the training script turns the model off to measure the rules alone
    rules = (HARASSMENT_WORD, HARASSMENT_PHRASE, HARASSMENT_MODEL, PROFANITY_WORD, PROFANITY_MODEL,
             DISCRIMINATION_SLUR, DISCRIMINATION_STATEMENT)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.insults = lexicon_regex(INSULTS)
        self.profanity = lexicon_regex(PROFANITY)
        self.slurs = lexicon_regex(SLURS)
        self.frames = _frames()
        phrases = [(p, g) for rule, p, g in gated_patterns(FRAMES) if rule == "harassment.phrase"]
        self.phrases = [p for p, _ in phrases]
        self.phrases_index = RuleIndex(phrases)
        self.statements, self.statements_index = indexed_patterns(DISCRIMINATION)
        self.teaching = re.compile(macro(DISCRIMINATION, "TEACHING"))
        # teaching or news about nazism and hate: the classifier's words are quoted, not used
        self.history = re.compile(macro("conduct_extremism.txt", "TEACHING"))
        self.gates = {name: lexicon_gate(name) for name in (INSULTS, PROFANITY, SLURS)}
        self.model: OffensiveModel | None = load_model() if self.use_model else None
        self.insult_forms = load_lexicon(INSULTS)
        self.names = known_names()

    # -- frames -------------------------------------------------------------------------------
    def _before(self, text: str, start: int) -> str:
        before = text[max(0, start - 70):start]
        cut = before.rfind("\n")
        return before[cut + 1:] if cut >= 0 else before

    def _is_self(self, before: str) -> bool:
        clause = _SENTENCE_START.search(before)
        clause_text = before[clause.start() + 1:] if clause else before
        return bool(self.frames.self_.search(clause_text))

    def _person_clause(self, text: str, lo: int, hi: int, capital: Callable[[int], bool] | None) -> bool:
        """Whether the last words before the verb ("Kasper fra 9.b er") name or point out a person."""
        clause_start = lo
        for end in _CLAUSE_END.finditer(text, lo, hi):
            clause_start = end.end()
        words = list(_WORD.finditer(text, clause_start, hi))
        for number in range(len(words) - 1, max(-1, len(words) - 5), -1):
            found = words[number].group()
            if found in _CLAUSE_WORDS:
                break  # "Sara sagde at lydanlægget var ...": the subject is after "at"
            if found in self.names or _PERSON_SUBJECT.fullmatch(found):
                return True
            if number > 0 and capital is not None and capital(words[number].start()):
                return True
        return False

    def aimed(self, text: str, start: int, end: int, *, noun: bool, plural_ok: bool = True,
              thing: bool = False, capital: Callable[[int], bool] | None = None) -> bool:
        """Whether the word at ``start:end`` is aimed at a person (not the speaker, not a thing).

        ``thing`` words ("klam", "lort") are also said of objects: after "<subject> er" the subject
        must then be a person; ``capital(i)`` tells whether the original text is capitalised at ``i``.
        """
        before = self._before(text, start)
        frames = self.frames
        if frames.second.search(before):
            return True
        if self._is_self(before):
            return False
        third = frames.third.search(before)
        if third and third.group(1) not in _SELF_SUBJECTS and not frames.notperson.search(before):
            if not thing:
                return True
            if self._person_clause(text, start - len(before), start - len(before) + third.end(1), capital):
                return True
        if noun and frames.demonstrative.search(before):
            return True
        if noun and not thing and frames.vocative_before.search(before) and frames.vocative_after.match(text, end):
            return True
        follow = _WORD_AFTER.match(text, end)
        if follow and not noun:
            entry = self.insult_forms.get(re.sub(r"(.)\1+", r"\1", follow.group(1)))
            if entry is not None and "adj" not in entry.flags:
                return True
        return False

    # -- scan ---------------------------------------------------------------------------------
    def scan(self, doc: Document) -> Iterable[Hit]:
        view = view_of(doc)
        return list(self._scan(doc, view))

    def _scan(self, doc: Document, view: View) -> Iterator[Hit]:
        text = view.text
        aimed_spans: list[tuple[int, int]] = []
        found_harassment = found_profanity = found_discrimination = False

        def hit(rule: Rule, start: int, end: int) -> Hit:
            first, last = original_span(doc, view, start, end)
            return Hit(rule, first, last)

        def capital(index: int) -> bool:
            first, _ = original_span(doc, view, index, index + 1)
            return doc.text[first:first + 1].isupper()

        for number in self.phrases_index.candidates(view):
            for match in self.phrases[number].finditer(text):
                aimed_spans.append(match.span())
                found_harassment = True
                yield hit(HARASSMENT_PHRASE, *match.span())

        for match in self.insults.finditer(text) if self.gates[INSULTS].passes(view) else ():
            entry = lookup(INSULTS, match.group())
            if entry is None or "person" in entry.flags:
                continue
            noun = "adj" not in entry.flags
            start, end = match.span()
            if not noun and _PRAISE_AFTER.match(text, end):
                continue
            if self.aimed(text, start, end, noun=noun, thing="thing" in entry.flags, capital=capital) or (
                    "strong" in entry.flags and not self._is_self(self._before(text, start))):
                if in_title(text, start, end):
                    continue
                aimed_spans.append((start, end))
                found_harassment = True
                yield hit(HARASSMENT_WORD, start, end)

        teaching = None
        for match in self.slurs.finditer(text) if self.gates[SLURS].passes(view) else ():
            entry = lookup(SLURS, match.group())
            start, end = match.span()
            if teaching is None:
                teaching = bool(self.teaching.search(text))
            aimed = self.aimed(text, start, end, noun=True)
            if entry is not None and "weak" in entry.flags and not aimed:
                continue
            if teaching and not aimed:
                continue
            found_discrimination = True
            yield hit(DISCRIMINATION_SLUR, start, end)
            if aimed and not text[start:end].endswith(("ere", "erne", "s", "es")):
                aimed_spans.append((start, end))
                found_harassment = True
                yield hit(HARASSMENT_WORD, start, end)

        for number in self.statements_index.candidates(view):
            rule_id, pattern = self.statements[number]
            for match in pattern.finditer(text):
                if teaching is None:
                    teaching = bool(self.teaching.search(text))
                if teaching:
                    break
                found_discrimination = True
                yield hit(DISCRIMINATION_STATEMENT, *match.span())
                if rule_id == "discrimination.singled":
                    found_harassment = True
                    yield hit(HARASSMENT_WORD, *match.span())

        titled = False
        for match in self.profanity.finditer(text) if self.gates[PROFANITY].passes(view) else ():
            start, end = match.span()
            if any(s <= start < e or s < end <= e for s, e in aimed_spans):
                continue
            if any(end <= s <= end + 30 and _INSIDE_INSULT.fullmatch(text, end, s) for s, _ in aimed_spans):
                continue
            if in_title(text, start, end):
                titled = True
                continue
            found_profanity = True
            yield hit(PROFANITY_WORD, start, end)

        if self.model is not None and not (found_harassment or found_profanity or found_discrimination or titled):
            yield from self._classifier(doc, view, found_harassment, found_profanity)

    def _classifier(self, doc: Document, view: View, harassment: bool, profanity: bool) -> Iterator[Hit]:
        assert self.model is not None
        text = view.text
        if harassment or profanity:
            return
        if self.model.cue_words.isdisjoint(view.words) or not self.model.offensive(text):
            return
        if self.teaching.search(text) or self.history.search(text):
            return
        first, last = original_span(doc, view, 0, len(text))
        if self.frames.second.search(text) or re.search(r"\b(?:du|din|dit|dine|jer|jeres|you|your|ur)\b", text):
            yield Hit(HARASSMENT_MODEL, first, last)
        else:
            yield Hit(PROFANITY_MODEL, first, last)
