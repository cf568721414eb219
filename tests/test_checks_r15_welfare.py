"""Round 15: welfare misses fixed at their cause, in our own wording, beside hard negatives.

Causes: "at"/"in the" after a violent verb's target was read as a game ("beat me at chess") even before a time or
the body ("hurts him at night", "slaps me in the face"); a relative clause after the agent ("samlever, som har
slået drengen") and "drengen"/"pigen" as targets; a threat worded act-first ("truet med at slå mig"); secrecy kept
by a threat ("hvis jeg fortæller nogen ... så"); being locked in as a passive with no agent named; food withheld;
the locks changed or not let back in; sleeping rough in any tense or contraction ("ive been sleeping in the bus
shelter"); burns put down to a carer ("her dad does it"); a carer letting a child drink or sending it for beer;
younger siblings and "he is 11" as minors; rage at home (shouting with things smashed); not daring to go home with a
carer named is social too. Only the three categories this round owns are compared, from the rule checks (the
category model is trained and judged apart). All people are invented.
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
    # Violence with a time, place or body part after the target; games stay out.
    ("at-night", "her stepdad hurts her at night when mum works late", "en", {W, S}),
    ("at-home", "my uncle hits me at home when nobody is there", "en", {W, S}),
    ("in-face", "his dad slapped him in the face again yesterday", "en", {W, S}),
    ("at-chess", "my brother beat me at chess again", "en", set()),
    ("in-final", "dad beat me in the final of the club tournament", "en", set()),
    # Relative clause after the agent, a child named by a noun, a threat worded act-first.
    ("relative-clause", "Hendes mor kan ikke styre sin samlever, som har slået pigen flere gange", "da", {W, S}),
    ("threat-act-first", "min storebror har truet med at banke mig hvis a siger noget", "da", {W, S}),
    ("threat-kick-out", "hans far truede med at smide ham ud i går", "da", {W, S}),
    ("threat-game", "min bror truede med at slå mig i fifa", "da", set()),
    # Secrecy kept by a threat.
    ("secret-threat-da", "min papfar har sagt at hvis a siger det til nogen så ryger a på børnehjem", "da", {W, S}),
    ("secret-threat-en", "her uncle told her if she tells anyone he will hurt her mum", "en", {W, S}),
    ("secret-joke", "min mor siger hvis jeg fortæller en vittighed mere så går hun", "da", set()),
    ("secret-innocent", "min far siger hvis jeg siger noget grimt så får jeg stuearrest", "da", set()),
    ("secret-proud", "dad said if i tell my teacher he will be proud", "en", set()),
    # Locked in (passive), food withheld, locked out.
    ("locked-in-passive", "a blir låst inde i kælderen hver gang far er sur", "da", {W, S}),
    ("locked-in-en", "she gets locked in her bedroom for the whole weekend", "en", {W, S}),
    ("food-withheld", "jeg får ikke aftensmad når jeg får dårlige karakterer", "da", {W, S}),
    ("bed-without-dinner", "he was sent to bed without dinner again for talking back", "en", {W, S}),
    ("locks-changed", "min mor har skiftet låsen og vil ikke lukke mig ind", "da", {W, S}),
    ("not-let-in", "my parents won't let me back in the house", "en", {W, S}),
    ("escape-room", "vi blev låst inde i et escape room i en time", "da", set()),
    ("locked-gym", "we got locked in the gym by accident", "en", set()),
    ("food-time", "jeg får ikke mad før kl 19 i dag", "da", set()),
    ("bike-lock", "de skiftede låsen på cykelkælderen", "da", set()),
    # Sleeping rough, any tense or contraction.
    ("bus-shelter", "im 13 and ive been sleeping at the bus stop since friday", "en", {W}),
    ("stairwell", "the boy from 7a sleeps in their stairwell most nights now", "en", {W}),
    ("basement-da", "Mikkel fra 8.b har sovet i en kælder i over en uge", "da", {W}),
    ("interrail", "vi sov på banegården i Hamborg på interrail", "da", set()),
    ("missed-train", "we slept at the train station after we missed the last train", "en", set()),
    # Burns and cuts put down to a carer.
    ("burns-dad", "Sami has burns on his hands and says his dad did it", "en", {W, S}),
    ("brandsaar-da", "Liva har brandsår på armen og siger det er hendes stedfar der gør det", "da", {W, S}),
    ("burns-oven", "Noor burned her arm on the grill at camp", "en", set()),
    ("does-it-for-living", "his dad does it for a living, he is a firefighter", "en", set()),
    # A carer supplying a child with alcohol or tobacco.
    ("drink-allowed", "hun er 13 og fik lov til at drikke vodka med sin mor til nytår", "da", {W, S}),
    ("sent-for-smokes", "min søn på 14 blev sendt efter smøger til sin far igen", "da", {W, S}),
    ("lets-drink", "my little brother is 11 and dad lets him drink beer with his mates", "en", {W, S}),
    ("soft-drink", "vi fik lov at drikke sodavand til klubfesten", "da", set()),
    ("score-beer", "the score is 12 and we drank beer after the match", "en", set()),
    # Rage at home.
    ("smash-night", "a kan ikke sove, de skændes og smadrer tallerkener hele natten", "da", {W, S}),
    ("throw-plates", "my stepdad was yelling and throwing plates at home again", "en", {W, S}),
    ("shouting-blows", "det er bare skrig og slag derhjemme for tiden", "da", {W, S}),
    ("sloejd", "børnene råbte og smadrede ting i sløjd med hammere", "da", set()),
    ("stadium", "publikum råbte og kastede med ting på banen til kampen", "da", set()),
    ("referee", "the fans were yelling and throwing stuff at the referee", "en", set()),
    # Not daring to go home: welfare; the weather is no sign.
    ("home-weather", "vi tør ikke tage hjem i den her storm", "da", set()),
]


@pytest.mark.parametrize(("case_id", "text", "lang", "expected"), CASES, ids=[case[0] for case in CASES])
def test_round15_welfare_causes(case_id: str, text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) == expected, case_id
