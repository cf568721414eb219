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
from typing import NamedTuple

from monitor.checks.base import Document
from monitor.checks.conduct_lexicon import Gate
from monitor.checks.conduct_threat_context import (
    FOLLOWING,
    GAME,
    KINDLY,
    excluded_context,
    game_near,
    quoting_context,
    yes_no_question,
)
from monitor.checks.conduct_threat_unframed import emoji_at_someone, emoji_attacks, passive_threats
from monitor.checks.conduct_threat_vocabulary import (
    ADVERBS,
    AGENT_1,
    AGENT_3,
    AGENT_DIALECT,
    BARE_OK,
    BODY,
    DA_PARTICLES,
    EN_PARTICLE_VERBS,
    EN_PARTICLES,
    FILLERS,
    GROUPS,
    HOSPITAL,
    HOSPITAL_VERBS,
    IDIOM_AFTER,
    KIN,
    MODALS,
    MOTION,
    NEGATION,
    NOT_NAMES,
    PARTICIPLES,
    PERSON_NOUNS,
    PLACES,
    POSSESSIVE,
    PRON_2,
    PRON_3,
    PROPERTY,
    RESULT,
    THINGS,
    TIME,
    TITLES,
    VERB_WORDS,
    VERBS,
    WEAPON_EMOJI,
    WEAPONS,
    has_weapon_emoji,
    particle,
    unambiguous_names,
    word_set,
)
from monitor.checks.conduct_view import LETTER, View, original_span

_TOKEN = re.compile(rf"[{LETTER}0-9]+(?:'[{LETTER}]+)*|[{WEAPON_EMOJI}]")
# the full stop of an abbreviation ("nr. 7", "kl. 20", "d. 14", "mr. Holm") does not end the clause, nor a stop
# with a letter or digit right after it: a class ("ham fra 9.b ned"), a number ("1.250")
_CLAUSE_END = re.compile(r"(?<!\bnr)(?<!\bkl)(?<!\bd)(?<!\bmr)(?<!\bca)(?<!\bst)[.!?;:\n]+(?![a-zæøå0-9])|\s[-–—]\s")


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


# Words one of which a post needs before anything else is tried ("end", "fuck" and "hænger" are left to the
# phrase rules: too common to open the frames); a destination verb counts only with its destination.
_HOSPITAL_FORMS = frozenset(HOSPITAL_VERBS)
_GATE = (VERB_WORDS - _HOSPITAL_FORMS) | PARTICIPLES | HOSPITAL
# Verbs that need a particle, body part, weapon or place after the target (those in BARE_OK may stand alone)
_PARTICLE_ONLY = frozenset(f for f, (_, need, _) in VERBS.items() if need == "particle" and f not in BARE_OK)
_COMPLEMENTS = DA_PARTICLES | EN_PARTICLES | WEAPONS | BODY | KIN | PROPERTY | PLACES
_AHEAD = PRON_2 | PRON_3 | POSSESSIVE | GROUPS | PLACES | ADVERBS | AGENT_1 | AGENT_DIALECT | BODY | KIN | word_set(
    "this lortet stedet den that") | TITLES | THINGS
_AGENT_GATE = AGENT_1 | AGENT_3 | AGENT_DIALECT | MODALS
_TARGET_GATE = PRON_2 | PRON_3 | GROUPS | PLACES | POSSESSIVE | BODY | PERSON_NOUNS | TITLES | THINGS
# Staff, referees and the people of a club or band named by their role, alone or as the head of a compound
# ("matematiklæreren", "fodboldtræneren", "trommeslageren")
_ROLES = ("lærer", "læreren", "træner", "træneren", "leder", "lederen", "pædagog", "pædagogen", "inspektør",
          "inspektøren", "rektor", "rektoren", "dommer", "dommeren", "pedel", "pedellen", "teacher", "coach",
          "vikar", "vikaren", "chauffør", "chaufføren", "kasserer", "kassereren", "formand", "formanden", "forstander",
          "forstanderen", "sekretær", "sekretæren", "instruktør", "instruktøren", "dirigent", "dirigenten", "slager",
          "slageren", "guitarist", "guitaristen", "bassist", "bassisten", "sanger", "sangeren", "kaptajn",
          "kaptajnen", "anfører", "anføreren", "målmand", "målmanden", "keeper", "keeperen")
_ROLE_ADJECTIVES = frozenset(["nye", "gamle", "dumme", "klamme", "sure", "forbandede", "new", "old", "stupid"])


def _role(word: str) -> bool:
    """A word for a member of staff or a referee, bare, definite or as the last part of a compound."""
    return word.endswith(_ROLES)


class FrameFinder:
    """Finds agent + harmful verb + target frames in the view of a post."""

    def __init__(self) -> None:
        self.names = unambiguous_names()
        self.gate = Gate(_GATE)
        self.bits = self.gate.bits  # registered now, before views cache their masks

    def find(self, doc: Document, view: View) -> list[tuple[str, int, int]]:
        """Rule keys ("threat.violence" or "threat.weapon") with view spans."""
        met = view.needs_met()
        if (not met & self.bits if met is not None else not self.gate.passes(view)) and not has_weapon_emoji(
                view.text):
            return []  # most posts: one AND of the word bits every conduct check shares
        found = self._frames(doc, view)
        if has_weapon_emoji(doc.text):
            found.extend(emoji_attacks(doc, view))
            if not (quoting_context(view) or GAME.search(view.text)):
                found.extend(emoji_at_someone(doc, view, self.names))
        passive = passive_threats(view)
        if passive and not excluded_context(view, "threat.violence"):
            found.extend(("threat.violence", start, end) for start, end in passive
                         if not game_near(view.text, start, end))
        return found

    def _frames(self, doc: Document, view: View) -> list[tuple[str, int, int]]:
        text = view.text.replace("’", "'")  # one character for one: the offsets stay
        words = view.words
        if _AGENT_GATE.isdisjoint(words) or (_TARGET_GATE.isdisjoint(words) and self.names.isdisjoint(words)
                                              and not any(word.endswith(_ROLES) for word in words)):
            return []
        present = set(VERB_WORDS.intersection(words))
        if HOSPITAL.isdisjoint(words):
            present -= _HOSPITAL_FORMS
        if _COMPLEMENTS.isdisjoint(words):
            present -= _PARTICLE_ONLY
        present.update(e for e in WEAPON_EMOJI if e in text)
        if not present:
            return []
        found: list[tuple[str, int, int]] = []
        excluded: bool | None = None
        for start, end in _occurrences(text, present):
            if len(found) >= _MAX_FRAMES:
                break  # the engine keeps 100 findings per rule; a flood of threats needs no more
            following = FOLLOWING.match(text, end)
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
            if excluded is None:
                excluded = excluded_context(view, "threat.violence")
            if excluded:
                return []
            if game_near(text, tokens[frame[0]].start, tokens[frame[1]].end):
                continue
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
        while k < len(tokens) and tokens[k].text in ADVERBS and skipped < 2:
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
        if after[:1] and after[0] in IDIOM_AFTER.get(tokens[i].text, ()) and RESULT.isdisjoint(after[1:3]):
            return None
        if after[:1] == ["selv"] or tokens[target_end].text in ("yourself", "yourselves") or KINDLY.match(
                view.text, tokens[target_end].end):
            return None
        span = [t.text for t in tokens[min(i, agent_index):target_end + 3]]
        if not NEGATION.isdisjoint(span) or any(w.endswith(("n't", "n’t")) for w in span):
            return None
        if need == "hospital":
            return None if HOSPITAL.isdisjoint(after) else ((min(i, agent_index)), target_end)
        if (need or (not danish and tokens[i].text in EN_PARTICLE_VERBS)) and target_kind not in (
                "second_body", "body", "place") and not particle(after, danish) and not (
                after == [] and tokens[i].text in BARE_OK):
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
        if danish and (nxt in ("jeg", "vi") or nxt in AGENT_DIALECT) and i > 0:
            return i + 1, 1  # V2 inversion: "næste gang stikker jeg dig ned"
        if danish and nxt == "du":
            return None
        j = i - 1
        modal = movement_seen = False
        while j >= 0 and i - j <= 7:
            word = tokens[j].text
            if word in NEGATION or word.endswith("n't"):
                return None
            if word in AGENT_1 and (danish or word not in ("jeg", "vi")) and (word != "i" or not danish):
                return j, 1
            if word in AGENT_DIALECT and danish:
                return j, 1
            if word == "i" and danish and j + 1 < i and tokens[j + 1].text in TIME:
                j -= 1
                continue
            if word in ("du", "you", "u", "man", "i") or word.startswith(("you'", "you’")):
                return None if word != "i" else (j, 2)
            if word in AGENT_3:
                return j, 3
            if word not in FILLERS:
                if tokens[i - 1].text in ("og", "and") and not movement_seen:
                    # "jeg kommer forbi din adresse og smadrer dig": back to the verb of motion
                    back = next((m for m in range(j, max(-1, j - 6), -1) if tokens[m].text in MOTION), None)
                    if back is not None:
                        movement_seen = True
                        j = back - 1
                        continue
                return None
            modal = modal or word in MODALS
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
        if word in ("den", "that", "the") and nxt in PERSON_NOUNS:
            return k + 1, "third"  # "jeg kværker den idiot", "I'll stab that teacher"
        if word.endswith("en") and _role(word):
            return k, "third"  # "jeg skyder læreren", "i morgen stikker jeg matematiklæreren ned"
        if word in ("den", "that", "the") and nxt in _ROLE_ADJECTIVES and k + 2 < len(tokens) and _role(
                tokens[k + 2].text):
            return k + 2, "third"  # "i morgen skyder jeg den nye matematiklærer"
        if word in ("den", "that", "the", "this") and k + 2 < len(tokens) and tokens[k + 2].text in BODY and (
                nxt.endswith("'s") or nxt[:-1] in PERSON_NOUNS):
            return k + 2, "body"  # "I'll break that coach's nose", "jeg brækker den lærers næse"
        if word == "hele" and nxt in ("klassen", "skolen", "lortet"):
            return k + 1, "group"
        if word in PLACES or word in ("lortet", "stedet") or (word in ("this", "the") and nxt in PLACES):
            return (k + 1 if word in ("this", "the") else k), "place"
        if nxt in BODY and (word.endswith("'s") or word[:-1] in PERSON_NOUNS):
            return k + 1, "body"  # "I'll break the ref's jaw" ("the" is skipped as a filler), "lærerens næse"
        if word in THINGS and nxt in ("i", "på", "hos", "in", "on") and k + 3 < len(tokens) and tokens[k + 2].text in (
                POSSESSIVE):
            return k + 3, "body"  # "smadrer ruderne i jeres klubhus", "slash the tyres on his car"
        if word in TITLES and k + 1 < len(tokens) and (
                nxt in self.names or self._capitalised(doc, view, tokens[k + 1])):
            return k + 1, "name"  # "I'll stab mr. Holm", "jeg tæsker lærer Hansen"
        stem = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s") else word
        if (stem in self.names or word in self.names or self._capitalised(doc, view, tokens[k])) \
                and stem not in NOT_NAMES:
            if nxt in BODY or nxt in KIN:
                return k + 1, "body"
            if word in self.names:
                return k, "name"
        return None

    def _no_target_ahead(self, ahead: list[str]) -> bool:
        """None of the next words can start a target or an inverted subject."""
        return _AHEAD.isdisjoint(ahead) and self.names.isdisjoint(
            w[:-2] if w.endswith("'s") else w[:-1] if w.endswith("s") else w for w in ahead) and not any(
            w.endswith(_ROLES) for w in ahead)

    @staticmethod
    def _capitalised(doc: Document, view: View, token: Token) -> bool:
        start, _ = original_span(doc, view, token.start, token.end)
        return start < len(doc.text) and doc.text[start].isupper()
