"""Round 24: kinds drawn from session 11's measure batch once it was spent (veiled threats in broad words, goodbye
posts, exploitation of children by older youths, and the false alarms of ordinary talk), each with its innocent
twins beside it."""

from __future__ import annotations

import pytest

from tests.test_checks_r23 import _categories, _rule_categories

THREATS = [
    ("gonna shoot up the winter concert lol dont come", True),
    ("The photographer will shoot the school concert on Friday", False),
    ("He really shot up this year, taller than his dad now", False),
    ("I'm gonna break every bone in that teacher's body", True),
    ("kald mig det igen og jeg tager dig i struben", True),
    ("tager jeg dig i hånden over vejen?", False),
    ("i morgen kl 16 ved banen, tag hvem du vil med, for du får brug for dem", True),
    ("Tag dine venner med til festen, I får brug for dem til at bære bordene", False),
    ("bring ur whole squad on friday, ur gonna need them", True),
    ("bring your friends, you will need them for the relay race", False),
    ("vi er 12 klar til at tage imod jer på søndag. tag bandager med", True),
    ("Husk at tage bandager med på turen i weekenden", False),
    ("jer fra 8.b kan godt begynde at tælle dage. vi kommer", True),
    ("Vi kan begynde at tælle dage til sommerferien ☀️", False),
    ("Snitch one more time and you'll find out what happens to snitches", True),
    ("We talked about what happens to snitches in the prison drama we read", False),
    ("dit liv er ovre når jeg finder dig", True),
    ("Når jeg er færdig med dig, kan din egen mor ikke kende dig", True),
    ("Når frisøren er færdig, kan din egen mor ikke kende dig haha", False),
    ("Bror du har 48 timer. Så kommer vi.", True),
    ("I har 2 dage til at aflevere sedlen, så kommer vi og henter dem", False),
    ("Der står en rygsæk i hallen. Jeg ville ikke være der på torsdag kl 18.", True),
    ("Der står en pakke til dig på kontoret. Jeg ville ikke være der efter kl 15, så hent den før", False),
    ("I'd watch my back if I were you, Jens. Some people remember everything.", True),
    ("I'd watch my back if I were you haha, she is a beast at dodgeball", False),
    ("Træneren skal passe godt på sin bil og sine børn fra nu af", True),
    ("har du lyst til at mærke hvordan et baseballbat føles, Malte?", True),
    ("Prøv at mærke hvordan kniven føles i hånden før I skærer", False),
    ("Jeg tager lidt ekstra med til kampen på lørdag, noget der ikke er en bold 🔪", True),
    ("We're coming to the cup final with bats. Not for baseball.", True),
    ("hvis a ik får rollen brænder a hele musiklokalet af", True),
    ("Vi brænder bålet af kl 20 til sankthans", False),
    ("Hun brændte mig af i går, typisk", False),
    ("sig til Jonas at vi har noget til ham. noget der gør ondt", True),
    ("vi har noget til dig i klubben, en gave!", False),
    ("Tell Karim he can run but this town is small", True),
    ("Pædagogerne skal bare vente. En dag er der ikke nogen kameraer", True),
    ("En dag er der ikke nogen kameraer i klassen, så kan vi slappe af", False),
    ("stoler du på at dine bremser virker i morgen Victor? 😉", True),
    ("er du sikker på at bremserne virker på din cykel? den lød mærkelig i går", False),
]


@pytest.mark.parametrize(("text", "threat"), THREATS)
def test_veiled_threats_in_broad_words(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


# Ordinary talk that raised an alarm: caring, dropping by, a treat shared, the writer as the one "shot" by a parent.
NOT_THREATS = [
    "ses i morgen, og pas på dig selv i den sne ❄️",
    "I morgen stikker jeg lige forbi klubben med kagen",
    "vi fanger dig efter timen og så går vi ned og køber is 🍦",
    "Jeg bliver skudt af min mor hvis hun ser den karakter 😬",
    "I am gonna get killed by my dad if he sees this grade lol",
    # an errand told before the address, a game of finding, a glove handed back, a sport
    "hvem skal med på fjorden lørdag? a henter jer i bilen, a ved hvor I bor",
    "a kommer forbi jer med de sidste pølser i aften, a ved godt hvor I bor",
    "vi leger gemmeleg i skoven i aften, jeg finder jer alle sammen 😈",
    "vi kommer og finder jer 😈🔦",
    "I'll find you at break and give you your gloves back",
    "jeg slår dig i lerdueskydning på fredag, det er bare sådan det er",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_ordinary_talk_is_no_threat(text: str) -> None:
    assert "conduct.threat" not in _categories(text)


@pytest.mark.parametrize("text", [
    "vi stikker forbi dig i aften og så får du tæsk",
    "hvis du sladrer bliver du skudt",
    "vi kommer forbi med nogle venner i aften. vi ved hvor du bor",
    "vi ved hvor du bor. vi henter dig i aften",
    "I will find you and give you what you deserve",
    "jeg slår dig ihjel på fredag",
])
def test_a_threat_with_the_same_words_stays_one(text: str) -> None:
    assert "conduct.threat" in _categories(text)


WELFARE = [
    ("ville ønske a ikke vågnede i morgen", True),
    ("jeg ville ønske jeg ikke vågnede så tidligt hver dag 😅", False),
    ("sidste opslag fra mig. tak for alt og undskyld 🖤", True),
    ("Sidste opslag fra mig i år – tak for alt og god jul 🎄", False),
    ("sidste opslag fra mig som træner. tak for alt, I har været fantastiske", False),
    ("har skrevet breve til jer alle sammen. de ligger i min skuffe", True),
    ("Har nogen hørt fra Ida? hun skrev at hun står på broen og at vi ikke skal lede efter hende", True),
    ("Vi står på broen og fisker, farvel til hverdagen 🎣", False),
    ("counting every calorie, under 400 a day, I'm 14", True),
    ("Denne ret har under 400 kalorier pr. portion", False),
    ("Min app siger jeg har forbrændt 450 kalorier – kun 300 skridt fra målet", False),
    ("har pakket en taske. tager afsted i nat og kommer ikke tilbage til det hjem", True),
    ("Vi kommer aldrig tilbage til det hus på Møllevej, lejligheden er meget bedre 😀", False),
    ("Der er en dreng der sover i busskuret ved stationen, han er højst 12", True),
    ("Drengene sov i bussen på vej hjem fra stævnet", False),
    ("Vi ser 12-årige sælge for de ældre ved kiosken om aftenen. De bliver brugt som løbedrenge.", True),
    ("de ældre elever sælger kage for klassen i frikvarteret", False),
    ("han løber ærinder for nogle ældre fyre og får betaling i hash", True),
    ("han løber ærinder for sin mormor hver lørdag", False),
    ("She comes home with new phones and cash she can't explain. Older guys pick her up.", True),
    ("Hun fik penge i fødselsdagsgave og kan ikke forklare hvad hun vil bruge dem på", False),
]


@pytest.mark.parametrize(("text", "welfare"), WELFARE)
def test_goodbyes_escapes_and_children_used_by_older_youths(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare


# Signs that are something else: a club cut, knives aimed at someone named, the writer laughing.
NOT_WELFARE = [
    ("Honestly I think cutting the Friday club is the wrong call", "Lea has been cutting again, her mum told me"),
    ("Malthe 🔪🔪🩸 fredag", "🔪🩸 igen i nat"),
    ("Vent bare til efter koncerten Sara 🔪🩸", "🔪🩸 igen i nat 😔"),
    ("a ka ik mere, a griner stadig over i går", "a ka ik mer 😔"),
]


@pytest.mark.parametrize(("harmless", "sign"), NOT_WELFARE)
def test_welfare_words_used_otherwise(harmless: str, sign: str) -> None:
    assert "welfare.concern" not in _rule_categories(harmless)
    assert "welfare.concern" in _rule_categories(sign)


@pytest.mark.parametrize(("text", "category", "flagged"), [
    ("Hitler gjorde ikke noget forkert 🤷‍♂️", "conduct.extremism", True),
    ("min lillebror gjorde ikke noget forkert", "conduct.extremism", False),
    ("Vi burde synge Horst-Wessel-Lied til koncerten, en smuk sang for et stærkt folk", "conduct.extremism", True),
    ("I historie lærte vi at Horst-Wessel-Lied var nazisternes partisang", "conduct.extremism", False),
    ("ej hvor er hun grim uden makeup 🤮", "conduct.harassment", True),
    ("hvor er hun sød", "conduct.harassment", False),
    ("william er så fucking talentløs", "conduct.harassment", True),
    ("filmen var talentløs", "conduct.harassment", False),
    ("Til sagsbehandleren vedr. Jonas Ebbesen: netværksmødet flyttes til torsdag", "personal.social", True),
    ("Vi holder netværksmøde for alle forældre om trivsel på torsdag", "personal.social", False),
])
def test_apologia_an_anthem_an_exclamation_and_a_case_meeting(text: str, category: str, flagged: bool) -> None:
    assert (category in _rule_categories(text)) is flagged
