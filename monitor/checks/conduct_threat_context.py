"""When threat wording is no threat: the post's context (a game, fiction, news, teaching, a joke) or the words
around a match (negation after it, an idiom, a reflexive, a yes/no question)."""

from __future__ import annotations

import re

from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_threat_vocabulary import (
    EN_PARTICLE_VERBS,
    IDIOM_AFTER,
    RESULT,
    THREATS,
    particle,
    vocabulary,
)
from monitor.checks.conduct_view import LETTER, View

GAME = re.compile(macro(THREATS, "GAME"))
_SENTENCE_END = re.compile(r"[.!?\n]+")
# Bones broken are no part of any game: "næste gang den målmand laver sådan en fejl, knækker jeg hans fingre".
_BODY_BROKEN = re.compile(r"\b(?:knækker|brækker|knuser|flækker|smadrer|breaks?|snaps?)\s+(?:\w+\s+){0,2}?"
                          r"(?:hans|hendes|din|dine|dit|jeres|deres|his|her|your|their)\s+(?:\w+\s+)?"
                          r"(?:fingre|finger|næse|ben|arm|arme|kæbe|tænder|ribben|kranie|knæ|fingers|nose|legs?|arms?|"
                          r"jaw|teeth|ribs|skull|knees?)\b")
# The writer says the harm is not part of the game: "målmanden skal ha en på hovedet i morgen, og ikk med bolden".
_NOT_THE_GAME = re.compile(r"\b(?:ik(?:ke|k)?|not)\s+(?:med|with)\s+(?:bolden|the\s+ball)\b|\buden\s+for\s+banen\b|"
                           r"\boff\s+the\s+(?:pitch|field|court)\b")


def game_near(text: str, start: int, end: int) -> bool:
    """A game named in the sentence of ``text[start:end]`` or the one before it: "jeg dræber dig i Fortnite",
    "Fortnite i aften! Jeg dræber jer". A game named elsewhere in a long post does not explain a threat away, nor
    does one named just before a threat set in everyday life: "Great game last night. I'm going to hurt you after
    school"."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    own = ends[-1] if ends else 0
    stop = _SENTENCE_END.search(text, end)
    own_end = stop.start() if stop else len(text)
    if _NOT_THE_GAME.search(text, own, own_end) is not None or _BODY_BROKEN.search(text, own, own_end) is not None:
        return False
    if GAME.search(text, own, own_end) is not None:
        return True
    if not ends or _everyday_life(text, start, end, own, own_end):
        return False
    return GAME.search(text, ends[-2] if len(ends) >= 2 else 0, own) is not None


# Where a threat in everyday life is carried out: no game is played there.
_EVERYDAY_PLACE = re.compile(
    r"\b(?:på\s+vej(?:en)?\s+hjem|on\s+(?:your|the)\s+way\s+home|ved\s+cykelskuret|at\s+the\s+bike\s+(?:shed|rack)s?|"
    r"hvor\s+du\s+bor|where\s+you\s+live|når\s+jeg\s+ser\s+dig|when\s+i\s+see\s+you|i\s+virkeligheden|"
    r"in\s+real\s+life|irl)\b")
# When one is carried out: games are played after school too, so a time counts only with harm no game deals out.
_EVERYDAY_TIME = re.compile(
    r"\b(?:after\s+school|efter\s+skole(?:n|tid)?|efter\s+timen|i\s+frikvarteret|in\s+the\s+break)\b")
_GAME_HARM = re.compile(
    r"\b(?:dræb\w*|smadr\w*|bank\w*|tæv\w*|skyd\w*|sky[dt]|slå|slår|knus\w*|ej\w*|kill\w*|destroy\w*|crush\w*|shoot\w*|beat|"
    r"smash\w*|wreck\w*|own|pwn\w*|end)\b")


def _everyday_life(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    if _EVERYDAY_PLACE.search(text, sentence_start, sentence_end) is not None:
        return True
    return (_EVERYDAY_TIME.search(text, sentence_start, sentence_end) is not None
            and _GAME_HARM.search(text, start, end) is None)


# Fiction, news and teaching quote threats without making one; laughter marks violent hyperbole. Word sets
# (tested against the view's words) with a phrase regex behind a few trigger words keep this cheap.
_QUOTING = vocabulary("QUOTING")
_QUOTING_TRIGGERS = vocabulary("QUOTING_TRIGGERS")
_DENIED_FRAME = re.compile(r"\b(?:ik(?:ke|k)?\s+(?:til|for|fra|i)|not\s+(?:for|from|in)\s+(?:the|a))\s+(\w+)")
_QUOTING_PHRASE = re.compile(
    # a film as a thing ("i den nye film", "in the film"), not filming ("who wants to film it"); a film's scene, not
    # the stage ("scenen hvor skurken ...", not "en bombe under scenen")
    r"\b(?:(?:i|in|the|a|en|den|denne|this|that|ny|nye|new)\s+film\b|(?:i|in)\s+(?:den\s+|the\s+|this\s+)?scene(?:n)?\b|"
    r"scene(?:n)?\s+(?:hvor|where)\b|"
    r"politiet\s+(?:oplyser|efterforsker|har|fortæller|meddeler|skriver|undersøger)|police\s+(?:say|said|are|"
    r"have)|hvis\s+nogen\s+(?:skriver|siger|truer)|if\s+someone\s+(?:says|writes|threatens)|"
    # "sig det til en voksen" is advice, unless a threat hangs on it: "sig det til en voksen og du er død"
    r"(?:sig\s+det\s+til\s+en\s+voksen|tell\s+an\s+adult)(?!\s*,?\s*(?:og|så|and|then)\s+(?:(?:så\s+)?(?:er|bliver)\s+du|"
    r"du\s+(?:er|bliver)|you(?:'re|\s+are|'ll\s+be)|får\s+du)\b)|eksempel\s+på|example\s+of)\b")
_JOKE_WORDS = vocabulary("JOKE_WORDS")
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
        # "Det er ikke til brandøvelsen", "not for the film": a frame denied is no frame
        denied = {m.group(1) for m in _DENIED_FRAME.finditer(view.text)}
        if not (_QUOTING & words) <= denied:
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


NEGATED_AFTER = re.compile(r"\s*(?:aldrig|ikke|never)\b")
_LAST_TWO = re.compile(rf"([{LETTER}']+)\s+(?:dig|jer|ham|hende|dem|you|u|him|her|them)$")
FOLLOWING = re.compile(rf"(?:\s*[{LETTER}0-9']+){{1,4}}")
_SECOND_SUBJECT = re.compile(rf"\b(?:du|i)\s+(?:[{LETTER}]+\s+){{0,2}}$")
_YES_NO = vocabulary("YES_NO")
_CLAUSE_START = re.compile(r"(?:^|[.!?;:\n])\s*([^\s.!?;:\n]+)[^.!?;:\n]*$")
_CLAUSE_TAIL = re.compile(r"[^.!?;:\n]*([.!?;:\n]|$)")
# A result beaten, not a person: "jeg slår din pers inden jul", "I'll beat your PB".
_RESULT_AFTER = re.compile(r"\s*(?:pers|personlige\s+rekord|rekord\w*|record|pb|pr|personal\s+best|highscore|"
                           r"high\s+score|score|tid\s+på)\b")
# a kind ending takes the harm back: "I'll smash you with kindness", "jeg kvæler dig med kram", also as a twist after
# a pause: "I'll hunt you down... with a very polite email 😇", "jeg finder dig… med kage"
KINDLY = re.compile(r"(?:\s+(?:down|up|ned|op))?(?:\s*(?:\.{2,}|…))?\s+(?:with|med)\s+(?:(?:a|an|some|en|et|lidt)\s+)?"
                    r"(?:(?:very|really|super|meget|rigtig)\s+)?(?:kindness|love|kærlighed|kys|et\s+kram|kram|hugs?|"
                    r"kisses|cuteness|polite|friendly|nice|kind|sweet|gentle|høflig\w*|venlig\w*|kage\w*|cake\w*|"
                    r"cookies?|chocolate|chokolade\w*|slik|candy)\b")
# a proposal is no question: "skal vi ikke bare tæske dem?"
_PROPOSAL = re.compile(r"(?:skal|ska)\s+vi\s+ik(?:ke|k)?\s+(?:bare|lige)\b|(?:shall|should)n'?t\s+we\s+just\b")


def yes_no_question(text: str, start: int, end: int) -> bool:
    """The match sits in a clause that opens with a verb and ends with "?": "skal jeg slå ham?". A proposal is no
    question: "skal vi ikke bare tæske dem?"."""
    head = _CLAUSE_START.search(text, max(0, start - 200), start + 1)
    first = head.group(1) if head else ""
    tail = _CLAUSE_TAIL.match(text, end, end + 200)
    if first not in _YES_NO or tail is None or tail.group(1) != "?":
        return False
    return _PROPOSAL.match(text, head.start(1)) is None


def lexicon_hit_excluded(text: str, start: int, end: int) -> bool:
    """A phrase-rule match negated after the fact ("jeg slår dig aldrig"), used as an idiom ("shoot you a
    text", "cut you some slack"), reflexive ("du kan slå dig ned") or asked ("skal jeg slå ham?")."""
    if NEGATED_AFTER.match(text, end) or KINDLY.match(text, end) or _RESULT_AFTER.match(text, end) or yes_no_question(
            text, start, end):
        return True
    match = text[start:end]
    if _SECOND_SUBJECT.search(text, max(0, start - 40), start) and re.search(r"\b(?:dig|jer)\b", match):
        return True
    last = _LAST_TWO.search(match)
    if last is None:
        return False
    following = FOLLOWING.match(text, end)
    after = following.group().split() if following else []
    if last.group(1) in EN_PARTICLE_VERBS and not particle(after, danish=False):
        return True  # "I'll beat you there", "I'll smash you": a race or a game unless "up", "in", a body part
    return bool(after and after[0] in IDIOM_AFTER.get(last.group(1), ()) and RESULT.isdisjoint(after[1:3]))


# Knowing where someone lives after a lift or a delivery the post has already told ("a henter jer i bilen, a ved hvor I
# bor", "a kommer forbi jer med de sidste pølser i aften, a ved godt hvor I bor"): the address is the errand's.
_KNOWS_HOME = re.compile(r"\b(?:ved|know)\s+(?:godt\s+)?(?:hvor|where)\s+(?:\w+\s+){0,2}?(?:bor|live|lives)\b")
_ERRAND_BEFORE = re.compile(r"\b(?:henter|hente|kører|afleverer|aflevere|(?:kommer|smutter|stikker)\s+forbi\s+"
                            r"(?:\w+\s+){0,2}?med|pick\s+(?:you|u|y'all)\s+up|drop\s+(?:it|them)\s+off)\b")


def errand_before_home(text: str, start: int, end: int) -> bool:
    """A match that knows where someone lives, in a post that told a lift or a delivery before it."""
    knows = _KNOWS_HOME.search(text, start, end)
    return knows is not None and _ERRAND_BEFORE.search(text, max(0, knows.start() - 120), knows.start()) is not None
