"""Small one-vs-rest linear models per category, scored in pure Python, OR-ed with the hand-written rules.

The rules are precise but miss wordings their authors never saw; these models, trained by
``scripts/train_categories.py`` on the labelled posts of several writers, catch some of them. Features are
binary word unigrams and bigrams of the conduct view (folded, de-obfuscated text; the same tokens as
``conduct_offensive``) plus a few word classes (pronouns, kin words, first names). One pass over one
tokenisation scores every category: each feature is one dictionary lookup that yields the weights of all
categories at once, and a post is capped at ``MAX_TOKENS`` words; a long post is judged in stretches of about
``WINDOW`` words, the length of the posts the models learnt from. A category may have bands: lower thresholds
that count only where a gate of ``category_model_bands`` holds on the post (for threats: harm is named, or the words
of menace). Most categories average two regressions, one of them on Naive-Bayes-scaled features
(``train_categories.NB_BLEND``); an average of linear models is one linear model, so they are scored like the others.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from monitor.checks.base import Check, Document, Hit, Rule
from monitor.checks.category_model_bands import GATES, VETOES
from monitor.checks.conduct_lexicon import LEXICONS
from monitor.checks.conduct_offensive import features, tokens
from monitor.checks.conduct_view import View, original_span, view_of
from monitor.checks.persons import plain_first_names

MODEL_FILE = LEXICONS / "category_model.json"
MAX_TOKENS = 400
WINDOW = 60  # words per stretch a long post is judged in (``firing_in_windows``)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Word classes: a class feature fires when any of its words occurs (pools evidence the unigrams split).
WORD_CLASSES: dict[str, frozenset[str]] = {
    "__first": _wordset("jeg mig min mit mine i me my myself i'm"),
    "__second": _wordset("du dig din dit dine you your you're yourself"),
    "__third": _wordset("han hun ham hende hendes hans he she him his her he's she's"),
    "__kin": _wordset(
        "mor far mors fars moren faren søn datter bror søster forældre stedfar stedmor papfar kæreste veninde "
        "kammerat elev eleven kollega mum mom mother dad father son daughter brother sister parents stepdad "
        "friend boyfriend girlfriend colleague student pupil"),
    "__group": _wordset(
        "muslimer jøder indvandrere sorte bøsser homoseksuelle kvinder piger handicappede udlændinge flygtninge "
        "muslims jews immigrants blacks gays women girls refugees foreigners"),
}
_NAME_CLASS = "__name"

# Function words never count as a category's anchor: a score summed from "du", "de", "skal" and the like alone
# fired on short everyday replies ("Du får min opvurdering") in general Danish text (DKHate's NOT posts).
FUNCTION_WORDS = _wordset(
    "du dig din dit dine jeg mig min mit mine i jer jeres vi os vores han hun ham hende hans hendes de dem deres den "
    "det der og at så som er var har havde ikke en et på til for med af om fra men eller hvis når da nu bare lige godt "
    "også kun skal vil kan må bliver blev får fik gør går kommer sig selv alle noget nogen man sin sit sine hvad hvor "
    "hvem hvorfor hvordan her you your you're yourself me my myself we us our he she him her his they them their the "
    "a an and or to of in on at for with is are was were be been have has had do does did will would can could "
    "should not no so if then just get got go going gonna")


def words_of(view_text: str) -> list[str]:
    """The capped word list of a conduct-view text, as the models were trained on it."""
    return tokens(view_text)[:MAX_TOKENS]


def class_features(unique: set[str] | frozenset[str]) -> list[str]:
    found = [name for name, members in WORD_CLASSES.items() if not members.isdisjoint(unique)]
    if not plain_first_names().isdisjoint(unique):
        found.append(_NAME_CLASS)
    return found


def feature_set(words: list[str]) -> set[str]:
    """Every feature of a word list (training uses this; scoring computes the same set faster)."""
    feats = features(words)
    feats.update(class_features(set(words)))
    return feats


RULE_NAMES = {
    "conduct.threat": ("en trussel", "a threat"),
    "welfare.concern": ("tegn på at et barn eller en ung har brug for støtte",
                        "signs that a young person needs support"),
    "personal.social": ("oplysninger om en persons sociale forhold",
                        "information about a person's social circumstances"),
    "personal.health": ("helbredsoplysninger om en person", "health information about a person"),
    "personal.confidential": ("videregivelse af en fortrolig samtale eller privat sag",
                              "relaying a private conversation or matter"),
    "conduct.discrimination": ("nedsættende udsagn om en gruppe", "demeaning statements about a group"),
    "conduct.defamation": ("en ubevist beskyldning mod en person", "an unproven accusation against a person"),
    "conduct.harassment": ("chikane eller nedsættende ord mod en person", "harassment or insults aimed at a person"),
    "conduct.extremism": ("støtte til eller symboler fra ekstremister", "support for or symbols of extremists"),
}
RULES: dict[str, Rule] = {
    category: Rule(f"{category}.model", category, f"Sproget ligner {da} (statistisk model).",
                   f"The wording resembles {en} (statistical model).")
    for category, (da, en) in RULE_NAMES.items()
}

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True)
class CategoryModel:
    """Weights of every shipped category, indexed so that one lookup per feature serves all of them."""

    categories: tuple[str, ...]
    biases: tuple[float, ...]
    thresholds: tuple[float, ...]  # on the linear score (the logit of the probability threshold)
    anchors: tuple[float, ...]  # the weight at least one content-word feature must reach (0: no anchor needed)
    unigrams: dict[str, tuple[float, ...]]  # feature -> its weight in every category (dense: summed in C)
    bigrams: dict[str, dict[str, tuple[float, ...]]]  # first word -> second word -> weights
    bands: tuple[tuple[tuple[float, str], ...], ...] = ()  # per category: lower thresholds (logits), each with a gate

    def __post_init__(self) -> None:
        if not self.bands:
            object.__setattr__(self, "bands", ((),) * len(self.categories))
        # Frozensets: ``set & frozenset`` walks the smaller side, ``set.intersection(dict)`` the whole dict.
        object.__setattr__(self, "_unigram_keys", frozenset(self.unigrams))
        object.__setattr__(self, "_bigram_heads", frozenset(self.bigrams))

    def totals(self, words: list[str]) -> list[float]:
        """The linear score of each category for a word list."""
        unique = set(words)
        unigrams = self.unigrams
        matched = [self.biases]
        matched.extend([unigrams[w] for w in unique & self.__dict__["_unigram_keys"]])
        matched.extend([unigrams[c] for c in class_features(unique) if c in unigrams])
        bigrams = self.bigrams
        if not self.__dict__["_bigram_heads"].isdisjoint(unique):
            seen: set[tuple[str, str]] = set()
            for a, b in zip(words, words[1:], strict=False):
                nested = bigrams.get(a)
                if nested is not None and b in nested and (a, b) not in seen:
                    seen.add((a, b))
                    matched.append(nested[b])
        return list(map(sum, zip(*matched, strict=True)))

    def firing(self, words: list[str], gate_open: Callable[[str], bool] | None = None) -> list[int]:
        """Indexes of the categories whose score reaches their threshold and whose evidence holds an anchor: a
        content-word feature of at least the category's anchor weight. With ``gate_open``, a category's bands
        (``category_model_bands``) lower its threshold where a band's gate holds on the post, and an open gate is
        an anchor too: it is the evidence (harm named, words of menace) that function words alone lack."""
        totals = self.totals(words)
        over = [i for i, (total, cut, bands) in enumerate(zip(totals, self.thresholds, self.bands, strict=True))
                if total >= cut or gate_open is not None and any(
                    total >= low and gate_open(gate) for low, gate in bands)]
        if not over or not any(self.anchors[i] for i in over):
            return over
        strongest = self.strongest_content(words)
        return [i for i in over if strongest[i] >= self.anchors[i]
                or gate_open is not None and any(gate_open(gate) for _, gate in self.bands[i])]

    def strongest_content(self, words: list[str]) -> list[float]:
        """Per category, the largest weight of a feature of ``words`` that is not made of function words only."""
        best = [0.0] * len(self.categories)
        for feature in features(words):
            a, _, b = feature.partition(" ")
            if a in FUNCTION_WORDS and (not b or b in FUNCTION_WORDS):
                continue
            weights = self.bigrams.get(a, {}).get(b) if b else self.unigrams.get(a)
            if weights is not None:
                best = [max(x, w) for x, w in zip(best, weights, strict=True)]
        return best

    def probability(self, words: list[str]) -> dict[str, float]:
        return {c: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t))))
                for c, t in zip(self.categories, self.totals(words), strict=True)}

    def contribution(self, words: list[str], index: int) -> float:
        """Positive evidence of one category in a stretch of words (picks the span to show)."""
        total = 0.0
        for feature in features(words):
            a, _, b = feature.partition(" ")
            weights = self.bigrams.get(a, {}).get(b) if b else self.unigrams.get(a)
            if weights is not None and weights[index] > 0:
                total += weights[index]
        return total


def _index(weights: dict[str, list[float]]) -> tuple[dict[str, tuple[float, ...]],
                                                     dict[str, dict[str, tuple[float, ...]]]]:
    uni: dict[str, tuple[float, ...]] = {}
    bi: dict[str, dict[str, tuple[float, ...]]] = {}
    for feature, vector in weights.items():
        a, _, b = feature.partition(" ")
        if b:
            bi.setdefault(a, {})[b] = tuple(vector)
        else:
            uni[a] = tuple(vector)
    return uni, bi


@cache
def load_model() -> CategoryModel | None:
    """The exported models, or None when they have not been trained (the rules still work)."""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    shipped = [(c, m) for c, m in data["categories"].items() if c in RULES]
    dense: dict[str, list[float]] = {}
    for index, (_, meta) in enumerate(shipped):
        for feature, weight in meta["weights"].items():
            dense.setdefault(str(feature), [0.0] * len(shipped))[index] = float(weight)
    uni, bi = _index(dense)
    return CategoryModel(
        categories=tuple(c for c, _ in shipped),
        biases=tuple(float(m["bias"]) for _, m in shipped),
        thresholds=tuple(_logit(float(m["threshold"])) for _, m in shipped),
        anchors=tuple(float(m.get("anchor", 0.0)) for _, m in shipped),
        unigrams=uni, bigrams=bi, bands=tuple(_bands(m) for _, m in shipped))


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def listed_bands(meta: dict) -> list[dict]:
    """A category's bands as the model file stores them: a list under "bands"; older files held one under "band"."""
    return list(meta.get("bands") or ([meta["band"]] if "band" in meta else []))


def _bands(meta: dict) -> tuple[tuple[float, str], ...]:
    """A category's bands (``category_model_bands``): each a lower threshold as a logit and its gate's name."""
    listed = listed_bands(meta)
    for band in listed:
        if band["gate"] not in GATES:
            raise ValueError(f"unknown model gate {band['gate']!r} in {MODEL_FILE.name}")
    return tuple((_logit(float(band["threshold"])), str(band["gate"])) for band in listed)


class _Gates:
    """The gates of one post, each judged once and only when a score falls in its band."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.judged: dict[str, bool] = {}

    def __call__(self, name: str) -> bool:
        answer = self.judged.get(name)
        if answer is None:
            answer = self.judged[name] = GATES[name](self.view)
        return answer


class CategoryModelCheck(Check):
    """Statistical models per category that add findings the hand-written rules miss."""

    name = "category_model"
    rules = tuple(RULES.values())

    def scan(self, doc: Document) -> Iterator[Hit]:
        model = load_model()
        if model is None or not doc.text:
            return
        view = view_of(doc)
        words = words_of(view.text)
        if not words:
            return
        for index in sorted(firing_in_windows(model, view.text, words, _Gates(view))):
            veto = VETOES.get(model.categories[index])
            if veto is not None and veto(view, doc.text):
                continue
            start, end = _best_sentence(model, view.text, index)
            start, end = original_span(doc, view, start, end)
            if end <= start:
                start, end = 0, len(doc.text)
            yield Hit(RULES[model.categories[index]], start, end)


def firing_in_windows(model: CategoryModel, text: str, words: list[str],
                      gate_open: Callable[[str], bool] | None = None) -> set[int]:
    """The categories that fire on a post, judged in stretches of whole sentences of about ``WINDOW`` words.

    The models learnt from posts that are mostly a sentence or three. A long newsletter sums the small weights
    of many unrelated sentences ("forældre", "hjem", "træning") into a score no short post reaches; judged in
    stretches of a short post's length, each stretch must carry its own evidence. Short posts are one stretch.
    """
    if len(words) <= WINDOW:
        return set(model.firing(words, gate_open))
    fired: set[int] = set()
    stretch: list[str] = []
    seen = 0
    for match in _SENTENCE.finditer(text):
        if seen >= MAX_TOKENS:  # a huge post: the same bound as the whole-post features
            break
        sentence = tokens(match.group())[:WINDOW]
        seen += len(sentence)
        if stretch and len(stretch) + len(sentence) > WINDOW:
            fired.update(model.firing(stretch, gate_open))
            stretch = []
        stretch.extend(sentence)
    if stretch:
        fired.update(model.firing(stretch, gate_open))
    return fired


def _best_sentence(model: CategoryModel, text: str, index: int) -> tuple[int, int]:
    """The view span of the sentence with the largest positive contribution to category ``index``."""
    best, best_span = -1.0, (0, len(text))
    for count, match in enumerate(_SENTENCE.finditer(text)):
        if count >= 200:  # a huge post: the first sentences are enough to point at
            break
        sentence_words = tokens(match.group())
        if not sentence_words:
            continue
        score = model.contribution(sentence_words[:MAX_TOKENS], index)
        if score > best:
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            end = match.start() + len(match.group().rstrip())
            best, best_span = score, (start, end)
    return best_span


CHECKS: tuple[type[Check], ...] = (CategoryModelCheck,)
