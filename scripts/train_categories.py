"""Train the per-category models of ``monitor/checks/category_model.py`` and export them as JSON.

    .venv/bin/python scripts/train_categories.py [--out monitor/checks/lexicons/category_model.json] [--residual]
                                                 [--fresh seven eight | --choices-from MODEL_JSON [--same-sources]]
                                                 [--band conduct.threat=harm:0.7 ...] [--threshold CATEGORY=T ...]

One-vs-rest logistic regression per category over the binary features of
``category_model.feature_set`` (word unigrams and bigrams of the de-obfuscated text plus a few word
classes). C and each category's decision threshold are chosen by leave-one-set-out cross-validation over
the labelled files (each written by other people): train on all files but one, score the held-out file,
and judge the final decision "rules OR model >= threshold", where "rules" is the current checker. The
pick maximises pooled held-out F1 while the precision stays >= 0.9 pooled and on every held-out file
(or at the rules' own precision there, when that is already lower). A category is shipped only when the model
helps in a nested estimate (the choice made without the held-out file), since picking among many (C, threshold)
pairs on the same folds flatters the winner. scikit-learn is needed here only.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, diags
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for scripts.train_offensive

from monitor.checks.base import CheckContext  # noqa: E402
from monitor.checks.category_model import MODEL_FILE, RULES, feature_set, listed_bands, words_of  # noqa: E402
from monitor.checks.category_model_bands import GATES  # noqa: E402
from monitor.checks.conduct_view import build_view  # noqa: E402
from monitor.checks.engine import Checker  # noqa: E402
from monitor.checks.normalise import fold  # noqa: E402
from monitor.checks.registry import CHECK_CLASSES  # noqa: E402
from scripts.train_offensive import read_split  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT.parent / "shared" / "corpus" / "dev.jsonl",
         *(ROOT / "tests" / "data" / "independent" / f"{n}.jsonl" for n in ("tune", "check")),
         *sorted((ROOT / "tests" / "data" / "labelled").glob("*.jsonl"))]
CATEGORIES = tuple(RULES)
DKHATE_TRAIN = ROOT.parent / "shared" / "datasets" / "dkhate" / "offenseval-da-training-v1.tsv"
GENERAL = "dkhate-train-not"  # the source name of the general negatives (trained on, never held out)
# Everyday traffic of school profiles (meeting up, lifts, banter, family small talk), all harmless: without it the
# threat model learnt "vi ses", "efter skole", "i morgen" and "ved" from the threats that use them and fired on
# "vi ses efter skole 👋". Only the threat model learns from it: the others did not fire on such posts, and the
# welfare model, taught that "mor skælder ud" is harmless, lost signs it had found.
# All but nine teach it (session 9: with three, six, seven and eight added, threat recall on three fresh sets went
# 0.89 -> 0.94 and the critical alerts on nine, the set kept as a measure, 4 -> 4; ten to fourteen came after, and
# nineteen and twenty in session 10). Twentythree and twentyfour are not learnt from: a retrain with them and six more
# labelled sets found nothing more on fresh sets (focused threats 107 -> 104 and 217 -> 214 of 140 and 280).
# Twentyone and twentytwo (session 10's kept-out measure, added in session 11) are not learnt from either.
EVERYDAY = [ROOT / "tests" / "data" / "everyday" / f"{name}.jsonl"
            for name in ("one", "two", "three", "four", "five", "six", "seven", "eight", "ten", "eleven", "twelve",
                         "thirteen", "fourteen", "nineteen", "twenty")]
EVERYDAY_SOURCE = "everyday"
EVERYDAY_CATEGORIES = frozenset({"conduct.threat"})
ALWAYS_TRAINED = frozenset({GENERAL, EVERYDAY_SOURCE})  # never held out
# The organisation details the labels assume (corpus/config.toml).
CONTEXT = CheckContext(
    domains=("randersungdomsskole.dk", "rus-klub.dk"),
    phones=("+45 89 15 19 00", "89 15 19 10", "+45 21 60 44 80"),
    addresses=("Vester Allé 6, 8900 Randers C", "Brødregade 22, 8900 Randers C", "Fabriksvej 11, 8940 Randers SV"),
    no_publish=("Mathilde Krogh", "Ali Hassan", "Sofie Lund Madsen", "Oliver Bach", "Freja Nørgaard"),
)
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
THRESHOLDS = tuple(round(0.3 + 0.025 * i, 3) for i in range(28))  # 0.3 .. 0.975
MIN_PRECISION = 0.9
MIN_GAIN = 0.01  # pooled F1 the model must add (in the nested estimate) to be shipped
# Train only on posts where the rules do not already find the category: only those matter for "rules OR model".
RESIDUAL = False
# Weights kept per category. Session 5 kept 1,200 for most models (more gained nothing on the sets of that day, and
# health, defamation and threats then fired on hard negatives); welfare and social kept 8,000. With the 110 labelled
# files of session 9, 8,000 is better for every model in an 8-fold cross-validation by file (the model alone, on the
# posts the rules miss, at the shipped thresholds): threats 117 found / 11 false alarms -> 155 / 6, defamation 282 /
# 95 -> 283 / 44, health 109 / 36 -> 148 / 47, discrimination and confidential likewise. Pruning to 1,200 removed
# the many small weights that together tell a new writer's wording apart.
KEEP = 8000
# The weight a content word must reach for a model hit to count (category_model.FUNCTION_WORDS). Without it the
# threat model fired on 68 of DKHate's 2,576 NOT posts ("Du får min opvurdering"), with it on 7. Discrimination
# learns from "de", "alle", "skal" about a group and confidential from "fortalte mig", so they need none.
ANCHOR = 0.8
# Categories whose model is the average of two regressions: the plain one and one on Naive-Bayes-scaled features
# (``nb_ratios``) with the C given here; each half is pruned to KEEP weights before the two are averaged. In an 8-fold
# cross-validation by file (session 10, 124 files, the model alone on the posts the rules miss; finds / false alarms),
# the average beat the plain model at its shipped threshold for every one of them:
#   welfare.concern         plain 0.9   392 / 38   ->  average 0.85  426 / 29   (AP 0.977 -> 0.985)
#   personal.social         plain 0.95  155 / 23   ->  average 0.95  191 / 18   (AP 0.947 -> 0.968)
#   personal.health         plain 0.9   214 / 65   ->  average 0.85  224 / 51
#   personal.confidential   plain 0.775 251 / 30   ->  average 0.7   254 / 23
#   conduct.discrimination  plain 0.925 171 / 13   ->  average 0.9   172 / 10
#   conduct.defamation      plain 0.6   305 / 42   ->  average 0.6   303 / 23
# For the threat model the scaled features gained nothing (AP 0.973 either way), so it stays plain.
# Session 11 added extremism and harassment (``--add``), which had been rules only since session 3, when the extremism
# model fired on political talk. The same cross-validation (148 files; plain -> Naive-Bayes-scaled, the model alone):
#   conduct.extremism   at 0.9   +100 / 2  ->  +112 / 3 of the 137 posts the rules miss
#   conduct.harassment  at 0.95  +115 / 7  ->  +108 / 9 of 271
# Both ship averaged, behind vetoes (category_model_bands): extremism only where a post names what extremism is about
# and neither teaches nor reports it, harassment only where someone can be its target.
NB_BLEND = dict.fromkeys(("welfare.concern", "personal.social", "personal.health", "personal.confidential",
                          "conduct.discrimination", "conduct.defamation", "conduct.extremism",
                          "conduct.harassment"), 1.0)
NO_ANCHOR = frozenset({"conduct.discrimination", "personal.confidential"})


@dataclass
class Post:
    source: str
    text: str
    labels: frozenset[str]
    rules: frozenset[str]
    features: list[str]


def general_negatives() -> list[tuple[str, str | None, list[str]]]:
    """The posts DKHate's annotators judged not offensive (training split only): everyday Danish comments on
    politics, news and daily life, none of which is about a child at risk or a person's private matters.
    Without them the models learnt that "hjem", "forældre" or "land" signal a category, because in the
    labelled sets such words mostly appear in posts that carry one; they then fired on ordinary discussion."""
    texts, labels = read_split(DKHATE_TRAIN)
    return [(text, None, []) for text, label in zip(texts, labels, strict=True) if label == 0]


def everyday_posts() -> list[tuple[str, str | None, list[str]]]:
    """The ``EVERYDAY`` files: harmless traffic of the profiles themselves (for ``EVERYDAY_CATEGORIES``)."""
    rows = [json.loads(line) for path in EVERYDAY for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [(row["text"], row.get("lang"), []) for row in rows]


def load_posts(general: bool = True) -> list[Post]:
    checker = Checker(CONTEXT, [c for c in CHECK_CLASSES if c.name != "category_model"])
    sources: list[tuple[str, list[tuple[str, str | None, list[str]]]]] = []
    for path in FILES:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        sources.append((path.stem, [(row["text"], row.get("lang"), row["labels"]) for row in rows]))
    if general:
        sources.append((GENERAL, general_negatives()))
        sources.append((EVERYDAY_SOURCE, everyday_posts()))
    posts = []
    for source, rows in sources:
        for text, lang, gold in rows:
            found = frozenset(f.category for f in checker.check(text, lang))
            words = words_of(build_view(fold(text).text).text)
            posts.append(Post(source, text, frozenset(gold), found, sorted(feature_set(words))))
    return posts


def _identity(features: list[str]) -> list[str]:
    return features


def fit(posts: Sequence[Post], category: str, c: float, vectoriser: CountVectorizer,
        matrix: csr_matrix) -> tuple[np.ndarray, float]:
    """Pruned weights (over the vectoriser's vocabulary) and bias of one category."""
    rows = [i for i, p in enumerate(posts) if not (RESIDUAL and category in p.rules)
            and (p.source != EVERYDAY_SOURCE or category in EVERYDAY_CATEGORIES)]
    labels = [int(category in posts[i].labels) for i in rows]
    features, targets = matrix[rows], np.array(labels)
    weights, bias = _regression(features, targets, c)
    if category in NB_BLEND:  # the average of the plain and the scaled regression
        scale = nb_ratios(features, targets)
        scaled, scaled_bias = _regression(features @ diags(scale), targets, NB_BLEND[category])
        weights, bias = (weights + _pruned(scaled * scale)) / 2, (bias + scaled_bias) / 2
    return np.round(weights, 3), round(bias, 3)


def _regression(features: csr_matrix, targets: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="liblinear")
    model.fit(features, targets)
    return _pruned(model.coef_[0].copy()), float(model.intercept_[0])


def _pruned(weights: np.ndarray) -> np.ndarray:
    """The ``KEEP`` largest weights; the others set to zero."""
    if len(weights) > KEEP:
        cut = np.sort(np.abs(weights))[-KEEP]
        weights = np.where(np.abs(weights) < cut, 0.0, weights)
    return weights


def nb_ratios(features: csr_matrix, labels: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Naive-Bayes log-count ratios of binary features (Wang and Manning 2012, "Baselines and Bigrams"): how much
    likelier a feature is in the category's posts than in the others, smoothed by ``alpha``. The regression learns
    on features scaled by them; since the features are binary, the product of ratio and learnt weight is an ordinary
    weight, so the exported model is scored exactly like the others."""
    present = np.asarray(features[labels == 1].sum(axis=0)).ravel() + alpha
    absent = np.asarray(features[labels == 0].sum(axis=0)).ravel() + alpha
    return np.log((present / present.sum()) / (absent / absent.sum()))


def vectorise(posts: Sequence[Post]) -> tuple[CountVectorizer, csr_matrix]:
    """The features of every post; the vocabulary (words in two posts or more) comes from the posts all models learn
    from, so that adding the everyday posts changes the threat model only."""
    vectoriser = CountVectorizer(analyzer=_identity, binary=True, min_df=2)
    vectoriser.fit([p.features for p in posts if p.source != EVERYDAY_SOURCE])
    return vectoriser, vectoriser.transform([p.features for p in posts])


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, guess: bool) -> None:
        self.tp += gold and guess
        self.fp += guess and not gold
        self.fn += gold and not guess

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 1.0

    def row(self) -> str:
        return f"{self.precision:.2f}/{self.recall:.2f}/{self.f1:.2f}"


def held_out_probabilities(posts: list[Post]) -> dict[float, dict[str, np.ndarray]]:
    """For each C: per category, the probability of every post from a model that did not see its file."""
    sources = sorted({p.source for p in posts} - ALWAYS_TRAINED)  # the general negatives are always trained on
    out = {c: {cat: np.zeros(len(posts)) for cat in CATEGORIES} for c in C_GRID}
    for source in sources:
        train_idx = [i for i, p in enumerate(posts) if p.source != source]
        test_idx = [i for i, p in enumerate(posts) if p.source == source]
        vectoriser, matrix = vectorise([posts[i] for i in train_idx])
        test = vectoriser.transform([posts[i].features for i in test_idx])
        for c in C_GRID:
            for category in CATEGORIES:
                weights, bias = fit([posts[i] for i in train_idx], category, c, vectoriser, matrix)
                scores = test @ weights + bias
                out[c][category][test_idx] = 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
        print(f"  held out {source}", flush=True)
    return out


def evaluate(posts: list[Post], category: str, probs: np.ndarray | None, threshold: float) -> dict[str, Counts]:
    """Counts per held-out file and pooled ("all") for rules OR model (rules alone when ``probs`` is None)."""
    counts: dict[str, Counts] = {"all": Counts()}
    for i, post in enumerate(posts):
        guess = category in post.rules or (probs is not None and probs[i] >= threshold)
        gold = category in post.labels
        counts.setdefault(post.source, Counts()).add(gold, guess)
        counts["all"].add(gold, guess)
    return counts


def choose(posts: list[Post], probs: dict[float, dict[str, np.ndarray]], category: str,
           skip: str | None = None) -> tuple[float, float] | None:
    """The (C, threshold) with the best pooled F1 under the precision floor, or None if none beats the rules.

    ``skip`` leaves one file out of the choice (to estimate how optimistic choosing on the same folds is).
    """
    if skip is not None:
        keep = [i for i, p in enumerate(posts) if p.source != skip]
        posts = [posts[i] for i in keep]
        probs = {c: {cat: v[keep] for cat, v in per.items()} for c, per in probs.items()}
    rules = evaluate(posts, category, None, 1.0)
    floors = {s: min(MIN_PRECISION, c.precision) for s, c in rules.items()}
    best: tuple[float, float, float] | None = None
    for c in C_GRID:
        for threshold in THRESHOLDS:
            counts = evaluate(posts, category, probs[c][category], threshold)
            if any(counts[s].precision < floors[s] - 1e-9 for s in counts):
                continue
            f1 = counts["all"].f1
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, threshold)
    if best is None or best[0] < rules["all"].f1 + MIN_GAIN:
        return None
    return best[1], best[2]


def report(posts: list[Post], probs: dict[float, dict[str, np.ndarray]],
           chosen: dict[str, tuple[float, float] | None]) -> None:
    sources = [p.stem for p in FILES] + ["all"]
    print("\nleave-one-set-out P/R/F1: rules alone -> rules OR model (held-out file)")
    print("category".ljust(24) + "".join(s.ljust(30) for s in sources) + "best pick (on the same folds)")
    for category in CATEGORIES:
        pick = chosen[category]
        before = evaluate(posts, category, None, 1.0)
        after = evaluate(posts, category, probs[pick[0]][category], pick[1]) if pick else before
        cells = [f"{before[s].row()}->{after[s].row()}".ljust(30) for s in sources]
        tag = f"C={pick[0]} t={pick[1]}" if pick else "no gain"
        print(category.ljust(24) + "".join(cells) + tag)
    total_before, total_after = Counts(), Counts()
    for category in CATEGORIES:
        pick = chosen[category]
        before = evaluate(posts, category, None, 1.0)["all"]
        after = evaluate(posts, category, probs[pick[0]][category], pick[1])["all"] if pick else before
        for total, counts in ((total_before, before), (total_after, after)):
            total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
    print(f"pooled over the nine categories: {total_before.row()} -> {total_after.row()}")


def nested(posts: list[Post], probs: dict[float, dict[str, np.ndarray]], category: str) -> tuple[Counts, Counts]:
    """Pooled held-out counts (rules, rules OR model) when C and the threshold are chosen without the held-out file.

    Choosing among many (C, threshold) pairs on the same folds flatters the winner; this estimate does not, and it
    decides which categories are shipped.
    """
    before, after = Counts(), Counts()
    for source in sorted({p.source for p in posts} - ALWAYS_TRAINED):
        pick = choose(posts, probs, category, skip=source)
        mine = [i for i, p in enumerate(posts) if p.source == source]
        sub = [posts[i] for i in mine]
        rules_only = evaluate(sub, category, None, 1.0)["all"]
        combined = evaluate(sub, category, probs[pick[0]][category][mine], pick[1])["all"] if pick else rules_only
        for total, counts in ((before, rules_only), (after, combined)):
            total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
    return before, after


def export(posts: list[Post], chosen: dict[str, tuple[float, float] | None], out: Path,
           selection: str = "C and threshold by leave-one-set-out over the sources, for rules OR model",
           bands: dict[str, list[dict[str, str | float]]] | None = None) -> None:
    vectoriser, matrix = vectorise(posts)
    names = vectoriser.get_feature_names_out()
    categories = {}
    for category, pick in chosen.items():
        if pick is None:
            continue
        weights, bias = fit(posts, category, pick[0], vectoriser, matrix)
        kept = {str(names[i]): float(weights[i]) for i in np.flatnonzero(weights)}
        categories[category] = {"C": pick[0], "threshold": pick[1], "bias": bias,
                                "anchor": 0.0 if category in NO_ANCHOR else ANCHOR,
                                **({"naive_bayes_half_C": NB_BLEND[category]} if category in NB_BLEND else {}),
                                **({"bands": bands[category]} if bands and bands.get(category) else {}),
                                "weights": dict(sorted(kept.items(), key=lambda kv: -abs(kv[1])))}
    payload = {
        "sources": [str(p.relative_to(ROOT.parent)) for p in FILES],
        "features": "binary word unigrams and bigrams of the de-obfuscated text, plus word classes "
                    "(category_model.py); a category with naive_bayes_half_C averages a plain regression and one on "
                    "Naive-Bayes-scaled features (train_categories.NB_BLEND)",
        "selection": f"{selection} (train_categories.py)",
        "weights_kept": {category: len(meta["weights"]) for category, meta in categories.items()},
        "categories": categories,
    }
    out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(posts)} posts; shipped {sorted(categories)} -> {out} ({out.stat().st_size // 1024} KB)")


def fresh_choice(posts: list[Post], fresh: set[str]) -> dict[str, tuple[float, float] | None]:
    """(C, threshold) per category chosen on files the rules were never tuned on: the models are trained on every
    other file and judged, as "rules OR model", on those. Leave-one-set-out flatters the rules on files they were
    tuned on (they score ~1.0 there), which hides what the model adds on new text; fresh files do not."""
    train = [p for p in posts if p.source not in fresh]
    test = [p for p in posts if p.source in fresh]
    vectoriser, matrix = vectorise(train)
    features = vectoriser.transform([p.features for p in test])
    probs: dict[float, dict[str, np.ndarray]] = {}
    for c in C_GRID:
        probs[c] = {}
        for category in CATEGORIES:
            weights, bias = fit(train, category, c, vectoriser, matrix)
            probs[c][category] = 1.0 / (1.0 + np.exp(-np.clip(features @ weights + bias, -30, 30)))
    chosen = {category: choose(test, probs, category) for category in CATEGORIES}
    print(f"\nchosen on the fresh files {sorted(fresh)} (models trained on the other files): rules -> rules OR model")
    for category in CATEGORIES:
        pick = chosen[category]
        before = evaluate(test, category, None, 1.0)["all"]
        after = evaluate(test, category, probs[pick[0]][category], pick[1])["all"] if pick else before
        tag = f"C={pick[0]} t={pick[1]}" if pick else "not shipped"
        print(f"  {category.ljust(24)}{before.row()} -> {after.row()}  (tp/fp/fn {before.tp}/{before.fp}/{before.fn}"
              f" -> {after.tp}/{after.fp}/{after.fn})  {tag}")
    return chosen


def parse_band(item: str) -> tuple[str, dict[str, str | float]]:
    """``conduct.threat=harm:0.75`` -> the category and one of its bands as the model file stores it."""
    category, _, rest = item.partition("=")
    gate, _, text = rest.partition(":")
    try:
        threshold = float(text)
    except ValueError:
        threshold = math.nan
    if category not in CATEGORIES or gate not in GATES or not 0.0 < threshold < 1.0:
        raise SystemExit(f"--band {item!r}: expected CATEGORY=GATE:THRESHOLD with a gate of {sorted(GATES)} "
                         "and a threshold between 0 and 1")
    return category, {"gate": gate, "threshold": threshold}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--residual", action="store_true", help="train on the posts the rules miss only")
    parser.add_argument("--fresh", nargs="+", metavar="STEM",
                        help="choose C and thresholds on these files (stems), which the rules were never tuned on, "
                             "instead of leave-one-set-out; the shipped models are then trained on every file")
    parser.add_argument("--choices-from", type=Path, metavar="MODEL_JSON",
                        help="keep the C and threshold of each category shipped in this model file (no selection) and "
                             "train on every file: more data, the same operating points")
    parser.add_argument("--same-sources", action="store_true",
                        help="with --choices-from: train on the labelled files that model lists, not on every file "
                             "(to change one thing, such as the general negatives, and nothing else)")
    parser.add_argument("--band", action="append", default=[], metavar="CATEGORY=GATE:THRESHOLD",
                        help="a lower threshold for a category, open when the named gate of category_model_bands holds "
                             "on the post (e.g. conduct.threat=harm:0.75; repeat it for more bands); --choices-from "
                             "keeps the bands it finds")
    parser.add_argument("--threshold", action="append", default=[], metavar="CATEGORY=THRESHOLD",
                        help="with --choices-from: ship this category with another threshold "
                             "(e.g. welfare.concern=0.85)")
    parser.add_argument("--add", action="append", default=[], metavar="CATEGORY=C:THRESHOLD",
                        help="with --choices-from: also ship a category that file does not hold, with this C and "
                             "threshold (e.g. conduct.extremism=1.0:0.9)")
    parser.add_argument("--exclude", nargs="+", default=[], metavar="CATEGORY",
                        help="never ship these categories (e.g. where a model's false alarms are of a kind the "
                             "evaluation files do not show)")
    args = parser.parse_args()
    global RESIDUAL
    RESIDUAL = args.residual
    previous = json.loads(args.choices_from.read_text(encoding="utf-8")) if args.choices_from else None
    if previous is not None and args.same_sources:
        FILES[:] = [ROOT.parent / source for source in previous["sources"]]
    bands = {c: listed_bands(meta) for c, meta in previous["categories"].items()} if previous else {}
    for category, band in map(parse_band, args.band):  # a band for a gate the category has replaces it
        bands[category] = [b for b in bands.get(category, []) if b["gate"] != band["gate"]] + [band]
    posts = load_posts()
    if previous is not None:
        shipped = previous["categories"]
        kept = {c: (float(shipped[c]["C"]), float(shipped[c]["threshold"]))
                if c in shipped and c not in args.exclude else None for c in CATEGORIES}
        for item in args.threshold:
            category, _, value = item.partition("=")
            pick = kept.get(category)
            if pick is None:
                parser.error(f"--threshold {item}: {category} is not shipped in {args.choices_from}")
            kept[category] = (pick[0], float(value))
        for item in args.add:
            category, _, rest = item.partition("=")
            c, _, threshold = rest.partition(":")
            if category not in CATEGORIES or category in shipped:
                parser.error(f"--add {item}: {category} is not a rule category or is already shipped")
            kept[category] = (float(c), float(threshold))
        how = ("retrained on the same sources with today's general negatives (DKHate's NOT posts; for "
               "conduct.threat also tests/data/everyday)" if args.same_sources
               else "retrained with the same C and thresholds on every source")
        if args.band:
            how = f"{how}; band {', '.join(args.band)}"
        if args.threshold:
            how = f"{how}; threshold {', '.join(args.threshold)}"
        if args.add:
            how = f"{how}; added {', '.join(args.add)}"
        export(posts, kept, args.out, f"{previous['selection'].removesuffix(' (train_categories.py)')}; {how}", bands)
        return
    if args.fresh:
        chosen = fresh_choice(posts, set(args.fresh))
        export(posts, {c: None if c in args.exclude else pick for c, pick in chosen.items()}, args.out,
               f"C and threshold chosen on {', '.join(sorted(args.fresh))} (never used to tune the rules), for "
               "rules OR model; then trained on every source", bands)
        return
    print(f"{len(posts)} posts from {len(FILES)} files; leave-one-set-out over C in {C_GRID}", flush=True)
    probs = held_out_probabilities(posts)
    chosen = {category: choose(posts, probs, category) for category in CATEGORIES}
    report(posts, probs, chosen)
    print("\nnested estimate: C and threshold chosen without the held-out file; pooled P/R/F1 rules -> rules OR model")
    for category in CATEGORIES:
        before, after = nested(posts, probs, category)
        ship = after.precision >= MIN_PRECISION and after.f1 >= before.f1 + MIN_GAIN
        print(f"  {category.ljust(24)}{before.row()} -> {after.row()}{'' if ship else '  (not shipped)'}")
        if not ship:
            chosen[category] = None
    export(posts, chosen, args.out, bands=bands)
    assert all(math.isfinite(t) for pick in chosen.values() if pick for t in pick)


if __name__ == "__main__":
    main()
