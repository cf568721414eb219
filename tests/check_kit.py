"""What the table-driven check tests share: one checker for the default context (built once per test process,
since building one compiles every lexicon) and the categories it finds in a text."""

from __future__ import annotations

from collections.abc import Set
from functools import cache

from monitor.checks.engine import Checker


@cache
def default_checker() -> Checker:
    return Checker()


def found_categories(text: str, lang: str | None = None, among: Set[str] | None = None) -> set[str]:
    """The categories the checks find in ``text``, limited to ``among`` when given."""
    found = {finding.category for finding in default_checker().check(text, lang)}
    return found if among is None else found & among
