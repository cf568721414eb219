"""RSS or Atom news feed: every entry's title, text and images (no token).

``account`` is the feed URL; ``base_url``, when set, replaces its scheme and host (a proxy or a test
server). The feed is fetched through the HTTP choke point with a conditional GET (``If-None-Match``,
``If-Modified-Since``); feedparser only ever parses the bytes, never fetches a URL, and broken
("bozo") feeds are accepted as long as entries can be recovered.

Cursor: JSON with ``etag`` and ``modified`` (sent back on the next read: 304 costs nothing) and
``seen`` (content hash per entry id), since feeds are sliding windows with unreliable dates: an entry
is new when its id was never seen and changed when its hash differs. An entry missing from the feed
is not deleted; ``refetch`` checks the entry's own link for 404/410.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
import requests

from connectors.base import Connector, Image, NotFound, ParseError, Post
from connectors.html import html_to_text, image_alts
from connectors.http import HttpClient
from connectors.util import CursorState


def redirect(url: str, base_url: str | None) -> str:
    """``url`` with scheme and host taken from ``base_url`` (path and query kept)."""
    if not base_url:
        return url
    base, own = urlsplit(base_url), urlsplit(url)
    path = base.path.rstrip("/") + own.path if base.path not in ("", "/") else own.path
    return urlunsplit((base.scheme, base.netloc, path, own.query, ""))


def conditional_get(http: HttpClient, url: str, state: CursorState, timeout: float | None) -> requests.Response:
    """GET with the validators kept in the cursor; returns the response (304 included)."""
    headers = {}
    if isinstance(state.extra.get("etag"), str):
        headers["If-None-Match"] = state.extra["etag"]
    if isinstance(state.extra.get("modified"), str):
        headers["If-Modified-Since"] = state.extra["modified"]
    return http.get(url, headers=headers, timeout=timeout, ok_statuses=frozenset({304}))


def validators(response: requests.Response) -> dict[str, str | None]:
    return {"etag": response.headers.get("ETag"), "modified": response.headers.get("Last-Modified")}


def _time(entry: Any, key: str) -> datetime | None:
    """feedparser's ``*_parsed`` values are UTC 9-tuples; absent when the date was unreadable."""
    parsed = dict.get(entry, f"{key}_parsed")  # not entry.get: it maps updated to published
    if not parsed:
        return None
    year, month, day, hour, minute, second = tuple(parsed)[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def parse_feed(content: bytes, headers: dict[str, str], feed_url: str, fetched_at: datetime) -> list[Post]:
    """Posts from feed bytes; ParseError when nothing feed-like could be recovered."""
    if not content.strip():
        raise ParseError("empty answer where a feed was expected")
    parsed = feedparser.parse(io.BytesIO(content), response_headers={k.lower(): v for k, v in headers.items()})
    if parsed.bozo and not parsed.entries and not parsed.feed.get("title"):
        raise ParseError(f"not a readable feed ({type(parsed.bozo_exception).__name__})")
    posts = []
    for entry in parsed.entries:
        link = urljoin(feed_url, entry.get("link", "")) if entry.get("link") else ""
        title = entry.get("title", "")
        entry_id = entry.get("id") or link or hashlib.sha256(f"{title}\0{link}".encode()).hexdigest()[:32]
        html = entry["content"][0].get("value", "") if entry.get("content") else entry.get("summary", "")
        text = html_to_text(html)
        images = [Image(urljoin(link or feed_url, src), alt) for src, alt in image_alts(html)]
        for enclosure in entry.get("enclosures", []):
            href = enclosure.get("href")
            if href and str(enclosure.get("type", "")).startswith("image/") and all(i.url != href for i in images):
                images.append(Image(href))
        published = _time(entry, "published")
        updated = _time(entry, "updated")
        created = published or updated or fetched_at
        posts.append(Post(
            platform_id=entry_id,
            kind="post",
            url=link or feed_url,
            text=f"{title}\n{text}".strip(),
            created_at=created,
            edited_at=updated if published and updated and updated > published else None,
            images=tuple(images),
        ))
    return posts


def known_this_run(connector: Connector, post: Post) -> tuple[list[Post] | None, bool]:
    """What this run's ``fetch`` already read, so that ``refetch`` in the same run costs no request.

    (posts of a 200 read, False); (None, True) when the read was a 304 and ``post`` was in the
    previous read unchanged (its hash is in the cursor); (None, False) when a new read is needed.
    """
    posts, seen = getattr(connector, "_this_run", (None, None))
    if posts is not None:
        return list(posts), False
    vouched = seen is not None and seen.get(post.platform_id, "").split("|")[0] == post.content_hash[:16]
    return None, vouched


def refetch_listed(connector: Connector, post: Post, read: Callable[[], list[Post] | None], listing_url: str,
                   probe_url: str | None) -> Post | None:
    """``refetch`` for a source read whole (a feed, a page): this run's read, else a new one; a post
    missing from it is gone only when its own link answers 404 or 410 (feeds and pages slide)."""
    posts, vouched = known_this_run(connector, post)
    if vouched:
        return post  # this run's 304 vouches for it: unchanged since the read that stored it
    if posts is None:
        posts = read()
    for candidate in posts or []:
        if candidate.platform_id == post.platform_id:
            return candidate
    if probe_url and post.url != listing_url:
        try:
            connector.http.get(probe_url, timeout=connector.settings.timeout)
        except NotFound:
            return None
    return post


class RssConnector(Connector):
    """RSS or Atom feed: entries' titles, text and images, with conditional GET (no token)."""

    platform = "rss"
    needs_token = False

    @property
    def feed_url(self) -> str:
        return redirect(self.profile.account.strip(), self.settings.base_url)

    def _read(self, state: CursorState) -> tuple[list[Post] | None, requests.Response]:
        response = conditional_get(self.http, self.feed_url, state, self.settings.timeout)
        if response.status_code == 304:
            return None, response
        return parse_feed(response.content, dict(response.headers), self.feed_url, datetime.now(UTC)), response

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        posts, response = self._read(state)
        self._this_run = (posts, state.seen)
        if posts is None:  # 304 Not Modified: nothing changed, cursor stays
            self.new_cursor = cursor
            return
        for post in posts:
            want, _ = state.wants(post, use_mark=False)
            if want:
                yield post
        self.new_cursor = state.dump(**validators(response))

    def refetch(self, post: Post) -> Post | None:
        probe = redirect(post.url, self.settings.base_url) if post.url else None
        return refetch_listed(self, post, lambda: self._read(CursorState(None))[0], self.feed_url, probe)
