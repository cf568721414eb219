"""Round 30: kinds of threats and welfare signs that session 15's first measure showed missing (standard threats 37 and
welfare 36 of 42; focused threats 43 and welfare 45 of 70), and conduct, faith and address errors of the same sets, each
with the ordinary use of the same words beside it."""

from __future__ import annotations

import pytest

from tests.test_checks_r23 import CHECKER, _rule_categories

THREATS = [
    ("onsdag kl 10 går det løs i hallen på Fabriksvej. bliv hjemme hvis I gerne vil være sikre", True),
    ("Stay home on Friday if you want to be safe. Not joking.", True),
    ("Bliv hjemme hvis I er syge, så vi ikke smitter hinanden", False),
    ("Hvis I vil være sikre på en plads, så tilmeld jer i dag", False),
    ("Stay home if you want to be safe from the flu this winter, wash your hands", False),
    ("Stay home if you want to be safe, there is a fever going round: wash your hands", False),
    ("don't come to school monday if you like living. that's all im saying", True),
    ("If you like living in a small town, Randers is perfect", False),
    ("Kære forældre til 7.a: jeres børn skal holde sig væk fra skatehallen, ellers kan jeg ikke garantere for hvad der "
     "sker med dem.", True),
    ("Vi kan ikke garantere for vejret, så tag regntøj med", False),
    ("Keep deleting my posts, admin, and I can't guarantee your safety.", True),
    ("Jeg har læst om Columbine hele weekenden. Bare så I ved det, 8.b.", True),
    ("I samfundsfag har vi set en dokumentar om Columbine og talt om hvordan man forebygger vold", False),
    ("Bare så I ved det: der er krisepsykolog på skolen efter skoleskyderiet i nyhederne", False),
    ("The school gym would make a nice bonfire. All I need is a lighter and one more bad day.", True),
    ("pretty sure this building would burn really well. just saying. 🔥🔥", True),
    ("The old pallets would make a nice bonfire for sankthans, bring sausages", False),
    ("du har også selv børn Kim. tænk lige over hvor de leger henne", True),
    ("Du har jo selv børn, Kim, så tænk over hvor meget de får ud af en lejrskole", False),
    ("Det bliver sidste gang Kasper spiller bordtennis med de hænder", True),
    ("Sidste gang han spillede bordtennis med de hænder var han 8 år", False),
    ("Sidste gang jeg spillede med de handsker fik jeg vabler", False),
    ("Nogen burde lære pædagogerne i klubben en lektie de kan mærke i kroppen. Jeg melder mig frivilligt.", True),
    ("Dagens lektie i idræt kunne man virkelig mærke i kroppen bagefter 😅", False),
    ("Den der bliver ved med at filme mig i omklædningsrummet, mister mere end sin telefon. Lover jeg.", True),
    ("Han mister mere end sin sommerferie hvis han dumper eksamen", False),
    ("næste gang bussen holder ved klubben står jeg klar med en sten til chaufføren der smed mig af", True),
    ("Vi står klar med en kop kaffe til alle forældre ved indgangen", False),
]


WELFARE = [
    ("Jeg så at Alma havde snitsår på underarmen i omklædningsrummet, hun trak hurtigt ærmet ned", True),
    ("På førstehjælpskurset øvede vi at forbinde snitsår på underarmen", False),
    ("haha jeg har lavet så mange streger på armen at man kan spille kryds og bolle på den 😂😂", True),
    ("Vi tegnede streger på armen med tusch til holdfarverne 😂", False),
    ("Har ikke grædt i en måned. Har bare skåret. Mere effektivt haha", True),
    ("når jeg skærer føles det som om jeg kan trække vejret igen", True),
    ("Jeg skærer løg, du river ost, så har vi tacos klar kl 18", False),
    ("Guys, hvad er den mest smertefri måde? Spørger bare til en opgave 👀", True),
    ("Hvad er den mest smertefri måde at fjerne et plaster på?", False),
    ("I've written letters to everyone in my class. You'll get them after. Don't be sad.", True),
    ("I've written letters to everyone in my class about the trip, you'll get them on Monday", False),
    ("Til min mor hvis du læser dette: jeg ved godt du ikke vil have mig. Du skal ikke bekymre dig meget længere.",
     True),
    ("Mor, du skal ikke bekymre dig meget længere, jeg er rask nu og kommer hjem i morgen", False),
    ("det er ret vildt at der står små unger på 9-10 år udenfor klubben kl 23 om aftenen uden jakke og ingen henter "
     "dem. gider nogen voksne se på det", True),
    ("Der er en lille dreng på vel 4 år der går alene rundt på Hobrovej om aftenen i bare tæer. Har set ham tre gange "
     "nu.", True),
    ("Børnene løb rundt i bare tæer på stranden hele eftermiddagen, skøn dag ☀️", False),
    ("Jeg er 'fin' 🙂 (fin = har ikke spist andet end vand og tyggegummi i ugevis)", True),
    ("Tak for en god dag på madholdet! Det var første gang jeg fik varm mad siden søndag, så jeg tog tre portioner",
     True),
    ("Tak for maden! Første gang vi lavede lasagne siden sommerferien", False),
    ("Bare et spørgsmål: hvor længe kan man gå uden at spise før det kan ses ordentligt? Jeg er på dag fire 🙂", True),
    ("I biologi: hvor længe kan man gå uden at spise? Svaret er flere uger, men uden vand kun få dage", False),
    ("Min mor siger jeg skal sige til lærerne at jeg er faldet på cyklen. Jeg har ikke engang en cykel 😂", True),
    ("Min mor siger jeg skal sige til lærerne at jeg er syg i morgen, vi skal til tandlæge", False),
    ("lol min far sagde jeg skal være glad for at det kun var bæltet denne gang 😅", True),
    ("Not coming home tonight. I'll sleep on the bench by the club again, it's better than the yelling and the belt.",
     True),
    ("Er der nogen der har en sovepose jeg kan låne? Kan ikke sove hjemme et stykke tid, gider ikke forklare hvorfor",
     True),
    ("Kan ikke sove hjemme et stykke tid pga håndværkere, har nogen en sovepose jeg kan låne?", False),
    ("meme: 'når du er 14 og allerede skal have tre øl før skole for at kunne holde det ud' – ja det er mig 🍺🙃",
     True),
    ("Festen i går var vild, kan ikke huske noget efter kl. 21 og vågnede i en fremmed lejlighed. Er 14 btw, så det er "
     "mit tredje blackout i denne måned 🎉", True),
    ("#relatable: når du tager en ekstra pille af mors medicin bare for at få en pause fra hjernen 💊😴", True),
    ("Husk at give en pille af mors medicin til hunden kl 8, står på sedlen", False),
]


OTHERS = [
    # game talk and rematches are no threats
    ("Tekken! Jeg vil banke alle i Tekken 😎", "conduct.threat", False),
    ("Jeg vil banke alle i klassen efter skole", "conduct.threat", True),
    ("We'll get them next time", "conduct.threat", False),
    ("Molotov på banana og så holder vi", "conduct.threat", False),
    ("molotov cocktail på skolen i morgen", "conduct.threat", True),
    # "lorte" before a thing is swearing, before a person an insult
    ("fuck hvor er det en lorte dag, pis regn og pis bus der ikke kommer", "conduct.harassment", False),
    ("hvem fanden har lavet den her lorte-app til tilmelding", "conduct.harassment", False),
    ("hvem fanden har lavet den her lorte-app til tilmelding", "conduct.profanity", True),
    ("din lorte lærer skal bare holde kæft", "conduct.harassment", True),
    ("Jonas er en lort", "conduct.harassment", True),
    # the historical party is no name called; a slur for East Asians is one
    ("In history today we learned how the Nazis used propaganda to recruit young people.", "conduct.harassment", False),
    ("du er sådan en nazi", "conduct.harassment", True),
    ("ham den skævøjede Kenji kan ikke engang sige rødgrød, send ham hjem", "conduct.discrimination", True),
    # teaching about radicalisation; praise of a terror group's courage
    ("Radikaliseringsforløbet med SSP: Eleverne så klip om, hvordan Den Nordiske Modstandsbevægelse bruger TikTok.",
     "conduct.extremism", False),
    ("IS fighters were the only ones with real courage. glory to the martyrs", "conduct.extremism", True),
    ("The firefighters were the only ones with real courage that night", "conduct.extremism", False),
    # a list of faiths singles no one out; a person's faith does
    ("Great turnout at the multicultural dinner: Muslim, Christian, Jewish and non-religious families cooked together",
     "personal.social", False),
    ("Sara er jøde, så hun spiser ikke svinekød", "personal.social", True),
    # where someone stays: a host family, "lives with the ...", a floor and a door
    ("Want to send Giulia a package? Her host family is at Nørrebrogade 19, 8900 Randers", "personal.address", True),
    ("Kenji lives with the Sørensens now, Tronholmen 12 – drop by if you want to say hi", "personal.address", True),
    ("Airport run: pickup 6am at Tirsdalens Allé 14 (the Pedersens' house, where Amara stays)", "personal.address",
     True),
    ("Hvis Leon ikke kommer i morgen, kan I hente ham på Kristrupvej 88, 1. th", "personal.address", True),
    ("Kontoret ligger på Vestergade 5, 1. th", "personal.address", False),
]


THREATS_PART_TWO = [
    ("dear class 9B: remember the date 14 March. you'll all remember it after. 🙂", True),
    ("Remember the date: 14 March is our spring concert 🎶", False),
    ("Kommer min datter ikke med på Londonturen, skal I se hvad en far er i stand til. Jeg har ikke noget at miste.",
     True),
    ("Kom og se hvad eleverne er i stand til på forårskoncerten!", False),
    ("hehe tænk hvis nogen hældte noget i sodavandsmaskinen i klubben. bare en tanke 🤫☠️", True),
    ("Husk at hælde noget vand i saftevandet, den er alt for stærk", False),
    ("Dommeren i dag skal aldrig dømme igen, for jeg skal nok finde ud af hvor han sover om natten.", True),
    ("Jeg skal nok finde ud af hvor du bor, så jeg kan sende invitationen til festen", False),
    ("ingen sku savne 6.b hvis der skete et lille uheld med bussen på lejrturen. bare sig det 🙂🚌💥", True),
    ("Sidder på tanken overfor klubben lige nu og kan se dig gennem vinduet, Camilla. Vi snakkes når du går hjem.",
     True),
    ("Jeg kan se dig gennem vinduet, vink lige! 👋", False),
    ("lad os se hvor modig træneren er når hans dæk er skåret op og der står en flaske benzin på hans trappe", True),
    ("Jeg har tegnet et kort over skolen med alle udgange og hvor lærerne sidder. Det er ikke til brandøvelsen.", True),
    ("Vi har tegnet et kort over skolen med alle udgange til brandøvelsen på torsdag", False),
    ("En lille hilsen til årgangen: den dag I mindst venter det, går brandalarmen, og dørene er låst udefra.", True),
    ("I vandt på banen, men vi vinder på parkeringspladsen. Ses, Viborg-drengene 👊", True),
    ("lærerne på heltidsundervisningen får hvad de fortjener på sidste skoledag. sig ikke at i ikke blev advaret",
     True),
    ("de her ansigter 👇 skal ha en tur. husk ansigterne. vi tager dem på lørdag", True),
    ("Børnene skal ha en tur i karrusellen inden vi tager hjem", False),
    ("Keep deleting my comments and I'll come find the admin. Your profile pic gave away your street, genius.", True),
    ("Man kunne jo tilfældigvis komme til at skubbe nogen ned ad trappen til juleafslutningen. Det sker jo.", True),
    ("Skal vi ikke bare spærre Sebastian inde i boldrummet og se hvor længe han holder uden luft? Hvem er med 😂",
     True),
    ("I svømning så vi hvor længe han kan holde vejret under vandet", False),
    ("Jeg elsker når folk siger 'pas nu på dig selv' lige efter jeg har fortalt dem det", False),
]


WELFARE_PART_TWO = [
    ("Sjovt hvordan man kan få ondt i maven af at høre nøglen i døren. Klokken er 17, han er hjemme om lidt. 🙂", True),
    ("Fedt billede! Man kan ikke se mærkerne på min ryg, så mor bliver glad 😄", True),
    ("Dagens outfit: hættetrøje for at skjule det hele, solbriller for at skjule resten. Mors kæreste havde en dårlig "
     "aften 😎", True),
    ("Solbriller for at skjule tømmermændene efter festen 😂", False),
    ("Kort besked til forældrene i juniorklubben: Et af jeres børn betroede sig i går til en pædagog om ikke at have "
     "fået morgenmad eller frokost i flere uger. Vi har naturligvis handlet på det.", True),
    ("Funny how the only place I feel safe is the youth club. Home is... not that. Can you guys open Sundays pls 🙏",
     True),
    ("Øv jeg kan ikke komme med på skitur, der er ingen der har betalt, og vi har ikke haft strøm derhjemme siden "
     "oktober.", True),
    ("Vi har ikke haft strøm i hallen siden i morges, så træningen er aflyst", False),
    ("Tror ikke jeg dukker op til eksamen. Eller til noget andet. Har ligesom lavet en plan for søndag.", True),
    ("honestly I'm tired of being here, tired of being me. same thing every night", True),
    ("Jeg er træt af at være her på skolen om fredagen, kan vi ikke få fri kl 12?", False),
]


THREATS_PART_THREE = [
    ("ja vil slå dig ihjæl din lille rotte", True),
    ("Skyd hele skolebestyrelsen, de fortjener ikke bedre efter den beslutning om lejrturen", True),
    ("Skyd på mål, drenge! Vi mangler et kasse", False),
    ("I have my dad's hunting rifle and a list. Guess who's on it.", True),
    ("I have a list of who's bringing what to the party. Guess who's on cake duty", False),
    ("💣 på fredag kl 10 i aulaen. ikke mødt op = smart", True),
    ("Har lige købt en ny jagtkniv. Tænker jeg tager den med til mødet med viceinspektøren på torsdag 😉", True),
    ("Har købt en ny kniv til madkundskab, tager den med i timen", False),
    ("Sikke et flot holdbillede 👏 Synd at målmanden ikke kommer til at kunne stå på benene efter weekenden.", True),
    ("flot kage 🎂 ville være ærgerligt hvis Rasmus fik den i hovedet sammen med en mursten i morgen", True),
    ("Det ville være ærgerligt hvis det regner på lørdag", False),
    ("tag og hold mund med det der udtagelse, ellers ses vi efter træning og snakker med knytnæverne", True),
    ("If my kid doesn't make the team, coach, you and I are going to have a very physical conversation.", True),
    ("Der er nogen i 7.a der burde få en lille svømmetur i fjorden med sten i lommerne.", True),
    ("Vi skal på svømmetur i fjorden på fredag, husk håndklæde", False),
    ("bror er du klar over jeg har folk der kan komme forbi din mor", True),
    ("Husk at man kan se alle lærernes nummerplader på parkeringspladsen. Bare så I ved det, kære bestyrelse.", True),
    ("hvis jeg ikke kommer med på Pragturen så kommer ingen med. jeg ved godt hvordan man laver ting der siger bum.",
     True),
    ("Den nye pige fra 8.c skal lære at holde sin mund.", True),
    ("Min mand har sagt at han tager sig af træneren personligt hvis ikke Viktor spiller fra start.", True),
    ("Får min datter ikke plads på Berlin-turen, så får I brug for mere end en beredskabsplan.", True),
    ("Jeg har gemt alle skærmbilleder. Og jeg har også et baseballbat. Vælg selv hvad jeg bruger, Tobias.", True),
    ("Hvis ikke min søn får sit 12-tal tilbage i matematik, så ryger der nogle ruder på Vester Allé.", True),
]


WELFARE_PART_THREE = [
    ("Flot billede fra fodboldskolen! Ps er der en der kan låne mig en sovepose? sover i skuret bag huset til mor er "
     "ædru", True),
    ("Vi har en plejedreng på 13, og han har hele weekenden talt om hvordan man hænger sig. Vi er rådvilde.", True),
    ("Lad være med at hænge jer i detaljerne, bare skriv opgaven", False),
    ("Sælger mine skolebøger billigt. Har brug for penge til mere spice, jeg ryster når jeg ikke har noget", True),
    ("Øver mig i at holde vejret under vand så længe at det bliver sort. Det er det eneste der får tankerne til at "
     "stoppe", True),
    ("det er fint for jer. jeg fik 02 og nu venter bæltet. held og lykke til mig selv", True),
    ("Mine ar er ved at blive for mange til at skjule med armbånd. må købe flere", True),
    ("Skal lige have en joint inden 1. lektion så kan jeg holde det ud. hver dag nu, og jeg er 15", True),
    ("når jeg trykker hårdt nok med passeren mærker jeg ikke alt det andet", True),
    ("Påmindelse til pædagogerne: Lasse fra 7. (12 år) skal hentes af sin moster og IKKE af faren. Faren må ikke "
     "komme ind på matriklen efter episoden med kvælertaget i sidste uge.", True),
    ("Til forældrene til de to piger på 14 der blev fundet bevidstløse af alkohol bag hallen fredag: vi har "
     "underrettet kommunen.", True),
    ("been skipping meals for 2 weeks so i can fit the dress for prom, still too fat lol", True),
    ("vi har ikke haft strøm i en uge og lillebror græder hele tiden. jeg passer ham i stedet for at gå i skole", True),
    ("watch ur back on monday 🔪🩸 u know what u did", False),
]


WELFARE_STANDARD = [
    ("Er der andre der får beskeder fra ham den voksne 'talentspejder' der skriver til os piger om billeder? han siger "
     "vi ikke må sige det til nogen", True),
    ("Talentspejderen fra FC Randers kommer til træning på tirsdag", False),
    ("Vi ikke må sige det til nogen endnu, men vi skal have en ny træner! 🤫", False),
    ("hvorfor skal jeg overhovedet lave lektier. jeg er der jo alligevel ikke til sommer", True),
    ("Jeg er der alligevel ikke til sommer, vi skal til Spanien i ferien", False),
    ("Til den frivillige Birgitte: tak fordi du gav mig mad i går. vi har ikke haft noget i køleskabet siden søndag",
     True),
]


EVERYDAY = [
    ("Tæl mig med. Hvis jeg forsvinder, så led efter mig på gulvet i omklædningen", "welfare.concern", False),
    ("Hvis jeg forsvinder, er det ikke nogens skyld", "welfare.concern", True),
    ("Jeg fik kunstigt blod på min trøje, det gik af i vask 😅", "welfare.concern", False),
    ("Afstemning: hvilken gyser skal vi se næste gang? A) Scream B) It C) A Quiet Place", "conduct.threat", False),
]


@pytest.mark.parametrize(("text", "category", "expected"), EVERYDAY)
def test_everyday_jokes_fake_blood_and_film_polls(text: str, category: str, expected: bool) -> None:
    found = {hit.rule.category for hit in CHECKER.hits(text)}  # the models included: the poll was the threat model's
    assert (category in found) is expected


ROUND_31 = [
    ("Kære ledere. Jeg håber I har sagt ordentligt farvel til jeres familier, for det her kommer I til at fortryde.",
     "conduct.threat", True),
    ("Husk at sige farvel til jeres familier på perronen, toget kører kl 8", "conduct.threat", False),
    ("Husk at låse døren i nat Simon 🙂 man ved aldrig hvem der kommer forbi", "conduct.threat", True),
    ("that camp is gonna go up in flames this weekend, just wait 🔥🔥", "conduct.threat", True),
    ("this school is gonna be on the news next week. remember i said it", "conduct.threat", True),
    ("Our school is on the news tonight for the robotics prize!", "conduct.threat", False),
    ("Sankthans: bålet ved lejren brænder i weekenden, kom og få pølser", "conduct.threat", False),
    ("tak for turen. det er den eneste weekend i år hvor ingen har slået mig 💚", "welfare.concern", True),
    ("Viktor på 12 var vist helt skæv i bussen i dag, han siger selv han har røget med de store drenge",
     "welfare.concern", True),
    ("mor ligger bare i sengen hele tiden og min lillebror og jeg laver selv mad. kan vi få madpakke med hjem?",
     "welfare.concern", True),
    ("min storebror giver mig øl og smøger med på lejrturen hvis jeg holder kæft om det han laver",
     "welfare.concern", True),
    ("hvorfor skal jeg blive ved med at vågne op", "welfare.concern", True),
    ("i keep the blades in my pencil case so my mum doesnt find them", "welfare.concern", True),
    ("Drengen fra nr. 14 står tit udenfor i t-shirt sent om aftenen og banker på hos os og spørger efter mad.",
     "welfare.concern", True),
    ("Vores nye folder om selvmordstanker hos unge ligger i receptionen. Den er skrevet til både unge og forældre.",
     "welfare.concern", False),
    ("Hvis Magnus rører min kniv igen så får han den at mærke. Seriøst.", "welfare.concern", False),
    ("Here are my son's details for the trip: Noah, civil reg no 0904091735. He's allergic to nothing :)",
     "personal.cpr", True),
    ("Here are my son's details for the trip: Noah, civil reg no 0904091735. He's allergic to nothing :)",
     "personal.health", False),
    ("Emma is allergic to nuts, so no peanut butter please", "personal.health", True),
]


@pytest.mark.parametrize(("text", "threat"), THREATS + THREATS_PART_TWO + THREATS_PART_THREE)
def test_threats_of_round_30(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


@pytest.mark.parametrize(("text", "concern"), WELFARE + WELFARE_PART_TWO + WELFARE_PART_THREE + WELFARE_STANDARD)
def test_welfare_signs_of_round_30(text: str, concern: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is concern


@pytest.mark.parametrize(("text", "category", "expected"), OTHERS + ROUND_31)
def test_other_categories_of_rounds_30_and_31(text: str, category: str, expected: bool) -> None:
    assert (category in _rule_categories(text)) is expected
