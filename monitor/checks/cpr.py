"""Danish CPR numbers: a real date DDMMYY (century from the serial's first digit) and four more digits.

The CPR office's rules: the date must exist in the century that the 7th digit and the year give, and
modulus 11 only raises confidence (numbers issued since 2007 may fail it). Matching runs on the raw
text, with separators and zero-width characters allowed between digits, so spans need no mapping.
The digit-run helpers here are shared with the phone check (monitor/checks/contact_phone.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.mask import mask_cpr
from monitor.checks.normalise import ZERO_WIDTH

# What may stand between two digits of one number: spaces of every width, dashes, slash, dot and
# the invisible characters used to split numbers so that filters miss them.
# Every space of the Unicode class Zs is one ("300909\u20034415" with an em space).
_SPACES = " \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# A keycap emoji digit is the digit, a variation selector and the enclosing keycap ("4️⃣2️⃣ 1️⃣8️⃣"): the two marks
# separate digits like any invisible character.
SEPARATORS = (_SPACES + "\t./\\-_\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
              "\u00b7\u2022\u2027\u30fb\ufe58\ufe63\uff0d\uff0e\uff0f\uff3f\ufe0f\u20e3" + "".join(ZERO_WIDTH))
_SEP_CLASS = "[" + re.escape(SEPARATORS) + "]"
# A CPR number may also be broken over two lines ("cpr:\n150307\n2231"); such a run needs a CPR word before it.
_SEP_OR_NEWLINE = "[" + re.escape(SEPARATORS) + "\r\n]"
# A maximal run of digits joined by at most five separator characters. (No look-behind: a pattern that
# starts with a digit lets the regex engine skip to digits at C speed; digit_runs checks what precedes.)
DIGIT_RUN = re.compile(rf"\d(?:{_SEP_CLASS}{{1,5}}\d|\d)*")
# Only runs of ten digits or more can hold a CPR number; shorter ones fail inside the regex engine. A run is
# found from its first digit or not at all (a later start reaches the same end with fewer digits), so no start
# after a digit is tried; separators never look like digits, so nothing is given back (possessive repeats).
_LONG_RUN = re.compile(rf"\d(?<!\d\d)(?:{_SEP_OR_NEWLINE}{{0,5}}+\d){{9,}}+")
# "CPR150307-2231", "cprnr.1503072231": a CPR word glued to the number.
_GLUED = re.compile(r"(?:cpr|cpr-?nr|personnr|personnummer|p-?nr)\.?$", re.IGNORECASE)
# A run never starts inside a word, a URL path, a hashtag or a handle.
_BAD_BEFORE = frozenset("/=#&@_")
_GROUP = re.compile(r"\d+")
_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# Words that say what a number is. The nearest one before the number (same line) decides.
_POSITIVE = re.compile(
    r"(?:\bcpr|personn(?:umme)?r|person\s*nr|\bp-?nr\b|f(?:ø|oe)dselsnummer|personal\s+(?:id|number|identity)"
    r"|civil\s+reg(?:istration)?\b(?:\.?\s*(?:no|nr|number)\b\.?)?|social\s+security|\bssn\b|sygesikrings?nr)",
    re.IGNORECASE)
_NEGATIVE = re.compile(
    r"\b(?:ordre|order|faktura|invoice|konto(?!r)|account|reg\b|regnr|reg\.\s*nr|registreringsn|sags?nr|sag\b"
    r"|sagsnummer|case|tracking|track|ref(?:\.|:|\s*(?:nr|no|number|nummer)\b|erence)|kunde|customer|booking"
    r"|bestilling|ean\b|cvr|se-nr|varenr|vare"
    r"|serie|serial|stregkode|barcode|mobilepay|bilag|journal|pakke|forsendelse|parcel|shipment|transakt"
    r"|transaction|medlems|member|licens|licen[cs]e|iban|swift|pin\b|kode|billet|ticket|isbn|police"
    r"|skade(?!stue)|postnr|nummerplade|stelnr|imei|(?P<phone>tlf|telefon|mobil|phone|tel\b|fax|ring\b|ringe\b|sms|call))",
    re.IGNORECASE)
# A count or an amount, not a number that names someone: "1503 07 2231 deltagere", "... kr."
UNIT_AFTER = re.compile(
    r"[ \t\u00a0]*(?:kr\b|kr\.|kroner|dkk|,-|,\d|€|\$|£|euro|eur\b|usd|sek|nok|pct|%|stk|km\b|kg\b|point|views"
    r"|visninger|personer|deltagere|medlemmer|mennesker|people|members|elever|students|børn|unge|timer|hours"
    r"|gange|times|minutter|minutes|sekunder|seconds)", re.IGNORECASE)
_CONTEXT_BEFORE = 40
_CONTEXT_AFTER = 25
_EITHER = re.compile(r"\s(?:eller|or)\s|/")
_PURPOSE = re.compile(r"\s+(?:nummer\s+|nr\.?\s+|number\s+)?(?:til|for|på|i|to|in|on)\s+(?:\w+\s+)?\w+\W*$")


class DigitRun(NamedTuple):
    """Digits joined by separators: ``groups`` are the (start, end) spans of the digit groups.

    A named tuple rather than a frozen dataclass: every number of every post makes one, and a tuple is built
    several times faster."""

    start: int
    end: int
    groups: tuple[tuple[int, int], ...]

    def lengths(self, first: int = 0, last: int | None = None) -> tuple[int, ...]:
        return tuple(e - s for s, e in self.groups[first:last])

    def digits(self, text: str, first: int = 0, last: int | None = None) -> str:
        return "".join(text[s:e] for s, e in self.groups[first:last])

    def separators(self, text: str) -> str:
        """The visible separator characters inside the run (zero-width ones dropped)."""
        inner = "".join(text[self.groups[i][1]:self.groups[i + 1][0]] for i in range(len(self.groups) - 1))
        return "".join(c for c in inner if c not in ZERO_WIDTH)


def digit_runs(text: str, pattern: re.Pattern[str] = DIGIT_RUN, glued: re.Pattern[str] | None = None
               ) -> Iterator[DigitRun]:
    """Runs of digits that do not start inside a word; ``glued`` names words a run may stick to ("CPR1503...")."""
    for match in pattern.finditer(text):
        base = match.start()
        before = text[base - 1] if base else " "
        # "cpr=1707085509": an equals sign after a CPR word glues like a letter does (not a URL's "?id=")
        anchor = base - 1 if before == "=" else base
        if (before.isalnum() or before in _BAD_BEFORE) and (
                glued is None or not (before.isalpha() or before == "=")
                or glued.search(text, max(0, anchor - 16), anchor) is None):
            continue
        yield DigitRun(base, match.end(), tuple(g.span() for g in _GROUP.finditer(text, base, match.end())))


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def valid_day(day: int, month: int, year: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= (29 if month == 2 and is_leap(year) else _DAYS[month - 1])


def cpr_century(yy: int, serial_first: int) -> int:
    """The century of a CPR birth year, from the first serial digit (the CPR office's table)."""
    if serial_first <= 3:
        return 1900
    if serial_first in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def valid_cpr_date(digits: str) -> bool:
    """Whether the first six of ten digits form a real date DDMMYY in the century the 7th digit gives."""
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return valid_day(day, month, cpr_century(yy, int(digits[6])) + yy)


def modulus11(digits: str) -> bool:
    return sum(w * int(d) for w, d in zip(_WEIGHTS, digits, strict=True)) % 11 == 0


def context_says_other(text: str, start: int, end: int | None = None, dated: bool = False) -> bool:
    """True when the nearest telling word before ``start`` (same line) names another kind of number.

    A CPR word right after the number (``end``) settles it ("nogen har brugt 170909-0842 som er mit cpr"), and a word
    about calling does not outweigh a CPR word before a number written as a date and four digits (``dated``: "hans
    cpr hvis I skal ringe til hospitalet: 070710-4493"); a phone number is never written so.
    """
    line_start = text.rfind("\n", 0, start) + 1
    window = text[max(line_start, start - _CONTEXT_BEFORE):start]
    negatives = list(_NEGATIVE.finditer(window))
    if not negatives:
        return False
    if end is not None and _POSITIVE.search(text[end:end + _CONTEXT_AFTER].split("\n", 1)[0]):
        return False
    positive = [m.end() for m in _POSITIVE.finditer(window)]
    if positive and dated and all(m.group("phone") for m in negatives if m.end() > positive[-1]):
        return False
    negative = [m.end() for m in negatives]
    if positive and _EITHER.search(window, min(positive[-1], negative[-1]), max(positive[-1], negative[-1])):
        return False  # "er det mit cpr eller mit kontonr?": in doubt it is a CPR number
    if positive and positive[-1] < negative[-1] and _PURPOSE.match(window, positive[-1]):
        return False  # "hendes cpr til journalen: 29.02.08-4622": the other word is what the CPR number is for
    return not positive or negative[-1] > positive[-1]


def _candidate_windows(run: DigitRun) -> Iterator[tuple[int, int]]:
    """Group-aligned slices of exactly ten digits. A longer run (a list, a number then a phone number)
    only yields slices written as one block or as 6+4, and never an account number after a reg. no."""
    lengths = run.lengths()
    total = sum(lengths)
    if total == 10:
        yield 0, len(lengths)
        return
    for first in range(len(lengths)):
        count = 0
        for last in range(first, len(lengths)):
            count += lengths[last]
            if count >= 10:
                break
        if count != 10:
            continue
        layout = lengths[first:last + 1]
        if layout == (10,) and first > 0 and lengths[first - 1] == 4:
            continue  # "1551 3206110478": reg. no. + account no.
        if layout in ((10,), (6, 4)):
            yield first, last + 1


@lru_cache(maxsize=8)
def find_cprs(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every CPR number in ``text``: (start, end, the ten digits). Cached: the phone check asks again."""
    found: list[tuple[int, int, str]] = []
    for run in digit_runs(text, _LONG_RUN, _GLUED):
        if run.end < len(text) and text[run.end].isalpha():
            continue  # "1204104471abc": a code, not a number
        if run.start and text[run.start - 1] == "+":
            continue  # a phone number with its country code
        for first, last in _candidate_windows(run):
            digits = run.digits(text, first, last)
            start, end = run.groups[first][0], run.groups[last - 1][1]
            dated = run.lengths(first, last) == (6, 4)
            # the next in a list of CPR numbers is one too ("Liban 091007-3131 og Yusuf 300911-3218")
            listed = bool(found) and start - found[-1][1] <= _CONTEXT_BEFORE and "\n" not in text[found[-1][1]:start]
            if valid_cpr_date(digits) and (listed or not context_says_other(text, start, end, dated)) \
                    and not UNIT_AFTER.match(text, end) \
                    and ("\n" not in text[start:end] or _POSITIVE.search(text, max(0, start - 60), start)):
                found.append((start, end, digits))
    return tuple(found)


CPR_PATTERN = Rule(
    "cpr.pattern", "personal.cpr",
    "Et CPR-nummer: en gyldig dato (DDMMÅÅ) efterfulgt af fire cifre.",
    "A CPR number: a valid date (DDMMYY) followed by four digits.",
)
CPR_MODULUS11 = Rule(
    "cpr.modulus11", "personal.cpr",
    "Et CPR-nummer med gyldig dato, der også består modulus 11-kontrollen.",
    "A CPR number with a valid date that also passes the modulus 11 check.",
)


class CprCheck(Check):
    """CPR numbers (personnumre), however they are split up."""

    name = "cpr"
    rules = (CPR_PATTERN, CPR_MODULUS11)

    def __init__(self, context: CheckContext) -> None:
        super().__init__(context)

    def scan(self, doc: Document) -> Iterable[Hit]:
        for start, end, digits in find_cprs(doc.text):
            rule = CPR_MODULUS11 if modulus11(digits) else CPR_PATTERN
            yield Hit(rule, start, end, mask_cpr)


CHECKS: tuple[type[Check], ...] = (CprCheck,)
