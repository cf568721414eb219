"""Broad demeaning generalisations (conduct.discrimination): a group word and a negative trait, loosely composed.

Written in fresh wording, not taken from any tuning set: every group family (ethnicity, skin colour, migrants,
faith, gender, sexuality, gender identity, disability, age) in Danish and English, with a person singled out
(conduct.harassment as well) and hard negatives beside them: neutral mentions, denials, rebuttals, teaching,
reporting, praise, sports results and group words used for things.
"""

from __future__ import annotations

import pytest

from monitor.checks import conduct
from monitor.checks.engine import Checker

H, D = "conduct.harassment", "conduct.discrimination"
MINE = {H, D}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(check_classes=conduct.CHECKS)


def categories(checker: Checker, text: str) -> set[str]:
    return {f.category for f in checker.check(text)} & MINE


POSITIVES = [
    # ethnicity, nationality, skin colour, migrants
    ("polakker-dovne", "polakkerne på byggepladsen er dovne allesammen", {D}),
    ("somaliere-tyve", "Somaliere er nogle tyve, pas på jeres tasker", {D}),
    ("arabere-ødelægger", "arabere ødelægger hver eneste fest i byen", {D}),
    ("udlændinge-snylter", "udlændingene snylter bare på vores system", {D}),
    ("sorte-dumme", "de sorte er bare dummere end os, sådan er det", {D}),
    ("brune-kriminelle", "brune drenge er altid kriminelle i de her kvarterer", {D}),
    ("refugees-criminals", "refugees are all criminals, look at the news", {D}),
    ("foreigners-stink", "foreigners stink up the whole bus every morning", {D}),
    ("mexicans-lazy", "Mexicans are so lazy lol", {D}),
    ("indvandrere-send-hjem", "Der er alt for mange indvandrere i klubben, send dem hjem", {D}),
    ("immigrants-drag-down", "those immigrant kids drag the whole class down", {D}),
    ("rydder-for", "snart rydder vi hallen for somaliere", {D}),
    ("ud-med", "ud med flygtningene, nu!", {D}),
    # faith
    ("muslimer-farlige", "muslimer er farlige, det ved alle", {D}),
    ("jøder-grådige-styrer", "jøderne styrer bankerne og medierne", {D}),
    ("christians-brainwashed", "christians are brainwashed idiots", {D}),
    ("ret-om", "han havde ret om muslimerne", {D, H}),
    # gender
    ("kvinder-hysteriske", "kvinder er for hysteriske til at være ledere", {D}),
    ("piger-svage", "Piger er alt for svage til håndbold", {D}),
    ("women-useless", "women are useless at chess, everyone knows it", {D}),
    ("boys-stupid", "boys are just stupid animals", {D}),
    # sexuality and gender identity
    ("bøsser-klamme", "bøsser er klamme og burde holde sig væk", {D}),
    ("lesbiske-syge", "lesbiske er syge i hovedet", {D}),
    ("trans-forvirrede", "transkønnede er bare forvirrede teenagere", {D}),
    ("trans-freaks", "trans people are freaks", {D}),
    ("gays-ruin", "gays ruin everything they touch", {D}),
    # disability
    ("handicappede-sinker", "De handicappede sinker hele holdet", {D}),
    ("autister-ødelægger", "autister ødelægger stemningen på lejren hver gang", {D}),
    ("disabled-kids-no-place", "disabled kids have no place on a normal team", {D}),
    ("kørestol-burde-ikke", "kørestolsbrugere burde ikke være med på ture", {D}),
    ("udviklingshæmmede-fatter", "udviklingshæmmede fatter ingenting, hvorfor er de her", {D}),
    # age
    ("gamle-fatter", "gamle mennesker er forkalkede og langsomme", {D}),
    ("pensionister-i-vejen", "pensionisterne ødelægger det for os i svømmehallen", {D}),
    ("boomers-useless", "boomers are useless with phones, every single one of them", {D}),
    ("for-gammel", "Lærer Birthe er for gammel til at undervise os", {D, H}),
    ("should-retire", "grandma should retire, she can't even open a pdf", {D, H}),
    # a person singled out by their group
    ("singled-tyrker", "Emre er tyrker, og derfor kan han ikke finde ud af matematik", {D, H}),
    ("singled-pige", "Hun er pige, så selvfølgelig kan Ida ikke tackle", {D, H}),
    ("singled-muslim", "Khalid er muslim og ligner en terrorist", {D, H}),
    ("singled-girls", "Freja plays keeper, but girls are too slow for this", {D, H}),
    ("singled-gamle", "Gamle Erling fatter intet, sådan er de gamle, senile allesammen", {D, H}),
    ("singled-gay", "Oliver is gay so obviously he's a creep", {D, H}),
]

NEGATIVES = [
    # neutral mentions
    ("neutral-muslimske", "vores muslimske elever fejrer eid i næste uge, alle er velkomne", set()),
    ("neutral-polakker", "Polakkerne fra udvekslingen kommer på besøg fredag", set()),
    ("neutral-flygtninge", "flygtninge kan få gratis lektiehjælp på biblioteket", set()),
    ("neutral-handicappede", "handicappede kan komme ind via rampen ved hovedindgangen", set()),
    ("neutral-pensionister", "pensionisterne fra ældreklubben bagte boller til os", set()),
    ("neutral-trans", "trans unge kan få rådgivning hos LGBT+ Ungdom", set()),
    # things, not people
    ("thing-sorte-bukser", "husk sorte bukser til koncerten, de hvide er for små", set()),
    ("thing-ældre-elever", "ældre elever skal ikke med på turen i år", set()),
    ("thing-de-gamle-bygninger", "de gamle bygninger er for dårlige, de bliver revet ned", set()),
    # denials and rebuttals
    ("denial", "muslimer er ikke farligere end andre", set()),
    ("rebuttal-fordom", "Det er en fordom at piger er for svage til fodbold", set()),
    ("rebuttal-en", "it's not true that refugees are lazy", set()),
    ("rebuttal-passer-ikke", "folk siger at indvandrere er kriminelle, men det passer ikke", set()),
    ("reported", "min onkel mener at handicappede sinker alle, hvilket er noget vrøvl", set()),
    # teaching and reporting
    ("teaching-historie", "I historie lærte vi at nazisterne sagde at jøderne styrede verden", set()),
    ("teaching-fordomme", "Vi talte om fordomme som at sorte er dovne, og hvorfor de skader", set()),
    # praise and pride
    ("praise-piger", "pigerne er stærke og vandt hele turneringen", set()),
    ("praise-ældre", "de ældre frivillige er fantastiske, tak for hjælpen", set()),
    # sports and scores
    ("score-pigerne", "Drengene tabte 2-5 til pigerne, de var for langsomme i dag", set()),
    ("score-sorte", "De sorte tabte 1-3 mod de hvide i skolefodbolden", set()),
    # the trait is someone else's
    ("other-subject", "Vi har mange indvandrere på holdet, og jeg er dårlig til at huske navne", set()),
    ("self-age", "jeg er for gammel til at forstå TikTok haha", set()),
    ("self-group", "Jeg er muslim og elsker at spille fodbold med jer", set()),
    # negated trait verbs
    ("negated-verb", "handicappede ødelægger ikke noget, de er en del af holdet", set()),
    ("girls-can", "piger kan sagtens finde ud af at kode, kom til workshoppen", set()),
]

# wider vocabulary: the insult lexicon as traits, implied groups, supremacy, "og"-joined traits, hedges
WIDER = [
    ("bøller", "Tyrkerne i byen er nogle bøller", {D}),
    ("aggressive-adj-group", "de nydanske drenge er altid aggressive", {D}),
    ("af-med-alle-de", "Vi skal af med alle de somaliere", {D}),
    ("lavere-iq", "sorte har lavere IQ, det er videnskab", {D}),
    ("supremacy", "hvide mennesker er bedre end sorte", {D}),
    ("bad-influence", "gay kids are a bad influence on our children", {D}),
    ("umulige", "autistiske børn er umulige at have i klassen", {D}),
    ("sure-og-bitre", "gamle damer er sure og bitre", {D}),
    ("singled-sikkert-terrorist", "Mohammed er muslim, så han er sikkert terrorist", {D, H}),
    ("singled-og-trait", "Emil er bøsse og ulækker", {D, H}),
    ("senil-person", "den gamle pedel er senil og burde gå på pension", {D, H}),
    ("behind-it", "the jews are behind all of it", {D}),
    ("not-real-women", "Trans women aren't real women", {D}),
    ("benefits", "immigrants only come here for the benefits", {D}),
    ("group-adj-workers", "Polish workers steal our jobs", {D}),
    ("duer-ikke", "Piger duer ikke til fodbold", {D}),
    ("integreres", "muslimer kan ikke integreres, de vil aldrig blive danske", {D}),
    ("derfor-en-tyv", "Ali er araber og derfor en tyv", {D, H}),
    ("for-følsom", "Maja er kvinde, så hun er selvfølgelig for følsom til at lede", {D, H}),
    ("vores-ulykke", "Jøderne er vores ulykke", {D}),
    ("implied-ud-af-landet", "hvid magt, send dem allesammen ud af landet", {D}),
    ("piger-mål", "piger skal ikke stå på mål, det ved alle", {D}),
    ("vantro", "de vantro fortjener at dø", {D}),
    ("betale-for", "Hvorfor skal vi betale for handicappede unger der alligevel ikke kan noget", {D}),
    ("beard", "Omar, du er en terrorist med det skæg", {D, H}),
    ("white-lives", "white lives matter more", {D}),
    ("fremmede", "alle de fremmede ødelægger vores by", {D}),
    ("stick-to", "Girls should stick to dancing", {D}),
    ("men-english", "men are pigs, every single one", {D}),
    ("døve-i-vejen", "blinde og døve er bare i vejen", {D}),
    ("joke", "autister kan ikke tage en joke", {D}),
    ("vil-ikke-have-flere", "vi vil ikke have flere udlændinge i klubben", {D}),
    ("grønlændere", "grønlændere er altid fulde", {D}),
    ("group-then-de", "Alle de polakker i klubben sviner, de er nogle snyltere", {D}),
    # hard negatives for the wider vocabulary
    ("men-danish", "Men de var søde og hjælpsomme hele turen, tak til holdet", set()),
    ("fulde-af", "De svenske gæster var fulde af energi hele dagen", set()),
    ("score-nationality", "Svenskerne tabte 1-3 i går, de var for langsomme i dag", set()),
    ("equal", "Vi mener at mænd og kvinder er ens og skal have samme løn", set()),
    ("hedged-health", "Mange mænd er dårlige til at gå til læge, så husk tjek", set()),
    ("bare-predicate", "Han er bøsse og har været kæreste med Lars i tre år", set()),
    ("not-all", "Not all immigrants are criminals, stop generalising", set()),
    ("de-gamle-things", "de gamle regler var for dårlige, nu har vi nye", set()),
    ("de-gamle-stole", "hvorfor skal vi have de gamle stole med på turen", set()),
    ("arbejder-sort", "Vores nabo arbejder sort om aftenen", set()),
    ("conditional", "Ældre mennesker skal blive hjemme hvis de har feber", set()),
    ("relayed-wrong", "He said girls can't play football but he was wrong", set()),
    ("forkert-at-sige", "Det er forkert at sige at indvandrere er kriminelle", set()),
    ("ældre-medarbejdere", "Ældre medarbejdere burde ikke arbejde over, siger reglerne", set()),
    ("soldiers-of-name", "Vi holder gaderne fri for perkere, skriver Soldiers of Odin", {D}),
]

CASES = POSITIVES + NEGATIVES + WIDER


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_broad_discrimination(checker: Checker, name: str, text: str, expected: set[str]) -> None:
    assert categories(checker, text) == expected, name
