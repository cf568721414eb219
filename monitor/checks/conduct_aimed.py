"""Whether an insulting word is aimed at a person: the frames around it, not the speaker, not a thing.

The abuse check (:mod:`conduct_abuse`) finds insults, slurs and group phrases; :class:`AimedAt` reads the words
before and after each ("du er en ...", "Kasper fra 9.b er ...", "sikke en ...") to tell whether it names someone,
and whether a person is singled out beside a group insult (TAXONOMY.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from monitor.checks.base import Document
from monitor.checks.conduct_groups import AGE_GROUP, GROUP_COMPOUND, GROUP_SUBJECTS, ONE_WHO
from monitor.checks.conduct_lexicon import Entry, squeeze
from monitor.checks.conduct_patterns import pattern_sources
from monitor.checks.conduct_view import LETTER

FRAMES = "conduct_harassment.txt"

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
LETTER_RUN = re.compile(rf"[{LETTER}]+")
# The speaker's own thing or body part as the subject: "min hjerne er en kartoffel", "my code is garbage" (not a
# person of theirs: "our neighbour is a ...").
_OWN_SUBJECT = re.compile(
    r"\b(?:min|mit|mine|my|vores|our)\s+(?!(?:nabo\w*|neighbou?rs?|lærer\w*|teachers?|træner\w*|coach\w*|kollega\w*|"
    r"colleagues?|chef\w*|boss\w*|ven|venner|veninde\w*|friends?|kæreste\w*|boyfriend|girlfriend|far|mor|forældre|"
    r"parents?|bror|brødre|søster\w*|brothers?|sisters?|dad|mum|mom|søn|datter|sons?|daughters?|klassekammerat\w*|"
    r"classmates?)\b)[a-zæøå]+\s+(?:er|var|is|was|'s)\s+(?:(?:en|et|a|an|så|bare|helt|totalt|really|so|just)\s+)*$")
# "der"/"som" opening a relative clause ("det hold der taber"), not the demonstrative "den der perker".
_RELATIVE_BEFORE = re.compile(r"(?<!\bden\s)(?<!\bdet\s)(?<!\bde\s)(?<!\bham\s)(?<!\bhende\s)\b(?:der|som)\s+$")
# A subject pronoun (and an adverb) right before a Danish -er noun: the present-tense verb ("når de taber"). "de" is
# a subject only after a conjunction ("fordi de snyder"); elsewhere it is "those" ("til de mongoler").
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:vi|i|man|jeg|han|hun|a|æ)|(?:^|\b(?:når|hvis|fordi|at|og|men|så|da|mens|gang|indtil))\s+de)\s+"
    r"(?:(?:altid|aldrig|bare|også|nok|igen|jo|sgu|tit|ofte|kun|selv)\s+)?$")
_CLAUSE_WORDS = frozenset({"at", "som", "der", "og", "men", "fordi", "that", "and", "but", "because", "which"})
_CLAUSE_END = re.compile(r"[.!?:](?=\s)|\n")
_POINTER = re.compile(r"\b(?:du|dig|din|dit|ham|hende|you|him|her|u|ur)\b")
# without "her" and "u" (Danish "here" and "you" in a list) for rules that are not insults in themselves
STRICT_POINTER = re.compile(r"\b(?:du|dig|din|dit|ham|hende|you|him|ur)\b")
_CAPITALISED = re.compile(r"(?<=[\s,(])[A-ZÆØÅ][a-zæøå]+")
_NOT_NAMES = frozenset({"Den", "Det", "De", "Han", "Hun", "Jeg", "Vi", "Og", "Men", "For", "Alle", "Kan", "Mange"})
_DEFINITE = ("en", "n", "et", "ne", "ene", "erne", "rne", "ens", "ets", "nes", "ernes")
# "sikke en bøssekarl", "what a loser": an exclamation names the person it is about
_EXCLAIMED = re.compile(rf"\b(?:sikken?\s+(?:en|et|nogle)|hvilken|hvilket|what\s+an?)(?:\s+[{LETTER}]+)?\s*$")
# ... also in English: "what a bitch of a game"
_OF_A = re.compile(r"\s+(?:af\s+(?:en|et)|of\s+an?)\s+(?!(?:[a-zæøå]+\s+)?(?:mand|kvinde|dame|fyr|pige|dreng|lærer|"
                   r"elev|pedel|træner|leder|unge|person|menneske|nabo|kollega|chef|dommer|pædagog|rektor|vikar|"
                   r"forælder|mor|far|kone|søster|bror|knægt|tøs|type|kunde|spiller|målmand|keeper|man|woman|guy|"
                   r"girl|boy|teacher|kid|player|ref|referee|coach|neighbour|neighbor|mum|mom|dad)\b)")
# "det er noget lort at træningen er aflyst": a thing word before "at"/"når"/"hvis" judges a situation
_SITUATION_AFTER = re.compile(r"\s+(?:at|når|hvis|that|when|if)\b")
_SOMETHING_BEFORE = re.compile(r"\bnoget\s+(?:\w+\s+)?$")  # not the degree in "så dum at det gør ondt"
# "sådan en pjok som Erik", "such a loser as him": the noun said of someone named or pointed at after "som"
_SUCH_A = re.compile(r"\b(?:sådan\s+(?:en|et)|such\s+an?)\s+(?:[a-zæøå]+\s+)?$")
_AS_SOMEONE = re.compile(r"\s+(?:som|like|as)\s+(?:(?P<pointer>ham|hende|dig|jer|him|her|you)\b|(?P<word>[a-zæøå]))")
_ONE_WHO = re.compile(rf"\b{ONE_WHO}\b")
_FIRST_NAME = re.compile(r"\W{0,3}([A-ZÆØÅ][a-zæøåé]+)\b")


@dataclass(frozen=True)
class _Frames:
    second: re.Pattern[str]
    third: re.Pattern[str]
    demonstrative: re.Pattern[str]
    vocative_before: re.Pattern[str]
    vocative_after: re.Pattern[str]
    self_: re.Pattern[str]
    notperson: re.Pattern[str]


def harassment_frames() -> _Frames:
    # only the frame rules: the phrase rules of the file are compiled by ``gated_patterns``
    rules = {rule: re.compile(source) for rule, source in dict(pattern_sources(FRAMES)).items()
             if rule.startswith("frame.")}
    return _Frames(rules["frame.before.second"], rules["frame.before.third"], rules["frame.before.demonstrative"],
                   rules["frame.before.vocative"], rules["frame.after.vocative"], rules["frame.before.self"],
                   rules["frame.before.notperson"])


def is_definite(matched: str, base: str) -> bool:
    """Whether a noun is in its definite form ("snobben", "hyklerne"): a name for someone, with no frame."""
    form, stem = squeeze(matched), squeeze(base)
    return form.startswith(stem) and form[len(stem):].endswith(_DEFINITE) or form.endswith(("ene", "erne"))


class AimedAt:
    """The frame tests of the abuse check, read against its frames, known names and insult forms."""

    frames: _Frames
    names: frozenset[str]
    unambiguous_names: frozenset[str]
    insult_forms: dict[str, Entry]

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
            return any(word in GROUP_SUBJECTS for word in LETTER_RUN.findall(sentence)) or bool(AGE_GROUP.search(
                sentence))
        clause = clause[max(clause.rfind(mark) for mark in ".,;:!?") + 1:]
        if _ONE_WHO.search(clause):  # "whoever coaches the U15 girls is ...": the group is the relative's object
            return False
        words = LETTER_RUN.findall(clause)[-4:]
        if AGE_GROUP.search(clause):  # "gamle lærere er ubrugelige fossiler": an age group, no one singled out
            return True
        if any(word in GROUP_SUBJECTS or GROUP_COMPOUND.fullmatch(word) for word in words):
            return True
        return "men" in words and " are " in before  # "men are"

    def _person_clause(self, text: str, lo: int, hi: int, capital: Callable[[int], bool] | None) -> bool:
        """Whether the last words before the verb ("Kasper fra 9.b er") name or point out a person."""
        clause_start = lo
        for end in _CLAUSE_END.finditer(text, lo, hi):
            clause_start = end.end()
        words = list(LETTER_RUN.finditer(text, clause_start, hi))
        for number in range(len(words) - 1, max(-1, len(words) - 5), -1):
            found = words[number].group()
            if found in _CLAUSE_WORDS:
                break  # "Sara sagde at lydanlægget var ...": the subject is after "at"
            if found in self.unambiguous_names or _PERSON_SUBJECT.fullmatch(found):
                return True
            # a name that is also a common word ("min", "mark") counts only when written as a name: "min
            # løg-hakning var mega grim" is about the writer's chopping, "Min var mega grim" about someone
            if found in self.names and capital is not None and capital(words[number].start()):
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
        if self._is_self(before) or _OWN_SUBJECT.search(before):
            return False
        if thing and _SITUATION_AFTER.match(text, end) and _SOMETHING_BEFORE.search(before):
            return False
        if noun and _RELATIVE_BEFORE.search(before):
            return False  # "det hold der taber": a verb after "der"/"som", not the noun "taber"
        if noun and text.endswith("er", start, end) and _SUBJECT_BEFORE.search(before):
            return False  # "når de taber", "hvis han snyder": an -er noun right after a subject is the verb
        third = frames.third.search(before)
        if third and third.group(1) not in _SELF_SUBJECTS and not frames.notperson.search(before):
            if not thing:
                return True
            if self._person_clause(text, start - len(before), start - len(before) + third.end(1), capital):
                return True
        if noun and frames.demonstrative.search(before) and not (thing and _OF_A.match(text, end)):
            return True  # not "det her lort af en wifi": a thing word "af en" a thing is said of the thing
        if noun and _EXCLAIMED.search(before) and not _OF_A.match(text, end):  # not "sikke et røvhul af en dag"
            return True
        if noun and not thing and frames.vocative_before.search(before) and frames.vocative_after.match(text, end):
            return True
        if noun and _SUCH_A.search(before):
            such = _AS_SOMEONE.match(text, end)
            if such is not None and (such.group("pointer") or capital is not None and capital(such.start("word"))):
                return True
        follow = _WORD_AFTER.match(text, end)
        if follow and not noun:
            entry = self.insult_forms.get(re.sub(r"(.)\1+", r"\1", follow.group(1)))
            if entry is not None and "adj" not in entry.flags:
                return True
        return False
