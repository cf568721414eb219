"""Facebook Page: the Page's own published posts and their comments, read with the Graph API.

``account`` is the Page id; the token (a Page or system-user access token) comes from ``token_env``.
Reads ``/{page-id}/published_posts`` newest first with nested ``comments`` (``summary`` gives the
count), following ``paging.next`` as an opaque URL (cursor or ``__paging_token`` form).

Cursor: JSON with ``mark`` (newest ``created_time`` seen) and ``seen`` (per recent post: content hash
and comment count). Paging stops at the first page that reaches the mark; a recent post is yielded
again only when it was edited or got comments. Graph cursors themselves are never stored (they die
with their item). Commenter names and ids are never requested.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import requests

from connectors.base import (
    AuthError,
    Connector,
    ConnectorError,
    Image,
    NotFound,
    ParseError,
    PermissionDenied,
    Post,
    RateLimited,
    TransientError,
)
from connectors.http import ErrorMapper
from connectors.util import CursorState, need, opt, page_size, parse_time

RATE_CODES = frozenset({4, 17, 32, 341, 613, 80001, 80002})
POST_FIELDS = (
    "id,message,created_time,updated_time,permalink_url,full_picture,"
    "attachments{media_type,type,title,description,url,media,target,subattachments},"
    "comments.limit(50).summary(true){id,message,created_time,permalink_url}"
)
COMMENT_FIELDS = "id,message,created_time,permalink_url"


def graph_error_mapper(platform: str, token_env: str | None) -> ErrorMapper:
    """Read the Graph API error envelope; Graph signals by ``error.code``, not by HTTP status."""

    def mapper(response: requests.Response) -> ConnectorError | None:
        try:
            error = response.json().get("error")
        except (ValueError, AttributeError):
            return None
        if not isinstance(error, dict):
            return None
        code, sub = error.get("code"), error.get("error_subcode")
        status = response.status_code
        label = f"{platform} error {code}" + (f"/{sub}" if sub else "")
        if code in (190, 102):
            where = f"the variable {token_env}" if token_env else "the profile's token_env variable"
            why = {463: "expired", 460: "invalidated by a password change", 458: "revoked (app removed)"}.get(
                sub if isinstance(sub, int) else -1, "expired or invalid")
            return AuthError(f"{platform} access token {why} ({label}): the page owner must renew the token "
                             f"and put the new one in {where}", status=status)
        if code in RATE_CODES:
            return RateLimited(f"{platform} rate limit reached ({label}); wait and try later", status=status)
        if code in (1, 2):
            return TransientError(f"{platform} service error ({label})", status=status)
        if code == 10 or (isinstance(code, int) and 200 <= code <= 299) or code == 368:
            return PermissionDenied(f"{platform} permission missing ({label})", status=status)
        if (code == 100 and sub == 33) or code == 803:
            return NotFound(f"{platform} object does not exist or cannot be loaded ({label})", status=status)
        if code == 100 and "permission" in str(error.get("message", "")).lower():
            return PermissionDenied(f"{platform} permission or feature missing ({label})", status=status)
        return None

    return mapper


def _attachment_images(attachments: Any) -> list[Image]:
    images: list[Image] = []
    for att in opt(attachments, "data", list, []):
        if not isinstance(att, dict):
            continue
        subs = opt(opt(att, "subattachments", dict, {}), "data", list, [])
        for item in subs or [att]:
            src = opt(opt(opt(item, "media", dict, {}), "image", dict, {}), "src", str, "")
            if src:
                alt = opt(item, "description", str, "") or None
                images.append(Image(src, alt))
    return images


class FacebookConnector(Connector):
    """Facebook Page: published posts and their comments (Graph API, Page access token)."""

    platform = "facebook"
    needs_token = True
    default_base_url = "https://graph.facebook.com/v25.0"

    def _mapper(self) -> ErrorMapper:
        return graph_error_mapper(self.platform, self.profile.token_env)

    def _get(self, url: str, params: dict[str, Any] | None = None) -> Any:
        if params is not None and self.token:
            params = {**params, "access_token": self.token}
        self.http.add_secret(self.token)
        return self.http.get_json(url, params=params, timeout=self.settings.timeout, error_mapper=self._mapper())

    def _post(self, item: Any) -> Post:
        where = f"{self.platform} post"
        post_id = need(item, "id", str, where)
        images = _attachment_images(item.get("attachments"))
        picture = opt(item, "full_picture", str, "")
        if picture and not images:
            images = [Image(picture)]
        created = parse_time(item.get("created_time"), where)
        updated = parse_time(item["updated_time"], where) if isinstance(item.get("updated_time"), str) else None
        return Post(
            platform_id=post_id,
            kind="post",
            url=opt(item, "permalink_url", str, "") or f"https://www.facebook.com/{post_id}",
            text=opt(item, "message", str, "") or opt(item, "story", str, ""),
            created_at=created,
            edited_at=updated if updated and updated > created else None,
            images=tuple(images),
        )

    def _comment(self, item: Any, parent: Post) -> Post:
        where = f"{self.platform} comment"
        message = opt(item, "message", str, "")
        created_raw = item.get("created_time") if isinstance(item, dict) else None
        # Apps with Page Public Content Access get no comment ids: derive a stable one.
        comment_id = opt(item, "id", str, "") or (
            f"{parent.platform_id}:c:" + hashlib.sha256(f"{created_raw}\0{message}".encode()).hexdigest()[:16])
        return Post(
            platform_id=comment_id,
            kind="comment",
            url=opt(item, "permalink_url", str, "") or parent.url,
            text=message,
            created_at=parse_time(created_raw, where),
            parent_platform_id=parent.platform_id,
        )

    def _comments(self, comments: Any, parent: Post) -> Iterator[Post]:
        pages = 0
        while isinstance(comments, dict):
            for item in opt(comments, "data", list, []):
                yield self._comment(item, parent)
            next_url = opt(opt(comments, "paging", dict, {}), "next", str, "")
            pages += 1
            if not next_url or pages >= (self.settings.max_pages or 10):
                return
            comments = self._get(next_url)

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        params = {"fields": POST_FIELDS, "limit": page_size(self.settings.page_size, 25, 100)}
        body = self._get(f"{self.base_url}/{self.profile.account}/published_posts", params)
        pages = 0
        while True:
            data = need(body, "data", list, f"{self.platform} posts page")
            created = []
            for item in data:
                post = self._post(item)
                created.append(post.created_at)
                comments = item.get("comments")
                count = opt(opt(comments, "summary", dict, {}), "total_count", int, -1)
                if count < 0:
                    count = len(opt(comments, "data", list, []))
                want_post, want_comments = state.wants(post, count)
                if want_post:
                    yield post
                if want_comments:
                    yield from self._comments(comments, post)
            pages += 1
            # Stop at the end of the feed (no paging.next; short or empty pages are not the end).
            next_url = opt(opt(body, "paging", dict, {}), "next", str, "")
            if not next_url or state.reached_mark(created) or pages >= (self.settings.max_pages or 20):
                break
            body = self._get(next_url)
        self.new_cursor = state.dump()

    def refetch(self, post: Post) -> Post | None:
        fields = COMMENT_FIELDS if post.kind == "comment" else POST_FIELDS
        try:
            item = self._get(f"{self.base_url}/{post.platform_id}", {"fields": fields})
        except NotFound:
            # Graph answers 100/33 both for "deleted" and "no permission": prove the token works first.
            self._get(f"{self.base_url}/me", {"fields": "id"})
            return None
        if not isinstance(item, dict):
            raise ParseError(f"{self.platform} single object: expected an object")
        if post.kind == "comment":
            parent = Post(post.parent_platform_id or "", "post", post.url, "", post.created_at)
            return self._comment(item, parent)
        return self._post(item)
