"""Mastodon account: its public statuses and the replies to them (no token needed).

``account`` is ``@name@instance``; the instance is the API root unless ``base_url`` replaces it.
``/api/v1/accounts/lookup`` resolves the account id once (kept in the cursor); statuses come from
``/api/v1/accounts/{id}/statuses?exclude_reblogs=true`` newest first, paged backwards through the
``Link: rel="next"`` header (``max_id``). Replies are the ``descendants`` of ``/statuses/{id}/context``.
HTML content becomes visible text (the ``invisible`` URL spans dropped); media descriptions are alt texts.

Cursor: JSON with ``account_id``, ``mark`` (newest ``created_at``) and ``seen`` (content hash +
``replies_count`` per recent status): one request when nothing changed, and an edit (``edited_at``)
or new replies on a recent status are still noticed. Status ids are strings and never cast to int.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from connectors.base import Connector, Image, NotFound, ParseError, Post
from connectors.html import html_to_text
from connectors.util import CursorState, need, opt, page_size, parse_time


class MastodonConnector(Connector):
    """Mastodon account: public statuses and their replies (no token needed)."""

    platform = "mastodon"
    needs_token = False

    @property
    def _acct(self) -> tuple[str, str]:
        name, _, instance = self.profile.account.strip().lstrip("@").partition("@")
        return name, instance

    @property
    def base_url(self) -> str:
        if self.settings.base_url:
            return self.settings.base_url.rstrip("/")
        name, instance = self._acct
        if not instance:
            raise NotFound(f"mastodon account {self.profile.account!r} names no instance (use @name@instance)")
        return f"https://{instance}"

    def _get(self, path_or_url: str, params: dict[str, Any] | None = None) -> tuple[Any, Any]:
        self.http.add_secret(self.token)
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        url = path_or_url if path_or_url.startswith("http") else f"{self.base_url}{path_or_url}"
        return self.http.get_json_response(url, params=params, headers=headers, timeout=self.settings.timeout)

    def _account_id(self, state: CursorState) -> str:
        acct = self.profile.account.strip().lower()
        if state.extra.get("acct") == acct and isinstance(state.extra.get("account_id"), str):
            return str(state.extra["account_id"])
        body, _ = self._get("/api/v1/accounts/lookup", {"acct": self._acct[0]})
        return need(body, "id", str, "mastodon account lookup")

    def _status(self, item: Any, parent_id: str | None = None) -> Post:
        where = "mastodon status"
        status_id = need(item, "id", str, where)
        spoiler = opt(item, "spoiler_text", str, "")
        body = html_to_text(opt(item, "content", str, ""))
        images = []
        for media in opt(item, "media_attachments", list, []):
            kind = opt(media, "type", str, "")
            url = opt(media, "url", str, "") if kind in ("image", "gifv") else opt(media, "preview_url", str, "")
            if url:
                images.append(Image(url, opt(media, "description", str, "") or None))
        edited = item.get("edited_at")
        return Post(
            platform_id=status_id,
            kind="comment" if parent_id else "post",
            url=opt(item, "url", str, "") or opt(item, "uri", str, ""),
            text=f"{spoiler}\n{body}".strip() if spoiler else body,
            created_at=parse_time(item.get("created_at"), where),
            edited_at=parse_time(edited, where) if isinstance(edited, str) else None,
            parent_platform_id=parent_id,
            images=tuple(images),
        )

    def _replies(self, post: Post) -> Iterator[Post]:
        body, _ = self._get(f"/api/v1/statuses/{post.platform_id}/context")
        for item in need(body, "descendants", list, "mastodon context"):
            yield self._status(item, parent_id=post.platform_id)

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        account_id = self._account_id(state)
        url = f"/api/v1/accounts/{account_id}/statuses"
        params: dict[str, Any] | None = {"limit": page_size(self.settings.page_size, 40, 40),
                                         "exclude_reblogs": "true"}
        for _ in range(self.settings.max_pages or 20):
            body, response = self._get(url, params)
            if not isinstance(body, list):
                raise ParseError("mastodon statuses: expected a list")
            created = []
            for item in body:
                if isinstance(item, dict) and item.get("reblog"):
                    continue  # a boost of someone else's status
                post = self._status(item)
                created.append(post.created_at)
                want_post, want_replies = state.wants(post, opt(item, "replies_count", int, 0))
                if want_post:
                    yield post
                if want_replies and opt(item, "replies_count", int, 1) > 0:
                    yield from self._replies(post)
            next_url = response.links.get("next", {}).get("url")
            if not body or not next_url or state.reached_mark(created):
                break
            url, params = next_url, None  # the Link URL carries max_id and the other parameters
        self.new_cursor = state.dump(account_id=account_id, acct=self.profile.account.strip().lower())

    def refetch(self, post: Post) -> Post | None:
        try:
            body, _ = self._get(f"/api/v1/statuses/{post.platform_id}")
        except NotFound:
            return None  # 404 {"error": "Record not found"}
        return self._status(body, parent_id=post.parent_platform_id if post.kind == "comment" else None)
