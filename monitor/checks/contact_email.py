"""Private e-mail addresses (the organisation's own domains are allowed), plain and obfuscated ("navn (at) gmail
punktum com", "navn [snabel-a] gmail.com")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from monitor.checks.base import Check, CheckContext, Document, Hit, Rule
from monitor.checks.mask import mask_email

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
_GATE_WORDS = ("@", "snabel", "(a", "[a", "{a", "<a", "( a", "[ a", "{ a", "< a",  # "karina.bech ( at ) gmail.com"
               " på gmail", " på hotmail", " på outlook")
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
PROVIDER_NAMES = "gmail|hotmail|outlook|yahoo|icloud|protonmail|live"
# Each name's first letter comes before the look-behind, so that the engine skips to those letters in C.
PROVIDER_WORD = re.compile("(?:" + "|".join(rf"{name[0]}(?<![\w.]{name[0]}){name[1:]}"
                                             for name in PROVIDER_NAMES.split("|")) + r")\b")
# "emma2010 @ gmail", "anna.b på gmail": a mailbox at a well-known provider, the top-level domain left out.
_PROVIDER_ONLY = re.compile(
    rf"(?P<local>{_LOCAL})(?:{_AT_PLAIN}|{_AT_WORD}|[ \t]{{1,2}}på[ \t]{{1,2}})(?P<provider>{PROVIDER_NAMES})"
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
        for provider in PROVIDER_WORD.finditer(text):
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


CHECKS: tuple[type[Check], ...] = (EmailCheck,)
