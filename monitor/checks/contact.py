"""Private phone numbers and e-mail addresses (the organisation's own are allowed).

Phone numbers: Danish eight-digit numbers in any common layout and foreign numbers written with
+ or 00, validated with ``phonenumbers``; prices, dates, times, years, thousands and numbers that
their context names as something else (order, invoice, account, CVR ...) are not phone numbers.
E-mail addresses: plain and obfuscated ("navn (at) gmail punktum com", "navn [snabel-a] gmail.com").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import phonenumbers

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.cpr import SEPARATORS, UNIT_AFTER, DigitRun, digit_runs, find_cprs, valid_day
from monitor.checks.mask import mask_email, mask_phone

_SEP = "[" + re.escape(SEPARATORS + "()") + "]"
# Like the CPR digit run, but "(+45) 12 34 56 78" holds together; a "+" before it is read by the check.
# Seven digits or more; written as cpr._LONG_RUN is (tried from a run's first digit only, possessive repeats).
_PHONE_RUN = re.compile(rf"\d(?<!\d\d)(?:{_SEP}{{0,5}}+\d){{6,}}+")
_PHONE_WORDS = re.compile(
    r"(?:\btlf|telefon|\bmobil|\bmob\b|\b(?:mit|min|mine|dit|din|hans|hendes|jeres|vores|deres)\s+nr\b|\bnummer|\bring|\bsms|\bskriv|\bkontakt|\bphone|\bcall"
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
        for run in digit_runs(text, _PHONE_RUN):
            if run.end < len(text) and text[run.end].isalpha():
                continue
            cpr_groups = self._cpr_groups(run, cpr_starts)
            plus = text[max(0, run.start - 2):run.start].endswith(("+", "(+"))
            digits = run.digits(text)
            if plus or (digits.startswith("00") and len(digits) > 10):
                start = text.rfind("(+" if text[run.start - 2:run.start] == "(+" else "+", 0, run.start) if plus \
                    else run.start
                hit = self._international(text, start, run.end, digits if plus else digits[2:])
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

    def _international(self, text: str, start: int, end: int, digits: str) -> Hit | None:
        found = _valid_e164(digits, True)
        if found is None or found[0] in self.own or _context_says_other(text, start):
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


# --- e-mail ------------------------------------------------------------------------------------

_TLDS = ("dk|com|net|org|se|no|de|uk|co\\.uk|io|eu|info|nu|me|fi|is|fr|es|it|nl|be|pl|at|ch|edu|gov|biz"
         "|online|app|live|email|mail|xyz|gl|fo|us|ca|au|pt|ie")
_AT_PLAIN = r"[ \t]{0,2}@[ \t]{0,2}"
_AT_WORD = (r"(?:[ \t]{0,2}[(\[{<][ \t]{0,2}(?:at|snabel-?a|a|@)[ \t]{0,2}[)\]}>][ \t]{0,2}"
            r"|[ \t]{1,2}(?:at|snabel[- ]?a)[ \t]{1,2})")
_DOT_WORD = (r"(?:[ \t]{0,2}[(\[{<][ \t]{0,2}(?:dot|punktum|prik|\.)[ \t]{0,2}[)\]}>][ \t]{0,2}"
             r"|[ \t]{1,2}(?:dot|punktum|prik)[ \t]{1,2})")
_LOCAL = r"(?<![\w.+\-])[a-z0-9æøåäöü][a-z0-9æøåäöü._+\-]{0,63}"
_LABEL = r"[a-z0-9æøå](?:[a-z0-9æøå\-]{0,61}[a-z0-9æøå])?"
# Plain address: any alphabetic top-level domain. Obfuscated: spaces or words, a known top-level domain.
_EMAIL = re.compile(
    rf"(?P<plain>{_LOCAL}@(?:{_LABEL}\.)+[a-z]{{2,24}}(?![\w\-]))"
    rf"|(?P<obf>{_LOCAL}(?:{_AT_PLAIN}|{_AT_WORD})(?:{_LABEL}(?:\.|[ \t]{{1,2}}\.[ \t]{{1,2}}|{_DOT_WORD}))+"
    rf"(?:{_TLDS})(?![\w\-]))",
    re.IGNORECASE)
# Cheap gates on the lower-cased text: an "@", a bracketed or spelled-out at-sign, or " at " before a
# domain-like word. Danish "at" is a common word, so the full pattern runs only when one is present.
_GATE_WORDS = ("@", "snabel", "(a", "[a", "{a", "<a", " på gmail", " på hotmail", " på outlook")
_BARE_AT_GATE = re.compile(r" at {1,2}[\w\-]{1,63}(?:\.[a-z]| {1,2}\.| {1,2}(?:dot|punktum|prik) )")
_DOTS = re.compile(_DOT_WORD + r"|[ \t]*\.[ \t]*", re.IGNORECASE)
_ATS = re.compile(_AT_WORD + "|" + _AT_PLAIN, re.IGNORECASE)
# Role mailboxes of other organisations (a ticket office, a club's info address) are not a person's.
_ROLE = frozenset({
    "info", "kontakt", "contact", "billetsalg", "tickets", "billet", "post", "mail", "admin", "salg", "sales",
    "kundeservice", "support", "service", "booking", "hello", "hej", "office", "kontor", "sekretariat",
    "reception", "webmaster", "noreply", "no-reply", "presse", "press", "job", "jobs", "hr", "bogholderi",
    "okonomi", "økonomi", "faktura", "invoice"
})
_FREEMAIL = frozenset({
    "gmail.com", "hotmail.com", "hotmail.dk", "outlook.com", "outlook.dk", "live.dk", "live.com", "yahoo.com",
    "yahoo.dk", "icloud.com", "me.com", "mail.dk", "jubii.dk", "stofanet.dk", "msn.com", "aol.com",
    "protonmail.com", "proton.me", "gmx.com", "gmx.de", "youmail.dk", "webspeed.dk", "post.tele.dk"
})


_BARE_AT = re.compile(r"[ \t](?:at|snabel[- ]?a)[ \t]", re.IGNORECASE)
# Where the at-sign of an ``_EMAIL`` match can start: "@", a bracketed at-word or a bare one between blanks.
_AT_ANCHOR = re.compile(r"@|[(\[{<][ \t]{0,2}(?:at|snabel-?a|a|@)|[ \t](?:at|snabel[- ]?a)[ \t]", re.IGNORECASE)


def _email_matches(text: str) -> Iterator[re.Match[str]]:
    """``_EMAIL.finditer(text)``, searched from the start of the word before each at-sign instead of trying the
    pattern at every word of the text.

    A match is a local part (at most 64 word characters, dots, "+" or "-") and at most two blanks right before
    an at-sign; an anchor is none of those characters, so no match starts before the run that ends at the
    first anchor, and searching from there finds what ``finditer`` finds next.
    """
    pos = 0
    while (anchor := _AT_ANCHOR.search(text, pos)) is not None:
        start = anchor.start()
        stop = max(pos, start - 3)
        while start > stop and text[start - 1] in " \t":
            start -= 1
        stop = max(pos, start - 70)
        while start > stop and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        match = _EMAIL.search(text, start)
        if match is None:
            return
        yield match
        pos = match.end()


_MAIL_WORDS = re.compile(r"(?:mail|skriv|write|kontakt|contact|send|adresse|address|reach)", re.IGNORECASE)
_PROVIDER_NAMES = "gmail|hotmail|outlook|yahoo|icloud|protonmail|live"
# Each name's first letter comes before the look-behind, so that the engine skips to those letters in C.
_PROVIDER_WORD = re.compile("(?:" + "|".join(rf"{name[0]}(?<![\w.]{name[0]}){name[1:]}"
                                             for name in _PROVIDER_NAMES.split("|")) + r")\b")
# "emma2010 @ gmail", "anna.b på gmail": a mailbox at a well-known provider, the top-level domain left out.
_PROVIDER_ONLY = re.compile(
    rf"(?P<local>{_LOCAL})(?:{_AT_PLAIN}|{_AT_WORD}|[ \t]{{1,2}}på[ \t]{{1,2}})(?P<provider>{_PROVIDER_NAMES})"
    rf"(?:[ \t]*(?:\.|{_DOT_WORD})[ \t]*(?:{_TLDS}))?(?![\w\-@])", re.IGNORECASE)


def _looks_like_mailbox(address: str) -> bool:
    """A bare " at " is an ordinary word in Danish ("husk at gmail.com er nede"): trust it only for mailbox-like
    local parts ("mikkel.s", "emma2010"); otherwise a mail word must come before it (see ``_MAIL_WORDS``)."""
    local = address.partition("@")[0]
    return any(c in local for c in "._0123456789")


def canonical_email(raw: str) -> str:
    """``navn (at) gmail punktum com`` -> ``navn@gmail.com``."""
    local, _, domain = _ATS.sub("@", raw.lower(), count=1).partition("@")
    return local.strip() + "@" + _DOTS.sub(".", domain).strip()


EMAIL_PLAIN = Rule(
    "email.address", "personal.email",
    "En privat e-mailadresse (ikke på organisationens egne domæner).",
    "A private e-mail address (not on the organisation's own domains).",
)
EMAIL_OBFUSCATED = Rule(
    "email.obfuscated", "personal.email",
    "En privat e-mailadresse skrevet omskrevet, fx 'navn (at) gmail punktum com'.",
    "A private e-mail address written in disguise, e.g. 'name (at) gmail dot com'.",
)


class EmailCheck(Check):
    """Private e-mail addresses, also when written to dodge filters."""

    name = "email"
    rules = (EMAIL_PLAIN, EMAIL_OBFUSCATED)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)
        self.domains = tuple(d.lower().strip().lstrip("@").rstrip(".") for d in context.domains if d.strip())

    def _allowed(self, address: str) -> bool:
        local, _, domain = address.partition("@")
        if any(domain == d or domain.endswith("." + d) for d in self.domains):
            return True
        return local in _ROLE and domain not in _FREEMAIL

    def scan(self, doc: Document) -> Iterable[Hit]:
        # The folded text: full-width "＠" and letters become ASCII, zero-width characters are gone.
        folded = doc.folded
        text = folded.text
        if not any(word in text for word in _GATE_WORDS) and not (" at " in text and _BARE_AT_GATE.search(text)):
            return
        taken: list[tuple[int, int]] = []
        for match in _email_matches(text):
            raw = match.group()
            address = canonical_email(raw)
            if self._allowed(address) or (_BARE_AT.search(raw) and not _looks_like_mailbox(address)
                                          and not _MAIL_WORDS.search(text, max(0, match.start() - 40), match.start())):
                continue
            rule = EMAIL_PLAIN if match.lastgroup == "plain" else EMAIL_OBFUSCATED
            start, end = folded.original_span(match.start(), match.end())
            taken.append((match.start(), match.end()))
            yield Hit(rule, start, end, mask_email)
        for provider in _PROVIDER_WORD.finditer(text):
            if any(s <= provider.start() < e for s, e in taken):
                continue
            match = _PROVIDER_ONLY.search(text, max(0, provider.start() - 80), provider.end() + 30)
            if match is None or match.start("provider") != provider.start():
                continue
            # With a bare word for the at-sign ("jeg er på hotmail") only a mailbox-like name counts.
            local = match.group("local")
            if any(c in local for c in "._0123456789") or "@" in match.group() or "(" in match.group() \
                    or "[" in match.group():
                start, end = folded.original_span(match.start(), match.end())
                yield Hit(EMAIL_OBFUSCATED, start, end, mask_email)


CHECKS: tuple[type[Check], ...] = (PhoneCheck, EmailCheck)
