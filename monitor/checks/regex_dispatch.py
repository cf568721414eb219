"""A word-initial alternation rewritten so that the regex engine dispatches on the first letter of each branch.

Same matches in the same order: alternatives that start with a group of choices are expanded
(:func:`expand_alternatives`), and branches that begin with a plain letter are grouped under it
(:func:`first_letter_dispatch`).
"""

from __future__ import annotations

import re

from monitor.checks.regex_structure import group_end, split_alternatives


def expand_alternatives(alternatives: list[str]) -> list[str]:
    """``(?:far|mor)\\s+slår`` -> ``far\\s+slår``, ``mor\\s+slår``: the same matches tried in the same order, but
    each alternative now starts with a letter that :func:`first_letter_dispatch` can group on."""
    out: list[str] = []
    for alternative in alternatives:
        inner = _leading_group(alternative)
        if inner is None:
            out.append(alternative)
            continue
        body, rest = inner
        choices = split_alternatives(body)
        optional = rest.startswith("?") and not rest.startswith(("??", "?+"))
        if optional:  # "(?:type\\s?)?diabet": greedy, so first with the group, then without it
            rest = rest[1:]
        if len(choices) > 40 or rest.startswith(("?", "*", "+", "{")) or any(not c for c in choices):
            out.append(alternative)
            continue
        out += expand_alternatives([choice + rest for choice in choices] + ([rest] if optional else []))
    return out


def _leading_group(alternative: str) -> tuple[str, str] | None:
    """(body, what follows) when ``alternative`` starts with a non-capturing group ``(?:body)``."""
    if not alternative.startswith("(?:"):
        return None
    try:
        end = group_end(alternative, 0)
    except ValueError:
        return None
    return alternative[3:end], alternative[end + 1:]


# Characters that stand for themselves in a pattern (outside a class) and are no line break: ``(?<!\w.)`` after
# one of them reads the character before it, as ``(?<![\w])`` before it does.
_PLAIN_PUNCTUATION = "%@#&'\"!,;:=<>~/-"


def first_letter_dispatch(alternatives: list[str], guard: str = r"(?<![\w])") -> str:
    """A word-initial alternation of ``alternatives`` that the regex engine dispatches on the first letter.

    ``(?<![\\w])(?:a1|a2|...)`` tries every branch at every word start. Here branches that begin with a plain
    letter are grouped under it ("a(?<!\\w.)(?:dhd|utis...)"), so the engine skips to the few letters that can
    start a match and tries only their branches. Matches are the same: branches that can match at one position
    keep their order (a branch whose first letter is not plain is a barrier that nothing moves across).
    """
    out: list[str] = []
    segment: dict[str, list[str]] = {}

    def flush() -> None:
        for letter, rests in segment.items():
            out.append(re.escape(letter) + r"(?<!\w.)(?:" + "|".join(rests) + ")")
        segment.clear()

    # With the default guard a plain punctuation mark ("%") is grouped too: the engine then has a first character
    # for every branch and skips ahead in C; one branch starting with a look-behind makes it try every position.
    plain = _PLAIN_PUNCTUATION if guard == r"(?<![\w])" else ""
    for alternative in expand_alternatives(alternatives):
        first, rest = alternative[:1], alternative[1:]
        if (first.isalnum() or (first and first in plain)) and not rest.startswith(("?", "*", "+", "{")):
            segment.setdefault(first, []).append(rest)
            continue
        flush()
        out.append(guard + "(?:" + alternative + ")")
    flush()
    return "(?:" + "|".join(out) + ")"


def fast_alternation(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (an alternation whose branches all start with ``\\b`` and a letter) dispatched on first letters.

    Same matches in the same order as ``pattern`` (see :func:`first_letter_dispatch` and :func:`expand_alternatives`).
    """
    return re.compile(first_letter_dispatch(word_branches(pattern), guard=r"\b"), pattern.flags)


def word_branches(pattern: re.Pattern[str]) -> list[str]:
    """The branches of a word-initial alternation, each starting with a letter where possible (no ``\\b``)."""
    alternatives = split_alternatives(pattern.pattern)
    if not all(a.startswith(r"\b") for a in alternatives):
        raise ValueError(f"not a word-initial alternation: {pattern.pattern[:40]}")
    flat: list[str] = []
    for alternative in expand_alternatives([a[2:] for a in alternatives]):
        flat += expand_alternatives([alternative[2:]]) if alternative.startswith(r"\b") else [alternative]
    return flat
