"""The word lexicons (sensitive_*.txt, welfare_*.txt) are compiled into one alternation per file that the regex engine
skips through by first character (regex_dispatch): a branch that opens with a look-behind has no first character, so
the engine tries it at every position of every post. One such line made the health lexicon twice as slow. The
exclusions a line needs go after its first literal ("stress(?<!ingen\\sstress)"), never before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.checks.conduct_lexicon import LEXICONS as FOLDER
from monitor.checks.gated_lexicon import compile_lexicon
from monitor.checks.regex_structure import split_alternatives

LEXICONS = sorted(path for path in FOLDER.glob("*.txt") if path.name.startswith(("sensitive_", "welfare_")))


def test_the_lexicons_are_found() -> None:
    assert len(LEXICONS) > 20


@pytest.mark.parametrize("path", LEXICONS, ids=lambda path: path.stem)
def test_no_branch_opens_with_a_look_behind(path: Path) -> None:
    opening = [f"{path.name}:{number}: {branch[:60]}"
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
               if line.strip() and not line.startswith("#")
               for branch in split_alternatives(line) if branch.startswith("(?<")]
    assert not opening, "open with a look-behind (move it after the first literal):\n" + "\n".join(opening)


# Read with one search each (a grade or an age, a statistic): they are not split into gated branches.
UNSPLIT = frozenset({"welfare_minor.txt", "welfare_signal_general.txt"})


@pytest.mark.parametrize("path", [path for path in LEXICONS if path.name not in UNSPLIT], ids=lambda path: path.stem)
def test_every_branch_opens_with_a_letter_so_the_lexicon_splits(path: Path) -> None:
    """One branch that opens with anything but a letter ("\\bbetter off dead") leaves the whole lexicon unsplit, and
    all its few hundred branches then run on every post: the self-harm lexicon went from 1 to 22 µs a post."""
    assert compile_lexicon(path.name).parts, f"{path.name}: a branch does not open with a plain letter"
