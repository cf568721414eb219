"""Round 20 (wb) welfare kinds, found in the focus sets: each kind with two variants of our own beside two hard
negatives that must stay quiet. Self-harm and suicidal signs: stopping cutting promised; hoping not to wake; the
least painful way asked with nothing after it; dreaming of disappearing; peace for ever; "hvad det hele skal nytte";
not sleeping, not eating; meals stopped for weeks; standing at an edge and telling it; the edge left because someone
wrote; cutting told in inversion; one small thing eaten since days, a meal "still too much", a target weight; a
picture of pills or "tak for alt" and no answer; arms and a doubted excuse; scratches on the arms; a long top in the
heat; arms "not fit to be seen"; wounds on both forearms; belongings sold and nothing needed any more; pills taken
in a joke. Home: a belt; a carer calling the child a mistake; blows at home named; what an adult did to the child;
what happens when the other parent is at work; called down by a parent's partner; a carer's visits to the room;
groped by a relative (passive); sleeping without fear for the first time in long; shaking when a carer is mentioned;
pictures demanded in return; a carer's anger and the child best away; sexual comments under children's pictures; a
sign before a change of topic ("anyway ... fodbold"). Neglect: a carer forgetting the child; a small child kept from
kindergarten; sleeping in a stairwell or a car. Substance: smelling of drink at school; addicted to pills; pills
taken from a parent; pills bought from older kids. Grooming: a secret app, deleted chats, a much older "friend",
gifts and money, robux for the camera, an adult who pays. All people are invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

CASES = [
    # stopping cutting, promised and broken
    ("I keep telling myself I'll stop cutting but it never lasts", True),
    ("every week I swear I'm quitting cutting, then I don't", True),
    ("Please stop cutting in line at the canteen", False),
    ("we had to stop cutting the grass because of the rain", False),
    # going to bed hoping not to wake
    ("lægger mig nu og håber jeg ikke vågner igen.", True),
    ("honestly hoping I don't wake up 🙃", True),
    ("håber jeg ikke vågner før kl 10 i morgen 😴", False),
    ("hope I don't wake up with a hangover after the party", False),
    # the least painful way, asked with nothing after it
    ("hvad er den mindst smertefulde måde. spørger for en ven", True),
    ("which is the least painful way? not for a school project", True),
    ("what's the least painful way to remove a plaster from a toddler?", False),
    ("den mindst smertefulde måde at trække en tand ud på er hos tandlægen", False),
    # dreaming of disappearing, not of a trip
    ("jeg drømmer bare om at forsvinde. helt.", True),
    ("dreaming of disappearing lately, not going anywhere, just gone", True),
    ("Drømmer om at forsvinde til Thailand i vinterferien ☀️", False),
    ("I'm dreaming of disappearing into a good book this weekend", False),
    # peace or rest for ever
    ("snart har jeg fundet fred for altid, så I skal ikke lede efter mig", True),
    ("maybe I'll finally find peace forever soon", True),
    ("Vi fik endelig ro på i klassen efter juleferien", False),
    ("We found peace in the forest, it was lovely", False),
    # no point in anything
    ("jeg kan ikke se hvad det hele skal nytte.", True),
    ("æ ka ik se hva det hele ska nytte", True),
    ("jeg kan ikke se hvad det hele skal nytte til, når kommunen alligevel lukker klubben", False),
    ("Vi ser hvad det skal bruges til senere", False),
    # not sleeping, not eating
    ("har det skidt. sover ikke, spiser ikke, orker intet", True),
    ("lately: not sleeping, not eating, not texting back", True),
    ("min lille på 2 sover ikke, spiser ikke, tror det er tænder", False),
    ("Vi sover ikke i telt i år, vi sover i hytten", False),
    # meals stopped for weeks
    ("har holdt op med at spise frokost, det er to uger nu og ingen har opdaget det", True),
    ("i stopped eating breakfast like 2 weeks ago and feel so light", True),
    ("I stopped eating meat three weeks ago, feeling great", False),
    ("Vi holdt op med at spise slik i en uge, det var hårdt", False),
    # standing at an edge and telling it
    ("sidder på kanten af taget nu. vil bare have at nogen ved det", True),
    ("sitting on the railing of the bridge. just want someone to know", True),
    ("står på broen og venter på jer, bare så I ved det", False),
    ("sitting on the roof watching the sunset, just so you know where I am", False),
    # the edge left because somebody wrote
    ("Tak Jonas. Jeg havde siddet på taget i en time før du ringede.", True),
    ("I had been standing on the bridge for 30 minutes before you texted", True),
    ("Vi havde stået på broen i 20 minutter før bussen kom", False),
    ("I had been standing on the platform for ten minutes before you texted", False),
    # cutting told in inversion
    ("Når det bliver for meget skærer jeg mig i armen med en saks", True),
    ("hver gang hun er ked af det kradser hun sig i armene", True),
    ("Til aftensmad skærer jeg kyllingen i tern", False),
    ("i går skar jeg mig ved et uheld i armen på et søm", False),
    # one small thing eaten since days; still too much; a low target weight
    ("har kun spist en banan siden tirsdag og har det fint 🙂", True),
    ("kun spist en yoghurt i dag og det er stadig for meget", True),
    ("har kun spist en banan siden tirsdag, har haft maveinfluenza", False),
    ("skal ned på 52 kg til stævnet i boksning", False),
    ("skal ned på 48 kg før sommerferien, så tager jeg ikke mere end et æble", True),
    ("Har kun spist en toast i dag fordi vi havde travlt, nu skal vi have pizza", False),
    # a picture of pills, or thanks for everything, and no answer
    ("Min veninde lagde en story med en masse piller i nat og svarer ikke nu", True),
    ("Oliver posted a photo of pills with 'bye'. He's not answering his phone", True),
    ("Tak for alt i år! Kontoret svarer ikke på mails i juli", False),
    ("Billede af de nye vitaminpiller på opslagstavlen", False),
    ("Emil skrev tak for alt og svarer ikke på sin telefon, han er 15", True),
    # arms and a doubted excuse
    ("Freja siger det er katten, men hendes arme ser ikke sådan ud. Det er ikke fra katten.", True),
    ("his wrists are all marked up and it's not from the cat like he says", True),
    ("Katten har kradset mine arme, det er kattens skyld 😾", False),
    ("Hunden sprang op på mig, mine arme er fulde af mudder", False),
    # scratches or cuts on the arms named
    ("snitsår på armene er min hemmelighed", True),
    ("hun har rids på armene igen og vil ikke snakke", True),
    ("rids på armene efter brombærplukning i haven", False),
    ("rids på armene efter spejderturen i skoven", False),
    # a long top in the heat; the cuts seen; arms not fit to be seen
    ("Mathias har hættetrøje på selvom det er 28 grader og vil ikke tage den af", True),
    ("da hun skiftede så jeg alle snittene", True),
    ("Husk hættetrøje til lejren, det bliver koldt om aftenen", False),
    ("mine arme er ikke til at se på efter solskoldningen 😅", False),
    ("mine arme er ikke til at se på lige nu, derfor lange ærmer", True),
    ("da jeg skar brødet så jeg snittene i kagen", False),
    # wounds on both forearms
    ("en af mine elever viste mig sår på begge arme i dag", True),
    ("Sara har snit på begge håndled", True),
    ("han fik sår på begge underarme efter cykelstyrtet", False),
    ("sår på begge knæ efter fodbolden", False),
    # belongings sold and nothing needed
    ("Sælger min guitar og mit skateboard. skal ikke bruge noget mere.", True),
    ("selling my gaming chair, won't need anything after this week", True),
    ("Sælger alt mit fiskegrej, skal ikke bruge noget mere, jeg flytter til Aarhus", False),
    ("Selling my old desk, won't need anything else for now", False),
    # pills taken in a joke
    ("haha tog 10 af fars sovepiller i går og sov hele dagen", True),
    ("lol took a bunch of my mum's sleeping pills again", True),
    ("haha tog en panodil for hovedpinen", False),
    ("Husk at give ham hans medicin kl 8", False),
    # a belt, a cord
    ("min far slog mig med bæltet i går", True),
    ("she got hit with a belt when she came home late", True),
    ("Husk bæltet til karatetræning i morgen", False),
    ("hun slog bolden med hånden og fik frispark", False),
    # a carer calling the child a mistake
    ("min mor siger at jeg er en fejltagelse", True),
    ("my dad says I'm worthless every single day", True),
    ("træneren siger jeg lavede en fejl i forsvaret", False),
    ("min mor siger jeg er en stjerne", False),
    # blows at home named
    ("derhjemme er der bare slag og råb", True),
    ("at home it's just hitting and screaming", True),
    ("hjemme er det bare råb og skrig når der er fodbold i tv", False),
    ("derhjemme er der bare hygge og brætspil", False),
    # what an adult or a relative did to the child
    ("jeg har aldrig fortalt nogen hvad min onkel gjorde ved mig", True),
    ("I still think about what a coach did to me when I was 11", True),
    ("Jeg glemmer aldrig hvad træneren gjorde for mig", False),
    ("what my cousin did to me in the match was brutal haha", False),
    # what happens when the other parent is away, told or kept quiet; called down by a partner
    ("hun tør ikke fortælle hvad der sker når hendes mor er på nattevagt", True),
    ("I can't tell anyone what happens when mum is at work", True),
    ("Vi skal aftale hvad der sker når mor er på arbejde i weekenden", False),
    ("Mor er på arbejde, så far henter i dag", False),
    ("Freja bliver hentet ind i soveværelset af sin stedfar når moren er ude", True),
    ("Vi blev kaldt ned i kælderen af træneren for at hente bolde", False),
    # a carer's visits to the room
    ("vi har læst din besked om din stedfars besøg på dit værelse. det er ikke din skyld", True),
    ("my stepdad's visits to my room at night scare me", True),
    ("Fars besøg på mit værelse for at sige godnat er hyggelige", False),
    ("Vi har læst bogen om en dreng på sit værelse", False),
    # groped by a relative, told in the passive
    ("hun blev befamlet af en onkel til en fest", True),
    ("he was groped by an older cousin at a wedding", True),
    ("hun blev krænket af kommentarerne på nettet", False),
    ("the ball was touched by a defender before it went in", False),
    # sleeping without fear for the first time in long
    ("Det var første gang i lang tid at hun sov uden at være bange", True),
    ("first time in months he slept without being scared", True),
    ("Første gang han sov i telt uden at være bange for mørket 🏕️", False),
    ("first time camping he slept without being scared of the dark", False),
    # shaking when a carer is mentioned
    ("Noah ryster hver gang nogen nævner hans stedfar", True),
    ("she flinches whenever someone mentions her dad", True),
    ("Ida græder stadig når nogen nævner hendes morfar, han døde i foråret", False),
    ("han ryster af kulde når vi står ved busstoppet", False),
    # pictures demanded in return
    ("en fyr gav hende gavekort og forlanger nu billeder til gengæld", True),
    ("some guy sent my sister money and now wants pictures in return", True),
    ("Fotografen sender billederne i morgen", False),
    ("Vi giver jer kage og vil gerne have billeder fra turen til gengæld for hjemmesiden", False),
    # a carer's anger and the child best away
    ("far bliver nogle gange vred og så er det bedst at jeg holder mig væk", True),
    ("when dad gets drunk it's safest if I stay away", True),
    ("mor bliver sur hvis jeg ikke rydder op", False),
    ("far er vred over kampen, bedst vi tager hjem", False),
    # sexual comments under children's pictures
    ("nogen skriver frække kommentarer under de 12-årige pigers billeder", True),
    ("an adult keeps leaving sexual comments on the 13-year-olds' photos", True),
    ("Tak for de søde kommentarer under billederne fra lejren", False),
    ("Sjove kommentarer under holdbilledet 😂", False),
    # a change of topic after the sign
    ("lol min mor siger jeg er en fejltagelse hver dag 😂 btw hvem tager med til håndbold", True),
    ("Every night I stop cutting for a day then start again. anyway, who's up for fifa?", True),
    ("min far slår mig altid i fifa haha, anyway hvem kommer i morgen", False),
    ("btw min bror slog mig i skak igen 😂", False),
    # a carer forgetting the child; a small child kept from kindergarten
    ("min far glemmer os tit. jeg laver mad til min lillebror", True),
    ("my mum forgets about me all the time. I'm 12", True),
    ("far glemmer mig i bilen når han synger med på radioen haha", False),
    ("mor glemmer altid sine nøgler", False),
    ("min lillebror har ikke været i børnehave i tre uger fordi ingen tager ham derhen", True),
    ("min lillebror har ikke været i børnehave i tre uger pga skoldkopper", False),
    # sleeping in a stairwell or a car
    ("jeg har sovet i cykelkælderen i tre nætter, tør ikke gå op", True),
    ("been sleeping in the park for a week, I'm 14", True),
    ("vi sov i bilen på vej til Italien i to nætter", False),
    ("we slept in the car at the festival for three nights", False),
    # smelling of drink at school; addicted to pills; pills from a parent; pills bought
    ("en dreng i 8.a møder op og lugter af sprut hver mandag", True),
    ("Noah på 14 kommer til træning og lugter af hash", True),
    ("Klubben lugter af øl efter forældrefesten", False),
    ("han lugter af røg efter lejrbålet i klubben", False),
    ("jeg er 15 og afhængig af smertestillende", True),
    ("she's 16 and hooked on xanax", True),
    ("I'm 14 and addicted to Minecraft lol", False),
    ("Mormor er afhængig af sin rollator, siger børnene", False),
    ("jeg er 14. pillerne tager jeg fra min mors skab", True),
    ("my son is buying pills from older kids at school", True),
    ("I bought pills from the pharmacy for my class trip", False),
    ("Eleverne købte kager fra bageren", False),
    # grooming: a secret app and deleted chats; a much older friend; robux for the camera; an adult who pays
    ("en voksen mand siger vi skal skifte til en hemmelig app og slette chatten først", True),
    ("Ida (13) har en ny ven som er meget ældre, der giver hende penge", True),
    ("Vi skifter til en anden app til holdets kalender", False),
    ("Husk at slette gamle beskeder så telefonen ikke bliver fuld", False),
    ("a guy on Fortnite promised my brother v-bucks for pics of himself", True),
    ("a grown man pays her to come over, she's 14", True),
    ("my uncle pays him for mowing the lawn", False),
    ("Vi lover robux til vinderen af tegnekonkurrencen", False),
]


# Innocent posts the category models flag now and then: a retrain may move them either way, so they are held to the
# rules alone (the models are judged on whole labelled sets instead).
MODEL_FALSE_ALARMS = frozenset({"min lille på 2 sover ikke, spiser ikke, tror det er tænder"})


@pytest.mark.parametrize(("text", "welfare"), CASES)
def test_round20_wb_welfare_kinds(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text, rules_only=text in MODEL_FALSE_ALARMS)) is welfare
