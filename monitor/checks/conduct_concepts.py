"""The concept vocabulary of demeaning generalisations: words for protected groups and for negative traits.

``conduct_generalise`` composes them loosely (a group word, then a negative trait in the same clause or the
next); the precision comes from its exclusions, not from narrow frames. The lists are wide on purpose:
every inflection, Danish and English, slang. A group word alone is a neutral mention.
"""

from __future__ import annotations

_SINGULAR_FORMS: set[str] = set()


def _da(*entries: str) -> set[str]:
    """Danish noun forms from ``singular/plural`` entries: singular, definite, plural and definite plural.

    ``tyrker/tyrkere`` gives tyrker, tyrkeren, tyrkere, tyrkerne; ``jøde/jøder`` gives jøde, jøden, jøder, jøderne.
    """
    out: set[str] = set()
    for entry in entries:
        singular, _, plural = entry.partition("/")
        if singular:
            forms = (singular, singular + ("n" if singular.endswith("e") else "en"))
            out.update(forms)
            _SINGULAR_FORMS.update(forms)
        out.update((plural, plural + ("ne" if plural.endswith(("e", "r")) else "ene")))
        if plural.endswith("ere"):
            out.add(plural[:-1] + "ne")  # tyrkere -> tyrkerne
    return out


def _en(*entries: str) -> set[str]:
    """English plural forms (``arab`` gives arabs; an entry with a space or ending in -s is kept as it is)."""
    return {entry if " " in entry or entry.endswith("s") else entry + "s" for entry in entries}


def _adj(*stems: str) -> set[str]:
    """Danish adjective forms: ``doven/dovne`` gives doven, dovent, dovne; ``dum`` gives dum, dumt, dumme."""
    out: set[str] = set()
    for stem in stems:
        base, _, plural = stem.partition("/")
        out.update((base, base + "t", plural or (base + base[-1] + "e" if base[-1] in "mn" and len(base) < 5
                                                  else base + "e")))
    return out


# --- groups -----------------------------------------------------------------------------------------
# Singular forms count only with a causal link ("Hamid er tyrker, og derfor ..."); the ``_SINGULAR`` set names them.
_ETHNIC_DA = ("araber/arabere", "muslim/muslimer", "jøde/jøder", "somalier/somaliere", "tyrker/tyrkere",
              "pakistaner/pakistanere", "afghaner/afghanere", "iraker/irakere", "iraner/iranere", "syrer/syrere",
              "palæstinenser/palæstinensere", "afrikaner/afrikanere", "polak/polakker", "rumæner/rumænere",
              "bulgarer/bulgarere", "sigøjner/sigøjnere", "roma/romaer", "kineser/kinesere", "asiat/asiater",
              "inder/indere", "mexicaner/mexicanere", "østeuropæer/østeuropæere", "litauer/litauere",
              "udlænding/udlændinge", "indvandrer/indvandrere", "immigrant/immigranter", "flygtning/flygtninge",
              "asylansøger/asylansøgere", "migrant/migranter", "nydansker/nydanskere", "perker/perkere",
              "neger/negre", "/negere", "kristen/kristne", "hindu/hinduer", "buddhist/buddhister",
              "ateist/ateister", "sikh/sikher", "jyde/jyder", "svensker/svenskere", "tysker/tyskere",
              "amerikaner/amerikanere", "englænder/englændere", "russer/russere", "ukrainer/ukrainere",
              "grønlænder/grønlændere", "færing/færinger", "italiener/italienere", "spanier/spaniere",
              "marokkaner/marokkanere", "eritreer/eritreere", "kurder/kurdere", "vietnameser/vietnamesere",
              "thailænder/thailændere", "filippiner/filippinere", "/nordmænd", "/franskmænd",
              "mellemøstlig/mellemøstlige")
_ADJ_GROUPS = ("nydanske", "autistiske", "etniske", "pakistanske", "syriske", "irakiske", "afghanske", "iranske",
               "palæstinensiske", "østeuropæiske", "litauiske", "bulgarske", "indiske", "mexicanske", "mørkhudede",
               "lesbiske", "transkønnede", "udviklingshæmmede", "spastiske", "autistic", "syrian", "turkish",
               "pakistani", "somali", "muslimske", "romani")
_ETHNIC_EN = ("arab", "muslim", "jew", "somali", "turk", "paki", "pakistani", "afghan", "iraqi", "syrian",
              "african", "pole", "romanian", "gypsies", "gypsy", "asian", "chinese people", "mexican", "immigrant",
              "refugee", "foreigner", "migrant", "asylum seeker", "black", "blacks", "black people", "black kids",
              "black guys", "brown people", "white people", "christian", "hindu", "sikh", "indian", "the jews",
              "these immigrants", "roma people", "eastern european", "swede", "german", "american", "russian",
              "ukrainian", "greenlander", "moroccan", "kurd", "people from africa", "people from the middle east")
_LGBT = _da("bøsse/bøsser", "homo/homoer", "lesbe/lesber", "lebbe/lebber", "transe/transer", "transse/transser") | {
    "lesbiske", "homoseksuelle", "biseksuelle", "transkønnede", "transpersoner", "transpersonerne", "transfolk",
    "trans folk", "trans personer", "trans børn", "trans unge", "transkvinder", "transmænd", "homofile",
    "lgbt folk", "lgbt-folk", "lgbt personer", "queers", "gays", "gay people", "gay men", "gay guys", "gay kids",
    "lesbians", "trans people", "trans kids", "trans women", "trans men", "trans girls", "trans boys",
    "bisexuals", "lgbt people", "homosexuals", "queer people", "non-binary people", "ikke-binære"}
_DISABILITY = _da("spasser/spassere", "mongol/mongoler", "autist/autister", "spastiker/spastikere",
                  "krøbling/krøblinge", "kørestolsbruger/kørestolsbrugere", "retard/retards") | {
    "handicappede", "retarderede", "udviklingshæmmede", "psykisk syge", "folk med handicap",
    "mennesker med handicap", "børn med handicap", "elever med handicap", "folk i kørestol", "the disabled",
    "disabled people", "disabled kids", "handicapped people", "cripples", "autistic people", "autistic kids",
    "mentally ill people", "people in wheelchairs", "people with disabilities", "special needs kids",
    "specialbørn", "spasserbørn", "spasserunger"}
_AGE = {"gamle mennesker", "gamle folk", "gamle damer", "gamle mænd", "gamle kællinger", "gamle gubber", "gamlinger",
        "gamlingerne", "gamlingene", "pensionister", "pensionisterne", "seniorer", "oldinge", "oldingene",
        "de gamle", "ældre mennesker", "ældre folk", "de ældre", "old people", "old folks", "old farts",
        "old geezers", "boomers", "the elderly", "elderly people", "pensioners", "seniors", "old ladies",
        "old men", "oldies"} | {f"{who} på {whose} alder" for who in ("folk", "alle", "mennesker", "damer", "mænd")
                                for whose in ("hans", "hendes", "din", "deres", "jeres", "den")} | {
    f"people {of}{whose} age" for of in ("", "of ", "at ") for whose in ("his", "her", "your", "their", "that")}
# Generalised gender: bare plurals only ("piger er ..."); "pigerne" is a team or a class.
_GENDER = {"kvinder", "piger", "tøser", "mænd", "drenge", "women", "girls", "females", "boys", "males"}
# a group adjective on a word for people: "muslimske drenge", "sorte folk"
_GROUP_ADJ = ("muslimske", "jødiske", "arabiske", "somaliske", "tyrkiske", "afrikanske", "polske", "rumænske",
              "udenlandske", "kinesiske", "asiatiske", "sorte", "brune", "mørke", "indvandrede", "kristne",
              "homoseksuelle", "handicappede", "transkønnede", "gamle", "muslim", "arab", "somali", "african",
              "polish", "chinese", "asian", "black", "brown", "foreign", "gay", "trans", "disabled", "old",
              "jewish", "mexican", "immigrant", "refugee") + _ADJ_GROUPS
_PEOPLE = ("folk", "mennesker", "børn", "unge", "elever", "drenge", "piger", "mænd", "kvinder", "familier",
           "forældre", "spillere", "naboer", "arbejdere", "håndværkere", "chauffører", "workers", "drivers",
           "neighbours", "neighbors", "builders", "unger", "people", "kids", "children", "students", "boys", "girls",
           "men",
           "women", "families", "parents", "players", "guys", "folks")


ETHNIC = _da(*_ETHNIC_DA) | _en(*_ETHNIC_EN) | {f"folk fra {place}" for place in (
    "mellemøsten", "afrika", "østeuropa", "asien", "grønland", "somalia", "syrien", "tyrkiet", "irak", "pakistan")} | {
    "vantro", "de vantro", "infidels", "the infidels", "kuffar", "fremmede", "de fremmede", "fremmedarbejdere",
    "folk udefra", "blinde", "døve", "de blinde", "de døve",
    "blind people", "deaf people", "men", "folk af anden etnisk herkomst", "fremmed herkomst", "anden etnisk baggrund",
    "mørke mænd", "mørkhudede",
    "sorte", "de sorte", "sorte folk", "sorte mennesker", "brune", "de brune", "hvide mennesker", "hvide folk",
    "udlændingene"}
SINGULAR = frozenset(entry.partition("/")[0] for entry in _ETHNIC_DA if entry.partition("/")[0]) | frozenset(
    {"bøsse", "homo", "lebbe", "lesbisk", "transkønnet", "handicappet", "autist", "spasser", "mongol",
     "pige", "kvinde", "gay", "lesbian", "muslim", "jew", "arab", "somali", "turk", "immigrant", "refugee",
     "girl", "woman", "dreng", "tøs", "boy", "black", "trans", "disabled", "gammel", "old", "sort", "brun",
     "autistisk"})
GROUP_ADJ_PHRASES = {f"{adj} {noun}" for adj in _GROUP_ADJ for noun in _PEOPLE}
GROUPS = frozenset(ETHNIC | _LGBT | _DISABILITY | _AGE | _GENDER | GROUP_ADJ_PHRASES | SINGULAR)
GENDER = frozenset(_GENDER)
# Words that, right after "ældre"/"sorte"/"gamle", make the phrase a thing or a grade, not a group.
NOT_AFTER = frozenset({"medarbejdere", "ansatte", "kollegaer", "borgere", "frivillige", "hjælpere", "trænere",
                       "ledere", "spejdere", "elever", "børn", "klasser", "klasse", "årgange", "årgang", "søskende",
                       "hold", "spillere",
                       "medlemmer", "deltagere", "udgaver", "versioner", "kolleger", "brødre", "søstre", "dage",
                       "bygninger", "bukser", "sko", "t-shirts", "trøjer", "huse", "biler", "cykler", "computere",
                       "tider", "venner", "fredag", "får", "huller", "listen", "liste", "tal", "skrift",
                       "billeder", "bøger", "opgaver", "drenge", "piger"})

# --- negative traits --------------------------------------------------------------------------------
# Predicative adjectives and nouns: they count after "er/are", "for/too", a comma or "nogle/a bunch of".
TRAITS = frozenset(_adj(
    "doven/dovne", "dum", "beskidt", "svag", "senil", "forvirret/forvirrede", "kriminel/kriminelle", "voldelig",
    "ulækker/ulækre", "klam", "ækel/ækle", "grim", "primitiv", "tilbagestående", "uduelig", "ubrugelig",
    "værdiløs", "underlegen/underlegne", "mindreværdig", "farlig", "uciviliseret", "hysterisk", "dement",
    "snyltende", "stinkende", "dårlig", "ringe", "åndssvag", "hjernedød", "uvasket", "tyvagtig", "upålidelig",
    "fanatisk", "syg", "unormal", "pervers", "sindssyg", "inkompetent", "latterlig", "patetisk", "hjernevasket",
    "uintelligent", "tåbelig", "fjollet/fjollede", "langsom/langsomme", "ussel/usle", "nederen/nederne",
    "irriterende", "tykhovedet/tykhovedede", "forkalket/forkalkede", "gammeldags", "sær", "mærkelig",
    "følelsesladet/følelsesladede", "overfølsom", "umoden/umodne", "ustabil", "svagelig", "klodset/klodsede",
    "talentløs", "håbløs", "følsom", "sart", "pivet/pivede", "tudet/tudede", "aggressiv", "umulig", "sur",
    "bitter/bitre", "hidsig", "fræk", "uopdragen/uopdragne",
    "larmende", "sløv", "fuld/fulde", "drukken/drukne", "drunk", "slatten/slatne", "snæversynet/snæversynede",
    "fordrukken/fordrukne", "voldsom", "elendig", "ond", "falsk", "grådig", "nærig", "doven/dovne", "lusket/luskede",
    "uopdragen/uopdragne", "respektløs", "utaknemmelig", "snydsk",
) | {"dummere", "ringere", "dårligere", "svagere", "lazy", "stupid", "dumb", "dirty", "filthy", "weak", "senile",
     "confused", "criminal", "criminals", "violent", "disgusting", "gross", "useless", "worthless", "inferior",
     "primitive", "backward", "dangerous", "hysterical", "smelly", "savages", "animals", "terrorists", "thieves",
     "parasites", "vermin", "rapists", "freaks", "sick", "unnatural", "incompetent", "pathetic", "slow",
     "attention seekers", "attention-seekers", "idiots", "morons", "retarded", "mentally ill", "a burden",
     "a disease", "a plague", "weaker", "worse", "dumber", "too old", "brainwashed", "untrustworthy", "liars",
     "ikke velkomne", "ikke velkommen", "uønskede", "not welcome", "unwanted", "cheaters", "leeches", "clueless",
     "hopeless", "emotional", "irrational", "unstable", "greedy",
     "sneaky", "evil", "ugly", "annoying", "rude", "fake", "weird", "creepy", "helpless", "tyve", "kriminelle",
     "parasitter", "snyltere", "aber", "dyr", "svin", "rotter",
     "terrorister", "voldtægtsmænd", "idioter", "taber", "tabere", "en plage", "en byrde", "en sygdom", "pest",
     "skadedyr", "løgnere", "snydere", "fjolser", "spassere", "mongoler", "klaphatte", "klovne", "nasserøve",
     "nassere", "dovenlarser", "bistandsnassere", "socialsnyltere", "for gamle", "for gammel", "senilt",
     "halvt demente", "opmærksomhedskrævende", "opmærksomhedssøgende", "too weak", "too slow", "too stupid"})
# Nouns that demean after an article: "ligner en terrorist", "she's a creep", "er nogle parasitter".
NOUN_TRAITS = frozenset({
    "terrorist", "terrorister", "kriminel", "kriminelle", "tyv", "tyve", "parasit", "parasitter", "snylter",
    "snyltere", "abe", "aber", "svin", "rotte", "rotter", "idiot", "idioter", "taber", "tabere", "freak", "freaks",
    "pervers", "perverse", "pædofil", "pædofile", "byrde", "plage", "sygdom", "klovn", "klovne", "nasserøv",
    "nasserøve", "creep", "creeps", "terrorists", "thief", "thieves", "criminal", "criminals",
    "parasite", "parasites", "animal", "animals", "savage", "savages", "pervert", "perverts", "paedo", "pedo",
    "ulykke", "undergang", "fjende", "fjender", "misfortune", "enemy", "enemies", "downfall", "bølle", "bøller",
    "svampe", "igler", "alkoholikere", "alkoholiker", "drunks", "alcoholics", "drukkenbolte",
    "belastning", "udgift", "problem", "drain", "bande", "plattenslager", "plattenslagere", "bad influence",
    "dårlig indflydelse",
    "burden", "plague", "disease", "leech", "leeches", "monkey", "monkeys", "rat", "rats", "joke", "liability",
    "bunch of losers", "loser", "losers", "rapist", "rapists", "groomer", "groomers", "tyveknægt",
})
# Verbs and phrases: they count wherever they stand after the group in the window (negated ones are dropped).
ACTS = (r"ødelægger|ødelægge|ødelagde|ødelægges|sinker|sinke|sinkede|spolerer|ruinerer|snylter|snyltede|stjæler|"
        r"stjal|lyver|løj|snyder|stinker|lugter\s+(?:grimt|af)|trækker\s+(?:\S+\s+){0,3}?ned|hiver\s+(?:\S+\s+){0,2}?ned|"
        r"står\s+bag\s+(?:alt|det\s+hele|\S+\s+(?:angrebene|krisen))|(?:are|is)\s+behind\s+(?:all(?:\s+of\s+it)?|"
        r"everything|it\s+all)|"
        r"(?:er|are)\s+(?:ikke|not)\s+(?:rigtige|ægte|real|proper|normal|normale)|aren'?t\s+(?:real|proper|normal)|"
        r"(?:kommer|come|comes)\s+(?:\S+\s+){0,2}?(?:for|efter|kun\s+for)\s+(?:at\s+få\s+)?(?:the\s+)?(?:benefits|"
        r"welfare|handouts|free\s+money|bistand|kontanthjælp|pengene|penge|ydelser|vores\s+penge)|"
        r"lever\s+(?:\S+\s+)?(?:af|på)\s+(?:bistand|kontanthjælp|os|vores\s+skat)|live\s+off|"
        r"duer\s+(?:\S+\s+)?(?:ikke|ikk)\s+(?:til|i)|(?:er|are)\s+(?:ikke|not)\s+(?:skabt|bygget|made|built|cut\s+out)\s+"
        r"(?:til|for)|aren'?t\s+(?:made|built|cut\s+out)\s+for|"
        r"kan\s+(?:\S+\s+){0,2}?ikke\s+(?:integreres|integrere\s+sig|tilpasse\s+sig|lære\s+dansk|tale\s+dansk|"
        r"opføre\s+sig)|vil\s+aldrig\s+blive\s+(?:danske|dansker|rigtige)|will\s+never\s+(?:be|become)\s+"
        r"(?:danish|real|one\s+of\s+us)|can'?t\s+(?:integrate|adapt|behave|speak\s+\w+)|"
        r"(?:er|are)\s+(?:\S+\s+)?(?:i\s+vejen|in\s+the\s+way)|kan\s+(?:\S+\s+)?ikke\s+tage\s+en\s+joke|"
        r"can'?t\s+take\s+a\s+joke|(?:should|skal|burde|bør)\s+(?:just\s+|bare\s+)?(?:stick\s+to|holde\s+sig\s+til)|"
        r"fortjener\s+(?:at\s+dø|ikke\s+at\s+leve|at\s+blive\s+\S+|ikke\s+bedre)|deserve\s+to\s+(?:die|suffer|be\s+\S+)|"
        r"(?:der|som|who)\s+(?:\S+\s+)?(?:ikke\s+kan|ikke\s+fatter|ikke\s+forstår|can'?t\s+do)\s+(?:noget|en\s+skid|"
        r"ingenting|anything)|"
        r"invaderer|overtager|overtage|tager\s+over|tager\s+magten|overtager\s+\S+|"
        r"har\s+(?:\S+\s+){0,2}?(?:ikke|ingen)\s+forstand\s+på|har\s+(?:\S+\s+)?(?:lavere|lav|mindre)\s+"
        r"(?:iq|intelligens|hjerne|hjerner)|have\s+(?:a\s+)?(?:lower|low)\s+iq|"
        r"bringer\s+(?:kun\s+|bare\s+|altid\s+)?(?:kriminalitet|problemer|ballade|uro|sygdomme)|"
        r"(?:laver|skaber|giver|starter)\s+(?:kun\s+|bare\s+|altid\s+)?(?:ballade|problemer|uro|bøvl|slagsmål)|"
        r"brings?\s+(?:nothing\s+but\s+|only\s+)?(?:crime|trouble|problems|disease|drugs)|"
        r"(?:cause|causes|start|starts|make|makes)\s+(?:\S+\s+)?(?:trouble|problems|fights|crime)|"
        r"have\s+no\s+(?:idea|clue|sense)|tager\s+(?:vores|alle)\s+(?:jobs?|arbejde|pladser|penge)|"
        r"fatter\s+(?:ingenting|intet|ikke\s+en\s+skid)|forstår\s+(?:ingenting|intet)|aner\s+ikke|"
        r"kan\s+(?:\S+\s+){0,2}?ikke\s+(?:finde\s+ud\s+af|klare|tænke|regne|spille|køre|lede|styre|forstå|lære|"
        r"opføre\s+sig|tale\s+ordentligt|noget)|kan\s+ingenting|"
        r"har\s+(?:\S+\s+){0,2}?ikke\s+(?:noget|nogetsomhelst|en\s+skid)\s+at\s+(?:gøre|lave|skulle)|"
        r"har\s+intet\s+at\s+(?:gøre|lave)|har\s+(?:\S+\s+){0,2}?ikke\s+(?:samme|den\s+samme|nogen)\s+"
        r"(?:disciplin|hjerne|intelligens|kultur|moral|respekt|evner|talent|niveau|hjerner)|"
        r"hører\s+(?:\S+\s+)?ikke\s+(?:til|hjemme)|"
        r"(?:burde|bør|skal|skulle)\s+(?:bare\s+|da\s+|sgu\s+|altså\s+|jo\s+|alle\s+)*(?:gå\s+på\s+pension|ud|hjem|"
        r"sendes\s+(?:hjem|ud|tilbage)|smides\s+ud|deporteres|forsvinde|holde\s+sig\s+væk|blive\s+hjemme|dø)|"
        r"styrer\s+(?:det\s+hele|alt|verden|medierne|bankerne|landet)|"
        r"ruin|ruins|ruining|ruined|destroy|destroys|destroying|steal|steals|stealing|lie|lying|stink|stinks|"
        r"smell|smells|leech|leeching|drag\s+(?:\S+\s+){0,3}?down|slow\s+(?:\S+\s+){0,3}?down|bring\s+(?:\S+\s+){0,3}?down|"
        r"hold\s+(?:\S+\s+)?back|taking\s+over|take\s+over|invading|take\s+our\s+(?:jobs|money|places)|"
        r"can'?t\s+(?:even\s+)?(?:do|play|think|drive|lead|handle|understand|learn|behave|be\s+trusted)|"
        r"cannot\s+(?:do|play|think|handle)|have\s+no\s+(?:place|business)|don'?t\s+belong|do\s+not\s+belong|"
        r"(?:shouldn'?t|should\s+not|should\s+never|mustn'?t)\s+be\s+(?:allowed|here|on|in)|"
        r"(?:should|need\s+to|ought\s+to)\s+(?:just\s+|all\s+)?(?:retire|go\s+back|be\s+sent\s+back|be\s+deported|"
        r"get\s+out|leave|disappear|die|stay\s+(?:home|in\s+the\s+kitchen))|"
        r"control\s+(?:everything|the\s+world|the\s+media|the\s+banks)|"
        r"run\s+(?:everything|the\s+world|the\s+media|the\s+banks)")
# A right denied: for ethnicity, faith, sexuality and disability only ("pigerne skal ikke med" is logistics).
DENY = (r"(?:burde|bør|skal|skulle)\s+(?:\S+\s+){0,2}?(?:ikke|aldrig)\s+(?:have\s+lov|få\s+lov|være\s+med|være\s+her|"
        r"være\s+på|være\s+i|gå\s+på|gå\s+i|spille|komme\s+(?:med|ind|her)|med|deltage|bo|undervise|stemme|"
        r"stå\s+(?:på|i)\s+mål|være\s+(?:kaptajn|anfører|leder|træner|dommer))|"
        r"må\s+(?:\S+\s+)?(?:ikke|aldrig)\s+(?:være\s+med|komme\s+(?:med|ind)|have\s+lov)")
# Expulsion orders that may stand after the group: "..., send them all back", "send dem hjem".
EXPEL = (r"send\s+(?:them|dem|de\s+\S+)\s+(?:all\s+|alle\s+|allesammen\s+)?(?:back|home|hjem|ud|tilbage|væk)|"
         r"smid\s+(?:dem|de\s+\S+)\s+(?:alle\s+|allesammen\s+)?(?:ud|hjem|væk)|kick\s+them\s+(?:all\s+)?out|"
         r"deport\s+them|get\s+rid\s+of\s+them|af\s+med\s+dem|ud\s+med\s+dem|væk\s+med\s+dem")
# Cues that stand before the group: "ud med muslimerne", "Hitler havde ret om jøderne", "rydder skolen for udlændinge".
BEFORE = (r"\b(?:ud\s+med|væk\s+med|af\s+med|out\s+with|ret\s+(?:om|med|angående)|right\s+about|"
          r"(?:jeg\s+|i\s+|vi\s+)?(?:hader|hade|afskyr|hate|hates|despise)|can'?t\s+stand|kan\s+ikke\s+(?:fordrage|udstå|"
          r"lide)|rydde\w*\s+(?:\S+\s+){0,3}?for|clean\w*\s+(?:\S+\s+){0,3}?of|rid\s+(?:\S+\s+){0,3}?of|"
          r"fri\s+for|free\s+of|ingen\s+flere|no\s+more|vil\s+ikke\s+have\s+(?:flere|nogen|nogle|de)|"
          r"(?:don'?t|do\s+not)\s+want\s+(?:any\s+)?(?:more\s+)?|smid\s+(?:alle\s+)?(?:de\s+)?|send\s+(?:alle\s+)?(?:de\s+)?|"
          r"send\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?|"
          r"deporter\w*\s+(?:alle\s+)?(?:de\s+)?|kick\s+out\s+(?:all\s+)?(?:the\s+)?|"
          r"hvorfor\s+skal\s+vi\s+(?:have|tage|lade|finde\s+os\s+i|betale\s+for|pay\s+for)\s+(?:\S+\s+){0,2}?|"
          r"why\s+should\s+we\s+(?:pay\s+for|put\s+up\s+with|have)\s+(?:\S+\s+){0,2}?|"
          r"why\s+do\s+we\s+(?:have\s+to\s+)?(?:let|take|put\s+up\s+with|have)\s+(?:\S+\s+){0,2}?|"
          r"(?:er|are)\s+(?:\S+\s+)?(?:bedre|klogere|finere|smukkere|better|smarter|superior\s+to)\s+(?:end|than)?)"
          r"\s*(?:(?:alle|all|de|the|those|these|disse|dem|sådan\s+nogle|nogle)\s+)*$")
# Generalising markers: they join a singular group word to a trait ("Hamid er tyrker og derfor ...").
LINKS = (r"\b(?:og\s+(?=ligner|er\s+|is\s+|looks?\s)|,?\s*så\s+(?=han|hun|de|he|she)|derfor|"
         r"så\s+(?:selvfølgelig|klart|derfor|det\s+er\s+klart)|selvfølgelig|typisk|fordi|som\s+alle|"
         r"ligesom\s+alle|sådan\s+er\s+de|de\s+er\s+alle|alle\s+sammen|allesammen|that'?s\s+why|so\s+obviously|"
         r"obviously|of\s+course|typical|because|like\s+all|they'?re\s+all|every\s+single\s+one)\b")
# One-word plural group names: an insult whose subject is one of them is about a group ("sorte er nogle idioter").
BROAD_SUBJECTS = frozenset(word for word in ETHNIC | _LGBT | _DISABILITY | _AGE
                           if " " not in word and word not in SINGULAR and word not in _SINGULAR_FORMS
                           and word != "men") | {"trans"}
