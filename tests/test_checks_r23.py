"""Round 23: models for extremism and harassment, and what keeps them from firing where the category cannot be.

The rules catch an extremist group's name only with support or recruitment around it; the model also reads a slogan
in another order, a tattoo for "Føreren", a new chapter opened. It learnt the words around the groups' posts too
("combat" from Combat 18), so its finding counts only where the post names what extremism is about and does not
teach or report it. The harassment model counts only where someone can be the target.
"""

from __future__ import annotations

import pytest

from monitor.checks.category_meets import MODEL_RULE_IDS
from monitor.checks.category_model import load_model, words_of
from monitor.checks.category_model_bands import aimed_at_no_one, off_extremism
from monitor.checks.conduct_view import build_view
from monitor.checks.engine import Checker
from monitor.checks.normalise import fold

CHECKER = Checker()


def _categories(text: str) -> set[str]:
    return {hit.rule.category for hit in CHECKER.hits(text)}


def _rule_ids(text: str) -> set[str]:
    return {hit.rule.id for hit in CHECKER.hits(text)}


def _rule_categories(text: str) -> set[str]:
    """The categories the hand-written rules find, leaving out the statistical models' findings."""
    return {hit.rule.category for hit in CHECKER.hits(text) if hit.rule.id not in MODEL_RULE_IDS}


def _model_alone_fires(text: str, category: str) -> bool:
    model = load_model()
    assert model is not None
    index = model.categories.index(category)
    return index in model.firing(words_of(build_view(fold(text).text).text))


FOUND_BY_THE_MODEL = [
    ("Vi starter en afdeling af Combat 18 i Aarhus, skriv hvis du vil være med", "conduct.extremism"),
    ("Blood & Honour for evigt 🩸 hvem kommer med til mødet på lørdag?", "conduct.extremism"),
    ("har fået tatoveret 88 på skulderen for Føreren 🦅", "conduct.extremism"),
    ("må Allah belønne brødrene i Islamisk Stat, deres kamp er retfærdig 🏴", "conduct.extremism"),
    ("Nordfront forever, who's coming to the meeting on Sunday?", "conduct.extremism"),
    ("Vi er unge nationalister der træner til dagen kommer. Kun hvide, skriv privat.", "conduct.extremism"),
    ("Mathias spiller som en brækket kylling, hvor pinligt", "conduct.harassment"),
]


@pytest.mark.parametrize(("text", "category"), FOUND_BY_THE_MODEL)
def test_the_models_find_what_the_rules_miss(text: str, category: str) -> None:
    assert category not in _rule_categories(text)  # else this case says nothing about the model
    assert category in _categories(text)


# The model alone fires on each of these; the veto drops its finding.
VETOED = [
    ("stage combat practice today, we learned how to fall safely", "conduct.extremism"),
    ("Gerningsmanden bag angrebet i Christchurch blev idømt livstid", "conduct.extremism"),
    ("Politiet stoppede en Blood & Honour koncert i Randers i weekenden", "conduct.extremism"),
    ("I samfundsfag lærte vi hvordan Islamisk Stat rekrutterede unge", "conduct.extremism"),
    ("Den lille kat lyder som en kat der vil have mad", "conduct.harassment"),
    ("motoren lyder som en døende ko", "conduct.harassment"),
]


@pytest.mark.parametrize(("text", "category"), VETOED)
def test_a_veto_drops_the_models_finding_where_the_category_cannot_be(text: str, category: str) -> None:
    assert _model_alone_fires(text, category)
    assert category not in _categories(text)


@pytest.mark.parametrize(("text", "off"), [
    ("combat training i karateklubben i aften", True),
    ("Sort sol over marsken i aften, kom og se stærene", False),  # a subject word: the model decides, not the veto
    ("IS kæmper for den rigtige sag", False),  # "IS" read in the original text, not as English "is"
    ("this is the best team", True),
    ("88 til alle mine brødre", False),
    ("Politiet anholdt to medlemmer af Nordfront", True),  # reported
    ("Dokumentar om Hitlerjugend i historietimen", True),  # taught
    ("Helten fra Utøya reddede mange unge", True),  # the people who helped
])
def test_off_extremism(text: str, off: bool) -> None:
    assert off_extremism(build_view(fold(text).text), text) is off


@pytest.mark.parametrize(("text", "no_one"), [
    ("motoren lyder som en døende ko", True),
    ("er en klovn, glemte nøglerne igen", True),
    ("du er en klovn", False),
    ("mathilde er så klam", False),  # a first name, lower-cased
    ("se lige viktors frisure", False),  # its possessive
    ("@kalle_k 🤡🤡", False),
    ("træneren er en nar", False),
    ("I er nogle tabere", False),  # "I", you in the plural
    ("alle fra 8.c er nogle tabere", False),
])
def test_aimed_at_no_one(text: str, no_one: bool) -> None:
    assert aimed_at_no_one(build_view(fold(text).text), text) is no_one


# Dishonourable conduct the defamation lists lacked: doping, lying about ages, drinking on duty, going through
# other people's things, complaints made to disappear, plagiarism, driving home drunk. Beside each kind, the same
# words about oneself, taught, or as advice.
DEFAMATION = [
    ("Deres point guard er på steroider, ingen 15-årig ser sådan ud", True),
    ("Jonas is on steroids", True),
    ("I biologi har vi lært om steroider og doping i sport", False),
    ("Aalborg-træneren løj om sine spilleres alder, halvdelen er 17", True),
    ("The coach lied about the weather lol, it was sunny", False),
    ("Køkkenchefen Lone drikker på vagt, man kan lugte det om morgenen", True),
    ("pedellen roder i pigernes skuffer når vi har idræt", True),
    ("the janitor goes through the girls' lockers when we're at PE", True),
    ("Elsker når min mor roder i mine skuffer 🙄", False),
    ("jeg roder altid i mine skuffer efter nøglerne", False),
    ("Mrs. Holm deletes the complaints from parents so the board never sees them", True),
    ("Husk at slette gamle klager i systemet efter 5 år, jf. GDPR", False),
    ("Kasper har kopieret hele sin opgave fra nettet og fik 12", True),
    ("Vi har kopieret opskriften fra nettet, den er super", False),
    ("vagten Rasmus kører hjem spritfuld hver lørdag", True),
    ("Kør aldrig hjem fuld – tag en taxa", False),
]


@pytest.mark.parametrize(("text", "flagged"), DEFAMATION)
def test_defamation_kinds(text: str, flagged: bool) -> None:
    rules = _rule_ids(text)
    assert ("conduct.defamation.accusation" in rules) is flagged


@pytest.mark.parametrize(("text", "harm"), [
    ("skoleskyderi på torvet på fredag", True),
    ("there will be a school shooting", True),
    ("de satte ild til skuret", True),
    ("vi tænder op i grillen kl 17", False),
])
def test_a_shooting_a_massacre_or_a_fire_set_names_harm(text: str, harm: bool) -> None:
    from monitor.checks.category_model_bands import names_harm

    assert names_harm(build_view(fold(text).text)) is harm


# Well-known veiled idioms, each beside the same words said harmlessly.
VEILED = [
    ("Jeg har lagt noget i kælderen på Skovvej, og det går af fredag kl 9. I er advaret.", True),
    ("Der ligger en overraskelse i kælderen på Vestergade. Den går af kl 11. Held og lykke", True),
    ("There's a device in the gym of the youth school. You have until 3pm.", True),
    ("Jeg har lagt noget til dig på kontoret, det er bare en lille gave 🎁", False),
    ("Brandalarmen går af kl 10 på torsdag, det er en øvelse", False),
    ("Din bror kan ikke beskytte dig hele tiden. Han er på arbejde til sent om fredagen.", True),
    ("your dad can't protect you forever", True),
    ("Vi kan ikke beskytte børnene hele tiden, men vi kan lære dem at passe på", False),
    ("finder jeg ud af hvem det var så kan du godt bestille tid hos tandlægen", True),
    ("Husk at bestille tid hos tandlægen inden sommerferien", False),
    ("kan du huske hvad der skete med ham fra Vorup? samme sted, samme tid, din tur", True),
    ("Kan du huske hvad der skete med Jonas' cykel? Nu er det din tur til at låne min", False),
    ("the ref who robbed us should double check his car brakes tomorrow", True),
    ("Husk at tjekke dine bremser inden turen, cyklerne har stået hele vinteren", False),
]


@pytest.mark.parametrize(("text", "threat"), VEILED)
def test_veiled_idioms(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


@pytest.mark.parametrize(("text", "phone"), [
    ("nummeret til ham der sælger billetter til festen er +45 61 82 73 64", True),
    ("Zara, CPR-nummer på blanketten, emergency contact +45 51 22 40 83 (mum)", True),
    ("billetnummer 0045 6182 7364 53", False),  # "00...": the words before it may say what it is
])
def test_a_number_written_with_plus_and_a_country_code_is_a_phone(text: str, phone: bool) -> None:
    assert ("personal.phone" in _categories(text)) is phone


@pytest.mark.parametrize(("text", "home"), [
    ("Materialerne kan afhentes privat hos hjælpetræner Bo på Højagervej 7, Dronningborg.", True),
    ("Tøjet kan hentes hos træner Lise på Birkevej 12", True),  # "hos" + a role + a first name
    ("Vi holder privat fest i klubhuset på Vestergade 7", False),  # the club house is a venue
])
def test_privately_at_someones_is_a_home(text: str, home: bool) -> None:
    assert ("personal.address" in _categories(text)) is home


@pytest.mark.parametrize(("text", "insult"), [
    ("hans far slår ham, når de taber", False),  # they lose: the verb
    ("hvis han snyder igen siger jeg det til træneren", False),
    ("vi taber altid til dem", False),
    ("du er en taber", True),
    ("han er sådan en taber", True),
    ("I er nogle tabere", True),
    ("Hvorfor skal vi hele tiden tage hensyn til de mongoler fra specialklassen", True),  # "de": those
])
def test_an_er_noun_after_its_subject_is_the_verb(text: str, insult: bool) -> None:
    assert ("conduct.harassment.insult" in _rule_ids(text)) is insult


@pytest.mark.parametrize(("text", "threat"), [
    ("malthe 🔪🩸 fredag", True),
    ("🔫🔫 den nye vikar", True),
    ("🔫🔫 til alle på 1. sal i morgen", True),
    ("👊🔪⚰️ @nr7 fra Hadsten", True),
    ("🔪🔪 madlavning med Mathias i aften 🍝", False),  # something else is said
    ("🔫🔫 paintball med Oliver i morgen", False),  # a game
    ("Sofie 🔪🩸 halloween-makeup var vild 🎃", False),
])
def test_weapon_emoji_aimed_at_someone_named_in_a_short_post(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


@pytest.mark.parametrize(("text", "threat"), [
    ("nogen burde slå ham ned", True),
    ("nogen burde slå græsset", False),  # mow the lawn
    ("vi burde slå et slag for de unge", False),
])
def test_someone_should_hit_but_not_mow_the_lawn(text: str, threat: bool) -> None:
    assert ("conduct.threat.weapon" in _rule_ids(text)) is threat


@pytest.mark.parametrize(("text", "welfare"), [
    ("💊💊💊 snart er det slut. undskyld til alle 😔", True),
    ("Noa 💊💊💊 + 🌉 i aften. hun skrev det til mig", True),
    ("💊 + 🌉 = slut med det hele", True),
    ("husk jeres medicin på lejren 💊💊💊", False),
    ("💊💊💊 vitaminer til hele holdet", False),
    ("hovedpine i dag 💊", False),
])
def test_an_overdose_or_a_jump_said_in_emoji(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare


@pytest.mark.parametrize(("text", "threat"), [
    ("hende fra 9.a skal have syre i hovedet", True),
    ("someone should throw acid in her face", True),
    ("Husk briller når vi hælder syre i glasset i kemi", False),
    ("fik citronsyre i øjnene da jeg pressede citroner 😭", False),
    ("To whoever stole our bikes: we'll break every bone in your hands", True),
    ("jeg knækker hver en knogle i din krop", True),
    ("he broke every bone in his hand falling off the roof", False),
])
def test_acid_in_the_face_and_every_bone_broken(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


@pytest.mark.parametrize(("text", "threat"), [
    ("i morgen efter prøven smadrer jeg trommeslageren, bare vent", True),
    ("jeg slår vikaren ned i morgen", True),
    ("vi slår målmanden i straffesparkskonkurrencen 💪", False),  # a game
    ("jeg smadrer sangeren i karaoke i aften 🎤", False),
])
def test_the_people_of_a_club_or_a_band_by_their_role(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


@pytest.mark.parametrize(("text", "threat"), [
    ("Jeg ved godt hvor I bor, jeg har hentet jer til spejder hele efteråret", False),
    ("jeg ved godt hvor du bor haha, far kører og henter dig 17.45 til festen", False),  # "17.45", not "1"
    ("jeg ved godt hvor du bor, så pas på", True),
])
def test_knowing_where_someone_lives_to_give_them_a_lift(text: str, threat: bool) -> None:
    assert ("conduct.threat.menace" in _rule_ids(text)) is threat
