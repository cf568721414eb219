"""The word lists threat frames are composed from: the ``@FRAME_`` lines of the threat lexicon, the verb table
built from them, the first names a target may be, and the particle test over the words after a target."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from monitor.checks.conduct_lexicon import LEXICONS
from monitor.checks.conduct_patterns import macro

THREATS = "conduct_threat.txt"
WEAPON_EMOJI = "🔪🔫🗡💣"


def has_weapon_emoji(text: str) -> bool:
    # written out: a text without characters beyond U+FFFF answers each test at once, with no generator
    return "🔪" in text or "🔫" in text or "🗡" in text or "💣" in text


def word_set(listed: str) -> frozenset[str]:
    return frozenset(listed.split())


def vocabulary(name: str) -> frozenset[str]:
    """A word list of the frames, kept as an ``@FRAME_<name>`` line in the threat lexicon."""
    return word_set(macro(THREATS, f"FRAME_{name}"))


# Verbs by kind ("violence" or "weapon") and need: "" (a person target is enough) or "particle" (a particle, body
# part or weapon must follow: "stikker dig ned", "beat you up"; without one it is an idiom or a game).
_VERB_LISTS = {(lang, need, kind): vocabulary(f"{lang}{'_PARTICLE' if need else ''}_{kind.upper()}")
               for lang in ("DA", "EN") for need in ("", "particle") for kind in ("violence", "weapon")}
EN_PARTICLE_VERBS = _VERB_LISTS[("EN", "particle", "violence")] | _VERB_LISTS[("EN", "particle", "weapon")]


# Verbs that threaten only with a destination: "så sender jeg dig på skadestuen", "I'll put you in the hospital".
HOSPITAL_VERBS = {"sende": True, "sender": True, "put": False, "send": False}
HOSPITAL = vocabulary("HOSPITAL")


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
    for form, danish in HOSPITAL_VERBS.items():
        table[form] = ("violence", "hospital", danish)
    for emoji in WEAPON_EMOJI:
        table[emoji] = ("weapon", "", False)
    return table


VERBS = _verb_table()
VERB_WORDS = frozenset(VERBS)

AGENT_1 = vocabulary("AGENT_1")
AGENT_DIALECT = frozenset(["a"])  # Jutlandic "a" = jeg, only before a Danish verb
# Third persons whose threats against "dig"/"you" count ("min bror kommer og tæsker dig"); parents are left
# out because "mor slår dig ihjel" is a household hyperbole.
AGENT_3 = vocabulary("AGENT_3")
FILLERS = vocabulary("FILLERS")
MOTION = vocabulary("MOTION")
TIME = vocabulary("TIME")
# A particle verb that ends its clause right after the target is used in its violent sense: "så stikker vi dig".
BARE_OK = vocabulary("BARE_OK")
MODALS = vocabulary("MODALS")
NEGATION = vocabulary("NEGATION")
ADVERBS = vocabulary("ADVERBS")

PRON_2 = vocabulary("PRON_2")
PRON_3 = vocabulary("PRON_3")
GROUPS = vocabulary("GROUPS")
PLACES = vocabulary("PLACES")
BODY = vocabulary("BODY")
KIN = vocabulary("KIN")
PROPERTY = vocabulary("PROPERTY")
POSSESSIVE = vocabulary("POSSESSIVE")
DA_PARTICLES = vocabulary("DA_PARTICLES")
EN_PARTICLES = vocabulary("EN_PARTICLES")
WEAPONS = word_set("kniv kniven pistol pistolen gevær geværet riffel machete bat balltræ boksejern knife gun "
                    "pistol rifle machete bat " + " ".join(WEAPON_EMOJI))
# Idioms after the target: "skyder dig en besked", "hit you up", "kick you out", "cut you some slack",
# "slå dig løs", "beat you to it", "blow you away", "knock you up", "break a leg"; "vi skyder dem af" launches rockets,
# "jeg slår dem op" looks words up and "slår dem af" switches them off.
IDIOM_AFTER = {
    "skyde": {"en", "et", "af"}, "skyder": {"en", "et", "af"}, "shoot": {"a", "an", "me", "some", "over"},
    "hit": {"up", "with", "back", "me"}, "kick": {"out", "off"}, "cut": {"off", "some", "slack", "in"},
    "slå": {"løs", "op", "fast", "af"}, "slår": {"løs", "op", "fast", "af"}, "beat": {"to", "at", "in", "on"},
    "blow": {"away", "a", "off"}, "knock": {"up", "off"},
    "smoke": {"at", "in", "on"}, "sparke": {"ud"}, "sparker": {"ud"}, "destroy": {"in", "at"},
    "crush": {"in", "at"}, "brænde": {"af", "inde"}, "brænder": {"af", "inde"},
}

# an idiom's word followed by a result is violence after all: "beat you to death", "slå dig til plukfisk"
RESULT = frozenset(["death", "pieces", "pulp", "plukfisk", "døde", "blods"])
PARTICIPLES = vocabulary("PARTICIPLES")
PERSON_NOUNS = vocabulary("PERSON_NOUNS")
# a definite thing owned by the target ("ruderne i jeres klubhus") and a title before a surname ("mr. Holm")
THINGS = word_set("ruderne vinduerne dækkene bilen cyklen knallerten døren windows tyres tires")
TITLES = word_set("mr mrs ms miss hr fru lærer træner pædagog coach teacher")
NOT_NAMES = vocabulary("NOT_NAMES")


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


def particle(after: list[str], danish: bool) -> bool:
    """A particle ("ned", "up"), a weapon or "i/in + body part" among the words after the target; a particle may
    stand after the target's class or club ("stikker jeg ham fra 9.b ned", "beat him from 8a up")."""
    words = after[:4]
    particles = DA_PARTICLES if danish else EN_PARTICLES
    reach = 4 if words[:1] in (["fra"], ["from"]) else 3
    if not particles.isdisjoint(words[:reach]) or not WEAPONS.isdisjoint(words):
        return True
    return any(a in ("i", "på", "in", "over") and b in BODY for a, b in pairwise(words))
