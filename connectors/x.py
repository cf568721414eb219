"""X (Twitter): the account's own posts through API v2 (app-only bearer token).

``account`` is the handle (``@klubvest``). The handle is resolved once with
``/2/users/by/username/{handle}`` and the user id kept in the cursor; posts come from
``/2/users/{id}/tweets`` with ``exclude=retweets`` (reposts of other accounts are not the profile's
content), paged with ``pagination_token`` = ``meta.next_token``.

Cursor: JSON with ``newest_id`` (sent as ``since_id``: only newer posts come back) plus the resolved
``user_id``/``handle``. Edits: every edit is a new post id whose ``edit_history_tweet_ids[0]`` is the
original, so ``platform_id`` is that first id and an edit updates the stored post. X offers no
public replies listing here, so no comments are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import requests

from connectors.base import AuthError, Connector, ConnectorError, Image, NotFound, ParseError, Post, RateLimited
from connectors.http import ErrorMapper
from connectors.util import CursorState, need, opt, page_size, parse_time

TWEET_PARAMS = {
    "tweet.fields": "created_at,edit_history_tweet_ids,attachments,entities,note_tweet",
    "expansions": "attachments.media_keys",
    "media.fields": "media_key,type,url,preview_image_url,alt_text",
}


def _id_key(value: str) -> tuple[int, str]:
    return len(value), value  # snowflake ids as strings: compare by length, then lexically


class XConnector(Connector):
    """X (Twitter): the account's own posts, edits followed (API v2, app bearer token)."""

    platform = "x"
    needs_token = True
    default_base_url = "https://api.x.com"

    @property
    def handle(self) -> str:
        return self.profile.account.strip().lstrip("@")

    def _mapper(self) -> ErrorMapper:
        token_env = self.profile.token_env or "the profile's token_env variable"

        def mapper(response: requests.Response) -> ConnectorError | None:
            try:
                body = response.json()
            except ValueError:
                body = {}
            body = body if isinstance(body, dict) else {}
            kind = f"{body.get('title', '')} {body.get('type', '')}"
            if response.status_code == 429 and ("UsageCapExceeded" in kind or "usage-capped" in kind):
                return RateLimited("X monthly usage cap reached: reading resumes when the billing period resets",
                                   status=429)
            if response.status_code == 401:
                return AuthError(f"X bearer token rejected (401): the owner must issue a new token and put it in "
                                 f"{token_env}", status=401)
            if response.status_code == 404 or "resource-not-found" in kind:
                return NotFound("X object not found", status=response.status_code)
            return None

        return mapper

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        self.http.add_secret(self.token)
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        body = self.http.get_json(f"{self.base_url}{path}", params=params, headers=headers,
                                  timeout=self.settings.timeout, error_mapper=self._mapper())
        if not isinstance(body, dict):
            raise ParseError(f"X answer to {path.split('/')[2]}: expected an object")
        return body

    def _user_id(self, state: CursorState) -> str:
        if state.extra.get("handle") == self.handle.lower() and isinstance(state.extra.get("user_id"), str):
            return str(state.extra["user_id"])
        body = self._get(f"/2/users/by/username/{self.handle}")
        if "data" not in body and body.get("errors"):
            raise NotFound(f"X account @{self.handle} does not exist (or is suspended)")
        return need(need(body, "data", dict, "X user lookup"), "id", str, "X user lookup")

    def _post(self, item: Any, media: dict[str, Any]) -> Post:
        where = "X post"
        latest = need(item, "id", str, where)
        history = [h for h in opt(item, "edit_history_tweet_ids", list, []) if isinstance(h, str)] or [latest]
        text = opt(opt(item, "note_tweet", dict, {}), "text", str, "") or opt(item, "text", str, "")
        images = []
        for key in opt(opt(item, "attachments", dict, {}), "media_keys", list, []):
            m = media.get(key)
            url = opt(m, "url", str, "") or opt(m, "preview_image_url", str, "")
            if url:
                images.append(Image(url, opt(m, "alt_text", str, "") or None))
        created = parse_time(item.get("created_at"), where)
        return Post(
            platform_id=history[0],
            kind="post",
            url=f"https://x.com/{self.handle}/status/{latest}",
            text=text,
            created_at=created,
            edited_at=created if len(history) > 1 else None,  # the latest version's creation is the edit
            images=tuple(images),
        )

    @staticmethod
    def _media_map(body: dict[str, Any]) -> dict[str, Any]:
        return {m["media_key"]: m for m in opt(opt(body, "includes", dict, {}), "media", list, [])
                if isinstance(m, dict) and isinstance(m.get("media_key"), str)}

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        user_id = self._user_id(state)
        newest = opt(state.extra, "newest_id", str, "")
        params: dict[str, Any] = {**TWEET_PARAMS, "exclude": "retweets",
                                  "max_results": max(5, page_size(self.settings.page_size, 100, 100))}
        if newest:
            params["since_id"] = newest
        pages = 0
        while True:
            body = self._get(f"/2/users/{user_id}/tweets", params)
            meta = opt(body, "meta", dict, {})
            media = self._media_map(body)
            for item in opt(body, "data", list, []):  # an empty timeline has no "data"
                yield self._post(item, media)
            page_newest = opt(meta, "newest_id", str, "")
            if page_newest and (not newest or _id_key(page_newest) > _id_key(newest)):
                newest = page_newest
            pages += 1
            token = opt(meta, "next_token", str, "")
            if not token or pages >= (self.settings.max_pages or 20):
                break
            params = {**params, "pagination_token": token}
        self.new_cursor = state.dump(user_id=user_id, handle=self.handle.lower(), newest_id=newest or None)

    def refetch(self, post: Post) -> Post | None:
        latest = post.url.rstrip("/").rsplit("/", 1)[-1] if "/status/" in post.url else post.platform_id
        for _ in range(2):  # a second read when the post was edited again since
            try:
                body = self._get(f"/2/tweets/{latest}", dict(TWEET_PARAMS))
            except NotFound:
                return None
            item = body.get("data")
            if not isinstance(item, dict):
                if body.get("errors"):
                    return None  # 200 with a resource-not-found partial error: the post is deleted
                raise ParseError("X single post: no data and no errors")
            history = opt(item, "edit_history_tweet_ids", list, [])
            if history and history[-1] != item.get("id") and isinstance(history[-1], str):
                latest = history[-1]
                continue
            return self._post(item, self._media_map(body))
        return self._post(item, self._media_map(body))
