"""Signs that a child or young person may need special support (skærpet underretningspligt).

Recall matters most here: a missed sign is worse than a second look. Statements ("min far slår mig", "vil ikke
leve mere", "tør ikke tage hjem") fire whoever writes them, also indirectly; topic words ("selvskade") fire only
about an identifiable person. Campaigns and teaching ("ring til Børnetelefonen hvis du ...") and jokes ("min mor
slår mig ihjel 😂") are left out. Per TAXONOMY.md, self-harm signs are also health information and violence or
neglect at home is also a social circumstance, so those hits are reported under both categories.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from monitor.checks.base import Check, Document, Hit, Rule
from monitor.checks.persons import Lexicon, compile_lexicon, sentences, subject_near

SELFHARM = compile_lexicon("welfare_selfharm.txt")
HOME = compile_lexicon("welfare_home.txt")
UNSAFE = compile_lexicon("welfare_unsafe.txt")
SUBSTANCE = compile_lexicon("welfare_substance.txt")
MINOR = compile_lexicon("welfare_minor.txt", gated=False)
TOPIC = compile_lexicon("welfare_topic.txt")
CAMPAIGN = compile_lexicon("welfare_campaign.txt", gated=False)
_CONDITIONAL = re.compile(r"\b(?:hvis\s+du|har\s+du|if\s+you|are\s+you|do\s+you|hvis\s+man|når\s+man)\b")
_JOKE = re.compile(r"😂|🤣|😆|\bhaha\w*|\blol\b|\blmao\b|\bjk\b|\baf\s+grin\b|\bihjel\s+hvis\b|\bjoke\b|\bpjat\b")
_IDIOM_AFTER = re.compile(r"\s*(?:ihjel|af\s+grin|of\s+laughter|laughing|of\s+embarrassment|af\s+skam)")

_WELFARE_DA = "Tegn på at et barn eller en ung kan have behov for særlig støtte (skærpet underretningspligt): "
_WELFARE_EN = "Signs that a child or young person may need special support (duty to notify): "


class WelfareCheck(Check):
    """Signs of self-harm, suicidal thoughts, violence, abuse or neglect at home, or a minor's substance abuse."""

    name = "welfare"
    rules = (
        Rule("welfare.selfharm", "welfare.concern", _WELFARE_DA + "selvskade, selvmordstanker eller at sulte sig.",
             _WELFARE_EN + "self-harm, suicidal thoughts or starving oneself."),
        Rule("welfare.home", "welfare.concern",
             _WELFARE_DA + "vold, overgreb eller omsorgssvigt i hjemmet, eller den unge tør ikke tage hjem.",
             _WELFARE_EN + "violence, abuse or neglect at home, or the young person does not dare to go home."),
        Rule("welfare.substance", "welfare.concern", _WELFARE_DA + "en mindreårigs misbrug af alkohol eller stoffer.",
             _WELFARE_EN + "a minor's abuse of alcohol or drugs."),
        Rule("welfare.person", "welfare.concern",
             _WELFARE_DA + "selvskade, selvmord, vold eller omsorgssvigt nævnt om en bestemt person.",
             _WELFARE_EN + "self-harm, suicide, violence or neglect mentioned about a particular person."),
        Rule("health.selfharm", "personal.health",
             "Helbredsoplysninger: tegn på selvskade eller selvmordstanker hos en person, der kan identificeres.",
             "Health information: signs of self-harm or suicidal thoughts of an identifiable person."),
        Rule("social.home", "personal.social",
             "Sociale forhold: vold eller omsorgssvigt i hjemmet hos en person, der kan identificeres.",
             "Social circumstances: violence or neglect at home of an identifiable person."),
    )

    def scan(self, doc: Document) -> Iterable[Hit]:
        selfharm, home, substance, person, health, social = self.rules
        text = doc.folded.text
        for match in self._statements(doc, SELFHARM):
            span = doc.folded.original_span(match.start(), match.end())
            yield Hit(selfharm, *span)
            yield Hit(health, *span)
            break
        for match in self._statements(doc, HOME):
            span = doc.folded.original_span(match.start(), match.end())
            yield Hit(home, *span)
            yield Hit(social, *span)
            break
        for match in self._statements(doc, UNSAFE):
            yield Hit(home, *doc.folded.original_span(match.start(), match.end()))
            break
        if next(SUBSTANCE.scan(doc), None) and MINOR.search(text):
            for match in self._statements(doc, SUBSTANCE):
                yield Hit(substance, *doc.folded.original_span(match.start(), match.end()))
                break
        for match in TOPIC.scan(doc):
            if self._campaign(doc, match) or subject_near(doc, match.start(), match.end()) is None:
                continue
            yield Hit(person, *doc.folded.original_span(match.start(), match.end()))
            break

    def _statements(self, doc: Document, pattern: Lexicon) -> Iterator[re.Match[str]]:
        text = doc.folded.text
        for match in pattern.scan(doc):
            if _IDIOM_AFTER.match(text, match.end()):
                continue
            s_start, s_end = sentences(doc).sentence_of(match.start())
            if _JOKE.search(text, s_start, min(len(text), s_end + 4)):
                continue
            if _CONDITIONAL.search(text, s_start, match.start()):
                continue
            yield match

    @staticmethod
    def _campaign(doc: Document, match: re.Match[str]) -> bool:
        s_start, s_end = sentences(doc).sentence_of(match.start())
        return CAMPAIGN.search(doc.folded.text, s_start, s_end) is not None


CHECKS: tuple[type[Check], ...] = (WelfareCheck,)
