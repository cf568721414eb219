"""Round 15 threat causes, each tested with variants of our own beside hard negatives: a negated joke ("ikk for
sjov", "not kidding") insists rather than takes back; unsafe from now on in English ("his family isn't safe
anymore", "you won't be walking home"); a person's thing or body "is next"; harm to someone's things or body as a
participle ("how he likes his tyres slashed", "få sine dæk skåret op"); waiting or standing with a weapon, the
subject two people ("me and the boys"); a date ("d. 14") as the time of an attack; weapon emoji opening a post;
"sig selv" and a long subject in "skal passe godt på"; a game named as a time ("efter kampen"); the full stop of an
abbreviation ("nr. 7") inside a clause; a title before a surname ("mr. Holm"); "både"; a coffin for "dead"; a
noun phrase subject ("de rødtrøjer skal"); subordinate word order ("at han ikke skal regne med"); "irl" after a game."""

from __future__ import annotations

import pytest

from monitor.checks.base import CheckContext, Document
from monitor.checks.conduct_claims import ThreatCheck


@pytest.fixture(scope="module")
def check() -> ThreatCheck:
    return ThreatCheck(CheckContext())


THREATS = [
    ('joke-t1', 'jeg slår dig ihjel. ikk for sjov'),
    ('joke-t2', 'oliver du er død mand, ik for sjov'),
    ('joke-t3', 'jeg stikker dig ned, ikke engang for sjov'),
    ('joke-t4', "I'll kill you, not even kidding"),
    ('joke-t5', "I'll kill you no jk"),
    ('joke-t6', 'du er død i morgen, aldrig for sjov'),
    ('safe-t1', 'your sister aint safe no more'),
    ('safe-t2', "tell him his kids aren't safe anymore"),
    ('safe-t3', 'that coach is no longer safe anywhere'),
    ('safe-t4', "you're not gonna be walking home after the game"),
    ('safe-t5', 'say that again and he isnt getting home tonight'),
    ('next-t1', 'hans bil er den næste'),
    ('next-t2', 'your car is next'),
    ('next-t3', 'din familie er næste 😈'),
    ('part-t1', "let's see how she likes her car keyed"),
    ('part-t2', "he's gonna get his face smashed in after school"),
    ('part-t3', 'han får sin cykel smadret hvis han parkerer der igen'),
    ('part-t4', 'han får sine ruder knust'),
    ('wait-t1', 'me and my cousins will be waiting outside with knives'),
    ('wait-t2', 'my brothers are waiting for him with a crowbar'),
    ('wait-t3', 'jeg og drengene venter med bats efter skole'),
    ('wait-t4', 'mig og mine venner står klar med knive'),
    ('date-t1', 'der bliver skudt på skolen d.3'),
    ('date-t2', 'der kommer skud på skolen den 3. marts'),
    ('date-t3', 'there will be shooting at the school on the 14th'),
    ('emoji-t1', '🔪 Mads du ved godt hvad du gjorde'),
    ('emoji-t2', '🔫🔫 Jake you know what you did'),
    ('emoji-t3', '🗡 see you after school Noah'),
    ('self-t1', 'den nye træner på U15 skal passe rigtig godt på sig selv når han kører hjem'),
    ('self-t2', 'hun må hellere passe på sig selv på vejen hjem i aften'),
    ('time-t1', 'after the match i\'ll break his legs'),
    ('time-t2', 'efter træningen tæsker vi ham'),
    ('abbr-t1', 'jeg stikker ham nr. 10 ned i frikvarteret'),
    ('abbr-t2', 'på lørdag tæsker vi ham kl. 14 bag hallen'),
    ('title-t1', "I'll stab mr. Holm tomorrow"),
    ('title-t2', 'jeg tæsker lærer Hansen på fredag'),
    ('things-t1', 'jeg smadrer ruderne på hans bil i aften'),
    ('things-t2', "we'll smash the windows on your car tonight"),
    ('both-t1', 'jeg smadrer både hans bil og hans fjæs'),
    ('face-t1', 'pas godt på dit fjæs efter skole'),
    ('face-t2', 'watch your teeth at lunch 👊'),
    ('coffin-t1', "he's ⚰️"),
    ('np-t1', 'de nye drenge skal ikke regne med at komme hjem i live'),
    ('np-t2', 'den klamme dommer skal ikke regne med at have hele ruder på sin bil efter kampen'),
    ('sub-t1', 'sig til ham at han ikke skal regne med at komme hjem i live'),
    ('real-t1', "you might win at fortnite but irl i'll break your legs"),
    ('real-t2', 'ka godt være du er god i valorant men i virkeligheden knækker a dine fingre'),
]

CLEAN = [
    ('joke-c1', 'jeg slår dig ihjel for sjov'),
    ('joke-c2', 'jeg slår dig ihjel haha'),
    ('joke-c3', 'jeg slår dig ihjel hvis du spoiler den ikk for sjov'),
    ('safe-c1', "the old bridge isn't safe anymore, take the other road"),
    ('safe-c2', "your password isn't safe anymore, change it"),
    ('safe-c3', 'your data is not safe anymore on that app'),
    ('safe-c4', "we won't be walking home, mum picks us up"),
    ('safe-c5', "the kids won't be walking home today because of the storm, the bus takes them"),
    ('next-c1', 'her phone screen is next to the charger'),
    ('part-c1', 'he got his nose broken in the match last week'),
    ('part-c2', 'she likes her eggs smashed on toast'),
    ('part-c3', 'hun fik sin cykel ridset i går'),
    ('part-c4', 'du får din telefon smadret hvis du taber den igen'),
    ('part-c5', 'jeg får min telefon smadret af min lillebror hele tiden'),
    ('wait-c1', 'we will be waiting with bats and gloves at practice'),
    ('wait-c2', 'me and the boys will be waiting with snacks'),
    ('wait-c3', "we'll be waiting with cake for the birthday girl"),
    ('wait-c4', 'vi venter med at købe kniven til næste uge'),
    ('wait-c5', 'jeg og min far venter med riflen på hjortene'),
    ('date-c1', 'Der bliver skudt fyrværkeri af på havnen d. 31. december'),
    ('date-c2', 'Sæsonen bliver skudt i gang på skolen d. 14.'),
    ('emoji-c1', '🔪 Madkundskab: vi ses i morgen i køkkenet, husk forklæde'),
    ('emoji-c2', '🔫 Ny runde paintball: vi ses i frikvarteret Malthe'),
    ('emoji-c3', 'Mads du ved godt hvad du har gjort'),
    ('emoji-c4', '🔪🩸 benet igen… sig det ikke til nogen'),
    ('self-c1', 'mormor skal passe godt på sig selv når hun går på isen'),
    ('self-c2', 'min søster skal passe på sig selv når hun er syg'),
    ('self-c3', 'lærerne skal passe på sig selv på vej hjem, der er glat'),
    ('time-c1', 'efter kampen spiser vi pizza og så slår vi dem i fifa'),
    ('time-c2', "after the game we'll destroy them in the rematch"),
    ('title-c1', 'jeg slår lærer Hansen i skak på fredag'),
    ('face-c1', 'pas godt på dine knæ når du løber i morgen'),
    ('face-c2', 'husk at pas på dit ansigt i solen i morgen, brug solcreme'),
    ('np-c1', 'du skal ikke regne med at have fri i morgen'),
    ('np-c2', 'I skal ikke regne med at hele klassen kommer med på turen'),
    ('sub-c1', 'hun ved godt at hun ikke kan regne med at bussen er sikker i sneen'),
    ('real-c1', 'jeg slår dig i fifa i aften, ikke i virkeligheden selvfølgelig haha'),
    ('real-c2', 'vi tæsker dem i håndbold i morgen'),
]


@pytest.mark.parametrize("text", [t for _, t in THREATS], ids=[n for n, _ in THREATS])
def test_round15_causes_flagged(check: ThreatCheck, text: str) -> None:
    assert {h.rule.category for h in check.scan(Document(text))} == {"conduct.threat"}


@pytest.mark.parametrize("text", [t for _, t in CLEAN], ids=[n for n, _ in CLEAN])
def test_round15_hard_negatives_clean(check: ThreatCheck, text: str) -> None:
    assert not list(check.scan(Document(text)))
