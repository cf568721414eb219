"""Runs every registered check over a text and turns hits into findings with masked excerpts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from monitor.checks.base import Check, CheckContext, Document, Finding, Hit, Rule
from monitor.checks.category_meets import MEETINGS
from monitor.checks.mask import build_excerpt, merge_spans
from monitor.checks.normalise import fold
from monitor.checks.registry import CHECK_CLASSES

MAX_FINDINGS_PER_RULE = 100


class Checker:
    """All checks, compiled once for one organisation context."""

    def __init__(self, context: CheckContext | None = None,
                 check_classes: Sequence[type[Check]] | None = None) -> None:
        self.context = context or CheckContext()
        self.checks: list[Check] = [cls(self.context) for cls in (check_classes or CHECK_CLASSES)]

    @property
    def rules(self) -> list[Rule]:
        return [*(rule for check in self.checks for rule in check.rules), *(rule for _, rule in MEETINGS)]

    def hits(self, text: str, lang: str | None = None) -> list[Hit]:
        doc = Document(text, lang)
        doc.__dict__["folded"] = fold(text)  # every check reads it: skip the cached_property's locking path
        found: dict[tuple[str, int, int], Hit] = {}
        for check in self.checks:
            for hit in check.scan(doc):
                found.setdefault((hit.rule.id, hit.start, hit.end), hit)
        if found:  # where categories meet (category_meets.py): read from what the checks found
            so_far = list(found.values())
            for meeting, _ in MEETINGS:
                for hit in meeting(doc, so_far):
                    found.setdefault((hit.rule.id, hit.start, hit.end), hit)
        return sorted(found.values(), key=lambda h: (h.start, h.end, h.rule.id))

    def check(self, text: str, lang: str | None = None) -> list[Finding]:
        """Findings for one text, each with an excerpt in which all personal data is masked."""
        return findings_from_hits(text, self.hits(text, lang))


def findings_from_hits(text: str, hits: Sequence[Hit]) -> list[Finding]:
    """Findings with masked excerpts; every personal span of the post is masked in every excerpt."""
    personal = merge_spans([(h.start, h.end, h.masker) for h in hits if h.masker is not None])
    kept: list[Hit] = []
    per_rule: Counter[str] = Counter()
    for hit in hits:
        # A pathological post (one number pasted 40,000 times) still gets a bounded result.
        per_rule[hit.rule.id] += 1
        if per_rule[hit.rule.id] <= MAX_FINDINGS_PER_RULE:
            kept.append(hit)
    return [
        Finding(
            category=h.rule.category,
            severity=h.rule.severity,
            rule=h.rule.id,
            start=h.start,
            end=h.end,
            excerpt=build_excerpt(text, h.start, h.end, personal, merged=True),
        )
        for h in kept
    ]
