"""Any text is checked without an exception, and excerpts never leak what they mask."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.checking import check_line
from monitor.checks.base import CheckContext
from monitor.checks.engine import Checker

CHECKER = Checker(CheckContext(domains=("skole.dk",), phones=("+45 89 15 19 00",),
                               no_publish=("Mathilde Krogh", "Ali Hassan")))
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=400)
DANISH_ISH = st.lists(st.sampled_from([
    "Mathilde", "Krogh", "010203-1234", "1 2 0 6 0 8 4 4 1 7", "idiot", "du", "er", "en", "\u200b", "ø", "å",
    "jeg", "ved", "hvor", "bor", "+45", "12 34 56 78", "@", "gmail.com", "at", "elev", "8.b", "ADHD", "🙂",
    "\u202e", "\u0301", "\u05e9\u05dc\u05d5\u05dd", "\n", "  ", "Vestergade 12", "bor på", "!!!", "kr.",
]), max_size=40).map(" ".join)


def assert_valid(text: str) -> None:
    for finding in CHECKER.check(text):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert isinstance(finding.excerpt, str)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_unicode_text_is_checked(text: str) -> None:
    assert_valid(text)


@settings(max_examples=300, deadline=None)
@given(DANISH_ISH)
def test_adversarial_mixtures_are_checked(text: str) -> None:
    assert_valid(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_json_line_round_trip(text: str) -> None:
    line = json.dumps({"id": 1, "text": text})
    result = check_line(CHECKER, line, 1)
    assert result["id"] == 1 and "findings" in result
    json.dumps(result)  # always serialisable


def test_edge_texts() -> None:
    for text in ["", " ", "\ud800", "\udfff abc \ud83d", "a\u0301" * 1000, "🙂" * 5000, "\u202e" + "tekst",
                 "x" * 1_000_000, ("du er en idiot 010203-1234 " * 40_000)]:
        assert_valid(text)


def test_excerpts_mask_what_they_warn_about() -> None:
    text = "Mathilde Krogh har cpr 120608-4417, mobil 31 47 92 05 og mail kalle.test@gmail.com"
    findings = CHECKER.check(text)
    assert findings
    for finding in findings:
        for secret in ("4417", "31 47 92 05", "kalle.test@", "Mathilde Krogh"):
            assert secret not in finding.excerpt
