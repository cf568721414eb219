"""Whether a post holds a word from a list, answered from the post's set of words instead of a pass over its text.

``\\b(?:far|mor|forældre\\w*|...)\\b`` searched over a whole post tries every branch at every word boundary: several
microseconds a post. When every branch matches word characters only, a match is exactly one whole ``\\w+`` run of
the text, so the search finds something if and only if one of the post's words (:meth:`Document.word_set`)
matches the alternation in full. Words recur from post to post, so each is tested once and remembered.
"""

from __future__ import annotations

import re

from monitor.checks.base import Document

# What a word-only branch may hold: letters and digits, "\w", and the repeats and groups that combine them.
_WORD_ONLY = re.compile(r"(?:[^\W_]|\\w|[*+?|()]|\(\?:)*")
_MAX_SEEN = 100_000  # words remembered per test; past this the memory starts afresh


class WordTest:
    """``pattern.search(doc.folded.text) is not None`` for a word-bounded alternation of word-only branches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        if not (source.startswith(r"\b(?:") and source.endswith(r")\b")) or pattern.flags & re.IGNORECASE \
                or not _WORD_ONLY.fullmatch(source[5:-3]):
            raise ValueError(f"not a word-bounded alternation of word-only branches: {source[:60]}")
        self.pattern = pattern
        self._whole = re.compile(source[2:-2])  # the alternation, for fullmatch
        self._seen: set[str] = set()
        self._yes: set[str] = set()

    def search(self, doc: Document) -> bool:
        """True when one of the words of ``doc`` matches the alternation in full."""
        words = doc.word_set()
        new = words.difference(self._seen)
        if new:
            if len(self._seen) + len(new) > _MAX_SEEN:
                self._seen.clear()
                self._yes.clear()
                new = words
            whole = self._whole.fullmatch
            self._yes.update(word for word in new if whole(word))
            self._seen.update(new)
        return not words.isdisjoint(self._yes)
