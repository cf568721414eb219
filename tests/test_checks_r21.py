"""Round 21: an injury promised to someone, as a cue family of the veiled threats (``hurt`` in
``conduct_threat_veiled``). Found among the threats of three focused sets scored once before (focusseven-focusnine):
leaving on a stretcher, coming home in an ambulance, a broken jaw to talk with, teeth lost or picked up from the
pavement, crutches to practise with, "skal have knust sit knæ". Each kind is tested with variants of our own beside
hard negatives: injuries told as news, first aid, advice about protective gear, the tooth fairy. All people are
invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories


@pytest.mark.parametrize(("text", "threat"), [
    # leaving or coming home hurt, after a condition or a future
    ("Hold dig væk fra min lillesøster, ellers kommer du hjem i en ambulance", True),
    ("Sig til din bror at han skal passe på, ellers går han hjem med en brækket næse", True),
    ("Next time that ref gives us nothing he's leaving on a stretcher", True),
    ("Hvis Sara dukker op til festen kan hun regne med at hun går hjem med blå øjne", True),
    ("Jonas kommer hjem med ambulancen i morgen, han har det meget bedre nu", False),
    ("Han går hjem med en brækket arm i gips og et stort smil efter skituren", False),
    ("He left the pitch on a stretcher last week, get well soon mate", False),
    ("Efter paintball går alle hjem med blå mærker og et stort smil", False),
    ("Tag benskinner på til træning, ellers går du hjem med et brækket ben", False),
    # an injury to live with
    ("Keep smiling, Victor. It'll be harder without teeth after Friday.", True),
    ("du kan godt begynde at sige farvel til dine fortænder hvis du skriver til hende igen", True),
    ("Du kan godt begynde at øve dig i at gå med krykker, Malte", True),
    ("let's see how loud you talk with a broken jaw", True),
    ("Lille Ida på 7 måneder er stadig uden tænder endnu 😍", False),
    ("Så er det farvel til dine fortænder i mælketandsalderen, tandfeen kommer i nat!", False),
    ("Ida øver sig i at gå med krykker efter operationen", False),
    ("Start practising your lines for the play, we rehearse on Monday", False),
    ("Emil spillede kampen færdig med en brækket finger, sikke en kriger!", False),
    # teeth and stitches
    ("Rør min kæreste igen, så samler du dine tænder op fra asfalten", True),
    ("They'll be picking your teeth out of the pavement if you try that again", True),
    ("How many stitches in that ugly face of yours before you get the message?", True),
    ("Min lillebror taber sine tænder og samler dem i en æske til tandfeen", False),
    ("Emil fik sting i hovedet efter han faldt på isen, god bedring!", False),
    # an injury someone should get, or will need help for
    ("ham nr 9 fra Viborg skal have knust sit knæ i returkampen 😈", True),
    ("Den dommer skal have sine ben brækket, nogen må gøre det", True),
    ("Du får brug for en ambulance, når jeg er færdig med dig", True),

    ("I'll need a dentist appointment next week, anyone know a good one?", False),
    ("Sofie skal have fjernet sine mandler i næste uge", False),
    # beating someone, said as what must happen or asking for help with it
    ("Han skal bankes. I dag.", True),
    ("Hvem vil hjælpe med at banke Kasper efter træning?", True),
    ("Hvem vil hjælpe med at banke tæpperne i klubhuset?", False),
    # a demand, then what will be made public
    ("sletter du ikke det billede inden i aften, så poster jeg det hvor du er fuld", True),
    ("ét ord mere fra dig og hele 8.a ser dem 📸", True),
    ("one more comment about me and i'm leaking your whole chat with Oscar", True),
    ("Say sorry in the group chat or that video of you goes on every story in year 8", True),
    ("jeg har screenshots af alt du skrev, og de kommer ud i aften hvis du ikke sletter dit opslag", True),
    ("alle i klassen skal nok få at vide hvad din mor laver, hvis du ikke holder mund", True),
    # demands and photos that are no threat
    ("Hvis I ikke vil have jeres barn på billederne, så giv besked, ellers lægger vi dem op på Facebook.", False),
    ("Hvis du ikke har sendt billederne inden fredag, poster jeg dem selv.", False),
    ("Hvis du ikke kan komme, deler jeg billederne i gruppen bagefter.", False),
    ("Hvis du ikke sletter din gamle profil, kan alle stadig se dine billeder – tjek dine indstillinger!", False),
    ("One more story from the trip: I'm posting the videos from the canoe race tonight!", False),
    ("Unless you delete your account, everyone will still see your old photos. Check your privacy settings.", False),
    ("Husk at sige undskyld til din lillebror – og så lægger jeg billedet af jer op i familiegruppen 😂", False),
    ("Ét ord mere om stemmeretten, så får hele klassen lektier for 😅", False),
    # more injuries promised
    ("Hvis den træner råber ad min søn igen, så er han en død mand", True),
    ("Sig til din bror at han skal holde sig væk, ellers kommer han hjem i stykker", True),
    ("Hvis hun sladrer igen, får hun syre i hovedet", True),
    ("hvis du kommer til festen bliver du smidt ud af vinduet, 4. sal btw", True),
    ("touch my girl again and I'll put you through the lockers", True),
    ("Skal jeg komme hjem til dig og forklare det med knytnæverne, Oskar?", True),
    ("dit ansigt bliver omarrangeret på mandag", True),
    ("Pas på. Det er ikke sikkert du når at fylde 15.", True),
    ("Er det ikke på tide at nogen lukker munden på Valdemar for altid?", True),
    ("næste gang river jeg halvdelen af dit hår af", True),
    ("skal jeg hjælpe dig med at falde ned ad trappen igen?", True),
    ("Hvis vi ikke får fat i ham snart, så er han en død mand i spillet haha", False),
    ("Vasen kom hjem i stykker fra flyttebilen, øv!", False),
    ("Husk at hælde syre i reagensglasset langsomt i kemi, og brug briller!", False),
    ("He put his fist through the wall when he was 14, now he is a carpenter.", False),
    ("Vi har omarrangeret klasselokalet, så alle kan se tavlen.", False),
    ("Det er ikke sikkert du når at fylde 16 inden turen, men du kan godt komme med alligevel.", False),
    ("Emma lukker munden på alle med sin solo, for altid legendarisk!", False),
    ("Frisøren river ikke i dit hår, hun er super blid 💇", False),
    ("Kan du hjælpe hende med at falde i søvn? Hun er så træt efter lejren.", False),
    # menace: being alone with them, no escape
    ("På lejrturen får du besøg i nat. Sov med et øje åbent.", True),
    ("Nobody's going to hear you scream in the changing rooms tonight, Ida.", True),
    ("Vent bare til vi mødes uden voksne omkring, din rotte.", True),
    ("you'll be getting a proper welcome on the bridge after school. Don't bother running.", True),
    ("we'll be waiting by the skate park. bring whoever you want, won't help", True),
    ("Sov med et øje åbent på lejren, lederne vækker jer med vandpistoler 😂", False),
    ("Nobody will hear you scream on the roller coaster, it's that loud!", False),
    ("Vent bare til du ser den nye hal uden stilladser, den er flot!", False),
    ("Don't bother running for the bus, the next one comes in five minutes.", False),
    ("Bring whoever you want to the party, the more the merrier!", False),
    ("Du behøver ikke at løbe, vi venter på dig ved bussen.", False),
])
def test_round21_threat_kinds(text: str, threat: bool) -> None:
    assert ("conduct.threat" in found_categories(text)) is threat


@pytest.mark.parametrize(("text", "welfare"), [
    # starving oneself in numbers and days, purging
    ("er på 500 kalorier om dagen nu, målet er mindre før lejren", True),
    ("ate 250 calories today and I still feel huge", True),
    ("har ikk spist andet end kaffe i 3 dage", True),
    ("skipped dinner again, 5 days now", True),
    ("hvis jeg ikke kommer under 48 kg inden jul så stopper jeg med at spise helt", True),
    ("thigh gap is nearly there 🦋", True),
    ("jeg kaster op efter hvert måltid og ingen ved det", True),
    ("En portion pasta indeholder 450 kalorier, husk madpakken.", False),
    ("Drenge i vækst skal have 2500 kalorier om dagen.", False),
    ("Vi har ikke spist pizza i 3 dage på lejren 😂", False),
    ("Vi springer frokosten over igen i dag pga. udflugten.", False),
    ("Holdet skal ned på 75 kg inden stævnet.", False),
    ("Thigh gap er et usundt ideal – tal med jeres børn om kropsidealer.", False),
    # the means counted, the way asked, not being there, letters
    ("hver aften tæller jeg pillerne i skabet. i aften er der nok", True),
    ("i aften tager jeg alle pillerne. farvel", True),
    ("hvor mange sovepiller skal man tage før man dør?", True),
    ("what's the most painless way to die", True),
    ("not planning on being around by then tbh", True),
    ("hvis jeg forsvandt i morgen ville ingen i klassen savne mig", True),
    ("det ville være lettere bare at forsvinde", True),
    ("jeg har skrevet breve til jer alle. i tilfælde af. ❤", True),
    ("Husk at tage alle pillerne med på lejren.", False),
    ("I'm not planning on being here by then, we move to Aarhus in May.", False),
    ("Jeg har skrevet breve til alle forældrene om turen, I finder dem i postkassen.", False),
    ("Every night I count the sheep, tonight there's enough to fall asleep 😴", False),
    # cuts hidden or deepened
    ("I wear hoodies in July for a reason. Don't ask.", True),
    ("how do I hide my cuts from the swimming teacher", True),
    ("jeg skal bare skære mig dybere næste gang", True),
    ("Du skal skære dybere i brættet med kniven, ellers passer stykkerne ikke.", False),
    # a minor's drinking, sniffing, buying pills
    ("one of our 15-year-olds arrived drunk at practice again", True),
    ("Vores søn på 13 er begyndt at sniffe lightergas", True),
    ("Some 9th graders are buying weed off a guy at the station", True),
    ("15 and I need a shot before school to get through the day", True),
    ("en af drengene fra 8.b var så beruset at vi ringede 112", True),
    ("Læreren Søren Dahl kommer fuld på arbejde og kører eleverne hjem", False),
    ("Vi køber plaster fra apoteket til førstehjælpskassen i klubben.", False),
    ("The police found a drunk driver near the school yesterday.", False),
    # an adult approaching a child
    ("A man in his 30s keeps messaging my 12-year-old son pretending to be a boy from his class", True),
    ("Min datter på 14 får gaver af en ældre mand fra fitness og vil ikke sige hvorfor", True),
    ("En 'modelagent' vil have undertøjsbilleder af min datter på 13", True),
    ("En ældre mand fandt Emmas cykel og gav os den tilbage. Tak!", False),
    ("Vi bor på hotel i Berlin, og lærerne henter jer kl. 8.", False),
])
def test_round21_welfare_kinds(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in found_categories(text)) is welfare


@pytest.mark.parametrize(("text", "category", "expected"), [
    # a home address with its cue inside a word or after it
    ("Sebastian kan hentes derhjemme, Lærkevænget 21 i Spentrup, efter kl. 16", "personal.address", True),
    ("send diplomet til min privatadresse: Nørregade 31, st. th., 8900 Randers C", "personal.address", True),
    ("Min datter skal hentes på Østergade 18, 1. sal, det er vores nye adresse", "personal.address", True),
    ("Tak til familien Iversen på Skovbakken 21 for lån af haven!", "personal.address", True),
    ("Familien Hansen fra klubben mødes på Stadionvej 12 kl 10", "personal.address", False),
    # insults in compounds
    ("du er en kæmpeidiot, Sofie", "conduct.harassment", True),
    ("forældrene i 7.b er nogle curlingidioter", "conduct.harassment", True),
    ("sådan en åndsbolle som Peter skal ikke være træner", "conduct.harassment", True),
    # taking it "the hard way"
    ("hvis pengene ikke er tilbage på mandag, henter vi dem hjemme hos dig på den hårde måde", "conduct.threat",
     True),
    ("Vi lærte det på den hårde måde, men nu kan holdet det 💪", "conduct.threat", False),
    # an attack called deserved, a hate group that "would have cleaned up"
    ("what happened in Christchurch was deserved", "conduct.extremism", True),
    ("Combat 18 ville have ryddet op i den her klub for længst", "conduct.extremism", True),
    ("I historie talte vi om Utøya og om hvorfor ingen havde fortjent det.", "conduct.extremism", False),
    # a minor to be married off, left alone, a parent who gets rough; thirteen-year-olds drinking every weekend
    ("Zainab på 15 er blevet sendt til udlandet og skal giftes", "welfare.concern", True),
    ("her parents leave her alone for weeks at a time", "welfare.concern", True),
    ("he says his stepdad 'gets rough' when he drinks", "welfare.concern", True),
    ("Some 13 year olds had vodka in their bags and they drink every weekend", "welfare.concern", True),
    ("Min storesøster skal giftes til sommer 💍", "welfare.concern", False),
    ("We drink every weekend at the book club, lovely wine 🍷", "welfare.concern", False),
    # a burnt car is no self-harm
    ("jeg brænder hans bil af", "welfare.concern", False),
    # the writer who dropped "jeg"; lunch skipped on a busy day is no sign
    ("har haft hjernerystelse i 3 uger nu og må stadig ikke træne 🤕", "personal.health", True),
    ("Har terrorangrebene med muslimer stoppet?", "personal.social", False),
    ("har ikke spist siden morgenmad fordi vi havde så travlt med scenen 😅 nu pizza!", "personal.health", False),
    ("Mikkel fik fjernet blindtarmen i går, god bedring!", "personal.health", True),
    ("Vi lærte om blindtarmen i biologi", "personal.health", False),
    # laughter after "jeg kan ikke mere", a cut that did not happen, a trophy to be won
    ("jeg kan ikke mere, det var for sjovt 😂", "welfare.concern", False),
    ("jeg kan ikke mere. alt er sort", "welfare.concern", True),
    ("a skar mig ikke en eneste gang i snitteværkstedet, skal det fejres?", "welfare.concern", False),
    ("jeg skar mig igen i nat", "welfare.concern", True),
    ("I'm coming for that first place trophy next year, Isak 🏆", "conduct.threat", False),
])
def test_round21_other_kinds(text: str, category: str, expected: bool) -> None:
    assert (category in found_categories(text)) is expected


@pytest.mark.parametrize(("text", "threat"), [
    # everyday twins: a lift from where you live, a role revealed, a match half, a boast with a ball, a rematch
    ("a ved godt hvor du bor, jeg henter dig kl 18 så vi kan køre sammen", False),
    ("a ved godt hvor du bor 😈 vi ses", True),
    ("i skal bare vente og se hvem der har fået hovedrollen 🎭", False),
    ("vi dræber dem i andet halvleg, bare se", False),
    ("jeg er ustoppelig i dag, pas på jer selv 😎🏀", False),
    ("pas på jer selv, vi kommer efter jer 😈", True),
    ("gg, I'll get you next round 😤", False),
    ("I'll get you, you little snitch 😈", True),
    # everyday twins of everyday ten and eleven: lifts after "kl.", meeting to talk, things returned, sport
    ("Jeg ved godt hvor I bor 😊 jeg kører forbi kl. 7.15 og samler Noah op på vejen til stævnet.", False),
    ("I'll find you at lunch, need to tell you about the trip", False),
    ("we'll find you after the game, stay near the stands", False),
    ("jeg kommer efter dig i frikvarteret, du har min lineal", False),
    ("a ved hvor i bor, a sætter kagefadet ved døren når a kommer forbi 🍰", False),
    ("I er færdige på lørdag, vi har fået ny angriber 😏", False),
    ("vi smadrer jer på lørdag ⚽", False),
    ("I'll find you after school, you know what you did 😈", True),
])
def test_round21_threat_twins(text: str, threat: bool) -> None:
    assert ("conduct.threat" in found_categories(text)) is threat


def test_an_ambulance_course_is_no_threat_to_the_rules() -> None:
    # the threat model moves across its threshold on this one from retrain to retrain; the rules must stay clean
    text = "Du får brug for en ambulance-uddannelse, hvis du vil være paramediciner"
    assert "conduct.threat" not in found_categories(text, rules_only=True)
