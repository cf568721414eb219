"""What the Facebook and Instagram connectors share: the Graph API's error envelope, the token as a
query parameter, and the newest-first feed with nested comments that ``paging.next`` walks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import requests

from connectors.base import (
    AuthError,
    Connector,
    ConnectorError,
    NotFound,
    PermissionDenied,
    Post,
    RateLimited,
    TransientError,
)
from connectors.http import ErrorMapper
from connectors.util import CursorState, need, opt, page_size

RATE_CODES = frozenset({4, 17, 32, 341, 613, 80001, 80002})


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


class GraphConnector(Connector):
    """Base of the Graph API connectors (not registered itself)."""

    needs_token: ClassVar[bool] = True
    default_base_url: ClassVar[str] = "https://graph.facebook.com/v25.0"
    feed_edge: ClassVar[str]  # "published_posts" or "media"
    feed_fields: ClassVar[str]

    def _get(self, url: str, params: dict[str, Any] | None = None) -> Any:
        if params is not None and self.token:
            params = {**params, "access_token": self.token}
        self.http.add_secret(self.token)
        return self.http.get_json(url, params=params, timeout=self.settings.timeout,
                                  error_mapper=graph_error_mapper(self.platform, self.profile.token_env))

    def _item_post(self, item: Any) -> Post:
        raise NotImplementedError

    def _comment_count(self, item: Any) -> int:
        raise NotImplementedError

    def _comments(self, comments: Any, parent: Post) -> Iterator[Post]:
        raise NotImplementedError

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        params = {"fields": self.feed_fields, "limit": page_size(self.settings.page_size, 25, 100)}
        body = self._get(f"{self.base_url}/{self.profile.account}/{self.feed_edge}", params)
        pages = 0
        while True:
            created = []
            for item in need(body, "data", list, f"{self.platform} {self.feed_edge} page"):
                post = self._item_post(item)
                created.append(post.created_at)
                want_post, want_comments = state.wants(post, self._comment_count(item))
                if want_post:
                    yield post
                if want_comments:
                    yield from self._comments(item.get("comments"), post)
            pages += 1
            # Stop at the end of the feed (no paging.next; short or empty pages are not the end).
            next_url = opt(opt(body, "paging", dict, {}), "next", str, "")
            if not next_url or state.reached_mark(created) or pages >= (self.settings.max_pages or 20):
                break
            body = self._get(next_url)
        self.new_cursor = state.dump()
