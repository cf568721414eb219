"""Round 20 (wa): welfare kinds missed in six focus sets, in our own wording beside hard negatives.

Self-harm and suicidal hints (a wish not to wake, "why should I live", marks seen and support offered, a blade that
"helps", an absence that is "nobody's fault", pills or meds saved up, a painless way asked for, a weight that made
someone cry, a pet provided for "if something happens", purging after meals, marks "not from the cat", grown thin and
hiding it, inverted "brænder jeg mig", a dose asked about "just curious", long sleeves "you know why"); violence and
fear at home (afraid of a carer, hiding when a carer comes home, a carer finding out and "last time I couldn't sit
down", an injury from a carer, a choke hold on a relative); neglect (nobody cooks, sleeping outside); a minor's
substance use (drugs handed over, drinking daily before school, an ambulance called); exploitation (money for pictures,
picked up in a car and given drugs or gifts, an adult's exchange or "something in return"). Hard negatives: sports,
errands, pets, cooking, diets, weather, surprises, team photos, lifts and treats. Only the rule checks are compared
(the category model is judged apart). All people are invented."""

from __future__ import annotations

import pytest

from tests.check_kit import found_categories

W = "welfare.concern"


def welfare(text: str, lang: str) -> bool:
    return W in found_categories(text, lang, {W}, rules_only=True)


POSITIVES: list[tuple[str, str]] = [
    # a wish to sleep and not wake
    ("i just want to go to sleep and never wake up", "en"),
    ("nogle gange vil jeg bare sove og aldrig vågne op", "da"),
    # why live, with a reason
    ("hvorfor skal jeg leve når ingen gider mig alligevel", "da"),
    ("why should i even live if everything i do is wrong", "en"),
    # a peer who saw the arms and offers support
    ("jeg så dine arme til svømning i går. du behøver ikke at forklare noget, jeg er her 💛", "da"),
    ("saw her wrists in the changing room. you don't have to explain anything to me", "en"),
    # a blade kept because it helps
    ("there's a blade in my room that i use. it helps", "en"),
    ("got a new blade hidden under my bed. it helps. please dont judge", "en"),
    # absence announced as nobody's fault
    ("if i disappear tomorrow it wasn't your fault, ok", "en"),
    ("hvis jeg forsvinder i weekenden, så er det ikke jeres skyld", "da"),
    # pills or meds saved up
    ("been stockpiling my antidepressants for weeks now", "en"),
    ("she's been hoarding her dad's pills in a shoebox", "en"),
    # not around much longer, masked by a laugh
    ("probably won't be around much longer anyway", "en"),
    ("might not be around much longer lmao", "en"),
    # a painless way asked for
    ("hvad er den nemmeste måde at dø på uden smerte", "da"),
    ("how can i end it without it hurting", "en"),
    ("har læst om hvordan man gør det uden at det gør ondt, mangler bare modet", "da"),
    # the weight a number, and crying
    ("vægten viste 52 i morges og jeg tudede fordi jeg ville ned på 48", "da"),
    ("the scale said 45 and i cried because it's still too much", "en"),
    # a pet provided for if something happens
    ("jeg har bedt min bror om at passe på min hund hvis der sker mig noget", "da"),
    ("asked my best friend to look after my cat if anything happens", "en"),
    # purging or throwing up after every meal
    ("i keep purging after lunch and nobody knows", "en"),
    ("kan ikke stoppe med at kaste op efter aftensmaden", "da"),
    ("hun brækker sig efter hver eneste aftensmad, vi hører det på toilettet", "da"),
    ("kaster op efter hvert eneste måltid hun får", "da"),
    # marks that are not the cat's
    ("Så I ridserne på Noahs arme? Det er altså ikke fra katten", "da"),
    ("the scratches on his wrists aren't from the cat, no matter what he says", "en"),
    # grown thin and hiding it
    ("Freja er blevet så mager, hun gemmer sig i store trøjer og spiser næsten ikke", "da"),
    ("he's gotten so skinny and says he's not hungry every lunch", "en"),
    # not eating because a carer shames
    ("jeg spiser ikke aftensmad fordi far siger at jeg er for tyk", "da"),
    ("i don't eat at school because my mum says i'm too fat", "en"),
    # inverted self-harm, participles
    ("når det bliver for meget skærer jeg mig med en blyantspidser", "da"),
    ("når jeg er ked af det ridser hun sig i armene", "da"),
    ("Min søn har ridset sig selv, hvad gør vi?", "da"),
    ("hun har kradset sig selv til blods", "da"),
    # cannot get out of bed, everything dark
    ("jeg orker ikke komme ud af sengen fordi alt føles meningsløst", "da"),
    ("cant get out of bed because everything feels pointless", "en"),
    # dropping out of everything, with a goodbye
    ("Jeg kommer ikke med til noget mere. Tak for alt 🖤", "da"),
    ("won't be coming to anything anymore. thanks for everything", "en"),
    # a dose asked about 'just curious'
    ("what happens if you take a whole packet of paracetamol? just curious", "en"),
    ("hvad sker der hvis man tager 30 panodiler, spørger for en ven", "da"),
    ("how many paracetamol would be enough", "en"),
    # long sleeves again, you know why
    ("har hættetrøje på igen, i ved godt hvorfor", "da"),
    ("long sleeves again today. you know why", "en"),
    # afraid of a carer
    ("min lillebror er bange for sin stedfar", "da"),
    ("i'm terrified of my stepdad", "en"),
    ("Kom ikke og hent Alma med hendes mor – hun er bange for hende", "da"),
    # hiding when a carer comes home
    ("når mor kommer hjem, låser vi os inde på værelset", "da"),
    ("every time my stepdad comes home we hide in my room", "en"),
    # a carer finding out, and a physical consequence
    ("hvis min mor finder ud af det er jeg død. sidste gang havde jeg blå mærker i en uge", "da"),
    ("if my dad sees my report card. last time i couldn't sit down for days", "en"),
    # an injury from a carer
    ("har et blåt øje fra min stedfar", "da"),
    ("got this scar from my dad", "en"),
    # a choke hold on a relative
    ("han tager kvælertag på sin lillesøster", "da"),
    ("min stedfar tog kvælertag på min bror i går", "da"),
    # money for pictures
    ("a man on snap offered me 500 kr for pics", "en"),
    ("he pays her money for photos, she's 14", "en"),
    # picked up in a car by older people, drugs or gifts
    ("some guy picks up the year 9 boys after school in his car and gives them hash", "en"),
    ("hun blev hentet af voksne mænd og kom hjem med ny telefon og kontanter", "da"),
    # no food at home
    ("Ingen laver mad derhjemme længere, jeg spiser i skolen og så ikke mere før næste dag", "da"),
    ("no one buys food at home anymore", "en"),
    # sleeping outside
    ("vi så ham sove i en opgang i går, han er kun 14", "da"),
    ("saw a girl from my class sleeping on a bench at the station", "en"),
    ("hellere sove på banegården end tage hjem i aften", "da"),
    ("would rather sleep in the park than go home tbh", "en"),
    # drugs handed to a minor, daily drinking, an ambulance
    ("my cousin gives me his pills, i'm 15", "en"),
    ("min storebror giver mig hash, er 14", "da"),
    ("we're 14 and he drinks every morning before school", "en"),
    ("han drikker hver dag før skole og er kun 15", "da"),
    ("min veninde på 15 har taget noget og vi har ringet efter en ambulance", "da"),
    ("my brother (16) took something at a party and we called an ambulance", "en"),
    # an adult's exchange, something in return, moving in
    ("min niece på 14 er sammen med en mand på 35 for penge", "da"),
    ("hun er 13 og kysser en voksen mand for cigaretter", "da"),
    ("en voksen mand købte sprut til mig, jeg er 14", "da"),
    ("an older guy buys alcohol for me and wants something in return. he's 25", "en"),
    ("he's 28 and says my parents don't understand us", "en"),
    ("han er 24 og vil have at jeg flytter hen til ham, jeg er 15", "da"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("after the tournament i could sleep and not wake up until noon", "en"),
    ("hvorfor skal jeg leve op til alles forventninger hele tiden", "da"),
    ("why do i live so far from the school, the bus takes forever", "en"),
    ("jeg så dine arme i omklædningsrummet, du er blevet mega stærk! jeg er her hvis du vil træne", "da"),
    ("saw her arms after the gym session, she's been lifting a lot", "en"),
    ("this razor is great for sensitive skin, it helps with bumps", "en"),
    ("the new blade on my skate is sharp, it helps to slow down", "en"),
    ("if i dont show up monday, my bus is late, not my fault", "en"),
    ("hvis jeg ikke kommer i morgen er det fordi jeg er syg", "da"),
    ("collecting my meds from the pharmacy after school", "en"),
    ("been saving up for my meds, they're so expensive", "en"),
    ("might not be around much longer today, leaving for the airport", "en"),
    ("hvordan tager man øreringe ud uden at det gør ondt", "da"),
    ("how do you remove a plaster without it hurting", "en"),
    ("kufferten vejede 32 kg og jeg grinte", "da"),
    ("min hund vejer 41 kg, jeg græd af grin da den sad på mig", "da"),
    ("kan du passe på min kat mens jeg er på ferie", "da"),
    ("take care of my dog if anything happens on the trip, thanks", "en"),
    ("the dog keeps throwing up after dinner, off to the vet", "en"),
    ("the scratches on the sofa are not from the cat, they're from the dog", "en"),
    ("ridserne på bordet er ikke fra katten", "da"),
    ("katten er blevet så tynd, den spiser ikke", "da"),
    ("han er blevet så tynd i håret, han skjuler det under en hat", "da"),
    ("jeg spiser ikke kød fordi min mor siger det er bedre for klimaet", "da"),
    ("i don't eat pork because my dad says it's against our religion", "en"),
    ("når jeg laver mad skærer jeg mig tit med kniven", "da"),
    ("brændte jeg mig på panden igen? ja, typisk mig", "da"),
    ("kan ikke komme ud af sengen fordi det hele er mørkt om morgenen i december", "da"),
    ("can't get out of bed because everything is dark at 7 in winter", "en"),
    ("Jeg kommer ikke med på noget mere i år, har brækket benet. Tak for alt", "da"),
    ("tak for alt, pas på jer selv – jeg går på pension efter 30 gode år", "da"),
    ("hvad sker der hvis man tager en hel pakke panodil? Det lærer vi om i biologi på tirsdag", "da"),
    ("how many pills would be enough for a bad headache", "en"),
    ("har langærmet på igen, i ved godt hvorfor, det er iskoldt", "da"),
    ("long sleeves again, you know why, it's freezing", "en"),
    ("lillebror er bange for min fars hund", "da"),
    ("far er træner og de små er bange for ham", "da"),
    ("når far kommer hjem gemmer vi os og råber overraskelse", "da"),
    ("when dad gets home we hide behind the sofa to surprise him for his birthday", "en"),
    ("hvis min far ser karakterbladet bliver han glad, sidste gang fik jeg is", "da"),
    ("if my mum sees my room she'll be mad lol", "en"),
    ("jeg har fået min fars næse og min mors øjne", "da"),
    ("fik et blåt øje af min far i pudekamp haha", "da"),
    ("vi øvede kvælertag på hinanden til judo", "da"),
    ("han tog kvælertag på modstanderen i brydning", "da"),
    ("husk penge til billeder af holdet på fredag", "da"),
    ("mormor giver mig penge til billeder fra fotografen", "da"),
    ("mormor henter os i sin bil og giver os penge til is", "da"),
    ("træneren henter drengene i sin bil og giver dem is efter kampen", "da"),
    ("nobody cooks at home anymore, it's all takeaway these days", "en"),
    ("vi så Anders sove på en bænk i solen efter frokost", "da"),
    ("saw him sleeping on a bench at the festival lol", "en"),
    ("we slept on a bench at the station when we missed the last train on our holiday", "en"),
    ("vi sov på banegården i Hamborg på interrail", "da"),
    ("i'd rather sleep in than go to school", "en"),
    ("hellere sove længe end tage hjem tidligt fra festen", "da"),
    ("min far giver mig øl til julefrokosten", "da"),
    ("i drink water every day before school", "en"),
    ("vi drikker kakao hver morgen før skole", "da"),
    ("han tog noget mad med og vi ringede til hans mor", "da"),
    ("min mor tog nogle piller mod hovedpine og ringede til lægen", "da"),
    ("vi var sammen med en mand på 30 fra kommunen om projektet", "da"),
    ("en voksen mand købte billetter til os alle", "da"),
    ("he wanted something in return for the lift, like gas money, he's my uncle aged 40", "en"),
    ("min mor ikke forstår os når vi taler engelsk", "da"),
    ("my skinny jeans hide my boots so well", "en"),
    ("the ice is so thin, he hides behind the tree when we skate", "en"),
    ("i get up at 6 because everything is dark and quiet then", "en"),
    ("katten har kradset sig i øret igen", "da"),
]


@pytest.mark.parametrize(("text", "lang"), POSITIVES)
def test_round20_wa_welfare_signs(text: str, lang: str) -> None:
    assert welfare(text, lang)


@pytest.mark.parametrize(("text", "lang"), NEGATIVES)
def test_round20_wa_welfare_negatives(text: str, lang: str) -> None:
    assert not welfare(text, lang)
