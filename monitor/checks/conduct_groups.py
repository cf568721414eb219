"""A group word made an insult: "<person> er en beskidt araber", "den fede polak", "those filthy immigrants".

A word for an ethnic, religious, sexual or disability group is a neutral mention on its own ("Yusuf er
araber"). It becomes demeaning when a derogatory adjective stands right before it (words such as
"lille", "fucking" or "sådan" may sit between), or when it is welded to a contemptuous head or tail
("møgaraber", "muslimsvin"). The caller decides whom the phrase is aimed at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from monitor.checks.conduct_concepts import BROAD_SUBJECTS
from monitor.checks.conduct_lexicon import load_lexicon
from monitor.checks.conduct_view import LETTER, View

_A = ("", "e", "t")  # Danish adjective endings: beskidt, beskidte; klam, klamme, klamt


def _adjectives(*stems: str) -> set[str]:
    out: set[str] = set()
    for stem in stems:
        base, _, extra = stem.partition("/")
        out.update(base + ending for ending in _A)
        out.update(extra.split(",") if extra else ())
    return out


# Adjectives that demean a person when put before a group word (inflections written out when irregular).
DEROGATORY = frozenset(_adjectives(
    "beskidt", "klam/klamme", "ulækker/ulækre", "ækel/ækle", "dum/dumme", "doven/dovne", "fed/fede",
    "grim/grimme", "stinkende", "lusket", "tyvagtig", "kriminel/kriminelle", "mandhaftig", "sølle", "led",
    "ond", "åndssvag", "hjernedød", "tilbagestående", "primitiv", "forbandet/forbandede", "svedig", "fedtet",
    "lurvet", "hæslig", "afskyelig", "ussel/usle", "elendig", "latterlig", "patetisk", "værdiløs", "snyltende",
    "uvasket", "nasty", "ulidelig", "modbydelig", "pisseirriterende", "irriterende", "klamme", "møgbeskidt",
    "uduelig", "tarvelig", "inkompetent", "retarderet", "spastisk", "skide", "satans", "lorte", "lede",
    "snavset", "psykopatisk", "sindssyg", "pervers", "kriminel", "voldelig", "fanatisk", "lam/lamme", "hjernevasket",
    "grådig", "nærig", "grisk", "falsk", "upålidelig", "uciviliseret", "barbarisk", "tyvagtig", "uvidende",
) | {"untrustworthy", "savage", "barbaric", "violent", "criminal", "uncivilised", "uncivilized", "inbred",
    "terrorist", "terror", "møg", "taber", "voldtægts", "bombe", "kamel", "ged",
    "dirty", "filthy", "stinking", "smelly", "disgusting", "gross", "lazy", "stupid", "dumb", "ugly", "fat",
    "greedy", "thieving", "sneaky", "worthless", "useless", "bloody", "fucking", "fuckin", "damn", "damned",
    "backward", "primitive", "pathetic", "subhuman", "retarded", "freaking", "effing", "scummy", "vile",
    "sweaty", "greasy", "nasty", "idiotic", "moronic",
})
DEROGATORY = DEROGATORY | frozenset(
    form for form, entry in load_lexicon("conduct_insults.txt").items() if "adj" in entry.flags and " " not in form)
# Words that may stand between the adjective and the group word, or before the adjective.
# No articles or conjunctions: "det var dumt, og en araber hjalp" is no phrase.
_FILLER = frozenset({"lille", "store", "stor", "gamle", "gammel", "fucking", "kæmpe", "mega", "little", "big", "old"})


def _nouns(*entries: str) -> dict[str, bool]:
    """Forms of group nouns -> whether the form is singular. An entry is ``singular|plural,plural...``."""
    forms: dict[str, bool] = {}
    for entry in entries:
        singular, _, plural = entry.partition("|")
        for form in singular.split(","):
            forms[form] = True
        for form in plural.split(",") if plural else ():
            forms.setdefault(form, False)
    return forms


GROUP_NOUNS = _nouns(
    "araber,araberen|arabere,araberne,araberene", "muslim,muslimen|muslimer,muslimerne",
    "jøde,jøden|jøder,jøderne", "somalier,somalieren|somaliere,somalierne", "tyrker,tyrkeren|tyrkere,tyrkerne",
    "pakistaner,pakistaneren|pakistanere,pakistanerne", "afghaner,afghaneren|afghanere,afghanerne",
    "iraker,irakeren|irakere,irakerne", "iraner,iraneren|iranere,iranerne", "syrer,syreren|syrere,syrerne",
    "palæstinenser,palæstinenseren|palæstinensere,palæstinenserne",
    "afrikaner,afrikaneren|afrikanere,afrikanerne", "polak,polakken|polakker,polakkerne",
    "rumæner,rumæneren|rumænere,rumænerne", "bulgarer,bulgareren|bulgarere,bulgarerne",
    "sigøjner,sigøjneren|sigøjnere,sigøjnerne", "indvandrer,indvandreren|indvandrere,indvandrerne",
    "udlænding,udlændingen|udlændinge,udlændingene", "flygtning,flygtningen|flygtninge,flygtningene",
    "asylansøger,asylansøgeren|asylansøgere,asylansøgerne", "nydansker,nydanskeren|nydanskere,nydanskerne",
    "kineser,kineseren|kinesere,kineserne", "asiat,asiaten|asiater,asiaterne", "perker,perkeren|perkere,perkerne",
    "neger,negeren|negere,negre,negrene", "homo,homoen|homoer,homoerne", "bøsse,bøssen|bøsser,bøsserne",
    "lesbe,lesben|lesber,lesberne", "lebbe,lebben|lebber,lebberne", "transe,transen|transer,transerne",
    "transkønnet,transkønnede|transkønnede", "handicappet,handicappede|handicappede",
    "spastiker,spastikeren|spastikere,spastikerne", "autist,autisten|autister,autisterne",
    "mongol,mongolen|mongoler,mongolerne", "kristen|kristne", "hindu,hinduen|hinduer,hinduerne",
    "arab|arabs", "jew|jews", "somali|somalis", "turk|turks", "paki|pakis", "immigrant|immigrants",
    "refugee|refugees", "foreigner|foreigners", "gypsy|gypsies", "gay|gays", "lesbian|lesbians", "dyke|dykes",
    "tranny|trannies", "homo|homos", "asian|asians", "mexican|mexicans", "polack|polacks", "spastic|spastics",
    "retard|retards", "queer|queers", "faggot|faggots", "fag|fags", "nigger|niggers",
)
# "møgaraber", "lortemuslim" (a contemptuous head) and "arabersvin", "muslimluder" (a contemptuous tail).
_HEADS = ("møg", "lorte", "svine", "pisse", "fucking", "skide", "beskidte", "klamme", "dumme")
_TAILS = {"svin": True, "svinet": True, "luder": True, "ludere": False, "kælling": True, "kællinger": False,
          "rotte": True, "rotter": False, "abe": True, "aber": False, "lort": True, "so": True, "søer": False,
          "pak": False, "pakket": False, "skum": False, "skrald": False, "unge": True, "unger": False}
_STEMS = frozenset(form for form, singular in GROUP_NOUNS.items() if singular and len(form) >= 4)
_WORD = re.compile(rf"[{LETTER}]+")


@dataclass(frozen=True)
class GroupInsult:
    """A demeaning phrase: ``start`` is the first derogatory word, ``noun_start`` the group word."""

    start: int
    noun_start: int
    end: int
    singular: bool


@cache
def _compound(word: str) -> bool | None:
    """Whether ``word`` welds a group word to a contemptuous head or tail; None when it does not."""
    for head in _HEADS:
        if word.startswith(head) and word[len(head):] in GROUP_NOUNS:
            return GROUP_NOUNS[word[len(head):]]
    for stem in _STEMS:
        if word.startswith(stem):
            rest = word[len(stem):]
            for tail in (rest, rest[1:] if rest[:1] in ("e", "s") else ""):  # linking -e-/-s-: "jødesvin"
                if tail in _TAILS:
                    return _TAILS[tail]
    return None


# Every compound ``_compound`` accepts, so that a post is gated by one set operation.
_COMPOUNDS = frozenset({head + form for head in _HEADS for form in GROUP_NOUNS}
                       | {stem + link + tail for stem in _STEMS for link in ("", "e", "s") for tail in _TAILS})
_GATE_WORDS = frozenset(GROUP_NOUNS) | _COMPOUNDS


def _occurrences(text: str, words: Iterable[str]) -> list[re.Match[str]]:
    """Where the (few) given words occur as whole words, in text order: a C-level search per word, so a long
    post is not tokenised in Python."""
    found = [m for word in words for m in _whole_word(word).finditer(text)]
    return sorted(found, key=lambda m: m.start())


@cache
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![{LETTER}]){re.escape(word)}(?![{LETTER}])")


_WORD_BEFORE = re.compile(rf"([{LETTER}]+)(\s+|-)$")


def group_insults(view: View) -> Iterator[GroupInsult]:
    """Demeaning group phrases in the view, in text order."""
    present = view.words & _GATE_WORDS
    if not present:
        return
    text = view.text
    for match in _occurrences(text, present):
        word, start, end = match.group(), match.start(), match.end()
        singular = GROUP_NOUNS.get(word)
        if singular is None:
            yield GroupInsult(start, start, end, bool(_compound(word)))
            continue
        first = None
        position = start
        for _ in range(4):  # up to four words back: "en beskidt lille araber"; punctuation stops the walk
            previous = _WORD_BEFORE.search(text, max(0, position - 40), position)
            if previous is None:
                break
            if previous.group(1) in DEROGATORY:
                first = previous.start()
            elif previous.group(1) not in _FILLER:
                break
            position = previous.start()
        if first is not None:
            yield GroupInsult(first, start, end, singular)


# --- insults built from parts: "møglæreren", "lorteunger" (a contemptuous head on a word for a person: an
# insult wherever it stands) and "kartoffelhoved", "grimfjæs" (a head/face/arse word: an insult in a frame).
_PERSON_HEADS = ("møg", "lorte", "pisse", "skide", "fucking", "klamme", "svine")
_PERSON_NOUNS = frozenset(
    f"{stem}{ending}" for stem, endings in (
        ("lærer", ("", "en", "e", "ne")), ("træner", ("", "en", "e", "ne")), ("leder", ("", "en", "e", "ne")),
        ("pædagog", ("", "en", "er", "erne")), ("pedel", ("", "len", "ler", "lerne")),
        ("elev", ("", "en", "er", "erne")),
        ("unge", ("", "n", "r", "rne")), ("unger", ("", "ne")), ("dreng", ("", "en", "e", "ene")),
        ("pige", ("", "n", "r", "rne")), ("tøs", ("", "en", "er", "erne", "sen", "ser", "serne")),
        ("kælling", ("", "en", "er", "erne")), ("kone", ("", "n", "r", "rne")), ("dame", ("", "n", "r", "rne")),
        ("nabo", ("", "en", "er", "erne")), ("chef", ("", "en", "er", "erne")), ("kollega", ("", "en", "er", "erne")),
        ("vikar", ("", "en", "er", "erne")), ("dommer", ("", "en", "e", "ne")), ("barn", ("", "et")),
        ("børn", ("", "ene")), ("mand", ("", "en")), ("mænd", ("", "ene")), ("fyr", ("", "en", "e", "ene")),
        ("rektor", ("", "en", "er", "erne")), ("type", ("", "n", "r", "rne")), ("kid", ("", "s")),
        ("teacher", ("", "s")), ("coach", ("", "es")),
    ) for ending in endings)
_REFERENTIAL = frozenset(head + noun for head in _PERSON_HEADS for noun in _PERSON_NOUNS)
_BODY_TAILS = ("hoved", "hovedet", "hoveder", "hovederne", "fjæs", "fjæset", "fjæser", "røv", "røven", "røve", "røvene")
_NOT_INSULTS = frozenset({"overhoved", "familieoverhoved", "statsoverhoved", "hovedhoved", "spydhoved", "skruehoved",
                          "sømhoved", "brusehoved", "dødningehoved", "pilespids", "hammerhoved", "spyd"})
_BODY_HEADS = frozenset(word[:3] for word in ("kartoffel", "klam", "grim", "fed", "pik", "lort", "tude", "svine", "kød",
                                               "fjolle", "kvaj", "skvadder", "hønse", "nar", "hænge", "piv", "snot",
                                               "fæ", "bøv", "dum", "ost", "abe", "gris", "papp", "skid", "tosse"))


@dataclass(frozen=True)
class CompoundInsult:
    """An insult made of parts; ``referential`` ones need no frame ("møglæreren gav os lektier")."""

    start: int
    end: int
    referential: bool


def compound_insults(view: View) -> Iterator[CompoundInsult]:
    """Insults made of parts, in text order."""
    words = view.words
    wanted = set(words & _REFERENTIAL)
    if _body_hint(view):
        wanted.update(w for w in words if w.endswith(_BODY_TAILS) and w[:3] in _BODY_HEADS and w not in _NOT_INSULTS
                      and len(w) > 5)
    for match in _occurrences(view.text, wanted) if wanted else ():
        yield CompoundInsult(match.start(), match.end(), match.group() in _REFERENTIAL)


# --- "<group> er (bare) <derogatory adjective>": "polakker er så beskidte", "refugees are lazy".
_PLURALS = frozenset(form for form, singular in GROUP_NOUNS.items() if not singular)
_PREDICATE = re.compile(rf"\s+(?:er|var|bliver|are|were|r)\s+((?:(?:bare|så|nogle|altid|alle|allesammen|sgu|fandme|jo|"
                        rf"simpelthen|totalt|virkelig|mega|pisse|fucking|just|so|all|always|really|totally|such)\s+)"
                        rf"{{0,3}})([{LETTER}]+)")
# "mange tror at muslimer er dovne" reports others' prejudice; "det er en fordom" rebuts it (teaching is dropped
# by the caller as well). A first-person "jeg mener at ..." is the writer's own statement and stays.
_REPORTED = re.compile(r"\b(?:mange|nogle|nogen|folk|de\s+fleste|hvorfor|people|some|many|others|why)\s+"
                       r"(?:[^\s.!?]+\s+)?"
                       r"(?:tror|troede|mener|siger|sagde|påstår|think|thinks|believe|believes|say|says|said|claim)\b"
                       r"[^.!?\n]*$")
_REBUTTED = re.compile(r"\b(?:fordom\w*|myte\w*|stereotyp\w*|prejudice\w*|myths?|usandt|ikke\s+sandt|untrue|not\s+true|"
                       r"racistisk\w*|racist\w*|vrøvl|sludder|nonsense|rubbish|passer\s+ikke|forkert\s+at|wrong\s+to|"
                       r"(?:was|is|are|were)\s+wrong|ikke\s+alle|not\s+all|tog\s+fejl|tager\s+fejl|ikke\s+okay\s+at|not\s+ok(?:ay)?\s+to)\b")
# someone else's opinion relayed: "min onkel mener at ...", "my dad says that ..." (not "jeg mener at")
_RELAYED = re.compile(r"(?<!jeg )(?<!vi )(?<!i )\b(?:mener|tror|siger|sagde|påstår|påstod|skrev|says|said|thinks|"
                      r"claims|believes|wrote)\s+(?:(?:at|that)\s+)?[^.!?\n]*$")
_NEGATED_VERB = re.compile(r"\s+(?:ikke|aldrig|not|never|intet|ingenting|nothing)\b")
# "polakker er ikke beskidte": a denial (but "er ikke rigtige mænd", "are not welcome" demean)
_DENIAL = re.compile(r"\b(?:er|are|is|var|were)\s+(?:[^\s.!?]+\s+)?(?:ikke|not|aldrig|never)\b"
                     r"(?!\s+(?:rigtige|normale|real|normal|mennesker|human|humans|værd|worth|velkomne|welcome|ønsket|wanted))")
_CLAUSE = re.compile(r"[^.!?\n]*")


def reported_or_denied(text: str, start: int, end: int) -> bool:
    """Whether a demeaning statement at ``start:end`` is reported, rebutted or denied rather than made."""
    if _DENIAL.search(text, start, end) or _REPORTED.search(text, max(0, start - 80), start):
        return True
    if _NEGATED_VERB.match(text, end) or _RELAYED.search(text, max(0, start - 60), start):
        return True
    clause_end = _CLAUSE.match(text, end)
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), 0)
    return _REBUTTED.search(text, sentence_start, clause_end.end() if clause_end else end) is not None


def group_statements(view: View) -> Iterator[tuple[int, int]]:
    """Spans where a group (plural) is said to be something demeaning, in text order."""
    present = view.words & _PLURALS
    if not present:
        return
    text = view.text
    for match in _occurrences(text, present):
        predicate = _PREDICATE.match(text, match.end())
        if predicate is None or predicate.group(2) not in DEROGATORY:
            continue
        if reported_or_denied(text, match.start(), predicate.end()):
            continue
        yield match.start(), predicate.end()


# --- a group adjective on an insult ("den jødiske gnier", "a lazy black bastard"): discrimination as well;
# an insult whose subject is a whole group ("somaliere er nogle snyltere", "kvinder er dumme"): discrimination,
# not harassment (TAXONOMY.md: a group with no one singled out).
_GROUP_ADJECTIVES = frozenset(_adjectives(
    "jødisk", "muslimsk", "arabisk", "somalisk", "tyrkisk", "pakistansk", "afghansk", "irakisk", "syrisk",
    "afrikansk", "polsk", "rumænsk", "kinesisk", "asiatisk", "lesbisk", "bøsset", "autistisk", "handicappet",
    "sort/sorte", "perker/perker",
) | {"jewish", "muslim", "arab", "arabic", "black", "paki", "gay", "lesbian", "autistic", "retarded", "polish",
     "mexican", "asian", "chinese", "gypsy", "homo", "tranny"})
_GROUP_ADJECTIVE_BEFORE = re.compile(rf"(?<![{LETTER}])({'|'.join(sorted(_GROUP_ADJECTIVES, key=len, reverse=True))})"
                                     rf"\s+(?:[{LETTER}]+\s+)?$")
GROUP_SUBJECTS = _PLURALS | frozenset({
    # not "men" (Danish "but")
    "kvinder", "mænd", "piger", "drenge", "tøser", "women", "girls", "boys", "ældre", "pensionister",
    "muslims", "jews", "arabs", "immigrants", "refugees", "foreigners", "gays", "lesbians", "blacks", "feminister",
    "feminists", "transer", "transkønnede", "handicappede", "autister",
}) | BROAD_SUBJECTS


# a person picked out by what they do, the head of a relative clause: "whoever coaches the girls", "den der træner
# pigerne", "the guy who teaches"; a group after it is the relative's object, not the subject
ONE_WHO = (r"(?:whoever|hvem\s+end(?:\s+der)?|"
           r"(?:den|ham|hende|han|hun|the\s+(?:one|guy|girl|man|woman|person|lady))\s+(?:der|som|who|that))")

# age groups named by two words ("old people", "gamle lærere", "lærere over 60"), and compounds whose first part
# is a group ("indvandrerbørn", "muslimdrengene"): GROUP_SUBJECTS holds single plain words
AGE_GROUP = re.compile(r"\b(?:(?:old|gamle|ældre|elderly|aging)\s+(?:people|folk|folks|mennesker|personer|lærere|"
                       r"teachers|mænd|men|kvinder|women|damer|ladies|trænere|coaches|dommere|referees|naboer)|"
                       r"(?:lærere|teachers|folk|people|mennesker)\s+(?:over|above)\s+\d+|boomer\s+[a-z]+s)\b")
GROUP_COMPOUND = re.compile(r"(?:indvandrer|immigrant|flygtninge?|muslim|araber|perker|somali|tyrker|udlændinge?|"
                            r"jøde|sigøjner|roma|handicap|bøsse|homo|trans|asylansøger|nydansker)"
                            r"(?:børn|børnene|unge|ungerne|drenge|drengene|piger|pigerne|kvinder|kvinderne|mænd|"
                            r"mændene|familier|familierne|forældre|forældrene|elever|eleverne|folk)")


def group_adjective_before(text: str, start: int) -> bool:
    """Whether a group adjective stands right before the word at ``start`` (one other word may sit between)."""
    return _GROUP_ADJECTIVE_BEFORE.search(text, max(0, start - 40), start) is not None


_ANY_WORDS = _GATE_WORDS | _REFERENTIAL | _PLURALS


def may_apply(view: View) -> bool:
    """One cheap test before ``group_insults``, ``compound_insults`` and ``group_statements``: most posts fail it."""
    return not view.words.isdisjoint(_ANY_WORDS) or _body_hint(view)


# ``may_apply`` as data for a caller that gates several rule families at once: a view holding none of these
# words and failing ``body_hint`` gets nothing from ``group_insults``, ``compound_insults`` or ``group_statements``.
MAY_APPLY_WORDS = _ANY_WORDS


def body_hint(view: View) -> bool:
    """The part of ``may_apply`` that is not a word test (see ``_body_hint``)."""
    return _body_hint(view)


def _body_hint(view: View) -> bool:
    """Whether a "kartoffelhoved" may be in the view: substring tests (C speed) before any word is looked at."""
    text = view.text
    return ("hoved" in text or "fjæs" in text or "røv" in text) and not view.heads.isdisjoint(
        _BODY_HEADS)
