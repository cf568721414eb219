"""Round 6: broad welfare signals (welfare_signals.py) on wording of our own, with hard negatives beside them.

Each positive states a concern in words the older frames did not know; each negative uses the same vocabulary in a
talk, campaign, lesson, idiom, game, threat or care arrangement. Only welfare.concern, personal.health and
personal.social are compared, and a positive asks only for the categories listed (others may add more).
All people are invented.
"""

from __future__ import annotations

import pytest

from monitor.checks import sensitive, welfare
from monitor.checks.engine import Checker

CHECKER = Checker(check_classes=(*sensitive.CHECKS, *welfare.CHECKS))
W, S, H = "welfare.concern", "personal.social", "personal.health"


def categories(text: str) -> set[str]:
    return {f.category for f in CHECKER.check(text)} & {W, S, H}


POSITIVES: list[tuple[str, str, set[str]]] = [
    ("self-diary-die", "Min søn på 15 skrev i en sms at han bare vil dø, vi er så bange", {W, H}),
    ("self-not-here-long", "tror ikke jeg er her så meget længere. tak for alt", {W, H}),
    ("self-en-not-around", "i dont think ill be around much longer tbh", {W, H}),
    ("self-goodbye-all", "farvel til alle, I har været de bedste 🖤", {W, H}),
    ("self-goodbye-en", "goodbye everyone. sorry for everything", {W, H}),
    ("self-take-life-grade", "nogle fra 9. årgang siger at de vil tage deres liv", {W, H}),
    ("self-take-own-life", "Hun har snakket om at tage sit eget liv flere gange", {W, H}),
    ("self-bridge-da", "jeg har tit tænkt på at springe ud fra broen ved havnen", {W, H}),
    ("self-roof-en", "my cousin (16) said he'll jump off the roof of the car park", {W, H}),
    ("self-pills-pack", "Emil slugte en hel pakke pamol i weekenden og ingen ved det", {W, H}),
    ("self-pills-number", "tog 30 panodiler i nat, ved ik hvad der sker", {W, H}),
    ("self-pills-en", "she swallowed a handful of sleeping pills after the party", {W, H}),
    ("self-razor", "jeg fandt et barberblad i min lillesøsters penalhus og snit på armen", {W, H}),
    ("self-scars-arms", "Freja har nye ar på armene og går i lange ærmer hele tiden", {W, H}),
    ("self-cuts-pics", "someone in our class keeps posting pics of cuts on her wrists", {W, H}),
    ("self-emoji", "🩸🔪 nu igen. beklager", {W, H}),
    ("self-emoji-plus", "🔪 + arm igen i aften", {W, H}),
    ("self-harm-word", "Min veninde selvskader og hun vil ikke have jeg siger det", {W, H}),
    ("self-starve", "Ida sulter sig selv for at blive tyndere, hun har tabt sig vildt", {W, H}),
    ("self-note", "we found a note in his room saying goodbye", {W, H}),
    ("self-nobody-miss", "ingen ville savne mig alligevel", {W, H}),
    ("self-did-it-again", "har gjort det igen. ingen må vide noget", {W, H}),
    ("self-suicide-friend", "min bedste ven snakker om selvmord hele tiden nu", {W, H}),
    ("home-throws-things", "min stedfar smider med tallerkener efter mig når han er sur", {W, S}),
    ("home-screams", "mor råber ad mig hver eneste aften, jeg kan ikke mere", {W, S}),
    ("home-passive-hit", "Oliver bliver slået derhjemme, det siger han selv", {W, S}),
    ("home-en-hit", "my dad hits my little brother when he's drunk", {W, S}),
    ("home-dad-drinks-hits", "Hans far drikker og slår, siger han", {W, S}),
    ("home-bruise-monday", "Sara har blå mærker på halsen hver mandag efter weekenden hos sin far", {W, S}),
    ("home-bruise-excuse", "He always has bruises and says he fell, his stepdad picks him up", {W, S}),
    ("abuse-room-night", "min morbror kommer ind på mit værelse om natten når alle sover", {W}),
    ("abuse-en-room", "my uncle comes into my room at night and I can't tell mum", {W}),
    ("abuse-forced", "er det ok at ens fætter tvinger en til ting? han siger jeg ikke må sige det til nogen", {W}),
    ("abuse-adult-bf", "Nora (13) har en voksen kæreste der henter hende efter skole", {W}),
    ("abuse-bf-age", "hun er 14 og hendes kæreste er 31", {W}),
    ("abuse-old-man-pics", "en gammel mand i boldklubben giver min lillebror penge for billeder", {W}),
    ("unsafe-not-safe-en", "I can't go home this weekend, it's not safe there", {W}),
    ("unsafe-friend-again", "sover hos en kammerat igen fordi jeg ku ik holde det ud derhjemme", {W}),
    ("unsafe-scared-stepdad", "jeg er så bange for min stedfar", {W}),
    ("neglect-no-lunch", "Der er en dreng i 6.b som aldrig har madpakke med og altid er sulten", {W}),
    ("neglect-siblings", "mor drikker hele dagen og jeg passer mine små søskende, kommer ikke i skole mere", {W, S}),
    ("neglect-nobody-picks", "no one picks up Ali after club, he waits alone until 10 pm every night", {W}),
    ("neglect-hash-mum", "hans mor ryger hash hele dagen og han har det samme tøj på hver dag", {W, S}),
    ("substance-sniff", "et par 12-årige sniffer gas bag hallen", {W}),
    ("substance-vodka", "vi er 14 og har købt 2 flasker vodka til i morgen 🍾", {W}),
    ("substance-brother", "my little brother (12) smokes weed before school", {W}),
]

# Known false alarms of the OLDER frames in welfare.py (not of welfare_signals.py), kept visible until fixed there:
# welfare_unsafe.txt ("bange for at gå hjem"), welfare_selfharm.txt ("tænkt på selvmord"), the composer ("rører").
OLDER_FRAMES = {"neg-threat"}  # campaign and statistics lines are now dropped for the older frames too

NEGATIVES: list[tuple[str, str]] = [
    ("neg-talk-selfharm", "Forældreaften om selvskade: hvordan opdager man tegn på at ens barn har det svært?"),
    ("neg-talk-question-then-invite", "Hvad gør du, hvis en ven bliver slået derhjemme? Kom til oplæg i hallen"),
    ("neg-campaign-home", "Ingen børn skal være bange for at gå hjem. Støt kampagnen i uge 12"),
    ("neg-adhd-pill", "Kan I huske at give Mads hans ADHD-pille kl. 12? Tak fra hans mor"),
    ("neg-idiom-die", "jeg dør af grin over jeres video 😂"),
    ("neg-die-laughing-en", "we were dying laughing at the talent show"),
    ("neg-game-hit", "min far slår mig altid i skak om søndagen"),
    ("neg-football-bruise", "fik et blåt øje til fodboldkampen i går, men vi vandt"),
    ("neg-kitchen-cut", "skar mig på kniven i madlavning i dag, av"),
    ("neg-book", "I dansk læste vi en novelle om en pige der vil tage sit liv"),
    ("neg-stats", "Ifølge en ny undersøgelse har 15 procent af unge tænkt på selvmord"),
    ("neg-helpline", "Har du tanker om selvmord? Ring til Livslinien, du er ikke alene"),
    ("neg-film", "Vi ser filmen om en dreng hvis far slår ham, bagefter snakker vi om den"),
    ("neg-threat", "a tæsker ham hvis han rører min søster igen"),
    ("neg-threat-tag", "🔪🩸 @lukas_2011 vi ses"),
    ("neg-expelled", "Karl er blevet smidt ud af efterskolen efter festen"),
    ("neg-pinata", "lederne blev slået af tønden til fastelavn 🎉"),
    ("neg-goodbye-trip", "Farvel og tak for en skøn lejrtur, vi ses til august"),
    ("neg-pick-up", "Husk at forældre henter kl. 16 på fredag"),
    ("neg-adult-beer", "Personalet drak en øl efter sommerfesten"),
    ("neg-teacher-workshop", "Workshop for lærere: signs of self-harm and how to talk about it"),
    ("neg-sleepover", "sover hos en ven på lørdag, glæder mig"),
    ("neg-siblings-fine", "Vi har plads til søskende på sommerlejren"),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in POSITIVES], ids=[i for i, _, _ in POSITIVES])
def test_broad_signal_fires(text: str, expected: set[str]) -> None:
    assert expected <= categories(text)


_XFAIL = pytest.mark.xfail(strict=True, reason="an older frame of welfare.py fires (see OLDER_FRAMES)")


@pytest.mark.parametrize("text", [pytest.param(t, id=i, marks=_XFAIL if i in OLDER_FRAMES else ())
                                  for i, t in NEGATIVES])
def test_general_or_harmless_stays_quiet(text: str) -> None:
    assert W not in categories(text)


# Round 7: eating disorders, hidden self-harm marks, injuries with distress seen by someone else, a shelter,
# coercion by a sibling, fear of a parent at home. Exact sets of the three categories, own wording.
ROUND7: list[tuple[str, str, set[str]]] = [
    ("ed-purge-da", "jeg brækker mig med vilje efter aftensmaden så mor ikke opdager det", {W, H}),
    ("ed-purge-en", "my sister has been puking after every meal to lose weight", {W, H}),
    ("ed-skip-meals", "Ida springer alle måltider over for at blive tyndere", {W, H}),
    ("ed-afraid-eat", "Min datter tør ikke spise mere og gemmer maden i skraldespanden", {W, H}),
    ("ed-laxatives", "i take laxatives every day after school, nobody knows", {W, H}),
    ("marks-hidden-da", "hun har snit på armene men gemmer dem under ærmerne så ingen ser det", {W, H}),
    ("marks-hidden-en", "got new scratches on my wrists, covering them with bracelets", {W, H}),
    ("injury-distress", "En dreng i min klasse har blå mærker på halsen og farer sammen når nogen rækker hånden op",
     {W}),
    ("injury-cries-often", "Signe græder tit i frikvarteret og har haft blåt øje to gange", {W}),
    ("shelter-da", "Mille og hendes mor bor nu på et krisecenter, så hun stopper på holdet", {W, S}),
    ("shelter-en", "Nora's mum told us they fled to a women's shelter last week", {W, S}),
    ("coerce-sibling", "min storebror tvinger mig til at gemme ting for ham ellers tæsker han mig", {W, S}),
    ("coerce-cousin-en", "my cousin forces me to sell stuff for him at school", {W, S}),
    ("fear-father-home", "Elias tør ikke sove hjemme når hans stedfar er der", {W, S}),
    ("home-means-hit", "gider ik hjem i aften, for så banker han mig igen", {W, S}),
]
ROUND7_NEGATIVES: list[tuple[str, str]] = [
    ("neg-stomach-bug", "Aske kastede op i bussen på vej hjem fra turen, han har det fint nu"),
    ("neg-diet-talk", "Oplæg om spiseforstyrrelser for forældre: hvordan opdager man tegnene?"),
    ("neg-cat-scratch", "Katten har lavet ridser på armene af mig, den er så vild 😅"),
    ("neg-football-bruise-cry", "Jonas fik blå mærker til fodbold og græd lidt, men han er okay nu"),
    ("neg-shelter-fundraiser", "Vi samler ind til krisecentret i Randers – giv en gave til jul"),
    ("neg-animal-shelter", "We adopted a dog from a shelter for animals last year"),
    ("neg-parent-dentist", "Min mor tvinger mig til at gå til tandlæge hvert halve år"),
    ("neg-fifa-sibling", "min bror tvinger mig til at spille fodbold ellers slår han mig i fifa"),
    ("neg-nobody-miss", "Brænder den gamle skur ned en dag, ingen vil savne den"),
    ("neg-ritalin", "Min søn har ADHD og tager Ritalin, kan I give ham en pille kl. 12?"),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in ROUND7], ids=[i for i, _, _ in ROUND7])
def test_round7_kinds(text: str, expected: set[str]) -> None:
    assert categories(text) == expected


@pytest.mark.parametrize("text", [t for _, t in ROUND7_NEGATIVES], ids=[i for i, _ in ROUND7_NEGATIVES])
def test_round7_hard_negatives(text: str) -> None:
    assert W not in categories(text)


def test_a_sign_in_a_newsletter_is_not_silenced_by_a_sign_up_line_elsewhere() -> None:
    text = ("Nyhedsbrev fra Ungdomsklubben. Tilmeldingen til påskelejren er åben nu. En af drengene fortalte mig, "
            "at han ikke tør tage hjem om aftenen, fordi hans stedfar bliver voldsom. Husk madpakke på lørdag.")
    assert W in categories(text)
