"""Insults written with emoji: "@Mads = 🤡🐷", "hvem inviterede Rikke 🐷🐷🐷", "Victor ka ikk engang ramme bolden 🤡🤡".

A clown, pig, rat, cow, whale, ape, poo or vomit emoji put on a person mocks them. It counts when a person
stands just before the emoji (an @-mention, a known first name as written, or a pronoun) and the emoji is
meant: two or more of them, an "=" or "er"/"is" between the person and the emoji, or a laugh in the post.
Costumes, farm visits and affection ("Tillykke Rikke 🐷❤️") are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

INSULT_EMOJI = "🤡🐷🐖🐽🐀🐁🐄🐮🐋🐳💩🦍🐒🐵🤮🤢🐗🦛"
_RUN = re.compile(f"(?:[{INSULT_EMOJI}]\ufe0f?\\s*)+")
_TARGET = re.compile(r"(?:@[\w.]+|\b(?:du|dig|han|hun|ham|hende|you|u|he|she|him|her|ur)\b)[^\n]{0,40}$")
_MENTION = re.compile(r"@[\w.]{2,}")
_AFTER_TARGET = re.compile(r"\s*(?:(@[\w.]{2,})|([A-ZÆØÅ][a-zæøåé]+))[\s!.?]*$")
_NAME = re.compile(r"(?<![\w@])([A-ZÆØÅ][a-zæøåé]+)\b")
# a name written in lower case counts only where it opens the line: "mikkel 🤡🤡🤡"
_LOWER_NAME = re.compile(r"^\W{0,3}([a-zæøåé]{3,})\b")
_EQUALS = re.compile(r"(?:=|:|\b(?:er|is|are|var|was|ligner|looks\s+like))\s*$")
_MOCK = re.compile(r"\b(?:lol|lmao|haha\w*|hehe\w*|xd|ka\s+ikk?e?|kan\s+ikke\s+engang|can'?t\s+even|"
                   r"hvem\s+inviterede|who\s+invited)\b|😂|🤣|💀")
_KIND = re.compile(r"\b(?:tillykke|sød|søde|nuttet|nuttede|cute|elsker|love|kostume|costume|udklædt|fastelavn|"
                   r"halloween|cirkus|circus|bondegård\w*|farm|grisen|grise|smågrise|piglets?|zoo|dyrepark\w*|"
                   r"teater\w*|theatre|theater|maskot\w*|mascot)\b|[❤🥰😍💕💖😘]")
_NOT_NAMES = frozenset({"Den", "Det", "De", "Han", "Hun", "Jeg", "Vi", "Og", "Men", "For", "Alle", "Kan", "Mange",
                        "Hvem", "Hvad", "Hej", "Se", "Look", "The", "Who", "Lol", "Haha"})


def _is_name(word: str, names: frozenset[str]) -> bool:
    """A capitalised known first name, also in the possessive ("Malthes danse moves 🤡🤡")."""
    if word in _NOT_NAMES:
        return False
    lower = word.lower()
    return lower in names or lower.endswith("s") and lower[:-1] in names


def emoji_insults(original: str, text: str, names: frozenset[str],
                  to_original: Callable[[int, int], tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the lower-cased view ``text`` where insult emoji are aimed at a person; ``original`` is the
    post as written (names are capitalised there), reached through ``to_original``."""
    if not any(char in text for char in INSULT_EMOJI):
        return
    if _KIND.search(text):
        return
    mocking = _MOCK.search(text) is not None
    for run in _RUN.finditer(text):
        emoji = sum(char in INSULT_EMOJI for char in run.group())
        lo = max(0, run.start() - 60)
        line_start = text.rfind("\n", lo, run.start()) + 1 or lo
        before = text[max(lo, line_start):run.start()]
        first, last = to_original(max(lo, line_start), max(max(lo, line_start) + 1, run.start()))
        # an @-mention is read in the original: the view turns "@" into the leet letter "a"
        named = "@" in original[first:last] and _MENTION.search(original, first, last) is not None or any(
            _is_name(m.group(1), names) for m in _NAME.finditer(original, first, last))
        if not named and emoji >= 2 and line_start >= lo:  # "mikkel 🤡🤡🤡": the whole line is the name and the run
            lower = _LOWER_NAME.match(original[first:last])
            named = lower is not None and lower.group(1) in names
        if not named and emoji >= 2:  # "🤡🤡🤡 @Marcus": the person named right after the run, ending the line
            after_end = text.find("\n", run.end())
            first_after, last_after = to_original(run.end(), after_end if after_end >= 0 else len(text))
            after = _AFTER_TARGET.match(original, first_after, last_after)
            named = after is not None and (after.group(1) is not None or _is_name(after.group(2), names))
        if not (named or _TARGET.search(before)):
            continue
        if emoji >= 2 or mocking or _EQUALS.search(before):
            yield run.start(), run.end()
