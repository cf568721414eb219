"""Harassment, profanity and discrimination: insulting words, where they are aimed, and slurs.

The three categories are decided together because they meet (TAXONOMY.md, "Where categories meet"):
a swear word inside an insult aimed at someone is harassment only; a slur aimed at a person is
harassment and discrimination; a slur or demeaning statement about a group is discrimination only.
Whether a word is aimed at a person is read by :mod:`conduct_aimed`; the cheap pre-tests that let a clean
post skip every rule family are in :mod:`conduct_abuse_gate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import ClassVar

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.conduct_abuse_gate import QuietGate, doubled_squeezed, or_bits
from monitor.checks.conduct_abuse_rules import (
    DISCRIMINATION_GROUP,
    DISCRIMINATION_SLUR,
    DISCRIMINATION_STATEMENT,
    HARASSMENT_MODEL,
    HARASSMENT_PHRASE,
    HARASSMENT_WORD,
    PROFANITY_MODEL,
    PROFANITY_WORD,
    in_title,
)
from monitor.checks.conduct_aimed import FRAMES, LETTER_RUN, STRICT_POINTER, AimedAt, harassment_frames, is_definite
from monitor.checks.conduct_claims import known_names
from monitor.checks.conduct_emoji import INSULT_EMOJI, emoji_insults
from monitor.checks.conduct_generalise import generalisations, may_generalise, singles_out
from monitor.checks.conduct_groups import (
    GROUP_SUBJECTS,
    MAY_APPLY_WORDS,
    body_hint,
    compound_insults,
    group_adjective_before,
    group_insults,
    group_statements,
    may_apply,
    reported_or_denied,
)
from monitor.checks.conduct_lexicon import LEXICONS, lexicon_gate, lexicon_regex, load_lexicon, lookup
from monitor.checks.conduct_literals import RuleIndex
from monitor.checks.conduct_offensive import OffensiveModel, load_model
from monitor.checks.conduct_patterns import gated_patterns, macro
from monitor.checks.conduct_view import LETTER, View, original_span, view_of

INSULTS = "conduct_insults.txt"
PROFANITY = "conduct_profanity.txt"
SLURS = "conduct_slurs.txt"
DISCRIMINATION = "conduct_discrimination.txt"
# "latterlig god", "sygt sjov": an insulting adjective used as an intensifier of praise.
_PRAISE_AFTER = re.compile(r"\s+(?:god|gode|godt|sjov|sjove|sjovt|flot|flotte|dygtig|dygtige|billig|billige|nem|nemt|"
                           r"let|hurtig|hurtige|stærk|stærke|lækker|lækre|fed|fede|fedt|good|fun|easy|cheap|fast|great)\b")
# An adjective negated and measured ("ikke tyk nok", "not thick enough") says a thing falls short, not who someone is.
_ENOUGH_AFTER = re.compile(r"\s+(?:nok|enough)\b")
_NOT_BEFORE = re.compile(r"\b(?:ikke|ik|ikk|not|aldrig|never)\s+(?:(?:så|helt|særlig|særligt|very|so|that|quite)\s+)?$")
# A swear word right before an insult is part of it: "din fucking taber", "du er en skide idiot".
_INSIDE_INSULT = re.compile(rf"\s+(?:[{LETTER}]+\s+){{0,2}}$")
# "Yusuf er ikke en beskidt araber": a denial or a rebuttal, not an insult.
_NEGATED = re.compile(rf"\b(?:ikke|aldrig|not|never|isn't|isnt|aren't|wasn't|no)\s+(?:[{LETTER}]+\s+){{0,2}}$")

_ADDRESSED = re.compile(rf"(?:^|[,.!?:;]\s*|\b(?:og|hey|hej|ja|nej)\s+)(i|jer)\s+(?:[{LETTER}]+\s+){{0,2}}$")
# the speaker as the subject right before a phrase, adverbs between: "i'm literally the", "jeg er simpelthen den"
_SPEAKER_BEFORE = re.compile(r"(?:\b(?:i['’]?m|i\s+am|jeg\s+er|vi\s+er|we['’]re|we\s+are)|(?<![\w.])a\s+er)\s+"
                             r"(?:(?:literally|honestly|really|just|probably|officially|simpelthen|bare|seriøst|virkelig|nok|jo|sgu|"
                             r"altså|officielt)\s+){0,3}(?:the|den|det|de)?\s*$")
_BARE_PREDICATE = re.compile(r"\b(?:er|var|is|was)\s+(?:jo\s+|også\s+|selv\s+|openly\s+|åbent\s+)?$")
# A Danish neuter or plural determiner, with an adjective or two, before a word the slur lexicon flags ``neuter``: the
# Danish noun ("hvilket fag har I efter frokost?", "det bedste fag nogensinde", "alle fag"), not the English slur.
_NEUTER_BEFORE = re.compile(
    r"\b(?:et|det|mit|dit|sit|vores|jeres|deres|hvilket|hvilke|hvert|ethvert|andet|samme|alle|mange|flere|nogle|få|"
    r"to|tre|fire|fem|seks|syv|otte|ni|ti)\s+(?:[^\W\d_]+(?:e|t|ste)\s+){0,2}$")


@cache
def load_word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line lexicon file (comments dropped)."""
    path = LEXICONS / name
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


class AbusiveLanguageCheck(AimedAt, Check):
    """Insults aimed at people, profanity, slurs and demeaning statements about groups."""

    name = "conduct.abuse"
    use_model: ClassVar[bool] = True  # the training script turns the model off to measure the rules alone
    rules = (HARASSMENT_WORD, HARASSMENT_PHRASE, HARASSMENT_MODEL, PROFANITY_WORD, PROFANITY_MODEL,
             DISCRIMINATION_SLUR, DISCRIMINATION_STATEMENT, DISCRIMINATION_GROUP)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.insults = lexicon_regex(INSULTS)
        self.profanity = lexicon_regex(PROFANITY)
        self.slurs = lexicon_regex(SLURS)
        self.frames = harassment_frames()
        phrases = [(p, g) for rule, p, g in gated_patterns(FRAMES) if rule == "harassment.phrase"]
        self.phrases = [p for p, _ in phrases]
        # four requirements a rule: the cheapest two are often common words ("og", "er"), a third filters
        self.phrases_index = RuleIndex(phrases, limit=4)
        self.statements = [(rule, pattern) for rule, pattern, _ in gated_patterns(DISCRIMINATION)]
        self.statements_index = RuleIndex([(pattern, gate) for _, pattern, gate in gated_patterns(DISCRIMINATION)],
                                          limit=4)
        self.teaching = re.compile(macro(DISCRIMINATION, "TEACHING"))
        # teaching or news about nazism and hate: the classifier's words are quoted, not used
        self.history = re.compile(macro("conduct_extremism.txt", "TEACHING"))
        self.gates = {name: lexicon_gate(name) for name in (INSULTS, PROFANITY, SLURS)}
        self.model: OffensiveModel | None = load_model() if self.use_model else None
        self.insult_forms = load_lexicon(INSULTS)
        self.names = known_names()
        self.unambiguous_names = self.names - load_word_list("names_da_ambiguous.txt")
        self._quiet_gate = self._build_quiet_gate()

    def _build_quiet_gate(self) -> QuietGate | None:
        """What ``_quiet`` tests (None when a lexicon gate has no bits, a prefix shorter than three letters:
        ``_quiet`` is skipped then)."""
        gates = [self.gates[name] for name in (INSULTS, PROFANITY, SLURS)]
        if not all(gate.bits for gate in gates):
            return None
        cues = self.model.cue_words if self.model is not None else frozenset()
        return QuietGate(
            words=frozenset(MAY_APPLY_WORDS | cues),
            bits=or_bits(gate.bits for gate in gates),
            lexicon_words=frozenset().union(*(gate.words for gate in gates)),
            substring_gates=tuple(gate for gate in gates if gate.substrings),
            emoji=tuple(sorted(set(INSULT_EMOJI))))

    def _quiet(self, view: View, squeezed: frozenset[str]) -> bool:
        """Whether no rule family of ``_scan`` can fire on ``view``: each family's gate (a necessary condition)
        fails. Most posts are clean, and this costs a few C-level operations instead of a pass per family."""
        quiet = self._quiet_gate
        if quiet is None:
            return False
        if not quiet.words.isdisjoint(view.words) or may_generalise(view):
            return False  # group phrases and statements, the classifier's cue words; generalisations
        met = view.needs_met()
        if met is None or met & quiet.bits:
            return False  # a lexicon word or compound head (as ``Gate.passes`` tests them)
        text = view.text
        if any(map(text.__contains__, quiet.emoji)) or any(gate.substring_in(text) for gate in quiet.substring_gates):
            return False  # an insult emoji, "f*ck"
        if not quiet.lexicon_words.isdisjoint(squeezed) or body_hint(view):
            return False  # "iddiot"; "kartoffelhoved"
        return not (self.phrases_index.candidates(view) or self.statements_index.candidates(view))

    def _gate(self, name: str, view: View, squeezed: frozenset[str]) -> bool:
        """The lexicon gate, also passed by a word with a doubled letter ("iddiot", "perrker") whose squeezed
        form is a lexicon word: the view folds only runs of three or more, while the lexicon regex lets
        every letter repeat, so the gate alone would hide such matches. ``squeezed``: ``doubled_squeezed``."""
        gate = self.gates[name]
        if gate.passes(view):
            return True
        return not gate.words.isdisjoint(squeezed)

    # -- frames -------------------------------------------------------------------------------
    def _owned_later(self, text: str, word: str, end: int) -> bool:
        """Whether the post takes the word back onto the speaker: "du er så noob 😂 (det er mig der er noob)"."""
        later = text.find(word, end)
        if later < 0:
            return False
        before = self._before(text, later)
        return self._is_self(before) and not _NEGATED.search(before)  # not "og jeg er ikke en idiot"

    def _addressed(self, text: str, start: int, capital: Callable[[int], bool]) -> bool:
        """Whether a plural is said to the readers' faces: "I sorte aber skal ud", "jer perkere", "hey I bøsser"
        (Danish "I" only as written with a capital: lower-case "i" is "in")."""
        found = _ADDRESSED.search(text, max(0, start - 40), start)
        return found is not None and (found.group(1) == "jer" or capital(found.start(1)))


    # -- scan ---------------------------------------------------------------------------------
    def scan(self, doc: Document) -> Iterable[Hit]:
        view = view_of(doc)
        hits = list(self._scan(doc, view))
        found = {h.rule.category for h in hits}
        # a demeaning statement beside a person singled out is aimed at that person too (TAXONOMY.md)
        if "conduct.discrimination" in found and "conduct.harassment" not in found and singles_out(
                doc.text, view.text, self.names, self.unambiguous_names):
            first = next(h for h in hits if h.rule.category == "conduct.discrimination")
            hits.append(Hit(HARASSMENT_PHRASE, first.start, first.end))
        return hits

    def _scan(self, doc: Document, view: View) -> Iterator[Hit]:
        text = view.text
        aimed_spans: list[tuple[int, int]] = []
        found_harassment = found_profanity = found_discrimination = False
        squeezed = doubled_squeezed(view.words)
        if self._quiet(view, squeezed):
            return

        def hit(rule: Rule, start: int, end: int) -> Hit:
            first, last = original_span(doc, view, start, end)
            return Hit(rule, first, last)

        def capital(index: int) -> bool:
            first, _ = original_span(doc, view, index, index + 1)
            return doc.text[first:first + 1].isupper()

        for number in self.phrases_index.candidates(view):
            for match in self.phrases[number].finditer(text):
                if in_title(text, *match.span()):
                    continue  # 'Fuck You' af CeeLo Green: a song's name
                aimed_spans.append(match.span())
                before = self._before(text, match.start())
                if _SPEAKER_BEFORE.search(before):
                    continue  # "i'm literally the worst player ever": the speaker about themselves
                subject = LETTER_RUN.match(text, match.start())
                if subject is not None and subject.group() in GROUP_SUBJECTS or self._group_subject(before):
                    # "kvinder er for dumme til at", "gamle mennesker er spild af plads"
                    found_discrimination = True
                    yield hit(DISCRIMINATION_STATEMENT, *match.span())
                    if not self._singles_out(doc, text):
                        continue
                found_harassment = True
                yield hit(HARASSMENT_PHRASE, *match.span())

        for start, end in emoji_insults(doc.text, text, self.names,
                                        lambda lo, hi: original_span(doc, view, lo, hi)):
            aimed_spans.append((start, end))
            found_harassment = True
            yield hit(HARASSMENT_PHRASE, start, end)

        for match in self.insults.finditer(text) if self._gate(INSULTS, view, squeezed) else ():
            entry = lookup(INSULTS, match.group())
            if entry is None or "person" in entry.flags:
                continue
            noun = "adj" not in entry.flags
            start, end = match.span()
            if entry.base == "nazi" and (text.startswith("the ", max(0, start - 4)) and match.group().endswith("s")
                                         or self.history.search(text)):
                continue  # "we learned how the Nazis used propaganda": the historical party, not a name called
            if not noun and _PRAISE_AFTER.match(text, end):
                continue
            if not noun and _ENOUGH_AFTER.match(text, end) and _NOT_BEFORE.search(text, max(0, start - 30), start):
                continue  # "isen er ikke tyk nok endnu", "not thick enough": a measure of a thing, not a person's looks
            if self.aimed(text, start, end, noun=noun, thing="thing" in entry.flags, capital=capital) or (
                    ("strong" in entry.flags or "def" in entry.flags and is_definite(match.group(), entry.base))
                    and not self._is_self(self._before(text, start))):
                if in_title(text, start, end) or self._owned_later(text, match.group(), end):
                    continue
                aimed_spans.append((start, end))
                if noun and group_adjective_before(text, start):  # "den jødiske gnier"
                    found_discrimination = True
                    yield hit(DISCRIMINATION_GROUP, start, end)
                if self._group_subject(self._before(text, start)):  # "somaliere er nogle snyltere"
                    found_discrimination = True
                    yield hit(DISCRIMINATION_STATEMENT, start, end)
                    if not self._singles_out(doc, text):
                        continue
                found_harassment = True
                yield hit(HARASSMENT_WORD, start, end)

        groups = may_apply(view)
        for compound in compound_insults(view) if groups else ():
            start, end = compound.start, compound.end
            if any(s <= start < e for s, e in aimed_spans) or self._is_self(self._before(text, start)):
                continue
            if compound.referential or self.aimed(text, start, end, noun=True):
                aimed_spans.append((start, end))
                found_harassment = True
                yield hit(HARASSMENT_WORD, start, end)

        teaching = None
        for match in self.slurs.finditer(text) if self._gate(SLURS, view, squeezed) else ():
            entry = lookup(SLURS, match.group())
            start, end = match.span()
            if teaching is None:
                teaching = bool(self.teaching.search(text))
            addressed = self._addressed(text, start, capital)
            aimed = addressed or self.aimed(text, start, end, noun=True)
            if entry is not None and "weak" in entry.flags and (not aimed or _BARE_PREDICATE.search(text, 0, start)):
                continue  # "Han er bøsse og har en kæreste": a bare predicate states, it does not call names
            if entry is not None and "neuter" in entry.flags and _NEUTER_BEFORE.search(text, max(0, start - 40), start):
                continue
            if teaching and not aimed:
                continue
            found_discrimination = True
            yield hit(DISCRIMINATION_SLUR, start, end)
            if aimed and (addressed or not text[start:end].endswith(("ere", "erne", "s", "es"))):
                aimed_spans.append((start, end))
                found_harassment = True
                yield hit(HARASSMENT_WORD, start, end)

        for phrase in group_insults(view) if groups else ():
            if teaching is None:
                teaching = bool(self.teaching.search(text))
            before = self._before(text, phrase.start)
            if teaching or self._is_self(before) or _NEGATED.search(before):
                continue
            aimed_spans.append((phrase.start, phrase.end))
            found_discrimination = True
            yield hit(DISCRIMINATION_GROUP, phrase.start, phrase.end)
            if (phrase.singular or self.frames.second.search(before)) and self.aimed(
                    text, phrase.start, phrase.end, noun=True):
                found_harassment = True
                yield hit(HARASSMENT_WORD, phrase.start, phrase.end)

        for start, end in group_statements(view) if groups else ():
            if teaching is None:
                teaching = bool(self.teaching.search(text))
            if teaching:
                break
            found_discrimination = True
            yield hit(DISCRIMINATION_STATEMENT, start, end)

        for number in self.statements_index.candidates(view):
            rule_id, pattern = self.statements[number]
            for match in pattern.finditer(text):
                if teaching is None:
                    teaching = bool(self.teaching.search(text))
                if teaching:
                    break
                if rule_id == "discrimination.statement" and reported_or_denied(text, *match.span()):
                    continue
                found_discrimination = True
                yield hit(DISCRIMINATION_STATEMENT, *match.span())
                if rule_id == "discrimination.singled" or (
                        rule_id == "discrimination.aimed" and self._singles_out(doc, text, STRICT_POINTER)):
                    found_harassment = True
                    yield hit(HARASSMENT_WORD, *match.span())

        for general in generalisations(view):  # loose composition: a group word and a negative trait
            if teaching is None:
                teaching = bool(self.teaching.search(text))
            if teaching or self.history.search(text):
                break
            found_discrimination = True
            yield hit(DISCRIMINATION_STATEMENT, general.start, general.end)
            if general.person and not found_harassment:
                found_harassment = True
                yield hit(HARASSMENT_PHRASE, general.start, general.end)

        titled = False
        for match in self.profanity.finditer(text) if self._gate(PROFANITY, view, squeezed) else ():
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
