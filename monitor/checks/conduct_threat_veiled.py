"""Veiled threats scored by cue families instead of listed phrase by phrase.

A veiled threat varies its words endlessly ("fortsæt sådan og jeg sørger for at du ender på skadestuen",
"vi ved hvor dine børn går i skole. Tænk over det", "say that again and ur getting jumped"), but it is
built from a few kinds of cue: an ultimatum or condition, harm (violence, injury, a weapon, a consequence
such as "you'll pay"), an injury promised ("he's leaving on a stretcher", "øv dig i at gå med krykker"),
menace ("I er advaret", "we know where", "my boys", 😈), a future agent ("jeg sørger for", "I'll", "i morgen")
and a target (you, a name, a role, the club). Each family is one ``@VEILED_``
macro of the threat lexicon. A window of one sentence, or two adjacent ones, is flagged when it has a
target and its cues add up to ``THRESHOLD`` with harm or menace among them. Windows about caring, pick-ups,
news, teaching or reports are left out, as are posts that joke, quote or (for harm alone) talk about games.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import reduce
from operator import or_
from typing import NamedTuple

from monitor.checks.conduct_first_chars import with_first_chars
from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_threat_branches import FamilyGates
from monitor.checks.conduct_threat_context import GAME, joking_context, quoting_context
from monitor.checks.conduct_threat_vocabulary import unambiguous_names
from monitor.checks.conduct_view import View
from monitor.checks.literal_bits import requirement_bit, start_bit, word_bit

THREATS = "conduct_threat.txt"
THRESHOLD = 3
# points per family present in a window; menace scores one more when two different markers stand in it
# (round 7) unsafe-future menace ("skal ikke regne med at gå sikkert hjem") weighs like menace; mock regret ("det
# ville være en skam hvis der skete noget med din bil") names its target itself and stands alone; a grievance (a
# condition naming a repeated offence) adds one to the ultimatum; revenge adds one beside harm, a weapon or menace
# (round 21) an injury promised to someone ("leaving on a stretcher", "går hjem med blå øjne", "øv dig i at gå med
# krykker") names its target and its harm at once, so it stands alone beside the target, and game talk does not
# explain it away: no one wins a match by sending the other side to hospital
_POINTS = {"harm": 2, "hurt": 3, "fire": 2, "menace": 2, "unsafe": 2, "mock": 3, "weapon": 1, "consequence": 1,
           "menace_soft": 1, "ultimatum": 1, "grievance": 1, "revenge": 1, "agent": 1, "future": 1}
_FAMILIES = ("ULTIMATUM", "GRIEVANCE", "HARM", "HURT", "CONSEQUENCE", "WEAPON", "FIRE", "MENACE", "MENACE_SOFT",
             "UNSAFE", "MOCK", "REVENGE", "TARGET", "AGENT", "FUTURE", "OFF", "IDIOM")
_HARMFUL = frozenset(["harm", "hurt", "fire", "weapon", "consequence"])
_OPENERS = frozenset(["harm", "hurt", "menace", "fire", "weapon", "consequence", "unsafe", "mock", "grievance"])
_PRIMARY = ("harm", "hurt", "menace", "weapon", "consequence", "fire", "unsafe", "mock", "grievance")
_SECONDARY = ("ultimatum", "menace_soft", "revenge", "target", "agent", "future", "off")
# families no game talk explains away: "if that ref shows up at our next game he's not walking home"
_NOT_GAME = frozenset(["menace", "unsafe", "mock", "hurt"])
_THREATENING = frozenset(["harm", "hurt", "menace", "fire", "weapon", "consequence", "unsafe", "mock"])
# a knife or an axe with nothing threatening beside it but an agent, a time and its owner ("din", "your") is logistics
# of the kitchen, the woodwork class or the scouts ("I'll bring your knife back tomorrow"); it needs a cue of these
# too. A gun does not ("jeg har fundet ud af hvor min onkel gemmer sit gevær" before "på mandag" warns of a shooting),
# nor knives with people as the target ("we're gonna smash those guys tonight, bring knives").
_WEAPON_WITH = frozenset(["menace_soft", "ultimatum", "grievance", "revenge"])
_OWNERS = frozenset(["din", "dit", "dine", "jeres", "hans", "hendes", "dem", "your", "ur", "his", "her", "them"])
_TOOL = re.compile(r"\b(?:[^\W\d_]*kniv\w*|knive\w*|knife|knives|økse\w*|axe|blades?)\b")
# a game named as a time ("efter kampen tager vi ham") does not make the post about the game
_GAME_AS_TIME = re.compile(r"(?:efter|før|after|before)\s+(?:the\s+|our\s+|next\s+|den\s+)?$")
_HOME = re.compile(r"\b(?:bor|bo|live|lives|opgang|adresse|address)\b")
_LASTING = re.compile(r"\b(?:nogen\s+steder|nogetsteds|noget\s+sted|længere|mere|anywhere|again|no\s+more|anymore|"
                      r"any\s+(?:more|longer)|no\s+longer)\b")
_EMOJI_ONLY = re.compile(r"^[^\w\s]+$")
_WINDOW_CHARS = 160  # a window takes the next sentences while they are this short together (three at most)


def _compile(family: str) -> re.Pattern[str]:
    return with_first_chars(re.compile(macro(THREATS, f"VEILED_{family}")))


# The primary families are searched with their live branches only (``conduct_threat_branches``); the others
# (read only around a cue of a primary family) and the idioms are compiled whole.
_PRIMARY_GATES = FamilyGates({family: macro(THREATS, f"VEILED_{family.upper()}") for family in _PRIMARY})
_PATTERN = {family.lower(): _compile(family) for family in _FAMILIES if family.lower() not in _PRIMARY}
_SECONDARY_PATTERNS = tuple((family, _PATTERN[family]) for family in _SECONDARY)
# Words one of which a harm, menace, weapon or consequence cue holds: a post without one skips every pattern.
_GATE_WORDS = frozenset(macro(THREATS, "VEILED_GATE_WORDS").split())
_GATE_PREFIXES = tuple(macro(THREATS, "VEILED_GATE_PREFIXES").split())
_GATE_HEADS = frozenset(p[:3] for p in _GATE_PREFIXES)
_GATE_PAIRS = tuple(tuple(frozenset(side.split()) for side in pair.split("|"))
                    for pair in macro(THREATS, "VEILED_GATE_PAIRS").split(";"))
_PAIR_FIRSTS = frozenset().union(*(first for first, _ in _GATE_PAIRS))
_GATE_CHARS = "🔪🔫💣🗡🩸👊🧨😈☠🔥😉😏"
_STEMS = ("kniv", "gevær", "riffel", "pistol")
_GATE_STEMS = re.compile("|".join(_STEMS))  # compounds too: "jagtriffel", "springkniven"
# The words, pair openers, prefixes and stems of ``gate`` as bits of a text's mask (0: a prefix too short for a
# bit): a post whose mask has none of them and holds none of ``GATE_CHARS`` fails ``gate``.
_BITS_OK = all(len(p) >= 3 for p in _GATE_PREFIXES)  # a prefix shorter than three letters has no bit
# The direct gate words, prefixes and stems as bits of a text's mask; the pair openers apart (a pair needs its
# second word too): one AND answers most of ``gate``.
_DIRECT_BITS = reduce(or_, [*map(word_bit, sorted(_GATE_WORDS)), *map(start_bit, _GATE_PREFIXES),
                            requirement_bit(frozenset(_STEMS))], 0) if _BITS_OK else 0
_PAIR_BITS = reduce(or_, map(word_bit, sorted(_PAIR_FIRSTS)), 0)
# an opener -> the words one of which must stand beside it (the second sides of its pairs)
_PAIR_SECONDS = {first: frozenset().union(*(second for firsts, second in _GATE_PAIRS if first in firsts))
                 for first in _PAIR_FIRSTS}
# The words, pair openers, prefixes and stems of ``gate`` as bits of a text's mask (0: a prefix too short for a
# bit): a post whose mask has none of them and holds none of ``GATE_CHARS`` fails ``gate``.
GATE_BITS = _DIRECT_BITS | _PAIR_BITS if _BITS_OK else 0
GATE_CHARS = frozenset(_GATE_CHARS)


def gate_closed(view: View) -> bool:
    """True when ``gate(view)`` is surely False: one AND of the word bits and one pass over the characters."""
    if not GATE_BITS:
        return False
    met = view.needs_met()
    return met is not None and not met & GATE_BITS and GATE_CHARS.isdisjoint(view.text)


def _pair(words: frozenset[str]) -> bool:
    """Whether both sides of one of ``_GATE_PAIRS`` are among ``words``."""
    return any(not _PAIR_SECONDS[first].isdisjoint(words) for first in _PAIR_FIRSTS.intersection(words))


def gate(view: View) -> bool:
    """Whether the post can hold a cue of harm, menace, a weapon or a consequence (cheap set tests)."""
    met = view.needs_met() if GATE_BITS else None
    words = view.words
    if met is not None:  # the words, prefixes and stems answered by the bits of the text's mask
        if met & _DIRECT_BITS or met & _PAIR_BITS and _pair(words):
            return True
        return not GATE_CHARS.isdisjoint(view.text)
    if not _GATE_WORDS.isdisjoint(words) or _pair(words):
        return True
    if not _GATE_HEADS.isdisjoint(view.heads) and any(w.startswith(_GATE_PREFIXES) for w in words):
        return True
    text = view.text
    return any(char in text for char in _GATE_CHARS) or _GATE_STEMS.search(text) is not None


# The families that threaten a person by themselves: menace, a place made unsafe, mock regret, an injury promised and
# a grievance named. Where the words of one of them stand in a post, the threat model counts under its threshold
# (``category_model_bands``, the "menace" band).
MENACING = frozenset(["menace", "unsafe", "mock", "hurt", "grievance"])


def menacing_words(view: View) -> bool:
    """Whether the post holds the words a cue of a ``MENACING`` family is made of (the families' branch gates: not a
    match, but the vocabulary of one, e.g. "ved" and "hvor" for "jeg ved hvor du bor") and no sign of harmless talk
    (the "off" family: the tooth fairy, a lift, a parcel)."""
    if gate_closed(view) or not gate(view):
        return False
    return any(family in MENACING for family, _ in _PRIMARY_GATES.families(view)) and not _PATTERN["off"].search(
        view.text)


_SENTENCE_END = re.compile(r"[.!?…\n]+(?=\s|$)|\n")
_NEGATED = re.compile(r"\b(?:ikke|ik|ikk|aldrig|never|not|don't|dont|won't|wont|wouldn't|wouldnt|ingen|nobody|"
                      r"no\s+one)\s+(?:[^\s.!?]+\s+){0,3}$")
_NEGATED_AFTER = re.compile(r"\s*(?:ikke|ik|ikk|aldrig|not|never)\b")  # "jeg skyder dig ikke"
_WEAPON = re.compile(r"kniv|gevær|pistol|våben|riffel|machete|bombe|spræng|brænd|ild|benzin|gun|knife|rifle|"
                     r"weapon|bomb|burn|fire|stab|skyd|skud|shoot|shot|🔪|🔫|💣|🗡|🧨|🔥")
# a fire cue threatens only property or people: "brænder jeres klubhus", not "🔥 koncert"
_PROPERTY = re.compile(r"\b(?:jeres|din|dit|dine|hans|hendes|deres|your|ur|his|their)\s+(?:\S+\s+)?(?:klub\w*|hus\w*|"
                       r"hjem\w*|bil\w*|skole\w*|hal\w*|lejlighed\w*|cykel\w*|club\w*|house|home|car|school)|\b(?:"
                       r"klubhuset|klubben|skolen|ungdomsskolen|hallen|lærerværelset|the\s+(?:club|school|clubhouse|gym))"
                       r"\b")
_WORD = re.compile(r"[a-zæøåäöüéè]+")
_EDGE_WEAPONS = "🔪🔫🗡"
_GORE = "🔪🔫🗡🩸💀😈"
_ADDRESSED = frozenset(["du", "dig", "jer", "you", "u", "ham", "him", "hende", "her", "dem", "them"])
_LEADING_WEAPON = re.compile(r"\s*[🔪🔫🗡](?:[🔪🔫🗡🩸💀😈\ufe0f]|\s)*")
# harm that may befall the subject by accident: "hvis du hopper fra muren kan du brække armen"
_ACCIDENT = re.compile(r"\b(?:(?:kan|kunne|risikerer|could|might|may|can)\s+(?:du|i|man|han|hun|you|u|he|she|they)|"
                       r"(?:du|man|you|u)\s+(?:kan|kunne|risikerer|could|might|may|can))\s+"
                       r"(?:let\s+|nemt\s+|godt\s+|altså\s+|easily\s+)?$")
# harm the writer suffers, not threatens: "jeg bliver skudt af min mor hvis hun ser den karakter", "I'm gonna get
# killed by my dad"
_WRITER_HARMED = re.compile(r"\b(?:(?:jeg|a|æ|vi)\s+(?:bliver|blev|bli'r|er\s+blevet|kommer\s+til\s+at\s+blive)|"
                            r"(?:bliver|blev)\s+(?:jeg|a|æ|vi)|i(?:'ll|\s+will)\s+be|i'?m\s+(?:gonna|going\s+to)\s+"
                            r"(?:be|get)|i'?m\s+getting|we(?:'ll|\s+will)\s+be)\s+(?:[^\W\d_]+\s+)?$")
# an injury cue that brings its own frame is no accident after "kan": "du kan godt begynde at øve dig i at gå med
# krykker", "hun kan godt regne med at hun går hjem med blå øjne"
_HURT_FRAMED = re.compile(r"(?:regne|begynde|begin|start|starte|better|hellere|might|lige|sige|farvel|ellers|så|or|"
                          r"otherwise|else)\b")
# a game in the same sentence explains a motion towards the rival away: "vi kommer efter jer i returkampen ⚽", and
# the rival's end: "næste gang spiller vi på vores hjemmebane, så er det slut med jer", "it's game over for them"
_RIVAL_MOTION = re.compile(r"\b(?:kommer|går)\s+efter|\bcoming\s+for|\bgoing\s+after|"
                           r"\b(?:slut|over|game\s+over)\s+(?:med|for)\s+(?:jer|dem|you|them)\b")


class Cue(NamedTuple):
    """One family match: its family, view offsets and the sentence it starts in."""

    family: str
    start: int
    end: int
    sentence: int
    text: str


class VeiledScorer:
    """Scores cue families per sentence window and returns the windows that add up to a threat."""

    def __init__(self) -> None:
        self.names = unambiguous_names()

    def find(self, view: View, mentions: bool = False) -> list[tuple[str, int, int]]:
        """Rule keys ("threat.menace", "threat.violence", "threat.weapon") with view spans.

        ``mentions`` tells that the post tags accounts: the view reads "@lucas" as "alucas".
        """
        if not gate(view):
            return []
        text = view.text
        # a weapon emoji opening the post marks it as menace, like one closing it: "🔪🔪 Mads, du ved hvad du gjorde"
        lead = _LEADING_WEAPON.match(text) if text[:3].lstrip()[:1] in _EDGE_WEAPONS else None
        header = -1  # the end of one opening weapon emoji heading a recipe or a list: no harm cue either
        if lead is not None and not self._aimed(lead, text, view.words):
            header = lead.end() if sum(char in _GORE for char in lead.group()) == 1 else -1
            lead = None
        primary = _PRIMARY_GATES.families(view)
        if not primary and lead is None:
            return []
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        cues = [c for c in self._cues(text, ends, primary, [(0, len(text))]) if c.end > header or c.text.isalnum()]
        if lead is not None:
            cues.append(Cue("menace", lead.start(), lead.end(), 0, lead.group().strip()))
        if not any(c.family in _OPENERS for c in cues) or quoting_context(view) or joking_context(view):
            return []
        bounds = [0, *ends, len(text)]
        sentences = len(ends) + 1
        # the other families are read only around the sentences that hold a cue of harm or menace
        near = sorted({k for c in cues for k in range(max(0, c.sentence - 2), min(sentences, c.sentence + 3))})
        spans: list[tuple[int, int]] = []
        for k in near:
            if spans and spans[-1][1] == bounds[k]:
                spans[-1] = (spans[-1][0], bounds[k + 1])
            else:
                spans.append((bounds[k], bounds[k + 1]))
        cues += self._cues(text, ends, _SECONDARY_PATTERNS, spans, mentions)
        games = [m.start() for m in GAME.finditer(text) if not _GAME_AS_TIME.search(text, max(0, m.start() - 16),
                                                                                        m.start())]
        game = bool(games)
        if game:  # a motion towards the rival in a sentence that names the game is sport talk
            played = {bisect_right(ends, g) for g in games}
            cues = [c for c in cues if not (c.family == "menace" and c.sentence in played
                                            and _RIVAL_MOTION.search(c.text))]
        found: list[tuple[str, int, int]] = []
        covered = -1
        for first in sorted({c.sentence for c in cues if c.family in _OPENERS} | {
                c.sentence - 1 for c in cues if c.family in _OPENERS and c.sentence} | {
                c.sentence - 2 for c in cues if c.family in _OPENERS and c.sentence > 1}):
            # two sentences, or three when they are short together ("ved hvor han bor. Skovbrynet 3. vi ses 😈")
            last = first + 2 if first + 2 < sentences and bounds[first + 3] - bounds[first] <= _WINDOW_CHARS else (
                first + 1)
            window = [c for c in cues if first <= c.sentence <= last]
            hit = self._judge(window, game, text)
            if hit is not None and hit[1] >= covered:
                found.append(hit)
                covered = hit[2]
        return found

    def _aimed(self, lead: re.Match[str], text: str, words: frozenset[str]) -> bool:
        """The opening weapon emoji stand before a name or "du"/"you", or are two or more in a post that names
        or addresses someone: not "🔪🍅 lasagne", not "🔪🩸 armen igen" (self-harm is welfare's)."""
        after = _WORD.match(text, lead.end())
        if after is None:
            return False  # another emoji or a sign follows: a recipe or a list, not a menace
        if after.group() in self.names or after.group() in _ADDRESSED:
            return True
        run = sum(1 for char in lead.group() if char in _GORE)
        return run > 1 and not (_ADDRESSED.isdisjoint(words) and self.names.isdisjoint(words))

    def _cues(self, text: str, ends: list[int], families: Sequence[tuple[str, re.Pattern[str]]],
              spans: list[tuple[int, int]], mentions: bool = False) -> list[Cue]:
        cues: list[Cue] = []
        idioms: list[tuple[int, int]] | None = None
        for family, pattern in families:
            for lo, hi in spans:
                for match in pattern.finditer(text, lo, hi):
                    start, end = match.span()
                    if family in ("harm", "fire"):
                        if idioms is None:
                            idioms = [m.span() for m in _PATTERN["idiom"].finditer(text)]
                        if (family == "fire" and idioms) or any(a < end and start < b for a, b in idioms) or (
                                _NEGATED.search(text, max(0, start - 40), start) or _NEGATED_AFTER.match(text, end)
                                or _ACCIDENT.search(text, max(0, start - 30), start)
                                or _WRITER_HARMED.search(text, max(0, start - 30), start)):
                            continue
                    elif family == "hurt" and _ACCIDENT.search(text, max(0, start - 30), start) and not (
                            _HURT_FRAMED.match(match.group())):
                        continue  # "hvis du kører så stærkt, kan du ende i en ambulance"
                    cues.append(Cue(family, start, end, bisect_right(ends, start), match.group()))
        if any(family == "target" for family, _ in families):  # names are targets too
            for lo, hi in spans:
                for match in _WORD.finditer(text, lo, hi):
                    word = match.group()
                    if word in self.names or mentions and word[:1] == "a" and word[1:] in self.names:
                        cues.append(Cue("target", *match.span(), bisect_right(ends, match.start()), word))
        return cues

    def _judge(self, window: list[Cue], game: bool, text: str) -> tuple[str, int, int] | None:
        # an everyday word inside the injury promised is no sign of harmless talk: "sig farvel til dine fortænder"
        hurts = [(c.start, c.end) for c in window if c.family == "hurt"]
        present = {c.family for c in window if not (c.family == "off" and any(
            lo <= c.start and c.end <= hi for lo, hi in hurts))}
        if any(c.family == "menace" and ("hvem" in c.text or "who" in c.text) for c in window):
            present.add("target")  # "jeg ved godt hvem der skal have den først"
        if "target" not in present or "off" in present:
            return None
        if "fire" in present and not any(_PROPERTY.search(c.text) for c in window if c.family == "target"):
            present.discard("fire")
        if "weapon" in present and not present & {"menace", "agent", "harm"}:
            present.discard("weapon")  # "tag en kniv med til madlavning i morgen"
        if "consequence" in present and not present & {"menace", "ultimatum", "agent", "harm", "grievance"}:
            present.discard("consequence")  # "I skal nok lære det"
        if "revenge" in present and not present & {"weapon", "harm", "menace"}:
            present.discard("revenge")  # "på lørdag tager vi hævn over Langå" is sport talk
        if "grievance" in present and "menace_soft" in present:
            present.add("menace")  # "hvis dommeren dømmer sådan igen, så venter vi på ham ved bilen"
        menace = {c.text for c in window if c.family == "menace"}
        if game and menace and all(_EMOJI_ONLY.match(m) for m in menace) and "grievance" not in present:
            present.discard("menace")  # "a skyder jer alle sammen i paintball 😈"
        if not present & _THREATENING:
            return None
        if present & _THREATENING == {"weapon"} and not present & _WEAPON_WITH and all(
                _TOOL.search(c.text) for c in window if c.family == "weapon") and all(
                c.text in _OWNERS for c in window if c.family == "target"):
            return None  # a knife, someone, a day and "din": "jeg tager din kniv med i morgen", "skal vi have kniv med"
        if game and not present & _NOT_GAME:
            return None  # "vi tæsker dem i morgen ⚽": harm in a game needs menace beside it
        score = sum(_POINTS.get(family, 0) for family in present)
        if len(menace) > 1 or any(c.family == "menace" and _HOME.search(text, c.start, c.end + 30) for c in window):
            score += 1  # two markers, or knowing where someone lives ("ved godt hvor du og din familie bor 🙂")
        if any(c.family == "unsafe" and _LASTING.search(c.text) for c in window):
            score += 1  # unsafe from now on: "du er ikke sikker nogen steder mere"
        if score < THRESHOLD:
            return None
        used = [c for c in window if c.family in present and c.family != "off"]
        start = min(c.start for c in used)
        end = max(c.end for c in used)
        harm = [c for c in window if c.family in _HARMFUL and c.family in present]
        kind = ("weapon" if any(_WEAPON.search(c.text) for c in harm) else "violence") if harm else "menace"
        return f"threat.{kind}", start, end
