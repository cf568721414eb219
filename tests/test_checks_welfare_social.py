"""Round 4: welfare signs, social circumstances, relayed private talk, health, written freshly and indirectly.

Each positive is meant to need a rule that composes (an agent, a harmful act in any inflection, a target, in either
Danish word order) rather than a fixed phrase; hard negatives (negation, games, idioms, jokes, teaching, news,
campaigns) sit beside them. Only the four categories these checks own are compared. All people are invented.
"""

from __future__ import annotations

import pytest

from monitor.checks import sensitive, welfare
from monitor.checks.engine import Checker

CHECKER = Checker(check_classes=(*sensitive.CHECKS, *welfare.CHECKS))
W, S, C, H = "welfare.concern", "personal.social", "personal.confidential", "personal.health"
MINE = frozenset({W, S, C, H})


def categories(text: str, lang: str | None = None) -> set[str]:
    return {f.category for f in CHECKER.check(text, lang)} & MINE


# (id, text, lang, expected categories among the four)
CASES: list[tuple[str, str, str, set[str]]] = [
    # Violence at home: agent + violent act (any inflection) + target, either word order.
    ("home-en-stepdad-mom-and-me", "my stepdad hits my mom and me, I don't want to go home", "en", {W, S}),
    ("home-en-beats-us-when-drunk", "when my dad drinks he beats my little brother and me", "en", {W, S}),
    ("home-en-mums-boyfriend", "mums new boyfriend keeps slapping her and she wont tell anyone", "en", {W, S}),
    ("home-en-threw-at", "My mom threw a plate at me last night and said it was my fault", "en", {W, S}),
    ("home-en-got-hit-again", "got hit again by my stepdad yesterday, idk what to do", "en", {W, S}),
    ("home-da-inverted", "Derhjemme slår min stedfar både mig og min mor", "da", {W, S}),
    ("home-da-inverted-past", "I går aftes tævede hans far ham fordi han kom for sent", "da", {W, S}),
    ("home-da-friend", "min veninde siger at hendes far tit slår hende når han er sur", "da", {W, S}),
    ("home-da-slang", "hans papfar tæsker ham sgu når moren er på arbejde", "da", {W, S}),
    ("home-da-hand-out", "Min far har slået mig med et bælte flere gange", "da", {W, S}),
    ("home-da-grab-throat", "Hun fortalte at moren tog hende om halsen i weekenden", "da", {W, S, C}),
    ("home-da-kicked", "Jeg blev sparket af min storebror igen derhjemme", "da", {W, S}),
    ("home-da-threat-knife", "Hendes stedfar truede hende med en kniv i går", "da", {W, S}),
    # Sexual abuse at home, said indirectly.
    ("abuse-da-touches", "hendes stedfar rører ved hende derhjemme og hun tør ikke sige det til nogen", "da", {W, S}),
    ("abuse-da-room-at-night", "Min onkel kommer ind på mit værelse om natten og gør ting jeg ikke vil", "da", {W, S}),
    ("abuse-en-touches-friend", "my friend says her uncle touches her when they're alone", "en", {W, S}),
    ("abuse-en-makes-me", "my stepbrother makes me do stuff I dont want to and says no one will believe me", "en",
     {W, S}),
    ("abuse-da-befamler", "Mors kæreste har befamlet min lillesøster", "da", {W, S}),
    # Not daring to go home, scared of what happens at home.
    ("unsafe-en-scared", "im so scared of what happens when i get home tonight", "en", {W}),
    ("unsafe-da-rather-club", "Han vil hellere sove i klubben end tage hjem, fordi hans far er fuld igen", "da",
     {W, S}),
    ("unsafe-da-hvad-der-sker", "jeg er bange for hvad der sker når jeg kommer hjem i aften", "da", {W}),
    ("unsafe-en-cant-go-home", "can I stay at yours tonight? I really can't go home rn", "en", {W}),
    # Neglect.
    ("neglect-da-no-dinner", "Han har ikke fået aftensmad derhjemme hele ugen", "da", {W, S}),
    ("neglect-da-nobody-picks-up", "Igen i dag kom der ingen og hentede lille Mads, mor tager ikke telefonen", "da",
     {W, S}),
    ("neglect-en-alone", "my parents left me home alone the whole week with no money for food", "en", {W, S}),
    # A minor's substance abuse.
    ("sub-da-13-drunk", "vi har en 13-årig i klubben der kommer fuld næsten hver dag, hvad gør vi?", "da", {W}),
    ("sub-da-smokes-daily", "Min søn på 14 ryger hash hver eneste dag efter skole", "da", {W}),
    ("sub-en-15-pills", "my 15 yo brother is popping pills at school every week", "en", {W}),
    ("sub-da-lattergas", "Et par af drengene fra 8.b sniffer lattergas i frikvarteret", "da", {W}),
    ("sub-en-drunk-every-weekend", "She's only 14 and gets completely wasted pretty much every weekend", "en", {W}),
    # Self-harm and suicidal thoughts, slang and indirect.
    ("self-en-unalive", "honestly just want to unalive myself at this point", "en", {W, H}),
    ("self-en-friend-cuts", "my best friend showed me new cuts on her arm again yesterday", "en",
     {W, H}),
    ("self-da-wants-gone", "Min veninde skriver hele tiden at hun ikke vil være her mere", "da", {W, H}),
    ("self-da-pills", "jeg har gemt en masse piller og tænker på at tage dem alle sammen", "da", {W, H}),
    ("self-en-no-point", "there's no point in me being here anymore tbh", "en", {W, H}),
    # Social circumstances: support measures, police, placement.
    ("social-da-contact-person", "Malou har fået en kontaktperson fra kommunen, så hun er ikke med om tirsdagen",
     "da", {S}),
    ("social-da-crisis-centre", "Sebastian og hans mor bor på krisecenter for tiden", "da", {W, S}),
    ("social-da-mentor", "Villads har fået en mentor gennem kommunen og møder ham om torsdagen", "da", {S}),
    ("social-en-social-worker", "Leo's social worker is picking him up after club today", "en", {S}),
    # Relayed private talk.
    ("conf-da-phone-call", "Lauras mor ringede og sagde at de overvejer at flytte fra Randers til sommer", "da", {C}),
    ("conf-da-sms", "fik en sms fra Idas mor i aftes om at Ida ikke gider klub mere", "da", {C}),
    ("conf-en-text", "Got a text from Noah's dad last night saying they're moving to Aarhus", "en", {C}),
    # Hard negatives.
    ("neg-home-game", "min far slår mig altid i skak, han er alt for god", "da", set()),
    ("neg-home-sport", "My brother beat me 3-1 at table tennis yesterday", "en", set()),
    ("neg-home-never", "Min far har aldrig slået mig, han er verdens bedste", "da", set()),
    ("neg-home-joke", "min mor slår mig ihjel hvis jeg kommer for sent igen 😂", "da", set()),
    ("neg-home-campaign", "Hvis din far eller mor slår dig, kan du ringe til Børnetelefonen på 116 111", "da", set()),
    ("neg-home-news", "En 43-årig mand er idømt fængsel for at have slået sin nabo", "da", set()),
    ("neg-home-teaching", "I dansk læste vi en novelle om en dreng hvis far slår ham", "da", set()),
    ("neg-home-touch-base", "I'll touch base with your dad about the trip tomorrow", "en", set()),
    ("neg-home-hit-song", "My dad hit the jackpot in the Christmas quiz 🎉", "en", set()),
    ("neg-home-dog", "Vores hund rører ved alt med snuden", "da", set()),
    ("neg-home-touched-heart", "My mom was so touched by the kids' card", "en", set()),
    ("neg-unsafe-rain", "Vi tør ikke tage hjem i den regn, så vi bliver lidt endnu", "da", set()),
    ("neg-unsafe-scared-film", "I was so scared of the film I couldn't sleep lol", "en", set()),
    ("neg-sub-adults", "Forældrefest fredag: der er øl og vin til de voksne", "da", set()),
    ("neg-sub-teaching", "I 9. klasse har vi undervisning om alkohol, hash og gruppepres", "da", set()),
    ("neg-sub-drunk-on-sugar", "De 12-årige var helt høje af sukker efter slikbuffeten", "da", set()),
    ("neg-self-idiom", "I'm dying to see the new Spider-Man film", "en", set()),
    ("neg-self-campaign", "Har du tanker om selvmord? Ring til Livslinien på 70 201 201", "da", set()),
    ("neg-social-general", "Kommunen tilbyder kontaktpersoner til unge, der har brug for en voksen", "da", set()),
    ("neg-conf-public", "Emma på 15 siger om turen: det var det bedste jeg har prøvet", "da", set()),
    ("neg-conf-sms-info", "Husk at I får en sms fra os om tidspunktet for afgang", "da", set()),
    ("neg-conf-phone-org", "Ring til klubben og sig at I kommer, så vi kan bestille mad", "da", set()),
]


@pytest.mark.parametrize(("text", "lang", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round4_cases(text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected


# More fresh wording: indirect, slang, coordinated clauses, relayed messages, and hard negatives (idioms, games,
# particles, arrangements passed on, teaching).
MORE_CASES: list[tuple[str, set[str]]] = [
    ("my friend's dad hits her when he's drunk", {S, W}),
    ('hans mor slår ham med en sko når han ikke rydder op', {S, W}),
    ('min far slår min mor og jeg kan høre det hele fra mit værelse', {S, W}),
    ('Min far er fuld hver aften og råber og smider med ting', {S, W}),
    ('jeg sover hos min ven de fleste nætter fordi jeg ikke kan være derhjemme', {W}),
    ('hun har ikke spist i flere dage og siger hun er tyk', {H, W}),
    ('Han bliver kaldt værdiløs af sin far hver eneste dag', {S, W}),
    ('my dad says im worthless and locks me out of the house', {S, W}),
    ('my stepmom doesnt feed me if i get bad grades', {S, W}),
    ('min papfar låser mig inde på værelset hele weekenden', {S, W}),
    ('hendes mor har ikke været hjemme siden fredag og hun passer sine småsøskende alene', {S, W}),
    ('jeg har skåret mig igen i nat, ingen ved det', {H, W}),
    ('been sh free for 3 months but relapsed yesterday', {H, W}),
    ('min ven har sagt at han vil tage sit eget liv', {H, W}),
    ('she keeps saying she wants to die and gives her stuff away', {H, W}),
    ('min lillebror på 12 vaper og ryger hash med de store drenge', {W}),
    ("he's 15 and drinks vodka alone in his room every night", {W}),
    ('Vi fandt en 14-årig fra klubben dødfuld i parken i går aftes', {W}),
    ('Naboens dreng kommer tit i skole med blå mærker og siger han er faldet', {S, W}),
    ('Idas stedfar sender hende beskeder om natten og siger hun ikke må fortælle det', {S, W}),
    ('en voksen mand på snap vil mødes med min veninde og siger hun skal slette beskederne', {W}),
    ('min mors kæreste har voldtaget min søster', {S, W}),
    ('jeg bliver tæsket derhjemme hvis jeg får dårlige karakterer', {S, W}),
    ('he gets beat at home if he comes home late', {S, W}),
    ('Noahs far er blevet anholdt og sidder i varetægt', {S}),
    ('Emil er blevet anbragt på et opholdssted i Viborg', {S}),
    ('Frida kommer ikke til lejren, hendes familie har ikke penge', {S}),
    ('Olivers forældre er ved at blive skilt, så han bor skiftevis hos dem', {S}),
    ('Asger har fået en støttekontaktperson, han ses med om onsdagen', {S}),
    ('Kommunen har lavet en underretning om Maja', {S}),
    ("Jonas' mor ringede i går og fortalte at hans far er flyttet", {C}),
    ('Sofies far skrev til mig på messenger at de skal skilles', {C, S}),
    ("I got a message from Liam's mum asking us not to mention the divorce", {C, S}),
    ('Freja er sygemeldt med stress de næste to uger', {H}),
    ('Magnus har fået konstateret diabetes', {H}),
    ('Min far slår altid græsset om lørdagen', set()),
    ('min storebror slog mig i FIFA igen 😤', set()),
    ('Min mor slog op med sin kæreste', set()),
    ('my brother hit me up about the party', set()),
    ('Mine forældre drikker vin til maden om fredagen', set()),
    ('Hvis nogen slår dig derhjemme, så sig det til en voksen du stoler på', set()),
    ('Vi så en film om en pige hvis stedfar slår hende', set()),
    ('Temadag om vold i hjemmet for forældre', set()),
    ('I dag lærte 8.b om alkohol og stoffer og hvordan man siger nej', set()),
    ('My dad and I beat my uncle at darts 3-0', set()),
    ('det slår mig at ingen kom til mødet', set()),
    ('Min far gav mig en ny cykel i fødselsdagsgave', set()),
    ('min mor tog mig med i biografen', set()),
    ('jeg er død træt efter turen haha', set()),
    ('The kids were hitting the piñata at the party', set()),
    ('Jeg orker ikke mere regn nu, vi tager hjem', set()),
    ('Husk madpakke, vi er hjemme igen kl 16', set()),
    ('min ven skrev til mig at han kommer i morgen', set()),
    ('Fik en mail fra kommunen om nye åbningstider', set()),
    ("I got a text from Emma saying she's running late", set()),
    ('Lederen ringede og sagde at vi skal mødes kl 9', set()),
    ('Vi fik en sms fra Karls mor om at han er forsinket', set()),
    ('En af drengene i klubben fortalte mig at hans far slår ham', {C, S, W}),
    ('Han sagde han hellere vil dø end tage hjem i dag', {W}),
    ("I'd rather sleep on the street than go home tbh", {W}),
    ("my mum's boyfriend scares me, he gets really angry and hits her", {S, W}),
    ('Jeg tror min ven bliver mishandlet derhjemme', {S, W}),
    ('Hun har været udsat for overgreb af en fra sin fodboldklub', {W}),
    ('my friend is being groomed by some older guy online', {W}),
    ("He's 14 and has been selling weed to kids in 7th grade", {W}),
    ('i just want to sleep forever and never wake up', {H, W}),
    ('Min veninde har skrevet et afskedsbrev', {H, W}),
    ('idk how much longer i can keep going like this, everyone would be better off', {H, W}),
    ('Vi har en 15-årig der ryger joints hver dag før skole', {W}),
    ('Hans mor drikker hver dag og glemmer at købe ind', {S, W}),
    ('Der er tit politi hjemme hos hende fordi hendes forældre slås', {S, W}),
    ('Far har smidt mig ud og jeg sover hos en kammerat', {S, W}),
    ('min stedfar har låst mig ude i kulden hele natten', {S, W}),
    ('min storebror slår mig hver gang vi er alene hjemme', {S, W}),
    ('Mor kastede en kop efter mig i morges', {S, W}),
    ("his dad beat him so bad he couldn't come to school", {S, W}),
    ('dad punched a hole in the wall and then grabbed me by the neck', {S, W}),
    ('Louise har fortalt at hun har skåret i sig selv', {C, H, W}),
    ('Carls forældre er gået konkurs og skal flytte fra huset', {S}),
    ('Mikkel bor på et bosted for unge nu', {S}),
    ('Anna er blevet indlagt på psykiatrisk afdeling', {H}),
    ('Under forældresamtalen fortalte Mias far at han er blevet fyret', {C, S}),
    ('Jeg hader at tage hjem fra ferie 😭', set()),
    ('Min far slår rekorden i maratonløb hvert år', set()),
    ('Min mor banker på døren hver morgen kl 7 så jeg står op', set()),
    ('Kampen blev vundet - vi slog dem 4-2!', set()),
    ('min storebror skubbede mig ud af køen til isbilen lol', set()),
    ("I love when my dad beats me at chess, he's so smug", set()),
    ('Vi skal snakke om overgreb og grænser i 8. klasse på torsdag', set()),
    ('Dokumentar om børn der bliver mishandlet vises i aulaen', set()),
    ('Hans mor er lærer og han går i 7.b', set()),
    ('Mine forældre slås altid om fjernbetjeningen haha', set()),
    ('my parents fight about who does the dishes lol', set()),
    ('min far truer med at tage min telefon hvis jeg ikke rydder op', set()),
    ('Lad os alle støtte Børns Vilkår i deres kampagne mod vold i hjemmet', set()),
    ('Vi var så smadrede efter turen at vi faldt i søvn i bussen', set()),
    ('The film is about a girl whose stepdad hurts her', set()),
    ('my little brother keeps kicking me under the table at dinner 😂', set()),
    ('Mor tog mig i hånden da vi gik over vejen', set()),
    ('Hun rører ved alle de fine ting i butikken', set()),
    ('my dad hit the road at 6 this morning for the tournament', set()),
    ('my brother hit me with a pillow lol', set()),
    ('Mum threw a surprise party for me 🎉', set()),
    ('My dad calls me a genius every time I fix the wifi', set()),
    ('Min mor kalder mig skat selvom jeg er 15', set()),
    ('min bror gav mig tæsk i FIFA i går', set()),
    ('Far giver os bank i bordtennis hver søndag', set()),
    ('Træneren rører ved bolden før hvert straffespark', set()),
    ('Min far slog sig selv på hammeren', set()),
    ('min mor skubbede mig ud af døren så jeg ikke kom for sent', set()),
    ('My stepdad beat my time on the 5k haha', set()),
    ('Mine forældre er skilt, men begge kommer til afslutningen', {S}),
    ('I got a text from my mum saying dinner is ready', set()),
    ('Fik en sms fra Maja om at hun har glemt sin jakke i klubben', set()),
    ('Vi fik en mail fra Oles far med tilmeldingen', set()),
    ('Der var politi på besøg i klubben og fortalte om trafik', set()),
    ('Jeg har det svært med at sige farvel til 9. klasse', set()),
    ('Vi sulter efter sejre i denne sæson!', set()),
    ('Det var dræbende kedeligt i dag lol', set()),
    ('Emil kom fuld af energi til træning', set()),
    ('min far slår mig med bæltet når han er fuld', {S, W}),
    ('bro my dad be hitting me fr idk what to do', {S, W}),
    ("My mom's new bf slapped me across the face yesterday", {S, W}),
    ('jeg tør ikk tage hjem i aften, min far er helt gal', {W}),
    ('jeg har skåret i mig selv igen, ingen må vide det', {H, W}),
    ('i relapsed last night after 2 months clean', {H, W}),
    ('my friend keeps talking about ending it all', {H, W}),
    ('Min veninde sagde i går at hun har tænkt på at tage sit liv', {H, W}),
    ('vi var så fulde i fredags og jeg er kun 14', {W}),
    ("he's 13 and vapes and smokes weed every day", {W}),
    ('Hun siger at hendes far kommer ind på hendes værelse om natten', {S, W}),
    ('hendes onkel har voldtaget hende', {S, W}),
    ('Der er ingen mad hjemme og mor sover hele tiden', {S, W}),
    ("My parents lock me in my room without food when they're angry", {S, W}),
    ('Anton bor hos sin moster, fordi hans mor er indlagt', {H, S}),
    ("Mathias' far er blevet arbejdsløs og de skal sælge huset", {S}),
    ('Emmas familie er flygtet fra Syrien', {S}),
    ('Oscar har fået en sagsbehandler, og der er møde på skolen torsdag', {S}),
    ('Idas mor fortalte mig i fortrolighed at hun er ved at blive skilt', {C, S}),
    ("Fik en besked fra Jonas' far i går, han skriver at Jonas har det rigtig svært derhjemme", {C}),
    ('Sara har brækket foden og er på krykker', {H}),
    ('Lucas skal opereres i knæet i næste uge', {H}),
    ('Vi snakker om selvmord og sorg i 9. klasse i næste uge', set()),
    ('she keeps talking about wanting to die', {H, W}),
    ('Flere af 8. klasserne drikker sig stive hver fredag i parken', {W}),
    ('min søn på 15 kom hjem skæv i går og vi fandt hash på hans værelse', {W}),
    ("He's only 13 but he's been getting high with older kids after school", {W}),
    ("we found vodka in a 14 year old's bag at the club tonight", {W}),
    ('Vi har set en 12-årig ryge hash bag hallen flere gange', {W}),
    ('my best friend cuts herself and made me promise not to tell anyone', {H, W}),
    ('Min veninde har mærker på armene og siger hun har skåret sig', {H, W}),
    ('I keep thinking everyone would be better off without me', {H, W}),
    ('jeg vil bare ikke være her mere', {H, W}),
    ('Jeg hører min far råbe og smadre ting hver nat og jeg er bange', {S, W}),
    ('hans far har slået ham så han fik blåt øje', {S, W}),
    ('my dad strangled my mom last night and I called the police', {S, W}),
    ('Naboen har ringet til politiet flere gange fordi vi kan høre at han slår sine børn', {S, W}),
    ('en mand på 40 skriver til min datter på 13 og vil mødes med hende alene', {W}),
    ('Ellas far fortalte mig under afhentningen at han er blevet sygemeldt med stress', {C, H}),
    ('Karls mor skrev på Messenger at familien skal flytte til Odense', {C}),
    ('Noahs mor ringede i morges og fortalte at de har mistet deres hus', {C}),
    ('Emilie betroede mig at hun er forelsket i sin lærer', {C}),
    ('Oliver har fået konstateret ADHD og starter på medicin', {H}),
    ('Hjertelig tillykke til Maria der venter sit første barn!', {H}),
    ('Johan er blevet bortvist fra skolen i en uge', {S}),
    ('Line har 40 fraværsdage i år og kommunen er inde over', {S}),
    ('Nadia er muslim og spiser ikke svinekød', {S}),
    ('Kom til foredrag om vold i familien onsdag kl. 19', set()),
    ('Husk at tale med jeres børn om alkohol før sommerferien', set()),
    ('Vi spillede dødbold i idræt, og Jonas slog alle ud', set()),
    ('Ugens opskrift: slå æggene ud i skålen', set()),
    ('Jeg blev helt rørt over jeres flotte koncert', set()),
    ('Stop mobning! Alle har ret til at føle sig trygge', set()),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CASES, ids=[f"more-{i:03d}" for i in range(len(MORE_CASES))])
def test_more_fresh_wording(text: str, expected: set[str]) -> None:
    assert categories(text) == expected


def test_composed_act_spans_agent_to_target_and_keeps_the_rule() -> None:
    text = "I går aftes tævede hans far ham igen"
    hits = {(h.rule.id, text[h.start:h.end]) for h in CHECKER.hits(text)}
    assert ("welfare.home", "tævede hans far ham") in hits
    assert ("social.home", "tævede hans far ham") in hits


@pytest.mark.parametrize("text", [
    "min far slår mig ikke længere, det er slut",
    "my dad never hit me, he is the kindest",
    "min kæreste slog op med mig i går",
])
def test_negation_and_particles_undo_the_act(text: str) -> None:
    assert W not in categories(text)


# Round 7: social circumstances in fresh wording (religion or ethnicity stated, custody, police, placement, neglect),
# each beside a hard negative about the topic in general. Only personal.social is compared here.
SOCIAL_R7: list[tuple[str, str, bool]] = [
    ("r7-muslims-family", "Yasmin og hendes forældre er muslimer, så ingen svinekød til dem på turen", True),
    ("r7-jews-plural", "Benjamin og hans søskende er jøder og holder fri til jul", True),
    ("r7-nationality-adj", "Den syriske pige i 7.c, Rania, har ingen at være sammen med", True),
    ("r7-polish-boy", "Den polske dreng Tomasz kan ikke forstå opgaverne endnu", True),
    ("r7-skin-colour", "Ham den mørkhudede dreng Noel skal ikke stå på mål", True),
    ("r7-hijab", "Pigen med hijab, Leyla, vil gerne have sit eget omklædningsrum", True),
    ("r7-sent-home", "Mustafa burde sendes tilbage til Mellemøsten", True),
    ("r7-court-custody", "Freja er ikke med fredag, for hendes forældre skal i retten om samværet", True),
    ("r7-custody-en", "Lily misses Friday, her parents are in a custody battle", True),
    ("r7-police-questioned", "Aksel blev afhørt af politiet i går efter branden", True),
    ("r7-foster-son", "Vores plejesøn Milas kommer med på turen, hilsen Gitte", True),
    ("r7-evicted", "Jasmin og hendes familie er blevet sat ud af lejligheden", True),
    ("r7-lost-father", "Oscar mistede sin far i foråret, tag godt imod ham", True),
    ("r7-neglect-lunch", "Liam kommer tit uden madpakke og har beskidt tøj på hele ugen", True),
    ("r7-neglect-en", "Kai turns up without a coat or lunch, and no one is home when we drop him off", True),
    ("r7-neg-religion-week", "Religionsugen: eleverne fremlagde hinduisme, islam og jødedom for hinanden", False),
    ("r7-neg-language", "Nyt hold i arabisk og tyrkisk for begyndere starter i uge 40", False),
    ("r7-neg-scarf", "Husk hue, vanter og tørklæde til skituren", False),
    ("r7-neg-court-dish", "Retten i dag er lasagne, og den smager godt", False),
    ("r7-neg-lunch-trip", "Alle skal have madpakke med til turen, vi spiser i skoven", False),
    ("r7-neg-police-visit", "Politiet besøgte 8. årgang og fortalte om færdsel", False),
    ("r7-neg-lost-phone", "Hvem har fundet en sort telefon i hallen? Kontakt kontoret", False),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in SOCIAL_R7], ids=[i for i, _, _ in SOCIAL_R7])
def test_round7_social_circumstances(text: str, expected: bool) -> None:
    assert (S in categories(text)) is expected
