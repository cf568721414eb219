"""Conduct checks: a positive and a hard negative for every rule, inflection, evasion and idioms."""

from __future__ import annotations

import pytest

from monitor.checks import conduct
from monitor.checks.conduct_lexicon import load_lexicon
from monitor.checks.conduct_view import build_view
from monitor.checks.engine import Checker


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(check_classes=conduct.CHECKS)


def categories(checker: Checker, text: str) -> set[str]:
    return {f.category for f in checker.check(text)}


H, P, D = "conduct.harassment", "conduct.profanity", "conduct.discrimination"
T, F, E = "conduct.threat", "conduct.defamation", "conduct.extremism"

CASES = [
    # harassment: aimed at a person or group of persons
    ("h-second-person", "Sebastian du er en kæmpe idiot", {H}),
    ("h-possessive", "Hold dig væk fra min knallert, din klamme rotte", {H}),
    ("h-name-role", "Lederen er en inkompetent klovn", {H}),
    ("h-name-adj-noun", "Den klamme fyr ved kiosken glor på alle", {H}),
    ("h-plural-you", "I er nogle egoistiske idioter", {H}),
    ("h-english", "ur such a loser, nobody likes u", {H}),
    ("h-vocative", "Ingen gider læse dine opslag, taber", {H}),
    ("h-inflection-definite", "Idioten på bagerste række sov hele timen", {H}),
    ("h-inflection-plural", "De idioter fra 9.z ødelagde bordtennisbordet", {H}),
    ("h-luder", "Hun er en billig luder", {H}),
    ("h-luder-plural", "I er nogle ludere allesammen", {H}),
    ("h-leet", "Du er sådan en 1d10t", {H}),
    ("h-leet-bang", "Din !d!ot", {H}),
    ("h-stretched", "Du er en idiooooot", {H}),
    ("h-spaced", "Du er en i d i o t", {H}),
    ("h-dotted", "Du er en i.d.i.o.t", {H}),
    ("h-zero-width", "Du er en idi\u200bot", {H}),
    ("h-lookalike", "Du er en іdіоt", {H}),
    ("h-not-self", "Jeg er sådan en idiot, glemte min taske igen", set()),
    ("h-not-self-en", "I'm such an idiot, left my jacket on the bus", set()),
    ("h-not-self-dum", "Jeg er så dum i dag 🙈", set()),
    ("h-not-civil-criticism", "Det er en dårlig beslutning at lukke klubben om fredagen", set()),
    ("h-not-rule", "Helt ærlig en tåbelig regel synes jeg", set()),
    ("h-not-clown-party", "Der kommer en klovn til børnefesten på lørdag", set()),
    ("h-not-taber-verb", "Hvis vi taber i dag, er vi ude af turneringen", set()),
    # profanity: not aimed at anyone
    ("p-fuck", "Fuck hvor var det en fed tur!!!", {P}),
    ("p-holy-shit", "holy shit det var vildt", {P}),
    ("p-compound", "Lorteappen virker ikke igen", {P}),
    ("p-pisse", "Det var pissekoldt på vandet", {P}),
    ("p-kraftedeme", "Kraftedeme godt spillet drenge", {P}),
    ("p-masked", "Sh*t, jeg glemte madpakken", {P}),
    ("p-stretched", "shiiiiit det var tæt på", {P}),
    ("p-and-insult", "Pis og lort, dommeren var en kæmpe idiot", {H, P}),
    ("p-inside-insult", "din lille lort", {H}),
    ("p-not-interjection", "Av for pokker, det var koldt! Pyha", set()),
    ("p-not-sgu", "Det var sgu en god tur", set()),
    ("p-not-title", "Filmaften: vi viser 'Fucking Åmål' på fredag", set()),
    ("p-not-robbers", "Dramaholdet opfører Ali Baba og de 40 røvere", set()),
    # discrimination
    ("d-slur-group", "Vi vil ikke have flere perkere i klubben", {D}),
    ("d-slur-aimed", "Hvad laver den perker her?", {H, D}),
    ("d-slur-leet", "ingen n3gere her", {D}),
    ("d-slur-spaced", "din p.e.r.k.e.r", {H, D}),
    ("d-spasser-aimed", "Du er sådan en spasser", {H, D}),
    ("d-statement-religion", "De muslimer er alle sammen terrorister", {D}),
    ("d-statement-gender", "Kvinder kan ikke køre bus, det ved alle", {D}),
    ("d-statement-kitchen", "Women belong in the kitchen", {D}),
    ("d-statement-disability", "Handicappede burde ikke få lov at komme med", {D}),
    ("d-statement-orientation", "Bøsser skal holde sig væk fra klubben", {D}),
    ("d-not-neutral", "Nyt tilbud til unge med handicap og for muslimske piger", set()),
    ("d-not-teaching", "I samfundsfag talte vi om racisme og om ordet perker", set()),
    ("d-not-girls-bus", "Pigerne skal have sovepose med", set()),
    ("d-not-piggy-bank", "Læg pengene i bøssen ved indgangen", set()),
    # threat
    ("t-taesk", "Hvis du gør det igen, så får du tæsk", {T}),
    ("t-know-where", "Jeg ved hvor du bor", {T}),
    ("t-know-which", "Vi ved godt hvilken skole din bror går på", {T}),
    ("t-pas-paa", "Pas på dig selv i morgen", {T}),
    ("t-kill-en", "I'll kill you after school", {T}),
    ("t-school-shooting", "Jeg vil skyde skolen i morgen", {T}),
    ("t-bomb", "Der ligger en bombe i kælderen som går af kl 12", {T}),
    ("t-weapon", "Jeg tager min fars gevær med i skolen på mandag", {T}),
    ("t-smash", "Jeg smadrer dig hvis du rører min cykel", {T}),
    ("t-inverted", "Næste gang brækker jeg dine arme", {T}),
    ("t-watch-back", "You better watch your back", {T}),
    ("t-not-laugh", "Jeg dør af grin 😂", set()),
    ("t-not-boring", "Dræbende kedeligt foredrag", set()),
    ("t-not-score", "Vi slog dem 5-0 i finalen", set()),
    ("t-not-killing-it", "You are killing it, killer trip", set()),
    ("t-not-game", "Jeg skyder dig i CS2 i aften haha", set()),
    ("t-not-mum", "Min mor slår mig ihjel hvis jeg kommer for sent 😂", set()),
    ("t-not-take-care", "Pas godt på dig selv og god sommer", set()),
    ("t-not-news-bomb", "Sikke en bombe af en nyhed 💣🎉", set()),
    # defamation
    ("f-role-steals", "Lederen stjæler af kassen", {F}),
    ("f-name-pedo", "Torben fra køkkenet er pædofil", {F}),
    ("f-coach-books", "Træneren snyder med regnskabet", {F}),
    ("f-english", "The coach has been stealing from the club fund", {F}),
    ("f-not-anonymous", "Nogen har taget min cykellygte ved klubben", set()),
    ("f-not-court", "Retten i Randers har dømt manden, der stjal værktøj fra klubben", set()),
    ("f-not-chairs", "Vi har stole til udlån i hallen", set()),
    # extremism
    ("e-sieg", "Sieg Heil brødre", {E}),
    ("e-sieg-leet", "S1eg H31l", {E}),
    ("e-1488", "14/88 til alle", {E}),
    ("e-group-join", "Meld dig ind i Nordfront i dag", {E}),
    ("e-isis-praise", "ISIS were heroes", {E}),
    ("e-blood-honour", "Blood & Honour søger nye medlemmer", {E}),
    ("e-not-history", "I historie lærte vi om nazismen og Sieg Heil-hilsenen", set()),
    ("e-not-88-price", "Fredagsbrunch 88 kr. og kaffe 20 kr.", set()),
    ("e-not-88-address", "Vi mødes på Skovvej 88, bare kom", set()),
]

# Families beyond the wording of the development set: each positive has a hard negative beside it.
FAMILIES = [
    # threat: a violent verb aimed at someone, body parts, "og dig med", conditions, implicit menace
    ("tf-stab-down", "Jeg stikker ham ned hvis han sladrer", {T}),
    ("tf-kick-head", "Vi sparker dig i hovedet efter træning", {T}),
    ("tf-break-nose", "Næste gang knækker jeg hans næse", {T}),
    ("tf-break-jaw-en", "I swear I'm gonna smash his face in", {T}),
    ("tf-and-you-too", "Jeg smadrer din knallert, og dig med", {T}),
    ("tf-find-and", "Vi finder dig og banker dig", {T}),
    ("tf-hospital", "Hvis Oskar viser sig i hallen ender han på hospitalet", {T}),
    ("tf-see-what", "Så skal du bare se hvad der sker med dig", {T}),
    ("tf-wait-en", "Just wait till Monday, you'll see", {T}),
    ("tf-deserve", "Du får hvad du fortjener, Mads", {T}),
    ("tf-make-pay", "I'll make you pay for this", {T}),
    ("tf-passe-paa", "Du skal passe på hvad du siger", {T}),
    ("tf-dead-man", "Du er en død mand", {T}),
    ("tf-burn-passive", "Klubhuset burde brændes ned", {T}),
    ("tf-petrol", "Vi tager benzin med og brænder hele klubhuset af", {T}),
    ("tf-bomb-planted", "Vi har gemt en bombe i gymnastiksalen", {T}),
    ("tf-bomb-en", "There is a bomb in the school, it goes off at noon", {T}),
    ("tf-blow-up", "Jeg sprænger ungdomsskolen i luften", {T}),
    ("tf-shooting", "Der kommer et skoleskyderi på fredag", {T}),
    ("tf-not-ski-safety", "Pas på du ikke brækker dine ben på skituren", set()),
    ("tf-not-helmet", "Hvis du falder uden hjelm ender du på skadestuen", set()),
    ("tf-not-experiment", "Kom og se hvad der sker når man blander cola og mentos!", set()),
    ("tf-not-hype", "Vent bare til I ser den nye hal 😍", set()),
    ("tf-not-reassure", "Ingen vil gøre dig fortræd her", set()),
    ("tf-not-fire-drill", "Brandøvelse: hvis skolen brænder, mødes vi på fodboldbanen", set()),
    ("tf-not-moped-petrol", "Knallertholdet: husk at fylde benzin på inden turen", set()),
    ("tf-not-record", "I'm going to break the school record tomorrow", set()),
    ("tf-not-smashed-them", "Vi knuste dem 5-0 og smadrede dem i Mario Kart", set()),
    ("tf-not-killer-evening", "Killer-aften i klubben med quiz, jeg dør af grin", set()),
    # defamation: accusations without a crime word
    ("ff-till", "Kassereren tager penge fra kassen hver fredag", {F}),
    ("ff-bed", "Han har været i seng med en af sine elever", {F}),
    ("ff-drugs", "Pedellen sælger stoffer til eleverne", {F}),
    ("ff-nepotism", "Mette fik stillingen fordi hun er gift med chefen", {F}),
    ("ff-hours", "Træneren lyver om timerne hver måned", {F}),
    ("ff-hours-en", "Coach Dan pads his timesheets", {F}),
    ("ff-fiddle", "Jens har fiflet med regnskabet", {F}),
    ("ff-money-holiday", "Formanden bruger klubbens penge på ferier", {F}),
    ("ff-arson", "Det var Anton fra 9.c der satte ild til skuret", {F}),
    ("ff-home", "Jeg så Lone tage skolens ipads med hjem", {F}),
    ("ff-drunk", "Vikaren kommer fuld på arbejde", {F}),
    ("ff-beer", "Hans køber øl til eleverne", {F}),
    ("ff-not-police", "Politiet efterforsker hvem der satte ild til containeren", set()),
    ("ff-not-job", "Emma fik jobbet fordi hun var den bedste ansøger", set()),
    ("ff-not-own-bike", "Jeg sælger min gamle cykel på DBA", set()),
    ("ff-not-trailer", "Morten tager klubbens trailer med hjem og reparerer den", set()),
    ("ff-not-relationship", "Lærer Ib har et godt forhold til eleverne", set()),
    # discrimination: demeaning statements without a slur
    ("df-girls-football", "Piger kan ikke spille fodbold", {D}),
    ("df-black-swim", "sorte kan ikke svømme", {D}),
    ("df-old-home", "Gamle mennesker burde holde sig hjemme", {D}),
    ("df-disabled-belong", "Handicappede hører ikke til her", {D}),
    ("df-trans-sick", "Transer er syge i hovedet", {D}),
    ("df-too-emotional", "Women are too emotional to lead", {D}),
    ("df-too-weak-da", "Kvinder er for svage til at være kaptajner", {D}),
    ("df-not-training", "Pigerne kan ikke komme til træning på fredag", set()),
    ("df-not-fever", "Ældre mennesker skal blive hjemme hvis de har feber", set()),
    ("df-not-ramp", "Handicappede kan ikke komme ind ad hovedindgangen, brug rampen", set()),
    ("df-not-clothes", "Sorte bukser og hvid skjorte til koncerten", set()),
    ("df-not-tired", "Pigerne var for trætte til at spille videre", set()),
    ("df-not-teaching", "I samfundsfag diskuterede vi fordomme som at piger ikke kan spille fodbold", set()),
    # harassment: mockery and leet without the classic insult words
    ("hf-leet-equals", "Jonathan = l0s3r nr 1", {H}),
    ("hf-nobody", "Ingen gider at være sammen med dig", {H}),
    ("hf-embarrassing", "Du er så pinlig", {H}),
    ("hf-haircut", "hvem har klippet dig, hahaha", {H}),
    ("hf-looks", "Viktors frisure ligner en mop der er faldet i en spand 😂", {H}),
    ("hf-get-life", "Få et liv, Sofie", {H}),
    ("hf-worst-parents", "Forældrene i 6.b er de mest irriterende forældre nogensinde", {H}),
    ("hf-name-class", "Kasper fra 9.b er så dum", {H}),
    ("hf-swear-inside", "din fucking taber", {H}),
    ("hf-exclaim", "Du er en idiot!", {H}),
    ("hf-not-haircut-compliment", "Hvem har klippet dig? Det er så flot!", set()),
    ("hf-not-self-worst", "Vi er de værste spillere nogensinde haha", set()),
    ("hf-not-praise", "Han er latterlig god til fodbold", set()),
    ("hf-not-food", "Maden var ulækker i dag, vi klager til kantinen", set()),
    ("hf-not-defeat", "Det var pinligt at vi tabte, men vi kommer igen", set()),
    # profanity at a thing is profanity only; swearing beside an insult is both
    ("pf-object", "Det gamle lydanlæg var noget lort, nu har vi købt et nyt", {P}),
    ("pf-reported", "Sara sagde at lydanlægget var noget lort", {P}),
    ("pf-apart", "Fuck hvor var det en lang dag. Og Jeppe, du er stadig en klaphat", {H, P}),
    # extremism
    ("ef-exclaim", "White power! Join the movement", {E}),
    ("ef-caliphate", "Leve kalifatet, Islamisk Stat vil sejre", {E}),
    ("ef-not-news", "Vi læste om Islamisk Stat og hvordan de rekrutterede unge", set()),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_conduct_categories(checker: Checker, text: str, expected: set[str]) -> None:
    assert categories(checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in FAMILIES], ids=[c[0] for c in FAMILIES])
def test_conduct_families(checker: Checker, text: str, expected: set[str]) -> None:
    assert categories(checker, text) == expected


def test_irregular_forms_are_whole_words() -> None:
    insults = load_lexicon("conduct_insults.txt")
    assert "ækle" in insults and "ulækre" in insults and "ækelækle" not in insults
    assert "negre" in load_lexicon("conduct_slurs.txt")


def test_exclamation_after_a_word_is_punctuation() -> None:
    assert build_view("white power! join").text == "white power! join"
    assert "idiot" in build_view("din !d!ot").text


def test_first_character_lookahead_keeps_matches() -> None:
    import re

    from monitor.checks.conduct_first_chars import with_first_chars

    pattern = re.compile(r"\b(?:muslimer|jøder|(?:de\s+)?sorte)\s+er\b")
    fast = with_first_chars(pattern)
    assert fast.pattern != pattern.pattern
    for text in ("de sorte er", "alle muslimer er", "jøder er", "xsorte er", "ingen"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_spans_point_into_the_original_text(checker: Checker) -> None:
    text = "Hej!! Du er en 1 d 1 o t"
    finding = next(f for f in checker.check(text) if f.category == H)
    assert text[finding.start:finding.end] == "1 d 1 o t"


def test_view_maps_back_after_removals() -> None:
    view = build_view("du er en idiooooot")
    assert "idiot" in view.text
    start = view.text.index("idiot")
    assert view.folded_span(start, start + 5) == (9, 18)


def test_danish_inflection_is_generated() -> None:
    forms = load_lexicon("conduct_insults.txt")
    for form in ("idiot", "idioten", "idioter", "idioterne", "luder", "ludere", "luderne"):
        assert form.replace("oo", "o") in forms or form in forms


def test_every_rule_has_both_explanations() -> None:
    for check in conduct.CHECKS:
        for rule in check.rules:
            assert rule.category.startswith("conduct.") and rule.explanation_da and rule.explanation_en


def test_huge_post_stays_linear(checker: Checker) -> None:
    import time

    text = "Tak for en god tur, vi ses i klubben på fredag. " * 20000  # about 1 MB
    started = time.perf_counter()
    assert not categories(checker, text)
    assert time.perf_counter() - started < 10


# --- round 2: families composed from parts (invented people; hard negatives beside positives)
ROUND2 = [
    ("If I see him at the party I will make sure he won't be able to talk for a week", {T}),
    ("Jeg skal nok sørge for at han aldrig kan gå igen", {T}),
    ("Vi sørger for at hun ikke kan vise sig på skolen mere", {T}),
    ("Jeg sørger for at alle kan gå hjem kl. 15", set()),
    ("I'll make sure he can't forget his lunch again", set()),
    ("Mikkel får b-a-n-k efter skole", {T}),
    ("Vi får bank-overførslen i morgen", set()),
    ("Hun har forfalsket sin mors underskrift på sedlen", {F}),
    ("Our treasurer faked the receipts for the trip", {F}),
    ("Museet viser en forfalsket Rembrandt", set()),
    ("Formanden tager imod penge under bordet fra sponsorerne", {F}),
    ("the man who runs the kiosk pockets the cash from the raffle", {F}),
    ("Kassereren beholder pengene i boksen til næste møde", set()),
    ("Ældre mennesker skulle bare holde sig hjemme, de forstår jo ingenting", {D}),
    ("Kvinder kan altså ikke køre bil", {D}),
    ("Piger kan jo også spille fodbold, kom og prøv", set()),
    ("De ældre elever skulle bare blive hjemme fredag pga. prøver", set()),
    ("Pigerne kom med på turen, og de ødelagde ingenting", set()),
    ("Han kaster som en tøs haha", {H, D}),
    ("Hun sparker som en gud!", set()),
    ("Hendes latter lyder som en døende hval", {H}),
    ("Hans stemme lyder som en engel", set()),
    ("our new goalie is a total nitwit", {H}),
    ("Det er pissehamrende koldt i dag", {P}),
    ("Nordfront holder åbent møde lørdag, alle er velkomne", {E}),
    ("I historie lærte vi om Nordfront, der holder møder for unge og hvordan de rekrutterer", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROUND2)
def test_round2_families(checker: Checker, text: str, expected: set[str]) -> None:
    assert categories(checker, text) == expected


def test_spaced_letters_keep_one_separator() -> None:
    assert build_view("oscar får t.æ.s.k i morgen").text == "oscar får tæsk i morgen"
    assert build_view("du er en i d i o t").text == "du er en idiot"


# --- round 3: teenagers', parents' and staff's own register (lower case, slang, emoji, English mixed in)
ROUND3 = [
    ("ses efter skole 🔪", {T}),
    ("ses efter skole bro", set()),
    ("du er så død i morgen", {T}),
    ("du er så død sjov", set()),
    ("jeg sværger jeg stikker dig", {T}),
    ("jeg stikker dig lige en femmer til kiosken", set()),
    ("han skal få tæsk", {T}),
    ("vil du ha tæsk?", {T}),
    ("kom ud fra skolen så skal du se 👊", {T}),
    ("pas på bro 🔪", {T}),
    ("jeg kommer efter dig", {T}),
    ("vi kommer efter dig kl 8 og kører til hallen", set()),
    ("i morgen skyder jeg skolen op", {T}),
    ("ill kill u", {T}),
    ("ima beat ur ass", {T}),
    ("imma beat u in fifa tonight", set()),
    ("ur gonna get jumped after school", {T}),
    ("u better watch ur back 🔪", {T}),
    ("du får en kniv i maven", {T}),
    ("du skal dø wlh", {T}),
    ("du kommer til at dø af grin når du ser den", set()),
    ("jeg dør af grin 💀", set()),
    ("vi tæsker dem i håndbold på lørdag", set()),
    ("jeg slår dig i fifa bro", set()),
    ("klovn 🤡🤡", {H}),
    ("klovne til børnefødselsdag 🤡", set()),
    ("Pis og lort, det regner igen", {P}),
    ("hvor er du dum", {H}),
    ("hvor er du sød ❤️", set()),
    ("din mor!", {H}),
    ("din mor ringede, du skal hjem", set()),
    ("tyksak", {H}),
    ("du er så lame", {H}),
    ("det er så lame at det regner", set()),
    ("jeg håber du dør", {H}),
    ("jeg håber du dør af grin når du ser videoen", set()),
    ("kill urself", {H}),
    ("gå hjem og tud", {H}),
    ("stfu loser", {H}),
    ("stfu det er så fedt", set()),
    ("du er så gay lol", {H, D}),
    ("gay pride i weekenden 🏳️‍🌈", set()),
    ("sorte abe", {H, D}),
    ("transer er syge 🤮", {D}),
    ("pigerne er syge i dag, så vi aflyser", set()),
    ("handicappede er bare i vejen", {D}),
    ("handicappede har fået en ny rampe ved hallen", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROUND3)
def test_round3_teen_register(checker: Checker, text: str, expected: set[str]) -> None:
    assert categories(checker, text) == expected
