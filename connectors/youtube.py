"""YouTube channel: uploaded videos (title, description, thumbnail) and their comment threads.

``account`` is a handle (``@klubvest``) or a channel id (``UC…``); the token is a Data API key.
``channels.list`` finds the uploads playlist once (kept in the cursor), then ``playlistItems.list``
pages newest first with ``pageToken``; private and deleted videos are skipped. Comments come from one
channel-wide scan, ``commentThreads.list?allThreadsRelatedToChannelId=…&order=time``, newest thread first,
down to the last thread read before: new comments on old videos are read too, at one unit per 100
threads instead of one call per video. A thread's first five replies come with it; a reply added later
to an old thread is not listed again by this order (the API has no "recently updated" order).

Cursor: JSON with ``uploads`` and ``channel`` (the playlist and channel ids, for ``account``),
``mark`` (newest video publish time), ``seen`` (content hash per recent video, so an edited title or
description is noticed), ``comments_mark`` (newest thread read) and ``comments_at_mark`` (the ids of
the threads of that second). Quota: every call costs one unit of
the daily 10,000; ``quotaExceeded`` is RateLimited until PT midnight.
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


def _cursor_time(value: Any) -> datetime | None:
    """A time kept in the cursor; anything unreadable means "read from the newest again"."""
    try:
        return parse_time(value, "cursor") if isinstance(value, str) else None
    except ParseError:
        return None


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
    comments_mark: datetime | None = None
    at_mark: set[str]

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

    def _channel(self, state: CursorState) -> tuple[str, str]:
        """(channel id, uploads playlist id): from the cursor when it was written for this account."""
        account = self.profile.account.strip()
        known = (state.extra.get("channel"), state.extra.get("uploads"))
        if state.extra.get("account") == account and all(isinstance(v, str) for v in known):
            return str(known[0]), str(known[1])
        selector = {"id": account} if account.startswith("UC") else {"forHandle": "@" + account.lstrip("@")}
        body = self._get("channels", {"part": "contentDetails", **selector})
        items = opt(body, "items", list, [])  # absent or empty when nothing matches
        if not items:
            raise NotFound(f"YouTube channel {account} not found")
        channel_id = need(items[0], "id", str, "YouTube channel")
        details = need(items[0], "contentDetails", dict, "YouTube channel")
        uploads = need(need(details, "relatedPlaylists", dict, "YouTube channel"), "uploads", str, "YouTube channel")
        return channel_id, uploads

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

    def _comment(self, comment: Any, video_id: str | None, channel_id: str = "") -> Post:
        comment_id = need(comment, "id", str, "YouTube comment")
        snippet = need(comment, "snippet", dict, "YouTube comment")
        created = parse_time(snippet.get("publishedAt"), "YouTube comment")
        updated = parse_time(snippet["updatedAt"], "YouTube comment") if snippet.get("updatedAt") else None
        # A comment on the channel itself (no video) links to the channel's discussion page.
        url = (f"https://www.youtube.com/watch?v={video_id}&lc={comment_id}" if video_id
               else f"https://www.youtube.com/channel/{channel_id}/community?lc={comment_id}")
        return Post(
            platform_id=comment_id,
            kind="comment",
            url=url,
            text=opt(snippet, "textOriginal", str, "") or opt(snippet, "textDisplay", str, ""),
            created_at=created,
            edited_at=updated if updated and updated > created else None,
            parent_platform_id=video_id or None,
        )

    def _channel_comments(self, channel_id: str, mark: datetime | None, at_mark: set[str]) -> Iterator[Post]:
        """Comment threads on the channel and all its videos, newest first, down to ``mark``. Threads of
        the mark's own second are told apart by id (``at_mark``), so two in one second are never lost.
        Leaves the newest thread time and the thread ids of that second in ``comments_mark``/``at_mark``."""
        params: dict[str, Any] = {"part": "snippet,replies", "allThreadsRelatedToChannelId": channel_id,
                                  "order": "time", "maxResults": 100, "textFormat": "plainText"}
        self.comments_mark, self.at_mark = mark, set(at_mark)
        for _ in range(self.settings.max_pages or 10):
            try:
                body = self._get("commentThreads", params)
            except PermissionDenied:
                return  # commentsDisabled on the whole channel: nothing to read
            reached = False
            for thread in opt(body, "items", list, []):
                snippet = need(thread, "snippet", dict, "YouTube comment thread")
                video_id = opt(snippet, "videoId", str, "") or None
                top = self._comment(need(snippet, "topLevelComment", dict, "YouTube comment thread"), video_id,
                                    channel_id)
                if mark is not None and (top.created_at < mark or (top.created_at == mark
                                                                   and top.platform_id in at_mark)):
                    reached = reached or top.created_at < mark
                    continue
                if self.comments_mark is None or top.created_at > self.comments_mark:
                    self.comments_mark, self.at_mark = top.created_at, set()
                if top.created_at == self.comments_mark:
                    self.at_mark.add(top.platform_id)
                yield top
                for reply in opt(opt(thread, "replies", dict, {}), "comments", list, []):
                    yield self._comment(reply, video_id, channel_id)
            token = opt(body, "nextPageToken", str, "")
            if reached or not token:
                return
            params = {**params, "pageToken": token}

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        state = CursorState(cursor)
        channel_id, uploads = self._channel(state)
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
                if state.wants(post)[0]:
                    yield post
            token = opt(body, "nextPageToken", str, "")
            if not token or state.reached_mark(created):
                break
            params = {**params, "pageToken": token}
        at_mark = state.extra.get("comments_at_mark")
        yield from self._channel_comments(channel_id, _cursor_time(state.extra.get("comments_mark")),
                                          {i for i in at_mark if isinstance(i, str)} if isinstance(at_mark, list)
                                          else set())
        extra: dict[str, Any] = {"account": self.profile.account.strip(), "uploads": uploads, "channel": channel_id}
        if self.comments_mark is not None:
            extra["comments_mark"] = self.comments_mark.isoformat()
            extra["comments_at_mark"] = sorted(self.at_mark)
        self.new_cursor = state.dump(**extra)

    def refetch(self, post: Post) -> Post | None:
        if post.kind == "comment":
            body = self._get("comments", {"part": "snippet", "id": post.platform_id, "textFormat": "plainText"})
            items = opt(body, "items", list, [])
            return self._comment(items[0], post.parent_platform_id) if items else None
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
