"""The ``demo`` source: a connector that reads bundled sample data instead of a platform.

``data.json`` holds, per profile, posts and comments by invented people. The demo fetches twice:
round 1 sees every post; round 2 sees what changed since (an edited post's new text), and a post
marked ``"removed"`` is gone, so the pipeline's re-read finds nothing and resolves its flags. A
profile marked ``token_expired`` fails the way an expired token does on a real platform.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from importlib.resources import files
from typing import Any, ClassVar

from connectors.base import AuthError, Connector, Post

DEMO_URL = "https://demo.invalid"


def load_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(files("monitor.demo").joinpath("data.json").read_text(encoding="utf-8"))
    return data


class DemoConnector(Connector):
    """Reads the bundled sample posts (no network, no credentials)."""

    platform: ClassVar[str] = "demo"
    data: ClassVar[dict[str, Any]] = {}
    round: ClassVar[int] = 1
    now: ClassVar[datetime] = datetime(2026, 1, 1, tzinfo=UTC)

    def _entries(self) -> list[dict[str, Any]]:
        profile = self.data.get("profiles", {}).get(self.profile.id, {})
        if profile.get("token_expired"):
            raise AuthError(
                "Error validating access token: Session has expired (the demo's expired token)", status=401
            )
        entries: list[dict[str, Any]] = profile.get("posts", [])
        return entries

    def _post(self, entry: dict[str, Any]) -> Post | None:
        text, edited_at = entry["text"], None
        change = entry.get("round2")
        if self.round >= 2 and change == "removed":
            return None
        if self.round >= 2 and isinstance(change, dict):
            text = change["text"]
            edited_at = self.now - timedelta(hours=float(change.get("edited_hours_ago", 0)))
        return Post(
            platform_id=entry["id"],
            kind=entry.get("kind", "post"),
            url=f"{DEMO_URL}/{self.profile.platform}/{self.profile.id}/{entry['id']}",
            text=text,
            created_at=self.now - timedelta(hours=float(entry.get("hours_ago", 1))),
            edited_at=edited_at,
            parent_platform_id=entry.get("parent"),
        )

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        """Round 1 yields everything; later rounds only what changed (like an incremental read)."""
        for entry in self._entries():
            post = self._post(entry)
            if post is None:
                continue
            if cursor is None or post.edited_at is not None:
                yield post
        self.new_cursor = f"demo-round-{self.round}"

    def refetch(self, post: Post) -> Post | None:
        for entry in self._entries():
            if entry["id"] == post.platform_id:
                return self._post(entry)
        return None


def demo_registry(platforms: list[str], data: dict[str, Any], round_: int, now: datetime) -> dict[str, type[Connector]]:
    """Every platform mapped to a DemoConnector that serves ``data`` as round ``round_`` would see it."""
    cls = type("DemoRound", (DemoConnector,), {"data": data, "round": round_, "now": now,
                                              "__doc__": DemoConnector.__doc__})
    return dict.fromkeys(platforms, cls)
