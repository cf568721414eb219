"""Round 16: core welfare signs any writer uses, covered by kind in our own wording, beside hard negatives.

Kinds: grooming by an adult stranger with no secret stated (an adult of a stated age writing to, meeting or picking
up a 13-15-year-old, in either word order; men in cars offering lifts or money; a coach or adult asking for pictures
of the body); self-harm worded as "gøre sig selv fortræd", burning with a lighter, pills saved up or a parent's pills
taken, not waking tomorrow; eating disorders shown as behaviour (meals skipped every day, running off every meal,
food hidden, throwing up after meals); signs without a stated act (long sleeves or plasters in the heat, blood on a
sleeve, a child who cries or hides when a carer comes to pick them up); neglect without the word "mad" (a carer passed
out drunk, in rehab or dealing from the home, a young carer, nowhere to go at Christmas); a young person's daily
cannabis; a peer's offer of help that shows the concern. Self-harm signs carry personal.health, signs at home
personal.social (TAXONOMY.md, "Where categories meet"). Negatives: campaigns, teaching, helplines, sports, accidents,
diets, normal teenage complaints, fiction. Only the rule checks are compared (the category model is judged apart).
All people are invented.
"""

from __future__ import annotations

import pytest

from tests.check_kit import default_checker

W, S, H = "welfare.concern", "personal.social", "personal.health"
MINE = frozenset({W, S, H})


def categories(text: str, lang: str) -> set[str]:
    """The three categories the rule checks find (not the category model's ".model" findings)."""
    found = default_checker().check(text, lang)
    return {finding.category for finding in found if not finding.rule.endswith(".model")} & MINE


# (text, lang, expected categories among the three)
POSITIVES: list[tuple[str, str, set[str]]] = [
    ("der er en mand på 34 der skriver til min lillesøster på 13 hver aften", "da", {W}),
    ("en 40-årig mand har skrevet til hende på snap, hun er kun 14", "da", {W}),
    ("min veninde på 14 skal mødes med en fyr på 25 i weekenden", "da", {W}),
    ("i går hentede en voksen mand hende efter skole, hun er 13", "da", {W}),
    ("hun går i 8. klasse og en mand på 30 henter hende i sin bil", "en", {W}),
    ("there's a 35 year old guy messaging my 14 year old sister every night", "en", {W}),
    ("a grown man picked her up after school yesterday and she's only 13", "en", {W}),
    ("en mand i en bil tilbød os et lift hjem og 200 kr", "da", {W}),
    ("a mand i en hvid bil spurgte om vi ville ha et lift", "en", {W}),
    ("some guy in a car keeps offering the girls money to get in", "en", {W}),
    ("en mand i en bil har flere gange tilbudt hende penge for at sætte sig ind", "da", {W}),
    ("træneren beder hende sende billeder af sig selv", "da", {W}),
    ("vores træner spurgte om jeg ville sende billeder i bikini", "da", {W}),
    ("the coach asked her to send pictures of herself in her swimsuit", "en", {W}),
    ("en voksen har bedt min søn om billeder af ham uden trøje", "da", {W}),
    ("æ træner skriver til mig om aftenen og vil ha billeder", "da", {W}),
    ("jeg har lyst til at gøre mig selv fortræd", "da", {W, H}),
    ("hun har gjort sig selv fortræd igen", "da", {W, H}),
    ("han vil gøre sig selv fortræd siger han", "da", {W, H}),
    ("i går aftes brændte jeg mig selv med lighteren", "da", {W, H}),
    ("a brænder mig selv med lighteren når det bliver for meget", "da", {W, H}),
    ("she burns herself with a lighter when she's sad", "en", {W, H}),
    ("jeg samler på piller til hvis det bliver for meget", "da", {W, H}),
    ("hun har gemt piller i flere uger", "da", {W, H}),
    ("i've been saving up pills just in case", "da", {W, H}),
    ("a håber a ikke vågner i morgen", "en", {W, H}),
    ("jeg vil bare ikke vågne i morgen", "da", {W, H}),
    ("i hope i don't wake up tomorrow", "en", {W, H}),
    ("jeg vil bare forsvinde for altid", "da", {W, H}),
    ("nogle gange vil a bare forsvinde for altid", "da", {W, H}),
    ("sometimes i just want to disappear forever", "en", {W, H}),
    ("hun springer frokosten over hver eneste dag", "da", {W, H}),
    ("jeg springer al frokost over og løber 15 km efter aftensmaden", "da", {W, H}),
    ("a springer frokost over hver dag så a ik tager på", "en", {W, H}),
    ("han løber 15 km hver gang han har spist", "da", {W, H}),
    ("hun gemmer maden i sine lommer og smider den ud", "da", {W, H}),
    ("jeg gemmer mad på værelset så mor ikke ser jeg ikke spiser", "da", {W, H}),
    ("hun kaster op efter hvert måltid", "da", {W, H}),
    ("jeg brækker mig efter maden hver aften", "da", {W, H}),
    ("she throws up after every meal", "da", {W, H}),
    ("i skip lunch every day and run after dinner so i don't gain weight", "en", {W, H}),
    ("she hides her food in napkins so nobody sees she isn't eating", "en", {W, H}),
    ("hun går med lange ærmer selvom det er 30 grader og siger spørg min far", "da", {W, H}),
    ("han har plaster på armene midt om sommeren og siger bare spørg min far", "da", {W, H}),
    ("der var blod på hans ærme i dag og han ville ikke sige hvorfor", "da", {W, H}),
    ("there was blood on her sleeve and she wouldn't say why", "en", {W, H}),
    ("he wears long sleeves in the summer heat and just says ask my dad", "en", {W, H}),
    ("hun begynder at græde når hendes far kommer for at hente hende", "da", {W, S}),
    ("han gemmer sig når hans mor kommer og henter ham", "da", {W, S}),
    ("she cries every time her dad comes to pick her up", "en", {W, S}),
    ("he hides under the table when his stepdad comes to pick him up", "en", {W, S}),
    ("min mor ligger bare døddrukken på sofaen når jeg kommer hjem", "da", {W, S}),
    ("hans far var helt væk af druk da han kom hjem i går", "da", {W, S}),
    ("min far er på afvænning og min mor er aldrig hjemme", "da", {W, S}),
    ("hendes mor sælger stoffer fra lejligheden", "da", {W, S}),
    ("my mum is passed out drunk on the couch again", "en", {W, S}),
    ("his dad is in rehab and nobody is looking after him", "en", {W, S}),
    ("hans far dealer hash hjemmefra", "da", {W, S}),
    ("jeg passer min syge mor hver dag efter skole og når ikke lektier", "da", {W, S}),
    ("hun skal passe sin mor der har kræft og laver al maden selv", "da", {W, S, H}),
    ("i look after my sick mum every day so i miss school", "en", {W, S}),
    ("a har ingen steder at være juleaften", "da", {W}),
    ("jeg har ingen steder at tage hen til jul", "da", {W}),
    ("i've got nowhere to go at christmas", "en", {W}),
    ("han ryger jo hash hver eneste morgen før skole", "da", {W}),
    ("a ryger hash hver morgen inden skole", "da", {W}),
    ("hun er 15 og ryger hash hver dag", "da", {W}),
    ("my 14 year old brother smokes weed every morning before school", "da", {W}),
    ("jeg er 15 og ryger joints hver weekend", "da", {W}),
    ("ring til mig hvis du har det sådan igen", "da", {W, H}),
    ("skriv til mig hvis du får det sådan igen, du skal ikke være alene med det", "da", {W, H}),
    ("call me if you feel like that again ok", "da", {W, H}),
    ("please tell me before you hurt yourself again", "da", {W, H}),
    ("lov mig at du ringer før du gør noget dumt igen", "da", {W, H}),
    ("æ har en fyr på 27 der skriver til mig hver nat og æ er 14", "da", {W}),
    ("min søster er 13 og en mand på 42 snapper med hende", "da", {W}),
    ("i weekenden mødtes hun med en fyr på 30 hun har mødt på tiktok", "da", {W}),
    ("he's 38 and keeps texting my cousin who is 14", "en", {W}),
    ("efter skole samlede en mand i en sort bil hende op", "da", {W}),
    ("en mand i en varevogn tilbød drengene slik hvis de satte sig ind", "da", {W}),
    ("a guy in a van offered us a ride and cash", "en", {W}),
    ("this man in a car offered my little sister money yesterday", "en", {W}),
    ("hendes træner har bedt hende om billeder i undertøj", "da", {W}),
    ("our coach keeps asking for pics of ourselves after practice", "da", {W}),
    ("han har flere gange gjort sig selv fortræd", "da", {W, H}),
    ("tænker tit på at gøre mig selv fortræd", "da", {W, H}),
    ("a ku godt finde på at gøre mig selv fortræd", "da", {W, H}),
    ("han brænder sig selv med lighter når han er ked af det", "da", {W, H}),
    ("jeg har sparet sovepiller op i en måned", "da", {W, H}),
    ("she's been stashing painkillers in her drawer", "en", {W, H}),
    ("gid jeg aldrig vågner i morgen", "da", {W, H}),
    ("tbh i just hope i dont wake up tomorrow", "en", {W, H}),
    ("hun har sprunget al frokost over i en måned", "da", {W, H}),
    ("he skips every meal at school and says he isnt hungry", "en", {W, H}),
    ("hun løber altid efter hvert måltid", "da", {W, H}),
    ("min veninde gemmer maden under sengen", "da", {W, H}),
    ("hun brækker sig med vilje efter aftensmaden", "da", {W, H}),
    ("i throw up after every meal now", "da", {W, H}),
    ("hun har altid plastre på armene selv om sommeren", "da", {W, H}),
    ("han går i lange ærmer hele sommeren og vil ikke snakke om det", "da", {W, H}),
    ("there was blood on his hoodie sleeve and he hid his arm", "en", {W, H}),
    ("min lillebror gemmer sig hver gang far kommer hjem fra værtshuset og skal hente ham", "da", {W, S}),
    ("he freezes every time his dad comes to get him", "en", {W, S}),
    ("mor lå døddrukken på gulvet da a kom hjem", "da", {W, S}),
    ("min far er i behandling for sit misbrug og mor arbejder hele tiden", "da", {W, S}),
    ("my dad is selling drugs from our flat", "en", {W, S}),
    ("æ tager mig af min syge far hver dag før skole", "da", {W, S}),
    ("a har ingen at holde jul med i år", "en", {W}),
    ("we have nowhere to go for christmas this year", "en", {W}),
    ("ryger hash hver eneste morgen før skole lol, er 15", "da", {W}),
    ("min bror på 14 ryger jo hash hver dag", "da", {W}),
    ("snap mig hvis du får det sådan igen ❤️", "da", {W, H}),
    ("text me if you feel that way again, i mean it", "da", {W, H}),
    # Kinds seen on later writers' sets, in our own wording: a parent's pills, a burden, soon gone, home alone for
    # weeks, a carer turning bad when drinking, an adult from the net sending pictures, daily cannabis before lessons.
    ("han har taget nogle af sin fars sovepiller for at kunne sove", "da", {W, H}),
    ("det ville være lettere for alle hvis a bare ik var her", "da", {W, H}),
    ("a er alligevel bare en byrde for alle", "da", {W, H}),
    ("snart er jeg bare væk, så slipper i", "da", {W, H}),
    ("de to små har været alene hjemme i to uger og forældrene er rejst", "da", {W, S}),
    ("my stepdad gets scary when he drinks so i stay out late", "en", {W, S}),
    ("en voksen jeg mødte på discord sender billeder til mig og siger jeg ik må sige det til nogen", "da", {W}),
    ("Oskar ryger hash hver morgen før første time", "da", {W}),
]

# Hard negatives: no welfare.concern (health or social data of other kinds may still be found).
NEGATIVES: list[tuple[str, str]] = [
    ("Kampagne: Voksne mænd der skriver til børn på nettet – sådan taler du med dit barn", "da"),
    ("Hvis en voksen beder dig om billeder, så sig det til en voksen du stoler på", "da"),
    ("Lær om grooming i 8. klasse: hvad gør man hvis en fremmed skriver?", "da"),
    ("min onkel på 40 henter mig efter fodbold i dag", "da"),
    ("vores træner spurgte om vi ville sende billeder fra kampen til klubbens side", "da"),
    ("min far på 45 kørte mig og min veninde på 14 til træning", "da"),
    ("en mand i en bil spurgte om vej til hallen", "da"),
    ("der holdt en mand i en bil og ventede på sin datter", "da"),
    ("Ring til Børnetelefonen på 116 111 hvis du har det svært", "da"),
    ("Temadag om selvskade: hvordan opdager man det?", "da"),
    ("jeg brændte mig på ovnen i går", "da"),
    ("jeg brændte mig på lighteren da jeg tændte lys", "da"),
    ("jeg gemmer lige slik til i morgen", "da"),
    ("jeg håber ikke jeg vågner for sent i morgen", "da"),
    ("jeg vil bare forsvinde til Mallorca i en uge haha", "da"),
    ("jeg springer frokosten over i dag fordi vi skal ud og spise", "da"),
    ("jeg løb 15 km i dag efter aftensmaden, ny PR!", "da"),
    ("hun gemmer altid det bedste til sidst", "da"),
    ("fodboldspillere skal spise meget protein og springe slik over", "da"),
    ("jeg kastede op efter turen i tivoli", "da"),
    ("hun fik plaster på knæet efter fodbold", "da"),
    ("han har lange ærmer på fordi han fryser", "da"),
    ("der var blod på hans ærme efter han slog næsen i fodbold", "da"),
    ("min lillebror græder altid når vi skal hjem fra legepladsen", "da"),
    ("min far faldt i søvn på sofaen", "da"),
    ("min far er på arbejde til sent", "da"),
    ("min mor ligger syg med influenza så jeg laver aftensmad i dag", "da"),
    ("vi holder jul hos mormor i år", "da"),
    ("Foredrag om børn af alkoholikere og unge pårørende", "da"),
    ("Husk at ringe til Alkolinjen hvis du er ung pårørende", "da"),
    ("lektier er så kedelige jeg gider ikke", "da"),
    ("mine forældre er så irriterende, de vil ikke give mig mere lommepenge", "da"),
    ("ring til mig hvis du vil spille fifa i aften", "da"),
    ("ring til mig hvis du har brug for hjælp med matematik", "da"),
    ("i romanen ryger hovedpersonen hash hver morgen", "da"),
    ("Vi underviser i dag om hash og unge", "da"),
    ("min far ryger hash lovligt i Canada", "da"),
    ("he burned himself on the grill lol", "en"),
    ("i skip lunch when we have football practice and eat after", "en"),
    ("she throws up after every rollercoaster", "da"),
    ("I hope i don't wake up late tomorrow", "en"),
    ("vores træner skriver til os på holdets snap om kampen i morgen", "da"),
    ("min far henter mig efter skole i dag", "da"),
    ("en mand i en bil kørte ind i vores postkasse", "en"),
    ("træneren bad os sende billeder fra turneringen til klubbens side", "da"),
    ("jeg gjorde mig selv en tjeneste og tog fri", "da"),
    ("jeg samler på klistermærker", "da"),
    ("vi gemte piller i førstehjælpskassen på lejrturen", "da"),
    ("jeg håber jeg vågner i morgen uden feber", "da"),
    ("jeg forsvandt lige i en time på biblioteket", "da"),
    ("jeg springer frokosten over i dag, vi skal have kage", "da"),
    ("we skip lunch on fridays because school ends early", "da"),
    ("vi løber efter hvert måltid på lejren for sjov haha", "da"),
    ("jeg gemmer maden til i morgen", "da"),
    ("hun kastede op efter turen i karrusellen", "da"),
    ("jeg har plaster på knæet efter jeg faldt på cyklen", "da"),
    ("han har lange ærmer på fordi han fryser", "da"),
    ("hun græder når vi skal hjem fra stranden", "da"),
    ("min mor er på arbejde og min far er i Aarhus", "da"),
    ("Foredrag: når mor eller far drikker", "da"),
    ("min far sælger biler", "da"),
    ("vi holder jul hos farmor", "da"),
    ("skriv til mig hvis du vil med i biffen", "da"),
    ("ring til mig hvis du har brug for et lift i morgen", "da"),
    ("Vi mødes med en 40-årig mand fra kommunen om den nye hal", "da"),
    ("we are meeting with a 40 year old man from the council about the new hall", "en"),
    ("snart er jeg væk på ferie i to uger", "da"),
    ("vi var alene hjemme i weekenden og så film", "da"),
    ("jeg tog mine piller i morges som lægen sagde", "da"),
    ("min far ryger en smøg hver morgen før arbejde", "da"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), POSITIVES)
def test_round16_welfare_signs(text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), NEGATIVES)
def test_round16_welfare_negatives(text: str, lang: str) -> None:
    assert W not in categories(text, lang)
