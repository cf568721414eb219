#!/usr/bin/env python3
"""Build a large synthetic monitor database for the report benchmarks.

    python scripts/gen_big_db.py [URL] [--posts 1000000] [--flags 20000] [--profiles 200] [--years 2]

``URL`` is any ``[database] url`` (default ``sqlite:///big.db``); the database must hold no posts yet.
The schema comes from the real migrations (``monitor.db.connect``), so the indexes are the ones a
deployment has. Rows are bulk-inserted with SQLAlchemy Core ``executemany`` in batches (``--batch``).

What it holds, all invented (short synthetic strings, no real people):
  * ``--profiles`` profiles on every platform, in 12 units, each with a connector state (a few failing);
  * ``--posts`` posts and comments spread over ``--years`` years up to ``--end`` (default now), ids in
    publication order, busier profiles posting more;
  * about ``--flags`` flags on random posts, across the taxonomy's categories: recent flags mostly open,
    older ones mostly resolved (removed / edited / fixed, with ``resolved_at``, ``removed_after_seconds``)
    or dismissed, each with its history of status changes in ``flag_event``.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from benchlib import backend, show_url
from sqlalchemy import Engine, bindparam, func, insert, select, text

PLATFORMS = ("facebook", "instagram", "x", "youtube", "mastodon", "bluesky", "rss", "web")
PLATFORM_WEIGHTS = (30, 25, 8, 6, 10, 8, 8, 5)
UNITS = tuple(f"Afdeling {n}" for n in range(1, 13))
PHRASES = (
    "Træning torsdag kl. 17 i hallen", "Tak for en god tur til stranden", "Tilmelding til sommerlejren er åben",
    "Caféen har åbent fredag aften", "Nye hold i keramik starter snart", "Vi søger frivillige til kagebordet",
    "Husk madpakke og drikkedunk", "Billeder fra koncerten er lagt op", "Flot indsats ved stævnet",
    "Så er der pizza på fredag", "Hvem kommer med på kanoturen?", "Godt gået, hele holdet!",
)
# category -> (weight, rule, masked excerpt); the excerpts are what the checks store: masked already
CATEGORY_MIX: dict[str, tuple[int, str, str]] = {
    "personal.cpr": (3, "cpr.pattern", "... CPR 010203-**** ..."),
    "personal.phone": (22, "contact.phone", "... ring på 20 ** ** ** ..."),
    "personal.email": (14, "contact.email", "... skriv til k***@example.org ..."),
    "personal.address": (5, "address.street", "... bor på *** 12 ..."),
    "personal.health": (4, "sensitive.health", "... har fået konstateret *** ..."),
    "personal.social": (3, "sensitive.social", "... hans forældre er *** ..."),
    "personal.confidential": (2, "sensitive.confidential", "... fortalte mig i fortrolighed ..."),
    "personal.no_consent": (5, "consent.name", "... K** T****** fra 8.b ..."),
    "conduct.harassment": (9, "conduct.harassment", "... du er en *** ..."),
    "conduct.profanity": (18, "conduct.profanity", "... f*** hvor var det ..."),
    "conduct.discrimination": (2, "conduct.discrimination", "... alle *** er ..."),
    "conduct.threat": (2, "conduct.threat", "... jeg ved hvor du bor ..."),
    "conduct.defamation": (2, "conduct.defamation", "... han har stjålet ..."),
    "conduct.extremism": (1, "conduct.extremism", "... *** ..."),
    "welfare.concern": (3, "welfare.home", "... tør ikke tage hjem ..."),
    "media.location": (5, "media.exif_gps", "image 1 of 1 has GPS coordinates in its EXIF data"),
}
PEOPLE = ("Kommunikation", "Klubleder", "Afdelingsleder")


@dataclass
class PostInfo:
    """What a flag needs to know about the post it is raised on."""

    profile_id: str
    platform: str
    kind: str
    created_at: datetime
    fetched_at: datetime


def profile_rows(count: int, rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for n in range(count):
        platform = rng.choices(PLATFORMS, PLATFORM_WEIGHTS)[0]
        rows.append({"id": f"p{n:04d}-{platform}", "name": f"Klub {n:04d} på {platform}", "platform": platform,
                     "account": f"@klub{n:04d}", "owner": f"Klubleder {n:04d} <klub{n:04d}@example.org>",
                     "unit": UNITS[n % len(UNITS)], "active": n % 50 != 49})
    return rows


def state_rows(profiles: list[dict[str, Any]], end: datetime, rng: random.Random) -> list[dict[str, Any]]:
    rows = []
    for p in profiles:
        failing = rng.random() < 0.04
        rows.append({"profile_id": p["id"], "cursor": '{"mark":"' + end.isoformat() + '"}',
                     "consecutive_failures": rng.randint(1, 30) if failing else 0,
                     "last_error": "401: not authorised (the token is missing, expired or revoked)" if failing
                     else None, "last_error_kind": "auth" if failing else None,
                     "last_attempt_at": end - timedelta(minutes=rng.randint(1, 59)),
                     "last_success_at": end - timedelta(days=rng.randint(1, 40) if failing else 0, hours=1)})
    return rows


def post_batches(total: int, batch: int, profiles: list[dict[str, Any]], start: datetime, end: datetime,
                 flagged: set[int], rng: random.Random, info: dict[int, PostInfo]) -> Iterator[list[dict[str, Any]]]:
    """Posts 1..total in publication order; fills ``info`` for the ids in ``flagged``."""
    span = (end - start).total_seconds()
    weights = [1 / math.sqrt(n + 1) for n in range(len(profiles))]  # a few busy profiles, a long tail
    last_post: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    for post_id in range(1, total + 1):
        p = profiles[rng.choices(range(len(profiles)), weights)[0]] if post_id % 64 else profiles[post_id % len(
            profiles)]
        pid = p["id"]
        created = start + timedelta(seconds=span * (post_id - rng.random()) / total)
        fetched = min(end, created + timedelta(minutes=rng.randint(1, 60)))
        platform_id = f"{post_id:09d}"
        parent = last_post.get(pid)
        kind = "comment" if parent is not None and rng.random() < 0.65 else "post"
        if kind == "post":
            last_post[pid] = platform_id
        body = f"{PHRASES[post_id % len(PHRASES)]} #{post_id}"
        image = rng.random() < 0.05
        rows.append({
            "id": post_id, "profile_id": pid, "platform_id": platform_id,
            "parent_platform_id": parent if kind == "comment" else None, "kind": kind,
            "url": f"https://social.example/{pid}/{platform_id}", "text": body,
            "image_urls": [f"https://img.example/{platform_id}.jpg"] if image else [],
            "alt_texts": ["Holdet på stranden"] if image else [],
            "created_at": created, "edited_at": None, "fetched_at": fetched, "checked_at": fetched,
            "content_hash": hashlib.blake2b(body.encode(), digest_size=32).hexdigest(), "removed_at": None,
        })
        if post_id in flagged:
            info[post_id] = PostInfo(pid, p["platform"], kind, created, fetched)
        if len(rows) >= batch:
            yield rows
            rows = []
    if rows:
        yield rows


def _status_for(age: timedelta, rng: random.Random) -> str:
    """Recent flags are mostly open; old ones mostly closed (a few forgotten ones stay open)."""
    days = age.total_seconds() / 86400
    if days < 7:
        mix = (0.55, 0.15, 0.22, 0.08)
    elif days < 60:
        mix = (0.10, 0.08, 0.65, 0.17)
    else:
        mix = (0.02, 0.02, 0.76, 0.20)
    return rng.choices(("open", "acknowledged", "resolved", "dismissed"), mix)[0]


def flag_rows(info: dict[int, PostInfo], end: datetime, rng: random.Random,
              severities: dict[str, str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[int, datetime]]:
    """(flags, flag events, post id -> removed_at for posts whose flag was resolved as removed)."""
    categories = list(CATEGORY_MIX)
    weights = [CATEGORY_MIX[c][0] for c in categories]
    flags: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    removed: dict[int, datetime] = {}
    for post_id in sorted(info):
        post = info[post_id]
        chosen = {rng.choices(categories, weights)[0] for _ in range(2 if rng.random() < 0.05 else 1)}
        for category in sorted(chosen):
            flag_id = len(flags) + 1
            _, rule, excerpt = CATEGORY_MIX[category]
            seen = post.fetched_at
            status = _status_for(end - seen, rng)
            resolution = resolved_at = removed_after = None
            flag_events = [{"flag_id": flag_id, "at": seen, "actor": "monitor", "from_status": None,
                            "to_status": "open", "resolution": None, "note": f"found by {rule}"}]
            delay = timedelta(hours=min(24 * 60, rng.lognormvariate(math.log(20), 1.2)))
            if status == "acknowledged" or (status in ("resolved", "dismissed") and rng.random() < 0.3):
                flag_events.append({"flag_id": flag_id, "at": min(end, seen + delay / 3), "actor": rng.choice(PEOPLE),
                                    "from_status": "open", "to_status": "acknowledged", "resolution": None,
                                    "note": "set til at se på det"})
            if status in ("resolved", "dismissed"):
                resolved_at = min(end, seen + delay)
                before = flag_events[-1]["to_status"]
                if status == "dismissed":
                    actor, note = rng.choice(PEOPLE), "ikke et problem: offentlig kontaktperson"
                else:
                    resolution = rng.choices(("removed", "edited", "fixed"), (50, 25, 25))[0]
                    actor = "monitor" if resolution in ("removed", "edited") else rng.choice(PEOPLE)
                    note = {"removed": "the post is no longer online", "edited": "the finding is gone after an edit",
                            "fixed": "rettet af klublederen"}[resolution]
                    if resolution == "removed":
                        removed_after = int((resolved_at - post.created_at).total_seconds())
                        removed[post_id] = resolved_at
                flag_events.append({"flag_id": flag_id, "at": resolved_at, "actor": actor, "from_status": before,
                                    "to_status": status, "resolution": resolution, "note": note})
            flags.append({
                "id": flag_id, "post_id": post_id, "profile_id": post.profile_id, "platform": post.platform,
                "kind": post.kind, "category": category, "severity": severities[category], "rule": rule,
                "excerpt": excerpt, "content_hash": None, "status": status, "resolution": resolution,
                "first_seen": seen, "last_seen": resolved_at or seen, "resolved_at": resolved_at,
                "post_created_at": post.created_at, "removed_after_seconds": removed_after,
            })
            events += flag_events
    for n, event in enumerate(events, 1):
        event["id"] = n
    return flags, events, removed


def _insert(engine: Engine, table: Any, rows: list[dict[str, Any]], batch: int) -> None:
    for i in range(0, len(rows), batch):
        with engine.begin() as conn:
            conn.execute(insert(table), rows[i:i + batch])


def _fix_sequences(engine: Engine, tables: list[str]) -> None:
    """Explicit ids leave PostgreSQL's sequences at 1: move them past the largest id."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for name in tables:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                              f"COALESCE((SELECT max(id) FROM \"{name}\"), 1))"))


def generate(url: str, *, posts: int, flags: int, profiles: int, years: float, end: datetime, batch: int,
             seed: int, analyze: bool, log: Any = print) -> dict[str, int]:
    """Fill the database at ``url``; returns the row counts."""
    from sqlmodel import SQLModel

    import monitor.models  # noqa: F401 - registers the tables
    from monitor.checks.taxonomy import CATEGORIES
    from monitor.db import connect

    tables = SQLModel.metadata.tables

    rng = random.Random(seed)
    engine = connect(url)
    try:
        with engine.connect() as conn:
            if conn.execute(select(func.count()).select_from(tables["post"])).scalar_one():
                raise SystemExit(f"{show_url(url)} already holds posts: give an empty database")
        start = end - timedelta(days=365 * years)
        began = time.perf_counter()
        profile_list = profile_rows(profiles, rng)
        _insert(engine, tables["profile"], profile_list, batch)
        _insert(engine, tables["connector_state"], state_rows(profile_list, end, rng), batch)
        # About 5% of flagged posts get two categories; aim at ``flags`` flags in all.
        flagged = set(rng.sample(range(1, posts + 1), min(posts, round(flags / 1.05))))
        info: dict[int, PostInfo] = {}
        done = 0
        for rows in post_batches(posts, batch, profile_list, start, end, flagged, rng, info):
            with engine.begin() as conn:
                conn.execute(insert(tables["post"]), rows)
            done += len(rows)
            if done % (batch * 20) == 0 or done == posts:
                rate = done / (time.perf_counter() - began)
                log(f"  posts: {done:,} ({rate:,.0f}/s)")
        flag_list, events, removed = flag_rows(info, end, rng, {c: CATEGORIES[c].severity for c in CATEGORIES})
        _insert(engine, tables["flag"], flag_list, batch)
        _insert(engine, tables["flag_event"], events, batch)
        table = tables["post"]
        mark_removed = (table.update().where(table.c.id == bindparam("pid"))
                        .values(removed_at=bindparam("at", type_=table.c.removed_at.type)))
        items = sorted(removed.items())
        for i in range(0, len(items), batch):
            with engine.begin() as conn:
                conn.execute(mark_removed, [{"pid": pid, "at": at} for pid, at in items[i:i + batch]])
        _fix_sequences(engine, ["post", "flag", "flag_event"])
        if analyze or engine.dialect.name == "postgresql":  # autovacuum would analyse soon after a bulk load
            with engine.begin() as conn:
                conn.execute(text("ANALYZE"))
        log(f"  done in {time.perf_counter() - began:.1f} s")
        return {"profiles": len(profile_list), "posts": posts, "flags": len(flag_list), "flag_events": len(events),
                "removed_posts": len(removed)}
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?", default="sqlite:///big.db", help="database URL (default sqlite:///big.db)")
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--flags", type=int, default=20_000)
    parser.add_argument("--profiles", type=int, default=200)
    parser.add_argument("--years", type=float, default=2.0)
    parser.add_argument("--end", default=None, help="ISO date-time of the newest post (default: now)")
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--analyze", action="store_true",
                        help="run ANALYZE at the end on SQLite too (the monitor itself never does)")
    args = parser.parse_args(argv)
    end = datetime.fromisoformat(args.end) if args.end else datetime.now(UTC)
    end = end.replace(tzinfo=UTC) if end.tzinfo is None else end.astimezone(UTC)
    print(f"generating into {show_url(args.url)} ({backend(args.url)}): {args.posts:,} posts, ~{args.flags:,} flags, "
          f"{args.profiles} profiles, {args.years:g} years up to {end:%Y-%m-%d %H:%M} UTC", flush=True)
    began = time.perf_counter()
    counts = generate(args.url, posts=args.posts, flags=args.flags, profiles=args.profiles, years=args.years,
                      end=end, batch=args.batch, seed=args.seed, analyze=args.analyze,
                      log=lambda line: print(line, flush=True))
    print(", ".join(f"{k}: {v:,}" for k, v in counts.items()) + f"; {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
