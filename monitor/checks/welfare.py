"""Signs that a child or young person may need special support (skærpet underretningspligt).

Recall matters most here: a missed sign is worse than a second look. Statements ("min far slår mig", "vil ikke
leve mere", "tør ikke tage hjem") fire whoever writes them, also indirectly; topic words ("selvskade") fire only
about an identifiable person. Campaigns and teaching ("ring til Børnetelefonen hvis du ...") and jokes ("min mor
slår mig ihjel 😂") are left out. Per TAXONOMY.md, self-harm signs are also health information and violence or
neglect at home is also a social circumstance, so those hits are reported under both categories.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from monitor.checks.base import Check, Document, Hit, Rule
from monitor.checks.gated_lexicon import Lexicon, compile_lexicon, gate_hits
from monitor.checks.normalise import fold
from monitor.checks.persons import sentences, subject_near
from monitor.checks.welfare_compose import COMPOSED_KEYS, FAMILY, HARM_VERB, Act, acts, undone
from monitor.checks.welfare_signals import CARER_PERSON, GENERAL, Signal, signal_hits

SELFHARM = compile_lexicon("welfare_selfharm.txt")
HOME = compile_lexicon("welfare_home.txt")
UNSAFE = compile_lexicon("welfare_unsafe.txt")
SUBSTANCE = compile_lexicon("welfare_substance.txt")
MINOR = compile_lexicon("welfare_minor.txt", gated=False)
TOPIC = compile_lexicon("welfare_topic.txt")
CAMPAIGN = compile_lexicon("welfare_campaign.txt", gated=False)
RELUCTANT = compile_lexicon("welfare_reluctant.txt")
TROUBLE = compile_lexicon("welfare_trouble.txt")
GROOM_SECRET = compile_lexicon("welfare_grooming_secret.txt")
GROOM_ADULT = compile_lexicon("welfare_grooming_adult.txt")
GROOM_APPROACH = compile_lexicon("welfare_grooming_approach.txt")
GROOM_CONTACT = compile_lexicon("welfare_grooming_contact.txt")  # an approach only beside an adult
INJURY = compile_lexicon("welfare_injury.txt")
CARER = compile_lexicon("welfare_carer.txt")
# "har ikke spist i to dage": neglect when the reason is that there is no food, otherwise starving oneself.
_NOT_EATEN = re.compile(r"\b(?:spist|eaten|mad|spise|eat)\b")
_NO_FOOD = re.compile(r"\b(?:ingen|ikke|aldrig|no|nothing|isn't|wasn't)\s+(?!fortjen|deserv)(?:\w+\s+)?(?:noget\s+)?"
                      r"(?:mad|at\s+spise|food|to\s+eat)\b|køleskabet|fridge|købt\s+ind|råd\s+til\s+mad|afford\s+food")
# Grooming awareness posts and advice ("hvis en voksen beder om billeder ...") are not signs.
_ADVICE = re.compile(r"\b(?:hvis\s+(?:en|nogen|du|man)|if\s+(?:an?|someone|anyone|you)|sig\s+det\s+til|"
                     r"tell\s+(?:a|an)\s+(?:adult|grown-up|teacher))\b")
_CONDITIONAL = re.compile(r"\b(?:hvis\s+du|har\s+du|if\s+you|are\s+you|do\s+you|hvis\s+man|når\s+man)\b")
# The writer laughing says it too ("a ka ik mere, a griner stadig over i går"); being laughed at does not ("jeg kan
# ikke mere, de griner af mig").
_JOKE = re.compile(r"😂|🤣|😆|\bhaha\w*|\blol\b|\blmao\b|\bjk\b|\baf\s+grin\b|\bihjel\s+hvis\b|\bjoke\b|\bpjat\b|"
                   r"\b(?:jeg|a|æ)\s+(?:\w+\s+)?(?:griner|grinede|flækker)\b(?!\s+(?:ik\w*|ej)\b|\s+(?:\w+\s+)?(?:af|ad)\s+mig)|"
                   r"\b(?:i'?m|am)\s+(?:still\s+)?laughing\b")
# A sign told as happening again or all the time is masked by the laugh, not taken back by it: "lol my dad locked me
# out again", "haha far smider mig ud hver weekend".
_ONGOING = re.compile(r"\b(?:igen|again|hver\s+(?:dag|aften|nat|weekend|gang)|every\s+(?:day|night|time|weekend)|"
                      r"hele\s+tiden|all\s+the\s+time)\b")
# Why a child dares not go home: violence, anger or drink there is a social circumstance too (TAXONOMY.md).
_TROUBLE_AT_HOME = re.compile(r"\b(?:slår|slog|banker|tæsker|sur|vred|fuld|fulde|drikker|drukket|råber|hits?|hit\s+me|"
                              r"beats?|angry|drunk|drinking|yells|screams)\b")
# ... unless it is the household hyperbole: "min mor slår mig ihjel hvis jeg kommer for sent igen haha"
_HYPERBOLE = re.compile(r"\b(?:ihjel|hvis|if|kills?\s+me|murders?\s+me)\b")
# "it's not a joke anymore", "idk if it's a joke", "jk... eller": worry about a joke, or a joke taken back.
_SERIOUS = re.compile(r"\b(?:not|ikke|ik|ikk|no)\s+(?:\w+\s+)?(?:a\s+|en\s+)?(?:joke|spøg|sjov)|"
                      r"\b(?:if|om)\s+(?:it's|its|it\s+is|det\s+er)\s+(?:a\s+|en\s+)?(?:joke|spøg|sjov)|"
                      r"\bjk\W+(?:eller|or\s+am\s+i|or\s+not|måske\s+ikke)\b")
# Wishes to be gone that a laugh masks but does not take back ("everyone would be better off without me lol").
_IDEATION = re.compile(r"better\s+off\s+without\s+me(?!\s+(?:on|in|at|as)\b)|"
                       r"bedre\s+(?:stillet\s+)?uden\s+mig(?!\s+(?:på|i|til|som)\b)|forsvinde\s+for\s+altid|"
                       r"aldrig\s+vågne\s+op\s+igen|never\s+wake\s+up\s+again|"
                       # pills taken are no joke: "hahaha har taget 8 af min mors sovepiller"
                       r"(?:taget|tog|slugt|slugte|took|swallowed|taken)\s+(?:\w+\s+){0,4}?(?:sovepiller|piller|"
                       r"pills|tabletter|sleeping\s+pills)\b|"
                       r"(?:won'?t|wont|might\s+not|may\s+not|not\s+going\s+to)\s+be\s+(?:here|around|alive)\s+(?:for\s+)?"
                       r"(?:much\s+)?longer|"
                       # cuts, starving and the belt stay signs behind a laugh ("streger på armen 😂", "too fat lol")
                       r"(?:streger|snitsår|snit|ridser)\s+på\s+(?:\w+\s+)?(?:arm\w*|underarm\w*|lår\w*|håndled\w*)|"
                       r"(?:har|have|i'?ve)\s+(?:bare\s+|just\s+)?(?:skåret|been\s+cutting)|"
                       r"still\s+(?:too|so)\s+fat|stadig\s+for\s+(?:tyk|fed)|"
                       r"(?:kun|bare|only|just)\s+(?:var|was|blev)\s+(?:bæltet|livremmen|remmen|the\s+belt)")
# An overdose or a jump said in emoji ("💊💊💊 snart er det slut", "Noa 💊💊💊 + 🌉 i aften", "💊 + 🌉 = slut med det
# hele"): pills heaped opening a post or a sentence, or pills beside a bridge, a rope or a coffin; not a pharmacy, a
# prescription or vitamins. Searched here, not in the self-harm lexicon, whose branches must open with a letter.
_PILLS = re.compile(
    r"(?:^|(?<=[^\w\s]))\s*(?:💊\ufe0f?\s*){3,}(?![^\n]{0,60}\b(?:apotek\w*|medicin\w*|recept\w*|vitamin\w*|pharmacy|"
    r"prescription\w*|vitamins?|læge\w*|doctor)\b)|(?:💊\ufe0f?\s*)+(?:[+=]|og|and)?\s*(?:🌉|🪢|⚰)")
_SELFHARM_TOPIC = re.compile(r"selvskade|selvmord|suicid|self-harm|cutting|afskedsbrev|farvelbrev|goodbye|farewell")
# Games and sports in the sentence, named or played: "min far slår mig altid i fifa", "mor slår mig hver gang vi spiller
# ludo", "bror tæsker mig i skak", a score "3-1" (not the digits of a CPR number: "Lucas 220310-6681 fortalte mig at
# han bliver slået derhjemme").
_GAME = re.compile(r"\b(?:i|in|at|til|på|spiller|spillede|spille|spil|play|plays|playing|played)\s+"
                   r"(?:fifa|fortnite|minecraft|roblox|gaming|ps[45]|xbox|"
                   r"playstation|skak|ludo|uno|matador|kortspil|brætspil|bordtennis|badminton|armlægning|mario\s?kart|1v1|chess|"
                   r"spillet|the\s+game|fodbold|football|table\s+tennis|tennis|ping\s?pong|padel|squash|håndbold|"
                   r"basket\w*|volley\w*|cards|kort|poker|arm\s?wrestling|wrestling|a\s+race|quiz)\b|"
                   # a score, not an age ("unger på 9-10 år")
                   r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b(?![-–]?\d)(?!\s*(?:år|årige?|years?|yo)\b)")
# Fiction and teaching in the sentence: "vi læste en novelle om en dreng hvis far slår ham".
_FICTION = re.compile(r"\b(?:novelle\w*|roman(?:en|er|erne)?|bog(?:en)?|bøger(?:ne)?|film(?:en)?|serie(?:n)?|"
                      r"fortælling\w*|digt\w*|novel|book|movie|series|poem|characters?|hovedperson\w*|"
                      r"teaterstykke\w*|skuespil\w*|rollespil\w*|role-?play)\b")
_AT_HOME = re.compile(r"\b(?:derhjemme|hjemme|hjemmet|at\s+home|i\s+familien|in\s+the\s+family|"
                      r"af\s+(?:sin|sine|hans|hendes)\s+(?:far|mor|forældre|stedfar|papfar)|by\s+(?:his|her)\s+(?:dad|mum|mom|parents|stepdad))\b")
_WEATHER = re.compile(r"\b(?:regn\w*|sne\w*|storm\w*|vejr\w*|blæst|mørke\w*|glat|rain\w*|snow\w*|weather|"
                      r"bus\w*|tog(?:et)?|train|aflyst|cancelled|canceled|delayed|forsinket)\b")
_IDIOM_AFTER = re.compile(r"\s*(?:ihjel|af\s+grin|of\s+laughter|laughing|of\s+embarrassment|af\s+skam)")

_INJURY_TOPIC = re.compile(r"blå|blåt|blodudtr|mærker|bruise|black|marks")
# "en pige på bussen", "a boy": somebody nobody can single out, so their injury is no health information.
_SOMEONE = re.compile(r"\b(?:en|et|én|an?|some|nogen\s+af\s+de|one\s+of\s+the)\s+"
                      r"(?:\w+\s+)?(?:dreng|pige|elev|barn|ung|fyr|knægt|boy|girl|kid|child|"
                      r"student|pupil|teen)\b")
# "Malthe, du får en kniv i siden næste gang du ...": a threat to the reader, not a sign about them.
_THREAT_TO_YOU = re.compile(r"\b(?:du|i)\s+får\s+(?:\w+\s+){0,2}?(?:kniv|bank|tæsk|klø|en\s+på)|"
                            r"\bnæste\s+gang\s+(?:du|i)\b|\byou'?(?:ll|\s+will)\s+get\s+(?:stabbed|a\s+knife|beaten)")
# A carer supplying a child with alcohol or drugs, or letting it drink: "far giver ham øl", "får lov at drikke med".
_SUPPLY = re.compile(r"\b(?:giver|gav|givet|lov|lets?|allow\w*|sendt|sendes|sender|sendte|sends|sent|køber|købte|"
                     r"buys|bought|deler)\b")
_Span = TypeVar("_Span", re.Match[str], Act)
_WELFARE_DA = "Tegn på at et barn eller en ung kan have behov for særlig støtte (skærpet underretningspligt): "
_WELFARE_EN = "Signs that a child or young person may need special support (duty to notify): "


_TOPIC_SHIFT = re.compile(r"\b(?:anyway|anyways|btw|forresten|i\s+øvrigt|by\s+the\s+way)\b")
_SENTENCE_END = re.compile(r"[.!?\n]+(?=\s|$)")


def _general_sentence(doc: Document, hit: Hit) -> bool:
    """Whether the sentence that holds ``hit``, or the one after it ("Hvad gør du, hvis ...? Kom til oplæg"), is
    general talk (welfare_signal_general.txt). Only that near: a newsletter's sign-up line elsewhere does not make
    a sign in another paragraph general."""
    text = doc.text
    start = 0
    for end in _SENTENCE_END.finditer(text, 0, hit.start):
        start = end.end()
    ends = _SENTENCE_END.finditer(text, hit.end)
    next(ends, None)  # the end of the hit's own sentence
    following = next(ends, None)  # the end of the next one
    stop = following.end() if following else len(text)
    return GENERAL.search(fold(text[start:stop]).text) is not None


_REPORTED_THREAT = re.compile(r"\b(?:truer|truede|truet|threatens|threatened)\b")


def _laughed_off(text: str, match: re.Match[str] | Act, s_start: int, s_end: int) -> bool:
    """A laugh in the sentence takes the sign back, unless the sign is told as happening again ("lol my dad locked
    me out again", not the household hyperbole "slår mig ihjel hvis") or is a wish to be gone ("better off without
    me lol", anywhere in the sentence)."""
    joke = _JOKE.search(text, s_start, min(len(text), s_end + 4))
    if joke is None:
        return False
    if joke.group().startswith("ihjel") and _REPORTED_THREAT.search(text, match.start(), match.end()):
        return False  # "har truet med at slå hende ihjel hvis hun ...": a threat told, not the household hyperbole
    if _ONGOING.search(text, match.end(), s_end) and not _HYPERBOLE.search(text, s_start, s_end):
        return False
    return _IDEATION.search(text, min(s_start, match.start()), min(len(text), max(s_end, match.end()) + 12)) is None


class WelfareCheck(Check):
    """Signs of self-harm, suicidal thoughts, violence, abuse or neglect at home, or a minor's substance abuse."""

    name = "welfare"
    rules = (
        Rule("welfare.selfharm", "welfare.concern", _WELFARE_DA + "selvskade, selvmordstanker eller at sulte sig.",
             _WELFARE_EN + "self-harm, suicidal thoughts or starving oneself."),
        Rule("welfare.home", "welfare.concern",
             _WELFARE_DA + "vold, overgreb eller omsorgssvigt i hjemmet, eller den unge tør ikke tage hjem.",
             _WELFARE_EN + "violence, abuse or neglect at home, or the young person does not dare to go home."),
        Rule("welfare.substance", "welfare.concern", _WELFARE_DA + "en mindreårigs misbrug af alkohol eller stoffer.",
             _WELFARE_EN + "a minor's abuse of alcohol or drugs."),
        Rule("welfare.person", "welfare.concern",
             _WELFARE_DA + "selvskade, selvmord, vold eller omsorgssvigt nævnt om en bestemt person.",
             _WELFARE_EN + "self-harm, suicide, violence or neglect mentioned about a particular person."),
        Rule("health.selfharm", "personal.health",
             "Helbredsoplysninger: tegn på selvskade eller selvmordstanker hos en person, der kan identificeres.",
             "Health information: signs of self-harm or suicidal thoughts of an identifiable person."),
        Rule("social.home", "personal.social",
             "Sociale forhold: vold eller omsorgssvigt i hjemmet hos en person, der kan identificeres.",
             "Social circumstances: violence or neglect at home of an identifiable person."),
        Rule("health.injury", "personal.health",
             "Helbredsoplysninger: en synlig skade (blå mærker, et blåt øje) hos en person, der kan identificeres.",
             "Health information: a visible injury (bruises, a black eye) of an identifiable person."),
    )

    def scan(self, doc: Document) -> Iterable[Hit]:
        _, _, _, person, health, social, _ = self.rules
        hits = list(self._frames(doc))
        if hits:
            # A talk, campaign or statistic in the same sentence is about the topic, not about someone: "Temaaften:
            # hvad gør jeg, hvis mit barn skader sig selv?" (the broad signals below check this themselves).
            hits = [hit for hit in hits if not _general_sentence(doc, hit)]
        yield from hits
        yield from signal_hits(doc, (person, health, social), self._keep)  # broad signals (welfare_signals.py)

    def _frames(self, doc: Document) -> Iterator[Hit]:
        """Hits of the phrase rules and composed acts (everything but the broad signals)."""
        selfharm, home, substance, person, health, social, injury = self.rules
        text = doc.folded.text
        for match in self._statements(doc, SELFHARM):
            span = doc.folded.original_span(match.start(), match.end())
            yield Hit(selfharm, *span)
            if self._no_food(doc, match):
                yield Hit(social, *span)  # not eating because there is no food: neglect, not self-harm
            elif not self.anonymous(doc, match.start()):
                yield Hit(health, *span)
            break
        else:
            pills = _PILLS.search(text) if "💊" in text else None
            if pills is not None:
                span = doc.folded.original_span(pills.start(), pills.end())
                yield Hit(selfharm, *span)
                yield Hit(health, *span)
        for match in self._statements(doc, HOME):
            if HARM_VERB.search(match.group()) and undone(text, match.start(), match.end()):
                continue  # "my dad never hit me", "min kæreste slog op med mig"
            span = doc.folded.original_span(match.start(), match.end())
            yield Hit(home, *span)
            yield Hit(social, *span)
            break
        yield from self._composed(doc)
        unsafe = None
        for match in self._statements(doc, UNSAFE):
            if not self._weather(doc, match):
                unsafe = match
                break
        if unsafe is not None:
            span = doc.folded.original_span(unsafe.start(), unsafe.end())
            yield Hit(home, *span)
            if _TROUBLE_AT_HOME.search(text):
                yield Hit(social, *span)  # "tør ikke tage hjem, han bliver sur og så slår han": the home's state too
        yield from self._home_trouble(doc, unsafe)
        yield from self._grooming(doc)
        yield from self._injury(doc)
        if next(SUBSTANCE.scan(doc), None) and MINOR.search(text):
            for match in self._statements(doc, SUBSTANCE, jokes=False):  # "vi var så fulde lol" is still a sign
                span = doc.folded.original_span(match.start(), match.end())
                yield Hit(substance, *span)
                sentence = sentences(doc).sentence_of(match.start())
                if _SUPPLY.search(match.group()) and CARER_PERSON.search(text, *sentence):
                    yield Hit(social, *span)  # a carer giving a child drink or sending it for beer: neglect at home
                break
        for match in TOPIC.scan(doc):
            s_start, s_end = sentences(doc).sentence_of(match.start())
            if self._campaign(doc, match) or _THREAT_TO_YOU.search(text, s_start, s_end):
                continue
            subject = subject_near(doc, match.start(), match.end())
            if subject is None:
                continue
            span = doc.folded.original_span(match.start(), match.end())
            yield Hit(person, *span)
            if _SELFHARM_TOPIC.match(match.group()):
                if not self.anonymous(doc, match.start()):
                    yield Hit(health, *span)  # self-harm or suicide of an identifiable person is health too
            elif _AT_HOME.search(text, *sentences(doc).sentence_of(match.start())):
                yield Hit(social, *span)  # abuse or neglect at home is a social circumstance too
            elif _INJURY_TOPIC.match(match.group()) and not _SOMEONE.search(
                    text, sentences(doc).sentence_of(match.start())[0], match.start()):
                yield Hit(injury, *span)  # "one of the boys in 7A came in with a black eye": an injury is health
            break

    def _keep(self, doc: Document, found: Iterable[Signal]) -> Iterator[Signal]:
        """The broad signals that survive the sentence filter; a minor's drinking stays a sign in a joke."""
        for signal in found:
            s_start, s_end = sentences(doc).sentence_of(signal.match.start())
            jokes = not signal.substance and _SERIOUS.search(doc.folded.text, s_start, s_end + 12) is None
            if next(self._signs(doc, [signal.match], jokes=jokes), None) is not None:
                yield signal

    def _statements(self, doc: Document, pattern: Lexicon, jokes: bool = True) -> Iterator[re.Match[str]]:
        """The lexicon's matches that are not idioms, jokes, conditionals, games or fiction (see _signs)."""
        return self._signs(doc, pattern.scan(doc), jokes=jokes)

    @staticmethod
    def _signs(doc: Document, matches: Iterable[_Span], jokes: bool = True) -> Iterator[_Span]:
        """The matches that are not idioms, jokes, conditionals, games or fiction (as _statements, for any span)."""
        text = doc.folded.text
        for match in matches:
            if _IDIOM_AFTER.match(text, match.end()):
                continue
            s_start, s_end = sentences(doc).sentence_of(match.start())
            if jokes and _laughed_off(text, match, s_start, s_end):
                continue
            if _CONDITIONAL.search(text, s_start, match.start()):
                continue
            # A change of topic ("... anyway hvem ska med til fodbold") ends what the sign's sentence is about.
            shift = _TOPIC_SHIFT.search(text, match.end(), s_end)
            g_end = shift.start() if shift else s_end
            if _GAME.search(text, s_start, g_end) or _FICTION.search(text, s_start, g_end):
                continue
            yield match

    def _composed(self, doc: Document) -> Iterator[Hit]:
        """A carer's violence or anyone's sexual abuse, built from agent, act and target (welfare_compose.py)."""
        found = doc.__dict__.get("_gate")
        if COMPOSED_KEYS.isdisjoint(gate_hits(doc) if found is None else found):
            return
        text = doc.folded.text
        for act in self._signs(doc, acts(doc)):
            if self._campaign(doc, act):
                continue
            if act.kind == "pronoun":  # "he hits her" is a sign when a carer was named before it in the sentence
                s_start, _ = sentences(doc).sentence_of(act.start())
                if FAMILY.search(text, s_start, act.start()) is None:
                    continue
            span = doc.folded.original_span(act.start(), act.end())
            yield Hit(self.rules[1], *span)
            if act.kind in ("violence", "pronoun") or FAMILY.match(text, act.start()):
                yield Hit(self.rules[5], *span)  # at home: a social circumstance too
            return

    def _home_trouble(self, doc: Document, unsafe: re.Match[str] | None) -> Iterator[Hit]:
        """Not wanting to go home or not feeling safe there, together with a carer drunk or violent."""
        home, social = self.rules[1], self.rules[5]
        if TROUBLE.keys is not None and TROUBLE.keys.isdisjoint(gate_hits(doc)):
            return
        if unsafe is None:
            text = doc.folded.text
            # Every phrase of welfare_reluctant.txt has one of these; plain substring tests are the cheapest gate.
            if "hjem" not in text and "home" not in text and "i nat" not in text and "tonight" not in text:
                return
            if next(self._statements(doc, RELUCTANT), None) is None:
                return
        trouble = next(self._statements(doc, TROUBLE), None)
        if trouble is None:
            return
        span = doc.folded.original_span(trouble.start(), trouble.end())
        yield Hit(home, *span)
        yield Hit(social, *span)

    def _grooming(self, doc: Document) -> Iterator[Hit]:
        """An adult seeking secret contact, meetings or pictures from a child (two of the three signs)."""
        found = gate_hits(doc)
        if all(lexicon.keys is not None and lexicon.keys.isdisjoint(found) for lexicon in (GROOM_ADULT, GROOM_SECRET)):
            return  # two of the three signs are needed, so an adult or a secret must be there
        present: list[re.Match[str]] = []
        adult = None
        for lexicon in (GROOM_APPROACH, GROOM_ADULT, GROOM_SECRET):  # the rarest first: most posts stop early
            match = next(lexicon.scan(doc), None)
            if match is not None:
                present.append(match)
                adult = match if lexicon is GROOM_ADULT else adult
            elif lexicon is GROOM_ADULT and not present:
                return
        if len(present) < 2 and adult is not None:
            # "en mand på 34 skriver til min lillesøster": writing to, meeting or picking up is an approach only
            # when an adult does it; beside a secret alone it is any chat between friends.
            contact = next(GROOM_CONTACT.scan(doc), None)
            if contact is not None:
                present.append(contact)
        if len(present) < 2:
            return
        text = doc.folded.text
        if CAMPAIGN.search(text) or _ADVICE.search(text):
            return
        first = min(present, key=lambda m: m.start())
        yield Hit(self.rules[1], *doc.folded.original_span(first.start(), first.end()))

    def _injury(self, doc: Document) -> Iterator[Hit]:
        """Visible injuries (bruises, marks) together with a carer's anger or an excuse ("siger hun faldt")."""
        if INJURY.keys is not None and INJURY.keys.isdisjoint(gate_hits(doc)):
            return
        injury = next(self._statements(doc, INJURY), None)
        if injury is None or next(self._statements(doc, CARER), None) is None:
            return
        span = doc.folded.original_span(injury.start(), injury.end())
        yield Hit(self.rules[1], *span)
        yield Hit(self.rules[5], *span)

    @staticmethod
    def anonymous(doc: Document, start: int) -> bool:
        """"some kid in the discord keeps saying he'll cut himself": nobody can be singled out, so no health data."""
        s_start, _ = sentences(doc).sentence_of(start)
        return _SOMEONE.search(doc.folded.text, s_start, start) is not None

    @staticmethod
    def _weather(doc: Document, match: re.Match[str]) -> bool:
        """"Vi tør ikke tage hjem i den regn": the weather or the buses keep them, not the home."""
        s_start, s_end = sentences(doc).sentence_of(match.start())
        return _WEATHER.search(doc.folded.text, s_start, s_end) is not None

    @staticmethod
    def _no_food(doc: Document, match: re.Match[str]) -> bool:
        text = doc.folded.text
        if not _NOT_EATEN.search(text, match.start(), match.end()):
            return False
        s_start, s_end = sentences(doc).sentence_of(match.start())
        return _NO_FOOD.search(text, match.end(), s_end) is not None

    @staticmethod
    def _campaign(doc: Document, match: re.Match[str] | Act) -> bool:
        s_start, s_end = sentences(doc).sentence_of(match.start())
        return CAMPAIGN.search(doc.folded.text, s_start, s_end) is not None


CHECKS: tuple[type[Check], ...] = (WelfareCheck,)
