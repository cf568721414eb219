"""Masking of personal data and the excerpts that reports show.

A report must never spread the data it warns about: excerpts are cut around the finding and every
piece of personal data inside them is masked, whichever rule found it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

EXCERPT_RADIUS = 40
MAX_SPAN_SHOWN = 120
_WORD = re.compile(r"\w", re.UNICODE)


def mask_cpr(value: str) -> str:
    """Keep the date part, hide the serial number: ``010203-****``."""
    digits = [c for c in value if c.isdigit()]
    return "".join(digits[:6]) + "-****" if len(digits) >= 10 else "*" * len(value)


def mask_phone(value: str) -> str:
    """Keep the first two and last two digits and the layout: ``12 ** ** 78``."""
    digit_positions = [i for i, c in enumerate(value) if c.isdigit()]
    keep = set(digit_positions[:2] + digit_positions[-2:]) if len(digit_positions) > 6 else set()
    if value.lstrip().startswith("+") or value.lstrip().startswith("00"):
        # Country code stays readable: "+45 12 ** ** 78".
        keep |= set(digit_positions[:4])
    return "".join(c if not c.isdigit() or i in keep else "*" for i, c in enumerate(value))


def mask_email(value: str) -> str:
    """Keep the first letter of the mailbox and the domain: ``j***@gmail.com``."""
    match = re.match(r"(?s)(.)(.*?)(\s*(?:@|\(at\)|\[at\]|\bat\b|\[snabel-a\]|\(snabel-a\))\s*)(.*)", value,
                     re.IGNORECASE)
    if not match:
        return mask_generic(value)
    return f"{match.group(1)}***{match.group(3)}{match.group(4)}"


def mask_generic(value: str) -> str:
    """Keep the first character of each word, hide the rest: ``V****** 17`` -> ``V****** **``."""
    out: list[str] = []
    at_word_start = True
    for char in value:
        if char.isalnum():
            out.append(char if at_word_start and not char.isdigit() else "*")
            at_word_start = False
        else:
            out.append(char)
            at_word_start = True
    return "".join(out)


def mask_name(value: str) -> str:
    """Initials only: ``Mathilde Krogh`` -> ``M. K.``; a possessive ending stays readable."""
    words = re.findall(r"[^\W\d_]+", value)
    return " ".join(f"{w[0].upper()}." for w in words) if words else "***"


Masker = Callable[[str], str]


def merge_spans(spans: Sequence[tuple[int, int, Masker]]) -> list[tuple[int, int, Masker]]:
    """Sorted, non-overlapping personal spans; overlapping ones become one span masked generically,
    so no part of either stays in clear."""
    merged: list[tuple[int, int, Masker]] = []
    for start, end, masker in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            last_start, last_end, _ = merged[-1]
            if end > last_end:
                merged[-1] = (last_start, end, mask_generic)
            continue
        merged.append((start, end, masker))
    return merged


def build_excerpt(
    text: str,
    start: int,
    end: int,
    personal: Sequence[tuple[int, int, Masker]] = (),
    radius: int = EXCERPT_RADIUS,
    *,
    merged: bool = False,
) -> str:
    """A short excerpt around ``text[start:end]`` with every personal span inside it masked.

    ``personal`` may be passed already merged (``merge_spans``) with ``merged=True``: the engine does
    that once per post, so a long post with thousands of findings stays linear.
    """
    spans = list(personal) if merged else merge_spans(personal)
    ends = [span[1] for span in spans]
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if end - start > MAX_SPAN_SHOWN:
        end = start + MAX_SPAN_SHOWN
    left = max(0, start - radius)
    right = min(len(text), end + radius)
    # Do not cut words in half at the window's edges.
    while left > 0 and left > start - radius - 15 and _WORD.match(text[left - 1]):
        left -= 1
    while right < len(text) and right < end + radius + 15 and _WORD.match(text[right]):
        right += 1
    # Personal spans that reach into the window are masked whole, so widen the window to hold them.
    first = bisect.bisect_right(ends, left)
    inside: list[tuple[int, int, Masker]] = []
    for p_start, p_end, masker in spans[first:]:
        if p_start >= right:
            break
        inside.append((p_start, p_end, masker))
    if inside:
        left = min(left, inside[0][0])
        right = max(right, inside[-1][1])
    pieces: list[str] = []
    cursor = left
    for p_start, p_end, masker in inside:
        pieces.append(text[cursor:p_start])
        pieces.append(masker(text[p_start:p_end]))
        cursor = p_end
    pieces.append(text[cursor:right])
    body = " ".join("".join(pieces).split())
    return ("… " if left > 0 else "") + body + (" …" if right < len(text) else "")
