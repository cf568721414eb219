"""Round 20 (ta) threat kinds found in the focus sets, each tested with variants of our own wording beside hard
negatives that must stay quiet: teeth that will fly, a beating "when I see you", never seeing daylight, waiting at a
car with a grudge or with a bat, a relative's school or walk home known, sleeping with one eye open, a lesson in
keeping quiet, leaving on crutches or carried out, skulls cracked and hair ripped out, eating through a straw,
"when I find you you're done", a whole class coming, never having been born, a face plus a fist, a name on a list,
pay or be found, mock pity about one's bike, what happens to snitches, no teachers around next time, a flammable
car, a relative told to be careful, cutting those who deserve it, something brought so no one bullies again, a
shooting announced at a party, a deadline with one's fate out of hand, gear to bring because it will be needed,
lying on the grass when we are done with you, a lift in the boot, "come down or we come up", arson of a clubhouse,
a dialect punch, "ensure he can't walk again", not alive by a holiday. All people are invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

THREAT = frozenset({"conduct.threat"})

CASES = [
    # teeth that will fly or sit loose
    ("hvis du dukker op til koncerten i aften så ryger der et par tænder", True),
    ("Oliver, dine tænder sidder lidt for løst til at du kan snakke sådan", True),
    ("min lillebror har løse tænder, to mælketænder ryger snart", False),
    ("Tandlægen siger at hans tænder sidder fint, ingen huller", False),
    # the worst beating when seen
    ("du får den største omgang når jeg ser dig i morgen", True),
    ("hun får en ny omgang kemo når lægerne ser hende i morgen", False),
    ("du får den første omgang pizza når vi ser dig kl 18", False),
    ("Holdet får en omgang is når vi ser dem efter kampen", False),
    # never seeing daylight
    ("næste gang ser han ikke dagens lys, det lover jeg", True),
    ("ellers ser du aldrig dagens lys igen, det sværger jeg", True),
    ("det projekt ser nok aldrig dagens lys", False),
    ("hvis du gamer hele ferien ser du ikke dagens lys", False),
    # waiting at a place with a grudge
    ("træneren skal få sin straf. vi venter på ham ved cykelskuret", True),
    ("Hvis han sladrer igen venter vi på ham ude ved hallen, så kan han lære at holde sin kæft", True),
    ("vi venter på ham ved p-pladsen så vi kan køre samlet til stævnet", False),
    ("vi venter ved bussen efter sidste time, husk madpakke", False),
    # waiting with a bat
    ("I'll be waiting by the bike racks with a bat for whoever took my phone", True),
    ("når hun går ud fra frisøren på fredag står jeg der med en jernstang", True),
    ("we're waiting outside the gym with a bat and ball for rounders practice, softball team meets at 4", False),
    ("vi står klar med et baseballbat til rundbold i frikvarteret", False),
    # a relative's whereabouts found out
    ("har fundet ud af hvor din storebror arbejder btw", True),
    ("everybody knows where ur girlfriend lives now 😈", True),
    ("har fundet ud af hvilken skole din lillesøster går på, så jeg sender invitationen dertil", False),
    ("Vi har fundet ud af hvilken skole der vinder i år", False),
    # a check at one's door
    ("check your car tonight 🔥", True),
    ("tjek din postkasse i morgen 😈", True),
    ("check your email tonight for the schedule", False),
    ("husk at tjekke din cykel i morgen inden turen", False),
    # a relative's walk home alone, with a tag question
    ("your little sister walks home alone doesn't she", True),
    ("din lillebror går hjem alene ik?", True),
    ("din lillebror går hjem alene ik? han kan gå med os så han ikke er alene", False),
    ("Does your little brother walk home alone? Mine does too", False),
    # sleeping warnings
    ("du skal ikke sove for roligt fra nu af", True),
    ("han burde sove med et øje åbent", True),
    ("Du skal sove godt i nat før eksamen", False),
    ("delfiner sover med et øje åbent, lærte vi i biologi", False),
    # a lesson in keeping quiet on a condition
    ("siger du noget, så skal vi nok lære dig at holde kæft", True),
    ("kom i skole mandag, ellers ska jeg sgu lære dig at holde munden lukket", True),
    ("Til drama lærer vi at holde pauser", False),
    ("vi skal nok lære jer at spille guitar", False),
    # felt, and not only on the pitch
    ("møder du op på lørdag? så får du det at mærke og ikke kun i kampen", True),
    ("dukker du op, ellers får du det at mærke og ikke bare på banen", True),
    ("løb ti km, så får du det at mærke i lårene", False),
    ("kom til kampen på lørdag, så får du det at mærke i lårene 💪", False),
    # crutches, carried out
    ("Hvis Emil kommer til festen på lørdag, går han hjem på krykker", True),
    ("Viser du dig igen, så slæber vi dig ud", True),
    ("Emil gik derfra på krykker efter kampen, god bedring!", False),
    ("Hvis du vinder, bærer vi dig på skuldrene", False),
    # skulls, hair, windows, daylights
    ("i'll knock your teeth out if you touch my bike", True),
    ("she's getting her hair pulled out if she tries that again", True),
    ("she's pulling her hair out over this maths homework", False),
    ("I'll put you through to the head of year", False),
    ("gonna throw him through the window if he says that again", True),
    ("we beat the living daylights out of the drums at band practice", False),
    # Danish hair
    ("næste gang river vi håret af hende", True),
    ("jeg river håret af mig selv over den her opgave", False),
    # eating through a straw
    ("if he says that again he'll be eating through a straw", True),
    ("hvis du gør det igen kommer du til at spise gennem et sugerør", True),
    ("after the jaw operation you'll be eating through a straw for a week", False),
    ("Vi drikker smoothies gennem sugerør af papir", False),
    # found and done
    ("once we catch him he's finished", True),
    ("når vi finder ham så er han død", True),
    ("when i find you you're done with hide and seek", False),
    ("når jeg finder dig i menuen er du færdig med tilmeldingen", False),
    # a group coming for someone
    ("the whole class is coming for you tomorrow", True),
    ("hele 8.b kommer efter dig i frikvarteret", True),
    ("the whole class is coming to your birthday", False),
    ("hele klassen kommer til festen", False),
    # never born
    ("you'll wish you were never born", True),
    ("så vil han ønske at han aldrig var født", True),
    ("Jesus blev født i Betlehem", False),
    ("I wish I was born in the 80s", False),
    # a face plus a fist
    ("hans fjæs + min fod = mandag", True),
    ("your face + my fist. think about it", True),
    ("din kage + min opskrift = vinder", False),
    ("ansigt + krop = tegneøvelse", False),
    # a name on a list
    ("your name is on my list now. you know what that means", True),
    ("hans navn er på vores liste. du ved hvad det betyder", True),
    ("dit navn er på listen til turen", False),
    ("your name is on the list for the trip", False),
    # pay or be found
    ("hvis hun ikke betaler de 300 inden mandag så finder vi hende", True),
    ("if you don't pay by friday we'll find you", True),
    ("hvis han ikke betaler for turen inden fredag giver vi pladsen videre", False),
    ("if you don't pay by friday we'll give the ticket to someone else", False),
    # mock pity
    ("Shame if someone scratched your car. Just saying 🙂", True),
    ("Flot knallert du har. Det ville da være synd hvis den brændte", True),
    ("It would be a shame if something happened to your grades, so study!", False),
    ("Det ville være synd hvis din cykel blev stjålet, så husk lås", False),
    # snitches
    ("Det sker for dem der sladrer 🙂", True),
    ("ingen snitcher om festen. dem der gør, bliver de næste", True),
    ("Det sker for folk der træner hver dag", False),
    ("ingen sladrer om overraskelsen, dem der gør, skal købe kage", False),
    # no teachers next time
    ("du var heldig der var voksne omkring i dag. næste gang er der ikke", True),
    ("let's see how tough you are when no one's around", True),
    ("we were lucky there were teachers around when Tim fell", False),
    ("we'll see how brave you are at the climbing wall!", False),
    # flammable, locked doors
    ("din bil ser meget brændbar ud 🔥", True),
    ("Tell your mum she should lock the doors at night. We haven't forgotten what she did", True),
    ("den gamle sofa ser brandbar ud", False),
    ("Sig til din far at han skal låse døren når han går", False),
    # a relative told to be careful
    ("Din far skal passe på når han tager bussen. Bare siger det", True),
    ("din lillesøster må passe på. det er alt jeg siger", True),
    ("din mor skal passe på når hun kører hjem i sneen", False),
    ("din bror skal passe på sin ryg når han løfter", False),
    # cutting those who deserve it
    ("vi skærer lidt i ham der har fortjent det", True),
    ("a stikker bare i dem som fortjener det", True),
    ("jeg skærer bare lidt i dem, tomaterne, så de bliver sprøde", False),
    ("vi skærer i budgettet", False),
    # something brought so no one bullies again
    ("i morgen tager jeg noget med som gør at ingen griner af mig igen", True),
    ("i'm bringing something that will make sure nobody bullies me again", True),
    ("jeg tager noget med der gør at ingen keder sig på turen 🎲", False),
    ("bring something that makes sure nobody goes hungry", False),
    # guns and "see how it feels"
    ("🔫 de skal mærke hvordan det føles", True),
    ("🔪 i madkundskab skal I se hvordan det føles at skære løg", False),
    ("🔫 Nerf-krig fredag, I skal se hvordan det føles at vinde med nerf", False),
    ("vi skal se hvordan det føles at stå på scenen", False),
    # a shooting announced
    ("en elev truer med at skyde løs på skolen", True),
    ("nogen skriver de vil skyde løs ved sommerfesten", True),
    ("fotografen vil skyde løs ved fredagsfesten, så smil 📸", False),
    ("skyd bare løs med spørgsmål", False),
    # taken after school
    ("hun bliver taget efter skole, skriver de", True),
    ("de har skrevet at du 'bliver taget' efter klubben", True),
    ("Holdbilledet bliver taget efter træning", False),
    ("billederne bliver taget efter skoletid", False),
    # violence pledged
    ("giv mig min plads tilbage, ellers bliver det med vold", True),
    ("giv os pengene tilbage ellers tager vi dem og så bliver det med magt", True),
    ("film om krigen, det bliver med vold og blod, 15 år", False),
    ("ellers bliver det med pizza i stedet", False),
    # a deadline
    ("I har 48 timer. Så er det ikke mig der bestemmer hvad der sker med jer", True),
    ("You have 2 days. After that I don't decide what happens to you", True),
    ("Du har 24 timer til at aflevere, ellers sker der noget med din karakter", False),
    ("I har to dage til projektet", False),
    # known who one is, a visit
    ("vi ved præcis hvem du er. vi kommer forbi en af dagene", True),
    ("we know exactly who you are, and we're coming for you", True),
    ("alle ved hvem du er, Emma, du er jo stjernen", False),
    ("vi ved godt hvem du er, kom forbi kontoret og hent din præmie", False),
    # shame about what is going to happen
    ("Pity about what's gonna happen to your car tonight", True),
    ("synd med det der skal ske med din cykel i nat", True),
    ("Wondering what's going to happen to your project now?", False),
    ("Spændende hvad der skal ske med det gamle klubhus", False),
    # route home
    ("tag en anden vej hjem fra nu af 🙂", True),
    ("you should find another way home from now on", True),
    ("Tag en anden vej hjem fra nu af, Vestergade er spærret pga vejarbejde", False),
    ("we took another way home today because of the rain", False),
    # not walking alone after what was said
    ("don't walk home alone after what you said about my sister", True),
    ("lad være med at cykle hjem alene efter det du skrev", True),
    ("lad være med at gå alene hjem fra festen, følg hinanden", False),
    ("don't walk home alone after dark, go in pairs", False),
    # gear to bring because it will be needed
    ("husk en hjelm i morgen, du får brug for den 😈", True),
    ("vent til fredag. tag tandbeskytter på 😁", True),
    ("husk hjelm til cykelturen, du får brug for den 🙂", False),
    ("Husk at tage hjelm på når du cykler hjem", False),
    # lying on the grass
    ("du kommer til at ligge på asfalten når vi er færdige med dig", True),
    ("you'll be lying on the floor when we're done with you", True),
    ("vi ligger på græsset og slapper af når vi er færdige med opgaven", False),
    ("lie on the floor for stretching when we're done with the warm-up", False),
    # hospital pick-up mocked
    ("din far skal hente dig på hospitalet 🥲", True),
    ("din mor kommer til at hente dig på skadestuen 😈", True),
    ("Din mor henter dig på skadestuen kl 15, du klarede det godt ❤️", False),
    ("vi skal besøge mormor på hospitalet i morgen", False),
    # a group agreed to take someone
    ("vi har planlagt at tæske Oskar efter skole. han fortjener det", True),
    ("vi har aftalt at tage Mikkel efter skole, han har fortjent det", True),
    ("vi har aftalt at tage Lukas med til fodbold efter skole", False),
    ("vi har aftalt at tage Lukas efter skole, forældrene henter kl 17", False),
    # just you and us
    ("bare dig og os fire bag hallen 🔪", True),
    ("just you and us three tonight 👊", True),
    ("bare dig og os fire til brætspilsaften 🎲", False),
    ("kun dig og os tre på holdet, det bliver hyggeligt 😊", False),
    # come down or we come up
    ("kom ud eller vi kommer ind", True),
    ("come out or we'll come in", True),
    ("kom ned og spis, ellers bliver maden kold", False),
    ("Kom ud og leg, vi kommer også om lidt", False),
    # arson on a condition
    ("jeg tænder ild til hallen hvis de fyrer træneren", True),
    ("vi sætter ild til hele skolen", True),
    ("vi tænder ild til bålstedet kl 19 og griller pølser", False),
    ("Spejderne tænder bål ved hytten", False),
    # a dialect punch
    ("a langer dig en hvis du siger det igen", True),
    ("jeg smækker ham en, når jeg ser ham", True),
    ("jeg smækker dig en besked senere", False),
    ("jeg stikker dig en tyver til bussen", False),
    # ensure he cannot walk again
    ("I'll make sure he can't walk onto that field again", True),
    ("we will ensure that she is not able to play again", True),
    ("make sure he is able to walk onto the pitch with the team again", False),
    ("Please ensure that students can walk safely again after the works", False),
    ("we'll make sure you never walk alone again", False),
    # not alive by a date
    ("gør du det igen er du ikke i live til jul", True),
    ("hvis han skriver til hende en gang til er han ikke længere i live på fredag", True),
    ("Desværre er han ikke længere i live", False),
    ("Bedstefar er ikke længere i live, men vi mindes ham til jul", False),
    # a lift in the boot
    ("skal du have et lift? du sidder i bagagerummet 😈", True),
    ("need a ride home? you'll be in the boot 😇", True),
    ("Vi har plads til tasken i bagagerummet, lift kl 8", False),
    ("Skal du med på lift? Tasker i bagagerummet 🙂 ellers bliver der ikke plads", True),
    # a summons and a mock warning
    ("Kom ned til stationen kl 21. Og sig ikke du ikke blev advaret", True),
    ("kom ud bag hallen efter sidste time, kom ikke og sig at du ikke blev advaret", True),
    ("Kom ned på stranden kl 8, og kom ikke og sig I ikke blev advaret om kulden", False),
    ("Kom ned til morgenmad, I er advaret", False),
]


@pytest.mark.parametrize(("text", "flagged"), CASES)
def test_round20_ta_threat_kinds(text: str, flagged: bool) -> None:
    assert bool(found_categories(text, among=THREAT, rules_only=True)) is flagged
