"""The faster forms of patterns and gates give exactly what the plain forms give."""

from __future__ import annotations

import re

import pytest

from monitor.checks import address, contact_email, contact_phone, cpr, gated_lexicon, regex_dispatch, welfare_signals
from monitor.checks.base import Document
from monitor.checks.normalise import fold
from monitor.checks.word_test import WordTest

TEXTS = [
    "", "Ring på 22 07 53 19 i aften", "cpr 150307-2231 og 1204104471", "12 34 56 78 90 12 34", "1234567",
    "123      4567890123", "x1234567890", "12\n34\n56\n78\n90 1", "(+45) 12 34 56 78", "9" * 60,
    "1.2.3.4.5.6.7.8.9.0", "Skolefoto er den 09.02.2026 kl. 9.00-11.30", "reg. 9570 konto 0045612378",
    "Vi bor på Ågade 12, 2. th.", "23 Nyvej", "a1 Nyvej 4", "x.12 Bakken", "Hans-Peter Allé 4", "A" * 60 + " 12",
    "Æblevej-Øst 3", "hun tog 20 panodiler", "tog x20 piller", "1,25 piller", "Min far slår mig derhjemme",
    "min stedfars bror", "storebroren og lillesøster", "ingen voksne her", "@far #mor far_mor mand",
    "gmail.com", ".gmail", "xgmail", "skriv på gmail", "live", "deliver", "a.live b live", "emma2010 @ hotmail",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
@pytest.mark.parametrize(("fast", "plain"), [
    (cpr._LONG_RUN, re.compile(rf"\d(?:{cpr._SEP_OR_NEWLINE}{{1,5}}\d|\d){{9,}}")),
    (contact_phone.PHONE_RUN, re.compile(rf"\d(?:{contact_phone.PHONE_SEP}{{1,5}}\d|\d){{6,}}")),
    (address._STREET_NUMBER_FIRST, re.compile(
        r"(?<![\w.,:/-])\d{1,4}[a-z]?[ \t]+(?P<street>[A-ZÆØÅ][a-zæøåé]{1,40}(?:-[a-zæøå]{1,20})?)\b")),
    (address._CANDIDATE, re.compile(
        rf"(?P<word>[A-ZÆØÅ][^\W\d_]{{0,40}}(?:-[^\W\d_]{{1,40}})?)[ \t]{{1,2}}(?:{address._NUMBER_WORD})?\d")),
    (contact_email.PROVIDER_WORD, re.compile(rf"(?<![\w.])(?:{contact_email.PROVIDER_NAMES})\b")),
    (welfare_signals.PILLS, re.compile(
        r"(?<![\w,.])[1-9]\d\s+(?:\w+\s+)?(?:panodil\w*|pamol\w*|piller|ipren\w*|sovepiller|tabletter|pills|"
        r"tablets|paracetamol|ibuprofen|painkillers|sleeping\s+pills)\b")),
], ids=["cpr-long-run", "phone-run", "street-number-first", "street-candidate", "provider-word", "pills"])
def test_rewritten_pattern_finds_the_same(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
@pytest.mark.parametrize("pattern", [welfare_signals.HOME_CONTEXT, welfare_signals.CARER_PERSON],
                         ids=["home-context", "carer-person"])
def test_word_test_answers_as_the_search(pattern: re.Pattern[str], text: str) -> None:
    doc = Document(text)
    folded = fold(text).text
    assert WordTest(pattern).search(doc) is (pattern.search(folded) is not None)


@pytest.mark.parametrize("pattern", [r"\b(?:at\s+home|far)\b", r"(?:far|mor)\b", r"\b(?:far|mor)", r"\b(?:x{2}|mor)\b"])
def test_word_test_refuses_what_it_cannot_answer(pattern: str) -> None:
    with pytest.raises(ValueError):
        WordTest(re.compile(pattern))


@pytest.mark.parametrize(("branches", "text"), [
    (["%", "procent", "tal"], "hele 40 % af eleverne"),
    (["%", "procent"], "procentdel 12%"),
    (["ab", "-x", "a"], "ab -x a"),
])
def test_dispatch_with_punctuation_matches_the_plain_alternation(branches: list[str], text: str) -> None:
    plain = re.compile(r"(?<![\w])(?:" + "|".join(branches) + r")(?![\w])")
    fast = re.compile(regex_dispatch.first_letter_dispatch(branches) + r"(?![\w])")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lexicon_branch_picks_are_remembered_and_match_the_whole_pattern() -> None:
    lexicon = gated_lexicon.compile_lexicon("welfare_signal_home.txt")
    for text in ("min far slår mig", "min far slår mig igen, og mor slår også", "ingenting her"):
        doc = Document(text)
        doc.__dict__["folded"] = fold(text)
        first = [m.span() for m in lexicon.scan(doc)]
        again = [m.span() for m in lexicon.scan(doc)]  # now from the remembered pick
        assert first == again == [m.span() for m in lexicon.pattern.finditer(doc.folded.text)]
