"""Helpers for the connector tests: fixtures on disk, a connector wired to a sleep-recording client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import responses

from connectors import REGISTRY
from connectors.base import Connector, Post
from connectors.http import HttpClient
from monitor.config import ConnectorSettings, Profile

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(platform: str, name: str) -> Any:
    return json.loads((FIXTURES / platform / name).read_text(encoding="utf-8"))


def fixture_text(platform: str, name: str) -> str:
    return (FIXTURES / platform / name).read_text(encoding="utf-8")


class Kit:
    """A connector for one invented profile plus the sleeps its HTTP client was asked for."""

    def __init__(self, platform: str, account: str, *, token: str | None = None, token_env: str | None = None,
                 selectors: dict[str, str] | None = None, **settings: Any) -> None:
        self.sleeps: list[float] = []
        self.http = HttpClient(sleep=self.sleeps.append, max_retries=2, backoff=0.01)
        self.profile = Profile(id="klub-test", name="Testklubben", platform=platform, account=account,  # type: ignore[arg-type]
                               owner="Kim Testesen <kim@example.org>", token_env=token_env,
                               selectors=selectors or {})
        self.connector: Connector = REGISTRY[platform](profile=self.profile, settings=ConnectorSettings(**settings),
                                                       http=self.http, token=token)

    def fetch(self, cursor: str | None = None) -> list[Post]:
        return list(self.connector.fetch(cursor))


def mock() -> Iterator[responses.RequestsMock]:
    """A RequestsMock that fails the test when a registered call was never made."""
    with responses.RequestsMock(assert_all_requests_are_fired=True) as rsps:
        yield rsps
