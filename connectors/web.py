"""Web page: news items picked from a page with the profile's CSS selectors (no token).

``account`` is the page URL; ``selectors`` in the profile name ``item`` (required: one element per
news item) and optionally ``title``, ``text``, ``link``, ``date`` and ``image``, each relative to the
item. ``robots.txt`` is honoured: fetched through the HTTP choke point once a day per host, parsed with
``urllib.robotparser`` (200: its rules; 401/403: nothing allowed; other 4xx: everything allowed;
5xx or unreachable: nothing allowed, as RFC 9309 says). ``base_url`` replaces scheme and host.

Cursor: JSON with ``etag``/``modified`` for a conditional GET and ``seen`` (content hash per item id:
the item's link, else a hash of its title) as for feeds. An item missing from the page is not
deleted; ``refetch`` checks the item's link for 404/410.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from bs4 import BeautifulSoup, Tag

from connectors.base import (
    AuthError,
    Connector,
    ConnectorError,
    Image,
    ParseError,
    PermissionDenied,
    Post,
    TransientError,
)
from connectors.html import html_to_text
from connectors.http import HttpClient
from connectors.rss import conditional_get, redirect, refetch_listed, validators
from connectors.util import CursorState, parse_time

ROBOTS_TTL = 24 * 3600.0
PRODUCT_TOKEN = "rus-monitor"
_robots_cache: dict[str, tuple[float, RobotFileParser | bool]] = {}
_robots_lock = threading.Lock()


def clear_robots_cache() -> None:
    with _robots_lock:
        _robots_cache.clear()


def robots_allows(http: HttpClient, url: str, timeout: float | None = None) -> bool:
    """Whether robots.txt of ``url``'s host lets our user agent fetch ``url`` (cached 24 h per host)."""
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}"
    with _robots_lock:
        cached = _robots_cache.get(origin)
    if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
        rules: RobotFileParser | bool
        try:
            response = http.get(f"{origin}/robots.txt", timeout=timeout)
        except (AuthError, PermissionDenied):
            rules = False
        except TransientError:
            rules = False
        except ConnectorError as e:  # NotFound and the other 4xx: no rules, everything allowed
            rules = not (e.status is None or e.status >= 500)
        else:
            parser = RobotFileParser()
            parser.parse(response.text.splitlines())
            rules = parser
        cached = (time.monotonic(), rules)
        with _robots_lock:
            _robots_cache[origin] = cached
    rules = cached[1]
    if isinstance(rules, bool):
        return rules
    return rules.can_fetch(PRODUCT_TOKEN, url)


def _date(element: Tag | None) -> datetime | None:
    if element is None:
        return None
    raw = element.get("datetime") or element.get("content") or element.get_text(strip=True)
    try:
        return parse_time(str(raw), "web date") if raw else None
    except ParseError:
        return None


class WebConnector(Connector):
    """Web page: news items chosen with CSS selectors, robots.txt honoured (no token)."""

    platform = "web"
    needs_token = False

    @property
    def page_url(self) -> str:
        return redirect(self.profile.account.strip(), self.settings.base_url)

    def _items(self, html: str, fetched_at: datetime) -> list[Post]:
        selectors = self.profile.selectors
        if "item" not in selectors:
            raise ParseError("web profile has no 'item' selector (set selectors = {item = \"...\"})")
        soup = BeautifulSoup(html, "html.parser")
        posts = []
        for item in soup.select(selectors["item"]):
            def pick(name: str, item: Tag = item) -> Tag | None:
                return item.select_one(selectors[name]) if name in selectors else None

            title_el, text_el, link_el = pick("title"), pick("text"), pick("link")
            title = title_el.get_text(" ", strip=True) if title_el else ""
            text = html_to_text(str(text_el if text_el is not None else item))
            if title and text.startswith(title):
                text = text[len(title):].strip()
            anchor = link_el if link_el is not None else item
            if not anchor.has_attr("href"):
                anchor = anchor.find("a", href=True) or anchor
            href = anchor.get("href")
            link = urljoin(self.page_url, str(href)) if href else ""
            image_els = item.select(selectors["image"]) if "image" in selectors else item.find_all("img")
            images = tuple(Image(urljoin(self.page_url, str(img.get("src"))), str(img.get("alt")) if img.get("alt")
                                 else None) for img in image_els if img.get("src"))
            item_id = link or "web:" + hashlib.sha256(f"{title}\0{text}".encode()).hexdigest()[:32]
            posts.append(Post(
                platform_id=item_id,
                kind="post",
                url=link or self.page_url,
                text=f"{title}\n{text}".strip(),
                created_at=_date(pick("date")) or fetched_at,
                images=images,
            ))
        return posts

    def _read(self, state: CursorState) -> tuple[list[Post] | None, dict[str, str | None]]:
        if not robots_allows(self.http, self.page_url, self.settings.timeout):
            raise PermissionDenied(f"robots.txt of {urlsplit(self.page_url).netloc} disallows reading the page")
        response = conditional_get(self.http, self.page_url, state, self.settings.timeout)
        if response.status_code == 304:
            return None, {}
        return self._items(response.text, datetime.now(UTC)), validators(response)

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        posts, headers = self._read(state)
        self._this_run = (posts, state.seen)
        if posts is None:
            self.new_cursor = cursor
            return
        for post in posts:
            if state.wants(post, use_mark=False)[0]:
                yield post
        self.new_cursor = state.dump(**headers)

    def refetch(self, post: Post) -> Post | None:
        return refetch_listed(self, post, lambda: self._read(CursorState(None))[0], self.page_url, post.url or None)
