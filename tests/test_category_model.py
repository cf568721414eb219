"""The per-category statistical models (monitor/checks/category_model.py) and their exported weights."""

from __future__ import annotations

import json

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.category_model import MODEL_FILE, RULES, CategoryModel, CategoryModelCheck, load_model
from monitor.checks.engine import Checker
from monitor.checks.registry import CHECK_CLASSES


def model_categories(text: str) -> set[str]:
    return {hit.rule.category for hit in CategoryModelCheck(CheckContext()).scan(Document(text))}


def shipped() -> tuple[str, ...]:
    model = load_model()
    assert model is not None
    return model.categories


# Wordings of our own (invented people). A case whose category is not shipped is skipped.
POSITIVES = [
    ("threat_da", "Hvis du siger det til nogen igen, så smadrer jeg dit ansigt", "conduct.threat"),
    ("threat_knife", "Du skal ikke vise dig i skolen i morgen, så får du en kniv i maven", "conduct.threat"),
    ("threat_en", "I will kill you after school tomorrow, watch your back", "conduct.threat"),
    ("welfare_selfharm", "Hun har skåret sig i armene igen og siger hun ikke vil leve mere", "welfare.concern"),
    ("welfare_home", "Emil fortalte mig i går at han ikke tør tage hjem fordi hans far slår ham", "welfare.concern"),
    ("social_divorce", "Hendes forældre er gået fra hinanden og hun bor hos sin far nu", "personal.social"),
    ("confidential_da", "Kathrine fortalte mig i fortrolighed at hun er gravid", "personal.confidential"),
    ("confidential_en", "My colleague told me in private that her son was arrested last week", "personal.confidential"),
    ("confidential_confided", "Emil betroede mig i dag at hans forældre skal skilles", "personal.confidential"),
    ("confidential_call", "Hendes far ringede i morges og sagde at hun ikke må komme mere", "personal.confidential"),
    ("defamation_named", "Jonas stjæler penge fra klubkassen, det ved alle", "conduct.defamation"),
    ("defamation_leader", "Lederen af klubben snyder med regnskabet og har taget penge", "conduct.defamation"),
    ("harassment_named", "Freja er en dum ko og ingen gider være sammen med hende", "conduct.harassment"),
    ("harassment_student", "Vores nye elev Mads er så klam og grim, han stinker", "conduct.harassment"),
]

# Hard negatives: the same topics, idioms and sports, or general teaching with no one singled out.
NEGATIVES = [
    ("idiom_boring", "Det var en dræbende kedelig film, jeg var ved at dø"),
    ("sports_score", "Vi smadrede dem i håndbold, de fik tæsk"),
    ("laughing", "Jeg døde af grin til revyen i aftes"),
    ("topic_social", "Oplæg om skilsmisse, anbringelse og fattigdom for lærere"),
    ("topic_violence", "Foredrag om vold i hjemmet og hvordan man hjælper"),
    ("topic_selfharm", "Temaaften om selvskade og mistrivsel for forældre på torsdag"),
    ("campaign", "Kampagne: tal med nogen hvis du har det svært - ring til børnetelefonen"),
    ("teaching_crime", "I samfundsfag diskuterede vi tyveri og bedrageri i banker"),
    ("general_divorce", "Mange unge kender nogen der er blevet skilt"),
    ("first_aid", "Vi fortæller gerne om vores nye kursus i førstehjælp"),
    ("public_quote", "Han sagde til avisen at turen var fantastisk, siger Emma på 15"),
    ("topic_bullying_en", "Next week we talk about bullying and how to be a good friend"),
    ("confidentiality_rule", "Man skal aldrig fortælle videre hvad elever siger i fortrolighed"),
    ("confidentiality_course", "Kursus om tavshedspligt og fortrolighed for nye medarbejdere"),
    ("told_parents", "Vi fortalte om sommerens tur til forældrene i går"),
    ("ordinary", "Tak for en skøn dag på ungdomsskolen, vi ses i næste uge"),
    ("ordinary_en", "Come and join our football training on Tuesday"),
]


@pytest.mark.parametrize(("text", "category"), [(t, c) for _, t, c in POSITIVES], ids=[n for n, _, _ in POSITIVES])
def test_positive(text: str, category: str) -> None:
    if category not in shipped():
        pytest.skip(f"{category} is not in the shipped model")
    assert category in model_categories(text)


@pytest.mark.parametrize("text", [t for _, t in NEGATIVES], ids=[n for n, _ in NEGATIVES])
def test_hard_negative(text: str) -> None:
    assert model_categories(text) == set()


@pytest.mark.parametrize(("text", "category"), [(t, c) for _, t, c in POSITIVES], ids=[n for n, _, _ in POSITIVES])
def test_span_inside_text_and_deterministic(text: str, category: str) -> None:
    post = f"Hej alle sammen. {text}. Vi ses på fredag!"
    first = list(CategoryModelCheck(CheckContext()).scan(Document(post)))
    again = list(CategoryModelCheck(CheckContext()).scan(Document(post)))
    assert first == again
    for hit in first:
        assert 0 <= hit.start < hit.end <= len(post)
        assert hit.rule.id == f"{hit.rule.category}.model"
        if hit.rule.category == category:  # the span is the sentence that carries the evidence
            assert post[hit.start:hit.end].strip(". ") == text


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", "😀" * 50, "\u200b\u200b", "a" * 100_000, "jeg ved hvor du bor " * 20_000,
    "ｉ ｗｉｌｌ ｈｕｒｔ ｙｏｕ", "d\u0338u e\u0301r \u202edum", "🙂." * 5_000,
], ids=["empty", "space", "newlines", "emoji", "zero_width", "one_huge_word", "huge_repeated", "fullwidth",
        "combining", "many_sentences"])
def test_odd_text_is_safe(text: str) -> None:
    for hit in CategoryModelCheck(CheckContext()).scan(Document(text)):
        assert 0 <= hit.start <= hit.end <= len(text)


def test_json_has_every_shipped_category() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["sources"]
    assert set(data["categories"]) <= set(RULES)
    for meta in data["categories"].values():
        assert 0.0 < meta["threshold"] < 1.0
        assert isinstance(meta["bias"], float)
        # 8,000 per regression; a category with a Naive-Bayes half averages two
        assert 0 < len(meta["weights"]) <= (16_000 if "naive_bayes_half_C" in meta else 8_000)
    assert set(shipped()) == set(data["categories"])
    assert MODEL_FILE.stat().st_size < 1_700_000  # nine categories, most of them two regressions averaged


def test_rules_have_explanations_and_registry_runs_it_last() -> None:
    for category, rule in RULES.items():
        assert rule.id == f"{category}.model"
        assert "statistisk model" in rule.explanation_da and "statistical model" in rule.explanation_en
    assert CHECK_CLASSES[-1] is CategoryModelCheck
    findings = Checker().check("Jonas stjæler penge fra klubkassen, det ved alle")
    assert all(f.start < f.end for f in findings)


def test_an_anchored_category_needs_a_content_word_not_just_function_words() -> None:
    """A score made of "du", "får" and the like alone must not fire an anchored category; a strong content word
    must. The unanchored category fires on the same score."""
    weights = (2.0, 2.0)
    model = CategoryModel(categories=("conduct.threat", "conduct.discrimination"), biases=(-1.0, -1.0),
                          thresholds=(0.5, 0.5), anchors=(0.8, 0.0),
                          unigrams={"du": weights, "får": weights, "tæsk": (1.5, 0.0)}, bigrams={})
    assert model.firing(["du", "får", "min", "opvurdering"]) == [1]
    assert model.firing(["du", "får", "tæsk"]) == [0, 1]
