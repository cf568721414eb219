"""Round 26: social circumstances and welfare signs from the tail neither the rules nor the models find across the
labelled sets (a charge, a permit refused, debt, a parent mourned, days missed, a forced marriage, a plan made with a
goodbye), each with the ordinary use of the same words beside it."""

from __future__ import annotations

import pytest

from monitor.checks.cpr import find_cprs
from tests.test_checks_r23 import _categories, _rule_categories

SOCIAL = [
    ("Elias fik en sigtelse for hærværk i weekenden", True),
    ("Sofies familie har fået afslag på opholdstilladelse", True),
    ("Freddie's family is moving to Aalborg because of debt", True),
    ("Tobias' familie har fået lov at betale i rater pga. deres økonomi.", True),
    ("Vi betaler i rater for den nye bus, tak til sponsorerne", False),
    ("Æret være Marcus' fars minde ❤️ vi spiller med sorte bind på lørdag", True),
    ("RIP Jonas' mor, vi tænker på dig", True),
    ("RIP min telefon, den faldt i søen", False),
    ("Zainab kommer i mentorforløb fra januar.", True),
    ("Hamza has missed more than 30 days this term, is anyone following up?", True),
    ("He missed 3 lessons this week because of the tournament", False),
    ("Coach Mikkel is such a loser, no wonder his wife left him", True),
    ("Hendes mand har forladt firmaet", False),
    ("Mikkel, du har over 30% fravær nu, vi må tale med dine forældre", True),
    ("du har over 30% fravær hvis du ikke kommer", False),
]


@pytest.mark.parametrize(("text", "social"), SOCIAL)
def test_social_circumstances_of_someone(text: str, social: bool) -> None:
    assert ("personal.social" in _rule_categories(text)) is social


WELFARE = [
    ("Mine forældre vil tvinge mig til at blive gift når jeg fylder 16", True),
    ("My parents are planning to marry me off back home this summer and I'm only 16", True),
    ("I historie lærte vi om tvangsægteskaber i 1800-tallet", False),
    ("jeg har lagt en plan. på fredag. tak til dem der prøvede", True),
    ("Jeg har lagt en plan for turen på fredag, tak til dem der hjalp", False),
    ("Jeg lover ikke at jeg er her næste uge, jeg har taget min beslutning. I har været søde 🖤", True),
    ("Vi har taget min beslutning om holdet, tak for alt jeres input", False),
    ("lowkey been planning my exit. not the school kind 🙂", True),
    ("I'm planning my exit from the group chat lol", False),
    ("ærligt bro jeg er done med livet. ingen grund til at blive", True),
    ("Jeg er færdig med livet som single, vi skal giftes til sommer 💍", False),
    ("jeg er ikke en god person og fortjener at det gør ondt", True),
    ("jeg har tømt mors pilleglas ned i min taske. bare så i ved det", True),
    ("Sebastian møder op til træning og lugter af sprut, han er 13", True),
    ("Det lugter af øl i omklædningsrummet efter de voksnes fest", False),
]


@pytest.mark.parametrize(("text", "welfare"), WELFARE)
def test_welfare_signs_of_the_tail(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare


# CPR numbers in messy context: a word about calling after the CPR word, the CPR word after the number, "cpr=", a
# list of two, an emergency room that is no damage claim; keycap emoji digits. Beside each, what stays another number.
NUMBERS = [
    ("Her er Williams cpr hvis I skal ringe til hospitalet: 070710-4493", "personal.cpr", True),
    ("mit telefonnummer er 070710-4493", "personal.cpr", False),
    ("nogen har brugt 170909-0842 som er mit cpr", "personal.cpr", True),
    ("kontonr 1707085509", "personal.cpr", False),
    ("cpr=1707085509", "personal.cpr", True),
    ("https://x.dk/?id=1707085509", "personal.cpr", False),
    ("Cpr til skadestuen hvis det går galt: 070408-1559", "personal.cpr", True),
    ("skadesnr 0704081559", "personal.cpr", False),
    ("drengenes cpr, så slipper I for at ringe: Liban 091007-3131 og Yusuf 300911-3218", "personal.cpr", True),
    ("kontonr 1707085509 og 1707085510", "personal.cpr", False),
    ("cpr 0️⃣7️⃣0️⃣7️⃣1️⃣0️⃣-4️⃣4️⃣9️⃣3️⃣", "personal.cpr", True),
    ("a har fået nyt nr: 4️⃣2️⃣ 1️⃣8️⃣ 7️⃣7️⃣ 0️⃣3️⃣", "personal.phone", True),
    ("vi vandt 3️⃣-1️⃣ i går 🎉", "personal.phone", False),
]


@pytest.mark.parametrize(("text", "category", "flagged"), NUMBERS)
def test_numbers_in_messy_context(text: str, category: str, flagged: bool) -> None:
    assert (category in _rule_categories(text)) is flagged


def test_the_second_of_two_listed_cpr_numbers_is_one_too() -> None:
    """The second number of "Liban ... og Yusuf ..." is a CPR number because the first one is."""
    text = "drengenes cpr, så slipper I for at ringe: Liban 091007-3131 og Yusuf 300911-3218"
    assert [text[start:end] for start, end, _ in find_cprs(text)] == ["091007-3131", "300911-3218"]


# Homes the address check missed: "at mine", "hos dig", "til/te mig", a door or a driveway, "know where you live",
# "familien på", a name written in lower case after "hos", a street in lower case after "bor på", and streets
# ending in -draget or -bryggen. Beside each, a public place or a number that is no house number.
ADDRESSES = [
    ("party at mine saturday!! Ydrevej 58 😎🎉", True),
    ("party at the club saturday!! Fabriksvej 58 😎🎉", False),
    ("Jonas vi venter uden for hos dig på Vestergade 54 i nat", True),
    ("kom over te mig på hobrovej 56 efter træning", True),
    ("kom over til mig efter skole, Ringvejen 40b, 2 sal", True),
    ("vi mødes efter skole ved hallen på Fabriksvej 11", False),
    ("stil flaskerne ved min dør på Bøgevej 23", True),
    ("I know where you live Maya, Stensgade 14, nice window btw", True),
    ("Familien på Toldbodgade 7 har haft fogeden på besøg", True),
    ("fest hos nikolaj på Houmannsvej 23 fredag", True),
    ("vi mødes hos lægen på Torvet 3", False),
    ("victor bor på østervangen 5 lol gå forbi og sig hej", True),
    ("han bor på kollegiet i 2 år", False),
    ("De syede puder kan afhentes hjemme hos mig, Bakkedraget 3 i Vorup", True),
    ("Vi er flyttet til Tørvebryggen 9, 1. tv", True),
    # after the street ("der bor jeg", "det er vores nye lejlighed"), someone located at it, number first, a list
    ("Hvis du vil slås så kom til Gudenåvej 41, der bor jeg", True),
    ("Kacper skal hentes på Jernbanegade 31, 2. sal, det er vores nye lejlighed", True),
    ("Manden på Engvej 12 er ham, der stjal cyklerne fra klubben", True),
    ("Manden på billedet er vores nye træner", False),
    ("Emma på Parkvej 9 har ikke fået mad hele weekenden", True),
    ("Turneringen foregår på Engvej 12, kom og hep", False),
    ("Halloween party at mine, 27 Niels Ebbesens Gade, bring snacks!", True),
    ("the match is at 7 Rosenvængets Allé school hall", False),
    ("Tilmelding: Jakob Brandt, 040808-1291, Grenåvej 73, 8930 Randers NØ", True),
    ("Hjemkørsel: Ida – Nørrebrogade 8; Victor – Lupinvej 3", True),
    ("Kamp i morgen: U13 – Grenåvej Stadion 2", False),
    ("Lejrens adresse er Spejderhytten, Skovvej 12", False),
]


@pytest.mark.parametrize(("text", "home"), ADDRESSES)
def test_home_addresses_in_more_wordings(text: str, home: bool) -> None:
    assert ("personal.address" in _rule_categories(text)) is home


# Talk about a topic, not a sign about someone: a class's subject, a guest talk, a guide for parents, nobody burnt,
# a scout's knife and "og" a fire. Beside each, the sign itself.
@pytest.mark.parametrize(("general", "sign"), [
    ("I dag havde 8. klasserne om selvskade og hvor man kan få hjælp. Godt initiativ.",
     "min datter skader sig selv, hvor kan man få hjælp?"),
    ("Guest talk Thursday: a counsellor on self-harm, what to look for and where to get help",
     "Lea has been cutting again, what do I do?"),
    ("Til forældre: Sådan kan I tale med jeres barn om selvmordstanker. Læs vores guide.",
     "Emma har selvmordstanker, hvor kan man få hjælp?"),
    ("Vi fik lavet pandekager på stegepladen og ingen brændte sig 🔥🥞",
     "hun brændte sig selv med en lighter igen"),
    ("Spejderne lærte at bruge kniv sikkert 🔪 og at tænde bål uden tændstikker 🔥",
     "🔪 og 🩸 igen i nat"),
])
def test_general_talk_is_no_sign(general: str, sign: str) -> None:
    assert "welfare.concern" not in _rule_categories(general)
    assert "welfare.concern" in _rule_categories(sign)


@pytest.mark.parametrize(("text", "harassment"), [
    ("a er officielt verdens dårligste trommeslager, a kan ikke engang tælle til 4 😂", False),
    ("a ligner en kartoffel på det billede hahah 💀", False),
    ("Mikkel kan ikke engang tælle til 4 haha taber", True),
    ("what a clown of a game", False),  # said of the game, as "sikke et røvhul af en dag"
    ("what a clown of a referee", True),
])
def test_jutlandic_a_mocking_oneself_is_no_harassment(text: str, harassment: bool) -> None:
    assert ("conduct.harassment" in _rule_categories(text)) is harassment


# Everyday posts of a band, a kitchen and a lab (two sets written for this at the end of session 12): a plot twist, a
# gift at break, a knife that did not cut, a model taken apart, a quiz game, a cake tin in the letterbox, hot sugar.
@pytest.mark.parametrize("text", [
    "just wait for the plot twist, you won't see it coming",
    "I'll find you at break, got something for you",
    "a skar mig ikke én eneste gang, er vildt stolt",
    "min kniv skar mig ikke engang i løget, den gav bare op 💀",
    "hjerne-modellen kan skilles ad og Noah fik ikke samlet den igen 😭",
    "jeg smadrer jer alle sammen i Kahoot i morgen, forbered jer",
    "I know where you live, I'll drop the cake tin on your doorstep on my way home 😊",
    "Hot sugar is no joke: long sleeves, oven gloves and no tasting straight from the pan, please.",
    "vi skar græskar i går, mit ligner en sur kartoffel",
])
def test_everyday_band_kitchen_and_lab_talk_raises_nothing(text: str) -> None:
    assert not _rule_categories(text)


@pytest.mark.parametrize(("text", "category"), [
    ("Tell the coach he won't see it coming.", "conduct.threat"),
    ("this is no joke, I will find you", "conduct.threat"),
    ("Emmas forældre skal skilles", "personal.social"),
    ("Mikkel ligner en sur kartoffel", "conduct.harassment"),
])
def test_the_same_words_about_someone_still_count(text: str, category: str) -> None:
    assert category in _rule_categories(text)


# A scout and hunting club's everyday posts (a third set written for this): rafting, a knife sharpened or lent, a
# knife course, a gun in a locked case, a chilli that burns the mouth, a bus trip after maths.
@pytest.mark.parametrize("text", [
    "Vi smadrer jer i rafting, bare vent 🛶",
    "a har slebet min kniv hele aftenen, den kan snart skære papir i luften",
    "jeg har fået din kniv med hjem ved en fejl 🙈 du får den i morgen, den er i god behold",
    "Knivkursus på torsdag: vi lærer at slibe dolke på vandsten. Tag din egen kniv med, ellers låner vi ud.",
    "Han må bruge sin egen, hvis den er registreret og kommer i låst kuffert. Ellers har vi gode klubgeværer.",
    "bare vent til I smager min bålchili, den brænder hele munden af 🌶️",
    "jeg finder dig efter matematik, og så tager vi bussen ud til hytten",
])
def test_scout_and_hunting_talk_is_no_threat(text: str) -> None:
    assert "conduct.threat" not in _categories(text)


@pytest.mark.parametrize("text", [
    "Vi smadrer jer efter skole, bare vent 🔪",
    "tag din egen kniv med i morgen, du skal bruge den 😈 til dig selv",
    "jeg finder dig efter matematik, og så får du tæsk",
])
def test_threats_with_the_same_words_stay(text: str) -> None:
    assert "conduct.threat" in _categories(text)
