"""Round 13: welfare kinds two unseen sets missed, in our own wording, beside hard negatives.

Kinds: the home not a good place to be (sleeping at a relative's because of it, unable to be at home, a bed wanted
for tonight); secrecy imposed at home (the family's business, the threat of a children's home); eating disorders
(stopped eating, weighing oneself again and again, fainting, the packed lunch thrown away, one cracker a day);
suicidal hints and goodbyes (stepping in front of a train, a goodbye and then silence, giving one's things away,
not being around for a holiday, "if anything happens to me"); grooming (an adult too kind, and secrecy); sextortion;
neglect (hungry and in dirty clothes); self-harm marks explained away. Look-alikes: idioms, graduation farewells,
holidays, moving house, meat-free diets, fainting in the heat, mud after a match, helplines and teaching. Only the
three categories this round owns are compared, from the rule checks (the category model is trained and judged
apart). All people are invented.
"""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

W, S, H = "welfare.concern", "personal.social", "personal.health"
MINE = frozenset({W, S, H})


def categories(text: str, lang: str) -> set[str]:
    """The three categories the rule checks find (not the category model's ".model" findings)."""
    return found_categories(text, lang, MINE, rules_only=True)


# (id, text, lang, expected categories among the three)
CASES: list[tuple[str, str, str, set[str]]] = [
    # The home not a good place to be: welfare; social when the home is called unsafe, a fight or carer is named.
    ("home-da-sub-order", "Jonas sover hos sin mormor for tiden, fordi det ikke er trygt derhjemme", "da", {W, S}),
    ("home-da-main-order", "ærligt er det ikk rart at være hjemme længere, a orker det ikk", "da", {W, S}),
    ("home-da-dialect", "æ ikk kan være derhjemme når de råber sådan", "da", {W, S}),
    ("home-da-relative", "a har boet hos min faster i to uger for far er aldrig ædru", "da", {W, S}),
    ("home-da-bed-tonight", "ved nogen hvor jeg kan sove i nat? kan ikk være derhjemme", "da", {W, S}),
    ("home-en-relative", "Mia has been staying at her aunt's because she can't be at home with him", "en", {W, S}),
    ("home-en-things", "things are really bad at home rn, can I stay at the club late?", "en", {W, S}),
    ("home-neg-holiday", "Vi sover hos mormor i weekenden fordi mor og far er på ferie", "da", set()),
    ("home-neg-renovation", "Freja bor hos sin moster mens de renoverer huset, fordi der ikke er noget køkken", "da",
     set()),
    ("home-neg-sick", "a sover hos min farmor i nat fordi mor er syg og ikk kan passe os", "da", {H}),
    ("home-neg-weather", "Det er ikke trygt at cykle hjem i den storm, bliv i hallen", "da", set()),
    ("home-neg-camp", "Hvor kan man sove i nat på lejren? Husk liggeunderlag", "da", set()),
    # Secrecy imposed at home.
    ("secret-da-home", "jeg får ikke lov til at fortælle om det der foregår derhjemme", "da", {W, S}),
    ("secret-da-family", "mor sagde det bare er familiens sag og at jeg skal tie stille", "da", {W, S}),
    ("secret-da-threat", "han siger jeg skal holde kæft ellers bliver vi fjernet allesammen", "da", {W}),
    ("secret-en-home", "we're not allowed to tell anyone what happens at home", "en", {W, S}),
    ("secret-neg-gift", "Sig det ikke til nogen, det er en overraskelse til mors fødselsdag 🎁", "da", set()),
    ("secret-neg-debate", "Om man holder jul eller ej er vel familiens egen sag", "da", set()),
    # Eating disorders: health and welfare.
    ("eat-da-stopped", "Emma er holdt op med at spise og gemmer maden i servietten", "da", {W, H}),
    ("eat-da-stopped-2", "han er stoppet med at spise siden sommerferien", "da", {W, H}),
    ("eat-da-weigh", "hun vejer sig ti gange om dagen og græder over vægten", "da", {W, H}),
    ("eat-da-faint", "Alma besvimede i frikvarteret igen, hun spiser næsten ingenting", "da", {W, H}),
    ("eat-da-lunch", "Oskar smider sin madpakke i skraldespanden hver dag og siger han ikke er sulten", "da",
     {W, H}),
    ("eat-da-cracker", "a får kun en riskiks om dagen og vil tabe mig mere", "da", {W, H}),
    ("eat-en-weigh", "my sister weighs herself like 6 times a day and skips dinner", "en", {W, H}),
    ("eat-en-lunch", "Lily throws her lunch in the bin every day and nearly fainted in PE", "en", {W, H}),
    ("eat-neg-meat", "Vi er stoppet med at spise kød derhjemme af hensyn til klimaet", "da", set()),
    ("eat-neg-heat", "To spillere besvimede i varmen til stævnet, husk vand og solcreme", "da", set()),
    ("eat-neg-forgot", "Ups, glemte madpakken derhjemme i dag, heldigvis har kantinen åben", "da", set()),
    ("eat-neg-weigh-post", "Vi vejer pakkerne inden de sendes, max 2 kilo", "da", set()),
    ("eat-neg-pet", "Vores kat er stoppet med at spise, skal vi til dyrlægen?", "da", set()),
    ("eat-neg-pet-en", "our dog has stopped eating since the move, any tips?", "en", set()),
    ("eat-neg-diet", "jeg spiser kun en banan om dagen til morgenmad, resten er normalt haha", "da", set()),
    # Suicidal hints and goodbyes.
    ("hint-da-train", "har tænkt på at træde ud foran et tog på vej hjem", "da", {W, H}),
    ("hint-da-goodbye", "Sofie sendte en besked hvor hun sagde farvel og nu tager hun ikke sin telefon", "da",
     {W, H}),
    ("hint-da-giveaway", "min bror giver alle sine ting væk og siger han ikke får brug for dem", "da", {W, H}),
    ("hint-da-christmas", "a skal nok ikk være her til jul, det er bedre sådan", "da", {W, H}),
    ("hint-da-rather", "Anton sagde at han hellere vil være død end at leve sådan her", "da", {W, H}),
    ("hint-en-train", "sometimes i think about stepping in front of the train on my way to school", "en", {W, H}),
    ("hint-en-goodbye", "Ben texted us all goodbye last night and now he's not answering", "en", {W, H}),
    ("hint-en-birthday", "she keeps saying she won't be around for her birthday 😔", "en", {W, H}),
    ("hint-en-giveaway", "my cousin is giving away all his games and clothes, says he won't need them", "en", {W, H}),
    ("hint-neg-idiom", "den her matematikopgave tager livet af mig", "da", set()),
    ("hint-neg-idiom-2", "du tager livet af mig med de jokes", "da", set()),
    ("hint-neg-graduation", "Farvel til alle eleverne i 9. klasse, vi ses til sommerfesten!", "da", set()),
    ("hint-neg-graduation-2", "Farvel og tak til alle forældre og frivillige for en fantastisk sæson", "da", set()),
    ("hint-neg-say-bye", "Husk at sige farvel til alle inden I går hjem fra lejren", "da", set()),
    ("hint-neg-holiday", "I won't be around for christmas because we're flying to my dad's in Spain", "en", set()),
    ("hint-neg-holiday-da", "a er ikk her til jul, skal til Thailand med min mor", "da", set()),
    ("hint-neg-moving", "giving away all my stuff before we move to Aarhus, dm if you want anything", "en", set()),
    ("hint-neg-safety", "Pas på, gå aldrig ud foran bussen når den holder", "da", set()),
    ("hint-neg-goodbye-trip", "Mads sagde farvel i går, han er på lejrskole og svarer ikke før fredag", "da", set()),
    # Grooming: an adult too kind and a secret.
    ("groom-en-coach", "the coach keeps buying me stuff and says i'm his favourite, I mustn't tell the others",
     "en", {W}),
    ("groom-da-coach", "træneren køber ting til hende og kører hende hjem, hun må ikke sige det til de andre", "da",
     {W}),
    ("groom-neg-carpool", "Træneren kører drengene hjem efter kampen på lørdag", "da", set()),
    # Sextortion.
    ("sext-da", "han truer med at dele billederne på snap til hele klassen hvis hun ikke sender flere", "da", {W}),
    ("sext-en", "some guy says he'll post my pics to everyone at school unless i send more", "en", {W}),
    ("sext-neg-photos", "Vi deler billederne fra lejrturen med alle forældre i morgen", "da", set()),
    # Neglect: hungry and in dirty clothes.
    ("neglect-da", "Lukas var sulten igen og hans tøj var beskidt og lugtede", "da", {W}),
    ("neglect-en", "Ava turned up hungry again, in the same dirty clothes as last week", "en", {W}),
    ("neglect-neg-mud", "Tøjet var beskidt efter kampen, husk at tage skiftetøj med", "da", set()),
    # Self-harm marks explained away.
    ("marks-da", "Liva har lårene fulde af ridser og siger det er fra katten", "da", {W, H}),
    ("marks-en", "Jake's arms are covered in cuts and he said it was the cat", "en", {W, H}),
    ("marks-neg-cat", "Vores nye kat har givet mig ridser på armene 🐱 så sød", "da", set()),
    # Campaigns and teaching stay clean.
    ("neg-campaign", "Temaaften om spiseforstyrrelser: hvad gør du, hvis din ven holder op med at spise?", "da",
     set()),
    ("neg-helpline", "Hvis nogen truer med at dele dine billeder, så ring til Børnetelefonen på 116 111", "da", set()),
    ("neg-binge", "a har ikk sovet i nat fordi a så hele serien på netflix 💀", "da", set()),
]


@pytest.mark.parametrize(("case_id", "text", "lang", "expected"), CASES, ids=[case[0] for case in CASES])
def test_round13_welfare_kinds(case_id: str, text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected, case_id
