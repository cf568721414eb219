"""Round 17: welfare kinds from three new sets, in our own wording beside hard negatives: a sign told as happening
again is masked by a laugh, not taken back ("lol my dad locked me out again"); a boyfriend's adult age beside a secret
("my boyfriend is 22 and says I can't tell my parents"); a man picking children up in his car or giving them drugs,
his age given as "he's like 25"; "can't do this anymore" with the subject dropped; young people arriving drunk or high
at the club. Only the rule checks are compared (the category model is judged apart). All people are invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

W, S, H = "welfare.concern", "personal.social", "personal.health"
MINE = frozenset({W, S, H})


def categories(text: str, lang: str) -> set[str]:
    return found_categories(text, lang, MINE, rules_only=True)


POSITIVES: list[tuple[str, str, set[str]]] = [
    ("haha min far smed mig ud igen i nat, sov hos en ven 😂", "da", {W, S}),
    ("lol mum locked me out again so im at the park", "en", {W, S}),
    ("my boyfriend is 23 and says nobody can know about us, im 14", "en", {W}),
    ("min kæreste er 21 og siger at mine forældre ikke må vide det", "da", {W, S}),  # a relationship: social too
    ("some guy picks the year 7 girls up in his car after school, he's like 30", "en", {W}),
    ("a 28 year old man keeps giving them vodka at the bus stop, they're 13", "en", {W}),
    ("can't take it anymore. sorry for everything", "en", {W, H}),
    ("nogle af de yngste kommer skæve til klubaften", "da", {W}),
    ("flere elever møder fulde til timerne om fredagen", "da", {W}),
    ("gider ikke vågne op i morgen", "da", {W, H}),
    ("my stepdad gets so angry and i have to hide in the bathroom", "en", {W, S}),
    ("far bliver helt vred og så gemmer jeg mig på værelset", "da", {W, S}),
    ("Liva har forsøgt at tage sit eget liv", "da", {W, H}),
    ("he tried to kill himself last week", "en", {W, H}),
    ("jeg tager dem alle sammen i nat 💊", "da", {W, H}),
    ("drak en hel flaske vodka før skole, er 14", "da", {W}),
    # from the threat- and welfare-heavy sets
    ("jeg tror jeg ender det hele på fredag", "da", {W, H}),
    ("he keeps talking about ending it", "en", {W, H}),
    ("har en barberkniv her lige nu, sig det ikke til nogen", "da", {W, H}),
    ("Mads er ikke i skole. Han har sendt farvelbeskeder til hele klassen", "da", {W, H}),
    ("hun har lagt billeder af sine snit op", "da", {W, H}),
    ("han forsøgte at springe ud fra taget i går", "da", {W, H}),
    ("Emils forældre lader ham være alene hjemme en hel uge, han er 11", "da", {W, S}),
    ("de står udenfor hver aften og ingen lukker dem ind", "da", {W, S}),
    ("hun skal giftes med sin fætter til sommer", "da", {W, S}),
    ("mine forældre var helt stive igen i nat", "da", {W, S}),
    ("my dad makes me sleep on the balcony when he's angry", "en", {W, S}),
    ("min stedfar slår min mor når han er sur", "da", {W, S}),
    ("Karl på 12 er løbet hjemmefra igen", "da", {W, S}),
    ("derhjemme er det bare råb hele tiden", "da", {W, S}),
    ("an adult from the gym keeps asking the girls to meet alone with him, they're 13", "en", {W}),
    ("a guy who says he's 15 but sounds way older wants her to come to his flat alone", "en", {W}),
]

NEGATIVES: list[tuple[str, str]] = [
    ("haha min far taber igen i FIFA 😂", "da"),
    ("lol mum burnt the pizza again", "en"),
    ("my boyfriend is 16 and we're going to the cinema", "en"),
    ("min kæreste er 19 og vi skal til koncert på lørdag", "da"),
    ("can pick you up in my car after practice", "en"),
    ("we can't do this anymore without more volunteers, please sign up", "en"),
    ("the teachers can't take it anymore with the noise from the building site lol", "en"),
    ("de voksne kommer fulde hjem fra julefrokosten", "da"),
    ("vi kom trætte og glade hjem fra lejren", "da"),
    ("har ikke lyst til at vågne i morgen kl 6 til træning haha", "da"),
    ("far bliver sur når jeg glemmer at tømme opvaskeren", "da"),
    ("vi har prøvet at hænge lamper op i hallen", "da"),
    ("min far drak en hel flaske vin til jul", "da"),
    ("vi ender det hele med en fest i hallen", "da"),
    ("vi sendte farvelbeskeder til de gamle 9. klasser", "da"),
    ("home alone a week lol parents in spain, party at mine", "en"),
    ("min søster skal giftes med sin kæreste til sommer", "da"),
    ("mor og far var så glade i går", "da"),
    ("the teachers ran away from home-made cake lol", "en"),
    ("my big brother beats me at FIFA every single time", "en"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), POSITIVES)
def test_round17_welfare_signs(text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), NEGATIVES)
def test_round17_welfare_negatives(text: str, lang: str) -> None:
    assert W not in categories(text, lang)
