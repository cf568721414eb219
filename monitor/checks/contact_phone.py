"""Private phone numbers (the organisation's own are allowed).

Danish eight-digit numbers in any common layout and foreign numbers written with + or 00, validated with
``phonenumbers``; prices, dates, times, years, thousands and numbers that their context names as something else
(order, invoice, account, CVR ...) are not phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import phonenumbers

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.cpr import SEPARATORS, UNIT_AFTER, DigitRun, digit_runs, find_cprs, valid_day
from monitor.checks.mask import mask_phone

PHONE_SEP = "[" + re.escape(SEPARATORS + "()") + "]"
# Like the CPR digit run, but "(+45) 12 34 56 78" holds together; a "+" before it is read by the check.
# Seven digits or more; written as cpr._LONG_RUN is (tried from a run's first digit only, possessive repeats).
PHONE_RUN = re.compile(rf"\d(?<!\d\d)(?:{PHONE_SEP}{{0,5}}+\d){{6,}}+")
_PHONE_WORDS = re.compile(
    r"(?:\btlf|telefon|\bmobil|\bmob\b|\b(?:mit|min|mine|dit|din|hans|hendes|jeres|vores|deres|nyt|nye)\s+nr\b|\bnummer|\bring|\bsms|\bskriv|\bkontakt|\bphone|\bcall"
    r"|\btext\b|\bnumber|whatsapp|signal|\btel\b|\bmobilepay|\bcell)", re.IGNORECASE)
_OTHER_NUMBER_WORDS = re.compile(
    r"\b(?:ordre|order|faktura|invoice|konto(?!r)|account|reg\b|regnr|reg\.\s*nr|sags?nr|\w*sag\b|sagsnummer|case"
    r"|tracking|track|ref|kunde|customer|booking|bestilling|ean\b|cvr|se-nr|p-nr|varenr|vare|serie|serial"
    r"|stregkode|barcode|bilag|journal|pakke|forsendelse|parcel|transakt|transaction|medlems|member|licens"
    r"|iban|swift|pin\b|kode|billet|ticket|isbn|police|skade|postnr|cpr|personn|id\b)",
    re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(?:kr\.?|dkk|€|\$|£|pris|beløb|price|amount|ialt|i alt)[ \t\u00a0:]*$", re.IGNORECASE)
_SERVICE_PREFIXES = ("70", "80", "90")  # Danish business, toll-free and premium-rate numbers
# Countries whose national numbers start with a trunk "0" ("07911 123456", "070-123 45 67", "0151 23456789").
# Danish numbers never do, so such a number is foreign; it counts only where the text says it is a phone.
_TRUNK_ZERO_REGIONS = ("GB", "SE", "DE", "NO", "NL", "FR", "FI", "AT", "CH", "BE", "IE", "IT", "AU", "NZ", "TR")


def _e164(raw: str, region: str = "DK") -> str | None:
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)
def _valid_e164(digits: str, international: bool) -> tuple[str, str] | None:
    """(E.164, region) of a valid number, or None. ``digits`` holds the country code when international."""
    try:
        number = phonenumbers.parse(("+" + digits) if international else digits, None if international else "DK")
    except phonenumbers.NumberParseException:
        return None
    # Written with a country code, a number of the right length is a phone number even when it lies in a
    # range the metadata calls unassigned (fiction and examples use those: +44 7700 900xxx, +45 31 09 66 12).
    possible = international and phonenumbers.is_possible_number(number) and (
        number.country_code != 45 or str(number.national_number)[0] in "23456789")  # Danish numbers start 2-9
    if not (phonenumbers.is_valid_number(number) or possible):
        return None
    region = phonenumbers.region_code_for_country_code(number.country_code or 0) or ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), region


def _is_date_or_time(a: str, b: str) -> bool:
    x, y = int(a), int(b)
    return valid_day(x, y, 2000) or (x <= 23 and y <= 59)


def _looks_like_other_number(text: str, run: DigitRun, first: int, last: int) -> bool:
    """Dates, time ranges, years, thousands and amounts that happen to have eight digits."""
    lengths = run.lengths(first, last)
    groups = [text[s:e] for s, e in run.groups[first:last]]
    start, end = run.groups[first][0], run.groups[last - 1][1]
    seps = set(text[start:end]) - set("0123456789 \t\u00a0")
    if UNIT_AFTER.match(text, end) or _UNIT_BEFORE.search(text, max(0, start - 12), start):
        return True
    if seps and lengths == (2, 2, 2, 2) and _is_date_or_time(*groups[:2]) and _is_date_or_time(*groups[2:]):
        return True  # "16.02-20.02", "10.30-12.15"
    if seps and lengths == (2, 2, 4) and valid_day(int(groups[0]), int(groups[1]), int(groups[2])):
        return True  # "19.06.2026"
    if seps and lengths == (4, 2, 2) and valid_day(int(groups[2]), int(groups[1]), int(groups[0])):
        return True  # "2026-06-19"
    if lengths == (4, 4) and all(1900 <= int(g) <= 2099 for g in groups) and abs(int(groups[1]) - int(groups[0])) <= 10:
        return True  # "2025-2026", "sæsonen 2025 2026"
    if seps <= {"."} and seps and len(lengths) >= 3 and all(n == 3 for n in lengths[1:]):
        return True  # "12.500.000"
    if lengths == (8,):
        d = groups[0]
        if valid_day(int(d[:2]), int(d[2:4]), int(d[4:])) and d[4:6] in ("19", "20"):
            return True  # "11082026"
        if d[:2] in ("19", "20") and valid_day(int(d[6:]), int(d[4:6]), int(d[:4])):
            return True  # "20260619"
    return False


def _context_says_other(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - 40):start]
    other = [m.end() for m in _OTHER_NUMBER_WORDS.finditer(window)]
    if not other:
        return False
    phone = [m.end() for m in _PHONE_WORDS.finditer(window)]
    return not phone or other[-1] > phone[-1]


def _phone_context(text: str, start: int, end: int) -> bool:
    """A phone word before the number (same line, 50 characters) or right after it ("... er mit nummer")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after_end = min(end + 30, len(text) if line_end < 0 else line_end)
    return bool(_PHONE_WORDS.search(text, max(line_start, start - 50), start)
                or _PHONE_WORDS.search(text[end:after_end]))


@lru_cache(maxsize=1024)
def _valid_national(digits: str, layout: tuple[int, ...]) -> bool:
    """A foreign number written nationally: trunk-0 countries, or North American "(555) 123-4567"."""
    regions = _TRUNK_ZERO_REGIONS if digits[0] == "0" else ("US",) if layout == (3, 3, 4) else ()
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or (region == "US" and phonenumbers.is_possible_number(number)):
            return True
    return False


def _partition(lengths: tuple[int, ...], cpr_groups: set[int]) -> list[tuple[int, int]] | None:
    """Split a long run into 8-digit numbers (CPR groups skipped); None when it does not split cleanly."""
    chunks: list[tuple[int, int]] = []
    index = 0
    while index < len(lengths):
        if index in cpr_groups:
            index += 1
            continue
        count, last = 0, index
        while last < len(lengths) and count < 8 and last not in cpr_groups:
            count += lengths[last]
            last += 1
        if count != 8:
            return None
        chunks.append((index, last))
        index = last
    return chunks


PHONE_DK = Rule(
    "phone.danish", "personal.phone",
    "Et dansk telefonnummer, der ikke er organisationens eget.",
    "A Danish phone number that is not one of the organisation's own.",
)
PHONE_FOREIGN = Rule(
    "phone.international", "personal.phone",
    "Et udenlandsk telefonnummer skrevet med landekode (+ eller 00).",
    "A foreign phone number written with a country code (+ or 00).",
)
PHONE_NATIONAL = Rule(
    "phone.foreign_national", "personal.phone",
    "Et udenlandsk telefonnummer skrevet uden landekode (fx 07911 123456), hvor teksten siger, det er et nummer.",
    "A foreign phone number written without a country code (e.g. 07911 123456) where the text says it is a phone.",
)


class PhoneCheck(Check):
    """Private phone numbers, Danish and foreign."""

    name = "phone"
    rules = (PHONE_DK, PHONE_FOREIGN, PHONE_NATIONAL)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.own = frozenset(filter(None, (_e164(p) for p in context.phones)))

    def scan(self, doc: Document) -> Iterable[Hit]:
        text = doc.text
        cpr_starts = {s for s, _, _ in find_cprs(text)}
        for run in digit_runs(text, PHONE_RUN):
            if run.end < len(text) and text[run.end].isalpha():
                continue
            cpr_groups = self._cpr_groups(run, cpr_starts)
            plus = text[max(0, run.start - 2):run.start].endswith(("+", "(+"))
            digits = run.digits(text)
            if plus or (digits.startswith("00") and len(digits) > 10):
                start = text.rfind("(+" if text[run.start - 2:run.start] == "(+" else "+", 0, run.start) if plus \
                    else run.start
                hit = self._international(text, start, run.end, digits if plus else digits[2:], plus)
                if hit is not None:
                    yield hit
                continue
            if not cpr_groups and 9 <= len(digits) <= 12 and (digits[0] == "0" or len(digits) == 10):
                hit = self._national(text, run, digits)
                if hit is not None:
                    yield hit
                    continue
            chunks = _partition(run.lengths(), cpr_groups)
            for first, last in chunks or ():
                hit = self._danish(text, run, first, last)
                if hit is not None:
                    yield hit

    @staticmethod
    def _cpr_groups(run: DigitRun, cpr_starts: set[int]) -> set[int]:
        """Indexes of the run's digit groups that belong to a CPR number (not to be read as a phone)."""
        groups: set[int] = set()
        if not cpr_starts:
            return groups
        digits_left = 0
        for index, (start, end) in enumerate(run.groups):
            if start in cpr_starts:
                digits_left = 10
            if digits_left > 0:
                groups.add(index)
                digits_left -= end - start
        return groups

    def _international(self, text: str, start: int, end: int, digits: str, plus: bool) -> Hit | None:
        """A number with its country code. Written with "+" it is a phone whatever the words before it are about
        ("han der sælger billetter til festen er +45 ..."); "00..." may be another kind of number."""
        found = _valid_e164(digits, True)
        if found is None or found[0] in self.own or (not plus and _context_says_other(text, start)):
            return None
        e164, region = found
        if region == "DK" and e164[3:5] in _SERVICE_PREFIXES:
            return None
        return Hit(PHONE_DK if region == "DK" else PHONE_FOREIGN, start, end, mask_phone)

    def _national(self, text: str, run: DigitRun, digits: str) -> Hit | None:
        if not _valid_national(digits, run.lengths()):
            return None
        if not _phone_context(text, run.start, run.end) or _context_says_other(text, run.start):
            return None
        if _looks_like_other_number(text, run, 0, len(run.groups)):
            return None
        start = run.start - 1 if run.start and text[run.start - 1] == "(" else run.start
        return Hit(PHONE_NATIONAL, start, run.end, mask_phone)

    def _danish(self, text: str, run: DigitRun, first: int, last: int) -> Hit | None:
        lengths = run.lengths(first, last)
        start, end = run.groups[first][0], run.groups[last - 1][1]
        if min(lengths) < 2 and len(lengths) > 2 and (max(lengths) > 1 or len(run.groups) != 8
                                                     or not _phone_context(text, start, end)):
            return None  # "1 2 3 4 5 6 7 8" is no phone number, unless the text says so ("ring på 2 0 3 0 4 0 5 0")
        digits = run.digits(text, first, last)
        if digits[:2] in _SERVICE_PREFIXES:
            return None
        found = _valid_e164(digits, False)
        if found is None and digits[0] in "23456789" and len(digits) == 8 and _phone_context(text, start, end):
            # Outside the ranges the metadata knows, a Danish number still counts where the text calls it one
            # ("hans mors nummer er 22 07 53 19", "ring på ..."): ranges change, people do not check them.
            found = ("+45" + digits, "DK")
        if found is None or found[0] in self.own:
            return None
        if _looks_like_other_number(text, run, first, last) or _context_says_other(text, start):
            return None
        return Hit(PHONE_DK, start, end, mask_phone)



CHECKS: tuple[type[Check], ...] = (PhoneCheck,)
