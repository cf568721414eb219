"""Instagram business or creator account: its media (captions, alt texts) and their comments.

``account`` is the Instagram business user id; the token (Facebook Login user token or Instagram
token) comes from ``token_env``. Reads ``/{ig-user-id}/media`` newest first with nested ``comments``
and ``children`` (carousel items), following ``paging.next``. Stories are not included by the API.

Cursor: JSON with ``mark`` (newest ``timestamp``) and ``seen`` (content hash + ``comments_count`` per
recent media), so a new comment or an edited caption on a recent post is read without extra calls.
Commenter usernames are never requested.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from connectors.base import Image, NotFound, ParseError, Post
from connectors.graph import GraphConnector
from connectors.util import need, opt, parse_time

MEDIA_FIELDS = (
    "id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,comments_count,alt_text,"
    "children{id,media_type,media_url,thumbnail_url,alt_text},comments.limit(50){id,text,timestamp}"
)
COMMENT_FIELDS = "id,text,timestamp"


def _still(item: Any) -> Image | None:
    """The still image of one media item: the image itself, or a video's thumbnail."""
    kind = opt(item, "media_type", str, "")
    url = opt(item, "thumbnail_url", str, "") if kind == "VIDEO" else opt(item, "media_url", str, "")
    return Image(url, opt(item, "alt_text", str, "") or None) if url else None


class InstagramConnector(GraphConnector):
    """Instagram business account: media captions, alt texts and comments (Graph API token)."""

    platform = "instagram"
    feed_edge = "media"
    feed_fields = MEDIA_FIELDS

    def _item_post(self, item: Any) -> Post:
        where = f"{self.platform} media"
        media_id = need(item, "id", str, where)
        children = opt(opt(item, "children", dict, {}), "data", list, [])
        stills = [_still(child) for child in children] if children else [_still(item)]
        return Post(
            platform_id=media_id,
            kind="post",
            url=opt(item, "permalink", str, "") or f"https://www.instagram.com/p/{opt(item, 'shortcode', str, '')}",
            text=opt(item, "caption", str, ""),
            created_at=parse_time(item.get("timestamp"), where),
            images=tuple(s for s in stills if s is not None),
        )

    def _comment(self, item: Any, parent_id: str, url: str) -> Post:
        return Post(
            platform_id=need(item, "id", str, f"{self.platform} comment"),
            kind="comment",
            url=url,  # Instagram comments have no permalink of their own
            text=opt(item, "text", str, ""),
            created_at=parse_time(item.get("timestamp"), f"{self.platform} comment"),
            parent_platform_id=parent_id,
        )

    def _comments(self, comments: Any, parent: Post) -> Iterator[Post]:
        pages = 0
        while isinstance(comments, dict):
            for item in opt(comments, "data", list, []):
                yield self._comment(item, parent.platform_id, parent.url)
            next_url = opt(opt(comments, "paging", dict, {}), "next", str, "")
            pages += 1
            if not next_url or pages >= (self.settings.max_pages or 10):
                return
            comments = self._get(next_url)

    def _comment_count(self, item: Any) -> int:
        return opt(item, "comments_count", int, len(opt(item.get("comments"), "data", list, [])))

    def refetch(self, post: Post) -> Post | None:
        fields = COMMENT_FIELDS if post.kind == "comment" else MEDIA_FIELDS
        try:
            item = self._get(f"{self.base_url}/{post.platform_id}", {"fields": fields})
        except NotFound:
            return None
        if not isinstance(item, dict):
            raise ParseError(f"{self.platform} single object: expected an object")
        if post.kind == "comment":
            return self._comment(item, post.parent_platform_id or "", post.url)
        return self._item_post(item)
