"""The categories of TAXONOMY.md: severity, names in Danish and English, and the policy they enforce."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["critical", "high", "medium", "low"]
SEVERITY_ORDER: dict[str, int] = {"critical": 0, "high": 1, "medium": 2, "low": 3}

# Sentences quoted from the organisation's policy (policy-sociale-medier.txt).
POLICY_CONFIDENTIALITY = (
    "Ligeledes vil det være et brud på tavshedspligten at skrive om brugernes private forhold eller "
    "samtaler man har haft med brugerne på arbejdspladsen."
)
POLICY_RESPECT = (
    "Opfør dig på Facebook og andre sociale medier som du ville gøre på din arbejdsplads – hav samme "
    "respekt overfor din arbejdsplads, kollegaer og brugerne på nettet som i virkeligheden."
)
POLICY_HARASSMENT = (
    "Negative eller chikanerende ytringer på de sociale medier om fx nærmeste leder, chef, medarbejdere, "
    "kolleger eller borgere, vil således kunne få ansættelsesmæssige konsekvenser for den enkelte."
)
POLICY_WORDING = "Pas på hvad du skriver på nettet – pas på ordvalget."
POLICY_DISCRIMINATION = "Du må ikke skrive om forhold, hvor du bruger injurierende eller diskriminerende udsagn."
POLICY_THREATS = (
    "Fremsættelse af trusler, medlemskab af fx hadegrupper mod enkeltpersoner eller medlemskab af meget "
    "yderligtgående grupper, vil ligeledes kunne få ansættelsesmæssige konsekvenser for den enkelte."
)
POLICY_WELFARE = (
    "Alle medarbejdere i Randers Ungdomsskole er ansat med skærpet underretningspligt og har pligt til at "
    "underrette kommunen, hvis man har en formodning om at et barn har behov for særlig støtte. Dette er "
    "også gældende for den viden man tilegner igennem et socialt medie."
)
POLICY_IMAGES = "Overvej hvad du lægger ud af billeder/video."


@dataclass(frozen=True)
class Category:
    code: str
    severity: Severity
    name_da: str
    name_en: str
    policy: str

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_da


CATEGORIES: dict[str, Category] = {
    c.code: c
    for c in (
        Category("personal.cpr", "critical", "CPR-nummer", "CPR number", POLICY_CONFIDENTIALITY),
        Category("personal.phone", "high", "Privat telefonnummer", "Private phone number",
                 POLICY_CONFIDENTIALITY),
        Category("personal.email", "high", "Privat e-mailadresse", "Private e-mail address",
                 POLICY_CONFIDENTIALITY),
        Category("personal.address", "high", "Privat hjemmeadresse", "Home address", POLICY_CONFIDENTIALITY),
        Category("personal.health", "high", "Helbredsoplysninger om en person",
                 "Health information about a person", POLICY_CONFIDENTIALITY),
        Category("personal.social", "high", "Sociale eller familiemæssige forhold",
                 "Social or family circumstances", POLICY_CONFIDENTIALITY),
        Category("personal.confidential", "high", "Brud på tavshedspligten",
                 "Breach of confidentiality", POLICY_CONFIDENTIALITY),
        Category("personal.no_consent", "high", "Person uden samtykke nævnt",
                 "Person without consent named", POLICY_RESPECT),
        Category("conduct.harassment", "medium", "Chikane eller nedværdigende ord",
                 "Harassment or degrading words", POLICY_HARASSMENT),
        Category("conduct.profanity", "low", "Grimt sprog", "Profanity", POLICY_WORDING),
        Category("conduct.discrimination", "high", "Diskrimination", "Discrimination",
                 POLICY_DISCRIMINATION),
        Category("conduct.threat", "critical", "Trussel", "Threat", POLICY_THREATS),
        Category("conduct.defamation", "high", "Injurierende beskyldning", "Defamatory accusation",
                 POLICY_DISCRIMINATION),
        Category("conduct.extremism", "high", "Ekstremisme", "Extremism", POLICY_THREATS),
        Category("welfare.concern", "critical", "Bekymring for et barn (underretningspligt)",
                 "Concern for a child (duty to notify)", POLICY_WELFARE),
        Category("media.location", "high", "Billede med GPS-position", "Image with GPS location",
                 POLICY_IMAGES),
    )
}

CRITICAL_CATEGORIES = frozenset(code for code, c in CATEGORIES.items() if c.severity == "critical")
