"""YouTube channel: uploaded videos (title, description, thumbnail) and their comment threads.

``account`` is a handle (``@klubvest``) or a channel id (``UC…``); the token is a Data API key.
``channels.list`` finds the uploads playlist once (kept in the cursor), then ``playlistItems.list``
pages newest first with ``pageToken``; private and deleted videos are skipped. Comment threads
(``commentThreads.list``) are read for new videos; a video with comments disabled has none.

Cursor: JSON with ``uploads`` (the playlist id, for ``account``), ``mark`` (newest publish time) and
``seen`` (content hash per recent video, so an edited title or description is noticed). Quota:
every call costs one unit of the daily 10,000; ``quotaExceeded`` is RateLimited until PT midnight.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

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
)
from connectors.http import ErrorMapper
from connectors.util import CursorState, need, opt, page_size, parse_time

HIDDEN_TITLES = frozenset({"Private video", "Deleted video"})


def _next_pacific_midnight() -> datetime:
    now = datetime.now(ZoneInfo("America/Los_Angeles"))
    return (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)


def _best_thumbnail(thumbnails: Any) -> str:
    for size in ("maxres", "standard", "high", "medium", "default"):
        url = opt(opt(thumbnails, size, dict, {}), "url", str, "")
        if url:
            return url
    return ""


class YoutubeConnector(Connector):
    """YouTube channel: uploaded videos and their comment threads (Data API v3 key)."""

    platform = "youtube"
    needs_token = True
    default_base_url = "https://www.googleapis.com/youtube/v3"

    def _mapper(self) -> ErrorMapper:
        token_env = self.profile.token_env or "the profile's token_env variable"

        def mapper(response: requests.Response) -> ConnectorError | None:
            try:
                error = response.json().get("error")
            except (ValueError, AttributeError):
                return None
            if not isinstance(error, dict):
                return None
            # Branch on every reason given: errors[].reason and the newer details[].reason.
            given = opt(error, "errors", list, []) + opt(error, "details", list, [])
            reasons = [opt(e, "reason", str, "") for e in given]
            generic = ("badRequest", "forbidden")
            reason = next((r for r in reasons if r and r not in generic), reasons[0] if reasons else "")
            status = response.status_code
            if reason in ("API_KEY_INVALID", "API_KEY_EXPIRED"):
                reason = "keyInvalid"
            if reason in ("quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded"):
                return RateLimited(f"YouTube quota exhausted ({reason}); it resets at midnight Pacific Time",
                                   retry_at=_next_pacific_midnight(), status=status)
            if reason in ("keyInvalid", "keyExpired") or status == 401:
                return AuthError(f"YouTube API key rejected ({reason or status}): the owner must create a new key "
                                 f"and put it in {token_env}", status=status)
            if status == 404 or reason.endswith("NotFound"):
                return NotFound(f"YouTube object not found ({reason or status})", status=status)
            if status == 403:
                return PermissionDenied(f"YouTube refused the request ({reason or 'forbidden'})", status=status)
            return None

        return mapper

    def _get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        self.http.add_secret(self.token)
        if self.token:
            params = {**params, "key": self.token}
        body = self.http.get_json(f"{self.base_url}/{path}", params=params, timeout=self.settings.timeout,
                                  error_mapper=self._mapper())
        if not isinstance(body, dict):
            raise ParseError(f"YouTube {path}: expected an object")
        return body

    def _uploads(self, state: CursorState) -> str:
        account = self.profile.account.strip()
        if state.extra.get("account") == account and isinstance(state.extra.get("uploads"), str):
            return str(state.extra["uploads"])
        selector = {"id": account} if account.startswith("UC") else {"forHandle": "@" + account.lstrip("@")}
        body = self._get("channels", {"part": "contentDetails", **selector})
        items = opt(body, "items", list, [])  # absent or empty when nothing matches
        if not items:
            raise NotFound(f"YouTube channel {account} not found")
        details = need(items[0], "contentDetails", dict, "YouTube channel")
        return need(need(details, "relatedPlaylists", dict, "YouTube channel"), "uploads", str, "YouTube channel")

    def _video(self, video_id: str, snippet: Any, published: Any) -> Post:
        where = "YouTube video"
        title = opt(snippet, "title", str, "")
        description = opt(snippet, "description", str, "")
        thumb = _best_thumbnail(opt(snippet, "thumbnails", dict, {}))
        return Post(
            platform_id=video_id,
            kind="post",
            url=f"https://www.youtube.com/watch?v={video_id}",
            text=f"{title}\n{description}".strip(),
            created_at=parse_time(published or opt(snippet, "publishedAt", str, ""), where),
            images=(Image(thumb, title or None),) if thumb else (),
        )

    def _comment(self, comment: Any, video_id: str) -> Post:
        comment_id = need(comment, "id", str, "YouTube comment")
        snippet = need(comment, "snippet", dict, "YouTube comment")
        created = parse_time(snippet.get("publishedAt"), "YouTube comment")
        updated = parse_time(snippet["updatedAt"], "YouTube comment") if snippet.get("updatedAt") else None
        return Post(
            platform_id=comment_id,
            kind="comment",
            url=f"https://www.youtube.com/watch?v={video_id}&lc={comment_id}",
            text=opt(snippet, "textOriginal", str, "") or opt(snippet, "textDisplay", str, ""),
            created_at=created,
            edited_at=updated if updated and updated > created else None,
            parent_platform_id=video_id,
        )

    def _comments(self, video_id: str) -> Iterator[Post]:
        params: dict[str, Any] = {"part": "snippet,replies", "videoId": video_id, "maxResults": 100,
                                  "textFormat": "plainText"}
        for _ in range(self.settings.max_pages or 10):
            try:
                body = self._get("commentThreads", params)
            except PermissionDenied:
                return  # commentsDisabled: nothing to read
            for thread in opt(body, "items", list, []):
                snippet = need(thread, "snippet", dict, "YouTube comment thread")
                yield self._comment(need(snippet, "topLevelComment", dict, "YouTube comment thread"), video_id)
                for reply in opt(opt(thread, "replies", dict, {}), "comments", list, []):
                    yield self._comment(reply, video_id)
            token = opt(body, "nextPageToken", str, "")
            if not token:
                return
            params = {**params, "pageToken": token}

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        uploads = self._uploads(state)
        params: dict[str, Any] = {"part": "snippet,contentDetails,status", "playlistId": uploads,
                                  "maxResults": page_size(self.settings.page_size, 50, 50)}
        for _ in range(self.settings.max_pages or 20):
            body = self._get("playlistItems", params)
            created = []
            for item in opt(body, "items", list, []):
                snippet = need(item, "snippet", dict, "YouTube playlist item")
                details = opt(item, "contentDetails", dict, {})
                privacy = opt(opt(item, "status", dict, {}), "privacyStatus", str, "public")
                if opt(snippet, "title", str, "") in HIDDEN_TITLES or privacy == "private":
                    continue
                video_id = opt(details, "videoId", str, "") or need(
                    need(snippet, "resourceId", dict, "YouTube playlist item"), "videoId", str, "YouTube item")
                post = self._video(video_id, snippet, details.get("videoPublishedAt"))
                created.append(post.created_at)
                want_post, want_comments = state.wants(post)
                if want_post:
                    yield post
                if want_comments:
                    yield from self._comments(video_id)
            token = opt(body, "nextPageToken", str, "")
            if not token or state.reached_mark(created):
                break
            params = {**params, "pageToken": token}
        self.new_cursor = state.dump(account=self.profile.account.strip(), uploads=uploads)

    def refetch(self, post: Post) -> Post | None:
        if post.kind == "comment":
            body = self._get("comments", {"part": "snippet", "id": post.platform_id, "textFormat": "plainText"})
            items = opt(body, "items", list, [])
            return self._comment(items[0], post.parent_platform_id or "") if items else None
        try:
            body = self._get("videos", {"part": "snippet,status", "id": post.platform_id})
        except NotFound:
            return None
        items = opt(body, "items", list, [])
        if not items:
            return None  # videos.list answers no item for a deleted video
        snippet = need(items[0], "snippet", dict, "YouTube video")
        if opt(opt(items[0], "status", dict, {}), "privacyStatus", str, "public") == "private":
            return None  # made private: gone from public view
        return self._video(post.platform_id, snippet, snippet.get("publishedAt"))
