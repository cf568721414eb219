"""Round 17 threat kinds, found in three new sets and in everyday traffic, each tested with variants of our own beside
hard negatives: days counted ("dine dage er talte"); a beating promised to someone spoken of ("han skal nok få et
blåt øje"); "won't like what I do to him"; "don't be surprised if something happens to you"; a repeat and then "så
skal de se"; fetched by force ("ellers kommer vi og henter ham"); a message relayed to someone's brother ("sig til
din bror at han er færdig"); a youth club as the place of an attack. Waiting for someone, knowing where someone lives
and a bit of stress are no threat or health matter when nothing menacing stands beside them: "jeg venter på dig ved
cykelskuret", "jeg ved hvor du bor, så jeg tager pakken med", "ingen stress". All people are invented."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck
from monitor.checks.sensitive import HealthCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    ("days-1", "du kan godt begynde at tælle dine dage, Viggo"),
    ("days-2", "hans dage er talte efter det han gjorde"),
    ("days-3", "your days are numbered mate 💀"),
    ("days-4", "start counting your days"),
    ("eye-1", "den træner skal nok få et blåt øje, det lover jeg"),
    ("eye-2", "han ska ha tæsk når jeg ser ham"),
    ("eye-3", "du får et blåt øje hvis du sladrer"),
    ("like-1", "touch my son again and you won't like what I'll do to you"),
    ("like-2", "he's not going to like what we do to him on Friday"),
    ("like-3", "hun kommer ikke til at kunne lide hvad vi gør ved hende"),
    ("surprise-1", "don't be surprised if something happens to you after practice"),
    ("surprise-2", "I skal ikke blive overrasket hvis der sker jer noget i weekenden"),
    ("surprise-3", "bliv ikke overrasket når du kommer til skade, Elvin"),
    ("see-1", "hvis han nogensinde rører min søster igen, så skal han se 😡"),
    ("see-2", "hvis I gør det en gang til så skal I bare se."),
    ("fetch-1", "betal de 200 kr inden mandag, ellers kommer vi og finder dig"),
    ("fetch-2", "mine fætre kommer og henter ham efter klubben, bare vent"),
    ("fetch-3", "vi kommer og henter dig i aften 😈"),
    ("relay-1", "sig til din storebror at han er død"),
    ("relay-2", "tell your cousin that we're coming for him 💀"),
    ("place-1", "gonna shoot up the youth club on friday lol"),
    ("place-2", "jeg brænder ungdomsklubben ned"),
    # from the second batch (fiftythree-fiftysix)
    ("role-1", "i morgen stikker jeg fodboldtræneren ned"),
    ("role-2", "jeg skyder pædagogen hvis han siger det igen"),
    ("role-3", "på fredag smadrer jeg den nye klasselærer"),
    ("knife-1", "har en kniv med i morgen og er ikke bange for at bruge den på ham"),
    ("knife-2", "got a knife in my bag and I'm ready to use it"),
    ("paid-1", "Viktor skal nok få det betalt"),
    ("pics-1", "send me more pics or I'll share the old ones with everyone"),
    ("burn-1", "klubhuset brænder inden jul, husk det"),
    ("burn-2", "we'll burn the gym down with all of them inside"),
    ("walk-1", "after the weekend he won't be walking anymore"),
    ("friends-1", "bring your mates, you'll need them"),
    ("box-1", "så sender vi dig hjem i en kiste"),
    ("news-1", "watch the news tomorrow, that school is going to regret it"),
    ("regret-1", "det ville være en skam hvis der skete noget med jeres hund"),
    ("wait-fist-1", "vi venter på dig ved hallen efter træning 👊👊"),
    # from the third batch (fiftyseven-fiftynine)
    ("whole-1", "tag den udenfor, så kommer du ikke hel hjem"),
    ("whole-2", "I skal ikke regne med at komme hjem i ét stykke efter kampen"),
    ("deal-1", "somebody's gonna deal with him personally."),
    ("bomb-1", "💣 klubben lørdag kl 20"),
    ("tyres-1", "it'd be a pity if his bike tyres got slashed"),
    ("emoji-1", "Malthe 🔪 vi ses efter skole"),
    ("lesson-1", "tag en kølle med, vi skal lære de Viborg-drenge en lektie"),
    ("walk-2", "du kan ikke gå i en uge når vi er færdige med dig"),
    ("petrol-1", "vi kører hen til hans hus med en dunk benzin i nat"),
    ("eye-open-1", "den træner skal sove med det ene øje åbent"),
    # from the fourth batch (sixty-sixtytwo)
    ("back-1", "that ref had better watch his back on saturday"),
    ("tæv-1", "den klamme pædagog skal have tæv"),
    ("words-1", "næste gang er det mig du får at gøre med"),
    ("words-2", "jeg kommer forbi, og det bliver ikke med ord."),
    ("hospital-1", "you're lucky the teacher was there or you'd be in hospital right now"),
    ("bat-1", "jeg har en kølle i bilen og den er til Mads hvis han dukker op"),
    ("teach-1", "så sørger jeg for at hun ikke kan arbejde mere"),
    ("knows-1", "jeg ved præcis hvor træneren bor"),
    ("knows-2", "we know which school his kids go to"),
    ("drown-1", "vi kaster ham i havnen med en sten om benet"),
    ("stab-1", "nogen bliver stukket ned til festen og det bliver ikke mig"),
    ("emoji-2", "🏫🔥 i morgen"),
    ("told-1", "husk hvad der skete med ham der sladrede"),
    # from the threat-heavy sets (sixtysix-seventyone)
    ("stab-if-1", "a stikker ham hvis han rører min cykel igen"),
    ("class-1", "jeg skyder hele klassen på fredag"),
    ("fire-car-1", "i morgen sætter vi ild til trænerens bil"),
    ("mosque-1", "synagogen brænder i nat"),
    ("hang-1", "forræderne i bestyrelsen skal hænge"),
    ("teeth-1", "you'll be picking your teeth off the pavement"),
    ("jumped-1", "the new kid is getting jumped after school"),
    ("hospital-2", "next time he does that he's going to hospital"),
    ("bats-1", "vi venter på ham med køller"),
    ("bullet-1", "den dommer fortjener en kugle"),
    ("face-1", "han skal have smadret sit fjæs"),
    ("inside-2", "we'll burn the hall down with the coaches inside"),
    ("petrol-2", "har hendes adresse og en dunk benzin"),
    # the heavy sets' remaining misses
    ("find-else-1", "svar mig i aften, ellers finder jeg dig"),
    ("laugh-1", "tager en kniv med i morgen, så må vi se hvem der griner"),
    ("capable-1", "så skal I se hvad jeg er i stand til"),
    ("alone-1", "wait until we catch her alone"),
    ("family-1", "pas på, vi ved hvem din lillebror er 👀"),
    ("back-hurt-1", "jeg kommer tilbage med noget der gør ondt på jer"),
    ("knees-1", "sig til Oliver at han skal passe på sine ben i morgen 😈"),
    ("protect-1", "no teacher around to protect you next time"),
    ("face-2", "he won't be showing his face at school again"),
    ("hair-1", "jeg river håret af hende i frikvarteret"),
    ("asphalt-1", "vi ser om du griner når du ligger på jorden"),
    ("pay-1", "this school will pay."),
    ("coming-1", "he's got it coming 😈"),
    ("dog-1", "jeg tager min kamphund med i morgen"),
    ("visit-1", "hun skal have et besøg hun ikke glemmer"),
    ("where-1", "skal jeg finde ud af hvor du bor?"),
    ("guns-1", "træneren 🔫🔫"),
    ("fists-1", "så tager vi snakken med knytnæverne"),
    ("end-1", "gonna find him after the match and end him"),
    ("outside-1", "hvis du tør, så tager vi den udenfor"),
]

CLEAN = [
    ("days-n1", "jeg tæller dagene til sommerferien"),
    ("days-n2", "tæl dine dage til juleferien i kalenderen"),
    ("eye-n1", "vi skal nok få bank i morgen mod Viborg"),
    ("eye-n2", "han fik et blåt øje til håndbold i går, stakkel"),
    ("like-n1", "you won't like what I did to my hair lol"),
    ("see-n1", "hvis I kommer igen næste år, så skal I se hvor flot her er blevet"),
    ("fetch-n1", "vi kommer og henter dig kl. 16 efter træning"),
    ("fetch-n2", "mor kommer og henter dig efter træning, bare vent ved indgangen"),
    ("relay-n1", "sig til mor at vi venter på hende ved bussen"),
    ("relay-n2", "sig til din bror at han er færdig med at låne min cykel"),
    ("wait-n1", "jeg venter på dig ved cykelskuret"),
    ("wait-n2", "vi venter på jer ved indgangen til svømmehallen"),
    ("wait-n3", "jeg venter på dig efter matematik, så går vi sammen"),
    ("wait-n4", "we'll wait for you at the entrance"),
    ("wait-n5", "we'll be waiting for you at the finish line!"),
    ("home-n1", "jeg ved hvor du bor, så jeg tager pakken med forbi i morgen 📦"),
    ("home-n2", "a ved godt hvor du bor, så a smider bare din trøje ind på vejen hjem"),
    ("role-n1", "jeg slår træneren i skak i aften"),
    ("role-n2", "jeg henter læreren på stationen kl 8"),
    ("knife-n1", "tag en kniv med til bålet, vi skal bruge den til snitning"),
    ("walk-n1", "he won't be walking for a while after the knee surgery"),
    ("burn-n1", "skolen brænder i morgen kl 10 - det er en brandøvelse"),
    ("pics-n1", "send flere billeder fra turen, eller del dem i gruppen"),
    ("friends-n1", "tag dine venner med til fest på fredag"),
    ("news-n1", "watch the news tonight, our choir is on TV"),
    ("regret-n1", "det ville være synd hvis der skete noget med vejret på lørdag"),
    ("regret-n2", "det ville være en skam hvis der skete noget med dine karakterer"),
    ("wait-heart-n1", "vi venter på dig ved indgangen ❤️"),
    ("deal-n1", "we'll deal with him personally at the parents' meeting about his grades"),
    ("petrol-n1", "husk en dunk benzin til plæneklipperen ved huset"),
    ("emoji-n1", "🔪 lasagne i aften, vi ses"),
    ("round-n1", "vi tæsker dem i næste runde 👊"),
    ("whole-n1", "kom hel hjem fra lejren!"),
    ("hospital-n1", "he would be in hospital now if the helmet hadn't saved him"),
    ("words-n1", "det bliver ikke med ord men med billeder, vores nye plakat"),
    ("knows-n1", "jeg ved godt hvor træneren bor, så jeg afleverer trøjerne"),
    ("told-n1", "kan nogen fortælle hvad der skete med ham der fortalte om turen?"),
    ("team-photo-n1", "jeg skyder hele holdet på fotoet i morgen"),
    ("bullet-n1", "she deserves a bullet journal for christmas"),
    ("fire-n1", "vi sætter ild til bålet kl 20"),
    ("church-n1", "Kirken brænder lys for ofrene i aften"),
    ("jumped-n1", "he's getting jumped by his teammates in the celebration video lol"),
    ("laugh-n1", "på lørdag får vi at se hvem der griner, kom så drenge ⚽"),
    ("capable-n1", "I skal se hvad vi er i stand til på lørdag"),
    ("family-n1", "we know who your sister is, she was in my class!"),
    ("back-hurt-n1", "kommer tilbage med noget der gør ondt i maven af grin"),
    ("knees-n1", "han skal passe på sine knæ efter operationen"),
    ("coming-n1", "he has it coming: a big birthday surprise"),
    ("pay-n1", "the school will pay for the bus"),
    ("where-n1", "skal jeg finde ud af hvor du bor så jeg kan sende invitationen?"),
    ("fists-n1", "vi tager snakken med knytnæverne i boksetræning"),
    ("sure-n1", "we'll make sure you never miss the bus again, one way or another"),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round17_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round17_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))


@pytest.mark.parametrize(("text", "health"), [
    ("jeg venter lidt, ingen stress", False),
    ("no stress, take your time", False),
    ("ok jeg er lidt stresset over geografi rapporten", False),
    ("Mads er stresset og går til psykolog", True),
    ("hun er sygemeldt med stress", True),
])
def test_stress_as_an_idiom_is_no_health_matter(text: str, health: bool) -> None:
    assert bool(list(HealthCheck(CheckContext()).scan(Document(text)))) is health


@pytest.mark.parametrize(("text", "flagged"), [
    ("kom ud bag hallen efter træning, så skal vi nok vise dig hvem der bestemmer", True),
    ("kom bag cykelskuret i frikvarteret så skal jeg lære dig en lektie", True),
    ("kom ned bag skolen i frikvarteret og så skal jeg lære dig at drible", False),
    ("vi skal vise dem hvem der bestemmer på banen", False),
])
def test_called_out_behind_a_building(check: ThreatCheck, text: str, flagged: bool) -> None:
    assert bool(list(check.scan(Document(text)))) is flagged
