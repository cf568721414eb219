"""Home addresses: a street and house number presented as where someone lives or can be found privately.

A street address alone is not personal data: clubs meet in halls and at stations, and the
organisation's own venues come from the configuration. The check therefore looks for a street +
number (Danish suffixes such as -vej, -gade, -allé, -vænget, or "12 Baker Street") and then reads the
words before it: "bor på", "hjemme hos", "adressen er", "lives at", "my house" make it a home;
"vi mødes", "foregår", "hallen", "sommerhus" make it a public place. A person's name right before
the street in a delivery or billing line ("Birgit Lauritsen, Ravnsbjergvej 17") is a home too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.mask import mask_generic
from monitor.checks.normalise import strip_accents

_LEXICONS = Path(__file__).parent / "lexicons"
_SUFFIXES = (
    "vej|vejen|gade|gaden|allé|alle|alléen|stræde|strædet|stræde|torv|torvet|plads|pladsen|parken|park|vænget"
    "|vænge|vang|vangen|bakken|bakke|høj|højen|højvej|toften|toft|lund|lunden|haven|hegn|hegnet|engen|eng|marken"
    "|stien|sti|boulevard|kvarter|løkke|løkken|agre|ageren|ager|holm|dal|dalen|kaj|kajen|gården|gård|banke"
    "|bjerg|bjerget|brink|brinken|krog|krogen|lykke|rækken|tofte|gyde|passage|mose|mosen|skov|skoven"
    "|bro|broen|mark|led|ledet|sletten|slette|vad|strand|stranden|kilde|kilden|have|bjergvej|bakkevej|tværvej"
    "|brynet|bryn|skrænten|kæret|kær|stykket|grund|diget|dige|volden|vold|buen|bue|ringen|ring|kilen|sving"
    "|svinget|mølle|hage|hagen|næs|bugt|bugten|vig|vigen|søen|gårde|lide|høje|højene|lyngen|kobbel|gangen"
    "|kvarteret|tofter|udsigten|terrassen|jorden|toppen|kvist|kløften|porten|tunet|ly|lyst|minde|bjergene"
    "|holmen|tangen|tang|odden|odde|plantagen|skrænt|vænger|lunde|draget|drag|bryggen|brygge|dammen|vold"
)
_SUFFIX_TUPLE = tuple(_SUFFIXES.split("|"))
# Street words that need a name in front: "Vester Allé", "Kongens Have".
_BARE_STREET_WORDS = frozenset({"allé", "alle", "vej", "gade", "plads", "torv", "stræde", "boulevard", "have", "park"})
_PREFIXES = frozenset({"gl.", "gammel", "ny", "nye", "nørre", "søndre", "sønder", "vester", "østre", "øster", "store",
                       "lille", "sankt", "skt.", "h.c.", "n.", "s.", "ø.", "v."})
# After the street word: house number (not a duration or a score), letter, floor and side, postcode, town.
_NUMBER_WORD = r"(?:nr|no|nummer|number)\.?[ \t]{1,2}"
_TAIL = re.compile(
    rf"[ \t]{{1,2}}(?:{_NUMBER_WORD})?\d{{1,4}}(?![\d.,:]\d)"
    r"(?![ \t]*(?:år|dage|dag|døgn|uger|uge|måneder|måned|timer|time|km|min|minutter"
    r"|years?|days?|weeks?|months?|hours?|kr|gange|times|børn|personer|people|-\d)\b)"
    r"(?:[A-Za-z](?!\w)|[ \t][A-Z](?!\w))?"
    r"(?:,?[ \t]{1,2}(?:\d{1,2}\.?[ \t]?(?:sal|th|tv|mf|t\.h\.|t\.v\.)\.?|st\.?(?:[ \t]?(?:th|tv))?\.?)(?!\w))?"
    r"(?:,?[ \t]{1,2}\d{4}[ \t]{1,2}[A-ZÆØÅ][a-zæøå]+(?:[ \t][A-ZÆØÅ]{1,2}\b)?)?")
# A capitalised word (bounded, so a megabyte of capitals stays linear) and then a house number ("Ågade 12",
# "Hadsundvej nr. 77").
# Possessive letter runs: only a blank or a hyphen may follow them, so giving letters back never helps a match.
_CANDIDATE = re.compile(rf"(?P<word>[A-ZÆØÅ][^\W\d_]{{0,40}}+(?:-[^\W\d_]{{1,40}}+)?)[ \t]{{1,2}}(?:{_NUMBER_WORD})?\d")
# Written in lower case ("jeg bor på ågade 12"), only the unmistakable street words count.
_LOWER_SUFFIXES = ("vej", "vejen", "gade", "gaden", "allé", "alle", "stræde", "strædet", "torv", "torvet", "plads",
                   "pladsen", "vænget", "boulevard")
_LOWER_GATE = ("vej", "gade", "all", "stræde", "torv", "plads", "vænget", "boulevard")
_LOWER_GATE_SEARCH = re.compile("|".join(map(re.escape, _LOWER_GATE)))  # one of _LOWER_GATE is in the text
_LOWER_STREET = re.compile(rf"(?:{'|'.join(_LOWER_SUFFIXES)})(?P<gap>[ \t]{{1,2}}(?:{_NUMBER_WORD})?\d)")
# ... and any word in lower case right after "bor på" or "hos <someone> på" (``_street_before`` wants a street suffix).
_LOWER_CUED = re.compile(r"\b(?:bor|boede|bosat|hos\s+[^\W\d_]+)\s+(?:på|i)\s+[a-zæøå][a-zæøå-]{2,40}"
                         r"(?P<gap>[ \t]{1,2}\d)")
_EN_STREET_WORDS = (r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Close|Way|Crescent|Place|Court|Gardens"
                    r"|Terrace|Grove|Hill|Row|Mews|Square|Walk|Rise|View|Green|Boulevard|Blvd\.?)")
_STREET_EN = re.compile(rf"\d{{1,4}}[a-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){{1,2}}{_EN_STREET_WORDS}(?!\w)")
# "Mill Lane 4": found from the street word (a rare capitalised literal), the name before it read back.
_STREET_EN_AFTER = re.compile(rf"{_EN_STREET_WORDS}[ \t]+(?:no\.?[ \t]*)?\d{{1,4}}[a-z]?(?![\d.,:]\d)")
_EN_NAME_BEFORE = re.compile(r"(?:[A-Z][a-z]+[ \t]+){1,2}$")
# English word order with a Danish street name: "at ours, 23 Nyvej", "her gran's at 8 Kirkegade, Spentrup".
# The look-behind comes after the first digit, so that the engine skips from digit to digit in C.
_STREET_NUMBER_FIRST = re.compile(
    r"\d(?<![\w.,:/-]\d)\d{0,3}[a-z]?[ \t]+(?P<street>[A-ZÆØÅ][a-zæøåé]{1,40}(?:-[a-zæøå]{1,20})?"
    r"(?:[ \t][A-ZÆØÅ][a-zæøåé]{1,40}){0,2})\b")  # "27 Niels Ebbesens Gade", "7 Rosenvængets Allé"
# A home cue after the street: "Gl. Hadsundvej 102 er hvor hans far bor", "... is where Mia lives".
_HOME_AFTER = re.compile(
    r"[^.!?\n]{0,40}?\b(?:(?:er|var)\s+hvor\s+(?:\w+\s+){0,2}bo(?:r|ede)|hvor\s+(?:\w+\s+){1,2}bo(?:r|ede)\b"
    r"|(?:er|var)\s+(?:hans|hendes|deres|min|mit|vores|jeres|dit|din)\s+(?:\w+s\s+)?(?:nye\s+|gamle\s+|rigtige\s+)?"
    r"(?:adresse|hjem|hus|lejlighed)|der\s+bor\s+(?:jeg|du|han|hun|vi|de|i)\b|(?:han|hun|de)\s+er\s+(?:altid\s+)?hjemme"
    r"|(?:that'?s|it'?s)\s+(?:where\s+\w+\s+lives|(?:his|her|their|my|our)\s+(?:\w+'?s\s+)?(?:house|home|place|flat))"
    r"|(?:is|was)\s+where\s+(?:\w+\s+){1,2}(?:lives?|lived|stays?|is\s+staying)"
    r"|(?:is|was)\s+(?:his|her|their|my|our)\s+(?:address|home|house|place)"
    r"|where\s+[A-ZÆØÅ]\w+\s+(?:lives|stays|is\s+staying)|(?:the\s+)?[A-ZÆØÅ]\w+s(?:'|’)\s+(?:house|home|place))",
    re.IGNORECASE)
# A floor and a door after the number ("Kristrupvej 88, 1. th", "12 st. tv"): a flat, someone's home unless a place
# cue stands before it ("Kontoret ligger på Vestergade 5, 1. th").
_FLAT = re.compile(r"(?<![\w.])(?:st|kld|\d{1,2})\.\s*(?:th|tv|mf)\b", re.IGNORECASE)
# Both English patterns hold a street word: without one neither can match (one search instead of two scans).
_EN_STREET_WORD = re.compile(_EN_STREET_WORDS)
# Right after a strong home cue any capitalised name + number is a street, suffix or not ("bor på Solsikken 4").
_CUE_BEFORE = re.compile(
    r"\b(?:(?:bor|boede|bosat)(?:[ \t]+(?:i|inde\s+i|ude\s+i|nede\s+i)[ \t]+[A-ZÆØÅ]\w+(?:[ \t]+[A-ZÆØÅ]\w+)?)?"
    r"|ad?dressen\s+er|ad?dresse\s+er|ad?dresse:|hjemme(?:\s+hos\s+\w+)?|hos\s+(?:mig|os|dig|jer)|(?:til|te|hjem\s+til)\s+(?:mig|os)"
    r"|find\w*\s+(?:mig|os|me|us)|lives|living|live|staying|address\s+is|my\s+place|our\s+place|at\s+mine)"
    r"(?:[ \t]+(?:på|i|at|on|in|er))?[:,]?[ \t]+$", re.IGNORECASE)
# "Jakob Brandt, 040808-1291, Grenåvej 73" (a CPR number between), "Ida – Nørrebrogade 8" (a driver's list)
_NAMED = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+)(?:(?:[ \t]+[A-ZÆØÅ][a-zæøå\-]+){1,2},?[ \t]*(?:\d{6}-?\d{4},?[ \t]*)?"
                    r"|[ \t]*[–-][ \t]*)$")
# "Idas hus", "Mads' lejlighed": a first name's genitive and a dwelling (the check reads the name list).
_NAME_HOME = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+?)(?:s|'s|'|’s|’)\s+(?:hus|lejlighed|værelse)\b")
# "Emma på Parkvej 9 har ikke fået mad": a first name located at the street right before it
_NAME_ON = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+)\s+(?:på|fra)\s+$")
_HOS_NAME = re.compile(r"\bhos\s+(?:[a-zæøå]+\s+)?([A-ZÆØÅ][a-zæøå]+)(?:s|'s|'|’s|’)?\b"  # "hos (træner) Bo"
                       r"|\bhos\s+([a-zæøå]+)\s+(?=på\b|i\b)")  # "fest hos nikolaj på ...", written in lower case

# Words before the street that make it a home. "hos" + a person ("hos sin far"; "hos Maja" is read
# with the first-name lexicon by the check).
# Each cue starts at a word boundary, tested once in front ("\\b(?:...)") rather than in every branch: the regex
# engine then skips the inside of words at once, several times faster on the windows it reads.
_HOME_CUES = re.compile(
    r"\b(?:bor\b|boede\b|bosat|bopæl|hjemme\b|derhjemme\b|hjem\b|hjemmet\b|hjemadresse|hjemmeadresse|privatadresse"
    r"|adresse|flyttet\b|flytter\b|lejlighed|villa\b|parcelhus|huset\b|hans\s+hus|hendes\s+hus|privat\b"
    r"|hos\s+(?:mig|os|ham|hende|dem|sin|sit|sine|hans|hendes|min|mit|mine|vores|jeres|deres|familien|far|mor"
    r"|mormor|morfar|farmor|farfar|bedste)\b"
    r"|send\w*\s.{0,30}\btil\s+(?:mig|os|ham|hende)|afhent\w*\s+hos|kom\s+forbi"
    r"|lives?\s+(?:at|on|in)|living\s+at|my\s+(?:house|place|home|address|flat|apartment)"
    r"|(?:his|her|their|our)\s+(?:house|place|home|address|flat)"
    r"|address\b|send\s+it\s+to\s+me|drop\s.{0,20}\boff\s+at|pick\s.{0,20}\bup\s+at"
    r"|home\b|ved\s+hvor\s+\w+\s+bor|find\w*\s+(?:mig|os|me|us)\b|staying\s+at|come\s+(?:over|round|by)"
    r"|swing\s+by|kig\w*\s+forbi|hjem\s+til|(?:til|te)\s+(?:mig|os)\b|mit\s+hus\b|vores\s+hus\b|addresse"
    r"|hos\s+(?:dig|jer|en\s+plejefamilie|sin\s+moster|sin\s+faster)\b|we'?re\s+at\b|moved\s+(?:in\s+)?to\b"
    r"|know\s+where\s+(?:you|u|he|she|they)\s+lives?\b|familien\s+(?:på|fra)\b"
    r"|(?:min|mit|vores|hans|hendes|din|jeres)\s+(?:dør|hoveddør|indkørsel|carport|postkasse|have)\b"
    r"|post(?:al)?\s+address|my\s+(?:mum|mom|dad|parents|grandma|granddad)(?:'s|’s)\b)"
    r"|(?<=\w)(?:'s|'|’s|’)\s+(?:place|house|home|hus|lejlighed)\b"
    r"|\bfamilien\s+[A-ZÆØÅ][a-zæøå]+\s+(?:på|i|fra)\b"
    r"|\b(?:staying|living|stays|lives)\s+with\s+(?:us|me|them|him|her|his|my|our)\b|\bat\s+ours\b"
    r"|\bkom\s+(?:bare\s+)?over\b|\bkan\s+findes\s+på\b|\bcan\s+be\s+found\s+at\b|\b(?:come\s+to|at)\s+mine\b"
    r"|\b(?:at|to)\s+(?:our|my)\s+(?:house|place)\b|\breturn\s+(?:it\s+|him\s+|her\s+)?to\s+(?:us|me)\b"
    # someone located at the street ("Manden på Engvej 12 er ham der ...", "min nabo Kurt på Skovvej 12")
    r"|\b(?:manden|kvinden|damen|drengen|pigen|naboen|nabo\s+[A-ZÆØÅ][a-zæøå]+|gubben|gubbe|konen|familien)\s+(?:på|fra)\s+$"
    r"|\b(?:at|to)\s+(?:my|his|her|their|our)\s+(?:mum|mom|dad|gran|grandma|granddad|nan|aunt|uncle)(?:'s|’s)"
    r"|\bat\s+[A-Z][a-z]+(?:'s|’s)(?=[\s,])"
    # a host family's home ("her host family is at ...", "værtsfamilien bor på ..."), "lives with the Sørensens"
    r"|\bhost\s+famil(?:y|ies)\b|\bværtsfamilie\w*|\b(?:lives?|living|stays?|staying)\s+with\s+the\s+[A-ZÆØÅ]",
    re.IGNORECASE)
# Words that make the street a public place or a business; they count only when nearer than a home cue. Some
# are read inside words too ("Idrætshallen", "Ungdomsskolen"), behind a cheap look-ahead on their first letters.
_PLACE_CUES = re.compile(
    r"\b(?:mødes\b|mødested|møder\s+op|fore?går\b|afholdes\b|arrangement|sejlklub|café|cafe|restaurant|butik"
    r"|kontor|sommerhus|lejet\b|venue|boden\b|standen\b|markedet\b|sygehus|hospital|klinik|lægehus|meet\s+(?:at|by)|held\s+at|takes\s+place|hytte|lejr|museum|biograf|hotel"
    r"|vandrerhjem|stadion|svømmehal|bane\b|havn\b|sted:|parkering|firma|virksomhed)"
    r"|(?=[hsckbmf])(?:hallen\b|hal\b|hytte|skole(?<!efter\sskole)(?<!after\sskole)|klub\b|klubben\b|klubhus|station|center\b|centret\b|centre\b|kirke"
    r"|bibliotek|\Bhuset\b|medborgerhus|forening)", re.IGNORECASE)
_WINDOW = 90
_DIGIT = re.compile(r"\d")


def _load(name: str) -> frozenset[str]:
    lines = (_LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4096)
def street_key(address: str) -> str:
    """Street + house number, compared without case, accents, dots or spaces: "Vester Allé 6" ->
    "vesteralle6"."""
    match = re.search(r"^(.*?\d+\s*[A-Za-z]?)\b", address.split(",")[0].strip())
    base = match.group(1) if match else address
    return re.sub(r"[^a-z0-9]", "", strip_accents(base).lower())


ADDRESS_HOME = Rule(
    "address.home", "personal.address",
    "En privat hjemmeadresse (vej og husnummer), der fremstilles som hvor nogen bor.",
    "A private home address (street and house number) presented as where someone lives.",
)
ADDRESS_NAMED = Rule(
    "address.named_person", "personal.address",
    "En persons navn efterfulgt af vej og husnummer (fx i en leverings- eller betalingsoplysning).",
    "A person's name followed by a street and house number (e.g. in delivery or billing details).",
)


def _lower_word_start(text: str, suffix_start: int) -> int:
    """Where a lower-case street name ending in a street suffix starts ("ågade"), or -1 when it is none."""
    start = suffix_start
    while start > 0 and suffix_start - start < 40 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    if start == suffix_start or not text[start].islower() or (start and text[start - 1].isalnum()):
        return -1
    return start


class AddressCheck(Check):
    """Home addresses of private persons; venues and the organisation's addresses are allowed."""

    name = "address"
    rules = (ADDRESS_HOME, ADDRESS_NAMED)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.own = tuple(street_key(a) for a in context.addresses)
        self.first_names = _load("personal_first_names.txt")

    def scan(self, doc: Document) -> Iterable[Hit]:
        text = doc.text
        if _DIGIT.search(text) is None:
            return  # both street patterns need a house number
        covered: list[tuple[int, int]] = []
        for candidate in self._candidates(text):
            span = self._street_before(text, candidate)
            if span is None:
                continue
            start, word_end, cued = span
            tail = _TAIL.match(text, word_end)
            if tail is None or (covered and start < covered[-1][1]):
                continue
            end = tail.end()
            if self._own(text[start:end]):
                continue
            rule = ADDRESS_HOME if cued else self._rule(text, start, end)
            if rule is not None:
                covered.append((start, end))
                yield Hit(rule, start, end, mask_generic)
        for match in _STREET_NUMBER_FIRST.finditer(text):
            street = match.group("street").lower()
            if street.endswith(_SUFFIX_TUPLE) and len(street) > 3 and street not in _BARE_STREET_WORDS \
                    and not any(start < match.end() and match.start() < end for start, end in covered) \
                    and not self._own(f"{match.group('street')} {match.group().split()[0]}") \
                    and self._rule(text, match.start(), match.end()) is ADDRESS_HOME:
                yield Hit(ADDRESS_HOME, match.start(), match.end(), mask_generic)
        if _EN_STREET_WORD.search(text) is None:
            return
        for match in _STREET_EN.finditer(text):
            if match.start() and text[match.start() - 1].isalnum():
                continue
            if not self._own(match.group()) and self._rule(text, match.start()) is not None:
                yield Hit(ADDRESS_HOME, match.start(), match.end(), mask_generic)
        for match in _STREET_EN_AFTER.finditer(text):
            name = _EN_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if name is None or (name.start() and text[name.start() - 1].isalnum()):
                continue
            if not self._own(text[name.start():match.end()]) and self._rule(text, name.start()) is not None:
                yield Hit(ADDRESS_HOME, name.start(), match.end(), mask_generic)

    @staticmethod
    def _candidates(text: str) -> list[int]:
        """Where each possible street word ends (a house number follows), in text order: a capitalised word, or
        a lower-case one with an unmistakable street suffix."""
        ends = [c.end("word") for c in _CANDIDATE.finditer(text) if not (c.start() and text[c.start() - 1].isalpha())]
        lower = [m.start("gap") for m in _LOWER_CUED.finditer(text)] if "bor" in text or "hos" in text else []
        if _LOWER_GATE_SEARCH.search(text) is not None:
            lower += [m.start("gap") for m in _LOWER_STREET.finditer(text) if _lower_word_start(text, m.start()) >= 0]
        if lower:
            ends = sorted(set(ends + lower))
        return ends

    def _street_before(self, text: str, end: int) -> tuple[int, int, bool] | None:
        """Where the street name ending at ``end`` starts, and whether a home cue stands right before it (then
        any capitalised name counts); None when the word is no street."""
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1
        word = text[start:end]
        if not word:
            return None
        lower = word.lower()
        if not word[0].isupper():
            if lower.endswith(_LOWER_SUFFIXES):
                return start, end, False
            # after a strong home cue any street suffix counts in lower case too ("victor bor på østervangen 5")
            cued = lower.endswith(_SUFFIX_TUPLE) and len(lower) > 3
            return (start, end, True) if cued and _CUE_BEFORE.search(text, max(0, start - 40), start) else None
        prefix_start = start - 1
        while prefix_start > 0 and not text[prefix_start - 1].isspace():
            prefix_start -= 1
        prefix = text[prefix_start:start - 1] if start > 1 and text[start - 1] in " \t" else ""
        has_prefix = prefix.lower() in _PREFIXES or (lower in _BARE_STREET_WORDS and prefix[:1].isupper()
                                                     and prefix.isalpha())
        if lower in _BARE_STREET_WORDS:
            return (prefix_start, end, False) if has_prefix else None
        if lower.endswith(_SUFFIX_TUPLE) and len(lower) > 3:
            return (prefix_start if has_prefix else start), end, False
        if _CUE_BEFORE.search(text, max(0, start - 40), start):
            return start, end, True
        return None

    def _own(self, address: str) -> bool:
        key = street_key(address)
        return any(key.endswith(own) for own in self.own)

    def _rule(self, text: str, start: int, end: int | None = None) -> Rule | None:
        """ADDRESS_NAMED after a person's name, ADDRESS_HOME after a home cue that no place cue follows, or
        before one ("... 102 er hvor hans far bor"); None for a public place or no cue at all."""
        window = text[max(0, start - _WINDOW):start]
        named = _NAMED.search(window)
        if named is not None and named.group(1).lower() in self.first_names \
                and not self._nearest_is_place(window[:named.start()][-40:]):
            return ADDRESS_NAMED
        home = self._home_cues(window)
        if not home:
            if end is not None and _FLAT.search(text, start, end) and not _PLACE_CUES.search(window):
                return ADDRESS_HOME
            return ADDRESS_HOME if end is not None and _HOME_AFTER.match(text, end) else None
        place = [m.end() for m in _PLACE_CUES.finditer(window)]
        return None if place and place[-1] > home[-1] else ADDRESS_HOME

    def _home_cues(self, window: str) -> list[int]:
        ends = [m.end() for m in _HOME_CUES.finditer(window)]
        ends += [m.end() for m in _HOS_NAME.finditer(window) if (m.group(1) or m.group(2)).lower() in self.first_names]
        ends += [m.end() for m in _NAME_HOME.finditer(window) if m.group(1).lower() in self.first_names]
        ends += [m.end() for m in _NAME_ON.finditer(window) if m.group(1).lower() in self.first_names]
        return sorted(ends)

    def _nearest_is_place(self, window: str) -> bool:
        place = [m.end() for m in _PLACE_CUES.finditer(window)]
        if not place:
            return False
        home = self._home_cues(window)
        return not home or place[-1] > home[-1]


CHECKS: tuple[type[Check], ...] = (AddressCheck,)
