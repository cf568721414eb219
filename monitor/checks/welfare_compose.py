"""Welfare signs built from parts: who (a carer or family member), what (a violent or sexual act in any inflection)
and to whom (the writer, a sibling, a parent), in either Danish word order ("min far slår mig", "derhjemme slår
min far mig").

Fixed phrases miss fresh wording ("my stepdad hits my mom and me", "i går tævede hans far ham"); the parts below
compose instead. A match is a sign only when the words between the parts carry no negation and no particle that
changes the verb's meaning ("slog op med", "hit me up", "beat me at"); the caller adds the sentence-level
exclusions (jokes, games, conditionals, campaigns, fiction).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from monitor.checks.base import Document
from monitor.checks.gated_lexicon import Lexicon, gate_hits
from monitor.checks.persons import sentences
from monitor.checks.regex_dispatch import expand_alternatives, first_letter_dispatch, split_alternatives

_POSS_DA = r"(?:(?:min|mit|mine|hans|hendes|deres|sin|sine|vores|ens)\s+(?:(?:nye|gamle|store|ældste|egen)\s+)?)?"
_POSS_EN = r"(?:(?:my|his|her|their|our)\s+(?:(?:new|older|big|own)\s+)?)?"
MACROS = {
    # Carers and family members who live with the child.
    "AGENT_DA": _POSS_DA + r"(?:far|mor|faren|moren|fatter|mutter|stedfar\w*|stedmor\w*|papfar\w*|papmor\w*|"
                r"bonusfar\w*|bonusmor\w*|forældre\w*|storebror\w*|bror|broren|stedbror\w*|papbror\w*|onkel\w*|samlever\w*|"
                r"morfar|farfar|(?:mors|fars)\s+(?:nye\s+)?(?:kæreste|mand|kone))",
    "AGENT_EN": _POSS_EN + r"(?:dad|daddy|father|mum|mom|mommy|mother|step-?dad|step-?father|step-?mom|step-?mum|"
                r"step-?mother|step-?brother|parents|brother|uncle|grandpa|grandad|granddad|"
                r"(?:mum|mom|mother)'?s\s+(?:new\s+)?(?:boyfriend|bf|partner|husband)|"
                r"(?:dad|father)'?s\s+(?:new\s+)?(?:girlfriend|gf|partner|wife))",
    # Adults outside the family, for sexual abuse only.
    "ADULT_DA": r"(?:træneren|naboen|lederen|pædagogen|læreren|manden|fyren|en\s+voksen|en\s+mand|han)",
    "ADULT_EN": r"(?:the\s+coach|(?:my|her|his|our)\s+coach|the\s+neighbou?r|a\s+grown\s+man|an\s+adult|he)",
    # Whom the act is done to: the writer, us, him/her, a sibling or the other parent, also by the bare name the child
    # uses ("far slår mor", "dad hits mum when he's drunk"); never "dig"/"you" (advice).
    "TARGET_DA": r"(?:mig|os|ham|hende|dem|mor|moren|mutter|"
                 r"(?:min|mit|mine|hans|hendes|sin|sit|sine|vores|deres)\s+(?:\w+\s+)?"
                 r"(?:mor|far|lillebror|lillesøster|bror|søster|søskende|søn|datter|barn|børn|kone|storebror|"
                 r"storesøster|småsøskende|brødre|søstre)|drengen|pigen|barnet|børnene|ungen|ungerne)",
    "TARGET_EN": r"(?:me|us|him|her|them|mum|mom|mummy|mommy|"
                 r"(?:my|his|her|our|their)\s+(?:\w+\s+)?(?:mum|mom|mother|dad|father|"
                 r"brother|sister|siblings|son|daughter|kids|brothers|sisters))",
    # Violent acts, every inflection.
    "HIT_DA": r"(?:slår|slog|slået|slå|tæver|tævede|tævet|tæve|tæsker|tæskede|tæsket|tæske|banker|bankede|banket|banke|"
              r"sparker|sparkede|sparket|sparke|kvæler|kvalte|kvalt|kvæle|skubber|skubbede|skubbet|skubbe|prygler|"
              r"pryglede|prygle|"
              r"nikker|nikkede|hiver|hev|river|rev|rusker|ruskede|smækker|smækkede|lammer|lammede)",
    "HIT_EN": r"(?:hits|hit|hitting|beats|beat|beating|beaten|kicks|kicked|kicking|punches|punched|punching|"
              r"slaps|slapped|slapping|smacks|smacked|smacking|chokes|choked|choking|strangles|strangled|"
              r"hurts|hurt|hurting|shoves|shoved|shoving|whips|whipped|belts|belted|pushes|pushed)",
    "THROW_DA": r"(?:kaster|kastede|kastet|smider|smed|smidt)",
    "THROW_EN": r"(?:throws|threw|thrown|throwing|chucks|chucked)",
    "GRAB_DA": r"(?:tager|tog|taget|griber|greb|hiver|hev)",
    "TOUCH_DA": r"(?:rører|rørte|rørt|røre|befamler|befamlede|befamlet|beføler|befølte|beføle|famler|famlede)",
    "TOUCH_EN": r"(?:touches|touched|touching|gropes|groped|groping|fondles|fondled|molests|molested|rapes|raped|"
                r"abuses|abused)",
}
# Each line: who (before the verb, up to three words away; "" for none), the verb, what follows it.
_LINES: tuple[tuple[str, str, str], ...] = (
    # SVO: "min stedfar slår mig", "my stepdad hits my mom and me".
    ("{AGENT_DA}", "{HIT_DA}", r"\s+(?:[\w']+\s+){0,3}?{TARGET_DA}"),
    ("{AGENT_EN}", "{HIT_EN}", r"\s+(?:[\w']+\s+){0,3}?{TARGET_EN}"),
    # Danish inversion after a fronted adverbial: "derhjemme slår min far mig", "i går tævede hans far ham".
    ("", "{HIT_DA}", r"\s+{AGENT_DA}\s+(?:\w+\s+){0,2}?{TARGET_DA}"),
    # Throwing things at someone, taking someone by the throat, slaps given, threats with a weapon.
    ("{AGENT_DA}", "{THROW_DA}", r"\s+(?:\w+\s+){0,3}?efter\s+{TARGET_DA}"),
    ("{AGENT_EN}", "{THROW_EN}", r"\s+(?:\w+\s+){0,3}?at\s+{TARGET_EN}"),
    # Anchored on the body part: "tog", "tager" are too frequent to anchor on.
    (r"{AGENT_DA}\s+(?:[\w']+\s+){0,3}?{GRAB_DA}\s+(?:fat\s+i\s+)?{TARGET_DA}\s+(?:\w+\s+)?(?:om|i)",
     "(?:halsen|struben|håret|nakken)", ""),
    ("{AGENT_EN}", "(?:grabs|grabbed|grabbing)", r"\s+{TARGET_EN}\s+(?:\w+\s+)?by\s+the\s+(?:throat|neck|hair)"),
    (r"{AGENT_DA}\s+(?:[\w']+\s+){0,3}?(?:giver|gav|givet)\s+{TARGET_DA}(?:\s+\w+)?", r"(?:lussing\w*|øretæve\w*|tæsk)",
     ""),
    (r"{AGENT_DA}\s+(?:[\w']+\s+){0,3}?(?:giver|gav|givet)\s+{TARGET_DA}\s+en\s+på", "(?:kassen|hatten|frakken)", ""),
    ("{AGENT_DA}", "(?:truer|truede|truet)", r"\s+{TARGET_DA}\s+med\s+(?:en\s+)?(?:kniv|tæsk|bank|vold|at\s+slå|"
     r"at\s+dræbe|at\s+smide)"),
    # The threat with its act first: "min bror har truet med at slå mig med et bat", "truede med at smide mig ud".
    ("{AGENT_DA}", "(?:truer|truede|truet)",
     r"\s+(?:\w+\s+)?med\s+at\s+(?:{HIT_DA}|dræbe|smide|låse)\s+{TARGET_DA}(?:\s+(?:ud|ihjel|inde))?"),
    # Degrading names from a carer: "min far kalder mig værdiløs", "my mom calls me a mistake".
    ("{AGENT_DA}", "(?:kalder|kaldte|kaldt)", r"\s+{TARGET_DA}\s+(?:for\s+)?(?:en\s+|et\s+)?(?:\w+\s+)?(?:værdiløs|"
     r"ubrugelig|dum|grim|fed|tyk|idiot|lort|taber|møgunge|fejltagelse|luder|klam|ækel|lorteunge|ingenting)\w*"),
    ("{AGENT_EN}", "(?:calls|called)", r"\s+{TARGET_EN}\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:worthless|useless|stupid|fat|"
     r"ugly|mistake|loser|idiot|slut|whore|names|nothing)"),
    ("{AGENT_EN}", "(?:threatens|threatened|threatening)", r"\s+(?:to\s+(?:hit|kill|hurt|beat)\s+)?{TARGET_EN}"
     r"(?:\s+with\s+a\s+knife)?(?=\s|$|[.,!?])"),
)
_SEXUAL_LINES: tuple[tuple[str, str, str], ...] = (
    ("(?:{AGENT_DA}|{ADULT_DA})", "{TOUCH_DA}", r"\s+(?:ved\s+)?(?:{TARGET_DA}|(?:min|mit|hendes|hans|sin)\s+"
     r"(?:krop|bryster|skridt))"),
    ("(?:{AGENT_EN}|{ADULT_EN})", "{TOUCH_EN}", r"\s+{TARGET_EN}"),
    # Anchored on the rarer word ("værelse", "ting", "stuff") rather than the frequent verb ("kommer", "makes").
    (r"(?:{AGENT_DA}|{ADULT_DA})\s+(?:\w+\s+){0,2}?(?:kommer|kom|går|gik|sniger\s+sig|sneg\s+sig)\s+ind\s+(?:på|i)\s+"
     r"(?:mit|hendes|hans|vores)", "(?:værelse|seng)", r"\s+om\s+natten"),
    (r"(?:{AGENT_EN}|{ADULT_EN})\s+(?:\w+\s+){0,2}?(?:comes|came|sneaks|snuck|gets|got)\s+into\s+(?:my|her|his)",
     "(?:room|bedroom)", r"\s+(?:at\s+night|every\s+night|when)"),
    (r"(?:{AGENT_DA}|{ADULT_DA})\s+(?:\w+\s+){0,2}?(?:gør|gjorde)", "ting",
     r"\s+(?:ved\s+(?:mig|hende|ham)|(?:som\s+)?(?:jeg|hun|han)\s+ik(?:ke|k)?\s+vil)"),
    (r"(?:{AGENT_EN}|{ADULT_EN})\s+(?:\w+\s+){0,2}?(?:makes|made|forces|forced)\s+{TARGET_EN}\s+(?:to\s+)?do",
     "(?:stuff|things)", ""),
)
# An adult or carer telling the child to keep it secret ("siger hun ikke må fortælle det"): grooming or abuse.
_SECRET_LINES: tuple[tuple[str, str, str], ...] = (
    # Secrecy kept by a threat: "min stedfar sagde hvis jeg fortæller nogen om det så smider han mig ud".
    (r"(?:{AGENT_DA}|{ADULT_DA})\s+(?:\w+\s+){0,4}?(?:siger|sagde|har\s+sagt|truer|truede)\s+(?:til\s+(?:mig|hende|ham)\s+)?"
     r"(?:at\s+)?(?:hvis|hvis\s+nu)\s+(?:jeg|a|æ|hun|han|vi)", "(?:fortæller|siger|sladrer)",
     r"\s+(?:det|nogen|noget\s+til|om\s+\w+|til\s+\w+)\b(?:\s+[\w,]+){0,5}?\s+(?:så|ellers)"),
    (r"(?:{AGENT_EN}|{ADULT_EN})\s+(?:\w+\s+){0,4}?(?:says|said|told\s+(?:me|her|him)|threatened)\s+(?:that\s+)?if\s+"
     r"(?:i|she|he|we)", "(?:tell|tells|told)",
     r"\s+(?:anyone|anybody|someone|people|a\s+teacher|the\s+school|the\s+police)\b"),
    (r"(?:{AGENT_DA}|{ADULT_DA})\s+(?:\w+\s+){0,8}?(?:siger|sagde|har\s+sagt)\s+(?:til\s+(?:mig|hende|ham)\s+)?(?:at\s+)?"
     r"(?:hun|han|jeg|vi)\s+ik(?:ke|k)?\s+(?:må|skal)", "fortælle", r"\s+(?:det|noget)\b"),
    (r"(?:{AGENT_EN}|{ADULT_EN})\s+(?:\w+\s+){0,8}?(?:says|said|told|tells)\s+(?:her|him|me)\s+(?:not\s+to|to\s+never|"
     r"(?:she|he|i)\s+(?:can't|cant|mustn't|must\s+not))", "tell", r"\s+(?:anyone|anybody|(?:her|his|my)\s+(?:mum|mom|"
     r"dad|parents))"),
)
_NEGATION = re.compile(r"\b(?:ikke|ik|ikk|aldrig|never|not|no|nobody|doesn't|didn't|don't|won't|wouldn't|"
                       r"doesnt|didnt|dont|wont|wouldnt|hardly)\b|n't\b")
_CLAUSE = re.compile(r",|\b(?:og|and|som|who)\b")
_NEGATION_AFTER = re.compile(r"\s+(?:ikke|ik|ikk|aldrig|never|længere|anymore)\b")
# Particles that turn the verb into something else: "slog op med", "slår sig ned", "hit on", "beat up" is kept.
_PARTICLE = re.compile(r"\b(?:op|ned|løs|sammen|på|an|on|to|into|at|off)\b")
# "at"/"in the" after the target name a game ("beat me at chess", "in the final"), unless a time or a place of the
# home or the body follows: "hurts him at night", "hits me at home", "slaps me in the face".
_AFTER = re.compile(r"\s*(?:up\b|to\s+it|at\b(?!\s+(?:night|home|bedtime|dinner|weekends?|the\s+weekend|times|"
                    r"his\s+place|her\s+place|their\s+place))|"
                    r"in\s+(?:a|the)\b(?!\s+(?:face|head|stomach|back|ribs|kitchen|night|morning|evening|car))|back\b|"
                    r"with\s+(?:a|the|his|her)\s+(?:question|news|idea)|ihjel|af\s+grin|op\b|ned\b|løs\b|ud\b|"
                    r"hen\b|væk\b|frem\b|ind\b|i\s+(?:skak|ludo|kort|fifa|spil))")


def _expand(line: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: MACROS[m.group(1)], line)


@dataclass(frozen=True)
class Act:
    """Who did what to whom: a span of the folded text (the same reading methods as a regex match) and its kind."""

    span: tuple[int, int]
    text: str
    kind: str  # "violence", "sexual", "secret", or "pronoun" (agent "he"/"han": a carer must be named before)

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]

    def group(self) -> str:
        return self.text[self.span[0]:self.span[1]]


@lru_cache(maxsize=512)
def _finder(keys: frozenset[str]) -> re.Pattern[str]:
    """Words that start with one of the gate words the post opened: a few literals, searched at C speed."""
    words = sorted(map(re.escape, keys), key=len, reverse=True)
    # first letter, then a look-behind: the engine jumps to it
    return re.compile(first_letter_dispatch(words) + r"[\w']*")


class _Composer:
    """Finds each verb once (words that open the shared gate), then checks who comes before it and what after.

    Running ``agent gap verb gap target`` as one pattern costs tens of microseconds a post, because agent words
    ("mor", "far", "dad") are frequent; verbs are rare, so anchoring on them keeps the cost near zero.
    """

    def __init__(self, lines: list[tuple[str, str, str, str]]) -> None:
        verbs = [_expand(verb) for _, _, verb, _ in lines]
        # Registered with the shared word gate: a post none of whose words starts like a verb is skipped for free.
        # (A source string: the gate needs only the pattern's literals, so it is never compiled.)
        self.gate = Lexicon(r"(?<![\w])(?:" + "|".join(verbs) + r")(?![\w'])")
        self.verbs = [re.compile(verb + r"\Z") for verb in verbs]
        # The agent may head a coordinated clause: "dad punched a hole in the wall and then grabbed me by the neck".
        # Who and what are compiled when a post first holds the line's verb (see _line): a start-up saving.
        self._sources = [
            (kind,
             first_letter_dispatch(expand_alternatives(split_alternatives(_expand(before)))) +
             r"(?:(?:\s+[\w']+){1,8}?(?:\s+(?:and|og)|,))?,?\s+(?:[\w']+\s+){0,3}?$" if before else None,
             _expand(after) + r"(?![\w'])")
            for kind, before, _, after in lines
        ]
        self._lines: list[tuple[str, re.Pattern[str] | None, re.Pattern[str]] | None] = [None] * len(lines)
        self._by_word: dict[str, tuple[int, ...]] = {}

    def _line(self, index: int) -> tuple[str, re.Pattern[str] | None, re.Pattern[str]]:
        """The kind, who (None: anyone) and what follows the verb of line ``index``, compiled on first use."""
        line = self._lines[index]
        if line is None:
            kind, before, after = self._sources[index]
            line = self._lines[index] = (kind, re.compile(before) if before else None, re.compile(after))
        return line

    def _lines_for(self, word: str) -> tuple[int, ...]:
        found = self._by_word.get(word)
        if found is None:
            found = tuple(i for i, verb in enumerate(self.verbs) if verb.match(word))
            if len(self._by_word) < 4096:
                self._by_word[word] = found
        return found

    def keys(self) -> frozenset[str]:
        gate_hits(Document(""))  # fills every lexicon's keys
        assert self.gate.keys is not None, "every verb alternative starts with a plain word"
        return self.gate.keys

    def scan(self, doc: Document) -> Iterator[Act]:
        found_keys = doc.__dict__.get("_gate")
        opened = self.gate.keys.intersection(gate_hits(doc) if found_keys is None else found_keys)  # type: ignore[union-attr]
        if not opened:
            return
        text = doc.folded.text
        for found in _finder(frozenset(opened)).finditer(text):
            lines = self._lines_for(found.group())
            if not lines:
                continue
            s_start, _ = sentences(doc).sentence_of(found.start())
            for index in lines:
                kind, before, after = self._line(index)
                tail = after.match(text, found.end())
                if tail is None:
                    continue
                if before is None:
                    yield Act((found.start(), tail.end()), text, kind)
                    break
                head = before.search(text, max(s_start, found.start() - 110), found.start())
                if head is not None:
                    yield Act((head.start(), tail.end()), text, kind)
                    break


# "han slår sine børn": whoever "han" is, hitting his own children is violence at home.
_OWN_CHILDREN_LINES = (
    ("(?:han|hun|de|he|she|they)", "{HIT_DA}", r"\s+(?:[\w']+\s+){0,2}?(?:sine|sin|sit|deres)\s+(?:\w+\s+)?"
     r"(?:børn|unger|søn|datter|barn)"),
    ("(?:han|hun|de|he|she|they)", "{HIT_EN}", r"\s+(?:[\w']+\s+){0,2}?(?:his|her|their)\s+(?:\w+\s+)?"
     r"(?:kids|children|son|daughter|child)"),
)
_PRONOUN_LINES = (("(?:han|hun|he|she)", "{HIT_DA}", r"\s+(?:[\w']+\s+){0,2}?(?:mig|os|ham|hende)"),
                  ("(?:han|hun|he|she)", "{HIT_EN}", r"\s+(?:[\w']+\s+){0,2}?(?:me|us|him|her)"))
COMPOSER = _Composer([("violence", *line) for line in (*_LINES, *_OWN_CHILDREN_LINES)]
                     + [("sexual", *line) for line in _SEXUAL_LINES] + [("secret", *line) for line in _SECRET_LINES]
                     + [("pronoun", *line) for line in _PRONOUN_LINES])
COMPOSED_KEYS = COMPOSER.keys()  # most posts hold none of these words and stop at one set test
FAMILY = re.compile(_expand("{AGENT_DA}|{AGENT_EN}") + r"(?![\w])")
HARM_VERB = re.compile(_expand(r"\b(?:{HIT_DA}|{HIT_EN}|{THROW_DA}|{THROW_EN}|{GRAB_DA}|grabs|grabbed|grabbing|"
                               r"giver|gav|givet|truer|truede|truet|threatens|threatened|threatening|kalder|kaldte|"
                               r"kaldt|calls|called)\b"))


def undone(text: str, start: int, end: int, violent: bool = True) -> bool:
    """True when a negation ("never hit me", "slår mig ikke længere") or a particle ("slog op med mig", "hit me up")
    takes the harm out of the words at ``start:end``; ``violent`` adds the particle checks.

    Only a negation up to the verb counts inside the span: "han slår mig når mor ik er hjemme" stays a sign.
    """
    inside = text[start:end]
    verb = HARM_VERB.search(inside) if violent else None
    head = inside if verb is None else inside[:verb.end()]
    # Only the verb's own clause: "mor kan ikke styre sin samlever, som har slået pigen" is no denial.
    clauses = [boundary.end() for boundary in _CLAUSE.finditer(head)]
    if clauses:
        head = head[clauses[-1]:]
    if _NEGATION.search(head) or _NEGATION_AFTER.match(text, end):
        return True
    if verb is None:
        return False
    if _NEGATION_AFTER.match(text, start + verb.end()):
        return True  # "slår ikke mig"
    between = inside[verb.end():]
    if _PARTICLE.search(between) and not re.search(r"\b(?:efter|at|by)\b", between):
        return True
    return _AFTER.match(text, end) is not None


def acts(doc: Document) -> Iterator[Act]:
    """Acts whose inside carries no negation and whose verb keeps its violent meaning."""
    text = doc.folded.text
    for act in COMPOSER.scan(doc):
        if act.kind == "secret" or not undone(text, act.start(), act.end(), act.kind in ("violence", "pronoun")):
            yield act
