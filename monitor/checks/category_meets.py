"""Where categories meet (TAXONOMY.md), read from the hits the checks found in a post.

An insult aimed at a person because of their group is harassment as well as discrimination. The discrimination
rules and model read the group ("typisk muslim", "go back to India", "er bøsse 🤮"); a first name or a tag in the
same sentence makes the target someone in particular ("Hamza spiller som en terrorist, typisk muslim"), so the post
is harassment too. A statement about a group with nobody named stays discrimination alone.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence

from monitor.checks.base import Document, Hit, Rule
from monitor.checks.category_model import RULES as MODEL_RULES
from monitor.checks.persons import NAME, TAG, analyse

GROUP_INSULT_RULE = Rule(
    "conduct.harassment.group", "conduct.harassment",
    "Krænkelse af en bestemt person på grund af en gruppe, personen hører til (køn, religion, etnicitet, seksualitet, "
    "handicap, alder): personen er nævnt ved navn eller tagget i samme sætning.",
    "Harassment of a particular person because of a group they belong to (gender, religion, ethnicity, sexuality, "
    "disability, age): the person is named or tagged in the same sentence.")

_TARGETS = frozenset({NAME, TAG})
MODEL_RULE_IDS = frozenset(rule.id for rule in MODEL_RULES.values())
_OF = re.compile(r"\b(?:of|af)\s+$")


def _folded_index(doc: Document, original: int) -> int:
    """The folded-text position of an original-text position (the folded text may be shorter: zero-width marks)."""
    offsets = doc.folded.offsets
    return original if offsets is None else bisect_left(offsets, original)


def _a_person(doc: Document, text: str, start: int) -> bool:
    """A tag, or a first name written with a capital ("christians" is a plural, not Christian's) that is not part of
    a group's name ("Soldiers of Odin")."""
    if text.startswith("@", max(0, start - 1)):
        return True
    first, _ = doc.folded.original_span(start, start + 1)
    return doc.text[first:first + 1].isupper() and _OF.search(text, max(0, start - 4), start) is None


def group_insult(doc: Document, hits: Sequence[Hit]) -> Iterator[Hit]:
    """Harassment where discrimination is aimed at someone named or tagged in the same sentence."""
    if any(hit.rule.category == "conduct.harassment" and hit.rule.id not in MODEL_RULE_IDS for hit in hits):
        return  # the rules already say why; a model's finding alone does not, so the group insult is still named
    aimed = [hit for hit in hits if hit.rule.category == "conduct.discrimination"]
    if not aimed:
        return
    info = analyse(doc)
    text = doc.folded.text
    targets = [ref.start for ref in info.refs if ref.kind in _TARGETS and _a_person(doc, text, ref.start)]
    for hit in aimed:
        start, end = info.sentence_of(_folded_index(doc, hit.start))
        if any(start <= target < end for target in targets):
            yield Hit(GROUP_INSULT_RULE, hit.start, hit.end)
            return


Meeting = Callable[[Document, Sequence[Hit]], Iterator[Hit]]
# Each meeting with the rule it reports, in the order the engine runs them (after every check).
MEETINGS: tuple[tuple[Meeting, Rule], ...] = ((group_insult, GROUP_INSULT_RULE),)
