"""A small linear offensive-language model (trained on DKHate) scored in pure Python.

The weights come from ``scripts/train_offensive.py`` (logistic regression over word unigrams and
bigrams of the de-obfuscated text) and live in ``lexicons/offensive_model.json``; the training data
is credited in ``lexicons/OFFENSIVE-SOURCE.md``. Scoring is one dictionary lookup per word and word
pair, capped at ``MAX_TOKENS`` words so a huge post stays cheap.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import repeat

from monitor.checks.conduct_lexicon import LEXICONS
from monitor.checks.conduct_view import LETTER

MODEL_FILE = LEXICONS / "offensive_model.json"
MAX_TOKENS = 400
CUE = 1.3
# Words DKHate's comments use as insults that a school's posts mostly use plainly: "syge" is "ill" ("en del syge i
# dag"). They still add their weight to the score, but no longer count as the strong evidence a finding needs alone.
PLAIN_WORDS = frozenset({"syge"})
TOKEN = re.compile(rf"[{LETTER}]+(?:'[{LETTER}]+)?")


def tokens(text: str) -> list[str]:
    """Words of a (folded, de-obfuscated) text, as the model was trained on them."""
    return TOKEN.findall(text)


def features(words: list[str]) -> set[str]:
    feats = set(words)
    feats.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return feats


@dataclass
class OffensiveModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    @cached_property
    def cues(self) -> frozenset[str]:
        """Words and word pairs whose weight alone is strong evidence of offensive language."""
        return frozenset(f for f, w in self.weights.items() if w >= CUE and f not in PLAIN_WORDS)

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every word of a cue: a text without any of them cannot pass ``offensive``."""
        return frozenset(word for cue in self.cues for word in cue.split())

    def score(self, text: str) -> float:
        """Probability-like score in 0..1 that the text is offensive."""
        words = tokens(text)[:MAX_TOKENS]
        weights = self.weights
        total = self.bias + sum(weights.get(f, 0.0) for f in features(words))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def offensive(self, text: str) -> bool:
        """Over the threshold, and with at least one word that is itself strong evidence (CUE): a short
        ordinary post must not be flagged on the model's prior alone."""
        feats = features(tokens(text)[:MAX_TOKENS])
        if self.cues.isdisjoint(feats):
            return False
        total = self.bias + sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total)))) >= self.threshold


@cache
def load_model() -> OffensiveModel | None:
    """The exported model, or None when it has not been trained (the lexicons still work)."""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return OffensiveModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                          float(data["threshold"]))
