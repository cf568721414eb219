"""Broad welfare signals, loosely composed: a concept (any wording), an anchor (someone in particular), not general.

The frames of welfare.py and welfare_compose.py are precise but fit the sentences they were written from: fresh
wording ("🔪🩸 igen i nat", "a tog en hel pakke panodiler", "sover hos en ven igen for ku ik holde råberiet ud")
slips past them. Here a broad concept vocabulary (welfare_signal_*.txt) fires when the post is about someone in
particular (the writer, a named or pointed-out person, "min datter", "nogen fra årgangen", a minor's age) and is
not a talk, campaign, lesson, story, statistic or piece of advice (welfare_signal_general.txt); idioms, jokes,
games and fiction in the sentence are left out by the caller's filter. Precision is guarded by those exclusions,
not by narrow frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from monitor.checks.base import Document, Hit, Rule
from monitor.checks.conduct_threat_unframed import emoji_at_someone
from monitor.checks.conduct_threat_vocabulary import unambiguous_names
from monitor.checks.conduct_view import view_of
from monitor.checks.gated_lexicon import compile_lexicon
from monitor.checks.persons import person_mentions, sentences
from monitor.checks.welfare_compose import HARM_VERB, undone
from monitor.checks.word_test import WordTest

SELFHARM = compile_lexicon("welfare_signal_selfharm.txt")
HOME = compile_lexicon("welfare_signal_home.txt")
NEGLECT = compile_lexicon("welfare_signal_neglect.txt")
SUBSTANCE = compile_lexicon("welfare_signal_substance.txt")
# Emoji have no word for the shared gate, so they are searched apart, after a substring test.
EMOJI = re.compile(r"🔪\s*(?:🩸|🩹|\+|og\s*[🩸🩹])|🩸\s*(?:🔪|🩹)|🩹\s*(?:🩸|🔪)|🔪\s*\+?\s*(?:håndled|wrist|arm)|"
                   r"(?:😔|😞|😢|🖤|💔)\s*🔪")
# Ten or more pills: digits open no word gate either. (The look-behind follows the first digit, so that the
# engine skips from digit to digit.)
PILLS = re.compile(r"[1-9](?<![\w,.][1-9])\d\s+(?:\w+\s+)?(?:panodil\w*|pamol\w*|piller|ipren\w*|sovepiller|"
                   r"tabletter|pills|tablets|paracetamol|ibuprofen|painkillers|sleeping\s+pills)\b")
_TAKING = re.compile(r"\b(?:tog|tager|tage|taget|slugte|sluger|sluge|slugt|spiste|spiser|spist|proppede|propper|"
                     r"poppede|took|takes|taking|taken|swallowed|swallows|ate|eaten|popped|overdos\w*)\b")
# A substring of every medicine word of PILLS: the pattern runs only when one is in the text.
_PILL_STEMS = ("pil", "tabl", "panodil", "pamol", "ipren", "paracetamol", "ibuprofen", "painkiller")
GENERAL = compile_lexicon("welfare_signal_general.txt", gated=False)

# Someone in particular, beyond the persons the person analysis finds: dialect and texting forms of "jeg",
# relatives and friends, "nogen fra årgangen", "a kid", a class, a minor's age.
ANCHOR = re.compile(
    r"\b(?:jeg|mig|min|mit|mine|a|æ|vi|os|vores|i|i'm|im|me|my|we|us|our|han|hun|ham|hende|he|she|him|her|"
    r"mors|fars|mum's|mom's|dad's|"  # "Mors kæreste havde en dårlig aften": the writer's mother
    r"nogen|nogle|en\s+(?:dreng|pige|elev|ven|veninde|kammerat|af\s+\w+)|et\s+af\s+(?:\w+\s+)?(?:børn|børnene|unger)|someone|somebody|a\s+(?:kid|boy|girl|"
    r"friend|student)|one\s+of)\b|\(\s*1?\d\s*\)|\b(?:[5-9]|1[0-7])\s*[-‑]?\s*(?:årig\w*|år\b|years?\b|yo\b|y/o)|"
    r"\bpå\s+(?:[5-9]|1[0-7])\b|\b\d{1,2}\.\s?[a-zæøå]\b|\b[5-9][a-d]\b|🔪|🩸")
# A minor for the substance signals: an age under 18, a class, the club, pupils, younger siblings.
MINOR = re.compile(
    r"\(\s*1?\d\s*\)|\b(?:[5-9]|1[0-7])\s*[-‑]?\s*(?:årig\w*|år\b|years?\b|yo\b|y/o)|\b(?:er|is|are|am|i'm|im|he's|she's)\s+"
    r"(?:kun\s+|only\s+|bare\s+)?(?:[5-9]|1[0-7])\b|\bpå\s+(?:[5-9]|1[0-7])\b|\b\d{1,2}\.\s?[a-zæøå]\b|\b[5-9][a-d]\b|"
    r"\b(?:klub\w*|klasse\w*|årgang\w*|elev\w*|skole\w*|frikvarter\w*|ungdomsskole\w*|børn|unger|teenager\w*|"
    r"lillebror|lillesøster|småsøskende|club|class|school|pupils?|kids|teens?|underage|mindreårig\w*|"
    r"(?:min|my)\s+(?:søn|datter|son|daughter|(?:little\s+|big\s+)?brother|(?:little\s+|big\s+)?sister))\b")
# Violence and screaming need a home: "de slår mig i frikvarteret" is bullying, a matter for the school.
HOME_CONTEXT = re.compile(
    r"\b(?:derhjemme|hjemme\w*|hjem|hjemmet|home|house|far|mor|fars|mors|faren|moren|fatter|mutter|forældre\w*|"
    r"stedfar\w*|stedmor\w*|papfar\w*|papmor\w*|bonusfar\w*|bonusmor\w*|\w*bror|\w*søster|onkel\w*|moster|faster|"
    r"morfar|farfar|mormor|farmor|kæreste|dad|daddy|father|mum|mom|mother|step\w*|parents?|brother|sister|uncle|"
    r"aunt|grandpa|boyfriend|værelse|room|familie\w*|family|voksen|voksne|adult|mand|man|bæltet|livremmen|"
    r"opvask\w*|dishes|chores|vasketøj\w*)\b")
_HOME_CONTEXT_WORD = WordTest(HOME_CONTEXT)  # the same test, from the post's words
_SEXUAL_OR_SAFE = re.compile(
    r"værelse|room|bedroom|rører|rørte|rørt|befaml|beføl|famle|touch|grope|fondl|molest|rape|abuse|tving|forc|"
    r"makes|made|press|sige|fortælle|tell|hemmelighed|secret|kæreste|boyfriend|girlfriend|nøgen|nudes|pics|billeder|"
    r"mand|man\b|safe|sikkert|trygt|tryg|tør|turde|bange|afraid|scared|terrified|kan|ku|kunne|can|sover|sov|sleep|"
    r"slept|smidt|kicked|thrown|sovet|hjemme|\bhome\b|børnehjem|familiens|family|foster|i\s+nat|tonight|pictures|photos|"
    r"videos?|unless|sextort|anbragt|fjernet|\bin\s+care\b|natten|at\s+night|all\s+night|hentet\s+af|picks\s+up|picked\s+up|"
    r"\bi\s+(?:en|sin|hans)\s+(?:\w+\s+)?bil\b|\bin\s+(?:a|his|their)\s+(?:\w+\s+)?car\b|"
    r"gjorde\s+ved|did\s+to|sexede|sexy|sexual|seksuel|frække")
# Bruises need a cause at home or an excuse; a knock at football is no sign.
_BRUISE = re.compile(r"blå\s+mærker|blåt?\s+øje|mærker\s+på|bruise|black\s+eye|marks\s+on")
_BRUISE_CAUSE = re.compile(
    r"\b(?:far|mor|stedfar\w*|papfar\w*|forældre\w*|derhjemme|hjemme|dad|mum|mom|stepdad|parents|at\s+home|"
    r"hver\s+(?:mandag|uge|weekend)|every\s+(?:monday|week|weekend)|siger\s+(?:at\s+)?(?:hun|han|det)|says\s+(?:she|he|it)|"
    r"faldt|fell|walked\s+into|gik\s+ind\s+i|kæreste|boyfriend|fars|mors|straf\w*|punish\w*|afstraf\w*)\b")
# Arriving at a game with an injury is no injury from the game: "kommer til træning med blå mærker".
_ARRIVAL = re.compile(r"\b(?:kommer|kom|møder|mødte|dukker\s+op|dukkede\s+op|comes|came|shows\s+up|showed\s+up|"
                      r"turns\s+up|turned\s+up)\s+(?:\w+\s+)?(?:til|på|i|to|for|at)\s+(?:\w+\s+)?(?:træning\w*|kamp\w*|training|"
                      r"practice|the\s+match|fodbold|football)\b")
# Sport, play and accidents: "han slog mig i tennis", "fik et blåt øje til fodbold", "skar sig på en kniv".
_PLAY = re.compile(
    r"\b(?:fodbold|håndbold|football|soccer|rugby|kamp(?:en)?|træning\w*|training|match|boksning|boxing|karate|judo|"
    r"kickbox\w*|mma|wrestling|brydning|spil(?:let)?|game|fifa|fortnite|minecraft|roblox|pude\w*|pillow|leg(?:en)?|"
    r"sjov|for\s+fun|haha\w*|lol|😂|🤣|skak|chess|kort|cards|tennis|ludo|padel|skøjte\w*|cykel\w*|trampolin\w*|"
    r"køkken\w*|kitchen|madlavning|cooking|kniven|knife\s+while|grøntsager|vegetables|kartofler)\b")
# A dose asked about as a question ("hvad sker der hvis man tager ..."): the condition names no one threatened.
_DOSE_QUESTION = re.compile(r"(?:hvad\s+sker\s+der|hvad\s+hvis|what\s+happens|what\s+would\s+happen)\s+(?:hvis|if)\b")
# A sign that names its own agent, or is fear: the word before it is not someone attacking ("jeg er bange for min
# far", "there's a guy who picks up girls ...": "er", "a" are no attacker).
_OWN_AGENT = re.compile(r"(?:bange|afraid|scared|terrified|guy|man|mand|fyr|mænd|men|guys|ældre|older|voksne?|"
                        r"fremmede?|stranger)\b")
# Fear of a carer is no game even when training is named: "må ikke køre hjem med sin far efter træning - han har
# været bange for ham længe".
_FEAR = re.compile(r"\b(?:bange|afraid|scared|terrified)\s+(?:for|of)\s+"
                   r"(?:ham|hende|him|her|sin|min|hans|hendes|my|his)\b")
# Nor is a belt, whatever laugh stands beside it: "lol min far sagde ... kun var bæltet denne gang 😅".
_BELT = re.compile(r"bæltet|livremmen|remmen|the\s+belt")
# Threats and conditions, not signs: "så får I bank allesammen", "hvis han rører min søster", "🔪🩸 @emil".
_THREAT = re.compile(r"\b(?:så\s+)?får\s+(?:du|i|dig|jer)\s+(?:\w+\s+)?(?:bank|tæsk|klø)|"
                     r"\b(?:du|i)\s+får\s+(?:\w+\s+){0,2}?(?:kniv|bank|tæsk|klø)|\bnæste\s+gang\s+(?:du|i)\b|"
                     # round 20: the next time a peer does it ("næste gang Lasse skubber min bror så knækker a hans
                     # arm"); a carer's next blow ("næste gang far slår mig") stays a sign
                     r"\b(?:næste\s+gang|next\s+time)\s+(?!(?:far|mor|faren|moren|stedfar\w*|papfar\w*|dad|mum|mom|"
                     r"stepdad)\b)(?:han|hun|de|he|she|they|[a-zæøå]+\s+(?=(?:skubber|slår|rører|sparker|driller|"
                     r"pushes|hits|touches|kicks)\b))|"
                     r"\b(?:hvis|if)\s+(?:han|hun|de|du|i|nogen|you|he|she|they|someone)\b|"
                     # a named peer's next move ("hvis Magnus rører min kniv igen så får han den at mærke"); not a
                     # carer's ("hvis far rører mig igen")
                     r"\b(?:hvis|if)\s+(?!(?:far|mor|faren|moren|stedfar\w*|papfar\w*|dad|mum|mom|stepdad)\b)[a-zæøå]+\s+"
                     r"(?=(?:siger|skriver|rører|prøver|kigger|says|writes|touches|tries|looks)\b)|@\w")
_THREAT_UNTAGGED = re.compile(_THREAT.pattern.removesuffix(r"|@\w"))
# The writer as the one harmed, with no one else as the target: a condition then threatens only the writer.
# English "if i" is the writer too ("if i dont show up monday, it wasnt anyone's fault"); Danish "hvis I" is not.
_SELF_DIRECTED = re.compile(r"\b(?:jeg|a|æ|mig|i'll|i\s+will|myself|if\s+i)\b"
                            r"(?![^\n]*\b(?:dig|jer|ham|hende|dem|you|him|her|them)\b)"
                            # "if I don't answer tomorrow, you'll know why": the reader is told, not threatened
                            r"|\b(?:if\s+i\s+(?:don'?t|do\s+not)\s+(?:answer|reply|text\s+back|wake\s+up|show\s+up)|"
                            r"hvis\s+jeg\s+ik(?:ke|k)?\s+(?:svarer|skriver|er\s+her|vågner))\b"
                            # "hvis du slår op med mig så slår jeg mig selv ihjel": the writer is the one at risk
                            r"|\b(?:slår|tager)\s+jeg\s+(?:mig\s+selv\s+ihjel|livet\s+af\s+mig|mit\s+(?:eget\s+)?liv)\b"
                            r"|\bi(?:'ll|\s+will)\s+kill\s+myself\b")
# Knife and blood emoji beside a meeting or a wait ("vi ses bag hallen i morgen 🔪🩸", "vent bare til efter koncerten
# Yasmin 🔪🩸") are a threat, not self-harm.
_MEETING = re.compile(r"\b(?:vi\s+ses|ses\s+vi|ses\s+(?:i\s+morgen|efter|bag|på)|see\s+(?:you|ya|u)|"
                      r"wait(?:ing)?\s+for\s+(?:you|u)|vent\s+bare|bare\s+vent|just\s+(?:you\s+)?wait|"
                      r"venter\s+på\s+(?:dig|jer)|bag\s+(?:hallen|skolen|klubben|cykelskuret)|behind\s+the|efter\s+skole|"
                      r"after\s+school|du\s+er\s+død|you'?re\s+dead)\b")
# ... and knife and blood emoji followed by a menace to the reader ("Mikkel 🔪🩸 du ved godt hvad der sker").
_MENACE_AFTER = re.compile(r"\s*(?:du|i|you|u)\s+(?:ved|know)\s+(?:godt\s+|nok\s+|damn\s+well\s+)?(?:hvad\s+der\s+sker|"
                           r"what(?:'s|\s+is|\s+happens|\s+will\s+happen))\b")
# ... or with a menace around them: "watch ur back on monday 🔪🩸 u know what u did", "kom alene 🔪🩸".
_MENACE_BEFORE = re.compile(r"\b(?:watch\s+(?:ur|your)\s+back|pas\s+på\s+(?:dig|jer)\s+selv|u\s+know\s+what\s+u\s+did|"
                            r"kom\s+alene|come\s+alone|vi\s+venter\s+på\s+(?:dig|jer)|we'?re\s+waiting\s+for\s+(?:you|u)|"
                            r"you\s+know\s+what\s+you\s+did|du\s+ved\s+hvad\s+du\s+gjorde)\b")
# "did it again" after a noun phrase with an article is the idiom of a feat or a plot twist ("the butler did it
# again", "our keeper did it again"), not a relapse told by the one who did it ("har gjort det igen…").
_DID_IT_AGAIN = re.compile(r"(?:gjort|gjorde|did|done)\s+(?:det|it)\s+(?:igen|again)")
_ARTICLE_DOER = re.compile(r"\b(?:the|a|an|our|your|their|that|this|vores|jeres)\s+"
                           r"(?!(?:[\w-]+\s+)?(?:girl|boy|kid|child|student|friend|pige|dreng|elev|ven|veninde|barn)\w*\s)"
                           r"(?:[\w-]+\s+){1,2}(?:has\s+|have\s+|har\s+)?$")
_NOBODY = re.compile(r"\b(?:ingen|nobody|no\s+one|noone)\s+$")
_NEGATED = re.compile(r"\b(?:ik(?:ke|k)?|aldrig|never|not|don't|doesn't|didn't|dont|doesnt|didnt)\s+$")
_FIRST_ACTOR = re.compile(r"\b(?:jeg|a|æ|vi|i|we)\s+(?:\w+\s+)?$")
# A receiving verb right after the writer makes the writer the one harmed: "a får tæsk derhjemme", "jeg blev slået"
# (not "i aften får han bank": "i" there is no subject).
_RECEIVING = re.compile(r"(?:får|fik|fået|bliver|blev|er\s+blevet|var\s+blevet|bli'r)\b")
_WRITER_RECEIVES = re.compile(r"\b(?:jeg|a|æ|vi)\s+$")
# A parent or step-parent named as a word of the post.
CARER_PERSON = re.compile(r"\b(?:mor|far|mors|fars|moren|faren|fatter|mutter|forældre\w*|stedfar\w*|stedmor\w*|"
                          r"papfar\w*|bonusfar\w*|mum|mom|dad|daddy|father|mother|parents?|stepdad|stepmum|"
                          r"stepmom)\b")  # "step-dad": its "dad" is a word of its own
_CARER_WORD = WordTest(CARER_PERSON)
_HOME_PLACE = re.compile(r"\b(?:derhjemme|hjemme|at\s+home)\b")


def _carer_beside(doc: Document, match: re.Match[str]) -> bool:
    """A carer anywhere, or the home named outside the signal itself: "tør ik være hjemme" alone says nothing yet
    about what happens at home (welfare only); "de smider ting efter mig derhjemme" and "mor ryger hash" do
    (welfare and social)."""
    if _CARER_WORD.search(doc):
        return True
    text = doc.folded.text
    return _HOME_PLACE.search(text, 0, match.start()) is not None or _HOME_PLACE.search(text, match.end()) is not None


# The home itself named as unsafe or as something to keep quiet about ("ikk er rart derhjemme", "familiens sag",
# "det der sker derhjemme"), or a fight at home: a social circumstance too. "tør ikke tage hjem", "kan ikke være
# hjemme" alone say nothing yet about what happens there (welfare only, unless a carer or the home is named too).
_HOME_STATE = re.compile(
    r"(?:rart|trygt|sikkert)\s+(?:at\s+være\s+)?(?:der)?hjemme|\b(?:safe|bad|awful|horrible|scary|ok|okay|nice)\b.*"
    r"\bat\s+home\b|\bhome\s+(?:isn't|is\s+not|isnt|doesn't|doesnt)|familiens|family\s+business|"
    r"(?:sker|foregår|foregik|skete|sket)\s+(?:der)?hjemme|(?:happens|happened|goes\s+on|went\s+on)\s+at\s+home|"
    r"børnehjem|children's\s+home|foster|\bin\s+care\b|hader\s+når\s+(?:han|hun|far|mor)\s+kommer\s+hjem|låser\s+min\s+dør|"
    r"(?:råb|råben|skrig|skænderier|slag|slagsmål|vold|tæsk)\s+(?:\w+\s+)?(?:derhjemme|hjemme|hos\s+os)")
_FIGHT = re.compile(r"\b(?:slås|sloges|skændes|skændtes|råber|råbte|skriger|fighting|yelling|screaming)\b")
# Pictures spread unless more are sent: sextortion is a sign even though it is worded as a condition.
_EXTORTION = re.compile(r"billed|video|nudes|pics|pictures|photos|sextort|\bunless\b|"
                        r"\b(?:til|på)\s+(?:\w+\s+){0,2}?(?:hele|alle)\b.*\b(?:hvis|medmindre|ellers)\b")
# Unable to be at home, or asking where to sleep: the writer is the one away, not the one hitting ("a kan ikk være
# hjemme når de slås", "hvor kan a sove i nat", "a har boet hos min faster ... for far er aldrig ædru").
_AWAY = re.compile(r"hvor\b|(?:ik\w*\s+)?(?:kan|ku|kunne|orker|tør|turde)\s+(?:ik\w*\s+)?(?:at\s+)?(?:være|bo|sove)\b|"
                   r".*\bhos\s+(?:\w+\s+){1,2}?(?:moster|faster|tante|onkel|mormor|morfar|farmor|farfar|bedste\w*)|"
                   r".*\bat\s+(?:my|his|her|our)\s+(?:aunt|auntie|uncle|gran|nan|nana|grandma|grandpa|grandparents)")
# Worry about eating, pills or a goodbye tagged to the friend it is about ("@Laura du SKAL spise noget", "@Clara
# stop med de piller"): no threat.
_WORRY = re.compile(r"spis|eat|besvim|faint|madpakke|lunch|farvel|goodbye|bye\b|vejer|weigh|behøver|jeg\s+er\s+her|"
                    r"stop|piller|pills|"
                    r"here\s+for\s+you|don'?t\s+have\s+to")
_EATING = re.compile(r"spis|eat|vejer|weigh|madpakke|lunch|måltid|frokost|aftensmad|morgenmad|meal|dinner|breakfast|"
                     r"kaste|brække|purg|throw|puk|vomit|\b(?:tynd|mager|skinny|thin)\b")
_PET = re.compile(r"\b(?:kat|katten|killingen|killinger\w*|hund|hunden|hvalp\w*|kanin\w*|marsvin\w*|hamster\w*|"
                  r"undulat\w*|hest\w*|fisk\w*|dyrlæge\w*|cat|kitten|dog|puppy|rabbit|hamster|guinea\s+pig|horse|vet)\b")
# Cannabis or drink every day or before school, lessons or training is a sign whoever smokes: "ryger jo hash hver
# eneste morgen før første time" (the profiles' readers are young; an adult's daily use before work is no post here).
_DAILY = re.compile(r"\s*(?:\w+\s+){0,2}?(?:hver\s+(?:eneste\s+)?(?:dag|morgen|formiddag|frikvarter)|dagligt|"
                    r"every\s+(?:single\s+)?(?:day|morning)|før\s+(?:skole\w*|træning\w*|første\s+time|timerne)|"
                    r"inden\s+(?:skole\w*|træning\w*|første\s+time)|before\s+(?:school|class|practice|training))")
_TOPIC = re.compile(r"selvmord|suicid|selvskad|self[-\s]?harm|overdos")
# Medication arranged by a parent or a doctor is care, not an overdose: "giv ham hans ADHD-pille".
_CARE = re.compile(r"\b(?:giv|give|husk|remember|medicin\w*|medication|recept|prescription|læge\w*|doctor)\b")


class Signal(NamedTuple):
    """A broad signal's match and the extra category it carries (personal.health or personal.social, or none)."""

    match: re.Match[str]
    extra: str
    substance: bool = False  # a minor's drinking stays a sign in a joke


def _anchored(doc: Document) -> bool:
    text = doc.folded.text
    return bool(ANCHOR.search(text)) or bool(person_mentions(doc))


def _home_ok(doc: Document, match: re.Match[str]) -> bool:
    """Violence, screaming and bruises need a home or a carer in the post; sexual and safety signals do not."""
    text = doc.folded.text
    found = match.group()
    s_start, s_end = sentences(doc).sentence_of(match.start())
    play = _PLAY.search(text, s_start, s_end)
    if play and not (_BRUISE.match(found) and _ARRIVAL.search(text, s_start, s_end)) and not _FEAR.search(found) \
            and not _BELT.search(found):
        return False
    if _BRUISE.match(found):
        return _BRUISE_CAUSE.search(text) is not None
    if _SEXUAL_OR_SAFE.search(found) or _EXTORTION.search(found):
        return True
    return _HOME_CONTEXT_WORD.search(doc)


def _threat(doc: Document, match: re.Match[str], home: bool = False) -> bool:
    s_start, _ = sentences(doc).sentence_of(match.start())
    sign = match.group()
    if _DOSE_QUESTION.match(sign):
        return False  # "what happens if you take a whole packet ...? just curious": "if you" is no one threatened
    if match.re is EMOJI and (_MEETING.search(match.string, s_start, match.end())
                              or _MENACE_AFTER.match(match.string, match.end())
                              or _MENACE_BEFORE.search(match.string, s_start, match.end() + 30)
                              or emoji_at_someone(doc, view_of(doc), unambiguous_names())):
        return True  # "Magnus 🔪🔪🩸 fredag": knives and blood aimed at someone named are the threat check's
    if "@" in match.string and not _WORRY.search(sign):
        return True  # knives and blood aimed at a tagged account are a threat (conduct.threat), not a sign
    # bruises are a state of the writer, never the writer's act ("I have bruises from my dad")
    state = home and (_HOME_STATE.search(sign) is not None or _AWAY.match(sign) is not None
                      or _BRUISE.match(sign) is not None)
    before = max(s_start, match.start() - 12)
    first_actor = not _OWN_AGENT.match(sign) and _FIRST_ACTOR.search(match.string, before, match.start())
    if home and not state and first_actor and not (
            _RECEIVING.match(sign) and _WRITER_RECEIVES.search(match.string, before, match.start())):
        return True  # "a tæsker ham": the writer hitting someone is a threat or a fight, not a sign at home
    if home and _EXTORTION.search(sign):
        return False  # "sender billederne til hele skolen hvis hun ikke sender flere": the threat is the sign
    threat = _THREAT_UNTAGGED if "@" in match.string and _WORRY.search(sign) else _THREAT
    found = threat.search(match.string, s_start, match.end())
    if found is not None and found.group().startswith(("hvis", "if")) and _SELF_DIRECTED.search(sign):
        return False  # "hvis de sender mig tilbage, så hopper jeg ud foran toget": the writer is the one at risk
    return found is not None


def signals(doc: Document) -> Iterator[Signal]:
    """Broad signals in the post, in the order self-harm, home, neglect, substance; at most one of each kind."""
    text = doc.folded.text
    emoji = EMOJI.finditer(text) if "🔪" in text or "🩸" in text or "🩹" in text else ()
    pills = PILLS.finditer(text) if any(stem in text for stem in _PILL_STEMS) else ()
    for match in (*SELFHARM.scan(doc), *emoji, *pills):
        s_start, s_end = sentences(doc).sentence_of(match.start())
        if _threat(doc, match):
            continue
        if match.re is PILLS and (_CARE.search(text, s_start, s_end) or not _TAKING.search(text, s_start, s_end)):
            continue  # a count of pills is a sign only when someone took them: not "20 panodiler i førstehjælpskassen"
        if re.search(r"piller|pills|tablet|panodil|pamol|paracetamol|ibuprofen", match.group()) and \
                _CARE.search(text, s_start, s_end):
            continue
        if _PLAY.search(text, s_start, s_end) and re.match(r"sk[æå]r|cut|snit|ridse|kradse|brænd", match.group()):
            continue  # "skar mig i køkkenet", "cut myself on a knife while cooking"
        if _DID_IT_AGAIN.fullmatch(match.group()) and _ARTICLE_DOER.search(text, max(s_start, match.start() - 40),
                                                                          match.start()):
            continue  # "the butler did it again": someone's feat or a plot twist
        if _EATING.search(match.group()) and _PET.search(text, s_start, s_end):
            continue  # "katten er holdt op med at spise": a pet off its food
        if _NOBODY.search(text, max(s_start, match.start() - 12), match.start()):
            continue  # "ingen brændte sig": nobody did
        yield Signal(match, "health")
        break
    for match in HOME.scan(doc):
        if HARM_VERB.search(match.group()) and undone(text, match.start(), match.end()):
            continue  # "my dad never hit me", "min kæreste slog op med mig"
        if _NEGATED.search(text, max(0, match.start() - 10), match.start()):
            continue
        if _home_ok(doc, match) and not _threat(doc, match, home=True):
            # Not daring to go home, or an adult stranger, says nothing yet about what happens at home.
            state = _HOME_STATE.search(match.group()) is not None or _FIGHT.search(text) is not None
            yield Signal(match, "social" if state or _carer_beside(doc, match) else "")
            break
    for match in NEGLECT.scan(doc):
        yield Signal(match, "social" if _carer_beside(doc, match) else "")
        break
    for match in SUBSTANCE.scan(doc):
        if MINOR.search(text) or _DAILY.match(text, match.end()):
            yield Signal(match, "", substance=True)
        break


def general(doc: Document) -> bool:
    """True for a post about the topic in general; "🔪🩸 @x" style threats are not general."""
    return GENERAL.search(doc.folded.text) is not None


def signal_hits(doc: Document, rules: tuple[Rule, Rule, Rule],
                keep: Callable[[Document, Iterable[Signal]], Iterable[Signal]]) -> Iterator[Hit]:
    """Hits for the broad signals that are about someone in particular and not general talk about the topic.

    ``rules`` are the welfare.concern, personal.health and personal.social rules; ``keep`` is the caller's
    sentence filter (idioms, jokes, conditionals, games, fiction).
    """
    found = list(signals(doc))
    if not found:
        return
    # ``keep`` and the anchor test below judge each signal alone, so running ``keep`` first keeps the same signals
    # in the same order; it is the cheaper test, and most signals it drops need no search of the whole post.
    found = list(keep(doc, found))
    if not found:
        return
    text = doc.folded.text
    if GENERAL.search(text) is not None:
        return
    if not _anchored(doc):  # a statement ("farvel alle sammen", "gjort det igen") is the writer's own
        found = [signal for signal in found if signal.extra == "health" and not _TOPIC.search(signal.match.group())]

    concern, health, social = rules
    for signal in found:
        match = signal.match
        span = doc.folded.original_span(match.start(), match.end())
        yield Hit(concern, *span)
        if signal.extra == "health":
            yield Hit(health, *span)
        elif signal.extra == "social":
            yield Hit(social, *span)
