"""Mastodon account: its public statuses and the replies to them (no token needed).

``account`` is ``@name@instance``; the instance is the API root unless ``base_url`` replaces it.
``/api/v1/accounts/lookup`` resolves the account id once (kept in the cursor); statuses come from
``/api/v1/accounts/{id}/statuses?exclude_reblogs=true`` newest first, paged backwards through the
``Link: rel="next"`` header (``max_id``). Replies are the ``descendants`` of ``/statuses/{id}/context``.
HTML content becomes visible text (the ``invisible`` URL spans dropped); media descriptions are alt texts.

Cursor: JSON with ``account_id``, ``mark`` (newest ``created_at``) and ``seen`` (content hash +
``replies_count`` per recent status): one request when nothing changed, and an edit (``edited_at``)
or new replies on a recent status are still noticed. ``raw`` holds a digest of each recent status's
HTML and media, so that one seen before and unchanged is passed over without converting its HTML.
Status ids are strings and never cast to int.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from connectors.base import Connector, Image, NotFound, ParseError, Post
from connectors.html import html_to_text
from connectors.util import SEEN_KEEP, CursorState, need, opt, page_size, parse_time

# Cursor key: per recent status, a digest of its raw content (``_fingerprint``), so that a status seen
# before and not changed is passed over without converting its HTML. Bump the version whenever the
# conversion of statuses to text changes, so that every recent status is converted again once.
_FINGERPRINTS = "raw"
_FINGERPRINT_VERSION = b"1"


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

    @staticmethod
    def _images(item: Any) -> list[Image]:
        images = []
        for media in opt(item, "media_attachments", list, []):
            kind = opt(media, "type", str, "")
            url = opt(media, "url", str, "") if kind in ("image", "gifv") else opt(media, "preview_url", str, "")
            if url:
                images.append(Image(url, opt(media, "description", str, "") or None))
        return images

    def _status(self, item: Any, parent_id: str | None = None, images: list[Image] | None = None) -> Post:
        where = "mastodon status"
        status_id = need(item, "id", str, where)
        spoiler = opt(item, "spoiler_text", str, "")
        body = html_to_text(opt(item, "content", str, ""))
        edited = item.get("edited_at")
        return Post(
            platform_id=status_id,
            kind="comment" if parent_id else "post",
            url=opt(item, "url", str, "") or opt(item, "uri", str, ""),
            text=f"{spoiler}\n{body}".strip() if spoiler else body,
            created_at=parse_time(item.get("created_at"), where),
            edited_at=parse_time(edited, where) if isinstance(edited, str) else None,
            parent_platform_id=parent_id,
            images=tuple(self._images(item) if images is None else images),
        )

    @staticmethod
    def _fingerprint(item: Any, images: list[Image]) -> str:
        """A cheap digest of the raw fields the content hash is made from (the HTML before conversion)."""
        digest = hashlib.blake2b(_FINGERPRINT_VERSION, digest_size=8)
        for part in (opt(item, "spoiler_text", str, ""), opt(item, "content", str, "")):
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        for img in images:
            digest.update(f"\0{img.url}\1{img.alt_text or ''}".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _replies(self, status_id: str) -> Iterator[Post]:
        body, _ = self._get(f"/api/v1/statuses/{status_id}/context")
        for item in need(body, "descendants", list, "mastodon context"):
            yield self._status(item, parent_id=status_id)

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        account_id = self._account_id(state)
        raw = state.extra.get(_FINGERPRINTS)
        old_fingerprints: dict[str, Any] = raw if isinstance(raw, dict) else {}
        fingerprints: dict[str, str] = {}
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
                status_id = need(item, "id", str, "mastodon status")
                images = self._images(item)
                fingerprint = fingerprints[status_id] = self._fingerprint(item, images)
                known_hash = state.seen_hash(status_id)
                post: Post | None = None
                if known_hash is not None and old_fingerprints.get(status_id) == fingerprint:
                    # Seen before with the same raw content: its hash is known, no HTML to convert.
                    created_at = parse_time(item.get("created_at"), "mastodon status")
                    if isinstance(item.get("edited_at"), str):  # still refused when unreadable, as _status does
                        parse_time(item["edited_at"], "mastodon status")
                    want_post, want_replies = state.wants_hash(status_id, created_at, known_hash,
                                                               opt(item, "replies_count", int, 0))
                    if want_post:  # cannot happen (same hash); kept so that the rule lives in wants_hash
                        post = self._status(item, images=images)
                else:
                    post = self._status(item, images=images)
                    created_at = post.created_at
                    want_post, want_replies = state.wants(post, opt(item, "replies_count", int, 0))
                created.append(created_at)
                if want_post and post is not None:
                    yield post
                if want_replies and opt(item, "replies_count", int, 1) > 0:
                    yield from self._replies(status_id)
            next_url = response.links.get("next", {}).get("url")
            if not body or not next_url or state.reached_mark(created):
                break
            url, params = next_url, None  # the Link URL carries max_id and the other parameters
        for key, value in old_fingerprints.items():  # as CursorState.dump keeps older signatures
            if len(fingerprints) >= SEEN_KEEP:
                break
            if isinstance(value, str):
                fingerprints.setdefault(key, value)
        self.new_cursor = state.dump(account_id=account_id, acct=self.profile.account.strip().lower(),
                                     **{_FINGERPRINTS: fingerprints})

    def refetch(self, post: Post) -> Post | None:
        try:
            body, _ = self._get(f"/api/v1/statuses/{post.platform_id}")
        except NotFound:
            return None  # 404 {"error": "Record not found"}
        return self._status(body, parent_id=post.parent_platform_id if post.kind == "comment" else None)
