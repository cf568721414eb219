"""The flag lifecycle: one flag per (post, category), followed until it is resolved or dismissed.

    open -> acknowledged -> resolved | dismissed        (people, with ``transition``)
    open | acknowledged -> resolved "edited"            (the finding is gone after an edit)
    open | acknowledged -> resolved "removed"           (the post is gone; time to removal kept)
    resolved | dismissed -> open                        (offending content found again; a dismissed
                                                         flag only for content it was not dismissed on)

Every change writes a FlagEvent row: who, when, from what to what, and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from monitor.checks.base import Finding
from monitor.errors import MonitorError
from monitor.models import Flag, FlagEvent, PostRow
from monitor.store import UNRESOLVED, Store, as_utc, utcnow

MONITOR_ACTOR = "monitor"
_SEVERITY_RANK = {"critical": 0, "high": 1, "medium": 2, "low": 3}

# action -> (statuses it applies to, status it leads to, resolution it records)
TRANSITIONS: dict[str, tuple[frozenset[str], str, str | None]] = {
    "acknowledge": (frozenset({"open"}), "acknowledged", None),
    "resolve": (frozenset(UNRESOLVED), "resolved", "fixed"),
    "dismiss": (frozenset(UNRESOLVED), "dismissed", None),
}


class FlagError(MonitorError):
    """A flag that does not exist, or a change its status does not allow."""


@dataclass
class FlagChanges:
    """What one pass over a post did to its flags; ``opened`` includes re-opened flags."""

    opened: list[int] = field(default_factory=list)
    resolved: list[int] = field(default_factory=list)

    def merge(self, other: FlagChanges) -> None:
        self.opened.extend(other.opened)
        self.resolved.extend(other.resolved)


def _event(store: Store, s: Session, flag: Flag, *, to: str, at: datetime, actor: str = MONITOR_ACTOR,
           from_status: str | None = None, resolution: str | None = None, note: str | None = None) -> None:
    assert flag.id is not None
    store.add_event(s, FlagEvent(flag_id=flag.id, at=at, actor=actor, from_status=from_status, to_status=to,
                                 resolution=resolution, note=note))


def _close(store: Store, s: Session, flag: Flag, *, status: str, resolution: str | None, at: datetime,
           actor: str = MONITOR_ACTOR, note: str | None = None) -> None:
    before = flag.status
    flag.status, flag.resolution, flag.resolved_at = status, resolution, at
    s.add(flag)
    _event(store, s, flag, to=status, at=at, actor=actor, from_status=before, resolution=resolution, note=note)


def first_per_category(findings: Iterable[Finding]) -> dict[str, Finding]:
    """The finding that speaks for each category: the most severe, then the earliest in the text."""
    chosen: dict[str, Finding] = {}
    for finding in sorted(findings, key=lambda f: (_SEVERITY_RANK.get(f.severity, 9), f.start, f.end)):
        chosen.setdefault(finding.category, finding)
    return chosen


def apply_findings(store: Store, s: Session, post: PostRow, platform: str, findings: Iterable[Finding],
                   at: datetime) -> FlagChanges:
    """Bring a new or changed post's flags in line with what the checks found in its current content."""
    assert post.id is not None
    changes = FlagChanges()
    found = first_per_category(findings)
    existing = {flag.category: flag for flag in store.flags_of_post(s, post.id)}
    for category, finding in found.items():
        flag = existing.get(category)
        if flag is None:
            flag = store.add_flag(s, Flag(
                post_id=post.id, profile_id=post.profile_id, platform=platform, kind=post.kind, category=category,
                severity=finding.severity, rule=finding.rule, excerpt=finding.excerpt,
                content_hash=post.content_hash, status="open", first_seen=at, last_seen=at,
                post_created_at=post.created_at))
            _event(store, s, flag, to="open", at=at, note=f"found by {finding.rule}")
            assert flag.id is not None
            changes.opened.append(flag.id)
            continue
        flag.last_seen = at
        if flag.status == "dismissed" and flag.content_hash == post.content_hash:
            s.add(flag)  # dismissed for exactly this content: it stays dismissed
            continue
        flag.severity, flag.rule, flag.excerpt, flag.content_hash = (
            finding.severity, finding.rule, finding.excerpt, post.content_hash)
        if flag.status in UNRESOLVED:
            s.add(flag)
            continue
        before, flag.status, flag.resolution, flag.resolved_at, flag.removed_after_seconds = (
            flag.status, "open", None, None, None)
        s.add(flag)
        _event(store, s, flag, to="open", at=at, from_status=before,
               note=f"found again in new content by {finding.rule}")
        assert flag.id is not None
        changes.opened.append(flag.id)
    for category, flag in existing.items():
        if category not in found and flag.status in UNRESOLVED:
            _close(store, s, flag, status="resolved", resolution="edited", at=at,
                   note="the finding is gone after an edit")
            assert flag.id is not None
            changes.resolved.append(flag.id)
    return changes


def post_removed(store: Store, s: Session, post: PostRow, at: datetime) -> FlagChanges:
    """Mark a post removed and resolve its unresolved flags as ``removed``, keeping the time to removal.

    ``removed_after_seconds`` counts from the post's publication (how long the content was public);
    first_seen to resolved_at gives the time from detection.
    """
    assert post.id is not None
    store.mark_removed(s, post, at)
    changes = FlagChanges()
    for flag in store.flags_of_post(s, post.id):
        if flag.status not in UNRESOLVED:
            continue
        since = as_utc(flag.post_created_at) or as_utc(post.created_at) or as_utc(flag.first_seen)
        assert since is not None
        flag.removed_after_seconds = max(0, int((at - since).total_seconds()))
        _close(store, s, flag, status="resolved", resolution="removed", at=at, note="the post is no longer online")
        assert flag.id is not None
        changes.resolved.append(flag.id)
    return changes


def transition(store: Store, flag_id: int, action: str, *, actor: str, note: str | None = None,
               at: datetime | None = None) -> Flag:
    """A person acknowledges, resolves or dismisses a flag; refused when its status does not allow it."""
    if action not in TRANSITIONS:
        raise FlagError(f"unknown action {action!r}")
    allowed, status, resolution = TRANSITIONS[action]
    at = at or utcnow()
    with store.begin() as s:
        flag = store.flag(s, flag_id, for_update=True)
        if flag is None:
            raise FlagError(f"no flag with id {flag_id}")
        if flag.status not in allowed:
            raise FlagError(f"flag {flag_id} is {flag.status}; only a flag that is "
                            f"{' or '.join(sorted(allowed))} can be {_past(action)}")
        if status == "acknowledged":
            before = flag.status
            flag.status = status
            s.add(flag)
            _event(store, s, flag, to=status, at=at, actor=actor, from_status=before, note=note)
        else:
            _close(store, s, flag, status=status, resolution=resolution, at=at, actor=actor, note=note)
        return flag


def _past(action: str) -> str:
    return {"acknowledge": "acknowledged", "resolve": "resolved", "dismiss": "dismissed"}[action]
