"""Round 12: welfare, social and health kinds two unseen sets missed, in our own wording, beside hard negatives.

Kinds: a child sleeping away from home (the club's sofa, a friend's, the stairwell) because of the home or not
allowed home; no food brought for weeks; a goodbye that hints at suicide; pills or drink taken to feel nothing;
bruises explained away by a fall (health and welfare); weeks without sleep (health); a family losing its home and
money worries (social). Look-alikes: LAN nights and sleepovers, a forgotten lunch, leaving the team for a new
school, a painkiller for a knee, a fall on the pitch, a festival night, a club losing its hall, theme days and
guidance for staff. Only the three categories this round owns are compared. All people are invented.
"""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

W, S, H = "welfare.concern", "personal.social", "personal.health"
MINE = frozenset({W, S, H})


def categories(text: str, lang: str) -> set[str]:
    return found_categories(text, lang, MINE)


# (id, text, lang, expected categories among the three)
CASES: list[tuple[str, str, str, set[str]]] = [
    # Sleeping away from home because of the home; events and holidays are not.
    ("sleep-da-friend", "Sofie har overnattet hos en veninde hele ugen fordi hun ikke tør være hjemme", "da", {W, S}),
    ("sleep-da-inverted-dialect", "i weekenden sov a i opgangen fordi min stedfar var fuld igen", "da", {W, S}),
    ("sleep-da-club-pattern", "Oliver har sovet i klubben to nætter i træk, han siger ikke hvorfor", "da", {W, S}),
    ("sleep-en-mate", "my mate Jay has been crashing at his friend's place cause his mum kicked him out", "en", {W, S}),
    ("sleep-en-club", "Zoe keeps sleeping on the sofa at the club because she can't face her stepdad", "en", {W, S}),
    ("sleep-neg-lan", "LAN-party fredag: vi sover i klubben, husk sovepose og snacks", "da", set()),
    ("sleep-neg-birthday", "Pigerne sov hos en veninde efter fødselsdagen fordi det blev sent", "da", set()),
    ("sleep-neg-holiday", "Emil sover hos en kammerat i weekenden fordi forældrene er på ferie", "da", set()),
    ("sleep-neg-en-sleepover", "The girls are sleeping at a friend's house because of the birthday sleepover", "en",
     set()),
    # Not allowed home at all; a time rule on a trip day is not.
    ("nothome-da", "Ella må ikke komme hjem mere, siger hendes mor. Hun er 14", "da", {W, S}),
    ("nothome-en", "Sam's 15 and his dad won't let him come back home because of the fight", "en", {W, S}),
    ("nothome-neg-time", "Eleverne må ikke gå hjem før kl. 15 på temadagen", "da", set()),
    ("nothome-neg-en-time", "Kids are not allowed home before 3pm on trip day", "en", set()),
    # No food brought for weeks; a forgotten lunch today is not.
    ("food-da-weeks", "Adam har ikke haft madpakke med de sidste tre uger og er sulten hver dag", "da", {W, S}),
    ("food-da-dialect", "æ har ik haft mad med i flere uger, der er aldrig noget derhjemme", "da", {W, S}),
    ("food-en-weeks", "Maya hasn't brought a packed lunch in weeks and looks pale", "en", {W, S}),
    ("food-da-only-meal", "Aksel fortæller, at det eneste måltid han får, er det varme i klubben", "da", {W, S}),
    ("food-da-takes", "Sara tager tit mad fra de andres madpakker, hun er altid sulten", "da", {W, S}),
    ("food-en-rough", "my friend Leo is 16 and has been sofa surfing for weeks", "en", {W, S}),
    ("food-neg-club-food", "Vi tager mad med fra de andre klubber til festen", "da", set()),
    ("food-neg-today", "Jeg har ikke haft madpakke med i dag, glemte den på køkkenbordet 🙈", "da", set()),
    ("food-neg-reminder", "Husk at have mad med til turen i morgen, vi spiser ved søen", "da", set()),
    ("food-neg-staff-guidance", "Til personalet: husk at se efter tegn på omsorgssvigt, fx at et barn ikke har "
     "madpakke med i flere uger", "da", set()),
    # A goodbye with no return; leaving for a new school or the holidays is not.
    ("bye-da-never", "tak for alt allesammen. I kommer aldrig til at se mig igen 🖤", "da", {W, H}),
    ("bye-da-farewell", "ville bare sige farvel til jer i klassen. undskyld for alt", "da", {W, H}),
    ("bye-en-last", "this is my last message. take care of each other when i'm gone", "en", {W, H}),
    ("bye-da-reading", "når i læser det her er jeg væk. tak for alt", "da", {W, H}),
    ("bye-en-reading", "by the time you read this i'll be gone", "en", {W, H}),
    ("bye-neg-reading-trip", "når i læser det her er jeg væk på ferie i Spanien, ses om to uger", "da", set()),
    ("bye-neg-moving", "Farvel til jer på holdet, tak for alt ❤️ jeg flytter til Aarhus, vi ses til sommer", "da",
     set()),
    ("bye-neg-holiday", "Vi ses ikke mere i år – god jul alle sammen 🎄", "da", set()),
    ("bye-neg-see-again", "Klubben holder lukket i vinterferien. Vi ses igen mandag i uge 8.", "da", set()),
    ("bye-neg-captain", "This is my last post as team captain, thanks for everything and see you next season", "en",
     set()),
    # Pills or drink to feel nothing; a painkiller for a named pain is not.
    ("pills-da-named", "Jonas popper piller hver dag så han ikke føler noget, han er 15", "da", {W, H}),
    ("pills-da-dialect", "a tager nogle piller for at blive følelsesløs før skole", "da", {W, H}),
    ("pills-en-numb", "been taking pills every night so i don't feel anything anymore", "en", {W, H}),
    ("drink-da-numb", "drikker mig fuld hver weekend så jeg ikke mærker noget, er 15", "da", {W, H}),
    ("sleep-da-inverted-tonight", "i nat sover hun hos en veninde fordi hendes far er fuld igen", "da", {W, S}),
    ("selfmed-da", "Ida selvmedicinerer med hash, hun er 16", "da", {W, H}),
    ("pills-neg-knee", "Jeg tog en panodil før kampen så jeg ikke mærker noget i knæet", "da", set()),
    ("pills-neg-bus", "Take two tablets with water so you don't feel sick on the bus", "en", set()),
    # Bruises explained away by a fall: health and welfare (see INJURY_CASES); a fall on the pitch is not a sign.
    ("bruise-da-stumbled", "Oskar har et blåt øje igen og påstår at han bare snublede", "da", {W, H}),
    ("bruise-neg-pitch", "Masser af blå mærker efter kampen, vi faldt vist alle sammen i mudderet 😂", "da", set()),
    # Weeks without sleep and feeling bad: health; a festival night is not.
    ("sleepless-da", "Karla har ikke kunnet sove i flere uger og har haft det skidt længe", "da", {H}),
    ("sleepless-en", "Jonas hasn't slept properly in weeks, he told me after class", "en", {H}),
    ("sleepless-neg-festival", "Vi har ikke sovet i tre nætter pga festivalen haha", "da", set()),
    ("care-da-removed", "Mads er blevet tvangsfjernet og bor nu hos en plejefamilie", "da", {S}),
    ("care-neg-topic", "Tvangsfjernelser i Danmark: debatmøde i aulaen torsdag", "da", set()),
    ("heart-en", "Our caretaker Bent had a heart attack on Sunday and is in recovery", "en", {H}),
    # A family losing its home, money worries: social; a club losing its hall is not.
    ("home-da-evicted", "Viktors familie bliver sat ud af lejligheden til marts", "da", {S}),
    ("home-en-losing", "Zainab's family are losing their flat and have nowhere to live", "en", {S}),
    ("money-da-worried", "Oscars far sagde at de er bekymrede for pengene efter fyringen", "da", {S}),
    ("home-neg-club", "Vi mister desværre hallen i weekenden pga. renovering", "da", set()),
    ("money-neg-weather", "Vi er bekymrede for vejret på turen, tag regntøj med", "da", set()),
    # General talk: theme days, lessons, campaigns.
    ("general-theme-day", "Trivselsdag i 8.b: i dag har vi talt om hvad man gør, hvis en ven skader sig selv", "da",
     set()),
    ("general-inverted", "I dag talte vi om selvskade og om hvor man kan få hjælp", "da", set()),
    ("general-campaign", "Kampagne: Ingen børn skal sove i opgangen fordi de ikke tør tage hjem", "da", set()),
]


# Known limitations of the category models (category_model.py), recall boosters for wordings the rules miss; the
# rules alone get these right. The welfare model reads a campaign about children who dare not go home as a worry.
# ("fordi forældrene er på ferie", read by the social model as a family matter after the session-6 retrain, is clean
# again since it keeps 8,000 weights; weeks without sleep are no longer a worry since the session-9 retrain.)
# Held to the rules alone: a retrain may move them either way.
MODEL_FALSE_ALARMS = frozenset({"general-campaign", "bye-neg-captain"})


@pytest.mark.parametrize(("case", "text", "lang", "expected"), CASES, ids=[case[0] for case in CASES])
def test_round12_kinds(case: str, text: str, lang: str, expected: set[str]) -> None:
    assert found_categories(text, lang, MINE, rules_only=case in MODEL_FALSE_ALARMS) == expected


# Bruises explained away by a fall are health and welfare in the gold sets; whether personal.social comes too is
# left open here: an older table (test_checks_welfare_social.py) expects it for "siger han er faldet".
INJURY_CASES: list[tuple[str, str, str]] = [
    ("bruise-en-fell", "Lina has bruises on her arms again and says she just fell over", "en"),
    ("bruise-da-quoted", "Viggo har blå mærker på halsen igen og siger han \"faldt\" på trappen", "da"),
    ("bruise-da-accident", "Noah har blå mærker igen og siger det var et uheld", "da"),
    ("bruise-en-clumsy", "Ella has a black eye and says she's just clumsy", "en"),
    ("bruise-da-slipped", "Asta kom med blodudtrædninger på armene og sagde at hun var væltet på cyklen", "da"),
]


@pytest.mark.parametrize(("text", "lang"), [case[1:] for case in INJURY_CASES], ids=[case[0] for case in INJURY_CASES])
def test_injury_explained_away_is_health_and_welfare(text: str, lang: str) -> None:
    assert {W, H} <= categories(text, lang)
