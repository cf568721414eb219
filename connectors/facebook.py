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

from connectors.base import Image, NotFound, ParseError, Post
from connectors.graph import GraphConnector
from connectors.util import need, opt, parse_time

POST_FIELDS = (
    "id,message,created_time,updated_time,permalink_url,full_picture,"
    "attachments{media_type,type,title,description,url,media,target,subattachments},"
    "comments.limit(50).summary(true){id,message,created_time,permalink_url}"
)
COMMENT_FIELDS = "id,message,created_time,permalink_url"


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


class FacebookConnector(GraphConnector):
    """Facebook Page: published posts and their comments (Graph API, Page access token)."""

    platform = "facebook"
    feed_edge = "published_posts"
    feed_fields = POST_FIELDS

    def _item_post(self, item: Any) -> Post:
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

    def _comment_count(self, item: Any) -> int:
        comments = item.get("comments")
        count = opt(opt(comments, "summary", dict, {}), "total_count", int, -1)
        return count if count >= 0 else len(opt(comments, "data", list, []))

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
        return self._item_post(item)
