"""Finding identifiable private persons in a post: names, tags, pointers ("en elev fra 9.a"), pronouns, the writer.

The sensitive and welfare checks only flag a health, social or private matter when it is about someone who can be
singled out. :func:`analyse` finds those references once per document (cached on it) so that every check can ask
"is there a person next to this word?" without scanning again. All spans are in the folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from monitor.checks.base import Document
from monitor.checks.regex_dispatch import fast_alternation

LEXICONS = Path(__file__).parent / "lexicons"

# Kinds of references. GENERIC is a subject that points at nobody in particular ("mange unge", "man").
NAME, TAG, POINTER, SELF, PRONOUN, GENERIC = "name", "tag", "pointer", "self", "pronoun", "generic"
PERSON_KINDS = frozenset({NAME, TAG, POINTER, SELF, PRONOUN})

_KIN_DA = (
    r"(?:mor|mors|far|fars|moren|faren|søn|søns|sønnen|datter|datters|datteren|bror|broren|søster|søsteren|"
    r"storebror|storebroren|lillebror|lillebroren|storesøster|lillesøster|kæreste|kærest|veninde|ven|vens|kammerat|"
    r"bedste ven|bedsteven|kusine|fætter|mormor|morfar|farmor|farfar|stedfar|stedfars|stedmor|papfar|papmor|"
    r"bonusfar|bonusmor|forældre|forældres|barn|barns|mand|kone|kollega|kollegas|nabo|onkel|moster|faster|"
    r"elev|elevs|klassekammerat|holdkammerat|plejebarn|plejesøn|plejedatter|søskende|dreng|pige|familie|"
    r"lærer|leder|træner|chef|underviser|kontaktperson|kontaktlærer|mentor)"
)
_KIN_EN = (
    r"(?:mum|mom|mother|dad|father|son|daughter|brother|sister|friend|best friend|stepdad|stepfather|stepmom|"
    r"stepmum|stepmother|boyfriend|girlfriend|colleague|coworker|co-worker|kid|child|student|pupil|teammate|"
    r"uncle|aunt|grandma|grandmother|grandpa|grandfather|cousin|husband|wife|parents|family|neighbour|neighbor|"
    r"teacher|coach|boss)"
)
_GROUP_DA = (
    r"(?:elever|eleverne|drenge|drengene|piger|pigerne|unge|medlemmer|deltagere|spillere|sejlere|kolleger|"
    r"kollegaer|forældre|forældrene|brugere|børn|børnene|klassekammerater|holdkammerater|venner|veninder|"
    r"\d+\.\s?klasses?elever|[a-zæøå]*elever)"
)
_GROUP_EN = r"(?:students|pupils|kids|boys|girls|players|members|colleagues|friends|\w+ graders|teammates)"
_ROLE_DA = (
    r"(?:elev|dreng|pige|ung|ung pige|ung fyr|fyr|knægt|kollega|forælder|mor|far|deltager|spiller|ven|veninde|"
    r"klassekammerat|holdkammerat|medarbejder|lærer|leder|pædagog|frivillig|12-årig|13-årig|14-årig|15-årig|"
    r"16-årig|17-årig)"
)
_ROLE_EN = r"(?:student|pupil|boy|girl|colleague|kid|parent|mum|mom|dad|teammate|player|member|teacher|young person)"

_POINTER = re.compile(
    rf"\b(?:(?:min|mit|mine|hans|hendes|deres|sin|sit|sine)\s+(?:(?:lille|store|ældste|yngste|nye|gamle|bedste)\s+)?"
    rf"{_KIN_DA}\b"
    rf"|vores\s+(?:(?:nye|gamle)\s+)?(?:kollega|elev|lærer|leder|træner|pedel|underviser|klubleder)\b"
    rf"|(?:en|et|én)\s+af\s+(?:(?:vores|mine|de|hans|hendes)\s+)?(?:\w+\s+)?{_GROUP_DA}\b"
    rf"|(?:en|et|én)\s+{_ROLE_DA}(?=\s*,?\s+(?:fra|i|på|der|som|hos|fortalte|sagde|skrev|betroede|ringede)\b)"
    rf"|(?:eleven|drengen|pigen|læreren|lederen|klublederen|træneren|pedellen|kollegaen|moren|faren|sønnen|"
    rf"datteren|storebroren|lillebroren|storesøsteren|lillesøsteren|stedfaren|skolepsykologen|pædagogen)\b"
    rf"|(?:my|his|her|their)\s+(?:(?:little|big|older|younger|best|new|old)\s+)?{_KIN_EN}s?\b"
    rf"|our\s+(?:new\s+)?(?:colleague|student|teacher|coach|leader)\b"
    rf"|one\s+of\s+(?:(?:our|my|the|his|her)\s+)?(?:\w+\s+)?{_GROUP_EN}\b"
    rf"|\ban?\s+{_ROLE_EN}(?=\s+(?:from|in|of|on|at|who|told|said)\b)"
    rf"|\ba\s+colleague\b)"
)
_TAG = re.compile(r"(?<![\w.])@[a-z0-9_.]{2,30}\b")
_SELF = re.compile(
    r"\b(?:jeg|mig|selv|mit|mine|min|my|me|myself|mine)\b"
    r"|\bi(?:'m|'ve|'d|’m|’ve|m)\b"
    r"|\bi\s+(?:am|was|have|had|don't|dont|can't|cant|feel|felt|got|get|keep|want|just|think|really|will|would|"
    r"never|always|still|hate|wish|tried|started|broke|hurt|need|cut|burn|burned|burnt|did|do)\b"
)
_PRONOUN = re.compile(r"\b(?:han|hun|ham|hende|hendes|hans|he|she|him|his|he's|she's|hes|shes)\b")
_PRONOUN_EN_HER = re.compile(r"\bher\b")
_GENERIC = re.compile(
    r"\b(?:man|mange|flere|alle|nogen|nogle|folk|unge|børn|elever|eleverne|enhver|ens|dit barn|jeres børn|"
    # "hver morgen", "hver uge": a time, not a subject ("en pige på bussen hver morgen med blå mærker").
    r"hver(?!\s+(?:morgen|dag|uge|weekend|aften|nat|gang|time|måned|år|mandag|tirsdag|onsdag|torsdag|fredag|"
    r"lørdag|søndag|frikvarter|eneste\s+(?:dag|gang|morgen|aften|weekend)))|"
    r"du|dig|jer|people|many|everyone|anyone|someone|somebody|everybody|kids|teens|teenagers|young people|"
    r"students|you|others|andre)\b"
)
# After a sentence-initial word that may be a name or an ordinary word ("Line har 38 fraværsdage").
_AUXILIARY = re.compile(r"\s+(?:har|havde|er|var|skal|skulle|kan|kunne|fik|blev|vil|ville|has|had|is|was)\b")
# "Jasmins familie ...": a possessive name opening a sentence is a person when a relative or home follows.
_KIN_AFTER = re.compile(
    rf"\s+(?:(?:lille|store|ældste|yngste|nye|gamle|bedste)\s+)?(?:{_KIN_DA}|{_KIN_EN}|hjem|home)s?\b")
# Dialect and texting "a"/"æ" for "jeg" ("hvis a bare var væk"), Danish posts only: before a verb or a particle.
_SELF_DIALECT = re.compile(
    r"\b[aæ](?=\s+(?:er|var|har|havde|kan|ku|kunne|skal|sku|skulle|vil|ville|tror|troede|ved|vidste|gider|gad|bare|"
    r"ik|ikk|ikke|aldrig|også|osse|fik|gik|kom|tog|så|synes|syntes|føler|følte|hader|elsker|orker|tør|turde|må|måtte|"
    r"blev|bliver|sidder|sad|står|prøver|prøvede|mangler|savner|skriver|sagde|siger|tænker|tænkte|glæder|fatter|"
    r"kender|vidst|hedder|bor|spiser|sover|sov|drikker|ryger|græder|skar|skærer|slår|vågner|føles|håber)\b)")
# A post that opens with its verb has dropped "jeg": "har haft hjernerystelse i 3 uger", "fik stillet diagnosen i går".
# Not a question ("Har terrorangrebene ...?", "Er der nogen ...?"): the first sentence must not end in "?".
_SUBJECT_DROPPED = re.compile(r"\s*(?:har|havde|fik)\b(?!\s+(?:du|i|der|det|den|man|nogen|nogle|vi|de|han|hun|jeg|dig|"
                              r"jer|ham|hende|dem|alle|vores|jeres)\b)(?=[^.!?\n]*(?:[.!\n]|$))")
# "Plan A er bedst", "hold A har": a label, not the writer.
_LABEL_BEFORE = re.compile(r"(?:plan|type|klasse|hold|gruppe|side|vitamin|nr|nummer|bygning|version|option|punkt|del|"
                           r"trin|niveau|kategori|model|blok|sal|række|spor|bane|\d)\.?\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|[!?;\n]+")


@lru_cache(maxsize=1)
def first_names() -> dict[str, bool]:
    """First names (lower case) -> True when the name is also an ordinary word (then it needs a capital)."""
    names: dict[str, bool] = {}
    for filename, ambiguous in (("names_da_first.txt", False), ("names_da_ambiguous.txt", True),
                                ("names_en_first.txt", False)):
        path = LEXICONS / filename
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                names.setdefault(word, ambiguous)
    return names


@lru_cache(maxsize=1)
def plain_first_names() -> frozenset[str]:
    """First names that are no ordinary word, longer than two letters, and their possessives, in lower case as a
    view's words hold them ("ali", "viktors")."""
    plain = [name for name, ambiguous in first_names().items() if not ambiguous and len(name) > 2]
    return frozenset(plain) | frozenset(name + "s" for name in plain)


@lru_cache(maxsize=1)
def _name_forms() -> frozenset[str]:
    """Every word :func:`_names` looks at: a first name or its possessive ("Idas"); the rest are skipped in C."""
    names = first_names()
    return frozenset(names) | frozenset(name + "s" for name in names if len(name) > 2)


@dataclass(frozen=True)
class Ref:
    start: int
    end: int
    kind: str

    @property
    def is_person(self) -> bool:
        return self.kind in PERSON_KINDS


@dataclass(frozen=True)
class PersonAnalysis:
    """References to persons and generic subjects in one document, sorted by position, plus sentence bounds."""

    refs: tuple[Ref, ...]
    sentences: tuple[tuple[int, int], ...]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= pos < end:
                return start, end
        return (self.sentences[-1] if self.sentences else (0, 0))

    def previous_sentence(self, pos: int) -> tuple[int, int] | None:
        previous = None
        for span in self.sentences:
            if span[0] <= pos < span[1]:
                return previous
            previous = span
        return None

    def refs_in(self, start: int, end: int) -> list[Ref]:
        return [r for r in self.refs if r.start >= start and r.end <= end]


def _sentence_initial(folded: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and folded[i] in " \t\"'“”‘’«»(-–—*#":
        i -= 1
    return i < 0 or folded[i] in ".!?:\n…" or ord(folded[i]) > 0x2000


def _is_letter(char: str) -> bool:
    """What ``[^\\W\\d_]`` matches."""
    return char.isalnum() and not char.isdecimal()


def _spans(text: str, words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Spans of the letter runs (as :data:`_WORD` finds them) that are one of ``words``, in text order.

    A few words are looked up with ``str.find`` (C speed); many fall back to one pass over every word, so that a
    long post stays linear.
    """
    if len(words) > 8:
        for match in _WORD.finditer(text):
            if match.group() in words:
                yield match.span()
        return
    spans: list[tuple[int, int]] = []
    size = len(text)
    for word in words:
        pos = text.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not _is_letter(text[pos - 1])) and (end == size or not _is_letter(text[end])):
                spans.append((pos, end))
            pos = text.find(word, pos + 1)
    spans.sort()
    yield from spans


def _names(doc: Document) -> list[Ref]:
    folded = doc.folded
    text = folded.text
    names = first_names()
    found: list[Ref] = []
    relevant = _name_forms().intersection(_letter_runs(doc.word_set()))
    if not relevant:
        return found
    for start, end in _spans(text, relevant):
        word = text[start:end]
        ambiguous = names.get(word)
        possessive = False
        if ambiguous is None and word.endswith("s") and len(word) > 3:
            if word.endswith(("ss", "xs", "zs")):
                continue  # a name in -s takes an apostrophe ("Clas'"): "class", "boss", "kiss" are no possessives
            possessive = True
            ambiguous = names.get(word[:-1])  # possessive: "Idas", "Noahs"
            if ambiguous is None:
                continue
            ambiguous = True if word[:-1] in ("han", "jen") else ambiguous
        elif ambiguous is None:
            continue
        original_start, _ = folded.original_span(start, end)
        capitalised = doc.text[original_start:original_start + 1].isupper()
        if ambiguous and (not capitalised or (_sentence_initial(text, start) and not _AUXILIARY.match(text, end)
                                              and not (possessive and _KIN_AFTER.match(text, end)))):
            continue
        if not capitalised and len(word) < 3:
            continue
        found.append(Ref(start, end, NAME))
    return found


def _letter_runs(words: frozenset[str]) -> list[str]:
    """What ``_WORD.findall`` gives on a text whose ``\\w+`` runs are ``words`` (as a set): a run of letters
    only is one match; others are searched (a digit or "_" splits them)."""
    out: list[str] = []
    for word in words:
        if word.isalpha():
            if len(word) > 1:
                out.append(word)
        else:
            out += _WORD.findall(word)
    return out


def _outermost(refs: list[Ref]) -> list[Ref]:
    """Drop references inside a longer one: "eleverne" in "en af eleverne", "min" in "min søns"."""
    kept: list[Ref] = []
    reach = -1
    for ref in refs:  # sorted by start, longest first
        if ref.end <= reach:
            continue
        kept.append(ref)
        reach = max(reach, ref.end)
    return kept


# The person patterns as the engine runs them fastest; analyse() uses these.
_FAST_POINTER, _FAST_SELF, _FAST_PRONOUN, _FAST_GENERIC = map(fast_alternation, (_POINTER, _SELF, _PRONOUN, _GENERIC))
# "@handle" not after a word or a dot: the look-behind after the "@" lets the engine jump to each "@".
_FAST_TAG = re.compile(r"@(?<![\w.]@)[a-z0-9_.]{2,30}\b")


def sentences(doc: Document) -> PersonAnalysis:
    """The sentence bounds of ``doc`` alone (no references), cached: what checks need that only ask for sentences."""
    cache = doc.__dict__.setdefault("_check_cache", {})
    cached = cache.get("sentences")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc.folded.text
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _FAST_SENTENCE_END.finditer(text):
        if match.end() > start:
            spans.append((start, match.end()))
            start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    result = PersonAnalysis((), tuple(spans))
    cache["sentences"] = result
    return result


# _SENTENCE_END with one character class in front, so that the engine jumps from one punctuation mark to the next:
# each branch's first character is consumed by the class and checked again by a look-behind.
_FAST_SENTENCE_END = re.compile(r"[.!?…;\n](?:(?<=[.!?…])[.!?…]*(?=\s|$)|(?<=[!?;\n])[!?;\n]*)")


def analyse(doc: Document) -> PersonAnalysis:
    """Person references of ``doc``, computed once and cached on the document."""
    cache = doc.__dict__.setdefault("_check_cache", {})
    cached = cache.get("persons")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    text = doc.folded.text
    refs: list[Ref] = _names(doc)
    refs += [Ref(m.start(), m.end(), POINTER) for m in _FAST_POINTER.finditer(text)]
    refs += [Ref(m.start(), m.end(), TAG) for m in _FAST_TAG.finditer(text)]
    refs += [Ref(m.start(), m.end(), SELF) for m in _FAST_SELF.finditer(text)]
    if doc.lang != "en" and ("a " in text or "æ " in text):
        refs += [Ref(m.start(), m.end(), SELF) for m in _SELF_DIALECT.finditer(text)
                 if not _LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    if doc.lang != "en":
        dropped = _SUBJECT_DROPPED.match(text)
        if dropped is not None:
            refs.append(Ref(dropped.start(), dropped.end(), SELF))
    refs += [Ref(m.start(), m.end(), PRONOUN) for m in _FAST_PRONOUN.finditer(text)]
    if doc.lang == "en":
        refs += [Ref(m.start(), m.end(), PRONOUN) for m in _PRONOUN_EN_HER.finditer(text)]
    refs += [Ref(m.start(), m.end(), GENERIC) for m in _FAST_GENERIC.finditer(text)]
    refs.sort(key=lambda r: (r.start, -r.end))
    refs = _outermost(refs)
    result = PersonAnalysis(tuple(refs), sentences(doc).sentences)
    cache["persons"] = result
    return result


def person_mentions(doc: Document) -> list[tuple[int, int]]:
    """Folded-text spans of references to identifiable private persons (names, tags, pointers, pronouns, writer)."""
    return [(r.start, r.end) for r in analyse(doc).refs if r.is_person]


_VOCATIVE_GAP = re.compile(r"\s*,\s*")


def _addressed_by_name(doc: Document, before: list[Ref]) -> bool:
    """A generic "du"/"you" right after a name and a comma, which addresses that person."""
    if len(before) < 2:
        return False
    name, you = before[-2], before[-1]
    return (name.kind == NAME and you.kind == GENERIC and doc.folded.text[you.start:you.end] in ("du", "you")
            and _VOCATIVE_GAP.fullmatch(doc.folded.text, name.end, you.start) is not None)


def subject_near(doc: Document, start: int, end: int, *, lookback: int = 90, lookahead: int = 40,
                 previous_sentence: bool = True) -> Ref | None:
    """The person a sensitive word at folded ``start:end`` is about, or None when nobody in particular.

    The nearest reference before the word within its sentence decides: a person gives a hit, a generic subject
    ("mange unge", "man") gives none. With nothing before it, a person shortly after the word or in the previous
    sentence ("Get well soon Jake!! Hope the concussion ...") is taken.
    """
    info = analyse(doc)
    s_start, s_end = info.sentence_of(start)
    before = [r for r in info.refs if max(s_start, start - lookback) <= r.start and r.end <= start]
    if before:
        nearest = before[-1]
        if nearest.is_person:
            return nearest
        if _addressed_by_name(doc, before):
            return before[-2]  # "Mikkel, du har over 30 % fravær": the "du" is Mikkel, not anyone
        persons = [r for r in before if r.is_person]
        # "Emma og mange andre har angst" is still about Emma; a generic right before the word wins otherwise.
        if persons and start - nearest.end > 25:
            return persons[-1]
        return None
    after = [r for r in info.refs if end <= r.start and r.end <= min(s_end, end + lookahead) and r.is_person]
    if after:
        return after[0]
    if previous_sentence:
        previous = info.previous_sentence(start)
        if previous is not None:
            persons = [r for r in info.refs_in(*previous) if r.is_person and r.kind != SELF]
            if persons:
                return persons[-1]
    return None
