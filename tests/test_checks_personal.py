"""The personal-identifier checks: CPR numbers, phone numbers, e-mail addresses, home addresses and the
no-publish list. Cases live in tests/data/checks_personal.json (a hard negative beside every positive);
all people, numbers and addresses are invented."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from monitor.checks import address, consent, contact_email, contact_phone, cpr
from monitor.checks.base import CheckContext, Document
from monitor.checks.cpr import cpr_century, find_cprs, modulus11, valid_cpr_date
from monitor.checks.engine import Checker
from monitor.checks.registry import CHECK_CLASSES

MINE = ("personal.cpr", "personal.phone", "personal.email", "personal.address", "personal.no_consent")
PERSONAL_CLASSES = (*cpr.CHECKS, *contact_phone.CHECKS, *contact_email.CHECKS, *address.CHECKS, *consent.CHECKS)
CONTEXT = CheckContext(
    domains=("randersungdomsskole.dk", "rus-klub.dk"),
    phones=("+45 89 15 19 00", "89 15 19 10", "+45 21 60 44 80"),
    addresses=("Vester Allé 6, 8900 Randers C", "Brødregade 22, 8900 Randers C", "Fabriksvej 11, 8940 Randers SV"),
    no_publish=("Mathilde Krogh", "Ali Hassan", "Sofie Lund Madsen", "Oliver Bach", "Freja Nørgaard"),
)
CHECKER = Checker(CONTEXT, PERSONAL_CLASSES)
CASES = json.loads((Path(__file__).parent / "data" / "checks_personal.json").read_text(encoding="utf-8"))


def categories(text: str, checker: Checker = CHECKER) -> list[str]:
    return sorted({f.category for f in checker.check(text) if f.category in MINE})


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_table(case: dict[str, object]) -> None:
    assert categories(str(case["text"])) == case["expect"]


def test_every_positive_has_a_hard_negative() -> None:
    for category in MINE:
        positives = [c for c in CASES if category in c["expect"]]
        negatives = [c for c in CASES if c["id"].startswith("neg_") and category.split(".")[1][:4] in c["id"]
                     or (category == "personal.no_consent" and c["id"].startswith("neg_consent"))]
        assert len(positives) >= 5 and len(negatives) >= 5, category


def test_registered_and_rules_documented() -> None:
    for cls in PERSONAL_CLASSES:
        assert cls in CHECK_CLASSES
        for rule in cls.rules:
            assert rule.category in MINE and rule.explanation_da and rule.explanation_en


# --- CPR rules ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("yy", "digit", "century"), [
    (5, 0, 1900), (37, 4, 1900), (36, 4, 2000), (57, 5, 2000), (58, 8, 1800), (36, 9, 2000), (99, 9, 1900),
], ids=["0-3", "4-late", "4-early", "5-8-early", "5-8-late", "9-early", "9-late"])
def test_cpr_century_table(yy: int, digit: int, century: int) -> None:
    assert cpr_century(yy, digit) == century


@pytest.mark.parametrize(("digits", "valid"), [
    ("2902004234", True),   # 2000 is a leap year (serial 4 -> 2000)
    ("2902001234", False),  # 1900 is not (serial 1 -> 1900)
    ("2902084234", True),   # 2008
    ("2902094234", False),  # 2009
    ("3104101234", False),  # 31 April
    ("0013101234", False),  # month 13 / day 00
    ("3112991234", True),
], ids=["leap-2000", "not-leap-1900", "leap-2008", "not-leap-2009", "31-april", "day-zero", "31-dec"])
def test_cpr_dates(digits: str, valid: bool) -> None:
    assert valid_cpr_date(digits) is valid


def test_modulus11_raises_confidence_but_never_rejects() -> None:
    assert modulus11("0101901009") and not modulus11("0101901008")
    assert [f.rule for f in CHECKER.check("cpr 010190-1009")] == ["cpr.modulus11"]
    assert [f.rule for f in CHECKER.check("cpr 010190-1008")] == ["cpr.pattern"]


def test_cpr_is_not_also_a_phone_number() -> None:
    text = "Tilmelding: Anna 3112051234 og 12 03 11 58 71"
    assert {f.category for f in CHECKER.check(text)} == {"personal.cpr"}
    assert len(find_cprs(text)) == 2


# --- allow-lists -------------------------------------------------------------------------------

def test_without_configuration_the_organisation_is_not_special() -> None:
    bare = Checker(CheckContext(), PERSONAL_CLASSES)
    assert categories("Ring 89 15 19 00", bare) == ["personal.phone"]
    assert categories("skriv til hanne@randersungdomsskole.dk", bare) == ["personal.email"]
    assert categories("Mathilde Krogh vandt", bare) == []


def test_organisation_numbers_compared_in_e164() -> None:
    checker = Checker(CheckContext(phones=("0045 86 42 17 30",)), PERSONAL_CLASSES)
    for layout in ("86421730", "86 42 17 30", "+45 8642 1730", "+4586421730"):
        assert categories(f"Ring {layout}", checker) == [], layout
    assert categories("Ring 86 42 17 31", checker) == ["personal.phone"]


def test_organisation_address_normalised() -> None:
    checker = Checker(CheckContext(addresses=("Gl. Kongevej 12, 8900 Randers",)), PERSONAL_CLASSES)
    assert categories("Vi bor på GL. KONGEVEJ 12 i weekenden", checker) == []
    assert categories("Vi bor på Gl. Kongevej 14", checker) == ["personal.address"]


# --- masking -----------------------------------------------------------------------------------

MASKED = [
    ("Mit cpr er 150307-2231, tak", "2231"),
    ("Min søns cpr: 1503072231", "072231"),
    ("ring 53 19 02 76 i aften", "19 02"),
    ("ring 53190276 i aften", "53190276"),
    ("Tlf. +46 70 412 38 91", "412 38"),
    ("Mail: jonas.friis99@gmail.com", "jonas.friis99"),
    ("skriv til sara.holt (snabel-a) gmail.com", "sara.holt"),
    ("send referatet til karina.bech ( at ) gmail.com", "karina.bech"),
    ("mikkel.s at hotmail dot com", "mikkel.s"),
    ("Han bor på Ålykkevej 8, 2. th", "Ålykkevej 8"),
    ("Send det til Birgit Lauritsen, Ravnsbjergvej 17, 8920 Randers NV", "Ravnsbjergvej"),
    ("Det var Mathilde Krogh der vandt", "Mathilde Krogh"),
    ("Det var Mathilde Krogh der vandt", "Krogh"),
    ("ALI HASSAN FOR PRESIDENT", "HASSAN"),
]


@pytest.mark.parametrize(("text", "secret"), MASKED, ids=[f"{i}-{s}" for i, (_, s) in enumerate(MASKED)])
def test_excerpts_never_show_the_value(text: str, secret: str) -> None:
    findings = Checker(CONTEXT).check(text)  # the full checker: every check's excerpt must mask it
    assert any(f.category in MINE for f in findings)
    for finding in findings:
        assert secret not in finding.excerpt


def test_excerpts_mask_every_personal_value_in_a_mixed_post() -> None:
    text = ("Tilmelding: Emilie Juhl, 1101104623, tlf. 60 71 29 48, emilie.juhl10@icloud.com, hun bor på "
            "Kirsebærvej 27, og Oliver Bach kommer også")
    findings = Checker(CONTEXT).check(text)
    assert {f.category for f in findings} >= set(MINE)
    for finding in findings:
        for secret in ("4623", "71 29", "emilie.juhl10", "Kirsebærvej 27", "Oliver Bach"):
            assert secret not in finding.excerpt


def test_spans_point_at_the_original_text() -> None:
    text = "x 2\u200b7\u200b0\u200b3\u200b1\u200b0\u200b-\u200b4\u200b1\u200b2\u200b8 y"
    (finding,) = CHECKER.check(text)
    assert text[finding.start] == "2" and text[finding.end - 1] == "8"
    text = "Ma\u200bthilde Kr\u200bogh vandt"
    (finding,) = CHECKER.check(text)
    assert text[finding.start:finding.end] == "Ma\u200bthilde Kr\u200bogh"


# --- robustness and speed ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a" * 200_000, "1" * 200_000, "1 " * 100_000, "a@" * 100_000, "a at " * 40_000, "Aaaavej " * 25_000,
    "Mathilde " * 20_000, "bor på Aaaa 1 " * 15_000, "12.03.2026 " * 20_000,
], ids=["letters", "digits", "spaced-digits", "at-signs", "at-words", "street-words", "names", "cues", "dates"])
def test_no_catastrophic_backtracking(text: str) -> None:
    started = time.perf_counter()
    for cls in PERSONAL_CLASSES:
        list(cls(CONTEXT).scan(Document(text)))
    assert time.perf_counter() - started < 5.0


def test_typical_posts_are_cheap() -> None:
    posts = [str(c["text"]) for c in CASES] * 5
    started = time.perf_counter()
    for post in posts:
        CHECKER.hits(post)
    per_post = (time.perf_counter() - started) / len(posts)
    assert per_post < 500e-6  # generous for a loaded CI machine; ~20-40 us measured
