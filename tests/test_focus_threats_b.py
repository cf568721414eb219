"""Round 20 (tb) threat kinds from the focus sets, each with two positives of our own wording beside two hard negatives
that must stay quiet: mock regret about an accident; a deadline with more than words after it; a helper "not as nice
as me"; a mock warning "if I were you"; a third person to mind the car, "just saying"; losing teeth or a face; eating
through a straw; a good dentist after a report; shut it before someone shuts it; a route known with menace; a window
watched; no adults out there; brave without one's mates; what they do to snitches; a relative harmed if someone tells;
a relative told he is next; lights out and someone behind; flowers for someone who doesn't know yet; those who laughed
and the news; not playing again this season; not in the ring this time; "help" by force; not coming home whole;
reported threats; planted devices and dated warnings; a bomb tested on a building; fire set after a condition; a tour
never forgotten after a report. All people are invented."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    ("shame-1", "Nice new bike, Oscar. Would be a shame if something happened to you on it 💔"),
    ("shame-2", "it'd be a shame if anyone in that choir had an accident before the concert"),
    ("deadline-1", "The council has until Wednesday to reverse it. After that it's not words anymore."),
    ("deadline-2", "I har en uge til at rette op på det. Derefter kommer vi, og det bliver ikke kun med ord"),
    ("nice-1", "Min fætter er ikke lige så sød som mig, og han ved hvor du træner, Rune"),
    ("nice-2", "I've got cousins who aren't as nice as me, Freya"),
    ("ifiwere-1", "I'd be careful cycling home past the lake if I were you. Just saying 🔨"),
    ("ifiwere-2", "Jeg ville ikke gå hjem over marken hvis jeg var dig. Der er så mange der falder og slår sig derude"),
    ("justsaying-1", "Pædagogen der smed mig ud skal passe på når han kører hjem i aften. Siger det bare."),
    ("justsaying-2", "The coach who benched me should check under his car tomorrow morning."),
    ("teeth-1", "Smil bare, Malou. Snart har du ikke så mange tænder at smile med"),
    ("teeth-2", "slet billedet, ellers kommer du til at savne dine fortænder"),
    ("straw-1", "say that again and you'll be eating your dinner through a straw"),
    ("straw-2", "come round the back, you'll still go home on a stretcher"),
    ("dentist-1", "Til den der anmeldte mig: jeg finder ud af hvem du er, og så håber jeg du har en god tandlæge"),
    ("dentist-2", "whoever reported me, I'll find out who you are and when I do you'll wish you hadn't"),
    ("shut-1", "hold din mund inden nogen lukker den for dig"),
    ("shut-2", "better shut your mouth before someone shuts it for you, Leo"),
    ("route-1", "jeg har set hvilken vej Signe går hjem. helt alene om aftenen 👀"),
    ("route-2", "we've seen which way you walk home. dark out there isn't it"),
    ("window-1", "hans vindue vender ud mod parken. bare en observation"),
    ("window-2", "Du skal ikke sove for trygt i nat, Mikael"),
    ("adults-1", "jeg venter på dig bag klubhuset efter timen, Oskar. Der er ingen voksne derude."),
    ("adults-2", "Du var heldig at der var lærere til stede i går. Det er der ikke næste gang."),
    ("brave-1", "let's see how tough you are without your friends, Noah"),
    ("brave-2", "Vi må se hvor sej du er uden dine venner, Silas"),
    ("snitch-1", "du ved hvad de gør ved sladrehanke, Liv"),
    ("snitch-2", "you know what they do to snitches round here"),
    ("kin-1", "hvis du siger det til læreren, så ved du hvad der sker med din lillesøster"),
    ("kin-2", "if you tell anyone you know what happens to your little brother"),
    ("next-1", "Tell your sister Maja that she's the next one."),
    ("next-2", "Sig til din bror Anders at han er den næste."),
    ("lights-1", "Når lyset slukkes til diskoteket, er det mig der står bag dig, Tilde"),
    ("lights-2", "when the lights go out at the party, I'll be the one standing behind you"),
    ("flowers-1", "Vi tænder lys for Jonathan på fredag. Han ved det bare ikke endnu"),
    ("flowers-2", "We're laying flowers at Max's locker. He just doesn't know it yet"),
    ("laughed-1", "I grinede alle sammen af mig. Tjek nyhederne i morgen"),
    ("laughed-2", "Glæder mig til at se dem der grinede til sommerfesten 💣"),
    ("season-1", "Vi tager os af Magnus bag hallen. Han kommer ikke til at spille mere i denne sæson"),
    ("season-2", "I'll take care of Ethan after the game. He won't be playing again this season"),
    ("ring-1", "vi ses lørdag, og denne gang er det ikke i ringen, Ali"),
    ("ring-2", "see you Friday. This time it won't be in the ring"),
    ("help-1", "hvis han ikke flytter frivilligt, så hjælper vi ham med køller"),
    ("help-2", "ellers hjælper vi dig på vej med et baseballbat"),
    ("whole-1", "Drengene fra 9.a kommer ikke hjem i hele stykker efter festen"),
    ("whole-2", "someone commented that my daughter 'won't make it home' after the match"),
    ("report-1", "My son was told by an older boy that he'd get stabbed if he came to the party"),
    ("report-2", "En far fortalte at nogen har skrevet til hans søn at han bliver stukket ned næste gang"),
    ("planted-1", "Besked på tavlen: der er lagt noget i kantinen der går af i frikvarteret"),
    ("planted-2", "note in the letterbox: 'everyone dies on the 3rd of june'"),
    ("bomb-1", "Jeg har lavet en bombe. Skal vi teste den på rektors nye bygning?"),
    ("bomb-2", "Vestergade, fredag kl 12. Husk det 💣"),
    ("fire-1", "Hvis de bliver ved, så sætter vi ild til lokalet"),
    ("fire-2", "ellers stikker jeg ild til hallen"),
    ("tour-1", "Hvis du melder mig igen, så får du en tur i havnen du aldrig glemmer"),
    ("tour-2", "Næste gang vi ses får du en omgang du aldrig glemmer"),
]

QUIET = [
    ("shame-1", "It would be a shame if it rained on the final, fingers crossed"),
    ("shame-2", "Would be a shame if anyone missed the bake sale on Friday"),
    ("deadline-1", "Vi viser det med mere end ord: vi har samlet 5000 kr ind"),
    ("deadline-2", "Efter det blev det ikke kun med ord, men også med handling: vi plantede 100 træer"),
    ("nice-1", "Min lillebror er ikke så flink som mig til at rydde op"),
    ("nice-2", "Mine venner er ikke så søde som mig til at bage"),
    ("ifiwere-1", "Jeg ville ikke tage stien gennem skoven hjem hvis jeg var dig, den er helt oversvømmet"),
    ("ifiwere-2", "I'd take the bus home if I were you, it's raining"),
    ("justsaying-1", "Mor skal passe på når hun kører hjem i glat føre, siger det bare"),
    ("justsaying-2", "Husk at tjekke under din bil for katte om vinteren"),
    ("teeth-1", "Bedstefar har ikke så mange tænder at smile med, men han smiler alligevel"),
    ("teeth-2", "Vi laver ansigtsmaling, så får du et nyt ansigt med sminke til teatret"),
    ("straw-1", "After my jaw surgery I was eating through a straw for two weeks"),
    ("straw-2", "The injured keeper left on a stretcher in the second half"),
    ("dentist-1", "Tillykke med bøjlen, og håber du har en god tandlæge"),
    ("dentist-2", "Vinder af konkurrencen: vi finder ud af hvem du er og sender præmien"),
    ("shut-1", "Husk at holde jeres mund lukket under prøven"),
    ("shut-2", "shut the door before someone catches a cold"),
    ("route-1", "Jeg har set hvilken vej du cykler til skole, den er fin og sikker"),
    ("route-2", "We've seen which way you walk to school, lovely route through the park"),
    ("window-1", "Vi kan se dit vindue fra vejen - flot julepynt!"),
    ("window-2", "Du skal ikke sove for længe på lejrturen, vi står op kl 7"),
    ("adults-1", "Vi ses ved hallen efter træning, der er ingen lærere derude så I skal selv låse"),
    ("adults-2", "I var heldige at der var voksne til stede da Emil faldt"),
    ("brave-1", "let's see how brave you are without your phone for a weekend - digital detox camp!"),
    ("brave-2", "Vi ser hvor modig du er på klatrevæggen"),
    ("snitch-1", "Ved du hvad man gør med rotter i kælderen? Ring til skadedyrsbekæmpelsen"),
    ("snitch-2", "Do you know what they do at the youth club on Fridays?"),
    ("kin-1", "Så ved du hvad der sker med din lillebror når han spiser for meget slik 😂"),
    ("kin-2", "You know what happens to your mum when she sees a spider"),
    ("next-1", "Tell your brother that he's the next one on the list for the trampoline"),
    ("next-2", "Sig til Ida at hun er den næste i køen til kagen"),
    ("lights-1", "Når lyset går ud til teaterforestillingen, står jeg bag dig med lommelygten"),
    ("lights-2", "When the lights go out for the play, stand behind the curtain"),
    ("flowers-1", "Vi lægger blomster ved Ellas skab i morgen til hendes fødselsdag. Hun ved det bare ikke endnu 🎉"),
    ("flowers-2", "We're leaving flowers for Anna's birthday. She doesn't know yet 🎂"),
    ("laughed-1", "Tjek nyhederne på mandag, hvor vi er med i TV2 Østjylland!"),
    ("laughed-2", "Vi grinede hele aftenen til sommerfesten 🎉"),
    ("season-1", "Lukas brækkede benet og kommer ikke til at spille mere i denne sæson"),
    ("season-2", "Our keeper won't be playing again this season after the knee injury"),
    ("ring-1", "Denne gang er det ikke i hallen men på stranden, vi ses til beachvolley"),
    ("ring-2", "Boksestævne lørdag: vi ses i ringen!"),
    ("help-1", "Kom til softball, så hjælper vi jer med baseballbat og handsker"),
    ("help-2", "Hvis I ikke kan få plakaten op, så hjælper vi jer med gaffatape"),
    ("whole-1", "Håber alle kommer hjem i ét stykke fra lejrturen"),
    ("whole-2", "we won't make it home in time for dinner"),
    ("report-1", "He said he'd bring a knife for the birthday cake"),
    ("report-2", "En mand blev stukket ned i Aarhus i går, oplyser politiet"),
    ("planted-1", "Vi har gemt noget i skoven som børnene skal finde til skattejagten"),
    ("planted-2", "Everyone dies in the last episode, no spoilers"),
    ("bomb-1", "Vi har lavet vandraketter og tester dem på skolens boldbane"),
    ("bomb-2", "Vestergade, fredag kl 12: fyrværkeri-udsalg 💣"),
    ("fire-1", "Så sætter vi ild til bålet kl 19 og griller pølser"),
    ("fire-2", "Hallen brænder for at komme i gang med sæsonen"),
    ("tour-1", "Hvis du melder dig til lejren, så får du en tur du aldrig glemmer"),
    ("tour-2", "På kanoturen får du en oplevelse du aldrig glemmer"),
]


@pytest.mark.parametrize(("case", "text"), THREATS, ids=[case for case, _ in THREATS])
def test_threat_is_flagged(check: ThreatCheck, case: str, text: str) -> None:
    assert list(check.scan(Document(text))), f"{case}: {text}"


@pytest.mark.parametrize(("case", "text"), QUIET, ids=[case for case, _ in QUIET])
def test_hard_negative_stays_quiet(check: ThreatCheck, case: str, text: str) -> None:
    assert not list(check.scan(Document(text))), f"{case}: {text}"
