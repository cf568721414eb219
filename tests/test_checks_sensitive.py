"""Health, social, confidential and welfare checks: table-driven, a hard negative beside every positive.

All people in these cases are invented.
"""

from __future__ import annotations

import time

import pytest

from monitor.checks import sensitive, welfare
from monitor.checks.base import Document
from monitor.checks.engine import Checker
from monitor.checks.persons import NAME, analyse, person_mentions

CHECKER = Checker(check_classes=(*sensitive.CHECKS, *welfare.CHECKS))
HEALTH, SOCIAL, CONFIDENTIAL, WELFARE = ("personal.health", "personal.social", "personal.confidential",
                                         "welfare.concern")


def categories(text: str, lang: str | None = None) -> set[str]:
    return {f.category for f in CHECKER.check(text, lang)}


# (id, text, lang, category, expected)
CASES = [
    # personal.health
    ("health-da-diagnosis", "Karoline fra 8.b har fået diagnosen ADHD, så hun får lidt ekstra tid", "da", HEALTH, True),
    ("health-da-topic", "Temaaften om ADHD og autisme for forældre på torsdag", "da", HEALTH, False),
    ("health-da-self", "Jeg har selv epilepsi, så jeg tager ikke med på natturen", "da", HEALTH, True),
    ("health-da-general", "Mange unge har angst i dag, det er vigtigt at vi taler om det", "da", HEALTH, False),
    ("health-da-injury", "God bedring til Aksel, der brækkede armen til fodbold 💙", "da", HEALTH, True),
    ("health-da-nobody-ill", "Der er nogen der er syge i dag, så vi er kun fem til træning", "da", HEALTH, False),
    ("health-da-pointer", "En af vores elever i 9.a er indlagt på sygehuset efter weekenden", "da", HEALTH, True),
    ("health-da-first-aid", "Førstehjælpskursus: du lærer sideleje og hvad man gør ved en hjernerystelse", "da",
     HEALTH, False),
    ("health-da-pregnant", "Er det rigtigt at Josefine fra 10.c er gravid?", "da", HEALTH, True),
    ("health-da-offer", "Nyt hold for unge med diabetes hver tirsdag i hallen", "da", HEALTH, False),
    ("health-da-medication", "Husk at Vilfred skal have sin Ritalin kl. 12 på turen", "da", HEALTH, True),
    ("health-en-concussion", "Get well soon Brandon!! Hope the concussion heals fast", "en", HEALTH, True),
    ("health-en-topic", "Our students gave talks about anxiety and depression in young people", "en", HEALTH, False),
    ("health-en-self", "I was diagnosed with autism last year and the club really helped me", "en", HEALTH, True),
    ("health-en-idiom", "That sailing trip was sick 🔥 can't wait for next year", "en", HEALTH, False),
    # personal.social
    ("social-da-foster", "Ellinor er flyttet i plejefamilie, så hun stopper på holdet", "da", SOCIAL, True),
    ("social-da-foster-general", "Kommunen søger flere plejefamilier i Randers", "da", SOCIAL, False),
    ("social-da-divorce", "Hans forældre er blevet skilt, så han bor hos sin mor nu", "da", SOCIAL, True),
    ("social-da-divorce-topic", "Oplæg om skilsmisse og hvordan unge kan få støtte", "da", SOCIAL, False),
    ("social-da-money", "Konrad kan ikke komme med, fordi hans forældre ikke har råd", "da", SOCIAL, True),
    ("social-da-money-general", "Familier med lav indkomst kan søge friplads til turene", "da", SOCIAL, False),
    ("social-da-absence", "Til forældrene: Storm har nu 40 fraværsdage i år", "da", SOCIAL, True),
    ("social-da-prison", "Det er jo fordi hans far sidder inde", "da", SOCIAL, True),
    ("social-da-police-org", "Politiet er kontaktet efter indbruddet i klubben i nat", "da", SOCIAL, False),
    ("social-da-religion", "Yasmin er den eneste muslim på holdet, så hun skal have halal-pizza", "da", SOCIAL, True),
    ("social-da-religion-neutral", "Vi fejrer både Eid og jul i klubben på fredag", "da", SOCIAL, False),
    ("social-en-prison", "Jayden's dad is in prison so he can't get the form signed", "en", SOCIAL, True),
    ("social-en-general", "Many families can't afford expensive trips, so we keep prices low", "en", SOCIAL, False),
    # personal.confidential
    ("conf-da-told-me", "En elev fortalte mig i dag, at hendes forældre skal skilles", "da", CONFIDENTIAL, True),
    ("conf-da-quote", "“Det var den fedeste tur,” siger Clara på 15 om vinterturen", "da", CONFIDENTIAL, False),
    ("conf-da-phone", "Hans mor ringede og sagde, at han ikke vil sidde ved siden af Viggo mere", "da",
     CONFIDENTIAL, True),
    ("conf-da-public-feedback", "Flere elever sagde bagefter, at de følte sig mere trygge", "da", CONFIDENTIAL,
     False),
    ("conf-da-secret", "Min kollega fortalte i fortrolighed, at hun er gravid 🤫", "da", CONFIDENTIAL, True),
    ("conf-da-guide", "Guiden Erik fortalte om livet i lejren under krigen", "da", CONFIDENTIAL, False),
    ("conf-en-told", "A student told me in private today that she never felt she belonged", "en", CONFIDENTIAL,
     True),
    ("conf-en-quoted", "It was the best trip ever, said Noel, who was happy to be quoted", "en", CONFIDENTIAL,
     False),
    # welfare.concern
    ("welfare-da-selfharm", "cutter mig selv igen. ved ik hvorfor jeg skriver det her", "da", WELFARE, True),
    ("welfare-da-campaign", "I uge 6 har vi fokus på selvskade. Ring til Børnetelefonen hvis du har det svært",
     "da", WELFARE, False),
    ("welfare-da-suicidal", "gider ikke være her mere. ingen ville savne mig alligevel", "da", WELFARE, True),
    ("welfare-da-idiom", "Jeg dør af grin over den video 😂", "da", WELFARE, False),
    ("welfare-da-violence", "min stedfar slår mig når han har drukket", "da", WELFARE, True),
    ("welfare-da-joke", "Min mor slår mig ihjel hvis jeg kommer for sent hjem igen 😂😂", "da", WELFARE, False),
    ("welfare-da-home", "tør ikke tage hjem i aften, kan jeg sove i klubben?", "da", WELFARE, True),
    ("welfare-da-home-ok", "Husk at tage hjem med bussen kl. 16 efter turen", "da", WELFARE, False),
    ("welfare-da-neglect", "Der er aldrig mad derhjemme, så jeg spiser i klubben", "da", WELFARE, True),
    ("welfare-da-food-ok", "Der er mad i klubben hver fredag kl. 18", "da", WELFARE, False),
    ("welfare-da-substance", "Jeg er 14 og ryger hash hver dag før skole", "da", WELFARE, True),
    ("welfare-da-police-talk", "Politiet fortalte knallertholdet om færdselsregler i dag", "da", WELFARE, False),
    ("welfare-da-indirect", "jeg kan ikke mere. bare lad mig forsvinde", "da", WELFARE, True),
    ("welfare-da-indirect-ok", "Jeg kan ikke mere kage nu, men det var lækkert", "da", WELFARE, False),
    ("welfare-en-suicidal", "i don't want to be alive anymore, nobody would even notice", "en", WELFARE, True),
    ("welfare-en-idiom", "Lol I nearly died laughing when the boat tipped over", "en", WELFARE, False),
    ("welfare-en-home", "my dad hits me when he's drunk and I'm scared to go home", "en", WELFARE, True),
    ("welfare-en-campaign", "If you have suicidal thoughts, call the helpline. You are not alone", "en", WELFARE,
     False),
    # welfare.concern said indirectly, family by family, with a hard negative beside each
    ("welfare-da-selfharm-again", "har ridset mig selv igen i nat, ingen må vide det", "da", WELFARE, True),
    ("welfare-da-marks", "bruger lange ærmer så ingen kan se arrene", "da", WELFARE, True),
    ("welfare-da-marks-topic", "Tema: når man skærer i sig selv – oplæg for forældre torsdag", "da", WELFARE, False),
    ("welfare-en-cut-again", "cut again yesterday. whatever", "en", WELFARE, True),
    ("welfare-en-power-cut", "power cut again in the gym, training moved to Thursday", "en", WELFARE, False),
    ("welfare-da-not-here-long", "er nok ikke her så meget længere 🙂", "da", WELFARE, True),
    ("welfare-en-not-here-today", "I won't be here much longer today, leaving at 3 for the dentist", "en", WELFARE,
     False),
    ("welfare-da-disappear", "ville nogen overhovedet opdage det hvis jeg forsvandt", "da", WELFARE, True),
    ("welfare-da-disappear-place", "Hvis jeg forsvinder fra pladsen, er jeg bare ude at hente kaffe", "da", WELFARE,
     False),
    ("welfare-en-never-wake", "sometimes i just want to fall asleep and never wake up", "en", WELFARE, True),
    ("welfare-en-no-point", "what's the point of anything anymore", "en", WELFARE, True),
    ("welfare-da-locked-in", "min stedfar låser mig inde på værelset hele weekenden", "da", WELFARE, True),
    ("welfare-en-locked-in", "my dad locks me in my room when he's angry", "en", WELFARE, True),
    ("welfare-da-drunk-home", "orker ikke hjem i aften.. hun er stiv igen", "da", WELFARE, True),
    ("welfare-da-not-going-home-fun", "Jeg gider ikke hjem endnu, det er for hyggeligt her 😄", "da", WELFARE, False),
    ("welfare-en-unsafe", "I don't feel safe at home right now", "en", WELFARE, True),
    ("welfare-da-groom", "en voksen fyr på discord vil mødes med mig og siger jeg ikke må fortælle det til nogen",
     "da", WELFARE, True),
    ("welfare-en-groom-message", "you're so mature for your age. send me a pic, and don't tell your parents",
     "en", WELFARE, True),
    ("welfare-da-groom-campaign",
     "Plakat om grooming: voksne der vil mødes og beder om billeder. Sig det til en voksen!", "da", WELFARE, False),
    ("welfare-da-photos-ok", "Send billeder fra turen til klubbens mail, så laver vi et album", "da", WELFARE, False),
    ("welfare-da-neglect-shopping", "ingen har handlet ind i en uge, jeg spiser bare i klubben", "da", WELFARE, True),
    ("welfare-da-canteen-closed", "Der er ikke mad i kantinen på fredag pga. ferie", "da", WELFARE, False),
    ("welfare-da-minor-drunk", "Min søn på 14 kom hjem hamrende fuld i lørdags", "da", WELFARE, True),
    ("welfare-da-bus-full", "Bussen er helt fuld i dag, så 8.b tager toget", "da", WELFARE, False),
    ("welfare-da-full-of-energy", "Min far er fuld af energi i dag, han har malet hele huset", "da", WELFARE, False),
    ("welfare-da-campaign-poster", "Se plakaterne til kampagnen 'Stop vold i hjemmet' i foyeren", "da", WELFARE,
     False),
    ("welfare-da-thrown-out-of-club", "Til pædagogen der smed mig ud: det var uretfærdigt", "da", WELFARE, False),
    # health and social: threats, faith and fasting are not health
    ("health-da-threat-hospital", "hvis Bastian kommer igen ender han på skadestuen", "da", HEALTH, False),
    ("health-da-hospital-real", "Bastian endte på skadestuen efter kampen i går", "da", HEALTH, True),
    ("health-da-fasting", "Yusuf faster i ramadanen, så han spiser ikke før solnedgang", "da", HEALTH, False),
    ("social-da-fasting", "Yusuf faster i ramadanen, så han spiser ikke før solnedgang", "da", SOCIAL, True),
    ("social-da-support-person", "Efter mødet kan jeg sige at Alberte nu får en støtteperson i timerne", "da", SOCIAL,
     True),
    ("social-da-divorcing", "Viggos forældre er ved at blive skilt", "da", SOCIAL, True),
    ("social-da-contact-ban", "Husk at Otto ikke længere må hentes af sin far", "da", SOCIAL, True),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_category(text: str, lang: str, category: str, expected: bool) -> None:
    assert (category in categories(text, lang)) is expected


@pytest.mark.parametrize(("text", "also"), [
    ("jeg skærer i mig selv hver aften", HEALTH),
    ("min far slår mig når han er fuld", SOCIAL),
    ("Har ikke fået aftensmad i 3 dage, mor er ikke kommet hjem", SOCIAL),
], ids=["selfharm-is-health", "violence-is-social", "neglect-is-social"])
def test_where_categories_meet(text: str, also: str) -> None:
    found = categories(text, "da")
    assert WELFARE in found and also in found


@pytest.mark.parametrize(("text", "expected"), [
    ("jeg har ikke spist i to dage fordi der ikke er mad", {WELFARE, SOCIAL}),
    ("jeg har ikke spist i to dage for at tabe mig", {WELFARE, HEALTH}),
    ("gider ikke hjem i aften.. han er fuld igen og sidst gik det ud over mig", {WELFARE, SOCIAL}),
    ("skal nok ikke være her meget længere 🙂", {WELFARE, HEALTH}),
    ("der er en voksen mand der skriver til mig og siger jeg ikke må fortælle det til nogen", {WELFARE}),
], ids=["no-food-is-neglect", "dieting-is-health", "drunk-carer-is-social", "indirect-suicidal-is-health",
        "grooming-is-welfare-only"])
def test_indirect_signs_carry_the_right_second_category(text: str, expected: set[str]) -> None:
    assert categories(text, "da") == expected


def test_not_daring_home_is_welfare_only() -> None:
    assert categories("må jeg sove i klubben i nat? tør ikke tage hjem", "da") == {WELFARE}


def test_spans_point_at_the_sensitive_words_and_excerpts_hide_nothing_needed() -> None:
    text = "Karoline fra 8.b har fået diagnosen ADHD"
    findings = [f for f in CHECKER.check(text, "da") if f.category == HEALTH]
    assert findings
    assert all("Karoline" not in text[f.start:f.end] for f in findings)
    assert any("adhd" in text[f.start:f.end].lower() or "diagnose" in text[f.start:f.end] for f in findings)


def test_rules_have_explanations_in_both_languages() -> None:
    for rule in CHECKER.rules:
        assert rule.explanation_da and rule.explanation_en and rule.explanation_da != rule.explanation_en


@pytest.mark.parametrize(("text", "name"), [
    ("Vi tænker på Rasmus i dag", "Rasmus"),
    ("Idas mor ringede", "Idas"),
    ("Tak til Per for hjælpen", "Per"),
    ("Line har 38 fraværsdage", "Line"),
], ids=["plain", "possessive", "ambiguous-mid-sentence", "ambiguous-initial-with-verb"])
def test_names_are_found(text: str, name: str) -> None:
    doc = Document(text)
    spans = [doc.text[s:e] for s, e in person_mentions(doc)]
    assert name.lower() in [s.lower() for s in spans]


@pytest.mark.parametrize("text", ["Hans bil holder udenfor", "Per person koster det 50 kr.", "I maj tager vi afsted"],
                         ids=["pronoun-hans", "preposition-per", "month-maj"])
def test_words_that_are_also_names_are_not_names(text: str) -> None:
    doc = Document(text)
    names = {doc.folded.text[r.start:r.end] for r in analyse(doc).refs if r.kind == NAME}
    assert not names & {"hans", "per", "maj"}


def test_person_analysis_is_computed_once_per_document() -> None:
    doc = Document("Emma har ADHD")
    assert analyse(doc) is analyse(doc)


def test_a_megabyte_post_is_scanned_in_linear_time() -> None:
    text = ("Jeg var til temaaften om angst med min søn, og Emma fra 8.b har ADHD. " * 15_000)[:1_000_000]
    started = time.perf_counter()
    CHECKER.hits(text, "da")
    assert time.perf_counter() - started < 10


# personal.confidential by family: a private channel + a relay verb + content about someone. Quotes for
# publication and public statements stay clean.
CONFIDENTIAL_CASES = [
    ("present-sms", "Fik en sms fra Violas mor – hun skriver at Viola ikke gider holdet mere", "da", True),
    ("present-to-me", "Hun siger til mig at hendes far har mistet sit arbejde", "da", True),
    ("present-phone", "Ringede lige med Idas far, han fortæller at hun har det svært derhjemme", "da", True),
    ("present-en-phone", "Talked to Ben's mum on the phone, she says he hasn't slept properly in weeks", "en", True),
    ("phone-no-that", "Spoke to Lily's dad on the phone and he said they're moving her to another school", "en", True),
    ("called-told-me", "Oliver's mum called me yesterday and told me he's been struggling at home", "en", True),
    ("psychologist-report", "Efter mødet med skolepsykologen kan jeg fortælle, at Anton får en støtteperson", "da",
     True),
    ("meeting-report-en", "After the parent-teacher meeting I can tell you that Jack is getting extra support", "en",
     True),
    ("confided", "En mor betroede mig, at hendes søn ikke sover om natten", "da", True),
    ("told-by-teacher", "Jeg fik at vide af hans lærer at Malthe har svært ved at læse", "da", True),
    ("told-by-mother", "Jeg har fået at vide af Noahs mor at han bliver drillet i bussen", "da", True),
    ("parent-dm", "A parent messaged me privately that her son is being left out at lunch", "en", True),
    ("told-in-meeting", "I was told in a parent meeting that Noah's parents are splitting up", "en", True),
    ("told-in-parent-talk", "Til forældresamtalen fik jeg at vide, at Lukas ikke har det godt derhjemme", "da", True),
    ("not-pass-on", "Hun bad mig om ikke at sige det videre, men Sofie skal flytte til Aarhus", "da", True),
    ("not-tell-en", "She asked me not to tell anyone, but Maya's family is moving abroad", "en", True),
    ("staff-break", "Min kollega nævnte i frokostpausen at Sara er blevet kæreste med en fra 9.b", "da", True),
    ("messenger", "Ellas mor skrev til mig på Messenger at Ella har det svært med de andre piger", "da", True),
    # hard negatives
    ("quote-to-be-cited", "“Det var den fedeste tur,” siger Emma, som gerne vil citeres", "da", False),
    ("coach-to-paper", "Holdets træner fortalte til avisen at de er stolte af Sebastian", "da", False),
    ("quote-to-paper", "Det var en fed tur, fortæller Emma til Randers Amtsavis", "da", False),
    ("speech", "Klubbens formand sagde i sin tale at alle frivillige fortjener tak", "da", False),
    ("speech-en", "In his speech the mayor said that the new hall opens in May", "en", False),
    ("public-says", "Emma says the trip was amazing and she can't wait to go again", "en", False),
    ("board-meeting-news", "Efter mødet i bestyrelsen kan jeg fortælle at vi har fået ny formand", "da", False),
    ("good-news", "I dag kan jeg fortælle at vores hold har vundet pokalen", "da", False),
    ("call-me-quote", "Ring til mig på telefonen hvis du har spørgsmål, siger Lars", "da", False),
    ("practical-told", "Jeg fik at vide at bussen kører kl. 8", "da", False),
    ("council-told", "We were told by the council that the hall opens again in June", "en", False),
    ("prize-news", "I dag fik vi at vide at vi har vundet kommunens idrætspris", "da", False),
    ("pass-it-on", "Du må gerne sige det videre til dine venner: vi holder åbent hus!", "da", False),
    ("surprise", "Don't tell anyone, but we are planning a surprise for all the volunteers on Friday 🎉", "en", False),
    ("bus-company", "On the phone the bus company said they will be ten minutes late", "en", False),
    ("send-message", "Send mig en sms, skriver Anna, hvis I vil låne kanoen", "da", False),
]


@pytest.mark.parametrize(("text", "lang", "expected"), [c[1:] for c in CONFIDENTIAL_CASES],
                         ids=[c[0] for c in CONFIDENTIAL_CASES])
def test_confidential_families(text: str, lang: str, expected: bool) -> None:
    assert (CONFIDENTIAL in categories(text, lang)) is expected


def test_confidential_excerpt_does_not_repeat_the_relayed_content() -> None:
    text = "Talked to Ben's mum on the phone, she says he hasn't slept properly in weeks"
    findings = [f for f in CHECKER.check(text, "en") if f.category == CONFIDENTIAL]
    assert findings and all("slept" not in text[f.start:f.end] for f in findings)


# Round 2: families composed from parts (any subject, inflection, word order), Danish and English.
ROUND2_CASES = [
    ("better-without-me-da", "tænker tit at min familie ville have det meget bedre uden mig", "da", {WELFARE, HEALTH}),
    ("not-here-anymore-da", "nogle gange tror jeg alle ville få det nemmere hvis jeg ikke var her længere", "da",
     {WELFARE, HEALTH}),
    ("wish-not-born-en", "honestly I wish I had never been born, they'd be happier without me", "en",
     {WELFARE, HEALTH}),
    ("better-team-joke", "holdet ville have det bedre uden mig på mål haha 😂", "da", set()),
    ("better-without-rain", "Turen ville have været bedre uden regnen, men vi hyggede os", "da", set()),
    ("generic-lock-in-da", "er det okay at ens mor låser en ude hele natten?", "da", {WELFARE, SOCIAL}),
    ("generic-lock-in-en", "is it normal that your stepdad locks you out when he's angry?", "en", {WELFARE, SOCIAL}),
    ("lock-hall", "Husk at pedellen låser hallen kl. 22, så vær ude inden", "da", set()),
    ("passive-beaten-da", "Min storebror bliver tæsket af vores stedfar når mor er på arbejde", "da",
     {WELFARE, SOCIAL}),
    ("passive-names-da", "Hun bliver kaldt grimme ting derhjemme hver eneste dag", "da", {WELFARE, SOCIAL}),
    ("passive-hit-en", "my cousin is 11 and gets kicked by his dad almost every week", "en", {WELFARE, SOCIAL}),
    ("passive-sport", "Vi blev slået 3-1 af Viborg i går, men kæmpede godt", "da", set()),
    ("passive-sport-en", "We got beaten at home by the league leaders on Saturday", "en", set()),
    ("bruises-carer-da", "Frida har blå mærker på overarmene igen, og hendes far bliver vist tit rasende", "da",
     {WELFARE, SOCIAL}),
    ("bruises-excuse-en", "Mia had a black eye again today and says she walked into a door", "en", {WELFARE, SOCIAL}),
    ("bruises-football", "Masser af blå mærker efter en hård kamp i dag, godt kæmpet drenge 💪", "da", set()),
    ("minor-bottle-da", "jeg er 15 og tyller en flaske gin hver fredag med mine venner", "da", {WELFARE}),
    ("minor-beers-en", "he's 14 and drank ten beers at the party last night", "en", {WELFARE}),
    ("adult-wine", "Personalefesten: vi drak en flaske vin og spiste godt 🍷", "da", set()),
    ("faith-diet-en", "Ali is Muslim, so he doesn't eat the ham sandwiches on the trip", "en", {SOCIAL}),
    ("vegetarian-da", "Ida er vegetar og spiser ikke kød, så vi laver grøntsagsret", "da", set()),
    ("pregnant-da", "Kæmpe tillykke til Louise fra køkkenet, som venter sig – termin i oktober!", "da", {HEALTH}),
    ("pregnant-en", "Our coach Maria is expecting her second baby, due in March", "en", {HEALTH}),
    ("waiting-bus", "Vi venter på bussen ved hallen, den er forsinket", "da", set()),
]


@pytest.mark.parametrize(("text", "lang", "expected"), [c[1:] for c in ROUND2_CASES], ids=[c[0] for c in ROUND2_CASES])
def test_round2_families(text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) & {WELFARE, HEALTH, SOCIAL} == expected


# Round 3: teenagers', parents' and staff's own register (lower case, slang, "ik"/"ikk", emoji, English mixed in).
ROUND3_CASES = [
    ("slang-not-live-da", "orker ik mere wlh 😞 vil bare ikk være her mere", "da", {WELFARE, HEALTH}),
    ("slang-gider-ik-leve", "jeg gider ik leve mere fr", "da", {WELFARE, HEALTH}),
    ("slang-kan-ik-mer", "jeg kan ik mer 😞😞", "da", {WELFARE, HEALTH}),
    ("slang-kan-ik-mer-teacher", "kan ik mer med den lærer lol", "da", set()),
    ("slang-orker-regn", "orker ikke mere regn 🙄", "da", set()),
    ("slang-kms-da", "har lyst til at kms ngl", "da", {WELFARE, HEALTH}),
    ("slang-kms-think", "tænker på at kms ærligt", "da", {WELFARE, HEALTH}),
    ("slang-kms-joke", "kms lol den test var så svær", "da", set()),
    ("slang-end-it-da", "jeg sværger jeg ender det hele snart", "da", {WELFARE, HEALTH}),
    ("slang-cutter-sig", "hun sagde til mig i pausen at hun cutter sig", "da", {CONFIDENTIAL, WELFARE, HEALTH}),
    ("slang-cut-again", "har cuttet igen 😞", "da", {WELFARE, HEALTH}),
    ("slang-topic-person", "hun snakker om selvmord hele tiden bro, er bekymret for hende", "da", {WELFARE, HEALTH}),
    ("slang-campaign", "Kampagne: ring til Børnetelefonen hvis du tænker på selvmord", "da", set()),
    ("slang-wanna-live-en", "i dont wanna live anymore", "en", {WELFARE, HEALTH}),
    ("slang-done-life-en", "im done with life 🥀", "en", {WELFARE, HEALTH}),
    ("slang-done-game-en", "im done with this game lol", "en", set()),
    ("slang-die-laugh", "vil bare dø af grin 😂😂", "da", set()),
    ("slang-dare-home", "tør sgu ik tage hjem i aften", "da", {WELFARE}),
    ("slang-dare-home-ikk", "tør ikk tage hjem", "da", {WELFARE}),
    ("slang-sleep-over", "må jeg sove hos dig i nat? tør ik være hjemme", "da", {WELFARE}),
    ("slang-home-drunk", "gider ik hjem far er skæv igen", "da", {WELFARE, SOCIAL}),
    ("slang-hit-mum-away", "han slår mig når mor ik er hjemme", "da", {WELFARE, SOCIAL}),
    ("slang-hit-fifa", "min far slår mig altid i fifa", "da", set()),
    ("slang-hit-chess", "lillebror slår mig i skak hver gang 😤", "da", set()),
    ("slang-hit-after-match", "min far slår mig efter hver kamp vi taber", "da", {WELFARE, SOCIAL}),
    ("slang-dead-laugh", "min mor er død af grin over den video", "da", set()),
    ("slang-joint-school", "nogen der har en lighter? skal ryge en joint efter skole", "da", {WELFARE}),
    ("slang-drunk-lol", "vi er 15 og var så fulde i lørdags lol", "da", {WELFARE}),
    ("slang-joint-break", "vi er 14 og røg en joint i frikvarteret haha", "da", {WELFARE}),
    ("slang-adults-party", "personalefest i lørdags, vi var godt fulde haha", "da", set()),
    ("slang-secret-da", "ik sig det til nogen men sofie er gravid", "da", {CONFIDENTIAL, HEALTH}),
    ("slang-secret-fortael", "ik fortæl det til nogen men mads er adhd", "da", {CONFIDENTIAL, HEALTH}),
    ("slang-snap-relay", "min veninde skrev på snap at hendes far slår hende", "da", {CONFIDENTIAL, WELFARE, SOCIAL}),
    ("slang-secret-surprise", "ik sig det til nogen men vi holder overraskelsesfest fredag 🎉", "da", set()),
    ("slang-divorce", "sofies forældre er blevet skilt", "da", {SOCIAL}),
    ("slang-prison-lol", "hans far røg i fængsel lol", "da", {SOCIAL}),
    ("slang-skip-school", "mikkel har pjækket hele ugen", "da", {SOCIAL}),
    ("slang-sport-win", "vi slog dem 5-0 i går 🔥", "da", set()),
]


@pytest.mark.parametrize(("text", "lang", "expected"), [c[1:] for c in ROUND3_CASES], ids=[c[0] for c in ROUND3_CASES])
def test_round3_register(text: str, lang: str, expected: set[str]) -> None:
    assert categories(text, lang) & {WELFARE, HEALTH, SOCIAL, CONFIDENTIAL} == expected
