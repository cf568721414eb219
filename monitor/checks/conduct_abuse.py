"""Harassment, profanity and discrimination: insulting words, where they are aimed, and slurs.

The three categories are decided together because they meet (TAXONOMY.md, "Where categories meet"):
a swear word inside an insult aimed at someone is harassment only; a slur aimed at a person is
harassment and discrimination; a slur or demeaning statement about a group is discrimination only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
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
from monitor.checks.conduct_lexicon import LEXICONS, Gate, lexicon_gate, lexicon_regex, load_lexicon, lookup, squeeze
from monitor.checks.conduct_literals import RuleIndex
from monitor.checks.conduct_offensive import OffensiveModel, load_model
from monitor.checks.conduct_patterns import gated_patterns, macro, pattern_sources
from monitor.checks.conduct_view import LETTER, View, original_span, view_of

INSULTS = "conduct_insults.txt"
PROFANITY = "conduct_profanity.txt"
SLURS = "conduct_slurs.txt"
FRAMES = "conduct_harassment.txt"
DISCRIMINATION = "conduct_discrimination.txt"

_WORD_AFTER = re.compile(rf"\s+(?:lille\s+|store\s+|gamle\s+|fede\s+|little\s+|big\s+|old\s+)?([{LETTER}]+)")
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
_POINTER = re.compile(r"\b(?:du|dig|din|dit|ham|hende|you|him|her|u|ur)\b")
# without "her" and "u" (Danish "here" and "you" in a list) for rules that are not insults in themselves
_STRICT_POINTER = re.compile(r"\b(?:du|dig|din|dit|ham|hende|you|him|ur)\b")
_CAPITALISED = re.compile(r"(?<=[\s,(])[A-ZÆØÅ][a-zæøå]+")
_NOT_NAMES = frozenset({"Den", "Det", "De", "Han", "Hun", "Jeg", "Vi", "Og", "Men", "For", "Alle", "Kan", "Mange"})
_DEFINITE = ("en", "n", "et", "ne", "ene", "erne", "rne", "ens", "ets", "nes", "ernes")
# "Yusuf er ikke en beskidt araber": a denial or a rebuttal, not an insult.
_NEGATED = re.compile(rf"\b(?:ikke|aldrig|not|never|isn't|isnt|aren't|wasn't|no)\s+(?:[{LETTER}]+\s+){{0,2}}$")

_BARE_PREDICATE = re.compile(r"\b(?:er|var|is|was)\s+(?:jo\s+|også\s+|selv\s+|openly\s+|åbent\s+)?$")

# "sikke en bøssekarl", "what a loser": an exclamation names the person it is about
_EXCLAIMED = re.compile(rf"\b(?:sikken?\s+(?:en|et|nogle)|hvilken|hvilket|what\s+an?)(?:\s+[{LETTER}]+)?\s*$")
_OF_A = re.compile(r"\s+af\s+(?:en|et)\s+(?!(?:[a-zæøå]+\s+)?(?:mand|kvinde|dame|fyr|pige|dreng|lærer|elev|pedel|"
                   r"træner|leder|unge|person|menneske|nabo|kollega|chef)\b)")
_FIRST_NAME = re.compile(r"\W{0,3}([A-ZÆØÅ][a-zæøåé]+)\b")
_DOUBLED = re.compile(rf"([{LETTER}])\1")


@cache
def load_word_list(name: str) -> frozenset[str]:
    """The words of a one-word-a-line lexicon file (comments dropped)."""
    path = LEXICONS / name
    if not path.exists():
        return frozenset()
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


_SEEN: set[str] = set()  # words already looked at
_SQUEEZED: dict[str, str] = {}  # of those, the words with a doubled letter -> their squeezed form
_DOUBLED_WORDS: set[str] = set()  # the keys of ``_SQUEEZED``, as a set for a C-level intersection
_CACHE_WORDS = 200_000  # emptied past this many words, so memory stays flat


def _doubled_squeezed(words: frozenset[str]) -> frozenset[str]:
    """The squeezed forms of the words with a doubled letter (found once per post for the three lexicon gates).

    Words repeat from post to post: only the words never seen before are looked at in Python, the rest is
    a set difference and an intersection in C."""
    new = words - _SEEN
    if new:
        if len(_SEEN) + len(new) > _CACHE_WORDS:
            _SEEN.clear()
            _SQUEEZED.clear()
            _DOUBLED_WORDS.clear()
        for word in new:
            if _DOUBLED.search(word):
                _SQUEEZED[word] = squeeze(word)
                _DOUBLED_WORDS.add(word)
        _SEEN.update(new)
    found = words & _DOUBLED_WORDS
    return frozenset(map(_SQUEEZED.__getitem__, found)) if found else frozenset()


def _or_bits(bits: Iterable[int]) -> int:
    out = 0
    for bit in bits:
        out |= bit
    return out


@dataclass(frozen=True)
class _QuietGate:
    """Necessary conditions of every rule family of the abuse check, tested together (``_quiet``)."""

    words: frozenset[str]  # group phrases and statements, the classifier's cue words
    bits: int  # the three lexicon gates' words and compound heads, as bits of ``View.needs_met``
    lexicon_words: frozenset[str]  # the same words, met by a squeezed spelling ("iddiot")
    substring_gates: tuple[Gate, ...]  # the lexicon gates with substrings ("f*ck"): ``Gate.substring_in``
    emoji: tuple[str, ...]  # ``emoji_insults`` needs one of these


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
    # only the frame rules: the phrase rules of the file are compiled by ``gated_patterns``
    rules = {rule: re.compile(source) for rule, source in dict(pattern_sources(FRAMES)).items()
             if rule.startswith("frame.")}
    return _Frames(rules["frame.before.second"], rules["frame.before.third"], rules["frame.before.demonstrative"],
                   rules["frame.before.vocative"], rules["frame.after.vocative"], rules["frame.before.self"],
                   rules["frame.before.notperson"])


def _definite(matched: str, base: str) -> bool:
    """Whether a noun is in its definite form ("snobben", "hyklerne"): a name for someone, with no frame."""
    form, stem = squeeze(matched), squeeze(base)
    return form.startswith(stem) and form[len(stem):].endswith(_DEFINITE) or form.endswith(("ene", "erne"))


class AbusiveLanguageCheck(Check):
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
        self.frames = _frames()
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

    def _build_quiet_gate(self) -> _QuietGate | None:
        """What ``_quiet`` tests (None when a lexicon gate has no bits, a prefix shorter than three letters:
        ``_quiet`` is skipped then)."""
        gates = [self.gates[name] for name in (INSULTS, PROFANITY, SLURS)]
        if not all(gate.bits for gate in gates):
            return None
        cues = self.model.cue_words if self.model is not None else frozenset()
        return _QuietGate(
            words=frozenset(MAY_APPLY_WORDS | cues),
            bits=_or_bits(gate.bits for gate in gates),
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
        every letter repeat, so the gate alone would hide such matches. ``squeezed``: ``_doubled_squeezed``."""
        gate = self.gates[name]
        if gate.passes(view):
            return True
        return not gate.words.isdisjoint(squeezed)

    # -- frames -------------------------------------------------------------------------------
    def _before(self, text: str, start: int) -> str:
        before = text[max(0, start - 70):start]
        cut = before.rfind("\n")
        return before[cut + 1:] if cut >= 0 else before

    def _is_self(self, before: str) -> bool:
        clause = _SENTENCE_START.search(before)
        clause_text = before[clause.start() + 1:] if clause else before
        return bool(self.frames.self_.search(clause_text))

    def _singles_out(self, doc: Document, text: str, pointer: re.Pattern[str] = _POINTER) -> bool:
        """Whether the post also points at one person ("Emre er tyrker, og tyrkere er ...", "ham gider vi ikke"):
        a group insult is then aimed at that person too (TAXONOMY.md)."""
        if pointer.search(text):
            return True
        first = _FIRST_NAME.match(doc.text)  # a name opening the post: "Fatima med tørklædet ..."
        if first and first.group(1).lower() in self.unambiguous_names and first.group(1) not in _NOT_NAMES:
            return True
        return any(match.group().lower() in self.names and match.group() not in _NOT_NAMES
                   for match in _CAPITALISED.finditer(doc.text, 1))

    def _group_subject(self, before: str) -> bool:
        """Whether the insult's frame has a whole group as its subject ("kvinder er ...", "arabere er nogle ...")."""
        third = self.frames.third.search(before)
        if third is None or self.frames.second.search(before):
            return False
        # the subject may stand a few words before the verb: "tyrkerne i parken er noget pak"
        clause = before[:third.end(1)]
        if third.group(1) in ("de", "they"):  # "alle de udlændinge ..., de er nogle snyltere": the group again
            sentence = clause[max(clause.rfind(mark) for mark in ".;:!?") + 1:]
            return any(word in GROUP_SUBJECTS for word in _WORD.findall(sentence))
        clause = clause[max(clause.rfind(mark) for mark in ".,;:!?") + 1:]
        words = _WORD.findall(clause)[-4:]
        return any(word in GROUP_SUBJECTS for word in words) or "men" in words and " are " in before  # "men are"

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
        if noun and _EXCLAIMED.search(before) and not _OF_A.match(text, end):  # not "sikke et røvhul af en dag"
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
        squeezed = _doubled_squeezed(view.words)
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
                aimed_spans.append(match.span())
                subject = _WORD.match(text, match.start())
                if subject is not None and subject.group() in GROUP_SUBJECTS:  # "kvinder er for dumme til at"
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
            if not noun and _PRAISE_AFTER.match(text, end):
                continue
            if self.aimed(text, start, end, noun=noun, thing="thing" in entry.flags, capital=capital) or (
                    ("strong" in entry.flags or "def" in entry.flags and _definite(match.group(), entry.base))
                    and not self._is_self(self._before(text, start))):
                if in_title(text, start, end):
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
            aimed = self.aimed(text, start, end, noun=True)
            if entry is not None and "weak" in entry.flags and (not aimed or _BARE_PREDICATE.search(text, 0, start)):
                continue  # "Han er bøsse og har en kæreste": a bare predicate states, it does not call names
            if teaching and not aimed:
                continue
            found_discrimination = True
            yield hit(DISCRIMINATION_SLUR, start, end)
            if aimed and not text[start:end].endswith(("ere", "erne", "s", "es")):
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
                        rule_id == "discrimination.aimed" and self._singles_out(doc, text, _STRICT_POINTER)):
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
