"""One fetch run: connectors -> store -> checks -> flags, every profile isolated from the others.

Per profile (in a bounded thread pool): read the token from the variable ``token_env`` names,
fetch what is new since the cursor, upsert in small committed batches (new and changed posts are
checked and their flags updated in the same transaction), and only then advance the cursor. A crash
therefore re-reads from the old cursor, and the upsert by platform id stores nothing twice. Posts
with unresolved flags are then read again one by one: gone -> flags resolved ``removed``; changed
-> checked again. Every failure is recorded on its profile, masked, and never stops the others.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from connectors.base import Connector, ConnectorError, Post
from monitor.checks.base import CheckContext, Finding
from monitor.checks.engine import Checker
from monitor.checks.taxonomy import CATEGORIES
from monitor.config import Profile, Settings
from monitor.errors import ConfigError
from monitor.fetch_failures import ProfileFailure, describe, mask_error, read_token
from monitor.flags import apply_findings, post_removed
from monitor.locks import DatabaseLease
from monitor.models import PostRow
from monitor.run_summary import ProfileResult, RunSummary
from monitor.store import Store, checked_text, post_from_row, utcnow

log = logging.getLogger(__name__)

BATCH_SIZE = 50  # posts per committed transaction: small enough that a crash loses little work
HttpFactory = Callable[[str, Any], Any]  # (platform, ConnectorSettings) -> HttpClient
ImageCheck = Callable[[Any, str], bool]  # (http, image URL) -> the image carries EXIF GPS coordinates
GPS_RULE = "media.exif_gps"
Progress = Callable[["ProfileResult", int, int], None]


class _CountingHttp:
    """Counts one profile's requests on the shared client (retries not counted)."""

    def __init__(self, http: Any) -> None:
        self._http = http
        self.count = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._http, name)

    def request(self, *args: Any, **kwargs: Any) -> Any:
        self.count += 1
        return self._http.request(*args, **kwargs)

    def get(self, *args: Any, **kwargs: Any) -> Any:
        self.count += 1
        return self._http.get(*args, **kwargs)

    def get_json(self, *args: Any, **kwargs: Any) -> Any:
        self.count += 1
        return self._http.get_json(*args, **kwargs)


def default_http_factory(platform: str, settings: Any) -> Any:
    """One shared HttpClient per platform, so its per-host limit holds across that platform's profiles."""
    from connectors.http import HttpClient

    kwargs = {name: getattr(settings, name) for name in ("user_agent", "timeout", "max_retries", "per_host_limit")
              if getattr(settings, name, None) is not None}
    return HttpClient(**kwargs)


class _ProfileRun:
    """Reads one profile; everything it does to the database goes through the store."""

    def __init__(self, store: Store, checker: Checker, profile: Profile, connector: Connector,
                 counter: _CountingHttp, started: datetime, image_check: ImageCheck | None) -> None:
        self.store, self.checker, self.profile, self.connector = store, checker, profile, connector
        self.counter, self.started, self.image_check = counter, started, image_check
        self.result = ProfileResult(profile.id)

    def fetch(self) -> None:
        batch: list[Post] = []
        try:
            for post in self.connector.fetch(self.store.get_cursor(self.profile.id)):
                batch.append(post)
                if len(batch) >= BATCH_SIZE:
                    self._save(batch)
                    batch = []
        except ConnectorError:
            if batch:  # what arrived before the failure is kept; the cursor stays, so it is read again
                self._save(batch)
            raise
        if batch:
            self._save(batch)
        if self.connector.new_cursor is not None:  # only now: every post it covers is committed
            self.store.set_cursor(self.profile.id, self.connector.new_cursor)

    def _save(self, posts: Sequence[Post]) -> None:
        now = utcnow()
        with self.store.begin() as s:
            for run in _distinct_runs(posts):
                for post, (row, change) in zip(run, self.store.upsert_posts(s, self.profile.id, run, now),
                                               strict=True):
                    if change == "unchanged":
                        continue
                    self.result.posts_new += change == "new"
                    self.result.posts_changed += change == "changed"
                    self._check(s, row, post.checked_text, now)

    def _check(self, s: Any, row: PostRow, text: str, now: datetime) -> None:
        findings = self.checker.check(text) + self._image_findings(row)
        self.result.flags.merge(apply_findings(self.store, s, row, self.profile.platform, findings, now))
        self.store.mark_checked(s, row, now)

    def _image_findings(self, row: PostRow) -> list[Finding]:
        """``media.location`` when an attached image carries GPS coordinates (downloaded, never stored)."""
        urls = list(row.image_urls or [])
        if self.image_check is None:
            return []
        for number, url in enumerate(urls, 1):
            if self.image_check(self.counter, url):
                return [Finding(category="media.location", severity=CATEGORIES["media.location"].severity,
                                rule=GPS_RULE, start=0, end=0,
                                excerpt=f"image {number} of {len(urls)} has GPS coordinates in its EXIF data")]
        return []

    def recheck_flagged(self) -> None:
        """Read every post with an unresolved flag again (one request each), unless just read."""
        for known in self.store.posts_with_unresolved_flags(self.profile.id, fetched_before=self.started):
            fresh = self.connector.refetch(post_from_row(known))
            now = utcnow()
            with self.store.begin() as s:
                row = self.store.post(s, known.id or 0)
                if row is None:
                    continue
                if fresh is None:
                    self.result.posts_removed += 1
                    self.result.flags.merge(post_removed(self.store, s, row, now))
                    continue
                row, change = self.store.upsert_post(s, self.profile.id, fresh, now)
                if change != "unchanged":
                    self.result.posts_changed += change == "changed"
                    self._check(s, row, checked_text(row), now)


def _distinct_runs(posts: Sequence[Post]) -> Iterator[Sequence[Post]]:
    """Consecutive slices without a repeated platform id: a post read twice in one batch is saved and
    checked before its second reading is, exactly as when posts were saved one at a time."""
    start, ids = 0, set[str]()
    for i, post in enumerate(posts):
        if post.platform_id in ids:
            yield posts[start:i]
            start, ids = i, set[str]()
        ids.add(post.platform_id)
    if start < len(posts):
        yield posts[start:]


def _run_profile(store: Store, checker: Checker, profile: Profile, registry: Mapping[str, type[Connector]],
                 settings: Settings, http_for: Callable[[str], Any], environ: Mapping[str, str],
                 image_check: ImageCheck | None) -> ProfileResult:
    started = utcnow()
    run_id = store.start_run(profile.id, started)
    token: str | None = None
    run: _ProfileRun | None = None
    try:
        try:
            cls = registry.get(profile.platform)
            if cls is None:
                raise ProfileFailure("config", f"no connector is registered for platform {profile.platform!r}")
            token = read_token(profile, environ, needs_token=bool(getattr(cls, "needs_token", False)))
            http = http_for(profile.platform)
            if token and hasattr(http, "add_secret"):
                http.add_secret(token)
            counter = _CountingHttp(http)
            connector = cls(profile=profile, settings=settings.connectors.for_platform(profile.platform),
                            http=counter, token=token)  # type: ignore[arg-type]
            run = _ProfileRun(store, checker, profile, connector, counter, started, image_check)
            run.fetch()
            run.recheck_flagged()
        except ConnectorError as e:
            raise ProfileFailure(e.kind, describe(e, profile)) from e
        except ProfileFailure:
            raise
        except Exception as e:  # a bug or a database failure: recorded on this profile, never fatal to the run
            log.debug("profile %s failed", profile.id, exc_info=True)
            raise ProfileFailure("internal", f"{type(e).__name__} while reading {profile.platform}: {e}") from e
    except ProfileFailure as failure:
        result = run.result if run is not None else ProfileResult(profile.id)
        result.error_kind, result.error = failure.kind, mask_error(failure.message, checker, [token])
        try:
            store.record_failure(profile.id, result.error_kind, result.error, utcnow())
        except Exception:  # the database itself is failing; the summary still says so
            log.warning("could not record the failure of profile %s", profile.id, exc_info=True)
    else:
        result = run.result
        result.ok = True
        store.record_success(profile.id, utcnow())
    result.requests = run.counter.count if run is not None else 0
    try:
        store.finish_run(run_id, outcome="ok" if result.ok else "failed", at=utcnow(), error_kind=result.error_kind,
                         error=result.error, posts_new=result.posts_new, posts_changed=result.posts_changed,
                         posts_removed=result.posts_removed, requests=result.requests,
                         flags_opened=len(result.flags.opened), flags_resolved=len(result.flags.resolved))
    except Exception:
        log.warning("could not finish the fetch run of profile %s", profile.id, exc_info=True)
    return result


FETCH_LEASE_TTL = timedelta(minutes=30)


def _run_profile_leased(engine: Engine, profile: Profile, store: Store, checker: Checker,
                        registry: Mapping[str, type[Connector]], settings: Settings, http_for: Callable[[str], Any],
                        environ: Mapping[str, str], image_check: ImageCheck | None) -> ProfileResult:
    """Read one profile while holding its lease in the database, so that several ``monitor run``
    workers sharing one database never read the same profile at once; a profile another worker is
    reading is skipped (that worker stores it)."""
    lease = DatabaseLease(engine, f"fetch:{profile.id}", ttl=FETCH_LEASE_TTL)
    if not lease.acquire():
        log.info("profile %s is being read by another worker; skipped", profile.id)
        return ProfileResult(profile.id, ok=True, skipped=True)
    lease.start_heartbeat()
    try:
        return _run_profile(store, checker, profile, registry, settings, http_for, environ, image_check)
    finally:
        lease.release()


def select_profiles(settings: Settings, profile_ids: Sequence[str] | None) -> list[Profile]:
    """The profiles to read; an unknown id is a ConfigError (a usage error, exit 2)."""
    if not profile_ids:
        return list(settings.profiles)
    known = {p.id: p for p in settings.profiles}
    unknown = [pid for pid in profile_ids if pid not in known]
    if unknown:
        raise ConfigError(f"no profile with id {', '.join(map(repr, unknown))} in the configuration")
    return [known[pid] for pid in dict.fromkeys(profile_ids)]


def run_once(settings: Settings, engine: Engine, registry: Mapping[str, type[Connector]] | None = None,
             profile_ids: Sequence[str] | None = None, *, checker: Checker | None = None,
             http_factory: HttpFactory | None = None, max_workers: int = 8, environ: Mapping[str, str] | None = None,
             progress: Progress | None = None, image_check: ImageCheck | None | str = "default") -> RunSummary:
    """Fetch, store, check and flag every selected profile once; never raises for one profile's failure.

    ``image_check`` defaults to ``connectors.media.image_has_gps``; None skips the image download.
    """
    profiles = select_profiles(settings, profile_ids)
    if registry is None:
        import connectors

        registry = connectors.REGISTRY
    connector_classes: Mapping[str, type[Connector]] = registry
    if image_check == "default":
        from connectors.media import image_has_gps as image_check
    store = Store(engine)
    store.sync_profiles(settings)
    checker = checker or Checker(CheckContext.from_settings(settings))
    environ = os.environ if environ is None else environ
    factory = http_factory or default_http_factory
    clients: dict[str, Any] = {}

    def http_for(platform: str) -> Any:
        return clients[platform]

    for platform in sorted({p.platform for p in profiles}):
        clients[platform] = factory(platform, settings.connectors.for_platform(platform))
    started = utcnow()
    begun = time.monotonic()
    results: list[ProfileResult] = []
    try:
        with ThreadPoolExecutor(max_workers=max(1, min(max_workers, len(profiles) or 1)),
                                thread_name_prefix="fetch") as pool:
            futures = {pool.submit(_run_profile_leased, engine, p, store, checker, connector_classes, settings,
                                   http_for, environ, image_check): p.id  # type: ignore[arg-type]
                       for p in profiles}
            for future in as_completed(futures):
                try:
                    results.append(future.result())
                except Exception as e:  # the database failed before the profile's own handling began
                    results.append(ProfileResult(futures[future], error_kind="internal",
                                                 error=mask_error(f"{type(e).__name__}: {e}", checker)))
                if progress is not None:
                    progress(results[-1], len(results), len(profiles))
    finally:
        for client in clients.values():
            if hasattr(client, "close"):
                client.close()
    log.info("fetch run of %d profiles took %.1f s", len(profiles), time.monotonic() - begun)
    order = {p.id: i for i, p in enumerate(profiles)}
    results.sort(key=lambda r: order[r.profile_id])
    return RunSummary(results=results, started_at=started, finished_at=utcnow())
