"""Text normalisation that keeps a map back to the original offsets.

Checks match on a folded copy (lower case, zero-width characters gone, look-alike letters and
decomposed Danish letters folded) but report spans in the text the user wrote. Digits and
punctuation are kept as they are, because CPR and phone rules read them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible characters used to split words or numbers so that filters miss them.
ZERO_WIDTH = frozenset("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
                       "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u206a\u206b"
                       "\u206c\u206d\u206e\u206f\ufeff")

# Cyrillic and Greek letters that look like Latin ones ("іdіоt" written with Cyrillic і and о).
LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "һ": "h", "ո": "n", "ս": "u", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
})

# Combining marks that, after a base letter, make a Danish letter: a + ring = å, o + stroke = ø.
_COMPOSE = {("a", "\u030a"): "å", ("o", "\u0338"): "ø", ("a", "\u0308"): "ä", ("o", "\u0308"): "ö",
            ("u", "\u0308"): "ü", ("e", "\u0301"): "é"}


@dataclass(frozen=True)
class NormalisedText:
    """A folded copy of a text; ``offsets[i]`` is the original index of folded character ``i``."""

    text: str
    offsets: tuple[int, ...] | None  # None: the folded text has the same offsets as the original
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        if self.offsets is None:
            return start, end
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        first = self.offsets[start]
        last = self.offsets[end - 1] + 1 if end > start else first
        return first, last


def _fold_char(char: str) -> str:
    if char in ZERO_WIDTH:
        return ""
    if char.isascii():
        return char.lower()
    category = unicodedata.category(char)
    if category == "Mn":
        return ""  # stray combining marks (composed ones are handled by the caller)
    if category in ("Zs", "Cc") and char not in "\n\r\t":
        return " "
    folded = unicodedata.normalize("NFKC", char).lower().translate(LOOKALIKES)
    return folded


# Characters whose lower-case form is one character and which NFKC, the zero-width filter and the
# look-alike table leave alone: Danish text, common typography and emoji. A text made only of these
# folds with str.lower() and keeps its offsets, which is far cheaper than the per-character path.
_NEEDS_SLOW_FOLD = re.compile(
    "[^\x00-\x7f\u00c0-\u00ff\u0100-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u00a3\u00a7\u00a9\u00ae\u00b0"
    "\u00ab\u00bb\u00bd\u2190-\u21ff\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]"
)


def fold(text: str) -> NormalisedText:
    """Lower-case ``text``, drop zero-width characters, fold look-alikes, keep an offset map."""
    if text.isascii():
        return NormalisedText(text.lower(), None, len(text))
    if _NEEDS_SLOW_FOLD.search(text) is None:
        lowered = text.lower()
        if len(lowered) == len(text):
            return NormalisedText(lowered, None, len(text))
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if not char.isascii() and out and unicodedata.category(char) == "Mn":
            composed = _COMPOSE.get((out[-1], char))
            if composed is not None:
                out[-1] = composed
                continue
        piece = _fold_char(char)
        for part in piece:
            out.append(part)
            offsets.append(index)
    return NormalisedText("".join(out), tuple(offsets), len(text))


def strip_accents(text: str) -> str:
    """ASCII-ish spelling used when comparing names: æ→ae, ø→oe, å→aa, other accents dropped."""
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = text.replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
