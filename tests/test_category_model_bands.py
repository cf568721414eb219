"""A model's bands: lower thresholds that open only where the post names harm or holds the words of menace
(category_model_bands.py)."""

from __future__ import annotations

import json
import math

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.category_model import CategoryModel, CategoryModelCheck, _bands, load_model, words_of
from monitor.checks.category_model_bands import has_menace_words, names_harm
from monitor.checks.conduct_view import view_of


def harm(text: str) -> bool:
    return names_harm(view_of(Document(text)))


@pytest.mark.parametrize(("text", "named"), [
    # a weapon, a violent verb or its result, or a weapon emoji ...
    ("så får han en kugle", True),
    ("jeg har en kniv med i tasken", True),
    ("så brækker jeg dine fingre", True),
    ("someone is getting hurt", True),
    ("til den der tog min cykel 🔪", True),
    # ... beside the same sentences without one
    ("så får han en kage", False),
    ("jeg har en madpakke med i tasken", False),
    ("vi ses i morgen efter skole 👋", False),
    # harm words in an idiom, a game, a joke or a quotation name no harm
    ("vi skyder sæsonen i gang i morgen", False),
    ("jeg dræber dig i Fortnite i aften", False),
    ("så får han en kugle 😂", False),
    ("i filmen tager morderen kniven med", False),
    # harm no single word names: a weapon in a compound or plural, a beating given, bones, a straw, a crowd
    ("de venter med køller", True),
    ("idag får emil bank", True),
    ("we'll break every bone in your hands", True),
    ("you'll be eating through a straw", True),
    ("der skal nok ske noget slemt med ham", True),
    ("pas på når du går hjem, vi er mange", True),
    ("vi er mange til fællesspisning i aften", True),  # the gate alone: the model's score decides
    ("idag får emil ny cykel", False),
    ("the soup is served with a straw", False),
])
def test_names_harm(text: str, named: bool) -> None:
    assert harm(text) is named


def model(bands: tuple[tuple[tuple[float, str], ...], ...] = ()) -> CategoryModel:
    """One anchored category whose threshold is 0.9 (a logit of 2.2); "kugle" alone scores 1.0 (p 0.73)."""
    return CategoryModel(categories=("conduct.threat",), biases=(-1.0,), thresholds=(math.log(9.0),), anchors=(0.8,),
                         unigrams={"kugle": (2.0,)}, bigrams={}, bands=bands)


def test_a_band_lowers_the_threshold_only_where_its_gate_opens() -> None:
    words = ["han", "får", "en", "kugle"]
    assert model().firing(words, lambda gate: True) == []  # no band: 0.73 is under 0.9
    banded = model((((math.log(0.7 / 0.3), "harm"),),))
    assert banded.firing(words, lambda gate: gate == "harm") == [0]
    assert banded.firing(words, lambda gate: False) == []
    assert banded.firing(words) == []  # no gates judged: the plain threshold
    assert banded.firing(["han", "får", "en", "kage"], lambda gate: True) == []  # under the band too


def test_gates_are_judged_only_in_the_band() -> None:
    judged: list[str] = []

    def gate(name: str) -> bool:
        judged.append(name)
        return True

    banded = model((((math.log(0.7 / 0.3), "harm"), (math.log(0.6 / 0.4), "menace")),))
    banded.firing(["han", "får", "en", "kage"], gate)
    assert judged == []


def test_each_band_is_judged_by_its_own_gate() -> None:
    words = ["han", "får", "en", "kugle"]  # p 0.73
    banded = model((((math.log(0.8 / 0.2), "harm"), (math.log(0.7 / 0.3), "menace")),))
    assert banded.firing(words, lambda gate: gate == "harm") == []  # 0.73 is under the harm band's 0.8
    assert banded.firing(words, lambda gate: gate == "menace") == [0]


def test_an_open_gate_stands_in_for_the_content_word_anchor() -> None:
    """A score of function words only ("du", "får", "en") fires where a band's gate holds on the post: the gate is the
    evidence of harm or menace the anchor asks for. Without an open gate the anchor still rules."""
    function_words = CategoryModel(categories=("conduct.threat",), biases=(-1.0,), thresholds=(math.log(9.0),),
                                   anchors=(0.8,), unigrams={"får": (4.0,)}, bigrams={},
                                   bands=(((math.log(0.7 / 0.3), "harm"),),))
    words = ["du", "får", "en"]  # p 0.95: over the threshold, but no content word
    assert function_words.firing(words) == []
    assert function_words.firing(words, lambda gate: False) == []
    assert function_words.firing(words, lambda gate: gate == "harm") == [0]


def test_the_shipped_threat_model_has_a_harm_and_a_menace_band_under_its_threshold() -> None:
    shipped = load_model()
    assert shipped is not None
    index = shipped.categories.index("conduct.threat")
    bands = dict((gate, low) for low, gate in shipped.bands[index])
    assert set(bands) == {"harm", "menace"} and max(bands.values()) < shipped.thresholds[index]


def test_bands_in_the_model_file() -> None:
    listed = '{"bands": [{"gate": "harm", "threshold": 0.5}, {"gate": "menace", "threshold": 0.5}]}'
    assert _bands(json.loads(listed)) == ((0.0, "harm"), (0.0, "menace"))
    assert _bands(json.loads('{"band": {"gate": "harm", "threshold": 0.5}}')) == ((0.0, "harm"),)  # older files
    assert _bands({}) == ()


def test_an_unknown_gate_in_the_model_file_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown model gate 'nope'"):
        _bands(json.loads('{"bands": [{"gate": "nope", "threshold": 0.7}]}'))


# In the menace band (0.9) under the threshold (0.925 since session 13); a retrain may move it out: then pick another.
MENACING_COMMENT = "hvis der kommer en kommentar mere om min kæreste, så finder jeg hver og en af jer"


def threat_by_model(text: str) -> bool:
    return any(hit.rule.category == "conduct.threat" for hit in CategoryModelCheck(CheckContext()).scan(Document(text)))


@pytest.mark.parametrize(("gate", "text", "flagged"), [
    # the shipped threat model scores these in a band (under its own threshold); only the band's gate opens it:
    # harm named ...
    ("harm", "træneren fortjener en kugle for den udskiftning", True),
    ("harm", "træneren fortjener en kugle for den udskiftning 😂", False),
    ("harm", "hvis træneren ikke sætter mig på holdet i FIFA, så får han en kugle", False),
    ("harm", "hvis træneren ikke sætter mig på holdet, så får han en kage", False),
    # ... or the words of menace
    ("menace", MENACING_COMMENT, True),
    ("menace", f"{MENACING_COMMENT} 😂😂", False),
])
def test_the_bands_on_the_shipped_model(gate: str, text: str, flagged: bool) -> None:
    shipped = load_model()
    assert shipped is not None
    index = shipped.categories.index("conduct.threat")
    low, threshold = dict((name, low) for low, name in shipped.bands[index])[gate], shipped.thresholds[index]
    score = shipped.totals(words_of(view_of(Document(text)).text))[index]
    assert low <= score < threshold, "the example no longer lies in the band: pick another"
    assert threat_by_model(text) is flagged


@pytest.mark.parametrize("text", [
    "Spejderlejr: alle får kniv- og bålbevis efter weekenden. Vi gennemgår sikkerhed først.",
    "hvem skyder bedst med bue, dig eller mig? vi tester på fredag",
    "i sløjd skal vi bruge kniven til at snitte en ske",
])
def test_knives_bows_and_fire_used_safely_name_no_harm(text: str) -> None:
    assert not harm(text)


@pytest.mark.parametrize(("text", "flagged"), [
    # a short arrangement to meet and nothing else: the threat model's finding is dropped ...
    ("vi ses i morgen efter skole ved cykelskuret 🚲", False),
    ("vi ses i morgen efter skole 👋", False),
    ("ses ved hallen kl 5?", False),
    # ... not when someone is named or addressed, or a fist, a knife or an ambulance stands beside it
    ("Vi ses efter skole Emil. Tag en ambulance med.", True),
    ("vi ses i morgen efter skole 🔪🔪", True),
    # something handed back or over, and nothing else
    ("du får din bog i morgen efter skole", False),
    ("du får din hættetrøje igen på fredag, den er vasket 😇", False),
    ("du får dine tæsk i morgen efter skole", True),
])
def test_a_plain_arrangement_is_no_threat_for_the_model(text: str, flagged: bool) -> None:
    assert threat_by_model(text) is flagged


@pytest.mark.parametrize(("text", "words"), [
    ("vi ved godt hvor din lillesøster går i skole, tænk over det", True),
    ("du skal ikke regne med at komme sikkert hjem fra festen på lørdag", True),
    # a joke, a game
    ("hvis der kommer en eneste kommentar mere om min lillebror, så finder jeg hver og en af jer 😂😂", False),
    ("hvis der kommer en eneste kommentar mere om min lillebror i FIFA, så finder jeg hver og en af jer", False),
    ("vi ses til træning i morgen", False),
])
def test_has_menace_words(text: str, words: bool) -> None:
    assert has_menace_words(view_of(Document(text))) is words
