"""The HTTP choke point: retries, rate-limit headers, typed errors, secrets kept out of messages."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
import requests
import responses

from connectors.base import AuthError, NotFound, ParseError, PermissionDenied, RateLimited, TransientError
from connectors.http import DEFAULT_USER_AGENT, HttpClient, parse_reset, redact_url
from tests.connector_kit import mock

URL = "https://api.example.test/items"
NOW = 1_772_000_000.0


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def client(sleeps: list[float], **kwargs: object) -> HttpClient:
    return HttpClient(sleep=sleeps.append, clock=lambda: NOW, backoff=1.0, **kwargs)  # type: ignore[arg-type]


def test_user_agent_names_product_version_and_contact(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, json={}, match=[responses.matchers.header_matcher({"User-Agent": DEFAULT_USER_AGENT})])
    HttpClient().get_json(URL)
    assert DEFAULT_USER_AGENT.startswith("rus-monitor/") and "(+" in DEFAULT_USER_AGENT


def test_retry_after_seconds_is_slept_then_success(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, status=429, headers={"Retry-After": "7"})
    rsps.get(URL, json={"ok": True})
    sleeps: list[float] = []
    http = client(sleeps)
    assert http.get_json(URL) == {"ok": True}
    assert sleeps == [7.0]
    assert http.requests_made == 2


def test_retry_after_http_date(rsps: responses.RequestsMock) -> None:
    when = format_datetime(datetime.fromtimestamp(NOW + 12, tz=UTC), usegmt=True)
    rsps.get(URL, status=429, headers={"Retry-After": when})
    rsps.get(URL, json=[])
    sleeps: list[float] = []
    client(sleeps).get_json(URL)
    assert sleeps == [pytest.approx(12.0)]


def test_x_rate_limit_reset_epoch(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, status=429, headers={"x-rate-limit-reset": str(int(NOW) + 30), "x-rate-limit-remaining": "0"})
    rsps.get(URL, json=[])
    sleeps: list[float] = []
    client(sleeps).get_json(URL)
    assert sleeps == [30.0]


def test_mastodon_iso_reset() -> None:
    iso = datetime.fromtimestamp(NOW + 45, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    assert parse_reset({"X-RateLimit-Reset": iso}, NOW) == pytest.approx(45.0)


def test_long_retry_after_raises_rate_limited_with_retry_at(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, status=429, headers={"Retry-After": "900"})
    sleeps: list[float] = []
    with pytest.raises(RateLimited) as info:
        client(sleeps, max_wait=60).get_json(URL)
    assert sleeps == []
    assert info.value.retry_at == datetime.fromtimestamp(NOW + 900, tz=UTC)


def test_429_retries_are_bounded(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, status=429, headers={"Retry-After": "1"})
    sleeps: list[float] = []
    with pytest.raises(RateLimited):
        client(sleeps, max_retries=2).get_json(URL)
    assert sleeps == [1.0, 1.0]
    assert len(rsps.calls) == 3


def test_5xx_backs_off_exponentially_and_gives_up(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, status=503)
    sleeps: list[float] = []
    with pytest.raises(TransientError) as info:
        client(sleeps, max_retries=3).get_json(URL)
    assert len(rsps.calls) == 4
    assert len(sleeps) == 3
    # jitter keeps each delay within [half, full] of 1, 2, 4 seconds
    for delay, full in zip(sleeps, (1.0, 2.0, 4.0), strict=True):
        assert full / 2 <= delay <= full
    assert info.value.status == 503


def test_5xx_then_success(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, status=502)
    rsps.get(URL, json={"fine": 1})
    assert client([]).get_json(URL) == {"fine": 1}


def test_timeout_becomes_transient_error_chained(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, body=requests.Timeout("read timed out"))
    rsps.get(URL, body=requests.Timeout("read timed out"))
    sleeps: list[float] = []
    with pytest.raises(TransientError, match="timed out") as info:
        client(sleeps, max_retries=1).get_json(URL)
    assert isinstance(info.value.__cause__, requests.Timeout)
    assert len(sleeps) == 1


def test_connection_error_becomes_transient(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, body=requests.ConnectionError("refused"))
    with pytest.raises(TransientError, match="connection failed"):
        client([], max_retries=0).get_json(URL)


@pytest.mark.parametrize(("status", "error"), [(401, AuthError), (403, PermissionDenied), (404, NotFound),
                                               (410, NotFound)])
def test_status_maps_to_typed_error(rsps: responses.RequestsMock, status: int, error: type[Exception]) -> None:
    rsps.get(URL, status=status, json={"error": "nope"})
    with pytest.raises(error):
        client([]).get_json(URL)


def test_invalid_json_is_parse_error_without_body(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, body="<html>Kim Testesen 010203-1234</html>", content_type="text/html")
    with pytest.raises(ParseError) as info:
        client([]).get_json(URL)
    assert "010203" not in str(info.value) and "Kim" not in str(info.value)


def test_token_never_in_error_text(rsps: responses.RequestsMock) -> None:
    secret = "EAAB-VERY-SECRET-42"
    rsps.get(URL, status=500, body=f"upstream echoed access_token={secret}")
    http = client([], max_retries=0)
    http.add_secret(secret)
    with pytest.raises(TransientError) as info:
        http.get_json(URL, params={"access_token": secret, "fields": "id"})
    assert secret not in str(info.value)
    assert secret not in (info.value.body or "")
    rsps.get(f"{URL}/2?access_token={secret}&limit=2", status=404)
    with pytest.raises(NotFound) as info2:
        http.get_json(f"{URL}/2?access_token={secret}&limit=2")
    assert secret not in str(info2.value) and "access_token=***" in str(info2.value)


def test_redact_url_masks_secret_parameters() -> None:
    assert redact_url("https://h/p?key=AIza123&part=snippet") == "https://h/p?key=***&part=snippet"


def test_size_cap_refuses_large_bodies(rsps: responses.RequestsMock) -> None:
    rsps.get(URL, body=b"x" * 2048)
    with pytest.raises(ParseError, match="cap"):
        client([]).get(URL, max_bytes=1024)


def test_per_host_limit_bounds_concurrency() -> None:
    """Eight threads against one host never have more than two requests in flight."""
    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def slow(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.05)
        with lock:
            in_flight -= 1
        return 200, {}, "{}"

    http = HttpClient(per_host_limit=2)
    with responses.RequestsMock() as rsps:
        rsps.add_callback(responses.GET, URL, callback=slow)
        threads = [threading.Thread(target=http.get_json, args=(URL,)) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert peak == 2
    assert http.requests_made == 8
