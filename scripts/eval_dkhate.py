"""Evaluate the full Checker on the DKHate test split: any conduct.* finding counts as OFF.

    .venv/bin/python scripts/eval_dkhate.py [--data DIR] [--split offenseval-da-test-v1.tsv]

Prints precision/recall/F1 per class and the macro-F1 (published: paper baseline 0.70, best 0.812).
The test split is for reporting only: nothing is tuned on it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.checks.engine import Checker  # noqa: E402
from scripts.train_offensive import DATA, read_split  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", default="offenseval-da-test-v1.tsv")
    args = parser.parse_args()
    texts, labels = read_split(args.data / args.split)
    checker = Checker()
    predicted = [int(any(f.category.startswith("conduct.") for f in checker.check(t, "da"))) for t in texts]
    f1s = []
    for cls, name in ((1, "OFF"), (0, "NOT")):
        tp = sum(p == cls and g == cls for p, g in zip(predicted, labels, strict=True))
        fp = sum(p == cls and g != cls for p, g in zip(predicted, labels, strict=True))
        fn = sum(p != cls and g == cls for p, g in zip(predicted, labels, strict=True))
        precision, recall, f1 = prf(tp, fp, fn)
        f1s.append(f1)
        print(f"{name}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} (n={sum(g == cls for g in labels)})")
    print(f"macro-F1 {sum(f1s) / 2:.3f} on {len(texts)} rows of {args.split}")


if __name__ == "__main__":
    main()
