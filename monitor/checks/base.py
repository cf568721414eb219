"""What every check shares: rules, findings, the document a check reads and the context it needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from monitor.checks.normalise import NormalisedText, fold
from monitor.checks.taxonomy import CATEGORIES, Category

Masker = Callable[[str], str]
_WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class Rule:
    """A named rule: what it flags, why, and the policy sentence behind it."""

    id: str
    category: str
    explanation_da: str
    explanation_en: str

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"rule {self.id}: unknown category {self.category}")

    @property
    def meta(self) -> Category:
        return CATEGORIES[self.category]

    @property
    def severity(self) -> str:
        return self.meta.severity

    @property
    def policy(self) -> str:
        return self.meta.policy

    def explanation(self, language: str) -> str:
        return self.explanation_en if language == "en" else self.explanation_da


@dataclass(frozen=True)
class Hit:
    """A rule firing on a span of the original text; ``masker`` is set when the span is personal data."""

    rule: Rule
    start: int
    end: int
    masker: Masker | None = None


@dataclass(frozen=True)
class Finding:
    category: str
    severity: str
    rule: str
    start: int
    end: int
    excerpt: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "severity": self.severity,
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
        }


@dataclass
class Document:
    """The text of one post with normalised views computed once and shared by every check."""

    text: str
    lang: str | None = None

    @cached_property
    def folded(self) -> NormalisedText:
        """Lower-cased, zero-width characters removed, look-alikes folded; offsets map back."""
        return fold(self.text)

    def word_set(self) -> frozenset[str]:
        """The distinct ``\\w+`` runs of the folded text, found once: several checks gate on them, and the
        other word sets they need are derived from them (a pass over a text costs more than one over its words)."""
        cached: frozenset[str] | None = self.__dict__.get("_words")
        if cached is None:
            cached = self.__dict__["_words"] = frozenset(_WORD_RUN.findall(self.folded.text))
        return cached


@dataclass(frozen=True)
class CheckContext:
    """The organisation's allow-lists and the no-publish list, as the checks need them."""

    domains: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    no_publish: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Any) -> CheckContext:
        return cls(
            domains=tuple(settings.organisation.domains),
            phones=tuple(settings.organisation.phones),
            addresses=tuple(settings.organisation.addresses),
            no_publish=tuple(settings.no_publish_names()),
        )


class Check:
    """A family of rules scanning a document. Subclasses set ``name`` and ``rules``.

    A check is built once per context (allow-lists compiled in ``__init__``) and then scans many
    documents, so per-document work stays small.
    """

    name: ClassVar[str]
    rules: ClassVar[tuple[Rule, ...]]

    def __init__(self, context: CheckContext) -> None:
        self.context = context

    def scan(self, doc: Document) -> Iterable[Hit]:
        raise NotImplementedError
