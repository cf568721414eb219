"""Bluesky account: its posts and the replies in their threads, from the public AppView (no token).

``account`` is the handle (``klubvest.bsky.social``) or a DID. ``app.bsky.feed.getAuthorFeed`` with
``filter=posts_and_author_threads`` pages with ``cursor``; items with a ``reason`` (reposts of other
accounts, pins) are skipped. Replies come from ``app.bsky.feed.getPostThread``. The web URL is built
from the AT URI: ``at://{did}/app.bsky.feed.post/{rkey}`` -> ``https://bsky.app/profile/{did}/post/{rkey}``.

Cursor: JSON with ``mark`` (newest post time) and ``seen`` (content hash + ``replyCount`` per recent
post). The feed's own ``cursor`` is only used within one run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import requests

from connectors.base import AuthError, Connector, ConnectorError, Image, NotFound, PermissionDenied, Post
from connectors.util import CursorState, need, opt, page_size, parse_time

NOT_FOUND_ERRORS = frozenset({"NotFound", "AccountDeactivated", "AccountTakedown"})
BLOCKED_ERRORS = frozenset({"BlockedActor", "BlockedByActor"})


def web_url(uri: str) -> str:
    """``at://did/app.bsky.feed.post/rkey`` as the bsky.app link (the DID form never breaks)."""
    rest = uri.removeprefix("at://")
    did, _, tail = rest.partition("/")
    return f"https://bsky.app/profile/{did}/post/{tail.rsplit('/', 1)[-1]}"


def _xrpc_mapper(response: requests.Response) -> ConnectorError | None:
    try:
        body = response.json()
    except ValueError:
        return None
    name = opt(body, "error", str, "")
    message = opt(body, "message", str, "")
    if name in NOT_FOUND_ERRORS or (name == "InvalidRequest" and "not found" in message.lower()):
        return NotFound(f"bluesky: {name}", status=response.status_code)
    if name in BLOCKED_ERRORS:
        return PermissionDenied(f"bluesky: {name}", status=response.status_code)
    if name in ("ExpiredToken", "InvalidToken", "AuthenticationRequired") or response.status_code == 401:
        return AuthError(f"bluesky: {name or 'not authorised'}: the AppView asks for authentication; "
                         "check base_url points at a public AppView", status=response.status_code)
    return None


def _images(embed: Any) -> list[Image]:
    kind = opt(embed, "$type", str, "")
    if kind.startswith("app.bsky.embed.recordWithMedia"):
        return _images(embed.get("media"))
    if kind.startswith("app.bsky.embed.images") or kind.startswith("app.bsky.embed.gallery"):
        found = []
        for img in opt(embed, "images", list, []):
            url = opt(img, "fullsize", str, "") or opt(img, "thumb", str, "")
            if url:
                found.append(Image(url, opt(img, "alt", str, "") or None))
        return found
    if kind.startswith("app.bsky.embed.video"):
        thumb = opt(embed, "thumbnail", str, "")
        return [Image(thumb, opt(embed, "alt", str, "") or None)] if thumb else []
    return []


class BlueskyConnector(Connector):
    """Bluesky account: posts and thread replies from the public AppView (no token needed)."""

    platform = "bluesky"
    needs_token = False
    default_base_url = "https://public.api.bsky.app"

    def _get(self, method: str, params: dict[str, Any]) -> Any:
        return self.http.get_json(f"{self.base_url}/xrpc/{method}", params=params, timeout=self.settings.timeout,
                                  error_mapper=_xrpc_mapper)

    def _post(self, view: Any, parent_uri: str | None = None) -> Post:
        where = "bluesky post"
        uri = need(view, "uri", str, where)
        record = need(view, "record", dict, where)
        created = record.get("createdAt") or view.get("indexedAt")
        return Post(
            platform_id=uri,
            kind="comment" if parent_uri else "post",
            url=web_url(uri),
            text=opt(record, "text", str, ""),
            created_at=parse_time(created, where),
            parent_platform_id=parent_uri,
            images=tuple(_images(view.get("embed"))),
        )

    def _replies(self, root: Post) -> Iterator[Post]:
        try:
            body = self._get("app.bsky.feed.getPostThread", {"uri": root.platform_id, "depth": 10})
        except NotFound:
            return
        stack = list(opt(need(body, "thread", dict, "bluesky thread"), "replies", list, []))
        while stack:
            node = stack.pop(0)
            if not isinstance(node, dict) or "post" not in node:
                continue  # #notFoundPost / #blockedPost
            yield self._post(node["post"], parent_uri=root.platform_id)
            stack.extend(opt(node, "replies", list, []))

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        params: dict[str, Any] = {"actor": self.profile.account.strip().lstrip("@"),
                                  "limit": page_size(self.settings.page_size, 50, 100),
                                  "filter": "posts_and_author_threads"}
        for _ in range(self.settings.max_pages or 20):
            body = self._get("app.bsky.feed.getAuthorFeed", params)
            feed = need(body, "feed", list, "bluesky author feed")
            created = []
            for item in feed:
                if not isinstance(item, dict) or item.get("reason"):
                    continue  # a repost of someone else's post (or a pin, seen in its place anyway)
                view = need(item, "post", dict, "bluesky feed item")
                post = self._post(view)
                created.append(post.created_at)
                want_post, want_replies = state.wants(post, opt(view, "replyCount", int, 0))
                if want_post:
                    yield post
                if want_replies and opt(view, "replyCount", int, 1) > 0:
                    yield from self._replies(post)
            next_cursor = opt(body, "cursor", str, "")
            if not feed or not next_cursor or state.reached_mark(created):
                break
            params = {**params, "cursor": next_cursor}
        self.new_cursor = state.dump()

    def refetch(self, post: Post) -> Post | None:
        body = self._get("app.bsky.feed.getPosts", {"uris": post.platform_id})
        posts = need(body, "posts", list, "bluesky getPosts")
        if not posts:
            return None  # a deleted post is simply absent from the result
        return self._post(posts[0], parent_uri=post.parent_platform_id if post.kind == "comment" else None)
