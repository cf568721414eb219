"""Test data for the report and delivery tests: rows inserted straight into the tables.

Invented people and profiles only. The week under test is 2026-W47 (16–22 November 2026); the quarter
is 2026-Q3 (July–September), compared with 2026-Q2.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from monitor.config import Settings, parse_settings
from monitor.db import connect
from monitor.models import ConnectorState, Flag, PostRow, ProfileRow

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # Monday 07:00 in Copenhagen
METTE = "mette.holm@ungdomsskole.example"
ANDERS = "anders.bak@ungdomsskole.example"
SOFIE = "sofie.lund@ungdomsskole.example"
COMMS = "kommunikation@ungdomsskole.example"
WELFARE = "trivsel@ungdomsskole.example"
BOSS = "ledelse@ungdomsskole.example"

_POST_NUMBERS = itertools.count(1)
RAW_CPR = "241299-1234"  # an unmasked CPR number in an old row: the safety net must mask it
RAW_PHONE = "22 33 44 55"
INJECTION = '<script>alert("x")</script><img src=x onerror=alert(1)>'

PROFILES = [
    ProfileRow(id="klub-vest", name="Klub Vest", platform="facebook", account="1001",
               owner=f"Mette Holm <{METTE}>", unit="Klubberne"),
    ProfileRow(id="tiende", name="10. klasse", platform="instagram", account="2002",
               owner=f"Anders Bak <{ANDERS}>", unit="10. klasse"),
    ProfileRow(id="nyheder", name="Skolens nyheder", platform="rss", account="https://ungdomsskole.example/feed",
               owner=f"Mette Holm <{METTE}>", unit="Administration"),
    ProfileRow(id="musik", name="Musikholdet", platform="youtube", account="@musikholdet",
               owner=f"Sofie Lund <{SOFIE}>", unit="Musik"),
]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def make_settings(tmp_path: Path, *, smtp_port: int | None = None, language: str = "da",
                  **extra: Any) -> Settings:
    data: dict[str, Any] = {
        "organisation": {"name": "Ungdomsskolen", "language": language, "domains": ["ungdomsskole.example"]},
        "database": {"url": f"sqlite:///{tmp_path / 'monitor.db'}"},
        "delivery": {"outbox_dir": str(tmp_path / "outbox"), "max_attempts": 5},
        "recipients": {"communications": [COMMS], "management": [BOSS], "welfare": [WELFARE]},
        "smtp": {"sender": "monitor@ungdomsskole.example"},
    }
    if smtp_port is not None:
        data["smtp"] |= {"host": "127.0.0.1", "port": smtp_port, "starttls": False, "timeout": 5}
    for section, values in extra.items():
        data[section] = data.get(section, {}) | values
    return parse_settings(data)


def make_engine(settings: Settings) -> Engine:
    return connect(settings.database.url)


class Seeder:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def profiles(self) -> None:
        with Session(self.engine) as s:
            for p in PROFILES:
                s.merge(ProfileRow.model_validate(p.model_dump()))
            s.commit()

    def flag(self, profile: str, category: str, severity: str, first_seen: datetime, *, excerpt: str = "",
             kind: str = "comment", status: str = "open", resolution: str | None = None,
             resolved_at: datetime | None = None, url: str | None = None) -> int:
        n = next(_POST_NUMBERS)
        platform = next(p.platform for p in PROFILES if p.id == profile)
        with Session(self.engine) as s:
            post = PostRow(profile_id=profile, platform_id=f"p{n}", kind=kind,
                           url=url or f"https://social.example/{profile}/posts/{n}",
                           text="(the full text is never shown in reports)", created_at=first_seen - timedelta(hours=1),
                           fetched_at=first_seen, content_hash=f"{n:064d}")
            s.add(post)
            s.flush()
            flag = Flag(post_id=post.id, profile_id=profile, platform=platform, kind=kind, category=category,
                        severity=severity, rule=f"{category}.test", excerpt=excerpt, status=status,
                        resolution=resolution, first_seen=first_seen, last_seen=first_seen, resolved_at=resolved_at,
                        post_created_at=first_seen - timedelta(hours=1))
            s.add(flag)
            s.commit()
            assert flag.id is not None
            return flag.id

    def failing(self, profile: str, kind: str, error: str, failures: int = 3) -> None:
        with Session(self.engine) as s:
            s.add(ConnectorState(profile_id=profile, consecutive_failures=failures, last_error=error,
                                 last_error_kind=kind, last_attempt_at=NOW - timedelta(hours=1),
                                 last_success_at=utc(2026, 11, 14, 9, 0)))
            s.commit()


def seed_week(engine: Engine) -> dict[str, int]:
    """The demo-like week 2026-W47 plus the week before; returns flag ids by name."""
    s = Seeder(engine)
    s.profiles()
    ids = {
        # new in W47
        "cpr": s.flag("klub-vest", "personal.cpr", "critical", utc(2026, 11, 17, 10),
                      excerpt="… mit cpr-nummer er 010203-**** hvis I skal bruge det …"),
        "welfare": s.flag("tiende", "welfare.concern", "critical", utc(2026, 11, 18, 19),
                          excerpt="… jeg tør ikke gå hjem i aften …"),
        "injection": s.flag("klub-vest", "conduct.harassment", "medium", utc(2026, 11, 19, 8),
                            excerpt=f"… {INJECTION} du er en idiot …", kind="post"),
        "phone": s.flag("tiende", "personal.phone", "high", utc(2026, 11, 20, 12),
                        excerpt="… ring til Emil på 12 ** ** 78 …"),
        "legacy": s.flag("nyheder", "personal.cpr", "critical", utc(2026, 11, 21, 9),
                         excerpt=f"… cpr {RAW_CPR} og tlf {RAW_PHONE} …", kind="post"),
        # opened before W47, still open
        "old_open": s.flag("nyheder", "conduct.profanity", "low", utc(2026, 11, 2, 9), excerpt="… sikke noget lort …"),
        # resolved in W47
        "removed": s.flag("klub-vest", "personal.health", "high", utc(2026, 11, 12, 9),
                          excerpt="… hun har fået ADHD-medicin …", status="resolved", resolution="removed",
                          resolved_at=utc(2026, 11, 17, 9)),
        "dismissed": s.flag("tiende", "conduct.threat", "critical", utc(2026, 11, 16, 9),
                            excerpt="… vi slår jer i finalen …", status="dismissed",
                            resolved_at=utc(2026, 11, 16, 15)),
        # week before (W46): one more new flag, for the comparison
        "w46": s.flag("klub-vest", "conduct.profanity", "low", utc(2026, 11, 10, 9), excerpt="… pis …",
                      status="resolved", resolution="edited", resolved_at=utc(2026, 11, 11, 9)),
    }
    s.failing("musik", "auth", "401: Error validating access token for sofie.privat@gmail.com: Session has expired")
    return ids


def seed_quarter(engine: Engine) -> None:
    """2026-Q3 with flags in all three months, and a smaller 2026-Q2."""
    s = Seeder(engine)
    s.profiles()
    for month, day, profile, category, severity in [
        (7, 3, "klub-vest", "conduct.profanity", "low"), (7, 20, "klub-vest", "personal.phone", "high"),
        (8, 5, "tiende", "welfare.concern", "critical"), (8, 14, "klub-vest", "conduct.harassment", "medium"),
        (9, 1, "nyheder", "personal.cpr", "critical"), (9, 9, "klub-vest", "conduct.profanity", "low"),
        (9, 29, "tiende", "personal.health", "high"),
    ]:
        resolved = utc(2026, month, day + 1, 12) if day < 28 else None
        s.flag(profile, category, severity, utc(2026, month, day, 10), excerpt=f"… Emil {RAW_PHONE} …",
               status="resolved" if resolved else "open", resolution="removed" if resolved else None,
               resolved_at=resolved)
    s.flag("tiende", "conduct.profanity", "low", utc(2026, 5, 4, 10), excerpt="… lort …")
    s.flag("klub-vest", "conduct.profanity", "low", utc(2026, 6, 4, 10), excerpt="… lort …")
