"""Threat frames: an agent, a harmful verb and a target, composed instead of listed phrase by phrase.

A threat is someone (``jeg``, Jutlandic ``a``, ``vi``, ``I'll``, ``min bror``) announcing harm (``stikker ned``,
``skyder``, ``tæsker``, ``smash``) against someone else (``dig``, ``jer alle``, ``Oscar``, ``hans næse``,
``lærerne``, the school). The frame allows the Danish word orders (``jeg stikker dig ned`` and, after an
adverbial, ``næste gang stikker jeg dig ned``), auxiliaries and fillers between agent and verb (``kommer og``,
``skal nok``, ``gonna``, ``'ll fucking``) and particles after the target (``ned``, ``ihjel``, ``in``, ``up``).
Only present, infinitive and future forms are listed, so past-tense reports ("de slog ham ned") never match;
negation, reflexives ("du slår dig"), games, fiction, news, teaching and laughing hyperbole are left out.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from monitor.checks.base import Document
from monitor.checks.conduct_lexicon import LEXICONS, Gate
from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_view import LETTER, View, original_span

THREATS = "conduct_threat.txt"
WEAPON_EMOJI = "🔪🔫🗡💣"


def _has_weapon_emoji(text: str) -> bool:
    # written out: a text without characters beyond U+FFFF answers each test at once, with no generator
    return "🔪" in text or "🔫" in text or "🗡" in text or "💣" in text


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.split())


def _vocabulary(name: str) -> frozenset[str]:
    """A word list of the frames, kept as an ``@FRAME_<name>`` line in the threat lexicon."""
    return _words(macro(THREATS, f"FRAME_{name}"))


_TOKEN = re.compile(rf"[{LETTER}0-9]+(?:'[{LETTER}]+)*|[{WEAPON_EMOJI}]")
# the full stop of an abbreviation ("nr. 7", "kl. 20", "d. 14", "mr. Holm") does not end the clause
_CLAUSE_END = re.compile(r"(?<!\bnr)(?<!\bkl)(?<!\bd)(?<!\bmr)(?<!\bca)(?<!\bst)[.!?;:\n]+|\s[-–—]\s")

# Verbs by kind ("violence" or "weapon") and need: "" (a person target is enough) or "particle" (a particle, body
# part or weapon must follow: "stikker dig ned", "beat you up"; without one it is an idiom or a game).
_VERB_LISTS = {(lang, need, kind): _vocabulary(f"{lang}{'_PARTICLE' if need else ''}_{kind.upper()}")
               for lang in ("DA", "EN") for need in ("", "particle") for kind in ("violence", "weapon")}
_EN_PARTICLE_VERBS = _VERB_LISTS[("EN", "particle", "violence")] | _VERB_LISTS[("EN", "particle", "weapon")]


# Verbs that threaten only with a destination: "så sender jeg dig på skadestuen", "I'll put you in the hospital".
_HOSPITAL_VERBS = {"sende": True, "sender": True, "put": False, "send": False}
_HOSPITAL = _vocabulary("HOSPITAL")


def _da_forms(lemma: str) -> tuple[str, ...]:
    """Infinitive and present tense: "slå", "slår"; "skyde", "skyder"."""
    return (lemma, lemma + ("r" if lemma.endswith(("e", "å")) else "er"))


def _verb_table() -> dict[str, tuple[str, str, bool]]:
    """form -> (kind, need, danish)."""
    table: dict[str, tuple[str, str, bool]] = {}
    for (lang, need, kind), lemmas in _VERB_LISTS.items():
        for lemma in lemmas:
            for form in _da_forms(lemma) if lang == "DA" else (lemma,):
                table.setdefault(form, (kind, need, lang == "DA"))
    for form, danish in _HOSPITAL_VERBS.items():
        table[form] = ("violence", "hospital", danish)
    for emoji in WEAPON_EMOJI:
        table[emoji] = ("weapon", "", False)
    return table


VERBS = _verb_table()
VERB_WORDS = frozenset(VERBS)

AGENT_1 = _vocabulary("AGENT_1")
_AGENT_DIALECT = frozenset(["a"])  # Jutlandic "a" = jeg, only before a Danish verb
# Third persons whose threats against "dig"/"you" count ("min bror kommer og tæsker dig"); parents are left
# out because "mor slår dig ihjel" is a household hyperbole.
AGENT_3 = _vocabulary("AGENT_3")
_FILLERS = _vocabulary("FILLERS")
_MOTION = _vocabulary("MOTION")
_TIME = _vocabulary("TIME")
# A particle verb that ends its clause right after the target is used in its violent sense: "så stikker vi dig".
_BARE_OK = _vocabulary("BARE_OK")
_MODALS = _vocabulary("MODALS")
_NEGATION = _vocabulary("NEGATION")
_ADVERBS = _vocabulary("ADVERBS")

PRON_2 = _vocabulary("PRON_2")
PRON_3 = _vocabulary("PRON_3")
GROUPS = _vocabulary("GROUPS")
PLACES = _vocabulary("PLACES")
BODY = _vocabulary("BODY")
KIN = _vocabulary("KIN")
PROPERTY = _vocabulary("PROPERTY")
POSSESSIVE = _vocabulary("POSSESSIVE")
_DA_PARTICLES = _vocabulary("DA_PARTICLES")
_EN_PARTICLES = _vocabulary("EN_PARTICLES")
WEAPONS = _words("kniv kniven pistol pistolen gevær geværet riffel machete bat balltræ boksejern knife gun "
                    "pistol rifle machete bat " + " ".join(WEAPON_EMOJI))
# Idioms after the target: "skyder dig en besked", "hit you up", "kick you out", "cut you some slack",
# "slå dig løs", "beat you to it", "blow you away", "knock you up", "break a leg".
_IDIOM_AFTER = {
    "skyde": {"en", "et"}, "skyder": {"en", "et"}, "shoot": {"a", "an", "me", "some", "over"},
    "hit": {"up", "with", "back", "me"}, "kick": {"out", "off"}, "cut": {"off", "some", "slack", "in"},
    "slå": {"løs", "op", "fast"}, "slår": {"løs", "op", "fast"}, "beat": {"to", "at", "in", "on"},
    "blow": {"away", "a", "off"}, "knock": {"up", "off"},
    "smoke": {"at", "in", "on"}, "sparke": {"ud"}, "sparker": {"ud"}, "destroy": {"in", "at"},
    "crush": {"in", "at"}, "brænde": {"af", "inde"}, "brænder": {"af", "inde"},
}

# an idiom's word followed by a result is violence after all: "beat you to death", "slå dig til plukfisk"
_RESULT = frozenset(["death", "pieces", "pulp", "plukfisk", "døde", "blods"])

_GAME = re.compile(macro(THREATS, "GAME"))
# Fiction, news and teaching quote threats without making one; laughter marks violent hyperbole. Word sets
# (tested against the view's words) with a phrase regex behind a few trigger words keep this cheap.
_QUOTING = _vocabulary("QUOTING")
_QUOTING_TRIGGERS = _vocabulary("QUOTING_TRIGGERS")
_QUOTING_PHRASE = re.compile(
    r"\b(?:politiet\s+(?:oplyser|efterforsker|har|fortæller|meddeler|skriver|undersøger)|police\s+(?:say|said|are|"
    r"have)|hvis\s+nogen\s+(?:skriver|siger|truer)|if\s+someone\s+(?:says|writes|threatens)|"
    # "sig det til en voksen" is advice, unless a threat hangs on it: "sig det til en voksen og du er død"
    r"(?:sig\s+det\s+til\s+en\s+voksen|tell\s+an\s+adult)(?!\s*,?\s*(?:og|så|and|then)\s+(?:(?:så\s+)?(?:er|bliver)\s+du|"
    r"du\s+(?:er|bliver)|you(?:'re|\s+are|'ll\s+be)|får\s+du)\b)|eksempel\s+på|example\s+of)\b")
_JOKE_WORDS = _vocabulary("JOKE_WORDS")
_JOKE_PHRASE = re.compile(r"\b(?:for\s+sjov|just\s+kidding|haha\w*|hehe\w*|spoil\w*)\b")
# A negated joke insists on the threat rather than taking it back: "ikke for sjov", dialect "ikk"/"ik", "aldrig for
# sjov", "not kidding", "no jk", "ikke engang for sjov", "I'm not even joking". It is cut out before the joke
# words are read, whatever negation or filler stands before it.
_NEGATED_JOKE = re.compile(
    r"\b(?:ikke?|ik|ikk|ik'|aldrig|ingen|not|no|nope|never|isn't|isnt|ain't|aint|'m\s+not|m\s+not)\s+"
    r"(?:(?:bare|engang|helt|just|even|at\s+all|really|en|et|a|noget)\s+){0,2}"
    r"(?:for\s+sjov|jk|kidding|joking|joke|jokes|spøg|pjat|lol|haha\w*)\b")
_WORD_RUN = re.compile(rf"[{LETTER}0-9]+")


def quoting_context(view: View) -> bool:
    """The post is fiction, news or teaching: "i filmen siger skurken ...", "politiet efterforsker ..."."""
    words = view.words
    if not _QUOTING.isdisjoint(words):
        return True
    return not _QUOTING_TRIGGERS.isdisjoint(words) and _QUOTING_PHRASE.search(view.text) is not None


def joking_context(view: View) -> bool:
    """Laughter or a trivial cause marks hyperbole: "jeg slår dig ihjel hvis du spoiler 😂"."""
    text = view.text
    if "😂" in text or "🤣" in text or "😆" in text or "😹" in text:
        return True
    words = view.words
    if ("sjov" in text or "jk" in text or "kidding" in text or "joking" in text or "lol" in text
            or "haha" in text) and _NEGATED_JOKE.search(text):
        text = _NEGATED_JOKE.sub(" ", text)  # "ikk for sjov", "not kidding": no joke left to take it back
        words = frozenset(_WORD_RUN.findall(text))
    if not _JOKE_WORDS.isdisjoint(words):
        return True
    return ("sjov" in text or "kidding" in text or "haha" in text or "hehe" in text or "spoil" in text) and (
        _JOKE_PHRASE.search(text) is not None)


def excluded_context(view: View, rule_id: str) -> bool:
    """Quoting (all rules) or joking (violence only) around a threat phrase."""
    return quoting_context(view) or rule_id == "threat.violence" and joking_context(view)


_NEGATED_AFTER = re.compile(r"\s*(?:aldrig|ikke|never)\b")
_LAST_TWO = re.compile(rf"([{LETTER}']+)\s+(?:dig|jer|ham|hende|dem|you|u|him|her|them)$")
_FOLLOWING = re.compile(rf"(?:\s*[{LETTER}0-9']+){{1,4}}")
_SECOND_SUBJECT = re.compile(rf"\b(?:du|i)\s+(?:[{LETTER}]+\s+){{0,2}}$")
_YES_NO = _vocabulary("YES_NO")
_CLAUSE_START = re.compile(r"(?:^|[.!?;:\n])\s*([^\s.!?;:\n]+)[^.!?;:\n]*$")
_CLAUSE_TAIL = re.compile(r"[^.!?;:\n]*([.!?;:\n]|$)")


def yes_no_question(text: str, start: int, end: int) -> bool:
    """The match sits in a clause that opens with a verb and ends with "?": "skal jeg slå ham?"."""
    head = _CLAUSE_START.search(text, max(0, start - 200), start + 1)
    first = head.group(1) if head else ""
    tail = _CLAUSE_TAIL.match(text, end, end + 200)
    return first in _YES_NO and tail is not None and tail.group(1) == "?"


def lexicon_hit_excluded(text: str, start: int, end: int) -> bool:
    """A phrase-rule match negated after the fact ("jeg slår dig aldrig"), used as an idiom ("shoot you a
    text", "cut you some slack"), reflexive ("du kan slå dig ned") or asked ("skal jeg slå ham?")."""
    if _NEGATED_AFTER.match(text, end) or _KINDLY.match(text, end) or yes_no_question(text, start, end):
        return True
    match = text[start:end]
    if _SECOND_SUBJECT.search(text, max(0, start - 40), start) and re.search(r"\b(?:dig|jer)\b", match):
        return True
    last = _LAST_TWO.search(match)
    if last is None:
        return False
    following = _FOLLOWING.match(text, end)
    after = following.group().split() if following else []
    if last.group(1) in _EN_PARTICLE_VERBS and not FrameFinder.particle(after, danish=False):
        return True  # "I'll beat you there", "I'll smash you": a race or a game unless "up", "in", a body part
    return bool(after and after[0] in _IDIOM_AFTER.get(last.group(1), ()) and _RESULT.isdisjoint(after[1:3]))


_PARTICIPLES = _vocabulary("PARTICIPLES")
# The participle is searched first (rare words), then the subject and auxiliary just before it.
_PARTICIPLE = re.compile(
    rf"(?<![{LETTER}])(?:stukket\s+ned|knivstukket|slået\s+(?:ihjel|ned|halvt\s+ihjel|til\s+plukfisk)|skudt|tævet|tæsket|"
    r"banket(?!\s+i\b)|gennembanket|dræbt|myrdet|kvalt|smadret(?!\s+i\b)|nakket|stabbed|shot|killed|murdered|jumped|"
    r"beaten\s+up)\b")
_PASSIVE_HEAD = re.compile(
    r"(?:\b(?:du|i)\s+(?:bliver|blir|vil\s+blive|kommer\s+til\s+at\s+blive|skal)|(?:\b(?:så|ellers)|,)\s*(?:bliver|blir)"
    r"\s+(?:du|i)|\b(?:you|u)(?:'ll|\s+will|(?:'re|\s+are|\s+r)?\s+(?:gonna|going\s+to))\s+(?:be|get))\s+"
    r"(?:(?:sgu|fandme|bare|alle|all|fucking)\s+)?$")


def passive_threats(view: View) -> list[tuple[int, int]]:
    """Harm announced in the passive to "du"/"I": "du bliver stukket ned i morgen", "så bliver I skudt"."""
    if _PARTICIPLES.isdisjoint(view.words):
        return []
    text = view.text
    found: list[tuple[int, int]] = []
    for match in _PARTICIPLE.finditer(text):
        head = _PASSIVE_HEAD.search(text, max(0, match.start() - 48), match.start())
        if head and not _NEGATED_AFTER.match(text, match.end()) and not yes_no_question(
                text, head.start(), match.end()):
            found.append((head.start(), match.end()))
    return found


# Weapon emoji doubled or with blood/skull, beside a tagged account: "🔪🔪🩸 @x", "@x 🔫💀".
_GORE = "🔪🔫🗡🩸💀😈"
_MENTION_EMOJI = re.compile(rf"[🔪🔫🗡]\ufe0f?[{_GORE}\ufe0f\s]*[{_GORE}][^\n@]{{0,20}}@\w|@\w[\w.]*\s*[🔪🔫🗡]"
                            rf"\ufe0f?[{_GORE}\ufe0f\s]*[{_GORE}]")


# A gun or bomb emoji before a place and a time: "🔫🔫 klubben på Fabriksvej i morgen kl 19".
_EMOJI_ATTACK = re.compile(macro(THREATS, "EMOJI_ATTACK"))


def emoji_attacks(doc: Document, view: View) -> list[tuple[str, int, int]]:
    """Weapon emoji aimed at an @-tagged account (the view reads "@" as a letter, so the text is searched) or
    announcing an attack at a place and a time."""
    found: list[tuple[str, int, int]] = []
    match = _MENTION_EMOJI.search(doc.text) if "@" in doc.text else None
    if match is not None:
        at = view.text.find(next(c for c in match.group() if c in WEAPON_EMOJI))
        if at >= 0:
            found.append(("threat.weapon", at, at + 1))
    if "🔫" in view.text or "💣" in view.text:
        found.extend(("threat.weapon", *m.span()) for m in _EMOJI_ATTACK.finditer(view.text))
    return [] if found and quoting_context(view) else found


class Token(NamedTuple):
    """A word of the clause around a verb, with its view offsets."""

    text: str
    start: int
    end: int


def _clause_tokens(text: str, start: int, end: int) -> list[Token]:
    """The words of the clause around ``text[start:end]``, at most seven or so either side."""
    lo = max(0, start - _REACH)
    for stop in _CLAUSE_END.finditer(text, lo, start):
        lo = stop.end()
    stop = _CLAUSE_END.search(text, end, end + _REACH)
    hi = stop.start() if stop else min(len(text), end + _REACH)
    make = Token._make
    return [make((m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text, lo, hi)]


_REACH = 64
_MAX_FRAMES = 100
_WORD_CHAR = re.compile(rf"[{LETTER}0-9']")


def _occurrences(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where the given words (or weapon emoji) stand as whole words, in text order."""
    spans: list[tuple[int, int]] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if len(word) == 1 or not (at and _WORD_CHAR.match(text, at - 1) or _WORD_CHAR.match(text, end)):
                spans.append((at, end))
            at = text.find(word, end)
    return sorted(spans)


@cache
def unambiguous_names() -> frozenset[str]:
    """First names that are not also ordinary words ("mark", "storm" and "sol" are left out)."""
    names: set[str] = set()
    for file in ("personal_first_names.txt", "names_da_first.txt"):
        path = LEXICONS / file
        if path.exists():
            names.update(w.strip() for w in path.read_text(encoding="utf-8").splitlines())
    ambiguous = LEXICONS / "names_da_ambiguous.txt"
    if ambiguous.exists():
        names.difference_update(w.strip() for w in ambiguous.read_text(encoding="utf-8").splitlines())
    return frozenset(n for n in names if n and not n.startswith("#") and len(n) > 2)


# Words one of which a post needs before anything else is tried ("end", "fuck" and "hænger" are left to the
# phrase rules: too common to open the frames); a destination verb counts only with its destination.
_HOSPITAL_FORMS = frozenset(_HOSPITAL_VERBS)
_GATE = (VERB_WORDS - _HOSPITAL_FORMS) | _PARTICIPLES | _HOSPITAL
# Verbs that need a particle, body part, weapon or place after the target (those in _BARE_OK may stand alone)
_PARTICLE_ONLY = frozenset(f for f, (_, need, _) in VERBS.items() if need == "particle" and f not in _BARE_OK)
_COMPLEMENTS = _DA_PARTICLES | _EN_PARTICLES | WEAPONS | BODY | KIN | PROPERTY | PLACES
_PERSON_NOUNS = _vocabulary("PERSON_NOUNS")
_KINDLY = re.compile(r"\s+(?:with|med)\s+(?:kindness|love|kærlighed|kys|et\s+kram|kram|hugs?|kisses|cuteness)\b")
# a definite thing owned by the target ("ruderne i jeres klubhus") and a title before a surname ("mr. Holm")
_THINGS = _words("ruderne vinduerne dækkene bilen cyklen knallerten døren windows tyres tires")
_TITLES = _words("mr mrs ms miss hr fru lærer træner pædagog coach teacher")
_AHEAD = PRON_2 | PRON_3 | POSSESSIVE | GROUPS | PLACES | _ADVERBS | AGENT_1 | _AGENT_DIALECT | BODY | KIN | _words(
    "this lortet stedet den that") | _TITLES | _THINGS
_AGENT_GATE = AGENT_1 | AGENT_3 | _AGENT_DIALECT | _MODALS
_TARGET_GATE = PRON_2 | PRON_3 | GROUPS | PLACES | POSSESSIVE | BODY | _PERSON_NOUNS | _TITLES | _THINGS
_NOT_NAMES = _vocabulary("NOT_NAMES")


class FrameFinder:
    """Finds agent + harmful verb + target frames in the view of a post."""

    def __init__(self) -> None:
        self.names = unambiguous_names()
        self.gate = Gate(_GATE)
        self.bits = self.gate.bits  # registered now, before views cache their masks

    def find(self, doc: Document, view: View) -> list[tuple[str, int, int]]:
        """Rule keys ("threat.violence" or "threat.weapon") with view spans."""
        met = view.needs_met()
        if (not met & self.bits if met is not None else not self.gate.passes(view)) and not _has_weapon_emoji(
                view.text):
            return []  # most posts: one AND of the word bits every conduct check shares
        found = self._frames(doc, view)
        if _has_weapon_emoji(doc.text):
            found.extend(emoji_attacks(doc, view))
        passive = passive_threats(view)
        if passive and not (_GAME.search(view.text) or excluded_context(view, "threat.violence")):
            found.extend(("threat.violence", start, end) for start, end in passive)
        return found

    def _frames(self, doc: Document, view: View) -> list[tuple[str, int, int]]:
        text = view.text.replace("’", "'")  # one character for one: the offsets stay
        words = view.words
        if _AGENT_GATE.isdisjoint(words) or (_TARGET_GATE.isdisjoint(words) and self.names.isdisjoint(words)):
            return []
        present = set(VERB_WORDS.intersection(words))
        if _HOSPITAL.isdisjoint(words):
            present -= _HOSPITAL_FORMS
        if _COMPLEMENTS.isdisjoint(words):
            present -= _PARTICLE_ONLY
        present.update(e for e in WEAPON_EMOJI if e in text)
        if not present:
            return []
        found: list[tuple[str, int, int]] = []
        context: bool | None = None
        for start, end in _occurrences(text, present):
            if len(found) >= _MAX_FRAMES:
                break  # the engine keeps 100 findings per rule; a flood of threats needs no more
            following = _FOLLOWING.match(text, end)
            if following is None or self._no_target_ahead(following.group().split()):
                continue  # cheap test before the clause is read: "end of the week", "hænger ud"
            tokens = _clause_tokens(text, start, end)
            index = next((n for n, t in enumerate(tokens) if t.start == start), -1)
            verb = VERBS.get(tokens[index].text) if index >= 0 else None
            if verb is None:
                continue
            frame = self._frame(doc, view, tokens, index, verb)
            if frame is None:
                continue
            if context is None:
                context = bool(_GAME.search(text)) or excluded_context(view, "threat.violence")
            if context:
                return []
            found.append((f"threat.{verb[0]}", tokens[frame[0]].start, tokens[frame[1]].end))
        return found

    def _frame(self, doc: Document, view: View, tokens: list[Token], i: int,
               verb: tuple[str, str, bool]) -> tuple[int, int] | None:
        kind, need, danish = verb
        agent = self._agent(tokens, i, danish)
        if agent is None:
            return None
        agent_index, person = agent
        k = max(i, agent_index) + 1
        skipped = 0
        while k < len(tokens) and tokens[k].text in _ADVERBS and skipped < 2:
            k += 1
            skipped += 1
        if k >= len(tokens):
            return None
        target = self._target(doc, view, tokens, k, kind)
        if target is None:
            return None
        target_end, target_kind = target
        if target_kind == "place" and kind != "weapon" and tokens[i].text not in ("smadre", "smadrer"):
            return None
        if person == 3 and target_kind not in ("second", "second_body"):
            return None  # "han slår ham ned" reports; only a third person threatening "dig"/"you" counts
        if person == 2:
            return None
        after = [t.text for t in tokens[target_end + 1:target_end + 5]]
        if after[:1] and after[0] in _IDIOM_AFTER.get(tokens[i].text, ()) and _RESULT.isdisjoint(after[1:3]):
            return None
        if after[:1] == ["selv"] or tokens[target_end].text in ("yourself", "yourselves") or _KINDLY.match(
                view.text, tokens[target_end].end):
            return None
        span = [t.text for t in tokens[min(i, agent_index):target_end + 3]]
        if not _NEGATION.isdisjoint(span) or any(w.endswith(("n't", "n’t")) for w in span):
            return None
        if need == "hospital":
            return None if _HOSPITAL.isdisjoint(after) else ((min(i, agent_index)), target_end)
        if (need or (not danish and tokens[i].text in _EN_PARTICLE_VERBS)) and target_kind not in (
                "second_body", "body", "place") and not self.particle(after, danish) and not (
                after == [] and tokens[i].text in _BARE_OK):
            return None
        if tokens[i].text in ("brække", "brækker", "knække", "knækker", "flække", "flækker", "break", "snap") \
                and target_kind not in ("second_body", "body"):
            return None
        if yes_no_question(view.text, tokens[min(i, agent_index)].start, tokens[target_end].end):
            return None
        return min(i, agent_index), target_end

    @staticmethod
    def _agent(tokens: list[Token], i: int, danish: bool) -> tuple[int, int] | None:
        """(index, person) of the subject: 1 for jeg/vi/I, 3 for han/min bror, 2 for du/I (reflexive)."""
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if danish and (nxt in ("jeg", "vi") or nxt in _AGENT_DIALECT) and i > 0:
            return i + 1, 1  # V2 inversion: "næste gang stikker jeg dig ned"
        if danish and nxt == "du":
            return None
        j = i - 1
        modal = movement_seen = False
        while j >= 0 and i - j <= 7:
            word = tokens[j].text
            if word in _NEGATION or word.endswith("n't"):
                return None
            if word in AGENT_1 and (danish or word not in ("jeg", "vi")) and (word != "i" or not danish):
                return j, 1
            if word in _AGENT_DIALECT and danish:
                return j, 1
            if word == "i" and danish and j + 1 < i and tokens[j + 1].text in _TIME:
                j -= 1
                continue
            if word in ("du", "you", "u", "man", "i") or word.startswith(("you'", "you’")):
                return None if word != "i" else (j, 2)
            if word in AGENT_3:
                return j, 3
            if word not in _FILLERS:
                if tokens[i - 1].text in ("og", "and") and not movement_seen:
                    # "jeg kommer forbi din adresse og smadrer dig": back to the verb of motion
                    back = next((m for m in range(j, max(-1, j - 6), -1) if tokens[m].text in _MOTION), None)
                    if back is not None:
                        movement_seen = True
                        j = back - 1
                        continue
                return None
            modal = modal or word in _MODALS
            j -= 1
        if modal and j < 0:
            return i, 1  # subject dropped: "skal nok slå dig ihjel", "gonna stab you"
        return None

    def _target(self, doc: Document, view: View, tokens: list[Token], k: int, kind: str) -> tuple[int, str] | None:
        """(last index, kind) of the target starting at ``k``."""
        word = tokens[k].text
        nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if word in PRON_2:
            return k, "second"
        if word in PRON_3 and not (word == "her" and nxt in BODY | KIN | PROPERTY):
            return k, "third"
        if word in POSSESSIVE and (nxt in BODY or nxt in KIN or nxt in PROPERTY):
            return k + 1, "second_body" if word in ("din", "dit", "dine", "jeres", "your", "ur", "yo") else "body"
        if word in GROUPS:
            return k, "group"
        if word in ("den", "that", "the") and nxt in _PERSON_NOUNS:
            return k + 1, "third"  # "jeg kværker den idiot", "I'll stab that teacher"
        if word in ("den", "that", "the", "this") and k + 2 < len(tokens) and tokens[k + 2].text in BODY and (
                nxt.endswith("'s") or nxt[:-1] in _PERSON_NOUNS):
            return k + 2, "body"  # "I'll break that coach's nose", "jeg brækker den lærers næse"
        if word == "hele" and nxt in ("klassen", "skolen", "lortet"):
            return k + 1, "group"
        if word in PLACES or word in ("lortet", "stedet") or (word in ("this", "the") and nxt in PLACES):
            return (k + 1 if word in ("this", "the") else k), "place"
        if nxt in BODY and (word.endswith("'s") or word[:-1] in _PERSON_NOUNS):
            return k + 1, "body"  # "I'll break the ref's jaw" ("the" is skipped as a filler), "lærerens næse"
        if word in _THINGS and nxt in ("i", "på", "hos", "in", "on") and k + 3 < len(tokens) and tokens[k + 2].text in (
                POSSESSIVE):
            return k + 3, "body"  # "smadrer ruderne i jeres klubhus", "slash the tyres on his car"
        if word in _TITLES and k + 1 < len(tokens) and (
                nxt in self.names or self._capitalised(doc, view, tokens[k + 1])):
            return k + 1, "name"  # "I'll stab mr. Holm", "jeg tæsker lærer Hansen"
        stem = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s") else word
        if (stem in self.names or word in self.names or self._capitalised(doc, view, tokens[k])) \
                and stem not in _NOT_NAMES:
            if nxt in BODY or nxt in KIN:
                return k + 1, "body"
            if word in self.names:
                return k, "name"
        return None

    def _no_target_ahead(self, ahead: list[str]) -> bool:
        """None of the next words can start a target or an inverted subject."""
        return _AHEAD.isdisjoint(ahead) and self.names.isdisjoint(
            w[:-2] if w.endswith("'s") else w[:-1] if w.endswith("s") else w for w in ahead)

    @staticmethod
    def _capitalised(doc: Document, view: View, token: Token) -> bool:
        start, _ = original_span(doc, view, token.start, token.end)
        return start < len(doc.text) and doc.text[start].isupper()

    @staticmethod
    def particle(after: list[str], danish: bool) -> bool:
        """A particle ("ned", "up"), a weapon or "i/in + body part" among the words after the target."""
        words = after[:4]
        particles = _DA_PARTICLES if danish else _EN_PARTICLES
        if not particles.isdisjoint(words[:3]) or not WEAPONS.isdisjoint(words):
            return True
        return any(a in ("i", "på", "in", "over") and b in BODY for a, b in pairwise(words))
