"""Round 13 kinds of threat seen missed on unseen sets, each in new wording beside hard negatives that share its
words: a gun or bomb emoji with a time and a place (or "you know where"), a bomb countdown, the school as the next
to burn, a weapon carried to be used on someone, a body part lost after a condition, harm to a pet or kin by a
deadline, violence by proxy, revenge promised ("vent dig", "får det at mærke"), someone's data known plus a
warning, a warning about walking home with a wink, fight dares, not coming home in one piece, all of a group told
they will die; and games, sports, idioms, news and kind warnings that must stay clean."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    ('emoji-t1', '🔫🔫 mandag kl 8 i hallen'),
    ('emoji-t2', '💣 onsdag 10.45 kantinen, bare så I ved det'),
    ('emoji-t3', '🔫 tomorrow 9am the school'),
    ('emoji-t4', '🔫🔫🔫 torsdag 13:00. I ved hvor'),
    ('emoji-t5', '💣 14:15, you know where'),
    ('emoji-t6', '3 dage til så smækker det 💣'),
    ('emoji-t7', 'to uger tilbage og så sker det 🔫🔫'),
    ('emoji-t8', 'two days left then it happens 💣'),
    ('burn-t1', 'jeres klub er den næste der brænder'),
    ('burn-t2', 'your school is the first to burn'),
    ('burn-t3', 'skolen brænder ned på fredag'),
    ('burn-t4', 'dit hus går op i flammer i nat'),
    ('burn-t5', 'ungdomsskolen bliver den første der springer i luften'),
    ('carry-t1', 'kniven i min taske skal bruges på ham fra 8.c'),
    ('carry-t2', 'har en pistol med i morgen og den skal bruges mod dig'),
    ('carry-t3', 'the knife in my bag is gonna be used on him'),
    ('carry-t4', 'a har en kugle med dit navn på'),
    ('carry-t5', "got a bullet with ur name on it"),
    ('body-t1', 'næste gang du lyver om mig ryger dine fortænder'),
    ('body-t2', 'hvis du rører hende igen, flyver din kæbe'),
    ('body-t3', 'siger du det en gang til så ryger dine knæskaller'),
    ('body-t4', "i'm smashing ur face if u say that again"),
    ('body-t5', "we're breaking his legs after practice"),
    ('body-t6', 'imma snap your neck'),
    ('pet-t1', 'din kat overlever ikke natten'),
    ('pet-t2', 'jeres hund klarer den ikke til fredag hvis I sladrer'),
    ('pet-t3', 'your dog wont survive the weekend'),
    ('pet-t4', 'din lillebror lever ikke længe hvis du ikke betaler'),
    ('proxy-t1', 'mine brødre finder dig og snakker med dig så du aldrig glemmer det'),
    ('proxy-t2', 'så kommer min storebror forbi dig, og det bliver ikke pænt'),
    ('proxy-t3', "my cousins will visit you in a way you won't forget"),
    ('proxy-t4', 'mine venner tager en snak med ham og så er han færdig'),
    ('proxy-t5', "my brothers are coming for u and u won't like it"),
    ('revenge-t1', 'du skal bare vente dig!'),
    ('revenge-t2', 'I kan godt vente jer 😡'),
    ('revenge-t3', 'han skal sgu nok få det at mærke i morgen'),
    ('revenge-t4', 'Sofie får lov at mærke det efter skole'),
    ('revenge-t5', 'det kommer du til at fortryde'),
    ('data-t1', 'vi kender din skolevej, tænk over det'),
    ('data-t2', 'jeg har fundet dit telefonnummer og din adresse, så du skal bare passe på'),
    ('data-t3', 'pas på, vi har allerede din adresse'),
    ('data-t4', 'i got ur address, watch ur back'),
    ('data-t5', 'we know ya live on Parkvej, see u soon 🙂'),
    ('dark-t1', 'pas godt på når du cykler hjem i aften 😈'),
    ('dark-t2', 'watch urself walking home tonight 🙂'),
    ('dark-t3', 'du må hellere passe på når du går hjem fra træning, man ved aldrig hvem der venter'),
    ('dare-t1', 'tag dine venner med, du får brug for dem'),
    ('dare-t2', 'bring all your boys, you will need them'),
    ('dare-t3', 'catch me outside after school'),
    ('dare-t4', 'hvis du tør så ses vi bag hallen'),
    ('dare-t5', 'if u dare, face to face, just u and me'),
    ('dare-t6', 'vi klarer det mand mod mand 👊'),
    ('piece-t1', 'kommer du forbi her igen, kommer du ikke hjem i ét stykke'),
    ('piece-t2', "he won't get home in one piece"),
    ('die-t1', 'den dag vi kommer skal I alle dø'),
    ('die-t2', 'så skal I vantro allesammen dø'),
]

CLEAN = [
    ('emoji-c1', '🔫 nerf-krig fredag kl 14 i hallen, tag jeres egne skumpile'),
    ('emoji-c2', '💣 tilmeld jer Counter-Strike i klubben torsdag 19:00'),
    ('emoji-c3', 'Fyrværkeri-show 💣 nytårsaften kl 24 på pladsen'),
    ('emoji-c4', '3 dage til lejrskolen og så sker det 🎉'),
    ('emoji-c5', '💣 nyt album ude fredag kl 12'),
    ('emoji-c6', 'vandpistol-kamp 🔫 på mandag kl 10 i skolegården'),
    ('burn-c1', 'skolen brænder for trivsel og fællesskab'),
    ('burn-c2', 'brandøvelse: skolen brænder på fredag kl 10, alle går ud'),
    ('burn-c3', 'vores klub er den første der får nye mål'),
    ('burn-c4', 'bålet brænder ned i aften ved sankthans'),
    ('carry-c1', 'kniven skal bruges på grøntsagerne i madkundskab'),
    ('carry-c2', 'tag en lommekniv med på spejderturen, den skal bruges på snittearbejde'),
    ('carry-c3', 'navnet på kniven står på skaftet'),
    ('body-c2', 'så ryger din næse, når du er forkølet'),
    ('body-c3', "i'm breaking your record next season"),
    ('body-c4', "we're smashing our goals this year"),
    ('pet-c1', 'din hund overlever ikke weekenden uden vand i den varme'),
    ('pet-c2', 'min kat overlever nok ikke natten, dyrlægen siger hun er meget syg'),
    ('pet-c3', 'your dog wont survive the weekend without water in this heat'),
    ('proxy-c1', 'hvis I har spørgsmål, kommer min far og snakker med jer om sit job'),
    ('proxy-c2', 'min mand kommer og hjælper dig med flytningen på lørdag'),
    ('proxy-c3', 'mine venner kom forbi, og det blev en aften jeg aldrig glemmer'),
    ('revenge-c1', 'I kan godt vente jer en fantastisk aften med musik'),
    ('revenge-c2', 'du skal bare vente dig, det bliver den bedste lejr nogensinde 🥳'),
    ('revenge-c3', 'I får det at mærke i morgen efter den træning 😅'),
    ('revenge-c4', 'du må vente dig lidt, kontoret åbner kl 9'),
    ('data-c1', 'vi har din adresse og sender bogen i morgen'),
    ('data-c2', 'husk at vi har dit nummer, så ring hvis du bliver syg'),
    ('data-c3', 'pas på med at dele dit cpr-nummer online'),
    ('dark-c1', 'pas på når du cykler hjem i mørket, husk lygter 🙂'),
    ('dark-c2', 'pas godt på når du går hjem i aften ❤️'),
    ('dark-c3', 'vær forsigtig når I cykler hjem, der er glat 😉'),
    ('dare-c1', 'tag dine venner med til fællesspisning, der er mad til alle'),
    ('dare-c2', 'hvis du tør, så prøv klatrevæggen udenfor'),
    ('dare-c3', 'lad os tage det ansigt til ansigt på mødet i stedet for på Facebook'),
    ('dare-c4', 'mand mod mand i boksering 👊 prøvetræning på torsdag'),
    ('piece-c1', 'kagen kom ikke hjem i ét stykke 😂'),
    ('die-c1', 'skal I alle dø af grin i aften? kom til stand-up'),
    ('die-c2', 'skal vi alle dø en dag?'),
    ('game-c1', 'hvem er klar på at dræbe den nye boss i aften'),
    ('game-c2', 'vi bombarderede dem med skud i anden halvleg'),
    ('game-c3', 'bomben skal desarmeres på tid i Counter-Strike 💣 tilmeld jer'),
    ('news-c1', 'Oliver i 9.a har tævet en dreng i byen, politiet leder efter ham'),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round13_kinds_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round13_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
