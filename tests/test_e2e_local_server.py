"""End to end: ``monitor fetch`` against a real local HTTP server serving an RSS feed and a Mastodon API.

A standard-library ThreadingHTTPServer on 127.0.0.1 (port 0) plays the platforms; the configuration
points the feed URL and ``[connectors.mastodon] base_url`` at it. Flags are asserted in the database.
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from PIL import Image

from monitor.cli import main
from monitor.db import connect
from monitor.store import Store

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Testklubben</title><link>{root}/</link><description>Nyheder</description>
<item><title>Tillykke til holdet</title><link>{root}/news/1</link><guid>news-1</guid>
<pubDate>Mon, 02 Mar 2026 09:15:04 +0000</pubDate>
<description>Vinderen Kim har CPR 010203-1234, skriv gerne.</description></item>
<item><title>Sommerlejr</title><link>{root}/news/2</link><guid>news-2</guid>
<pubDate>Fri, 20 Feb 2026 08:00:00 +0000</pubDate><description>Tilmelding er åben.</description></item>
</channel></rss>"""


def gps_jpeg() -> bytes:
    image = Image.new("RGB", (8, 8), "white")
    exif = image.getexif()
    exif[0x8825] = {1: "N", 2: (56.0, 27.0, 36.0), 3: "E", 4: (10.0, 2.0, 24.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


class Platform:
    """What the fake platforms currently hold, and every request they saw."""

    def __init__(self) -> None:
        self.root = ""
        self.reply_deleted = False
        self.paths: list[str] = []
        self.image = gps_jpeg()

    def status(self, status_id: str, content: str, replies: int = 0, media: list[Any] | None = None) -> dict[str, Any]:
        return {"id": status_id, "created_at": "2026-03-02T09:15:04.901Z", "edited_at": None, "spoiler_text": "",
                "url": f"{self.root}/@klubtest/{status_id}", "replies_count": replies, "content": content,
                "reblog": None, "media_attachments": media or []}

    def route(self, path: str, headers: Any) -> tuple[int, dict[str, str], bytes]:
        self.paths.append(path)
        base = path.split("?")[0]
        if base == "/feed.xml":
            if headers.get("If-None-Match") == '"feed-v1"':
                return 304, {}, b""
            return 200, {"Content-Type": "application/rss+xml", "ETag": '"feed-v1"'}, \
                FEED.format(root=self.root).encode()
        if base == "/img/photo.jpg":
            return 200, {"Content-Type": "image/jpeg"}, self.image
        if base == "/api/v1/accounts/lookup":
            return self.json({"id": "109876", "username": "klubtest", "acct": "klubtest"})
        if base == "/api/v1/accounts/109876/statuses":
            media = [{"id": "1", "type": "image", "url": f"{self.root}/img/photo.jpg", "description": "Holdet"}]
            return self.json([self.status("200", "<p>Flot sæson!</p>", replies=0 if self.reply_deleted else 1,
                                          media=media)])
        if base == "/api/v1/statuses/200/context":
            reply = self.status("201", "<p>Ring til træneren på 20 30 40 50</p>")
            return self.json({"ancestors": [], "descendants": [] if self.reply_deleted else [reply]})
        if base == "/api/v1/statuses/201":
            if self.reply_deleted:
                return self.json({"error": "Record not found"}, 404)
            return self.json(self.status("201", "<p>Ring til træneren på 20 30 40 50</p>"))
        if base == "/api/v1/statuses/200":
            return self.json(self.status("200", "<p>Flot sæson!</p>"))
        return self.json({"error": "Record not found"}, 404)

    @staticmethod
    def json(body: Any, status: int = 200) -> tuple[int, dict[str, str], bytes]:
        return status, {"Content-Type": "application/json"}, json.dumps(body).encode()


@pytest.fixture
def platform() -> Iterator[Platform]:
    state = Platform()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            status, headers, body = state.route(self.path, self.headers)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.root = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


def write_config(tmp_path: Path, root: str) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(f"""
[database]
url = "sqlite:///{tmp_path / 'monitor.db'}"

[delivery]
outbox_dir = "{tmp_path / 'outbox'}"

[connectors.mastodon]
base_url = "{root}"

[[profiles]]
id = "klub-nyheder"
name = "Klubbens nyheder"
platform = "rss"
account = "{root}/feed.xml"
owner = "Kim Testesen <kim@example.org>"

[[profiles]]
id = "klub-mastodon"
name = "Klubben på Mastodon"
platform = "mastodon"
account = "@klubtest@mastodon.example"
owner = "Kim Testesen <kim@example.org>"
""", encoding="utf-8")
    return path


def flags(tmp_path: Path, status: str = "all") -> list[dict[str, Any]]:
    engine = connect(f"sqlite:///{tmp_path / 'monitor.db'}")
    try:
        return [f.as_json() for f in Store(engine).list_flags(status)]
    finally:
        engine.dispose()


def test_monitor_fetch_against_local_server(tmp_path: Path, platform: Platform) -> None:
    config = write_config(tmp_path, platform.root)
    runner = CliRunner()
    result = runner.invoke(main, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    found = {(f["profile"], f["kind"], f["category"]) for f in flags(tmp_path)}
    assert ("klub-nyheder", "post", "personal.cpr") in found
    assert ("klub-mastodon", "comment", "personal.phone") in found
    assert any(profile == "klub-mastodon" and category == "media.location" for profile, _, category in found)
    excerpts = " ".join(f["excerpt"] or "" for f in flags(tmp_path))
    assert "010203-1234" not in excerpts and "20 30 40 50" not in excerpts  # masked
    # The CPR number is critical: the owner is alerted right after the fetch, once, masked.
    alerts = sorted((tmp_path / "outbox").glob("*.eml"))
    assert len(alerts) == 1
    alert = alerts[0].read_bytes()
    assert b"kim@example.org" in alert and b"010203-1234" not in alert

    # Second run, nothing new: the feed answers 304, the account one page; the flagged posts are re-read.
    platform.paths.clear()
    result = runner.invoke(main, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert platform.paths.count("/feed.xml") == 1
    assert sum(p.startswith("/api/v1/accounts/109876/statuses") for p in platform.paths) == 1
    assert "/api/v1/accounts/lookup" not in platform.paths  # the account id came from the cursor
    assert len(flags(tmp_path)) == len(found)  # nothing duplicated
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1  # no second alert

    # The reply is deleted: its flag is resolved as removed on the next run.
    platform.reply_deleted = True
    result = runner.invoke(main, ["fetch", "--config", str(config)])
    assert result.exit_code == 0, result.output
    phone = [f for f in flags(tmp_path) if f["category"] == "personal.phone"]
    assert phone and phone[0]["status"] == "resolved" and phone[0]["resolution"] == "removed"
