"""The rules of the abuse check and the film/song-title test, kept apart so that ``conduct_abuse`` stays small."""

from __future__ import annotations

import re

from monitor.checks.base import Rule

HARASSMENT_WORD = Rule(
    "conduct.harassment.insult", "conduct.harassment",
    "Nedsættende eller chikanerende ord rettet mod en person eller en gruppe personer.",
    "Insulting or degrading words aimed at a person or a group of persons.")
HARASSMENT_PHRASE = Rule(
    "conduct.harassment.phrase", "conduct.harassment",
    "Chikanerende eller hånende udsagn rettet mod en person.",
    "Harassing or mocking words aimed at a person.")
HARASSMENT_MODEL = Rule(
    "conduct.harassment.classifier", "conduct.harassment",
    "Sproget vurderes som krænkende og er rettet mod en person (statistisk model, bør læses af et menneske).",
    "The language scores as offensive and is aimed at a person (statistical model; needs a human look).")
PROFANITY_WORD = Rule(
    "conduct.profanity.word", "conduct.profanity",
    "Grimt eller vulgært sprog på en officiel profil.",
    "Vulgar or obscene language on an official profile.")
PROFANITY_MODEL = Rule(
    "conduct.profanity.classifier", "conduct.profanity",
    "Sproget vurderes som groft eller krænkende (statistisk model, bør læses af et menneske).",
    "The language scores as offensive or vulgar (statistical model; needs a human look).")
DISCRIMINATION_SLUR = Rule(
    "conduct.discrimination.slur", "conduct.discrimination",
    "Skældsord om en gruppe (etnicitet, hudfarve, religion, køn, seksualitet, kønsidentitet, handicap eller alder).",
    "A slur about a group (ethnicity, skin colour, religion, gender, sexuality, gender identity, disability or age).")
DISCRIMINATION_STATEMENT = Rule(
    "conduct.discrimination.statement", "conduct.discrimination",
    "Nedværdigende udsagn om en gruppe på grund af etnicitet, religion, køn, seksualitet, handicap eller alder.",
    "A demeaning statement about a group because of ethnicity, religion, gender, sexuality, disability or age.")
DISCRIMINATION_GROUP = Rule(
    "conduct.discrimination.group_insult", "conduct.discrimination",
    "Et gruppeord (etnicitet, religion, seksualitet, handicap) gjort til skældsord: \"en beskidt araber\".",
    "A group word (ethnicity, religion, sexuality, disability) made an insult: \"a dirty arab\".")

# Quoted short titles: 'Fucking Åmål', "Holy Shit" (film and song names are not profanity).
_QUOTED = re.compile(r"[\"'“”‘’«»]([^\"'“”‘’«»\n]{1,60})[\"'“”‘’«»]")
_TITLE_CUE = re.compile(r"\b(?:film|filmen|filmaften|sang|sangen|song|movie|album|serie|serien|bog|bogen|book|"
                        r"titel|titlen|title|viser|watch|klassiker|forestilling|musical|play|track|cover|covers|single|"
                        r"nummeret|låt\w*|playliste\w*|spilleliste\w*|playlist|lyrics|[a-zæøå]+sang(?:en|e|ene)?)\b")


def in_title(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies in a short quoted title near a word such as "film" or "sang"."""
    for match in _QUOTED.finditer(text, max(0, start - 62), min(len(text), end + 62)):
        if match.start() < start and end <= match.end() and len(match.group(1).split()) <= 6:
            return bool(_TITLE_CUE.search(text, max(0, match.start() - 60), match.end() + 40))
    return False
