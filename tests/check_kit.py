"""What the table-driven check tests share: one checker for the default context (built once per test process,
since building one compiles every lexicon) and the categories it finds in a text."""

from __future__ import annotations

from collections.abc import Set
from functools import cache

from monitor.checks.engine import Checker


@cache
def default_checker() -> Checker:
    return Checker()


def found_categories(text: str, lang: str | None = None, among: Set[str] | None = None,
                     rules_only: bool = False) -> set[str]:
    """The categories the checks find in ``text``, limited to ``among`` when given; with ``rules_only`` the category
    models' findings (rule ids ending in ".model", trained and judged apart) are left out."""
    found = {finding.category for finding in default_checker().check(text, lang)
             if not (rules_only and finding.rule.endswith(".model"))}
    return found if among is None else found & among
