"""A model's lower threshold, open only when a post carries the evidence its category is about.

The threat model learnt the setting of the threats it saw as much as their harm: "i morgen", "efter skole",
"vi ses", "ved". Above its threshold it is precise. Below it, down to its band's threshold, it finds veiled
and unusual threats the rules miss ("har en kniv med i tasken i morgen, så er I advaret", "Klubbens leder skal
få en kugle") and about as many friendly arrangements ("vi ses efter skole 👋", "jeg venter på dig ved
cykelskuret"). What tells them apart is harm: a weapon, a violent verb or what it does. The band opens only
when the post names such harm and is neither a game, a joke nor a quotation, the contexts in which the threat
rules do not count violent words either, nor knives, bows and fire taught or used safely.

A second band counts down to a higher threshold where a post holds the words of menace ("jeg ved hvor", "kom
alene"): the vocabulary of the veiled threats' menace cues, outside a game, a joke, a quotation or harmless talk.

A veto works the other way, above the threshold too: a short post that only arranges to meet or hands something
back is no threat for the model ("vi ses i morgen efter skole ved cykelskuret", "du får din bog i morgen"), nor is a
post whose harm words are only idioms ("stikker lige forbi") or knives talked of as tools ("Tag din egen kniv med").
Vetoes also keep the extremism model to posts that name what extremism is about without teaching or reporting it,
and the harassment model to posts where someone can be the target.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.checks.conduct_patterns import macro
from monitor.checks.conduct_threat_context import GAME, joking_context, quoting_context
from monitor.checks.conduct_threat_veiled import menacing_words
from monitor.checks.conduct_threat_vocabulary import (
    HOSPITAL,
    HOSPITAL_VERBS,
    PARTICIPLES,
    THREATS,
    VERB_WORDS,
    vocabulary,
    word_set,
)
from monitor.checks.conduct_view import View, view_words
from monitor.checks.persons import plain_first_names

# Verb forms of the threat frames that are everyday words on their own ("send", "hit", "cut", "klippe").
_EVERYDAY_VERBS = frozenset(HOSPITAL_VERBS) | word_set(
    "hit cut break snap smoke blow jump knock pound hunt klippe klipper nakke nakker meje mejer")
HARM_WORDS = (VERB_WORDS - _EVERYDAY_VERBS) | PARTICIPLES | HOSPITAL | vocabulary("HARM")
HARM_EMOJI = ("🔪", "🔫", "🗡", "💣", "👊", "🩸", "⚰")
# Harm words in idioms name no harm: "vi skyder foråret i gang", "brænder for musikken", "kill it on stage".
_IDIOM = re.compile(macro(THREATS, "VEILED_IDIOM"))
# Knives, bows and fire taught or used safely: scouts, archery, the cooking and woodwork classes.
_SAFE_USE = re.compile(
    r"\b(?:spejder\w*|sikkerhed\w*|sikkert|bue(?:n|r|rne)?|bueskydning\w*|skydebane\w*|skytte\w*|snobrød\w*|"
    r"(?:kniv|bål|økse)bevis\w*|sløjd\w*|madlavning\w*|scouts?|archery|bows?|safety|safely|cooking|woodwork\w*)\b")


# Harm a single word does not name: a weapon inside a compound or plural ("skydevåben", "køller"), a beating given
# ("får Emil bank"), a building burnt down, bones broken, a meal through a straw, something bad bound to happen, a
# body that does not come up again, a crowd announced ("vi er mange"), a shooting or massacre, a fire set.
_HARM_PHRASE = re.compile(
    r"(?:kniv|våben|gevær|pistol|kølle|køller|bombe|riffel|machete|boksejern)|"
    r"\bfår\s+(?:[^\W\d_]+\s+)?(?:bank|tæv|tæsk)\b|\bbrænd\w*\s+(?:[^\W\d_]+\s+){0,3}?ned\b|"
    r"\bburn\w*\s+(?:[^\W\d_]+\s+){0,3}?down\b|\b(?:bones?|knogle\w*)\b|through\s+a\s+straw|gennem\s+et\s+sugerør|"
    r"\bske\s+noget\s+(?:slemt|galt|grimt|ubehageligt)\b|\b(?:ikke|aldrig)\s+kommer\s+op\s+igen\b|"
    r"\bvi\s+er\s+mange\b|\bwe(?:'re|\s+are)\s+many\b|"
    r"skyderi|massakre|blodbad|\b(?:school|mass)\s+shootings?\b|\bbloodbath|\bmassacre|"
    r"\b(?:tænd\w*|sæt\w*|sat\w*)\s+ild\s+(?:i|til|på)\b|\bset(?:ting)?\s+fire\s+to\b")


def _harm_in(text: str, words: frozenset[str]) -> bool:
    """A harm word among ``words``, a weapon emoji or a harm phrase in ``text``."""
    return (not HARM_WORDS.isdisjoint(words) or any(emoji in text for emoji in HARM_EMOJI)
            or _HARM_PHRASE.search(text) is not None)


def names_harm(view: View) -> bool:
    """A weapon, a violent act or its result, out of an idiom, a game, safe use, a joke or a quotation."""
    if not _harm_in(view.text, view.words):
        return False
    if _IDIOM.search(view.text) is not None:
        rest = _IDIOM.sub(" ", view.text)
        if not _harm_in(rest, view_words(rest)):
            return False
    return not (GAME.search(view.text) or _SAFE_USE.search(view.text) or joking_context(view)
                or quoting_context(view))


def has_menace_words(view: View) -> bool:
    """The words of a menace cue (``conduct_threat_veiled.menacing_words``), out of a game, a joke or a quotation."""
    return menacing_words(view) and not (GAME.search(view.text) or joking_context(view) or quoting_context(view))


GATES: dict[str, Callable[[View], bool]] = {"harm": names_harm, "menace": has_menace_words}


# A short arrangement to meet and nothing else: "vi ses i morgen efter skole ved cykelskuret", "ses ved hallen kl 5?".
# The threat model learnt "i morgen", "efter skole" and "vi ses" from threats and scores these near 1.0; the threats
# that use the same words always carry more: someone addressed or named, "bag hallen", "kom alene", an ambulance, a
# knife or a fist (the rules read those). Without any of that the model's threat finding is dropped.
_MEETING = re.compile(r"\bses\b")
_MENACE_EMOJI = "[🔪🔫👊😈🙂👀🩸💀💣🗡😤😡😠🤬⚔]"
_MORE_THAN_MEETING = re.compile(
    r"\b(?:du|dig|din|dit|dine|do|dæ|jer|jeres|han|ham|hun|hende|you|your|u|him|her|bag|behind|alene|alone|"
    r"ambulance|færdig|slut|tæsk|bank|klø|snart|bro|bror|wallah|kom|come|hvor|where|bor|lives?|snitch\w*|"
    r"sladre\w*)\b|@|" + _MENACE_EMOJI)
_NAME = re.compile(r"(?<=[\w,]\s)[A-ZÆØÅ][a-zæøå]+")


def plain_arrangement(view: View, original: str) -> bool:
    """A short post that only arranges to meet ("vi ses i morgen efter skole ved bænkene")."""
    text = view.text
    if len(text) > 80 or _MEETING.search(text) is None:
        return False
    return _MORE_THAN_MEETING.search(text) is None and _NAME.search(original) is None


# Something handed back or over, or a treat shared, and nothing else: "du får din bog i morgen efter skole", "du får din
# hoodie tilbage på mandag". Threats that hand something over name harm or menace ("du får dine tæsk", "så får du hvad
# du fortjener").
_HANDOVER = re.compile(r"\b(?:du|i|you)\s+(?:får|gets?|'ll\s+get|will\s+get)\s+"
                       r"(?:din|dit|dine|jeres|den|det|dem|your|it|them)\b|"
                       # ... or a treat shared after: "vi fanger dig efter timen og så går vi ned og køber is"
                       r"\bså\s+(?:går|tager|tar|cykler|smutter)\s+vi\s+(?:\w+\s+){0,2}?og\s+(?:køber|spiser|henter|"
                       r"ser|spiller|bager|drikker)\b|\band\s+(?:then\s+)?we(?:'ll|\s+can|\s+will)?\s+(?:go\s+)?"
                       r"(?:get|grab|buy|have)\s+(?:some\s+)?(?:ice\s*cream|pizza|food|lunch|coffee|cake|sweets|candy)\b")
_MENACE_IN_HANDOVER = re.compile(
    r"\b(?:straf\w*|tur|lektion|lærestreg|tæsk|bank|klø|røvfuld|fortjener|deserve\w*|payback|revenge|hævn|vent|"
    r"wait|passe|watch|snart|alene|alone|bag|behind|hvis|if|ellers|or\s+else)\b|@|" + _MENACE_EMOJI)


def handover(view: View, original: str) -> bool:
    """A short post that only hands something back or over ("du får din bog i morgen efter skole")."""
    text = view.text
    if len(text) > 100 or _HANDOVER.search(text) is None:
        return False
    return _MENACE_IN_HANDOVER.search(text) is None and not _harm_in(text, view.words)


def harm_only_in_idioms(view: View) -> bool:
    """A post whose only harm words are idioms ("i morgen stikker jeg lige forbi klubben med kagen", "vi skyder
    sæsonen i gang") and that holds no words of menace."""
    text = view.text
    if _IDIOM.search(text) is None:
        return False
    rest = _IDIOM.sub(" ", text)
    return not _harm_in(rest, view_words(rest)) and not menacing_words(view)


# A knife or a gun as a tool: one's own to bring or borrow, sharpened, a knife course, a fish gutted, a locked case.
_TOOL_TALK = re.compile(
    r"\b(?:(?:din|dit|min|mit|sin|sit|jeres)\s+(?:egen\s+|eget\s+)?(?:kniv|økse|fiskekniv|jagtkniv)\w*\s+med"
    r"|(?:slib\w*|sleb\w*)\s+(?:\w+\s+)?(?:kniv|økse|dolk)\w*|knivkursus\w*|knivdag\w*|vandsten\w*"
    r"|gat(?:tet)?|galdeblære\w*|låst\s+kuffert|(?:bring|borrow)\s+(?:your\s+own\s+|a\s+)?(?:knife|axe))\b")


def tool_talk(view: View) -> bool:
    """Knives and guns talked of as tools (``_TOOL_TALK``) in a post with no words of menace ("a har slebet min
    kniv hele aftenen", "Tag din egen kniv med, hvis du har en")."""
    return _TOOL_TALK.search(view.text) is not None and not menacing_words(view)


def everyday_errand(view: View, original: str) -> bool:
    return (plain_arrangement(view, original) or handover(view, original) or inside_a_game(view)
            or harm_only_in_idioms(view) or tool_talk(view) or film_talk(view))


# A horror-film night or a poll about one ("hvilken gyser skal vi se næste gang? A) Scream B) It"): the model reads the
# films' names as menace; without anyone addressed there is nobody to threaten.
_FILM_TALK = re.compile(r"\b(?:gyser\w*|horrorfilm\w*|horror\s+(?:film|movie|night)s?|filmaften\w*|movie\s+night|"
                        r"gyseraften\w*)\b")
_SECOND_PERSON = view_words("du dig din dit dine jer jeres you your youre you're yourself u ur")


def film_talk(view: View) -> bool:
    return _SECOND_PERSON.isdisjoint(view.words) and _FILM_TALK.search(view.text) is not None


# A death or a kill inside a video game: "så er han en død mand i spillet haha", "I'll kill you in Fortnite tonight".
# The rules read threats about games in their own way; the model only sees the violent words.
# ("in the game" and "league" are left out: a match is played in them too.)
_VIRTUAL_GAME = re.compile(
    r"\b(?:i|in)\s+(?:spillet|fortnite|fifa|minecraft|roblox|valorant|cs(?:go|2)?|gta|warzone|cod|call\s+of\s+duty|"
    r"rocket\s+league|among\s+us|apex)\b|\bin-?game\b|\bingame\b")
_REAL_LIFE = re.compile(r"\b(?:irl|in\s+real\s+life|i\s+virkeligheden|i\s+det\s+virkelige\s+liv)\b")


def inside_a_game(view: View) -> bool:
    return _VIRTUAL_GAME.search(view.text) is not None and _REAL_LIFE.search(view.text) is None


# Away from home for a holiday or a move, said as the reason: "Vi har ikke været hjemme i to uger pga ferie", "sidste
# gang I ser mig i klubben før jeg flytter til Aarhus". The welfare and social models read "ikke hjemme" and
# "sidste gang ... farvel" as signs; a reason this plain explains them, and so does a pet that scratched or jumped.
_PLAIN_REASON = re.compile(
    r"\b(?:pga\.?|på|fordi\s+(?:\w+\s+){1,2}(?:er|var)\s+på|on|because\s+of)\s+(?:sommer|vinter|efterårs|påske)?"
    r"ferie(?:n)?\b|\bon\s+(?:holiday|vacation)\b|\b(?:flytter|flyttede|moving|move|moved)\s+(?:til|to)\s+"
    r"[A-ZÆØÅa-zæøå]"
    # a pet as the cause of the marks: "Katten har kradset mine arme", "the dog jumped up on me, my arms are all mud"
    r"|\b(?:katten|hunden|killingen|hvalpen|kaninen|hamsteren|hesten|the\s+(?:cat|dog|kitten|puppy|horse)|"
    r"my\s+(?:cat|dog|kitten|puppy|horse))\s+(?:har\s+|has\s+)?(?:kradset|kradsede|bidt|bed|sprang|hoppede|"
    r"scratched|bit|jumped)\b")


def plain_reason(view: View, original: str) -> bool:
    return _PLAIN_REASON.search(view.text) is not None


# What extremism is about: a hate group or terror group (the rules' own list), an ideology, a symbol, code or slogan, a
# terrorist or an attack, the call to fight, or the people such groups target. The extremism model also learnt the
# words around the groups' posts ("combat" from Combat 18, "brødre", "crew", "tatoveret") and reached its threshold
# on a drama club's "stage combat practice"; its finding counts only where the post names one of these.
_EXTREMIST_SUBJECT = re.compile(
    r"\b(?:" + macro("conduct_extremism.txt", "GROUPS") + r")\b|"
    r"\b(?:nazi\w*|nynazi\w*|neonazi\w*|fascis\w*|nationalsocialis\w*|national\s+socialis\w*|white|whites|hvid|hvide|"
    r"race\w*|racis\w*|arisk\w*|aryan\w*|jøde\w*|jew\w*|zog|wpww|rahowa|remigration|udskiftning\w*|replacement|"
    r"islamis\w*|jihad\w*|kalifat\w*|caliphate|khilaf\w*|sharia\w*|kuffar|kuffer\w*|kafir\w*|vantro\w*|infidel\w*|"
    r"martyr\w*|mujahid\w*|mujahed\w*|shahid\w*|allah\w*|terror\w*|manifest\w*|adolf|f[üu]hrer\w*|føreren|reich\w*|"
    r"tredje\s+rige|ss|heil|hil\s+sejren|hail\s+victory|sieg|hh|rwds|klan\w*|odin\w*|the\s+base|nordic\s+resistance\w*|"
    r"grå\s+ulve|grey\s+wolves|bozkurt|skrewdriver|meine\s+ehre|patriot\w*|nationalis\w*|etnisk\w*|hakekors\w*|"
    r"hagekors\w*|swastika\w*|svastika\w*|sonnenrad\w*|sorte?\s+sol|black\s+sun|totenkopf\w*|dødningehoved\w*|"
    r"wolfsangel|ulvekrog\w*|rune\w*|runer|keltisk\w*\s+kors|celtic\s+cross|udrens\w*|rens\w*|cleans\w*|purge\w*|"
    r"racekrig\w*|folkemord\w*|genocide|holocaust\w*|gaskammer\w*|gas\s+chambers?|ethnostate|brødre|brothers|"
    r"kammerat\w*|comrade\w*|indvandrer\w*|immigrant\w*|muslim\w*|moské\w*|moske\w*|mosques?|synagog\w*|perker\w*|"
    r"neger\w*|nigger\w*|kriger\w*|warriors?|soldat\w*|soldiers?|propaganda|rekrutt\w*|recruit\w*|ekstrem\w*|"
    r"extrem\w*|radikal\w*|radical\w*|revolution\w*|oprør\w*|uprising|fædreland\w*|fatherland|volk\w*|utøya|"
    r"bataclan|hebdo|christchurch|mcveigh|bin\s+laden|behring|hitler\w*|nordfront\w*|modstandsbevægelse\w*|"
    r"blod\s+og\s+ære|skød|shot|massakre\w*|massacre\w*)\b|"
    r"(?<![\d.,])(?:14|88|1\s*4\s*8\s*8|18)(?![\d,]|\.\d)|[卐卍ᛋ⚡🏴🦅]")
_ISLAMIC_STATE = re.compile(r"\bIS\b")  # in the original text: the view's lower case cannot tell it from "is"


# Extremism taught or reported: the rules' own teaching words, and a verdict, an arrest, a ban, the victims
# remembered, the people who helped them ("Gerningsmanden bag angrebet i Christchurch blev idømt livstid", "Politiet
# stoppede en Blood & Honour koncert"), a symbol reported or removed ("et hagekors på cykelskuret, vi har anmeldt
# det"). The model weighs a group's name heavily, whatever is said about it.
_REPORTED = re.compile(
    macro("conduct_extremism.txt", "TEACHING") + r"|\b(?:idømt\w*|dømt\w*|sentenced|convicted|anholdt\w*|arrested|"
    r"politi\w*|police|anmeld\w*|reported\s+(?:it|this|them|to)|fjernet|removed|malet\s+over|painted\s+over|"
    r"mindeord|ofre(?:ne)?|victims?|mindes|commemorat\w*|stoppede|stopped|forbud\w*|forbyd\w*|"
    r"banned?|fordøm\w*|condemn\w*|tager\s+afstand|distance\s+(?:ourselves|themselves)|"
    r"redde\w*|saved|rescued|rescuers?|hjalp|helped)\b")


def off_extremism(view: View, original: str) -> bool:
    """A post that names nothing extremism is about (``_EXTREMIST_SUBJECT``), or that teaches or reports it."""
    if _EXTREMIST_SUBJECT.search(view.text) is None and _ISLAMIC_STATE.search(original) is None:
        return True
    return _REPORTED.search(view.text) is not None


# Someone an insult can be aimed at: a person addressed or spoken of, tagged or named, or one of the people around a
# club (the coach, the new girl, the ref); not women, girls or boys as such, a group for the discrimination rules.
# The harassment model also learnt the insults' words ("lille", "som en", "klovn"), which describe things and the
# writer too ("motoren lyder som en døende ko", "er en klovn, glemte nøglerne igen"); without someone to aim at, its
# finding is dropped (the rules judge groups and self-mockery themselves).
_ADDRESSED = view_words(
    "du dig din dit dine jer jeres you your youre you're yourself u ur ya han hun ham hende hans hendes he she him "
    "her his hers he's she's bro")
_SOMEONE = re.compile(
    r"\b(?:mr|mrs|ms|miss|sir)\b|"
    r"\b[a-zæøå]*(?:lærer|træner|leder|elev|chef|pædagog|pedel|kollega|nabo|spiller|keeper|"
    r"dommer|vikar|rektor|inspektør|sekretær|formand|forstander|kasserer|instruktør|dirigent|chauffør|bassist|"
    r"fotograf|sanger|sundhedsplejerske|ledelse|bestyrelse|elevråd|forældre|teacher|coach|student|player|referee|"
    r"principal|instructor|goalie|captain|kaptajn|anfører|parent)(?:e|en|et|n|r|er|ere|erne|ne|rne|s|ns|ens|ers|inde|"
    r"inden)?\b|"
    r"\b(?:pigen|pigerne|drengen|drengene|kvinden|kvinderne|damen|damerne|mand|manden|mændene|fyr|fyren|type|typen|"
    r"kone|konen|mor|moren|mors|mødre|mødrene|far|faren|fars|"
    r"fædre|fædrene|familie|familien|ansatte|voksne|nørd|nørden|guy|girl|boy|kid|woman|boss|ref|head|mum|mom|dad|"
    r"nye|new)\b|\b\d{1,2}\.\s?[a-z]\b|\b\d{1,2}[a-z]\b|\byear\s+\d")
# In the original text: a tag, a capitalised name inside a sentence or opening one as its subject, "I" (you, plural).
_NAMED = re.compile(
    r"@\w|(?<=[\w,]\s)[A-ZÆØÅ][a-zæøå]+|^[A-ZÆØÅ][a-zæøå]+(?:'s)?(?=\s+(?:er|var|is|was|har|has|kan|can|skal|should|"
    r"sings?|synger|spiller|plays?|lugter|smells?|looks?|ligner|fra|from|med|with)\b)|"
    r"\bI\s+(?:er|var|har|kan|skal|fucking|forældre|voksne)\b")


def aimed_at_no_one(view: View, original: str) -> bool:
    """A post with no one an insult could be aimed at: no one addressed, spoken of, tagged or named."""
    return (_ADDRESSED.isdisjoint(view.words) and plain_first_names().isdisjoint(view.words)
            and _SOMEONE.search(view.text) is None and _NAMED.search(original) is None)


VETOES: dict[str, Callable[[View, str], bool]] = {"conduct.threat": everyday_errand, "personal.social": plain_reason,
                                                  "welfare.concern": plain_reason, "conduct.extremism": off_extremism,
                                                  "conduct.harassment": aimed_at_no_one}
