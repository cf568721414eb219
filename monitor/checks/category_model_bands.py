"""A model's lower threshold, open only when a post carries the evidence its category is about.

The threat model learnt the setting of the threats it saw as much as their harm: "i morgen", "efter skole",
"vi ses", "ved". Above its threshold it is precise. Below it, down to its band's threshold, it finds veiled
and unusual threats the rules miss ("har en kniv med i tasken i morgen, så er I advaret", "Klubbens leder skal
få en kugle") and about as many friendly arrangements ("vi ses efter skole 👋", "jeg venter på dig ved
cykelskuret"). What tells them apart is harm: a weapon, a violent verb or what it does. The band opens only
when the post names such harm and is neither a game, a joke nor a quotation, the contexts in which the threat
rules do not count violent words either, nor knives, bows and fire taught or used safely.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_threat_context import GAME, joking_context, quoting_context
from monitor.checks.conduct_threat_vocabulary import (
    HOSPITAL,
    HOSPITAL_VERBS,
    PARTICIPLES,
    THREATS,
    VERB_WORDS,
    vocabulary,
    word_set,
)
from monitor.checks.conduct_view import LETTER, View

# Verb forms of the threat frames that are everyday words on their own ("send", "hit", "cut", "klippe").
_EVERYDAY_VERBS = frozenset(HOSPITAL_VERBS) | word_set(
    "hit cut break snap smoke blow jump knock pound hunt klippe klipper nakke nakker meje mejer")
HARM_WORDS = (VERB_WORDS - _EVERYDAY_VERBS) | PARTICIPLES | HOSPITAL | vocabulary("HARM")
HARM_EMOJI = ("🔪", "🔫", "🗡", "💣", "👊", "🩸", "⚰")
# Harm words in idioms name no harm: "vi skyder foråret i gang", "brænder for musikken", "kill it on stage".
_IDIOM = re.compile(macro(THREATS, "VEILED_IDIOM"))
_WORD = re.compile(rf"[{LETTER}0-9']+")
# Knives, bows and fire taught or used safely: scouts, archery, the cooking and woodwork classes.
_SAFE_USE = re.compile(
    r"\b(?:spejder\w*|sikkerhed\w*|sikkert|bue(?:n|r|rne)?|bueskydning\w*|skydebane\w*|skytte\w*|snobrød\w*|"
    r"\w*bevis(?:et)?|sløjd\w*|madlavning\w*|scouts?|archery|bows?|safety|safely|cooking|woodwork\w*)\b")


def _harm_in(text: str, words: frozenset[str]) -> bool:
    return not HARM_WORDS.isdisjoint(words) or any(emoji in text for emoji in HARM_EMOJI)


def names_harm(view: View) -> bool:
    """A weapon, a violent act or its result, out of an idiom, a game, safe use, a joke or a quotation."""
    if not _harm_in(view.text, view.words):
        return False
    if _IDIOM.search(view.text) is not None:
        rest = _IDIOM.sub(" ", view.text)
        if not _harm_in(rest, frozenset(_WORD.findall(rest))):
            return False
    return not (GAME.search(view.text) or _SAFE_USE.search(view.text) or joking_context(view)
                or quoting_context(view))


GATES: dict[str, Callable[[View], bool]] = {"harm": names_harm}
