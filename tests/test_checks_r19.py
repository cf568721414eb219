"""Round 19 kinds, found in six sets scored once before (eightysix-ninetyone), each tested with variants of our own
beside hard negatives. Welfare: the idiom "gøre det af med sig selv"; "skade sig selv" in the infinitive; refusing
"det her liv"; alone on a roof or a bridge thinking it would be easy; a farewell letter written; "wanting to
disappear forever"; not washed "i ugevis"; an excuse for a burn doubted because it keeps coming back. Threats: an
ambulance to bring along; a group lying in wait; "et lag tæv"; not getting home in one piece, or not able to walk for
a week; "not leaving ... on his own legs"; "wait till I get my hands on you"; "pas på dig selv på vej hjem 👀".
All people are invented."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from tests.check_kit import found_categories


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


# Innocent posts the category models flag now and then: a retrain may move them either way, so they are held to the
# rules alone (the models are judged on whole labelled sets instead).
MODEL_FALSE_ALARMS = frozenset({"Lone har skrevet et afskedsbrev til kollegerne, hun går på pension"})


@pytest.mark.parametrize(("text", "welfare"), [
    ("Karla skrev i nat at hun vil gøre det af med sig selv", True),
    ("jeg tænker på at gøre det af med mig selv", True),
    ("Vi gjorde det af med det gamle klubhus i weekenden", False),
    ("lad os gøre det af med de gamle regler", False),
    ("nogle gange har jeg lyst til at skade mig selv", True),
    ("han har sagt at han vil skade sig selv hvis han skal hjem", True),
    ("pas på ikke at skade dig selv på trampolinen", False),
    ("orker ik det her liv mere 🖤", True),
    ("gider ikke mit liv længere", True),
    ("Maja står på broen ved motorvejen og skriver at det ville være så let", True),
    ("sidder oppe på taget af skolen og tænker på at springe", True),
    ("vi sidder på taget af sommerhuset og ser solnedgangen 🌅", False),
    ("står på broen og fisker, det ville være nemt at fange en gedde her", False),
    ("jeg har skrevet et afskedsbrev til mor og far", True),
    ("Lone har skrevet et afskedsbrev til kollegerne, hun går på pension", False),
    ("Bent har sendt et farvelbrev til forældrene i klubben efter 20 år som træner", False),
    ("she keeps posting about wanting to disappear forever", True),
    ("I want to disappear into a good book this weekend", False),
    ("Theo fra 6.a har ikke været i bad i ugevis og har det samme tøj på hver dag", True),
    ("Vi har ikke været i badeland i ugevis, lad os tage derud", False),
    ("Ella har blå mærker igen. hun siger det er fra håndbold men det er fjerde gang i år", True),
    ("Ella har blå mærker efter håndbold, hun siger det er en del af spillet", False),
])
def test_round19_welfare_kinds(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text, rules_only=text in MODEL_FALSE_ALARMS)) is welfare


@pytest.mark.parametrize(("text", "flagged"), [
    ("ses bag hallen efter sidste time, tag lige en ambulance med", True),
    ("bring an ambulance, you'll need it", True),
    ("Ambulancen kom hurtigt efter uheldet på motorvejen", False),
    ("vi er fem der venter på dig ved busstoppet i aften 😈", True),
    ("vi er fem der venter på dig ved busstoppet, skynd dig bussen kører nu", False),
    ("du skal have et lag tæv når jeg ser dig", True),
    ("han skal ikke køre hjem i ét stykke efter den kamp", True),
    ("håber alle kom godt hjem i ét stykke fra turen", False),
    ("så skal du ikke kunne gå i en uge", True),
    ("efter operationen skal han ikke gå på benet i en uge", False),
    ("if that coach turns up again he's not leaving the pitch on his own legs", True),
    ("she's not leaving the house on her own, her dad drives her", False),
    ("just wait till i get my hands on you, Oskar", True),
    ("vent bare til jeg får fat i dig", True),
    ("wait till I get my hands on the new album 😍", False),
    ("pas på dig selv på vejen hjem i aften Mads 👀", True),
    ("pas godt på dig selv på vej hjem, det er glat ❤️", False),
    ("vi tager Viktor efter skole, 4 mod 1, ingen sladrer", True),
    ("vi tager Viktor med efter skole til fodbold", False),
])
def test_round19_threat_kinds(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


# From three more sets scored once first (ninetytwo-ninetyfour).
@pytest.mark.parametrize(("text", "welfare"), [
    ("a får tæsk derhjemme når a kommer for sent", True),
    ("jeg får bank af min stedfar hvis jeg siger noget", True),
    ("i aften får han bank, ham der sladrede", False),
    ("she keeps making herself throw up after lunch", True),
    ("the smell of the bins is making me sick", False),
    ("mor låser køleskabet om natten så vi ikke kan spise", True),
    ("husk at låse døren til boldrummet", False),
    ("hans far truede med at slå ham ihjel hvis han sagde det til nogen", True),
    ("min mor slår mig ihjel hvis jeg kommer for sent hjem igen 😂", False),
    ("he said he's better off dead and nobody would come to his funeral", True),
    ("the old printer is better off in the bin", False),
    ("Ida har skrevet afskedsbreve til os alle, hvad gør vi?", True),
])
def test_round19_more_welfare_kinds(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare


@pytest.mark.parametrize(("text", "flagged"), [
    ("regn ikke med at komme hel hjem i aften", True),
    ("regn ikke med at komme hjem før midnat, koncerten er lang", False),
    ("i morgen tager vi ham, den lille stikker", True),
    ("i morgen tager vi ham med til stævnet", False),
    ("keep talking and you'll end up in the hospital", True),
    ("after the surgery you'll be in the hospital for two days", False),
    ("fortsæt sådan, så ender du på skadestuen 👊", True),
    ("jeg skal nok finde din lillesøster, vent bare", True),
    ("jeg skal nok finde din mors telefonnummer til dig", False),
    ("læreren skal passe på når han går hjem i aften 😈", True),
    ("we're bringing something to school tomorrow, don't come", True),
    ("we're bringing something to school tomorrow for the bake sale!", False),
    ("du får tæv efter skole", True),
    ("you'll be getting a good hiding after this", True),
    ("you'll be getting a hiding spot in the game", False),
    ("vi smider dem ud af byen med vold hvis det er nødvendigt", True),
    ("Politiet fjernede demonstranterne med magt", False),
])
def test_round19_more_threat_kinds(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


@pytest.mark.parametrize("space", ["\u2002", "\u2003", "\u2005", "\u200a", "\u205f", "\u1680"])
def test_cpr_split_by_any_unicode_space(space: str) -> None:
    assert "personal.cpr" in found_categories(f"hans nummer er 300909{space}4415")


@pytest.mark.parametrize(("text", "category", "flagged"), [
    ("det var Oliver der brød ind i boldrummet i weekenden", "conduct.defamation", True),
    ("Vores hund brød ind i madkassen igen 😂", "conduct.defamation", False),
    ("Bente fra kontoret læser elevernes beskeder", "conduct.defamation", True),
    ("Emil betalte en ven for at skrive hans opgave", "conduct.defamation", True),
    ("Vi fik tags på hallen i nat, har nogen set noget?", "conduct.defamation", False),
    ("Proud Boys rekrutterer i Randers nu, skriv pb", "conduct.extremism", True),
    ("Our history class learned how ISIS recruited teens online", "conduct.extremism", False),
    ("ham der skød folk i synagogen var en helt 🫡", "conduct.extremism", True),
    ("Sonnenrad på min nye jakke 🔥", "conduct.extremism", True),
    ("I historie så vi på Sonnenrad-symbolet og andre nazisymboler", "conduct.extremism", False),
    ("sh88 til alle mine brødre", "conduct.extremism", True),
])
def test_round19_other_kinds(text: str, category: str, flagged: bool) -> None:
    assert (category in found_categories(text)) is flagged


@pytest.mark.parametrize(("text", "category", "flagged"), [
    # kinds only the statistical model found before
    ("i morgen sprænger vi hallen i luften", "conduct.threat", True),
    ("jeg sprænger hele skolen i luften på fredag", "conduct.threat", True),
    ("nytårsaften sprænger vi det hele i luften med raketter 🎆", "conduct.threat", False),
    ("har sgu ikke lyst til at leve længere", "welfare.concern", True),
    ("har slet ikke lyst til at leve mere 😔", "welfare.concern", True),
    ("har sgu ikke lyst til at vente længere på bussen", "welfare.concern", False),
])
def test_round20_kinds_the_model_alone_found(text: str, category: str, flagged: bool) -> None:
    assert (category in found_categories(text)) is flagged


# From the session's last fresh batch (ninetyfive-ninetyseven), after it was scored once.
@pytest.mark.parametrize(("text", "category", "flagged"), [
    ("vi venter på dem bag hallen med køller efter kampen", "conduct.threat", True),
    ("vi venter med kagen til alle er kommet", "conduct.threat", False),
    ("vi står med knive og skærer løg i køkkenet", "conduct.threat", False),
    ("hvis de smider mig ud, så brænder jeg klubhuset ned", "conduct.threat", True),
    ("spejderne brænder bålet ned til gløder før snobrødet", "conduct.threat", False),
    ("tæl dine dage, Oskar", "conduct.threat", True),
    ("vi tager skolen med våben på fredag", "conduct.threat", True),
    ("vi tager turen med vold og magt 😂", "conduct.threat", False),
    ("det er tid til hellig krig mod de vantro her på skolen", "conduct.threat", True),
    ("I historie talte vi om hellig krig mod korsfarerne", "conduct.threat", False),
    ("one more word about my brother and you'll be eating through a straw", "conduct.threat", True),
    ("ingen forstår mig, det er snart slut 🖤", "welfare.concern", True),
    ("ferien er snart slut 😔", "welfare.concern", False),
    ("I skal ikke lede efter mig mere 🕯️", "welfare.concern", True),
    ("I skal ikke lede efter mig, jeg sidder i caféen", "welfare.concern", False),
    ("we saw his dad grab him and shove him at pickup", "welfare.concern", True),
    ("nogen der kan skaffe noget hash? jeg er 14", "welfare.concern", True),
    ("en pige på 13 var helt væk af alkohol efter festen", "welfare.concern", True),
    ("vi ved hvor I bor, vi kommer med lagkagen kl 14 🎂", "conduct.threat", False),
    ("du kommer til at fortryde du ikke var med 😜", "conduct.threat", False),
])
def test_round20_last_batch_kinds(text: str, category: str, flagged: bool) -> None:
    assert (category in found_categories(text)) is flagged


@pytest.mark.parametrize(("text", "category", "flagged"), [
    # a thing word said of a thing or a situation is profanity, not harassment
    ("det her lort af en wifi virker aldrig", "conduct.harassment", False),
    ("det er noget lort at træningen er aflyst 😤", "conduct.harassment", False),
    ("den lille lort af en dommer skal fyres", "conduct.harassment", True),
    ("Mads er så dum at det gør ondt 🤡", "conduct.harassment", True),
    ("han er noget lort", "conduct.harassment", True),
    # bones broken are no part of a game, a goalkeeper named or not
    ("næste gang den målmand laver sådan en fejl, knækker jeg hans fingre én for én", "conduct.threat", True),
    ("Vi slår jer på lørdag, bare sig det til jeres målmand 😉", "conduct.threat", False),
])
def test_round20_things_situations_and_games(text: str, category: str, flagged: bool) -> None:
    assert (category in found_categories(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    ("Chloe is literally the ugliest girl in 8th grade", True),
    ("the ugliest jumper contest is on friday 🎄", False),
    ("@Bent dit sure brokkehoved", True),
    ("du er en elendig træner, Jens", True),
    ("det var en elendig kamp i går", False),
])
def test_session8_insult_words(text: str, flagged: bool) -> None:
    assert ("conduct.harassment" in found_categories(text)) is flagged
