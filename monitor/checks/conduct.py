"""The conduct checks (TAXONOMY.md: harassment, profanity, discrimination, threat, defamation, extremism).

The checks live in ``conduct_abuse`` (insults, swearing, slurs, demeaning statements; they are decided
together because the categories meet) and ``conduct_claims`` (threats, accusations, extremism); the
word lists and phrase rules are data files under ``lexicons/conduct_*.txt``.
"""

from __future__ import annotations

from monitor.checks.base import Check
from monitor.checks.conduct_abuse import AbusiveLanguageCheck
from monitor.checks.conduct_claims import DefamationCheck, ExtremismCheck, ThreatCheck

CHECKS: tuple[type[Check], ...] = (AbusiveLanguageCheck, ThreatCheck, DefamationCheck, ExtremismCheck)
