"""The phrase rules a post may match, remembered per combination of what decides them.

``RuleIndex.candidates`` depends on the bits of the post's word mask that the index reads (``relevant``) and,
for rules whose literal requirements hold strings other than word literals ("'ll", "st.", an emoji), on which
of those strings the post holds. Both are cheap to read (an AND, and a few substring tests in C), so the answer
is looked up by them and the index asked only for a combination not seen before: most clean posts repeat one.
The strings are tested behind guard characters (``conduct_guards``): one test per guard on a clean post.
"""

from __future__ import annotations

from monitor.checks.conduct_guards import guarded, present
from monitor.checks.conduct_literals import RuleIndex
from monitor.checks.conduct_text import View

_MAX_REMEMBERED = 20_000  # combinations kept; emptied past this, so memory stays flat


class RememberedCandidates:
    """``index.candidates(view)`` as a tuple, remembered per (relevant bits, other strings present).

    Worth it for an index whose relevant bits take few combinations over posts (few gate words in common
    words): a combination not seen before costs the index's own work and the key on top."""

    def __init__(self, index: RuleIndex) -> None:
        self.index = index
        self.groups = guarded(sorted({string for rule in index.others for _, held in rule for string in held}))
        self.relevant = index.relevant
        # with no gate bits the index tests word sets instead of the mask: not a function of the key then
        self.usable = bool(index.gate_mask)
        self._seen: dict[tuple[int, tuple[str, ...]], tuple[int, ...]] = {}

    def __call__(self, view: View) -> tuple[int, ...]:
        met = view.needs_met()
        if met is None or not self.usable:
            return tuple(self.index.candidates(view))
        key = (met & self.relevant, present(self.groups, view.text))
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) >= _MAX_REMEMBERED:
                self._seen.clear()
            found = self._seen[key] = tuple(self.index.candidates(view))
        return found
