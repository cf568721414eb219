"""Demeaning generalisations composed loosely: a group word, then a negative trait in the same clause or the next.

"sorte folk er dovne, det ved alle", "Immigrants are ruining this town", "handicappede har ikke noget at gøre på
et almindeligt hold, de sinker os", "ud med muslimerne". The vocabulary (``conduct_concepts``) is wide; the
precision comes from exclusions: a negated or rebutted statement, reported speech, a first- or second-person
subject between group and trait, teaching (left to the caller), sports scores, and group words that are things
("ældre elever", "sorte bukser"). A singular group word ("Hamid er tyrker") counts only with a causal link
("derfor", "typisk", "so obviously").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from monitor.checks.conduct_concepts import (
    ACTS,
    BEFORE,
    DENY,
    EXPEL,
    GENDER,
    GROUP_ADJ_PHRASES,
    GROUPS,
    LINKS,
    NOT_AFTER,
    NOUN_TRAITS,
    SINGULAR,
    TRAITS,
)
from monitor.checks.conduct_groups import AGE_GROUP, ONE_WHO, reported_or_denied
from monitor.checks.conduct_lexicon import load_lexicon, squeeze
from monitor.checks.conduct_view import LETTER, View

_L = LETTER


def _alternation(words: frozenset[str] | set[str]) -> str:
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


# each group phrase filed under one of its words (the rarer one): one set test gates the post
_BY_WORD: dict[str, list[str]] = {}
for _phrase in GROUPS:
    _BY_WORD.setdefault(_phrase.split()[0 if _phrase in GROUP_ADJ_PHRASES else -1], []).append(_phrase)
_GATE = frozenset(_BY_WORD)


@lru_cache(maxsize=2048)
def _group_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The pattern of the group phrases filed under ``words`` (the post's gate words)."""
    phrases = {phrase for word in words for phrase in _BY_WORD[word]}
    return re.compile(rf"(?<![{_L}\-])({_alternation(phrases)})(?![{_L}\-])")


_ADVERBS = (r"(?:(?:bare|jo|altså|sgu|fandme|simpelthen|så|nogle|altid|alle|allesammen|virkelig|mega|pisse|fucking|"
            r"totalt|generelt|typisk|alt|sikkert|nok|garanteret|helt|ret|probably|surely|definitely|nu\s+engang|også|mere|meget|lidt|just|so|all|always|really|totally|such|way|"
            r"kind\s+of|pretty|more|much|very|generally|also|basically|literally|a\s+bunch\s+of|nogen|en\s+flok|"
            r"en\s+masse|a\s+lot\s+of|han|hun|de|he|she|they)\s+){0,4}")
# A trait counts when it is predicated: after a copula (an article may follow: "er nogle tyve", "she's a creep"),
# after "for/too", or in a list after a comma ("de gamle, senile allesammen"). Its words are tested against the
# trait sets and the insult lexicon, so the whole insult vocabulary describes groups too.
_PREDICATE = re.compile(
    rf"(?:(?<![{_L}])(?:er|r|e|var|bliver|blir|være|are|is|were|was|be|being|ligner|looks\s+like|look\s+like)|"
    rf"'re|'s)\s+{_ADVERBS}(?:(?:for|too)\s+)?(?:(?:en|et|a|an|nogle|some|sådan\s+nogle|such|vores|our|danmarks|samfundets)\s+)?"
    rf"([{_L}]+)(?:\s+(?:og|and))?(?:\s+([{_L}]+))?")
_JOINED = re.compile(rf"\s+(?:og|and)\s+([{_L}]+)(?![{_L}])")
_LISTED = re.compile(rf"(?:[,–-]\s*|(?<![{_L}])(?:for|too)\s+|(?<![{_L}])(?:derfor|therefore|so|typisk|typical|"
                     rf"altså)\s+(?:en|et|a|an|nogle|some)\s+)([{_L}]+)")
_PHRASES = re.compile(rf"(?<![{_L}])(?:{_alternation({t for t in TRAITS | NOUN_TRAITS if ' ' in t})}|{ACTS}|{EXPEL})"
                      rf"(?![{_L}])")
_SINGLE_TRAITS = frozenset(t for t in TRAITS | NOUN_TRAITS if " " not in t)
_INSULT_FORMS = frozenset(form for form, entry in load_lexicon("conduct_insults.txt").items()
                          if "person" not in entry.flags and " " not in form)


def _is_trait(word: str | None) -> bool:
    return word is not None and (word in _SINGLE_TRAITS or squeeze(word) in _INSULT_FORMS)


def _cues(text: str, start: int, stop: int, deny: bool) -> list[tuple[int, int]]:
    """Spans of negative traits between ``start`` and ``stop``, in text order."""
    found = [m.span() for m in _PHRASES.finditer(text, start, stop)]
    joined = _JOINED.match(text, start)  # "Emil er bøsse og ulækker": a trait joined to the group word
    if joined and _is_trait(joined.group(1)):
        found.append(joined.span())
    found += [m.span() for m in _LISTED.finditer(text, start, stop) if _is_trait(m.group(1))]
    for match in _PREDICATE.finditer(text, start, stop):
        if _is_trait(match.group(1)):
            found.append((match.start(), match.end(1)))
        elif _is_trait(match.group(2)) and match.group(1) not in _NOT_BEFORE_TRAIT:
            found.append((match.start(), match.end(2)))
    if deny:
        found += [m.span() for m in _DENY.finditer(text, start, stop)]
    return sorted(found)


# "er ikke dumme" is a denial: a negation or a comparison may not stand in the adjective slot
_NOT_BEFORE_TRAIT = frozenset({"ikke", "not", "aldrig", "never", "mindre", "less", "lige", "as", "no"})
_DENY = re.compile(rf"(?<![{_L}])(?:{DENY})(?![{_L}])")
_BEFORE = re.compile(BEFORE)
_LINK = re.compile(LINKS)
_CANNOT = re.compile(rf"\b(?:kan\s+(?:[{_L}]+\s+){{0,3}}?ikke|can'?t|cannot|can\s+not)\s+(?:[{_L}]+\s+)?[{_L}]+")
_AND = re.compile(r"\s+(?:og|and)\s")  # "Yusuf er somalier og stjæler ...": the trait is tied to the group word
_NEGATION = re.compile(r"\b(?:ikke|aldrig|not|never|isn't|aren't|don't|doesn't|no\s+longer|ingen|no)\b|n't\b")
_NEGATED_AFTER = re.compile(r"\s+(?:ikke|aldrig|not|never|intet|ingenting|nothing|af|of)\b|"
                            r"\s+(?:hvis|når|if|when|while|mens|pga|på\s+grund\s+af|because|fordi|indtil|until|i\s+dag|today|i\s+morgen)\b")
_HEDGED = re.compile(r"\b(?:mange|nogle|flere|enkelte|visse|de\s+fleste|some|many|several|a\s+few|most|lots\s+of)\s+$")
_AGE_GROUPS = frozenset({"ældre", "de ældre", "gamle mennesker", "gamle folk", "pensionister", "old people",
                         "elderly people", "seniorer", "seniors"})
# English "men" (Danish "but") counts as a group only before one of these verbs, as a whole word (``may_generalise``).
_ENGLISH_VERB_WORDS = frozenset({"are", "can't", "cant", "cannot", "should", "shouldn't", "shouldnt", "always", "never",
                                 "just", "only", "don't", "dont", "r"})
_ENGLISH_VERB = re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(_ENGLISH_VERB_WORDS)))})\b")
_PREDICATED = re.compile(r"\b(?:er|is|'s|var|was|som|as)\s+(?:(?:jo|bare|også|selv|en|et|a|an|ligesom)\s+)?$")
# a first- or second-person subject between the group and the trait: the trait is about someone else
_OTHER_SUBJECT = re.compile(r"\b(?:jeg|vi|du|man|we|you|i'm|im|hvis|if|when|når|som\s+jeg)\b")
_ANAPHOR = re.compile(r"\s*(?:(?:og|and|men|but)\s+)?(?:de|they|dem|them|sådan|alle|all|every|the\s+same|"
                      r"det\s+ved\s+alle|næste)\b")
_REBUTTAL = re.compile(
    r"\b(?:fordom\w*|stereotyp\w*|myte\w*|myth\w*|prejudice\w*|racis\w*|diskrimin\w*|discrimin\w*|usandt|untrue|"
    r"passer\s+ikke|er\s+ikke\s+(?:sandt|rigtigt|okay|ok|i\s+orden)|ikke\s+sandt|not\s+true|isn'?t\s+true|"
    r"not\s+ok(?:ay)?|forkert\s+at|wrong\s+to|stop\s+(?:med\s+at|saying)|må\s+man\s+ikke|man\s+må\s+ikke|"
    r"hvem\s+siger|who\s+says|ikke\s+alle|not\s+all|tværtimod|on\s+the\s+contrary|sludder|vrøvl|nonsense|"
    r"ikke\s+fordi|not\s+because|hvorfor\s+tror|why\s+do\s+people|spørgsmål|citat|quote|sagde|said|skrev|wrote|"
    r"kaldte|called|hørte|heard|råbte|shouted|siger\s+at|says\s+that)\b")
_ONE_WHO = re.compile(rf"\b{ONE_WHO}\s+(?:(?!(?:at|that)\s)[{_L}0-9]+\s+){{1,3}}$")
_SCORE = re.compile(r"\d+\s*[-–]\s*\d+")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_THING_GROUPS = frozenset({"blinde", "døve", "fremmede", "de fremmede", "ældre", "de ældre", "sorte", "de sorte",
                           "brune", "de brune", "gamle", "de gamle", "mongol", "mongoler",
                           "black", "old", "trans", "gay", "disabled"})
_WORD_AFTER = re.compile(rf"\s+([{_L}\-]+)")
# a person singled out beside a generalisation: harassment as well (TAXONOMY.md). Not "du": "er du træt af ...?"
# addresses every reader.
_SINGLED_OUT = re.compile(r"\b(?:han|hun|ham|hende|he|she|him|his)\b")
_CAPITALISED = re.compile(r"(?<![\w'-])([A-ZÆØÅ][a-zæøåé]+)\b(?!-)")
_NOT_NAMES = frozenset({"Den", "Det", "De", "Han", "Hun", "Jeg", "Vi", "Og", "Men", "For", "Alle", "Kan", "Mange",
                        "Sorte", "Gamle", "Hvid", "White", "Black", "Gay", "Trans"})
_OPENING_WORD = re.compile(rf"\W*([{_L}]+)\b")
_BEFORE_NAME = re.compile(r"(?:\b(?:of|af|fra|from|om|about)\s+|[#@])$")


# Age held against one person: "hun er for gammel til at forstå en computer", "too old and senile to teach",
# "grandpa should retire" (not the writer: "jeg er for gammel til det her").
_AGE_PERSON = re.compile(
    r"(?<!jeg )(?<!vi )(?<!i'm )(?<!i am )(?<!we're )(?<!we are )\b(?:er|is|'s)\s+"
    r"(?:alt\s+|bare\s+|jo\s+|way\s+|far\s+|simply\s+|just\s+)?(?:for|too)\s+(?:gammel|gamle|old)(?:\s+(?:og|and)\s+(?:senil|senile|dement|langsom|slow|"
    r"forkalket|gaga))?\s+(?:til\s+at|to)\s+(?:forstå|fatte|lære|undervise|følge\s+med|bruge|arbejde|være|"
    r"understand|learn|teach|keep\s+up|use|work|be|coach|træne|lede|lead|køre|drive)\b"
    r"|\b(?:bedstefar|bedstemor|oldefar|gamlingen|den\s+gamle|grandpa|grandma|granny|gramps|the\s+old\s+\w+|"
    r"(?:hun|han|she|he))\s+(?:burde|bør|skal|skulle|should|needs?\s+to|ought\s+to)\s+(?:bare\s+|just\s+|altså\s+|sgu\s+)?"
    r"(?:gå\s+på\s+pension|retire|go\s+into\s+a\s+(?:home|care\s+home)|på\s+plejehjem)\b"
    r"|(?<!jeg )(?<!vi )(?<!i'm )(?<!we're )\b(?:er|is|'s)\s+(?:(?:jo|bare|helt|totalt|fuldstændig|så|blevet|"
    r"completely|totally|so|just|getting)\s+){0,2}(?:senil|senile|dement|forkalket|gaga)\b")


_IMPLIED_WORDS = frozenset({"landet", "country", "deres", "their", "lives", "liv", "people", "mennesker", "skæg",
                            "tørklæde", "beard", "headscarf", "hijab", "turban", "kalot"})
_AGE_WORDS = frozenset({"old", "gammel", "gamle", "pension", "retire", "senil", "senile", "dement", "forkalket",
                        "gaga"})
# after a group word that is also an adjective ("de gamle", "sorte"), only these may follow: "de gamle regler",
# "sorte bukser" name things
_FOLLOWERS = frozenset({
    "er", "var", "kan", "har", "skal", "burde", "bør", "må", "bliver", "ødelægger", "sinker", "fatter", "forstår",
    "ved", "aner", "stjæler", "lyver", "snyder", "stinker", "lugter", "hører", "tager", "laver", "skaber", "trækker",
    "styrer", "snylter", "spolerer", "gider", "vil", "får", "fylder", "og", "på", "i", "med", "der", "som", "fra",
    "altid", "bare", "jo", "sgu", "allesammen", "alle", "are", "is", "can", "have", "should", "must", "ruin",
    "ruins", "always", "just", "all", "in", "at", "who", "that", "get", "take", "steal", "never", "aldrig", "ikke",
    "not", "don't", "dont", "can't", "cant"})


# Statements with no group word: the group is implied ("send dem alle sammen ud af landet", "white lives matter
# more", "a terrorist with that beard").
_IMPLIED = re.compile(
    r"\b(?:send|smid|deporter)\w*\s+(?:dem|them)\s+(?:alle\s+sammen\s+|allesammen\s+|alle\s+|all\s+)?(?:ud\s+af\s+landet|"
    r"out\s+of\s+(?:the|this|our)\s+country|(?:hjem|tilbage)\s+til\s+(?:deres|hvor)|back\s+(?:to\s+(?:their|where)))"
    r"|\b(?:white|hvide)\s+(?:lives|liv|people|mennesker)\s+(?:matter\s+more|er\s+mere\s+værd|are\s+worth\s+more|"
    r"are\s+superior|er\s+overlegne)"
    r"|\b(?:terrorist|selvmordsbomber|bombemand|suicide\s+bomber|taliban)\s+(?:med|with)\s+(?:det|den|that|his|her|"
    r"sit|sin|hans|hendes)\s+(?:skæg|tørklæde|beard|headscarf|hijab|turban|kalot)")


@dataclass(frozen=True)
class Generalisation:
    """A demeaning generalisation: the group word's start to the trait's end."""

    start: int
    end: int
    person: bool = False  # about one person (age held against them): harassment as well


def may_apply(view: View) -> bool:
    """One set test: whether the view holds a group word at all."""
    return not view.words.isdisjoint(_GATE)


# Every word one of which a view must hold for ``generalisations`` to yield anything (its three gates).
GATE_WORDS = _GATE | _AGE_WORDS | _IMPLIED_WORDS
# The group gate words whose only phrase is "men": found alone, they need an English verb after them too.
_BUT_WORDS = frozenset(word for word, phrases in _BY_WORD.items() if phrases == ["men"])
_OTHER_WORDS = frozenset(GATE_WORDS - _BUT_WORDS)


def _english_men_possible(view: View) -> bool:
    """Whether a "men" of the view may be followed by an English verb (``_ENGLISH_VERB``): the verb is a whole
    word of the view then, unless an apostrophe and letters follow it ("are's"), so such a view is not ruled out."""
    return not view.words.isdisjoint(_ENGLISH_VERB_WORDS) or "'" in view.text


def may_generalise(view: View) -> bool:
    """A necessary condition of ``generalisations`` yielding anything, in a few set tests: a gate word other than
    Danish "but", or "men" with an English verb that may follow it. Most clean Danish posts hold "men"."""
    words = view.words
    if not words.isdisjoint(_OTHER_WORDS):
        return True
    return not words.isdisjoint(_BUT_WORDS) and _english_men_possible(view)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    first = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    last = _SENTENCE_END.search(text, end)
    return first, last.start() if last else len(text)


def _window(text: str, end: int, sentence_end: int) -> int:
    """The end of the window after a group word: its sentence, and the next one when that opens with "de/they"."""
    if sentence_end < len(text) and _ANAPHOR.match(text, sentence_end + 1):
        following = _SENTENCE_END.search(text, sentence_end + 1)
        sentence_end = following.start() if following else len(text)
    return min(sentence_end, end + 140)


def _cue_after(text: str, start: int, end: int, stop: int, *, singular: bool, deny: bool) -> int | None:
    """The end of the first unnegated trait after the group word, or None."""
    for cue_start, cue_end in _cues(text, end, stop, deny):
        between = text[end:cue_start]
        if len(between) > 90 or _NEGATION.search(between) or _OTHER_SUBJECT.search(between):
            continue
        if _NEGATED_AFTER.match(text, cue_end):
            continue
        if singular and not (_LINK.search(text, end, cue_end + 40) or _AND.match(text, end)):
            continue
        return cue_end
    link = _LINK.search(text, end, stop)
    if link:  # "..., så selvfølgelig kan Ida ikke tackle": any ability denied after a causal link
        denied = _CANNOT.search(text, link.end(), stop)
        if denied and not _OTHER_SUBJECT.search(text, end, denied.start()):
            return denied.end()
    return None


def generalisations(view: View) -> Iterator[Generalisation]:
    """Demeaning generalisations about groups in the view, in text order."""
    text = view.text
    if not view.words.isdisjoint(_AGE_WORDS):
        for match in _AGE_PERSON.finditer(text):
            sentence_start, _ = _sentence(text, match.start(), match.end())
            # "gamle mennesker ..., de er senile", "lærere over 60 er senile": an age group, no one singled out
            group = AGE_GROUP.search(text, max(sentence_start, match.start() - 80), match.start()) is not None
            yield Generalisation(*match.span(), person=not group)
    if not view.words.isdisjoint(_IMPLIED_WORDS):
        for match in _IMPLIED.finditer(text):
            yield Generalisation(*match.span())
    present = view.words & _GATE
    if not present or present <= _BUT_WORDS and not _english_men_possible(view):
        return  # no group word, or only Danish "but" ("men" with no English verb that may follow it)
    for match in _group_pattern(present).finditer(text):
        phrase = " ".join(match.group(1).split())
        start, end = match.span()
        if phrase == "men" and not _ENGLISH_VERB.match(text, end):
            continue  # Danish "men" is "but"
        if phrase in _THING_GROUPS:
            after = _WORD_AFTER.match(text, end)
            if after and (after.group(1) in NOT_AFTER or " " in phrase and after.group(1) not in _FOLLOWERS):
                continue
        sentence_start, sentence_end = _sentence(text, start, end)
        if _SCORE.search(text, sentence_start, sentence_end):  # "Svenskerne tabte 1-3, nogle tabere": sport
            continue
        if _ONE_WHO.search(text, max(sentence_start, start - 60), start):
            continue  # "whoever coaches the U15 girls is a clown": the group is the object, a person the subject
        if (phrase in GENDER or phrase in _AGE_GROUPS) and _HEDGED.search(text, max(0, start - 20), start):
            continue  # "mange mænd er dårlige til at gå til læge": a hedged observation, not a verdict on all
        singular = phrase in SINGULAR
        if singular and not _PREDICATED.search(text, max(0, start - 20), start):
            continue  # "Hamid er tyrker": a singular group word counts as a predicate only ("arbejder sort" is not)
        found: int | None = None
        if not singular and _BEFORE.search(text, max(sentence_start, start - 60), start):
            found = end
        else:
            stop = _window(text, end, sentence_end)
            deny = not phrase.endswith(("gamle", "ældre"))
            found = _cue_after(text, start, end, stop, singular=singular, deny=deny)
        if found is None:
            continue
        clause_start = max(sentence_start, start - 120)
        if _REBUTTAL.search(text, clause_start, _sentence(text, found, found)[1]):
            continue
        following = _sentence(text, found, found)[1]
        if following < len(text) and _REBUTTAL.search(text, following, min(len(text), following + 80)):
            continue
        if reported_or_denied(text, start, found):
            continue
        yield Generalisation(start, found)


def singles_out(original: str, text: str, names: frozenset[str], unambiguous: frozenset[str] = frozenset()) -> bool:
    """Whether the post points at one person: "han/hun", a known first name not inside a name of something
    ("Soldiers of Odin"), or an unambiguous first name opening the post in lower case ("karla gå hjem ...")."""
    if _SINGLED_OUT.search(text):
        return True
    opening = _OPENING_WORD.match(text)
    if opening and opening.group(1) in unambiguous:
        return True
    return any(match.group(1).lower() in names and match.group(1) not in _NOT_NAMES
               and not _BEFORE_NAME.search(original, max(0, match.start() - 8), match.start())
               for match in _CAPITALISED.finditer(original))
