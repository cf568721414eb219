"""Small helpers the connectors share: strict field access, timestamps, and the incremental cursor.

The cursor is JSON (so one string column holds it) with:

- ``mark``: the newest ``created_at`` seen (ISO 8601, UTC); paging stops at the first page reaching it;
- ``seen``: for the posts on the pages read last time, a signature (content hash + comment count), so
  an edit or a new comment on a recent post is noticed without extra requests;
- platform extras (a resolved user id, an uploads playlist, ETag ...).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

from connectors.base import ParseError, Post

T = TypeVar("T")
SEEN_KEEP = 200  # signatures kept in the cursor: covers the first pages of any platform


def need(obj: Any, key: str, kind: type[T], where: str) -> T:
    """``obj[key]`` when ``obj`` is a dict and the value has type ``kind``, else ParseError."""
    if not isinstance(obj, dict):
        raise ParseError(f"{where}: expected an object, got {type(obj).__name__}")
    value = obj.get(key)
    if not isinstance(value, kind):
        raise ParseError(f"{where}: field {key!r} missing or not {kind.__name__}")
    return value


def opt(obj: Any, key: str, kind: type[T], default: T) -> T:
    """``obj[key]`` if it has type ``kind``, else ``default`` (for fields platforms may leave out)."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, kind) else default


def parse_time(value: Any, where: str) -> datetime:
    """A timezone-aware UTC datetime from the ISO forms platforms send (``Z``, ``+0000``, ``+00:00``)."""
    if not isinstance(value, str) or not value:
        raise ParseError(f"{where}: timestamp missing")
    text = value.strip().replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":  # Graph API: +0000
        text = f"{text[:-2]}:{text[-2:]}"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as e:
        raise ParseError(f"{where}: unreadable timestamp") from e
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def signature(post: Post, comment_count: int | None) -> str:
    return hash_signature(post.content_hash, comment_count)


def hash_signature(content_hash: str, comment_count: int | None) -> str:
    return f"{content_hash[:16]}|{comment_count if comment_count is not None else '-'}"


class CursorState:
    """The incremental state of one profile, read from and written back to the cursor string."""

    def __init__(self, cursor: str | None) -> None:
        data: dict[str, Any] = {}
        if cursor:
            try:
                loaded = json.loads(cursor)
            except ValueError:
                loaded = None
            # An unreadable cursor means "read from scratch": the store's upsert prevents duplicates.
            data = loaded if isinstance(loaded, dict) else {}
        self.extra: dict[str, Any] = {k: v for k, v in data.items() if k not in ("mark", "seen")}
        self.mark: datetime | None = None
        if isinstance(data.get("mark"), str):
            try:
                self.mark = parse_time(data["mark"], "cursor")
            except ParseError:
                self.mark = None
        seen_raw = data.get("seen")
        seen: dict[str, Any] = seen_raw if isinstance(seen_raw, dict) else {}
        self.seen: dict[str, str] = {k: v for k, v in seen.items() if isinstance(v, str)}
        self.newest: datetime | None = self.mark
        self.now_seen: dict[str, str] = {}

    @property
    def first_run(self) -> bool:
        return self.mark is None

    def wants(self, post: Post, comment_count: int | None = None, *, use_mark: bool = True) -> tuple[bool, bool]:
        """(yield the post?, read its comments?) for a post met while paging; records it as seen.

        New posts (newer than the mark, or never seen) are wanted with their comments. A recent post
        seen before is wanted again only when its signature changed: an edit or new comments.
        ``use_mark=False`` (feeds, pages: a sliding window, dates unreliable) wants every unseen item.
        """
        return self.wants_hash(post.platform_id, post.created_at, post.content_hash, comment_count, use_mark=use_mark)

    def seen_hash(self, platform_id: str) -> str | None:
        """The (shortened) content hash recorded for a post last time, if any."""
        old = self.seen.get(platform_id)
        return old.partition("|")[0] if old is not None else None

    def wants_hash(self, platform_id: str, created_at: datetime, content_hash: str, comment_count: int | None = None,
                   *, use_mark: bool = True) -> tuple[bool, bool]:
        """``wants`` from a post's id, time and content hash, for a connector that knows the hash
        without building the post (e.g. ``seen_hash`` of a status whose raw fields did not change)."""
        sig = hash_signature(content_hash, comment_count)
        self.now_seen[platform_id] = sig
        if self.newest is None or created_at > self.newest:
            self.newest = created_at
        old = self.seen.get(platform_id)
        if old is None:
            is_new = not use_mark or self.mark is None or created_at > self.mark
            return is_new, is_new
        if old == sig:
            return False, False
        old_hash, _, old_count = old.partition("|")
        return old_hash != sig.split("|")[0], old_count != sig.split("|")[1]

    def reached_mark(self, created: Iterable[datetime]) -> bool:
        """True when a page holds a post at or before the mark: older pages need not be read."""
        return self.mark is not None and any(t <= self.mark for t in created)

    def dump(self, **extra: Any) -> str:
        seen = dict(self.now_seen)
        for key, value in self.seen.items():  # keep older signatures too, up to the cap
            if len(seen) >= SEEN_KEEP:
                break
            seen.setdefault(key, value)
        data: dict[str, Any] = {**self.extra, **extra}
        if self.newest is not None:
            data["mark"] = self.newest.isoformat()
        data["seen"] = seen
        return json.dumps(data, sort_keys=True, separators=(",", ":"))


def page_size(settings_value: int | None, default: int, maximum: int) -> int:
    return max(1, min(settings_value or default, maximum))
