"""Direct threats without an agent + verb + target frame: harm announced in the passive ("du bliver stukket ned")
and weapon emoji aimed at a tagged account, a named person, or a place and a time."""

from __future__ import annotations

import re

from monitor.checks.base import Document
from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_threat_context import NEGATED_AFTER, quoting_context, yes_no_question
from monitor.checks.conduct_threat_vocabulary import PARTICIPLES, THREATS, WEAPON_EMOJI, has_weapon_emoji
from monitor.checks.conduct_view import LETTER, View, view_words

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
    if PARTICIPLES.isdisjoint(view.words):
        return []
    text = view.text
    found: list[tuple[int, int]] = []
    for match in _PARTICIPLE.finditer(text):
        head = _PASSIVE_HEAD.search(text, max(0, match.start() - 48), match.start())
        if head and not NEGATED_AFTER.match(text, match.end()) and not yes_no_question(
                text, head.start(), match.end()):
            found.append((head.start(), match.end()))
    return found


# Weapon emoji doubled or with blood/skull, beside a tagged account: "🔪🔪🩸 @x", "@x 🔫💀".
_GORE = "🔪🔫🗡🩸💀😈"
_MENTION_EMOJI = re.compile(rf"[🔪🔫🗡]\ufe0f?[{_GORE}\ufe0f\s]*[{_GORE}][^\n@]{{0,20}}@\w|@\w[\w.]*\s*[🔪🔫🗡]"
                            rf"\ufe0f?[{_GORE}\ufe0f\s]*[{_GORE}]")


# A gun or bomb emoji before a place and a time: "🔫🔫 klubben på Fabriksvej i morgen kl 19".
_EMOJI_ATTACK = re.compile(macro(THREATS, "EMOJI_ATTACK"))


# Weapon emoji, two or more with blood, a skull, a fist or a coffin, aimed at someone named in a short post that says
# nothing else: "malthe 🔪🩸 fredag", "🔫🔫 den nye vikar", "🔫🔫 til alle på 1. sal i morgen".
_GORE_RUN = re.compile(r"(?:[🔪🔫🗡💣🩸💀☠⚰👊😈]\ufe0f?\s*){2,}")
_SOMEONE_AT = re.compile(r"\b(?:den\s+nye|til\s+alle|til\s+jer|the\s+new|to\s+all|y'all)\b")
_WORD = re.compile(rf"[{LETTER}]+")
# What such a post says besides the emoji and the name: when, where, to whom.
_WHEN_WHERE = view_words(
    "i på fra til ved efter før kl om den de nye alle jer dig du dem ham hende morgen aften dag nat skole skolen "
    "frikvarteret sal mandag tirsdag onsdag torsdag fredag lørdag søndag weekenden snart nu the new to all you at "
    "after before school tomorrow tonight today soon monday tuesday wednesday thursday friday saturday sunday "
    "weekend break")
_SORROW = re.compile(r"[😔😞😢😭🖤💔🥺]|\b(?:igen|again)\b")
_SHORT = 60  # characters: a post of a name, a day and the emoji, not a recipe or a match report


def emoji_at_someone(doc: Document, view: View, names: frozenset[str]) -> list[tuple[str, int, int]]:
    """Weapon emoji aimed at a named or tagged person ("malthe 🔪🩸 fredag", "👊🔪⚰️ @nr7") or at everyone ("🔫🔫 til
    alle ... i morgen"). The view spells a tag as a word ("@nr7" -> "anrt"), so the original text tells a tag."""
    text = view.text
    if len(text) > _SHORT:
        return []
    run = _GORE_RUN.search(text)
    if run is None or not has_weapon_emoji(run.group()) or _SORROW.search(text) is not None:
        return []  # none, or told with sorrow: "Emma 🔪🩸 igen i nat 😔" is a sign about her, not a threat
    words = _WORD.findall(text)
    tagged = "@" in doc.text
    if not tagged and names.isdisjoint(words) and _SOMEONE_AT.search(text) is None:
        return []  # no one named, tagged or addressed
    if sum(1 for w in words if w not in names and w not in _WHEN_WHERE) > (2 if tagged else 1):
        return []  # something else is said: "Emma 🔪🔪 laver lasagne", "ny kniv til Emil 🔪🔪"
    return [("threat.weapon", run.start(), run.end())]


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
