"""Round 18 kinds, found in three sets scored once before (seventyseven-seventynine), each tested with variants of
our own beside hard negatives: a house with fire about someone else's home ("dit hus ser fint ud om natten 🔥🏠");
a shooting drawn in emoji ("kasper 🔫💥😵"); time to say one's prayers; a farewell
message told about ("han har skrevet en afskedsbesked"); Among Us is a game. All people are invented."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from tests.check_kit import found_categories


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


@pytest.mark.parametrize(("text", "flagged"), [
    ("ved godt at Rasmus bor på Egevej 3. vi ses i nat 🔥🏠", True),
    ("jeres hus ser så fint ud om natten 🏡🔥", True),
    ("I know where he lives 🔥🏠", True),
    ("Vi er flyttet ind i vores nye hus 🏠🔥", False),
    ("hyggelig aften i klubhuset 🔥🏠", False),
    ("kasper 🔫💥😵", True),
    ("Mikkel 🔫😵", True),
    ("haha emil 🔫😂", False),
    ("paintball på lørdag 🔫💥", False),
    ("han ka godt begynd å bed sine bønner", True),
    ("den dommer skal bare begynde at bede sine bønner", True),
    ("He'd better start saying his prayers after what he did", True),
    ("we'd better start praying for good weather on sports day", False),
    ("til fredagsbøn beder vi vores bønner sammen", False),
    ("hvem er med i Among Us i aften? a er impostor og a dræber jer alle", False),
])
def test_round18_threat_kinds(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


@pytest.mark.parametrize(("text", "welfare"), [
    ("Sebastian har fortalt mig at han har skrevet en afskedsbesked i sin telefon", True),
    ("hun har sendt afskedsbeskeder til sine venner i nat", True),
    ("Vi har skrevet en afskedsbesked til Hanne, som går på pension", False),
    ("skriv en afskedsbesked til vores vikar inden fredag", False),
])
def test_round18_farewell_messages(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare


# Innocent posts the category models flag now and then: a retrain may move them either way, so they are held to the
# rules alone (the models are judged on whole labelled sets instead).
MODEL_FALSE_ALARMS = frozenset({"a ka ik mer lektier i dag haha"})


@pytest.mark.parametrize(("text", "welfare"), [
    # no reason to wake up or to live, told as the writer's own
    ("hvorfor skulle jeg overhovedet vågne i morgen. der er ingen pointe", True),
    ("hvorfor skal jeg overhovedet leve mere 🖤", True),
    ("why should i even wake up tomorrow", True),
    ("hvorfor skulle jeg vågne i morgen når det er lørdag 😴", False),
    ("hvorfor skal jeg stå op kl 6 i morgen, det er jo fridag", False),
    # Jutlandic "a ka ik mer", not about homework
    ("a ka ik mer. a har tænkt på det hele tiden", True),
    ("a ka ik mer lektier i dag haha", False),
    # sleeping pills in a quantity
    ("jeg skal bruge mange sovepiller, hvor får man dem", True),
    ("vi skal bruge mange piller til førstehjælpskassen på lejren", False),
    # a CPR number's digits are no game score ("3-1") that would explain a beating away
    ("Til underretningen: Lucas 220310-6681 fortalte mig at han bliver slået derhjemme", True),
    ("min far slog mig 3-1 i bordtennis i går 😂", False),
])
def test_round18_welfare_signs(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text, rules_only=text in MODEL_FALSE_ALARMS)) is welfare


# From three more sets scored once first (eighty-eightytwo): false alarms on school news and club life, and threats
# the rules missed.
@pytest.mark.parametrize(("text", "flagged"), [
    ("Husk knivkursus i madlavning 🔪🥕 – kokken lærer jer at hakke løg", False),
    ("🔪🍅 i dag laver vi salsa, tag jer et forklæde", False),
    ("🔪 til dig i morgen", True),
    ("Rollespilsholdet kæmpede i weekenden, og dragen blev dræbt af 7.c's troldmænd 🐉", False),
    ("Vi skyder løs i morgen! 📸 Fotoshoot til den nye hjemmeside", False),
    ("næste gang slår vi jer ihjel i høvdingebold 😤", False),
    ("gonna beat Lucas up tomorrow behind the gym, who wants to film it 📱", True),
    ("i'm gonna beat liam up in fifa tonight", False),
    ("gonna mess it up again lol", False),
    ("in the film the villain says he will kill you", False),
    ("skal vi ikke bare tæske de nye drenge fra Vorup på fredag?", True),
    ("skal vi ikke bare spille fodbold i stedet?", False),
    ("the day of the rope is coming for all of them", True),
    ("In history we discussed the slogan 'day of the rope is coming' and where it comes from", False),
])
def test_round18_more_threat_kinds(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


@pytest.mark.parametrize(("text", "cpr"), [
    # in doubt between a CPR number and an account number, it is a CPR number ...
    ("ka nogen sige om det her er mit cpr eller mit kontonr 😂 200907-6617", True),
    ("is this my account or my cpr? 200907-6617", True),
    # ... and so is one given for a purpose the other word names
    ("Lægen skal bruge hendes cpr til journalen: 29.02.08-4622", True),
    ("cpr og journal nr 200907-6617", False),
    # ... but an account number said plainly is not
    ("mit kontonr er 200907-6617", False),
    ("cpr ligger i mappen, kontonr: 200907-6617", False),
])
def test_round18_cpr_or_account(text: str, cpr: bool) -> None:
    assert ("personal.cpr" in found_categories(text)) is cpr


@pytest.mark.parametrize(("text", "welfare"), [
    # beaten, in the perfect tense, and "hjemmefra" is home, not "hjem" as in "smidt hjem"
    ("Emil har fået tæsk af sin far igen", True),
    ("Noah får tæsk hjemmefra, man kan se det på ham", True),
    ("vi har fået tæsk i fodbold 0-5", False),
    # hiding from a carer who is angry or drunk
    ("far er vild igen, jeg gemmer mig på badeværelset", True),
    ("mum is drunk again, i'm hiding in my room", True),
    ("far er vild med den nye bil 😂", False),
    # an adult partner's age beside a secret; pictures asked back by someone of adult age
    ("Min kæreste på 19 siger jeg ikke må fortælle nogen om os, jeg er 13", True),
    ("min kæreste på 16 har købt billetter til koncerten 🥰", False),
    ("he sends me pics and asks for mine, he's 24 and i'm in 7th, is that ok?", True),
    ("my friend sends me pics of her dog every day, she's 14 lol", False),
    # a forced marriage to "en fætter"; a 14-year-old starting on cocaine
    ("Sara er 15 og skal giftes med en fætter i sommerferien, hun græd hele vejen hjem", True),
    ("Min søn på 14 er begyndt at tage kokain til fester. Hjælp", True),
    # the last time anyone sees the writer, with a goodbye; weight lost and hidden
    ("det er sidste gang i ser mig til træning. farvel ❤️ pas på hinanden", True),
    ("det er sidste gang i ser mig i klubben før jeg flytter til Aarhus, farvel og tak ❤️", False),
    ("i dag er sidste gang I ser mig som træner inden jul, farvel og god jul 🎄", False),
    ("en pige på holdet har tabt 8 kg med vilje og skjuler det for sine forældre", True),
    ("jeg har tabt 8 kg med vilje til konkurrencen, stolt 💪", False),
])
def test_round18_more_welfare_signs(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare


# Near misses across the sets kept out of the repository, each with variants of our own.
@pytest.mark.parametrize(("text", "flagged"), [
    ("hvis træneren ikke lader min datter spille, så kommer jeg derned og gør ham fortræd", True),
    ("vi gør jer ikke fortræd, lover det", False),
    ("kommer jeg derned, så skal hun få at mærke hvad det vil sige", True),
    ("fuck det, a sætter ild til klubben", True),
    ("vi sætter ild til bålet kl 18 🔥", False),
    ("Ungdomsskolen kommer til at brænde. I har haft jeres chance.", True),
    ("ærgerligt hvis dit hoved fik en skade på vej hjem", True),
    ("ærgerligt hvis din telefon får en ridse, køb et cover", False),
    ("jeg skal nok sørge for at han aldrig kommer til at gå igen", True),
    ("if they cancel the match I'll make sure someone gets hurt", True),
    ("make sure nobody gets hurt on the trampoline", False),
    ("lad os besøge ham i nat og lære ham en lektie", True),
    ("jeg skal nok lære dig en lektie i skak 😎", False),
    ("Jonas ikk overlever weekenden hvis han skriver til hende igen", True),
    ("jeg overlever ikke weekenden hvis jeg ikke får sovet", False),
    ("Mr Holm won't make it to Friday if he gives me detention again", True),
    ("Viktor 🔪🔪 i morgen", True),
    ("alle nye skal ud, ellers begynder vi at slå", True),
    ("Tell Mr. Berg to watch his back", True),
    ("tell your brother to watch the back door when he leaves", False),
])
def test_round18_threat_near_misses(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


# From the last three sets scored once (eightythree-eightyfive), each with variants of our own.
@pytest.mark.parametrize(("text", "welfare"), [
    ("sometimes i think everyone would be better off without me lol", True),
    ("haha skal bare finde en bro at hoppe ud fra 🙃 nej jk... eller", True),
    ("haha min mor slår mig ihjel hvis jeg kommer for sent", False),
    ("Hvordan gør man det mest smertefrit? Spørger for mig selv.", True),
    ("jeg har ikke sovet i flere dage og hører stemmer", True),
    ("Ida sagde at hendes far tager kvælertag på hende når han er sur", True),
    ("vi øvede kvælertag på hinanden til judo i går", False),
    ("hjemme er der bare råb og slag hele tiden, a bliver i klubben", True),
    ("Familien er blevet sat ud af lejligheden og bor hos mormor", False),
])
def test_round18_last_welfare_signs(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare


@pytest.mark.parametrize(("text", "flagged"), [
    ("Rør min søn igen, og du får en tur du aldrig glemmer.", True),
    ("Book nu, og du får en tur du aldrig glemmer!", False),
    ("jeg smider syre i hovedet på hende", True),
    ("i kemi lærte vi at man aldrig hælder vand i syre", False),
    ("i'll just bring something that goes boom to the talent show 😈", True),
])
def test_round18_last_threat_kinds(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # a gun or knife emoji beside a game named in the sentence, with no weapon word, is the game
    ("Jeg skyder dig ned i Fortnite i aften 🔫 gg ez", False),
    ("Paintball på lørdag!! a ska skyde jer alle sammen 😎🔫", False),
    ("🔫 til dig i skolen i morgen", True),
    ("vi spiller fodbold i morgen, og så tager jeg en kniv med til dig 🔪", True),
])
def test_round18_weapon_emoji_in_a_game(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


# Gaps across the labelled sets: signs the rules had no words for.
@pytest.mark.parametrize(("text", "welfare"), [
    ("jeg hopper ud foran toget", True),
    ("hvis de sender mig tilbage til plejefamilien så hopper jeg ud foran toget", True),
    ("vi hopper i vandet ved broen i sommer 😂", False),
    ("🖤 snart er det slut for mig", True),
    ("snart er det slut for mig på holdet, jeg flytter til Aarhus", False),
    ("she said she'd rather be dead than go back home", True),
    ("jeg vil hellere være død end gå til tandlæge haha", False),
    ("min datter siger hun vil gøre sig selv ondt", True),
    ("har lavet streger på armen igen 🙃", True),
    ("I've been scratching my arms with a compass, it helps", True),
    ("Noah drak sig bevidstløs til festen, han er kun 14", True),
])
def test_round18_welfare_gaps(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare


# Threat gaps across the labelled sets, each with variants of our own.
@pytest.mark.parametrize(("text", "flagged"), [
    ("Der ligger en bombe under scenen i salen. Den springer kl. 12.", True),
    ("i filmen er der en scene hvor skurken siger han vil dræbe dem alle", False),
    ("der sker noget slemt med din lillebror hvis du sladrer", True),
    ("der skete noget slemt med hans bil i går, den kørte galt", False),
    ("jeres bus kommer ikke hel hjem næste gang", True),
    ("ville være synd hvis din cykel fik sukker i tanken 😏", True),
    ("det kommer til at koste dig en tand eller to", True),
    ("skal nok sørge for at han ikke kan gå i en måned", True),
    ("fra nu af ser du dig over skulderen", True),
    ("accidents happen on the way home 🙂", True),
    ("gonna slash the tyres on the coach's car and then his face", True),
    ("the Christmas lights will hang soon in the hall", False),
    ("@Viktor 👊👊🩸 fredag", True),
    ("kampen i går 👊👊🩸 fik en albue i næsen", False),
])
def test_round18_threat_gaps(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged


@pytest.mark.parametrize(("text", "welfare"), [
    # jumping off the pier into the water in summer is a club activity, not a sign
    ("vi hopper ud fra broen ved havnen i sommervarmen 🌞", False),
    ("vi hopper ud fra broen i vandet bagefter 💦", False),
    ("jeg hopper ud fra broen i nat", True),
])
def test_round18_jumping_into_the_water(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare
