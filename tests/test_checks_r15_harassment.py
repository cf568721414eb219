"""Round 15: the causes behind harassment misses, fixed at the level of the frame, in the checks' own words.

Each block names the cause (a closed word list, a fixed-width guard, a frame that stopped at a contraction or an
emoji) and holds variants the tuning material does not contain, beside hard negatives.
"""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

HARASSMENT = "conduct.harassment"
DISCRIMINATION = "conduct.discrimination"


@pytest.mark.parametrize(("text", "flagged"), [
    # English contractions and typographic apostrophes end the third-person and second-person frames
    ("he's braindead lol", True),
    ("she’s such a clown", True),
    ("you’re a loser", True),
    ("he's the best", False),
    ("it's stupid", False),
    ("Emma's stupid dog ate my homework", False),
    # an emoji ends a clause as a full stop does: a vocative insult after it
    ("godt forsøg 😂 klovn", True),
    ("vi tabte 3-0 😭 taber igen", False),
    ("vi var til klovneshow 🎪 klovn", False),
    # everyday words of contempt the lexicon lacked
    ("Kasper din gamle nisse", True),
    ("du er sådan en kæmpe noob", True),
    ("hvor er du irriterende Mads", True),
    ("han er en svindler", True),
    ("julenissen kommer i morgen", False),
    ("det er irriterende at bussen er forsinket", False),
    ("Hun er irriterende god til fodbold", False),
    # the word taken back onto the speaker later in the post is self-deprecation
    ("you're a clown lol, it's me who's the clown", False),
    ("du er en idiot, og jeg er ikke en idiot", True),
])
def test_frames_and_words(text: str, flagged: bool) -> None:
    assert (HARASSMENT in found_categories(text)) is flagged


@pytest.mark.parametrize(("text", "flagged"), [
    # mockery by hyperbole: so bad that even ..., any subject but the speaker, any verb of doing
    ("hun synger så falsk at selv hunden går sin vej", True),
    ("he's so slow even my grandma beats him", True),
    ("Mikkel spiller så elendigt at selv en blind ville score", True),
    ("jeg er så dårlig at selv min lillebror slår mig", False),
    ("vi spillede så dårligt at selv træneren grinede", False),
    ("vejret er så dårligt at selv hundene bliver inde", False),
    # the subject is a whole word before the verb: "spiller" is not "spill" + "er"
    ("jeg spiller så falsk at selv min guitar græder", False),
    ("a løber så langsomt at selv min mormor slår mig", False),
    # telling a third person to shut up, no possessive; not the speaker, not a general rule
    ("han skal bare holde kæft", True),
    ("she should just shut up", True),
    ("I should shut up lol", False),
    ("man skal holde kæft i biografen", False),
    ("jeg burde holde kæft", False),
    # a voice likened to a dead or dying animal; not an engine
    ("he sings like a dying cow", True),
    ("motoren lyder som en døende ko", False),
    # setting others on someone to tell them how bad they are; not "tell me"
    ("tell him how useless he is", True),
    ("skriv til hende hvor grim hun er", True),
    ("fortæl mig hvor dårlig jeg er", False),
    ("sig til mor hvor glad du er", False),
    # a person called a joke: a title with a name, any adjective but a kind one
    ("træner Bo er en komplet joke", True),
    ("Mrs Hansen is a sad joke lol", True),
    ("coach Martin told a joke", False),
    ("træner Bo er en god joke-fortæller", False),
    # a shame or a disgrace to a team or school
    ("Mikkel is a disgrace to this club", True),
    ("det er en skam for holdet at vi tabte", False),
    # the worst in a place, on a server, on the team; adverbs between the speaker and the superlative
    ("han er den værste keeper på holdet", True),
    ("worst teacher in school fr", True),
    ("jeg er den værste keeper på holdet lol", False),
    ("Sofie er den bedste keeper på holdet", False),
    ("i'm literally the worst player ever lmao", False),
    ("jeg er simpelthen den dårligste spiller nogensinde haha", False),
    ("he's literally the worst player ever", True),
])
def test_phrase_kinds(text: str, flagged: bool) -> None:
    assert (HARASSMENT in found_categories(text)) is flagged


@pytest.mark.parametrize("text", [
    "🐷🐷 Sofie",
    "💩💩💩 @jonas_k!",
])
def test_emoji_run_before_a_name(text: str) -> None:
    assert HARASSMENT in found_categories(text)


@pytest.mark.parametrize("text", [
    "🤡🤡 til cirkus i dag",
    "🤡 @Marcus",
    "godt klaret 🤡🤡 Mikkel og Sofie vandt",
])
def test_emoji_run_not_aimed(text: str) -> None:
    assert HARASSMENT not in found_categories(text)


@pytest.mark.parametrize(("text", "harassment", "discrimination"), [
    # a person picked out by what they do is the subject, not the group that is the object
    ("den der træner pigerne er en klovn", True, False),
    ("the guy who teaches the muslim kids is an idiot", True, False),
    ("kvinder er nogle idioter", False, True),
    # an age group named by two words, or a group compound, is a group: discrimination only
    ("gamle mennesker burde ikke dømme, de er ubrugelige dinosaurer", False, True),
    ("boomer teachers are useless", False, True),
    ("flygtningebørn er dumme", False, True),
    ("Ole er en gammel idiot", True, False),
    # a plural slur said to the readers' faces (Danish "I" only capitalised: "i" is "in")
    ("jer perkere ødelægger alt", True, True),
    ("vi var i zoo og så aber", False, False),
])
def test_groups_and_persons(text: str, harassment: bool, discrimination: bool) -> None:
    found = found_categories(text)
    assert (HARASSMENT in found) is harassment
    assert (DISCRIMINATION in found) is discrimination
