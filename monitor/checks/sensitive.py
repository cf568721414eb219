"""Sensitive matters about an identifiable person: health, social circumstances, confidential conversations.

A word from a lexicon is only a finding when the sentence points at someone who can be singled out (see
:mod:`monitor.checks.persons`); "temaaften om angst" or "mange unge har angst" are topics, not personal data.
Spans cover the sensitive words, not the person's name, so excerpts need not show names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from monitor.checks.base import Check, Document, Hit, Rule
from monitor.checks.persons import (
    GENERIC,
    SELF,
    Lexicon,
    analyse,
    compile_lexicon,
    fast_alternation,
    sentences,
    subject_near,
    word_branches,
)

HEALTH = compile_lexicon("sensitive_health.txt")
SOCIAL = compile_lexicon("sensitive_social.txt")
SECRECY = compile_lexicon("sensitive_confidential.txt")
_TOPIC = compile_lexicon("sensitive_health_topic.txt", gated=False)
_TOPIC_BEFORE = re.compile(r"(?:" + _TOPIC.pattern.pattern + r")\s+(?:[\w'-]+\s+){0,2}$")
MAX_HITS = 3  # the category is judged per post; a few spans are enough for the report
# Words about eating that are health only when no other reason is given: fasting for a faith, no food at home.
_EATING = re.compile(r"spiser ikke|ikke spist")
_EATING_REASON = re.compile(
    r"\b(?:faste\w*|faster|ramadan\w*|halal|kosher|svinekød|pork|fasting|fast\w*\s+(?:for|during)|"
    r"(?:ingen|ikke|aldrig|no|nothing)\s+(?:\w+\s+)?(?:noget\s+)?(?:mad|food|at\s+spise|to\s+eat))\b"
    r"|\bsolnedgang|\bsunset"
)
# "... så ender han på skadestuen": a threatened consequence, not someone's health.
_CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:ender|ende|havner|havne|lander|lande|sender|sende|sendes|end|ends|ending|land|lands|put|send)\s+"
    r"(?:\w+\s+){0,2}$"
)
_THREAT_MOOD = re.compile(r"\b(?:hvis|ellers|if|or\s+else|så\s+skal|næste\s+gang|next\s+time)\b")


def topic_before(text: str, start: int) -> bool:
    """True when the words just before ``start`` make the term a topic ("om", "unge med", "temaaften")."""
    return _TOPIC_BEFORE.search(text, max(0, start - 45), start) is not None


def _about_person(doc: Document, pattern: Lexicon, rule: Rule) -> Iterator[Hit]:
    text = doc.folded.text
    count = 0
    for match in pattern.scan(doc):
        if topic_before(text, match.start()) or _not_health(doc, match):
            continue
        if subject_near(doc, match.start(), match.end()) is None:
            continue
        yield Hit(rule, *doc.folded.original_span(match.start(), match.end()))
        count += 1
        if count >= MAX_HITS:
            return


def _not_health(doc: Document, match: re.Match[str]) -> bool:
    """Eating words given another reason (faith, no food), and hospital threatened as a consequence."""
    text = doc.folded.text
    word = match.group()
    if _EATING.match(word):
        s_start, s_end = sentences(doc).sentence_of(match.start())
        if _EATING_REASON.search(text, s_start, s_end):
            return True
    if _CONSEQUENCE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        s_start, _ = sentences(doc).sentence_of(match.start())
        return _THREAT_MOOD.search(text, s_start, match.start()) is not None
    return False


class HealthCheck(Check):
    """Health information (diagnoses, illness, injury, hospital, medication, pregnancy) about a person."""

    name = "health"
    rules = (
        Rule("health.person", "personal.health",
             "Helbredsoplysninger om en person, der kan identificeres (diagnose, sygdom, skade, medicin, graviditet).",
             "Health information about an identifiable person (diagnosis, illness, injury, medication, pregnancy)."),
    )

    def scan(self, doc: Document) -> Iterable[Hit]:
        return _about_person(doc, HEALTH, self.rules[0])


class SocialCheck(Check):
    """Social or family circumstances of a person: foster care, divorce, death, police, absence, money, faith."""

    name = "social"
    rules = (
        Rule("social.person", "personal.social",
             "Sociale eller familiemæssige forhold om en person, der kan identificeres (fx anbringelse, "
             "skilsmisse, dødsfald, politisag, fravær, økonomi, støtteforanstaltninger, religion eller etnicitet).",
             "Social or family circumstances of an identifiable person (e.g. foster care, divorce, a death, "
             "police matters, absence, money trouble, support measures, religion or ethnicity)."),
    )

    def scan(self, doc: Document) -> Iterable[Hit]:
        return _about_person(doc, SOCIAL, self.rules[0])


# Relaying what someone said. Strong verbs are private by themselves; weak ones need a private channel nearby.
_RELAY = Lexicon(re.compile(
    r"\b(?:(?P<strong>fortalte|fortalt|betroede|betroet|indrømmede|røbede|sladrede|told|confided|admitted|"
    r"opened up)|(?P<weak>sagde|skrev|nævnte|sms'ede|messagede|said|wrote|texted|mentioned|messaged)|"
    r"(?P<learned>(?:ved|fik|fandt|hørte|erfarede)\s+vi\s+(?:nu\s+)?(?:at\s+vide\s+|ud\s+af\s+)?))\b"
))
# The same alternation without its named groups, dispatched on first letters (persons.fast_alternation) and split
# into branches: it finds the same matches several times faster; each is read again with the named pattern.
_RELAY_NAMED = _RELAY.pattern
_RELAY_PLAIN = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _RELAY_NAMED.pattern))
_RELAY.pattern = fast_alternation(_RELAY_PLAIN)
_RELAY.split(word_branches(_RELAY_PLAIN), "")
_COMPLEMENT = re.compile(r"\b(?:at|that)\b|:|\bme\s+(?:he|she|they|his|her|about|in)\b")
_CHANNEL = re.compile(
    r"\b(?:mig|me|ringede|ringer|called|phoned|sms\w*|besked|message|text|samtale\w*|snak\w*|chat\w*|"
    r"afhentning\w*|forældresamtale\w*|forældremøde|kontoret|pausen|frikvarteret|julefrokost\w*|møde\w*|"
    r"meeting|privat\w*|private)\b"
)
_CONVERSATION = re.compile(r"\b(?:samtale\w*|snak\w*|møde\w*|talked|chat\w*|meeting|ringede|called)\b")
_PUBLIC = re.compile(
    r"citeret med tilladelse|med (?:hendes|hans|deres)? ?tilladelse|happy to be quoted|gave (?:us )?permission|"
    r"har sagt ja til|given permission|for publication|til avisen|til pressen"
)


class ConfidentialCheck(Check):
    """Relaying what someone said in a private conversation, or a private matter learned at work."""

    name = "confidential"
    rules = (
        Rule("confidential.relay", "personal.confidential",
             "Videregiver hvad en person har fortalt i en privat samtale eller et privat forhold, man har fået "
             "kendskab til gennem arbejdet (tavshedspligt).",
             "Relays what a person said in a private conversation, or a private matter learned at work "
             "(duty of confidentiality)."),
        Rule("confidential.secret", "personal.confidential",
             "Deler noget, der er sagt i fortrolighed eller som en hemmelighed, om en person.",
             "Shares something said in confidence or as a secret about a person."),
    )

    def scan(self, doc: Document) -> Iterable[Hit]:
        info = None
        for match in SECRECY.scan(doc):
            info = info or analyse(doc)
            s_start, s_end = info.sentence_of(match.start())
            if any(r.is_person for r in info.refs_in(s_start, s_end)):
                yield Hit(self.rules[1], *doc.folded.original_span(match.start(), match.end()))
                break
        for found in _RELAY.scan(doc):
            relay = _RELAY_NAMED.match(doc.folded.text, found.start())  # the same match, with its named groups
            assert relay is not None and relay.end() == found.end()
            hit = self._relay(doc, relay)
            if hit is not None:
                yield hit
                return

    def _relay(self, doc: Document, match: re.Match[str]) -> Hit | None:
        text = doc.folded.text
        info = analyse(doc)
        s_start, s_end = info.sentence_of(match.start())
        sentence = text[s_start:s_end]
        if _PUBLIC.search(sentence):
            return None
        if match.group("weak") and not _CHANNEL.search(sentence):
            return None
        if match.group("learned") and not _CONVERSATION.search(sentence):
            return None
        complement = _COMPLEMENT.search(text, match.end(), min(s_end, match.end() + 45))
        if complement is None:
            return None
        if not match.group("learned"):
            before = [r for r in info.refs if max(s_start, match.start() - 80) <= r.start and r.end <= match.start()]
            after = [r for r in info.refs if match.end() <= r.start and r.end <= complement.start()]
            speaker = before[-1] if before else None
            if speaker is None or speaker.kind == SELF:
                speaker = next((r for r in after if r.is_person and r.kind != SELF), speaker)
            if speaker is None or speaker.kind in (GENERIC, SELF):
                return None
        # What was relayed must be about someone: a person or the family in the clause that follows.
        content = [r for r in info.refs if complement.start() <= r.start < min(s_end + 1, complement.end() + 90)]
        if not content and not re.search(r"\b(?:familien|family|forældre|parents)\b",
                                         text[complement.end():complement.end() + 90]):
            return None
        return Hit(self.rules[0], *doc.folded.original_span(match.start(), complement.end()))


CHECKS: tuple[type[Check], ...] = (HealthCheck, SocialCheck, ConfidentialCheck)
