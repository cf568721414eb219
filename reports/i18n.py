"""Every label the reports show, in Danish (the default) and English.

Kept as plain tables so a test can assert that both languages have exactly the same keys.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

LANGUAGES = ("da", "en")

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "lang": "da",
        "sender_name": "{org} · overvågning af sociale medier",
        "footer": "Sendt automatisk af overvågningen af {org}s officielle profiler på sociale medier. "
                  "Personoplysninger er maskeret i denne mail.",
        "period_week": "Uge {week}, {year}",
        "period_quarter": "{q}. kvartal {year}",
        "period_day": "{date}",
        "period_range": "{first} – {last}",
        "generated": "Dannet",
        # weekly
        "weekly_subject": "Ugerapport {period}: {new} nye fund, {open} åbne",
        "weekly_title": "Ugerapport om de officielle profiler",
        "weekly_intro": "Her er ugens fund på skolens officielle profiler: nye fund, fund der stadig er åbne, "
                        "fund der er løst, og profiler som overvågningen ikke kunne læse.",
        "overview": "Overblik",
        "this_week": "Denne uge",
        "week_before": "Ugen før",
        "change": "Ændring",
        "count_new": "Nye fund",
        "count_critical": "heraf kritiske",
        "count_open": "Åbne ved ugens slutning",
        "count_resolved": "Løst i ugen",
        "count_failing": "Profiler der ikke kunne læses",
        "new_flags": "Nye fund",
        "no_new_flags": "Ingen nye fund i denne uge.",
        "still_open": "Stadig åbne fund",
        "no_still_open": "Ingen ældre fund er åbne.",
        "more_still_open": "… og {n} flere åbne fund. Se dem alle med: monitor flags list --status open",
        "open_for": "Åben i {age}",
        "flags_count": "{n} fund",
        "status_closed": "Allerede lukket: {how}, {when}",
        "resolved_flags": "Løst i ugen",
        "no_resolved": "Ingen fund blev løst i denne uge.",
        "resolved_how": "Hvordan",
        "resolved_after": "Løst efter {age}",
        "failing_profiles": "Profiler der ikke kunne læses",
        "no_failing": "Alle profiler blev læst uden fejl.",
        "failing_since": "Sidst læst",
        "never_read": "aldrig",
        "failures_in_row": "Fejl i træk",
        "reason": "Årsag",
        "what_to_do": "Hvad skal der gøres?",
        # flag fields
        "profile": "Profil",
        "owner": "Ansvarlig",
        "platform": "Platform",
        "unit": "Afdeling",
        "kind": "Type",
        "kind_post": "Opslag",
        "kind_comment": "Kommentar",
        "category": "Kategori",
        "excerpt": "Uddrag (maskeret)",
        "no_excerpt": "(intet uddrag gemt)",
        "link": "Se opslaget",
        "no_link": "(intet link)",
        "policy": "Retningslinjen",
        "first_seen": "Fundet",
        "flag_no": "Fund nr.",
        "severity_critical": "Kritisk",
        "severity_high": "Høj",
        "severity_medium": "Middel",
        "severity_low": "Lav",
        "resolution_removed": "Fjernet",
        "resolution_edited": "Rettet",
        "resolution_fixed": "Rettet",
        "resolution_dismissed": "Afvist (ikke et brud)",
        "resolution_other": "Løst",
        # owners
        "owners_subject": "Fund på dine profiler: {new} nye, {open} åbne",
        "owners_title": "Fund på de profiler, du er ansvarlig for",
        "greeting": "Hej {name}",
        "owners_intro": "Overvågningen har fundet indhold på dine profiler, som kan være i strid med skolens "
                        "retningslinjer for sociale medier. Du får kun fund fra de profiler, du selv er "
                        "ansvarlig for. Se forslaget til, hvad du skal gøre, under hvert fund.",
        "owners_new": "Nye fund",
        "owners_open": "Stadig åbne fund",
        "guidance": "Det skal du gøre",
        "owners_outro": "Er du i tvivl, så tal med kommunikationsmedarbejderen.",
        # critical
        "critical_subject": "KRITISK: {category} på {profile}",
        "critical_title": "Kritisk fund – handl i dag",
        "critical_intro": "Overvågningen har netop fundet indhold, der kræver handling i dag.",
        "role_owner": "Du får denne besked, fordi du er ansvarlig for profilen.",
        "role_communications": "Du får denne besked som kommunikationsansvarlig.",
        "role_welfare": "Du får denne besked, fordi du står på listen over trivselsmedarbejdere, der skal "
                        "vide besked ved bekymring for et barn.",
        # quarterly
        "quarterly_subject": "Kvartalsrapport {period}: {total} fund",
        "quarterly_title": "Kvartalsrapport om de officielle profiler",
        "quarterly_intro": "Tal og udvikling for skolens officielle profiler i kvartalet. Rapporten "
                           "indeholder ingen uddrag af opslag og ingen navne på privatpersoner.",
        "key_figures": "Nøgletal",
        "this_quarter": "Dette kvartal",
        "previous_quarter": "Forrige kvartal",
        "flags_total": "Fund i alt",
        "share_resolved": "Andel løst ved kvartalets slutning",
        "median_resolution": "Mediantid til løsning",
        "open_at_end": "Åbne ved kvartalets slutning",
        "not_available": "–",
        "per_category": "Fund pr. kategori",
        "per_unit": "Fund pr. afdeling",
        "per_month": "Fund pr. måned",
        "month": "Måned",
        "count": "Antal",
        "top_profiles": "Profiler med flest fund",
        "no_unit": "(ingen afdeling)",
        "no_flags_quarter": "Ingen fund i kvartalet.",
        "chart_months": "Fund pr. måned, fordelt på alvor",
        "chart_categories": "Fund pr. kategori, dette og forrige kvartal",
        # durations
        "minutes": "{n} min.",
        "hour": "1 time",
        "hours": "{n} timer",
        "day": "1 dag",
        "days": "{n} dage",
    },
    "en": {
        "lang": "en",
        "sender_name": "{org} · social-media monitor",
        "footer": "Sent automatically by the monitoring of {org}'s official social-media profiles. "
                  "Personal data is masked in this e-mail.",
        "period_week": "Week {week}, {year}",
        "period_quarter": "Q{q} {year}",
        "period_day": "{date}",
        "period_range": "{first} – {last}",
        "generated": "Generated",
        "weekly_subject": "Weekly review {period}: {new} new flags, {open} open",
        "weekly_title": "Weekly review of the official profiles",
        "weekly_intro": "This week's flags on the school's official profiles: new flags, flags still open, "
                        "flags resolved, and profiles the monitor could not read.",
        "overview": "Overview",
        "this_week": "This week",
        "week_before": "Week before",
        "change": "Change",
        "count_new": "New flags",
        "count_critical": "of which critical",
        "count_open": "Open at the end of the week",
        "count_resolved": "Resolved this week",
        "count_failing": "Profiles that could not be read",
        "new_flags": "New flags",
        "no_new_flags": "No new flags this week.",
        "still_open": "Flags still open",
        "no_still_open": "No older flags are open.",
        "more_still_open": "… and {n} more open flags. See them all with: monitor flags list --status open",
        "open_for": "Open for {age}",
        "flags_count": "{n} flags",
        "status_closed": "Already closed: {how}, {when}",
        "resolved_flags": "Resolved this week",
        "no_resolved": "No flags were resolved this week.",
        "resolved_how": "How",
        "resolved_after": "Resolved after {age}",
        "failing_profiles": "Profiles that could not be read",
        "no_failing": "Every profile was read without errors.",
        "failing_since": "Last read",
        "never_read": "never",
        "failures_in_row": "Failures in a row",
        "reason": "Reason",
        "what_to_do": "What to do",
        "profile": "Profile",
        "owner": "Owner",
        "platform": "Platform",
        "unit": "Unit",
        "kind": "Type",
        "kind_post": "Post",
        "kind_comment": "Comment",
        "category": "Category",
        "excerpt": "Excerpt (masked)",
        "no_excerpt": "(no excerpt stored)",
        "link": "View the post",
        "no_link": "(no link)",
        "policy": "The policy (in Danish)",
        "first_seen": "Found",
        "flag_no": "Flag no.",
        "severity_critical": "Critical",
        "severity_high": "High",
        "severity_medium": "Medium",
        "severity_low": "Low",
        "resolution_removed": "Removed",
        "resolution_edited": "Edited",
        "resolution_fixed": "Edited",
        "resolution_dismissed": "Dismissed (not a breach)",
        "resolution_other": "Resolved",
        "owners_subject": "Flags on your profiles: {new} new, {open} open",
        "owners_title": "Flags on the profiles you are responsible for",
        "greeting": "Hello {name}",
        "owners_intro": "The monitor found content on your profiles that may break the school's social-media "
                        "policy. You only receive flags from the profiles you are responsible for. Under each "
                        "flag you will find what to do.",
        "owners_new": "New flags",
        "owners_open": "Flags still open",
        "guidance": "What to do",
        "owners_outro": "If in doubt, talk to the communications officer.",
        "critical_subject": "CRITICAL: {category} on {profile}",
        "critical_title": "Critical flag – act today",
        "critical_intro": "The monitor has just found content that needs action today.",
        "role_owner": "You receive this because you are responsible for the profile.",
        "role_communications": "You receive this as the communications officer.",
        "role_welfare": "You receive this because you are on the list of welfare staff to be told about "
                        "concerns for a child.",
        "quarterly_subject": "Quarterly summary {period}: {total} flags",
        "quarterly_title": "Quarterly summary of the official profiles",
        "quarterly_intro": "Figures and trends for the school's official profiles this quarter. The summary "
                           "contains no excerpts of posts and no names of private persons.",
        "key_figures": "Key figures",
        "this_quarter": "This quarter",
        "previous_quarter": "Previous quarter",
        "flags_total": "Flags in total",
        "share_resolved": "Share resolved by the end of the quarter",
        "median_resolution": "Median time to resolution",
        "open_at_end": "Open at the end of the quarter",
        "not_available": "–",
        "per_category": "Flags per category",
        "per_unit": "Flags per unit",
        "per_month": "Flags per month",
        "month": "Month",
        "count": "Count",
        "top_profiles": "Profiles with most flags",
        "no_unit": "(no unit)",
        "no_flags_quarter": "No flags this quarter.",
        "chart_months": "Flags per month, by severity",
        "chart_categories": "Flags per category, this and the previous quarter",
        "minutes": "{n} min",
        "hour": "1 hour",
        "hours": "{n} hours",
        "day": "1 day",
        "days": "{n} days",
    },
}

MONTHS: dict[str, tuple[str, ...]] = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

# What the reader must do about a failing profile, by ConnectorError.kind.
FAILURES: dict[str, dict[str, tuple[str, str]]] = {
    "da": {
        "auth": ("Adgangsnøglen (token) er udløbet eller trukket tilbage.",
                 "{owner} skal forny adgangsnøglen til profilen og give den nye til den, der driver "
                 "overvågningen."),
        "permission": ("Overvågningen har ikke længere adgang til profilen.",
                       "{owner} skal give overvågningen adgang igen (administratorrettigheder eller tilladelser)."),
        "not_found": ("Profilen findes ikke, eller dens adresse er ændret.",
                      "Kontrollér profilens adresse sammen med {owner}. Er profilen lukket, så fjern den fra "
                      "overvågningen."),
        "rate_limited": ("Platformen begrænsede antallet af forespørgsler.",
                         "Ingen handling nødvendig: overvågningen prøver igen af sig selv."),
        "transient": ("Platformen svarede ikke (netværks- eller serverfejl).",
                      "Ingen handling nødvendig, hvis det går over. Fortsætter det, så kontakt den, der driver "
                      "overvågningen."),
        "malformed": ("Platformen svarede i et uventet format.",
                      "Kontakt den, der driver overvågningen: forbindelsen til platformen skal måske opdateres."),
        "other": ("Ukendt fejl.",
                  "Kontakt den, der driver overvågningen."),
    },
    "en": {
        "auth": ("The access token has expired or was revoked.",
                 "{owner} must renew the profile's access token and hand the new one to whoever runs the "
                 "monitor."),
        "permission": ("The monitor no longer has access to the profile.",
                       "{owner} must grant the monitor access again (admin rights or permissions)."),
        "not_found": ("The profile does not exist, or its address has changed.",
                      "Check the profile's address with {owner}. If the profile was closed, remove it from the "
                      "monitor."),
        "rate_limited": ("The platform limited the number of requests.",
                         "Nothing to do: the monitor retries by itself."),
        "transient": ("The platform did not answer (network or server error).",
                      "Nothing to do if it passes. If it goes on, contact whoever runs the monitor."),
        "malformed": ("The platform answered in an unexpected format.",
                      "Contact whoever runs the monitor: the platform connection may need an update."),
        "other": ("Unknown error.", "Contact whoever runs the monitor."),
    },
}

_REMOVE_DA = ("Fjern opslaget eller kommentaren, eller ret det, så oplysningen forsvinder. Tal med "
              "kommunikationsmedarbejderen, hvis du er i tvivl.")
_REMOVE_EN = ("Remove the post or comment, or edit it so the information is gone. Talk to the communications "
              "officer if in doubt.")

GUIDANCE: dict[str, dict[str, str]] = {
    "da": {
        "personal.cpr": "Fjern opslaget eller kommentaren med det samme: et CPR-nummer må aldrig stå på en "
                        "officiel profil. Tal samme dag med kommunikationsmedarbejderen om, hvem der skal have "
                        "besked.",
        "personal.phone": _REMOVE_DA,
        "personal.email": _REMOVE_DA,
        "personal.address": _REMOVE_DA,
        "personal.health": _REMOVE_DA,
        "personal.social": _REMOVE_DA,
        "personal.confidential": "Fjern opslaget: det gengiver noget privat, som du har tavshedspligt om. Tal med "
                                 "kommunikationsmedarbejderen.",
        "personal.no_consent": "Fjern navnet eller billedet: personens forældre har ikke givet samtykke til, at "
                               "den unge vises. Tal med kommunikationsmedarbejderen.",
        "conduct.harassment": "Skjul eller fjern kommentaren, og svar evt. roligt og sagligt. Tal med "
                              "kommunikationsmedarbejderen, hvis det fortsætter.",
        "conduct.profanity": "Ret ordvalget, eller skjul kommentaren.",
        "conduct.discrimination": "Fjern opslaget eller kommentaren, og tal med kommunikationsmedarbejderen.",
        "conduct.threat": "Gem et skærmbillede, og fjern eller skjul derefter indholdet. Tal straks med din "
                          "leder. Ved en alvorlig trussel: kontakt politiet på 114 (ved akut fare 112).",
        "conduct.defamation": "Fjern beskyldningen, og tal med kommunikationsmedarbejderen.",
        "conduct.extremism": "Fjern indholdet, og tal med kommunikationsmedarbejderen og din leder.",
        "welfare.concern": "Du har skærpet underretningspligt: har du en formodning om, at et barn eller en ung "
                           "har brug for særlig støtte, skal du selv underrette kommunen – også når du ved det "
                           "fra et socialt medie. Tal samme dag med din leder, og skjul opslaget, så den unge "
                           "ikke udstilles.",
        "media.location": "Fjern billedet, eller læg det op igen uden GPS-position (slå placering fra i "
                          "kameraet).",
    },
    "en": {
        "personal.cpr": "Remove the post or comment at once: a CPR number must never appear on an official "
                        "profile. Talk to the communications officer today about who must be told.",
        "personal.phone": _REMOVE_EN,
        "personal.email": _REMOVE_EN,
        "personal.address": _REMOVE_EN,
        "personal.health": _REMOVE_EN,
        "personal.social": _REMOVE_EN,
        "personal.confidential": "Remove the post: it repeats something private you are bound to keep "
                                 "confidential. Talk to the communications officer.",
        "personal.no_consent": "Remove the name or picture: the young person's guardians have not consented. "
                               "Talk to the communications officer.",
        "conduct.harassment": "Hide or remove the comment, and answer calmly if you answer. Talk to the "
                              "communications officer if it goes on.",
        "conduct.profanity": "Change the wording, or hide the comment.",
        "conduct.discrimination": "Remove the post or comment, and talk to the communications officer.",
        "conduct.threat": "Take a screenshot, then remove or hide the content. Talk to your manager at once. "
                          "For a serious threat call the police on 114 (112 in an emergency).",
        "conduct.defamation": "Remove the accusation, and talk to the communications officer.",
        "conduct.extremism": "Remove the content, and talk to the communications officer and your manager.",
        "welfare.concern": "You have the enhanced duty to notify (skærpet underretningspligt): if you suspect "
                           "that a child or young person needs special support, you must notify the "
                           "municipality yourself – also when you learned it on social media. Talk to your "
                           "manager today, and hide the post so the young person is not exposed.",
        "media.location": "Remove the image, or post it again without its GPS position (turn location off in "
                          "the camera).",
    },
}


def labels(language: str) -> dict[str, str]:
    return LABELS["en" if language == "en" else "da"]


def duration(value: timedelta | None, language: str) -> str:
    """A readable, rounded duration: ``45 min.``, ``5 timer``, ``12 dage``."""
    t = labels(language)
    if value is None:
        return t["not_available"]
    seconds = max(0, int(value.total_seconds()))
    if seconds < 3600:
        return t["minutes"].format(n=max(1, seconds // 60))
    if seconds < 48 * 3600:
        hours = round(seconds / 3600)
        return t["hour"] if hours == 1 else t["hours"].format(n=hours)
    days = round(seconds / 86400)
    return t["day"] if days == 1 else t["days"].format(n=days)


def format_datetime(value: datetime, language: str) -> str:
    """``20. nov. 2026 kl. 14.05`` or ``20 Nov 2026, 14:05`` (value already in local time)."""
    month = MONTHS["en" if language == "en" else "da"][value.month - 1]
    if language == "en":
        return f"{value.day} {month[:3]} {value.year}, {value:%H:%M}"
    return f"{value.day}. {month[:3]}. {value.year} kl. {value:%H.%M}"


def format_date(value: Any, language: str) -> str:
    month = MONTHS["en" if language == "en" else "da"][value.month - 1]
    if language == "en":
        return f"{value.day} {month} {value.year}"
    return f"{value.day}. {month} {value.year}"
