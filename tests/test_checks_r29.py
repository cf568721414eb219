"""Round 29: kinds of threats, welfare signs and conduct that session 14's first measure showed missing (standard
welfare 55 of 62, focused threats 57 and welfare 51 of 70), each with the ordinary use of the same words beside it."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext
from monitor.checks.engine import Checker
from tests.test_checks_r23 import _rule_categories

THREATS = [
    ("Uanset hvor du flytter hen, finder vi dig. Husk det.", True),
    ("No matter where you hide, we'll find you", True),
    ("Uanset hvor du flytter hen, finder du altid nye venner i klubben", False),
    ("Tell Jonah he can hide at his dad's place all he wants. We know that address too.", True),
    ("We know that address too, it's the old scout hut, so see you there at 10", False),
    ("Nice goal. Enjoy it, because you won't be walking properly after next week.", True),
    ("Lmao you snitched? Enjoy your last week at this school with all your teeth", True),
    ("Enjoy your last week at this school, we will miss you all", False),
    ("Hvis I vinder på søndag bliver det den sidste kamp I spiller med hele knogler.", True),
    ("Søndag bliver den sidste kamp i sæsonen, kom og hep", False),
    ("Tror du er sej? En brækket ankel kan hurtigt arrangeres 😇", True),
    ("Husk benskinner, en brækket ankel kan hurtigt ske", False),
    ("i'll break every finger you used to type that post", True),
    ("I kan lige vove at komme til vores skolefest. Så bliver der blod på gulvet.", True),
    ("Så bliver der blodprøver til alle på sundhedsdagen", False),
    ("delete the photo or your little brother finds out what a real beating feels like", True),
    ("Bring the new kid to the skate park tonight. We've got plans for him and he won't like them.", True),
    ("We've got plans for the new kids on Friday: pizza and a tour of the club", False),
    ("Den voksne med det grå skæg i klubben burde passe på i mørket. Bare et råd.", True),
    ("Husk refleksvest, man bør passe på i mørket på cykelstien", False),
    ("min storebror er ude af fængslet nu og han har hørt hvad du sagde om mig 😏 held og lykke", True),
]


@pytest.mark.parametrize(("text", "threat"), THREATS)
def test_threats_worded_as_outcomes_arrangements_and_advice(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


WELFARE = [
    ("Hvis jeg skærer lidt dybere næste gang så slipper jeg nok for prøven", True),
    ("Hvis du skærer lidt dybere i brættet, så passer hylden", False),
    ("Jeg har talt. 17 dage siden jeg sidst har spist et rigtigt måltid. Stadig for tyk", True),
    ("I haven't slept in like 3 days and everything just feels pointless. don't tell the club leaders", True),
    ("This homework feels pointless but we'll get it done", False),
    ("idk why everyone's so scared of dying, sounds kinda peaceful tbh", True),
    ("my body is disgusting and I'm going to punish it until it's gone", True),
    ("🩹🩹🩹 tredje gang denne uge. Ingen må se mine arme.", True),
    ("wearing hoodies in 25 degrees is a vibe when your arms look like mine", True),
    ("Hoodies in 25 degrees? The drama club's costumes are brave", False),
    ("Victor sagde til mig i går at ingen ville savne ham.", True),
    ("Fik endnu en lussing i aftes fordi jeg glemte opvasken. Sådan er det bare", True),
    ("Not gonna be at practice. Dad broke my phone and my wrist hurts a lot.", True),
    ("far siger jeg er en fejl. måske har han ret", True),
    ("Far siger jeg er en god hjælp i køkkenet", False),
    ("Mor og far råbte hele natten, og så hørte jeg glasset smadre og mor græde.", True),
    ("Sidder i trappeopgangen igen. Døren er låst og mor tager ikke telefon. Det er -3 grader.", True),
    ("Døren er låst, så brug sidedøren til hallen", False),
    ("mor siger jeg ikke må komme hjem før hun er gået i seng. så jeg hænger bare her til 23", True),
    ("Min lillebror på 12 får ikke lov at spise når han har 'opført sig dårligt'.", True),
    ("Jonas må ikke spise nødder, husk det til lejren", False),
    ("Jamie's mum, please call me — he told me he's been looking after himself since you left for work abroad.", True),
    ("@Clara du skal altså stoppe med de piller, du tog 6 i går til festen og var helt væk 😬", True),
    ("Lægen sagde jeg skal stoppe med de piller mod allergi", False),
    ("har taget mine morfars morfin et par gange nu, det er det eneste der får mig til at sove", True),
    ("Saw Ethan buying vodka with an older guy again. He's 14 and could barely walk home.", True),
    ("He's 14 and could barely walk after the hike, legs like jelly", False),
]


@pytest.mark.parametrize(("text", "welfare"), WELFARE)
def test_welfare_signs_in_fresh_words(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare


CONDUCT = [
    ("Atomwaffen is the only group that actually gets it", "conduct.extremism", True),
    ("Vi læste om Atomwaffen i samfundsfag", "conduct.extremism", False),
    ("Long live the Führer. They should teach that at school instead", "conduct.extremism", True),
    ("Årstal til historieopgaven: 1940-1945, og 1933 hvor Hitler kom til magten", "conduct.extremism", False),
    ("Hvorfor har I ikke den sorte sol på klubhusets flag? Det ville være sejt", "conduct.extremism", True),
    ("Tag med til Tøndermarsken og se sort sol, stærene danser", "conduct.extremism", False),
    ("Vi har også tegnet et hagekors på bordet bagerst, det skal blive der 😎", "conduct.extremism", True),
    ("Nogen har malet et hagekors på cykelskuret, vi har anmeldt det", "conduct.extremism", False),
    ("Hr. Jensen i matematik har rørt ved piger i 8.b, så pas på", "conduct.defamation", True),
    ("Hans tale rørte piger og drenge i salen", "conduct.defamation", False),
    ("Det er sgu en skandale at sådan en pjok som Erik får lov at være holdleder", "conduct.harassment", True),
    ("send hende lige hvor grim hun er lol", "conduct.harassment", True),
    ("Ønskesangen til fredagsdiscoet blev 'Fuck You' af CeeLo Green 😄", "conduct.harassment", False),
    ("fed koncert! deres cover af 'Fuck It I Love You' var vildt god", "conduct.profanity", False),
    ("Der er en del syge i dag, så vi rykker testen til næste uge.", "conduct.profanity", False),
]


@pytest.mark.parametrize(("text", "category", "found"), CONDUCT)
def test_conduct_kinds_and_their_plain_neighbours(text: str, category: str, found: bool) -> None:
    assert (category in _rule_categories(text)) is found


def test_a_name_inside_an_address_with_another_initial_is_someone_else() -> None:
    checker = Checker(CheckContext(no_publish=("Freja Nørgaard",)))

    def named(text: str) -> bool:
        return any(f.category == "personal.no_consent" for f in checker.check(text))

    assert not named("skriv til freja.h2010@gmail.com for at komme med i gruppen")
    assert named("skriv til freja.n2010@gmail.com for at komme med i gruppen")
    assert named("Freja kommer også med i gruppen")
