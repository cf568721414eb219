"""Threat frames: agent + harmful verb + target in any Danish or English word order, beside hard negatives."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from monitor.checks.conduct_threat_frames import FrameFinder
from monitor.checks.conduct_view import view_of


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


def threat_rules(check: ThreatCheck, text: str) -> set[str]:
    return {hit.rule.id for hit in check.scan(Document(text))}


THREATS = [
    # Danish V2 inversion after an adverbial or a conditional clause
    ("inversion-next-time", "næste gang du sladrer stikker jeg dig ned"),
    ("inversion-tomorrow", "i morgen efter skolen tæsker vi dig"),
    ("inversion-after-lesson", "Efter timen smadrer jeg dit ansigt"),
    ("inversion-conditional", "hvis du siger det til nogen så slår jeg dig ihjel"),
    ("inversion-comma", "Hvis I melder os, slår vi jer ned"),
    ("inversion-bare-stab", "når du kommer ud af hallen så stikker vi dig"),
    ("inversion-aux", "I morgen kommer jeg og slår dig ned"),
    ("inversion-frikvarter", "Ved næste frikvarter tæver vi ham"),
    ("inversion-shoot-name", "hvis han dukker op igen så skyder jeg ham"),
    # Jutlandic "a" = jeg, "kommer og <verb>", groups
    ("dialect-kommer-og", "a kommer og tæsker dig efter skole"),
    ("dialect-inverted", "Næste gang stikker a dig ned din lille rotte"),
    ("dialect-plain", "a slår dig ihjel"),
    ("dialect-ska", "a ska nok slå ham ned"),
    ("group-all-of-you", "så kommer vi og skyder jer alle sammen på torvet fredag"),
    ("group-class", "vi kommer efter skole og smadrer hele klassen"),
    ("group-teachers", "vi skyder lærerne på mandag"),
    ("group-everyone-school", "jeg kommer og skyder alle på ungdomsskolen"),
    # names, possessives and body parts, property
    ("name-future", "jeg skal nok banke Frederik efter træf i aften"),
    ("name-possessive-body", "Jeg brækker Noahs næse"),
    ("possessive-fingers", "Hvis du ikke betaler så brækker jeg dine fingre"),
    ("possessive-skull", "så flækker jeg dit kranie"),
    ("possessive-face-crush", "jeg knuser dit ansigt"),
    ("property-car", "jeg smadrer hendes bil"),
    ("property-house-fire", "jeg brænder hans hus ned"),
    ("body-kick", "jeg sparker dig i hovedet"),
    # agents other than "jeg": friends, brothers; planning; subject dropped
    ("agent-brother", "min storebror kommer og smadrer dig"),
    ("agent-friends-and-me", "mine venner og jeg tæver dig halvt ihjel"),
    ("agent-third-you", "han kommer og tæsker dig hvis du ikke holder kæft"),
    ("agent-my-boys", "mine drenge slår dig ned"),
    ("plan", "Jeg har tænkt mig at stikke ham ned når han kommer ud"),
    ("subject-dropped", "skal nok banke dig når jeg ser dig"),
    ("imperative-and", "Sig det til nogen og jeg stikker dig ned"),
    ("slang-kill", "jeg kværker dig"),
    ("passive-future", "du bliver stukket ned i morgen"),
    ("passive-inverted", "sladrer du, bliver du tævet"),
    ("hospital-da", "så sender jeg dig på skadestuen"),
    ("lortet-ud-af", "jeg tæsker lortet ud af dig"),
    # English: gonna/'ll/will + verb + target (+ possessive body part, particle)
    ("en-name-face-in", "I'm gonna smash Emma's head in after class"),
    ("en-name", "I'm gonna stab Liam tomorrow"),
    ("en-jump", "we're gonna jump you after school"),
    ("en-swear", "I swear I'll stab you"),
    ("en-jaw", "if you snitch I'll break your jaw"),
    ("en-beat-up-name", "we're gonna beat Lucas up after practice"),
    ("en-hospital", "I'll put you in the hospital"),
    ("en-shoot-up", "imma shoot up the school tomorrow"),
    ("en-literally", "I'm literally going to murder you"),
    ("en-cousin", "my cousin will shoot you"),
    ("en-tomorrow-name", "Tomorrow I'm gonna hurt Mia"),
    ("en-teeth-out", "gonna knock your teeth out"),
    ("en-hunt-down", "we will hunt you down"),
    ("en-everyone", "I will shoot everyone in this school"),
    ("en-curly-apostrophe", "I’ll fucking kill you"),
    ("en-passive", "you're gonna be stabbed"),
    ("en-motion-and", "I'll find out where you live and kill you"),
    ("en-pull-up", "I'ma pull up and shoot everybody"),
    ("en-that-teacher", "I'm gonna stab that teacher"),
    ("en-house", "I'll burn your house down"),
    ("da-motion-and", "Jeg kommer forbi din adresse og smadrer dig"),
    ("da-both-legs", "Sidste advarsel: jeg brækker begge dine ben"),
    ("da-den-person", "Jeg kværker den idiot af en lærer"),
    ("da-throat", "jeg skærer halsen over på dig"),
    ("da-bullet", "den lærer skal have en kugle for panden"),
    ("da-imperative", "stik ham ned"),
    ("da-life", "så tager jeg livet af dig"),
    ("da-knife-and", "jeg har en kniv og jeg stikker dig"),
    # weapon emoji standing for the verb
    ("emoji-verb", "jeg 🔫 jer alle i morgen"),
    ("emoji-en", "I'm coming to stab you 🔪"),
]

NOT_THREATS = [
    # past tense and news reports
    ("past-da", "Jeg slog ham i skak i går"),
    ("past-score", "vi smadrede dem 5-0 i finalen"),
    ("past-report", "de slog ham ned i går og politiet kom"),
    ("news-police", "Politiet efterforsker en trussel, hvor en mand skrev at han ville skyde eleverne"),
    ("news-passive", "Han blev stukket ned i Aarhus i weekenden"),
    ("news-court", "Han truede med at slå ham ned, sagde vidnet i retten"),
    # games and sport
    ("game-fifa", "jeg slår dig i FIFA i aften"),
    ("game-handball", "vi banker jer i håndbold på lørdag"),
    ("game-final-en", "we're gonna destroy them in the final"),
    ("game-chess-en", "I'm gonna beat you at chess tonight"),
    ("game-armwrestling", "jeg kan slå dig i armlægning"),
    ("game-fortnite", "I killed him in Fortnite"),
    # negation
    ("neg-never-en", "I would never hurt you"),
    ("neg-never-da", "jeg ville aldrig slå dig"),
    ("neg-after", "jeg slår dig ikke"),
    ("neg-wont", "Don't worry, I won't hurt you"),
    # reflexive, self-directed and household hyperbole
    ("reflexive-hurt", "pas på at du ikke slår dig"),
    ("reflexive-settle", "du kan slå dig ned her"),
    ("self-mum", "mor slår mig ihjel når hun ser mit værelse"),
    ("self-mum-en", "my mom is going to kill me"),
    ("joke-spoil", "I'm gonna kill you if you spoil the ending 😂"),
    ("joke-haha", "min mor slår dig ihjel hvis du kommer for sent haha"),
    # idioms
    ("idiom-mail", "jeg skyder dig en mail i morgen"),
    ("idiom-message", "I'll shoot you a message later"),
    ("idiom-hit-up", "I'll hit you up tomorrow"),
    ("idiom-slack", "I'll cut you some slack"),
    ("idiom-kick-out", "I'll kick you out of the group chat if you spam"),
    ("idiom-kill-it", "I'm going to kill it at the concert tonight"),
    ("idiom-time", "jeg slår tiden ihjel med netflix"),
    ("idiom-stikker-af", "jeg stikker af nu"),
    ("idiom-stikker-hand", "han stikker ham en hånd"),
    ("idiom-tenner", "jeg stikker dig en tyver"),
    ("idiom-season", "vi skyder sæsonen i gang på lørdag"),
    ("idiom-video", "vi skyder en video i morgen"),
    ("idiom-knock", "jeg banker på døren"),
    ("idiom-passion", "jeg brænder for at hjælpe unge"),
    ("idiom-vomit", "jeg brækker mig snart"),
    ("idiom-lie-down", "vi lægger dig ned på madrassen"),
    ("idiom-hang-out", "jeg hænger ud med ham i aften"),
    ("idiom-let-go", "Du kan lære at slå dig løs på dansegulvet"),
    ("idiom-break-news", "I'll break the news to him"),
    ("idiom-hug", "jeg knuser dig med et kram"),
    ("idiom-look-up", "jeg slår dig op i telefonbogen"),
    ("idiom-break-up", "Jeg slår op med dig"),
    ("idiom-smash-exam", "I'm gonna smash this exam"),
    ("idiom-dying-laughing", "jeg dør af grin"),
    ("idiom-coffee", "I could kill for a coffee"),
    # questions, fiction, teaching
    ("question", "Skal jeg slå ham?"),
    ("fiction-film", "i filmen siger skurken at han skyder dem alle"),
    ("fiction-own-film", "Vi skyder en film om mobning hvor en elev truer en anden"),
    ("teaching-campaign", "kampagnen: hvis nogen siger 'jeg slår dig ihjel', så fortæl det til en voksen"),
    ("teaching-history", "Vi lærte om skoleskyderier i samfundsfag"),
    ("helping", "jeg kommer og hjælper dig"),
    ("welfare-report-en", "my stepdad hits my mom and me, I don't want to go home"),
    ("welfare-report-da", "min far slår min mor når han er fuld"),
    ("self-hurt", "jeg slog mig på cyklen i går"),
    ("idiom-kindness", "I'll kill you with kindness"),
    ("idiom-race", "I'll beat you there"),
    ("idiom-blame", "Han skyder skylden på mig"),
    ("idiom-record", "Vi smadrer rekorden!"),
    ("idiom-tents", "vi slår telte op på lejren"),
    ("idiom-season", "i morgen skyder vi den nye sæson i gang"),
    ("idiom-bullet-alone", "Kugle for panden!"),
    ("self-bullet", "jeg skyder mig en kugle for panden"),
    ("game-cards", "jeg banker dig til kortspil"),
    ("game-mario-lol", "I'm so gonna beat you in Mario Kart lol"),
    ("fiction-book-en", "In the book the killer says he will shoot them all"),
    ("teaching-en", "Teach your kids: if someone says I'll hurt you, tell an adult"),
    ("neg-da-ikke", "nej jeg skyder dig ikke"),
    ("animal", "Katten er god til at slå mus ihjel"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_threat_frames_flag(check: ThreatCheck, text: str) -> None:
    assert threat_rules(check, text), text


@pytest.mark.parametrize("text", [t for _, t in NOT_THREATS], ids=[n for n, _ in NOT_THREATS])
def test_threat_frames_leave_alone(check: ThreatCheck, text: str) -> None:
    assert not threat_rules(check, text), text


@pytest.mark.parametrize(("text", "rule", "covered"), [
    ("næste gang stikker jeg dig ned", "threat.weapon", "stikker jeg dig"),
    ("a kommer og tæsker dig efter skole", "threat.violence", "a kommer og tæsker dig"),
    ("I'm gonna smash Oscar's face in", "threat.violence", "I'm gonna smash Oscar's face"),
])
def test_frame_rule_and_span(text: str, rule: str, covered: str) -> None:
    doc = Document(text)
    frames = FrameFinder().find(doc, view_of(doc))
    assert [(key, text[start:end]) for key, start, end in frames] == [(rule, covered)]


def test_frame_finder_skips_posts_without_a_harm_verb() -> None:
    doc = Document("Kom til sommerfest på fredag, vi griller og spiller musik for jer alle")
    assert FrameFinder().find(doc, view_of(doc)) == []


# Round 5: kinds the frames above do not reach; each positive sits beside a hard negative of the same words.
KINDS = [
    # obligations and passives aimed at a person, a group or a place
    ("obligation-beating-noun", "læreren skal have et lag tæsk efter timen", True),
    ("obligation-name", "Kasper skal have nogle tæsk for det han gjorde", True),
    ("obligation-group-bank", "alle bøsser i klassen skal have bank", True),
    ("obligation-shot-all", "de skal sgu skydes allesammen", True),
    ("obligation-place-fire", "hele lortet skal brændes ned", True),
    ("obligation-place-blow-up", "ungdomsskolen burde sprænges i luften", True),
    ("obligation-hanged", "alle bøsser skal hænges", True),
    ("obligation-deserves", "han fortjener at blive slået ihjel", True),
    ("obligation-die-group", "alle jøder skal dø", True),
    ("obligation-en", "that teacher should be shot", True),
    ("obligation-en-group", "all immigrants should die", True),
    ("obligation-en-beaten", "the principal needs to get beaten up", True),
    ("not-obligation-film", "filmen skal skydes i morgen på stranden", False),
    ("not-obligation-season", "sæsonen skal skydes i gang på lørdag", False),
    ("not-obligation-sport", "vi skal have tæsk i håndbold i morgen haha", False),
    ("not-obligation-coats", "jakkerne skal hænges op på knagen", False),
    ("not-obligation-bullying", "mobning skal udryddes på vores skole", False),
    ("not-obligation-waste", "affaldet skal brændes", False),
    ("not-obligation-vet", "hunden skal aflives på mandag, vi er så kede af det", False),
    ("not-obligation-negated", "ingen skal slås ihjel for deres tro", False),
    ("not-obligation-mortal", "vi skal alle dø en dag", False),
    ("not-obligation-en-film", "the scene should be shot in black and white", False),
    ("not-obligation-en-series", "the character should be killed off next season", False),
    ("not-obligation-ice-cream", "han skal have en kugle is", False),
    ("not-obligation-thanks", "læreren skal have en stor tak", False),
    # consequences after a condition
    ("consequence-slang-body", "gør det igen så får du en på kassen", True),
    ("consequence-inverted", "siger du noget så får du en på tuden", True),
    ("obligation-slang-body", "pedellen skal fandme have en på kassen", True),
    ("not-obligation-hat", "du skal have en hue på hovedet i dag", False),
    ("consequence-dead", "hvis du sladrer så er du død", True),
    ("consequence-dead-no-saa", "kommer du for sent igen er du død", True),
    ("consequence-en", "if you tell anyone then you're dead", True),
    ("consequence-harbour", "rører du min søster havner du i havnen", True),
    ("consequence-ditch", "snakker du med politiet ender du i en grøft", True),
    ("consequence-body-bag", "you'll end up in a body bag if you snitch", True),
    ("consequence-teeth", "næste gang flyver tænderne ud af kæften på dig", True),
    ("consequence-window", "så ryger du ud af vinduet", True),
    ("consequence-alive", "du kommer ikke levende ud herfra", True),
    ("consequence-survive", "du overlever ikke fredag", True),
    ("consequence-survive-en", "you won't survive the weekend", True),
    ("not-consequence-hospital-advice", "hvis du ikke bruger hjelm ender du på skadestuen", False),
    ("not-consequence-laughing", "så er du død af grin", False),
    ("not-consequence-finished", "så er du færdig med 9. klasse", False),
    ("not-consequence-question", "er du død? du svarer aldrig", False),
    ("not-consequence-why", "hvorfor er du død træt i dag", False),
    # veiled menace
    ("menace-live", "bliv væk fra skolen i morgen hvis du vil leve", True),
    ("menace-dear-life", "hvis du har kært liv så hold dig væk", True),
    ("menace-live-en", "if u wanna stay alive dont come to school", True),
    ("menace-never-safe", "vi skal nok sørge for at han aldrig kommer hel hjem igen", True),
    ("menace-never-safe-feel", "jeg sørger for at du aldrig føler dig tryg igen", True),
    ("menace-never-safe-en", "I'll make sure he never gets home safe", True),
    ("menace-knife-coming", "jeg har kniven i lommen og jeg kommer efter timen", True),
    ("menace-knife-warning", "vi tager en kniv med i morgen, bare så I ved det", True),
    ("menace-knife-en", "I've got a knife in my bag and I'm coming tomorrow", True),
    ("menace-where-lives", "ved præcis hvor du bor.", True),
    ("menace-where-lives-dialect", "a ved godt hvor hans far bor", True),
    ("menace-find-insult", "din klamme rotte, vi finder dig", True),
    ("menace-find-dialect", "a ska nok finde dig din lille stikker", True),
    ("menace-coming-for", "vi kommer efter dig i aften", True),
    ("menace-personally", "hvis han ikke stopper så tager vi os af ham personligt", True),
    ("not-menace-healthy", "hvis du vil leve sundt så spis grønt", False),
    ("not-menace-healthy-en", "if you want to live a healthy life, sleep more", False),
    ("not-menace-safe-home", "vi sørger for at alle kommer trygt hjem fra lejren", False),
    ("not-menace-knife-carving", "jeg har en kniv med i morgen til snitning ved bålet", False),
    ("not-menace-knife-camping", "I've got a knife in my bag for the camping trip tomorrow", False),
    ("not-menace-where-question", "ved du hvor han bor?", False),
    ("not-menace-who-knows", "hvem ved hvor hun bor", False),
    ("not-menace-find-meet", "vi finder dig ved indgangen", False),
    ("not-menace-pick-up", "vi kommer efter dig i morgen kl 8 med bilen", False),
    ("not-menace-caring", "jeg tager mig af jer personligt på turen", False),
    # bombs and attacks at a place and a time; weapon emoji at a tagged account
    ("attack-bomb", "der kommer en bombe på skolen i morgen", True),
    ("attack-shooting", "der bliver et skyderi i klubben på fredag", True),
    ("attack-en", "there will be a shooting at the school tomorrow", True),
    ("attack-emoji-place-time", "💣💣 skolen i morgen kl 10", True),
    ("attack-emoji-street", "🔫 Møllevej 4 på fredag kl. 18", True),
    ("emoji-mention", "@jonas_08 🔪🔪", True),
    ("emoji-mention-before", "🔫💀 @mia.k", True),
    ("not-attack-idiom", "der kommer en bombe af en koncert på fredag", False),
    ("not-attack-party", "der bliver et brag af en fest i klubben", False),
    ("not-attack-nerf", "nerf-krig 🔫 i hallen fredag kl 19", False),
    ("not-attack-paintball", "paintball 🔫 i klubben i morgen kl 16", False),
    ("not-emoji-cooking", "tak for kokkekurset @kok_anne 🔪🥕", False),
    # targets: whoever, someone's body part, a bullet
    ("target-whoever", "I'm gonna kill whoever did this", True),
    ("target-enhver", "jeg smadrer enhver der rører min cykel", True),
    ("target-possessive-noun", "I'll punch that referee's face in", True),
    ("target-filler-the", "I'll break the ref's jaw", True),
    ("bullet-en", "someone should put a bullet in his head", True),
    ("bullet-da", "jeg putter en kugle i ham", True),
    ("not-target-game", "I'll beat anyone at chess", False),
    ("not-target-coffee", "jeg slår dig i stiv kaffe", False),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in KINDS], ids=[n for n, _, _ in KINDS])
def test_threat_kinds(check: ThreatCheck, text: str, expected: bool) -> None:
    assert bool(threat_rules(check, text)) is expected, text
