"""Regression guard: the checks keep their score on the labelled sets written by other people
(tests/data/independent and tests/data/labelled; see the READMEs there for how each has been used)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.checks.base import CheckContext
from monitor.checks.engine import Checker

DATA = Path(__file__).resolve().parent / "data" / "independent"
LABELLED = sorted((Path(__file__).resolve().parent / "data" / "labelled").glob("*.jsonl"))
# Sets that only chose the statistical models' thresholds and trained them: the rules never saw their errors, so
# they score lower than the sets the rules were tuned on (see data/labelled/README.md).
MODEL_ONLY = frozenset({"nineteen", "twenty", "twentyone", "twentytwo", "twentythree"})
# Sets added in session 5: twenty writers whose angles (teen threats, indirect welfare signs, Danglish, long staff
# posts, locals, pupils' threads, a nurse, a social worker, a referee ...) drew out what the checks miss, plus the two
# session-3 sets kept out until then. Rules were tuned on the threat, welfare and harassment misses of most of them,
# and the models trained on those up to thirtyfour. They guard today's level, which is lower than the older sets'.
NEWEST = frozenset({"twentyfour", "twentyfive", "twentysix", "twentyseven", "twentyeight", "twentynine", "thirty",
                    "thirtyone", "thirtytwo", "thirtythree", "thirtyfour", "thirtyfive", "thirtysix", "thirtyseven",
                    "thirtyeight", "thirtynine", "forty", "fortyone", "fortytwo", "fortythree",
                    # session 6: thirteen more writers, the threat rules tuned on their misses (round 17)
                    "fifty", "fiftyone", "fiftytwo", "fiftythree", "fiftyfour", "fiftyfive", "fiftysix",
                    "fiftyseven", "fiftyeight", "fiftynine", "sixty", "sixtyone", "sixtytwo"})
# Session 6, written last: six sets asked for 40 threats and 40 welfare signs each in varied wording. They show the
# long tail the checks miss (threat recall 0.76, welfare 0.79 pooled when new; the threat rules were then tuned on
# them) and guard today's level there.
HEAVY = frozenset({"sixtysix", "sixtyseven", "sixtyeight", "sixtynine", "seventy", "seventyone"})
# Kept out of the repository as fair measures until session 7, then tuned on (rules only: the models never learnt
# from them) and added here: see data/labelled/README.md.
SESSION7 = frozenset({"fortyfour", "fortyfive", "fortysix", "fortyseven", "fortyeight", "fortynine", "sixtythree",
                      "sixtyfour", "sixtyfive", "seventytwo", "seventythree", "seventyfour", "seventyfive",
                      "seventysix", "seventyseven", "seventyeight", "seventynine", "eighty", "eightyone",
                      "eightytwo", "eightythree", "eightyfour", "eightyfive"})
# Session 8: six sets kept out as fair measures until then, three written in it (all scored when new, then tuned on);
# and nine focused sets of 70 threats, 70 welfare signs and 60 innocent twins each, worded as differently as their
# writers could. The rules were tuned on the misses of the first six focused sets; the last three were scored after
# that and show how little of it carried over to new writers (threat recall 0.57, welfare 0.70).
SESSION8 = frozenset({"eightysix", "eightyseven", "eightyeight", "eightynine", "ninety", "ninetyone", "ninetytwo",
                      "ninetythree", "ninetyfour", "ninetyfive", "ninetysix", "ninetyseven"})
FOCUSED_TUNED = frozenset({"focusone", "focustwo", "focusthree", "focusfour", "focusfive", "focussix"})
FOCUSED_MEASURE = frozenset({"focusseven", "focuseight", "focusnine"})
# Session 9: the last measure of session 8 (ninetyeight-hundred, tuned on in session 9: rules of round 21); three sets
# and two focused sets written in session 9 and scored once with the code after round 21 (then used to decide the
# models' retrain, and added here untuned); five standard and eight focused sets written as training material for
# the models (each scored once before they learnt from it; nothing tuned on their misses); and the session's final
# measure (hundredfour-hundredsix, focustwelve, focusthirteen), scored once with the session-start code and with the
# code of that hour, then added here.
SESSION9_TUNED = frozenset({"ninetyeight", "ninetynine", "hundred"})
SESSION9 = SESSION9_TUNED | frozenset({"hundredone", "hundredtwo", "hundredthree", "hundredfour", "hundredfive",
                                       "hundredsix", "hundredseven", "hundredeight", "hundrednine", "hundredten",
                                       "hundredeleven"})
FOCUSED_S9 = frozenset({"focusten", "focuseleven"})
TRAINING_S9 = frozenset({"focusfourteen", "focusfifteen", "focussixteen", "focusseventeen", "focuseighteen",
                         "focusnineteen", "focustwenty", "focustwentyone", "focustwelve", "focusthirteen"})
# Session 10: four standard and two focused sets written at its start, scored once with the session-start code, then
# trained on by the models (the rules were tuned on the false alarms of two everyday sets written with them only);
# and four standard and two focused sets written later as training material, scored once, that the models did not
# learn from after all (the retrain found nothing more on the fresh sets), added untuned. Three standard and two
# focused sets written in session 10 and kept out as its measure (hundredtwentytwo to -four, focustwentyeight and
# -nine) were spent on error analysis in session 11 and join these groups.
SESSION10 = frozenset({"hundredeighteen", "hundrednineteen", "hundredtwenty", "hundredtwentyone", "hundredtwentytwo",
                       "hundredtwentythree", "hundredtwentyfour", "hundredtwentyfive", "hundredtwentysix",
                       "hundredtwentyseven", "hundredtwentyeight"})
TRAINING_S10 = frozenset({"focustwentysix", "focustwentyseven"})
FOCUSED_S10 = frozenset({"focustwentyeight", "focustwentynine", "focusthirty", "focusthirtyone"})
# Session 11's measure (three standard and two focused sets), kept out until session 12, scored with the code of both
# sessions' starts, then spent on error analysis: the rules of round 24 were drawn from its misses and false alarms.
SESSION11 = frozenset({"hundredthirtytwo", "hundredthirtythree", "hundredthirtyfour"})
FOCUSED_S11 = frozenset({"focusthirtyfour", "focusthirtyfive"})
# Session 12's measure, kept out until session 13 (scored with the start and end code of session 12: micro-F1 0.956
# and 0.958, threats 60 of 64), then spent on error analysis: the rules of round 27 were drawn from its misses.
SESSION12 = frozenset({"hundredthirtyfive", "hundredthirtysix", "hundredthirtyseven"})
FOCUSED_S12 = frozenset({"focusthirtysix", "focusthirtyseven"})
# Session 13's first measure, written at its start and scored after round 27 (standard threats 58 of 66, focused
# threats 97 of 140: under the target), then spent the same session on the rules of round 28.
SESSION13 = frozenset({"hundredthirtyeight", "hundredthirtynine", "hundredforty"})
FOCUSED_S13 = frozenset({"focusthirtyeight", "focusthirtynine"})
# Session 14's first measure, written at its start and scored with the session-start code (standard welfare 55 of 62,
# focused threats 57 and welfare 51 of 70: under the target), then spent the same session on the rules of round 29.
SESSION14 = frozenset({"hundredfortyseven", "hundredfortyeight", "hundredfortynine"})
FOCUSED_S14 = frozenset({"focusfortyfour"})
# Session 14's other fresh sets: two standard and a focused set used for its decisions, and two standard and a focused
# set kept out and scored with the session's start and final code (the same figures: threats and welfare 38 of 42
# each; focused threats against the school, a teacher or a class 40 of 70). Nothing outside the repository lasts to the
# next session, so they join as guards at the level they were measured, never tuned on.
MEASURE_S14 = frozenset({"hundredfifty", "hundredfiftyone", "hundredfiftytwo", "hundredfiftythree"})
FOCUSED_MEASURE_S14 = frozenset({"focusfortyfive", "focusfortysix"})
# Session 15's decision sets, written in three waves (the second and third scored the same with the start code as with
# the rules of the round before them: standard welfare 36 of 41 and 36 of 44), then spent on rounds 30 and 31.
SESSION15 = frozenset({"hundredfiftysix", "hundredfiftyseven", "hundredfiftyeight", "hundredfiftynine", "hundredsixty",
                       "hundredsixtyone"})
FOCUSED_S15 = frozenset({"focusfortyeight", "focusfortynine"})
# Session 15's kept-out sets, scored with the session's start and final code (threats and welfare 38 of 42 each with
# both; focused threats 53 and welfare 56 of 70 with both; a last pair written at the end: threats 32 of 40, welfare
# 42 of 43 with both), and two focused sets of the third wave that no rule was written from (threats 109, welfare
# 116 -> 117 of 140); they join as guards at that level.
MEASURE_S15 = frozenset({"hundredfiftyfour", "hundredfiftyfive", "hundredsixtytwo", "hundredsixtythree"})
FOCUSED_MEASURE_S15 = frozenset({"focusfortyseven", "focusfifty", "focusfiftyone"})
FOCUSED = (FOCUSED_TUNED | FOCUSED_MEASURE | FOCUSED_S9 | TRAINING_S9 | TRAINING_S10 | FOCUSED_S10 | FOCUSED_S11
           | FOCUSED_S12 | FOCUSED_S13 | FOCUSED_S14 | FOCUSED_MEASURE_S14 | FOCUSED_S15 | FOCUSED_MEASURE_S15)
LATER = (NEWEST | HEAVY | SESSION7 | SESSION8 | SESSION9 | SESSION10 | SESSION11 | SESSION12 | SESSION13 | SESSION14
         | MEASURE_S14 | SESSION15 | MEASURE_S15 | FOCUSED)
RULES_TUNED = [path for path in LABELLED if path.stem not in MODEL_ONLY | LATER]
CRITICAL = ("personal.cpr", "conduct.threat", "welfare.concern")
# The organisation details the labels assume (the same as the development corpus's config.toml).
CONTEXT = CheckContext(
    domains=("randersungdomsskole.dk", "rus-klub.dk"),
    phones=("+45 89 15 19 00", "89 15 19 10", "+45 21 60 44 80"),
    addresses=("Vester Allé 6, 8900 Randers C", "Brødregade 22, 8900 Randers C", "Fabriksvej 11, 8940 Randers SV"),
    no_publish=("Mathilde Krogh", "Ali Hassan", "Sofie Lund Madsen", "Oliver Bach", "Freja Nørgaard"),
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(CONTEXT)


def score(checker: Checker, path: Path) -> tuple[int, int, int, dict[str, tuple[int, int]]]:
    """(tp, fp, fn) over all categories and, per critical category, (found, labelled)."""
    tp = fp = fn = 0
    critical = dict.fromkeys(CRITICAL, (0, 0))
    for line in path.read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        want = set(post["labels"])
        got = {f.category for f in checker.check(post["text"], post.get("lang"))}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        for category in (c for c in CRITICAL if c in want):
            found, labelled = critical[category]
            critical[category] = (found + (category in got), labelled + 1)
    return tp, fp, fn, critical


def minimum_f1(stem: str) -> float:
    if stem in FOCUSED:
        if stem in FOCUSED_MEASURE_S14:
            return 0.72
        if stem in FOCUSED_MEASURE_S15:
            return 0.76
        if stem in TRAINING_S9:
            return 0.85
        if stem in TRAINING_S10:
            return 0.90
        if stem in FOCUSED_S10 | FOCUSED_S11 | FOCUSED_S12 | FOCUSED_S13 | FOCUSED_S14 | FOCUSED_S15:
            return 0.80 if stem in FOCUSED_S10 else 0.85
        return 0.68 if stem in FOCUSED_MEASURE else 0.80 if stem in FOCUSED_S9 else 0.84
    if stem in SESSION9:
        return 0.95 if stem in SESSION9_TUNED else 0.90
    if stem in SESSION10:
        return 0.90
    if stem in SESSION11 | SESSION12 | SESSION13 | SESSION14 | MEASURE_S14 | SESSION15 | MEASURE_S15:
        return 0.93
    if stem in MODEL_ONLY | SESSION7 | SESSION8:
        return 0.92
    return 0.86 if stem in HEAVY else 0.90 if stem in NEWEST else 0.95


@pytest.mark.parametrize(("path", "minimum"), [(DATA / "tune.jsonl", 0.97), (DATA / "check.jsonl", 0.95),
                                               *((path, minimum_f1(path.stem)) for path in LABELLED)],
                         ids=lambda value: value.name if isinstance(value, Path) else str(value))
def test_micro_f1_on_labelled_set(checker: Checker, path: Path, minimum: float) -> None:
    tp, fp, fn, _ = score(checker, path)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= minimum, f"micro-F1 {f1:.3f} on {path.name} (tp {tp}, fp {fp}, fn {fn})"


@pytest.mark.parametrize(("paths", "minimum"), [(RULES_TUNED, 0.98),
                                                ([path for path in LABELLED if path.stem in MODEL_ONLY], 0.85),
                                                ([path for path in LABELLED if path.stem in NEWEST], 0.85),
                                                ([path for path in LABELLED if path.stem in HEAVY], 0.74),
                                                ([path for path in LABELLED if path.stem in SESSION7], 0.92),
                                                ([path for path in LABELLED if path.stem in SESSION8], 0.96),
                                                ([path for path in LABELLED if path.stem in SESSION9], 0.96),
                                                ([path for path in LABELLED
                                                  if path.stem in SESSION10 | SESSION11 | SESSION12 | SESSION13
                                                  | SESSION14 | MEASURE_S14 | SESSION15 | MEASURE_S15],
                                                 0.90)],
                         ids=("rules-tuned-sets", "model-only-sets", "newest-sets", "heavy-sets", "session-7-sets",
                              "session-8-sets", "session-9-sets", "session-10-to-15-sets"))
def test_critical_categories_keep_their_recall_on_the_labelled_sets(checker: Checker, paths: list[Path],
                                                                    minimum: float) -> None:
    """CPR numbers, threats and children at risk: a miss is worse than a false alarm, so recall is guarded pooled."""
    assert len(paths) >= 4
    pooled = dict.fromkeys(CRITICAL, (0, 0))
    for path in paths:
        for category, (found, labelled) in score(checker, path)[3].items():
            pooled[category] = (pooled[category][0] + found, pooled[category][1] + labelled)
    for category, (found, labelled) in pooled.items():
        assert labelled >= 80 and found / labelled >= minimum, f"{category}: {found} of {labelled}"


@pytest.mark.parametrize(("stems", "minimum"), [(FOCUSED_TUNED, 0.93), (FOCUSED_MEASURE, 0.55), (FOCUSED_S9, 0.68),
                                                (TRAINING_S9, 0.75), (TRAINING_S10, 0.80), (FOCUSED_S10, 0.74),
                                                (FOCUSED_S11, 0.88), (FOCUSED_S12, 0.88),
                                                (FOCUSED_S13, 0.88), (FOCUSED_S14, 0.88),
                                                (FOCUSED_MEASURE_S14, 0.62), (FOCUSED_S15, 0.88),
                                                (FOCUSED_MEASURE_S15, 0.72)],
                         ids=("focused-tuned", "focused-measure", "focused-session-9", "focused-training-session-9",
                              "focused-training-session-10", "focused-session-10", "focused-session-11",
                              "focused-session-12", "focused-session-13", "focused-session-14",
                              "focused-measure-session-14", "focused-session-15", "focused-measure-session-15"))
def test_threat_and_welfare_recall_on_the_focused_sets(checker: Checker, stems: frozenset[str],
                                                       minimum: float) -> None:
    """The focused sets hold no CPR numbers: only threats and welfare signs are guarded pooled there."""
    pooled = {category: (0, 0) for category in ("conduct.threat", "welfare.concern")}
    for path in (path for path in LABELLED if path.stem in stems):
        for category, (found, labelled) in score(checker, path)[3].items():
            if category in pooled:
                pooled[category] = (pooled[category][0] + found, pooled[category][1] + labelled)
    for category, (found, labelled) in pooled.items():
        assert labelled >= 70 * len(stems) and found / labelled >= minimum, f"{category}: {found} of {labelled}"
