"""Round 27: kinds drawn from session 12's spent measure batch: stock menace that names no harm, welfare signs told
sideways, health named by compound, an extremist branch to be started; and the everyday talk that looks like them
(rockets launched, a game's spawn point, a figure of speech said to be one, the fish called pike)."""

from __future__ import annotations

import pytest

from tests.test_checks_r23 import _rule_categories

THREATS = [
    ("Hørte at den nye træner bor alene. Would be a shame if he had visitors one night.", True),
    ("It'd be a real pity if someone came in at night while you're asleep, Jonas", True),
    ("Would be a shame if something happened to him before the final", True),
    ("It would be a shame if the weather ruined the trip", False),
    ("Would be a shame if something happened to your grades, so study!", False),
    ("Kan du lide at kunne se, Mikkel? Så hold dig fra min lillesøster", True),
    ("Kan du lide at spille på midtbanen? Så kom til træning tirsdag", False),
    ("Do you enjoy being able to walk, Sam? Then stop talking about my brother", True),
    ("Tre kugler i skuffen. En til rektor, en til Hansen og en til dig", True),
    ("Tre kugler is i bægeret, en til mig og en til dig 🍦", False),
    ("Tick tock Randers Ungdomsskole 💣 you have until Friday", True),
    ("Tik tak, kun tre dage til juleferien ⏰🎄", False),
    ("keep talking Oscar, my uncle's shotgun says hi", True),
    ("Lina kastes ud ad vinduet hvis hun sladrer igen", True),
    ("Vi kaster det gamle tæppe ud ad vinduet når vi gør rent", False),
    ("folk som dig ender altid på skadestuen, Emil", True),
    ("People like you end up in the school band, Emma 😄", False),
    ("Du ødelagde min sæson. Nu ødelægger jeg din, begyndende med dit kønne fjæs", True),
    ("Smider vi jer i åen og holder jer nede til I holder kæft?", True),
    ("så falder du 'ved et uheld' ned ad trappen, Asger", True),
    ("Jeg faldt ved et uheld ned ad trappen i går 🙈", False),
    ("Dine ruder var kun begyndelsen, Karsten", True),
    ("Den nye scene er kun begyndelsen på et fantastisk år", False),
    ("Vi kommer på besøg i nat, Jens. Vi har benzin med", True),
    ("Vi har benzin nok til hele sejlturen, så ingen stress", False),
    ("Min storebror lærer ham at holde kæft med et baseballbat", True),
    ("Min storebror lærer ham at slå knob med et reb i spejderne", False),
    ("Han bliver plukket fra hinanden, led for led, hvis han kommer til Vorup", True),
    ("Du er ikke i sikkerhed i omklædningsrummet længere, Hamid. Vi er fem", True),
    ("Hun er ikke i sikkerhed derhjemme, kan nogen hjælpe?", False),
    ("Jeg sørger personligt for at hans fingre ikke virker til næste kamp", True),
    ("Jeg sørger personligt for at hans trøje er vasket til næste kamp", False),
    ("Pas på du ikke ender med at hænge fra en gren, snitch", True),
    ("Tag et par ekstra tænder med til træning på torsdag, Anton 😁", True),
    ("Tag et par ekstra sokker med til træning på torsdag", False),
    ("So you walk home alone after band now, Noor? Brave.", True),
    ("I walk home alone after band, it's only ten minutes", False),
    ("Betal de 300 kr inden fredag. Ellers henter vi dem på en anden måde", True),
    ("Betal de 300 kr inden fredag, ellers kan du betale kontant på en anden måde", False),
    ("Reinstate him or there will be consequences nobody will forget", True),
    ("He said he's going to 'deal with' Sara after school. Please take it seriously.", True),
]


@pytest.mark.parametrize(("text", "threat"), THREATS)
def test_stock_menace_that_names_no_harm(text: str, threat: bool) -> None:
    assert ("conduct.threat" in _rule_categories(text)) is threat


WELFARE = [
    ("jeg dækker mine blå mærker med foundation før skole så lærerne ikke spørger", True),
    ("Foundation dækker mærker fra myggestik rigtig godt, tip til lejren", False),
    ("The bruises aren't from handball. Please don't ask me again", True),
    ("if i dont wake up tomorrow you'll know why", True),
    ("if you don't answer tomorrow you'll know why I'm angry", False),
    ("de næste gør jeg dybere, ingen opdager det alligevel", True),
    ("jeg har købt et reb og gemt det, bare så det er der", True),
    ("Husk reb og karabiner til klatreturen", False),
    ("dag 4 på kun vand nu, skal ned i vægt før festen", True),
    ("Dag 4 på kanoturen: kun vand og solskin 🌞", False),
    ("hvordan stopper jeg med at spise uden at min mor opdager det", True),
    ("Hun har mærker efter hans livrem på ryggen", True),
    ("Min far tvinger mig til at blive hjemme og passe min lillesøster i stedet for at gå i skole", True),
    ("Mathias har stået alene og ventet til kl. 23 ved hallen tre gange nu", True),
    ("Vi står alene med opvasken til kl. 21 efter festen 😅", False),
    ("Han blev smidt ud af huset i nat i bare sokker igen", True),
    ("Hun tør ikke gå hjem før hendes stedfar er faldet i søvn", True),
    ("Jeg går ikke hjem før kampen er slut", False),
    ("Min datter på 14 stak af hjemmefra i nat, ring hvis I ser hende", True),
    ("må man overnatte i klubben? det er svært derhjemme", True),
    ("må man overnatte i klubben til LAN-partyet? mor siger ja", False),
    ("hvis det fortsætter sådan så springer jeg ud fra taget 😞", True),
    ("hvis vi vinder springer jeg ud fra broen i havnen 🌊", False),
]


@pytest.mark.parametrize(("text", "welfare"), WELFARE)
def test_welfare_signs_told_sideways(text: str, welfare: bool) -> None:
    assert ("welfare.concern" in _rule_categories(text)) is welfare


OTHERS = [
    ("Oliver har pollenallergi, husk hans tabletter på turen", "personal.health", True),
    ("Temadag om pollenallergi for hele skolen", "personal.health", False),
    ("Ring til mig om Idas insulinmedicin før afgang", "personal.health", True),
    ("Spørgsmål om hans astma sendes til mig", "personal.health", True),
    ("Spørgsmål om astma sendes til sundhedsplejersken", "personal.health", False),
    ("we should set up a Combat 18 chapter in Randers", "conduct.extremism", True),
    ("we should start a debate club chapter in Randers", "conduct.extremism", False),
    ("Nordiska motståndsrörelsen har ret, kom med til mødet", "conduct.extremism", True),
    ("I historie læste vi om Nordiska motståndsrörelsen", "conduct.extremism", False),
]


@pytest.mark.parametrize(("text", "category", "flagged"), OTHERS)
def test_health_by_compound_and_extremist_branches(text: str, category: str, flagged: bool) -> None:
    assert (category in _rule_categories(text)) is flagged


EVERYDAY = [
    "Vi skyder dem af på boldbanen i morgen, raketterne er klar 🚀",
    "han spawner bag mig hver runde og jeg skyder ham igen og igen 💀",
    "vi slår dem ihjel med det nye nummer på fredag (billedligt talt)",
    "we went fishing and caught a huge pike 🎣",
    "jeg slår dem op i ordbogen bagefter",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_talk_that_looks_like_it_raises_nothing(text: str) -> None:
    assert _rule_categories(text) == set()
