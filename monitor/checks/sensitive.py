"""Sensitive matters about an identifiable person: health, social circumstances, confidential conversations.

A word from a lexicon is only a finding when the sentence points at someone who can be singled out (see
:mod:`monitor.checks.persons`); "temaaften om angst" or "mange unge har angst" are topics, not personal data.
Spans cover the sensitive words, not the person's name, so excerpts need not show names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from monitor.checks.base import Check, Document, Hit, Rule
from monitor.checks.gated_lexicon import Lexicon, compile_lexicon, gate_hits
from monitor.checks.persons import GENERIC, NAME, SELF, TAG, analyse, sentences, subject_near
from monitor.checks.regex_dispatch import fast_alternation, word_branches

HEALTH = compile_lexicon("sensitive_health.txt")
SOCIAL = compile_lexicon("sensitive_social.txt")
SECRECY = compile_lexicon("sensitive_confidential.txt")
_TOPIC = compile_lexicon("sensitive_health_topic.txt", gated=False)
_TOPIC_BEFORE = re.compile(r"(?:" + _TOPIC.pattern.pattern + r")\s+(?P<between>(?:[\w'-]+\s+){0,2})$")
# A possessive between the topic word and the term names whose matter it is ("skriv om hans medicin").
_THIRD_POSSESSIVE = re.compile(r"\b(?:hans|hendes|his|her|their)\s")
MAX_HITS = 3  # the category is judged per post; a few spans are enough for the report
# Words about eating that are health only when no other reason is given: fasting for a faith, no food at home.
_EATING = re.compile(r"spiser ikke|ikke spist")
_EATING_REASON = re.compile(
    r"\b(?:faste\w*|faster|ramadan\w*|halal|kosher|svinekød|pork|fasting|fast\w*\s+(?:for|during)|"
    r"muslim\w*|jøde|jødisk|jewish|hindu\w*|religi\w*|vegetar\w*|vegan\w*|flæsk\w*|gris\w*|svin\w*|skinke|bacon|"
    r"kød|meat|beef|oksekød|ham\s+sandwich|"
    r"(?:ingen|ikke|aldrig|no|nothing)\s+(?:\w+\s+)?(?:noget\s+)?(?:mad|food|at\s+spise|to\s+eat))\b"
    r"|\bsolnedgang|\bsunset"
)
# A faith in a list of faiths, or before a plural group word, is no one's religion singled out ("Muslim, Christian,
# Jewish and non-religious families all cooked together").
_FAITH = (r"(?:muslim\w*|moslem\w*|jød\w*|jew\w*|kristn\w*|christians?|hindu\w*|buddhist\w*|ateist\w*|atheists?|"
          r"sikh\w*|non-religious|ikke-religiøse|religiøse|religious)")
_FAITH_WORD = re.compile(_FAITH)
_FAITH_LIST_AFTER = re.compile(
    rf"\s*(?:,|og|and|eller|or)\s+(?:\w+\s+)?{_FAITH}\b|"
    r"\s+(?:familier|families|elever|students|børn|children|kids|foreninger|grupper|groups|communities|menigheder)\b")
_FAITH_LIST_BEFORE = re.compile(rf"\b{_FAITH}\s*(?:,|og|and|eller|or)\s+(?:\w+\s+)?$")
# "... så ender han på skadestuen": a threatened consequence, not someone's health.
_CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:ender|ende|havner|havne|lander|lande|sender|sende|sendes|end|ends|ending|land|lands|put|send)\s+"
    r"(?:\w+\s+){0,2}$"
)
# Things "die" too: "my mouse died mid clutch", "phone died at 2%", "the battery just died".
_THING_DIED = re.compile(
    r"\b(?:phone|mobile|battery|batteries|charger|mouse|keyboard|controller|headset|headphones|earbuds|airpods|mic|"
    r"laptop|computer|pc|console|xbox|playstation|ps[345]|switch|ipad|tablet|screen|monitor|router|wifi|internet|"
    r"server|printer|speaker|lamp|bulb|torch|flashlight|plant|tamagotchi|character|connection|signal)s?\s+"
    r"(?:(?:just|literally|totally|completely|finally|suddenly|already|basically|has|had|then)\s+)?$"
)
_NEWS = re.compile(r"\b(?:idømt|idømmes|dømt|retten|byretten|landsretten|anklage\w*|politiet\s+oplyser|"
                   r"ifølge\s+politiet|sentenced|convicted|court|prosecutors?|police\s+(?:say|said))\b")
_UNNAMED = re.compile(r"\b(?:en|et)\s+(?:\d+-årig|mand|kvinde|person)\b|\ban?\s+(?:\d+-year-old|man|woman|person)\b")
_THREAT_MOOD = re.compile(r"\b(?:hvis|ellers|if|or\s+else|så\s+skal|næste\s+gang|next\s+time)\b")


def topic_before(doc: Document, start: int) -> bool:
    """True when the words just before ``start`` make the term a topic ("om", "unge med", "temaaften"), unless a name
    or a third person's possessive stands between ("skriv om Johans epilepsimedicin")."""
    text = doc.folded.text
    match = _TOPIC_BEFORE.search(text, max(0, start - 45), start)
    if match is None:
        return False
    if not match.group("between"):
        return True
    between = match.start("between"), match.end("between")
    if _THIRD_POSSESSIVE.search(text, *between):
        return False
    return not any(ref.kind in (NAME, TAG) and between[0] <= ref.start and ref.end <= between[1]
                   for ref in analyse(doc).refs)


def _about_person(doc: Document, pattern: Lexicon, rule: Rule) -> Iterator[Hit]:
    count = 0
    for match in pattern.scan(doc):
        if topic_before(doc, match.start()) or _not_health(doc, match):
            continue
        if subject_near(doc, match.start(), match.end()) is None and not _named_inside(doc, match):
            continue
        if _news(doc, match):
            continue
        yield Hit(rule, *doc.folded.original_span(match.start(), match.end()))
        count += 1
        if count >= MAX_HITS:
            return


def _named_inside(doc: Document, match: re.Match[str]) -> bool:
    """A name or a tag inside the matched phrase is its subject ("RIP Jonas' mor", "Rest in peace to Amal's dad")."""
    return any(ref.kind in (NAME, TAG) and match.start() <= ref.start and ref.end <= match.end()
               for ref in analyse(doc).refs)


def _news(doc: Document, match: re.Match[str]) -> bool:
    """A court or police report about an unnamed adult ("en 43-årig mand er idømt fængsel"): news, not personal."""
    s_start, s_end = sentences(doc).sentence_of(match.start())
    text = doc.folded.text
    return _NEWS.search(text, s_start, s_end) is not None and _UNNAMED.search(text, s_start, s_end) is not None


def _not_health(doc: Document, match: re.Match[str]) -> bool:
    """Eating words given another reason (faith, no food), hospital threatened as a consequence, a device that died,
    a faith in a list of faiths."""
    text = doc.folded.text
    word = match.group()
    if _EATING.match(word):
        s_start, s_end = sentences(doc).sentence_of(match.start())
        if _EATING_REASON.search(text, s_start, s_end):
            return True
    if word == "died" and _THING_DIED.search(text, max(0, match.start() - 40), match.start()):
        return True
    if _FAITH_WORD.fullmatch(word) and (_FAITH_LIST_AFTER.match(text, match.end())
                                        or _FAITH_LIST_BEFORE.search(text, max(0, match.start() - 40), match.start())):
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


# Relaying what someone said. Strong verbs are private by themselves; weak ones need a private channel nearby;
# "learned" (fik at vide, was told) needs a conversation or a named source; "report" (kan fortælle) is the writer
# passing on what a private meeting (skolepsykolog, forældresamtale) brought out.
_RELAY = Lexicon(re.compile(
    r"\b(?:(?P<strong>fortalte|fortalt|betroede|betroet|betror|indrømmede|røbede|sladrede|told|confided|confides|"
    r"admitted|opened up)|"
    r"(?P<weak>sagde|siger|skrev|skriver|nævnte|nævner|sms'ede|messagede|fortæller|said|says|wrote|writes|texted|"
    r"mentioned|mentions|messaged|tells)|"
    r"(?P<report>(?:kan|kunne)\s+(?:jeg|vi)\s+(?:\w+\s+)?fortælle|can\s+(?:now\s+)?(?:tell\s+you|report|share))|"
    r"(?P<learned>(?:ved|fik|fandt|hørte|erfarede)\s+(?:vi|jeg)(?:\s+nu)?(?:\s+at\s+vide|\s+ud\s+af)?|"
    r"(?:fik|får|fået)\s+(?:\w+\s+)?(?:det\s+)?at\s+vide|(?:was|were)\s+told|(?:heard|learned|found\s+out)\s+from))\b"
))
# The same alternation without its named groups, dispatched on first letters (regex_dispatch.fast_alternation) and split
# into branches: it finds the same matches several times faster; each is read again with the named pattern.
_RELAY_NAMED = _RELAY.pattern
_RELAY_PLAIN = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _RELAY_NAMED.pattern))
_RELAY.pattern = fast_alternation(_RELAY_PLAIN)
_RELAY.split(word_branches(_RELAY_PLAIN), "")
# The child not daring to tell is a welfare sign, not a secret passed on.
_DARE_BEFORE = re.compile(r"\b(?:tør|turde|tør\s+(?:han|hun)|vover|bange\s+for\s+at|afraid\s+to|scared\s+to|dare|"
                          r"daren't|too\s+scared\s+to)\s+(?:\w+\s+)?$")
_PARENT_CALL = re.compile(r"\b(?:mor|far|forældre\w*|mum|mom|mother|dad|father|parents)\s+(?:\w+\s+){0,2}?"
                          r"(?:ringede|ringer|sms'ede|skrev|fortalte|betroede|called|phoned|rang|texted|messaged|told|"
                          r"confided)\b")
# "fik en sms fra Idas mor ...", "got a text from Noah's dad ...": what follows "fra"/"from" must be a person.
_RECEIVED = re.compile(
    r"\b(?:fik|får|fået|modtog|modtaget|got|get|received|had)\s+(?:en\s+|et\s+|a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:sms|sms'er|besked|beskeder|mail|e-mail|opringning|opkald|snap|dm|text|message|call|email|voicemail|pb)"
    r"\s+(?:fra|from)\s+"
)
# Arrangements passed on are not private matters: running late, times, pick-ups, forgotten things.
_LOGISTICS = re.compile(r"\b(?:forsinket|forsinkede|senere|tidligere|late|later|earlier|på\s+vej|"
                        r"on\s+(?:the|his|her|their)\s+way|kl\.?\s*\d|\d{1,2}[:.]\d{2}|i\s+morgen|tomorrow|"
                        r"glemt|glemte|forgot|forgotten|madpakke\w*|cykel|cyklen|nøgle\w*|keys?|jakke\w*|jacket)\b")
_SESSION = re.compile(r"\b(?:fra|from)\s+(?:dagens\s+|today's\s+|the\s+|my\s+|min\s+)?(?:\w*samtale\w*|"
                      r"(?:conversation|talk|chat|one-to-one|1:1)\s+with\s+\w+)(?:\s+[\w.]+){0,3}\s*:")
# Registered with the shared word gate, so that a post without any of these words costs one set test.
_CHANNEL_WORDS = Lexicon(re.compile(r"(?<![\w])(?:sms\w*|besked\w*|mail\w*|opringning\w*|opkald\w*|snap\w*|dm|"
                                    r"text\w*|message\w*|call\w*|voicemail\w*|pb)(?![\w])"))
_RECEIVED_CONTENT = re.compile(r"\b(?:om\s+at|at|that|saying|som\s+sagde|der\s+sagde|asking|about|om)\b|:")
_COMPLEMENT = re.compile(r"\b(?:at|that)\b|:|\bme\s+(?:he|she|they|his|her|about|in)\b")
# English drops "that": "on the phone he said they're moving her", "she told me her mum ...".
_BARE_CLAUSE = re.compile(r"(?:\s+(?:to\s+)?me)?\s+(?:privately\s+)?(?P<subject>he|she|they|his|her|their)\b")
_CHANNEL = re.compile(
    r"\b(?:mig|me|ringede|ringer|called|phoned|sms\w*|besked\w*|message\w*|text|snak\w*|chat\w*|"
    r"afhentning\w*|\w*samtale\w*|\w*møde\w*|kontoret|\w*pause\w*|\w*frikvarter\w*|\w*frokost\w*|personalerum\w*|"
    r"lærerværelse\w*|break|lunch|coffee|staff\s?room|"
    r"meeting|privat\w*|private|telefon\w*|phone|mail\w*|e-mail\w*|dm\w*|pb|inbox|messenger|snap\w*)\b"
)
_CONVERSATION = re.compile(
    r"\b(?:\w*samtale\w*|snak\w*|\w*møde\w*|talked|chat\w*|meeting|ringede|called|phone\w*|telefon\w*|sms\w*|"
    r"besked\w*|message\w*|mail\w*|dm\w*|skolepsykolog\w*|psykolog\w*|sundhedsplejerske\w*|counsel\w*|"
    r"nurse|in\s+confidence|i\s+fortrolighed|privat\w*|private)\b"
)
# A private setting where the writer learned something: only these license "kan jeg fortælle, at ...".
_PRIVATE_SETTING = re.compile(
    r"\b(?:skolepsykolog\w*|psykolog\w*|sundhedsplejerske\w*|forældresamtale\w*|elevsamtale\w*|"
    r"samtale\w*\s+med|møde\w*\s+med\s+(?:\w+\s+)?(?:forældre\w*|mor\w*|far\w*|familie\w*|skolepsykolog\w*|"
    r"sagsbehandler\w*|kommunen)|sagsbehandler\w*|parent[- ]teacher|parents?'?\s+meeting|counsel\w*|school\s+nurse|"
    r"social\s+worker|in\s+confidence|i\s+fortrolighed|on\s+the\s+phone|i\s+telefonen)\b"
)
# "af hans lærer", "from her mum": who the writer learned it from.
_SOURCE = re.compile(r"\b(?:af|fra|from|by)\s*$")
# A speaker the person patterns only know before certain verbs: "a parent messaged me", "en mor skrev".
_SPEAKER = re.compile(
    r"\b(?:an?|one|en|et|én)\s+(?:\w+\s+)?(?:parent|mum|mom|mother|dad|father|student|pupil|colleague|girl|boy|"
    r"forælder|mor|far|elev|kollega|pige|dreng|mormor|farmor|bedstemor)\s+(?:\w+\s+)?$"
)
_PUBLIC = re.compile(
    r"citeret med tilladelse|med (?:hendes|hans|deres)? ?tilladelse|happy to be quoted|gave (?:us )?permission|"
    r"har sagt ja til|given permission|for publication|til avisen|til pressen|citeres|citere|citat|quoted|"
    r"to the (?:press|paper|newspaper|local paper)|til (?:lokal)?avisen|til tv|i interview\w*|in an interview|"
    r"pressemeddelelse|press release|offentligt|publicly|i (?:sin|hendes|hans) tale|in (?:his|her|their) speech"
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
            if _DARE_BEFORE.search(doc.folded.text, max(0, match.start() - 30), match.start()):
                continue  # "hun tør ikke sige det til nogen": the child not daring to tell, not a secret passed on
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
        text = doc.folded.text
        hit = None
        if _CHANNEL_WORDS.keys is not None and not _CHANNEL_WORDS.keys.isdisjoint(gate_hits(doc)):
            hit = self._received(doc)
        if hit is None and ":" in text and ("samtale" in text or " with " in text):
            hit = self._session(doc)
        if hit is not None:
            yield hit

    def _session(self, doc: Document) -> Hit | None:
        """Notes from a private conversation, after a colon: "Fra elevsamtalen i dag: Louise vil gerne ..."."""
        text = doc.folded.text
        for match in _SESSION.finditer(text):
            window = [r for r in analyse(doc).refs if match.end() <= r.start < match.end() + 60]
            if any(r.is_person and r.kind != SELF for r in window):
                return Hit(self.rules[0], *doc.folded.original_span(match.start(), match.end()))
        return None

    def _received(self, doc: Document) -> Hit | None:
        """A private message from a named person, relayed: "fik en sms fra Idas mor i aftes om at ..."."""
        text = doc.folded.text
        for match in _RECEIVED.finditer(text):
            s_start, s_end = sentences(doc).sentence_of(match.start())
            found = _RECEIVED_CONTENT.search(text, match.end(), min(s_end, match.end() + 80))
            if found is None or _LOGISTICS.search(text, found.end(), min(s_end, found.end() + 70)):
                continue
            if _PUBLIC.search(text, s_start, s_end):
                continue
            info = analyse(doc)  # only now: the person analysis is the costly part
            source = next((r for r in info.refs if r.start == match.end()), None)
            if source is None or not source.is_person or source.kind == SELF or found.start() < source.end:
                continue
            about = [r for r in info.refs if found.end() <= r.start < min(s_end, found.end() + 90) and r.is_person]
            if about or re.match(r"\s*(?:\w+\s+){0,3}?(?:de|they|they're|vi|we|us|os|familien|family)\b",
                                 text[found.end():]):
                return Hit(self.rules[0], *doc.folded.original_span(match.start(), found.end()))
        return None

    def _relay(self, doc: Document, match: re.Match[str]) -> Hit | None:
        text = doc.folded.text
        s_start, s_end = sentences(doc).sentence_of(match.start())  # cheap: no person references yet
        sentence = text[s_start:s_end]
        if _PUBLIC.search(sentence):
            return None
        kind = match.lastgroup
        if kind == "weak" and not _CHANNEL.search(sentence):
            return None
        if kind == "report" and not _PRIVATE_SETTING.search(sentence):
            return None
        found = _COMPLEMENT.search(text, match.end(), min(s_end, match.end() + 45))
        if found is not None:
            c_start, c_end = found.start(), found.end()
        elif kind in ("strong", "weak") and (bare := _BARE_CLAUSE.match(text, match.end(), s_end)) is not None:
            c_start = c_end = bare.start("subject")  # the clause's subject is part of what was relayed
        else:
            return None
        info = analyse(doc)
        if kind == "learned" and not _CONVERSATION.search(sentence):
            sources = [r for r in info.refs if match.end() <= r.start and r.end <= c_start and r.is_person]
            if not any(_SOURCE.search(text, max(0, r.start - 6), r.start) for r in sources):
                return None
        if kind in ("strong", "weak"):
            before = [r for r in info.refs if max(s_start, match.start() - 80) <= r.start and r.end <= match.start()]
            after = [r for r in info.refs if match.end() <= r.start and r.end <= c_start]
            if before and before[-1].kind == SELF and text[before[-1].start:before[-1].end] in ("me", "mig"):
                before = [r for r in before if r.kind != SELF] or before  # "X called me and told me": X speaks
            speaker = before[-1] if before else None
            if speaker is None or speaker.kind == SELF:
                speaker = next((r for r in after if r.is_person and r.kind != SELF), speaker)
            if (speaker is None or speaker.kind in (GENERIC, SELF)) and not _SPEAKER.search(
                    text, max(s_start, match.start() - 40), match.start()):
                return None
        # What was relayed must be about someone: a person or the family in the clause that follows.
        content = [r for r in info.refs if c_start <= r.start < min(s_end + 1, c_end + 90)]
        if kind == "report":
            content = [r for r in content if r.kind != SELF]
        if not content and not re.search(r"\b(?:familien|family|forældre|parents|her)\b",
                                         text[c_end:c_end + 90]):
            # "Lauras mor ringede og sagde at de overvejer at flytte": a parent on the phone about the family.
            parent = _PARENT_CALL.search(text, max(s_start, match.start() - 50), match.end())
            if parent is None or not re.match(r"\s*(?:de|they|they're|vi|we)\b", text[c_end:]):
                return None
        if _LOGISTICS.search(text, c_end, min(s_end, c_end + 70)):
            return None  # "skrev at han kommer lidt senere": arrangements, not a private matter
        return Hit(self.rules[0], *doc.folded.original_span(match.start(), max(c_end, match.end())))


CHECKS: tuple[type[Check], ...] = (HealthCheck, SocialCheck, ConfidentialCheck)
