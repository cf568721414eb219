"""Train the small offensive-language model on the DKHate training split and export it as JSON.

    .venv/bin/python scripts/train_offensive.py [--data DIR] [--out monitor/checks/lexicons/offensive_model.json]

Logistic regression over binary word unigrams and bigrams of the de-obfuscated text (the same view
the checks read). Only the training split is used: the decision threshold is chosen by 5-fold
cross-validation on it, for the best macro-F1 at a minimum precision, never on the test split.
scikit-learn is needed here only; the monitor scores the exported weights in pure Python.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from monitor.checks.conduct_offensive import MODEL_FILE, features, tokens
from monitor.checks.conduct_view import build_view
from monitor.checks.normalise import fold

# The shared data sets sit beside the project checkout (../shared); --data points elsewhere.
DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "dkhate"
MAX_FEATURES = 6000  # keeps the JSON file to a few hundred KB


def read_split(path: Path) -> tuple[list[str], list[int]]:
    """Rows of ``id<TAB>tweet<TAB>label``; the last line of the training file uses spaces instead of tabs."""
    texts: list[str] = []
    labels: list[int] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if number == 0 or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            head, _, label = line.rstrip().rpartition(" ")
            parts = [head.split(" ", 1)[0], head.split(" ", 1)[1].strip() if " " in head else "", label]
        label = parts[-1].strip()
        if label not in ("OFF", "NOT"):
            continue
        texts.append("\t".join(parts[1:-1]))
        labels.append(1 if label == "OFF" else 0)
    return texts, labels


def analyse(text: str) -> list[str]:
    return sorted(features(tokens(build_view(fold(text).text).text)))


def train(texts: list[str], labels: list[int], c: float) -> tuple[CountVectorizer, LogisticRegression]:
    vectoriser = CountVectorizer(analyzer=analyse, binary=True, min_df=2)
    matrix = vectoriser.fit_transform(texts)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(matrix, labels)
    return vectoriser, model


def lexicon_flags(texts: list[str]) -> list[int]:
    """What the rule-based conduct checks alone say about each text (1: some conduct.* finding)."""
    from monitor.checks import conduct
    from monitor.checks.conduct_abuse import AbusiveLanguageCheck
    from monitor.checks.engine import Checker

    AbusiveLanguageCheck.use_model = False
    try:
        checker = Checker(check_classes=conduct.CHECKS)
        return [int(bool(checker.check(t, "da"))) for t in texts]
    finally:
        AbusiveLanguageCheck.use_model = True


def cross_validated_threshold(texts: list[str], labels: list[int], c: float) -> tuple[float, float]:
    """Pick the threshold where "rules OR model" has the best macro-F1, over 5 folds of the training split.

    The model only adds findings where the rules found none, so the threshold is chosen for the
    combination. A floor of 0.6 keeps false alarms on ordinary posts down.
    """
    candidates = [x / 100 for x in range(60, 98, 2)]
    scores = {t: 0.0 for t in candidates}
    rules = lexicon_flags(texts)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=13)
    for train_idx, test_idx in folds.split(texts, labels):
        vectoriser, model = train([texts[i] for i in train_idx], [labels[i] for i in train_idx], c)
        probs = model.predict_proba(vectoriser.transform([texts[i] for i in test_idx]))[:, 1]
        gold = [labels[i] for i in test_idx]
        for t in candidates:
            guess = [int(p >= t or rules[i]) for p, i in zip(probs, test_idx, strict=True)]
            scores[t] += f1_score(gold, guess, average="macro") / 5
    best = max(candidates, key=lambda t: scores[t])
    return best, scores[best]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--c", type=float, default=0.5)
    args = parser.parse_args()
    texts, labels = read_split(args.data / "offenseval-da-training-v1.tsv")
    threshold, cv_f1 = cross_validated_threshold(texts, labels, args.c)
    vectoriser, model = train(texts, labels, args.c)
    names = vectoriser.get_feature_names_out()
    weights = sorted(zip(names, model.coef_[0], strict=True), key=lambda nw: -abs(nw[1]))[:MAX_FEATURES]
    payload = {
        "source": "DKHate training split (Sigurbergsson & Derczynski, LREC 2020; CC BY 4.0), see OFFENSIVE-SOURCE.md",
        "features": "binary word unigrams and bigrams of the de-obfuscated text",
        "threshold": threshold,
        "cv_macro_f1": round(cv_f1, 4),
        "bias": round(float(model.intercept_[0]), 4),
        "weights": {name: round(float(w), 4) for name, w in weights if abs(w) >= 0.01},
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(texts)} rows, {sum(labels)} OFF; threshold {threshold} (5-fold CV macro-F1 {cv_f1:.3f}); "
          f"{len(payload['weights'])} weights -> {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
