"""The one HTTP choke point: every connector request goes through ``HttpClient``.

It owns the ``requests.Session``, sends an honest User-Agent, always sets a timeout, limits how many
requests run at once against one host (the pipeline reads profiles in a thread pool), retries 429 and
5xx a bounded number of times, and turns every failure into a typed error from ``connectors.base``.
Error messages never carry tokens (secret query parameters and registered secrets are masked) nor
post text (response bodies are only kept for error answers, truncated and masked).
"""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from connectors.base import (
    AuthError,
    ConnectorError,
    NotFound,
    ParseError,
    PermissionDenied,
    RateLimited,
    TransientError,
)
from monitor import __version__

DEFAULT_CONTACT = "+https://www.randersungdomsskole.dk"
DEFAULT_USER_AGENT = f"rus-monitor/{__version__} ({DEFAULT_CONTACT})"
SECRET_PARAMS = frozenset({"access_token", "key", "api_key", "apikey", "token", "client_secret", "password"})
_BODY_KEEP = 500

# A platform-specific reading of an error answer; None means "use the generic status mapping".
ErrorMapper = Callable[[requests.Response], ConnectorError | None]


def redact_url(url: str) -> str:
    """The URL with the values of secret query parameters replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable url>"
    if not parts.query:
        return url
    query = [(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*,{}()@:/")))


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def parse_reset(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait before retrying, from whichever rate-limit header the platform sent.

    ``Retry-After`` (seconds or an HTTP date), X's ``x-rate-limit-reset`` (Unix epoch), Mastodon's
    ``X-RateLimit-Reset`` (ISO 8601) and the draft ``RateLimit-Reset`` (seconds, or epoch if large).
    Header names are matched case-insensitively.
    """
    headers = CaseInsensitiveDict(headers)
    value = headers.get("Retry-After")
    if value:
        value = value.strip()
        if value.isdigit():
            return float(value)
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return max(0.0, when.timestamp() - now)
    for name in ("x-rate-limit-reset", "X-RateLimit-Reset", "RateLimit-Reset"):
        value = headers.get(name)
        if not value:
            continue
        value = value.strip()
        if re.fullmatch(r"\d+(\.\d+)?", value):
            number = float(value)
            # Epoch seconds are ~1.7e9; a small number is a delta (the IETF draft's form).
            return max(0.0, number - now) if number > 1e8 else number
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, when.timestamp() - now)
    return None


class HttpClient:
    """A shared, thread-safe HTTP client for all connectors.

    Args:
        user_agent: sent on every request; the default names the product, its version and a contact.
        timeout: seconds for connect and read when a call does not give its own.
        max_retries: extra attempts after a 429, a 5xx or a connection failure.
        per_host_limit: requests in flight at once against one host.
        max_wait: longest ``Retry-After`` honoured by sleeping; a longer one raises RateLimited.
        backoff: first backoff in seconds for 5xx and connection errors (doubles, with jitter).
        sleep: injectable for tests.
    """

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 3,
        per_host_limit: int = 4,
        max_wait: float = 60.0,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        session: requests.Session | None = None,
    ) -> None:
        self.user_agent = user_agent or DEFAULT_USER_AGENT
        self.timeout = timeout
        self.max_retries = max_retries
        self.per_host_limit = per_host_limit
        self.max_wait = max_wait
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.sleep = sleep
        self.clock = clock
        self.session = session or requests.Session()
        adapter = HTTPAdapter(pool_connections=32, pool_maxsize=max(10, per_host_limit * 2))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.requests_made = 0
        self._lock = threading.Lock()
        self._host_limits: dict[str, threading.BoundedSemaphore] = {}
        self._secrets: set[str] = set()
        self._per_host_counts: dict[str, int] = {}

    # -- bookkeeping -------------------------------------------------------------------------

    def add_secret(self, secret: str | None) -> None:
        """Register a token so that it is masked wherever it might appear in an error message."""
        if secret and len(secret) >= 4:
            with self._lock:
                self._secrets.add(secret)

    def redact(self, text: str) -> str:
        """``text`` with every registered secret and secret URL parameter masked."""
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, "***")
        return re.sub(r"https?://\S+", lambda m: redact_url(m.group(0)), text)

    def requests_to(self, host: str) -> int:
        return self._per_host_counts.get(host.lower(), 0)

    def _limit_for(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            sem = self._host_limits.get(host)
            if sem is None:
                sem = self._host_limits[host] = threading.BoundedSemaphore(self.per_host_limit)
            return sem

    def _count(self, host: str) -> None:
        with self._lock:
            self.requests_made += 1
            self._per_host_counts[host] = self._per_host_counts.get(host, 0) + 1

    def _backoff_delay(self, attempt: int) -> float:
        delay = min(self.max_backoff, self.backoff * (2**attempt))
        return delay * (0.5 + random.random() / 2)  # jitter keeps parallel profiles from retrying in step

    # -- requests ----------------------------------------------------------------------------

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        ok_statuses: frozenset[int] = frozenset(),
        error_mapper: ErrorMapper | None = None,
        max_bytes: int | None = None,
    ) -> requests.Response:
        """Send one request with retries; return a 2xx (or ``ok_statuses``) response, else raise.

        With ``max_bytes`` the body is streamed and a larger one raises ParseError unread.
        """
        host = _host(url)
        all_headers = {"User-Agent": self.user_agent, **(headers or {})}
        attempt = 0
        while True:
            shown = self.redact(url)
            try:
                with self._limit_for(host):
                    self._count(host)
                    response = self.session.request(
                        method, url, params=params, headers=all_headers,
                        timeout=timeout or self.timeout, stream=max_bytes is not None,
                    )
                    if max_bytes is not None:
                        self._read_capped(response, max_bytes, shown)
            except requests.Timeout as e:
                error: ConnectorError = TransientError(f"timed out: {method} {shown}")
                cause: BaseException = e
            except requests.ConnectionError as e:
                error, cause = TransientError(f"connection failed: {method} {shown}"), e
            except requests.RequestException as e:
                raise TransientError(f"request failed ({type(e).__name__}): {method} {shown}") from e
            else:
                status = response.status_code
                if 200 <= status < 300 or status in ok_statuses:
                    return response
                mapped = error_mapper(response) if error_mapper else None
                if status == 429 or isinstance(mapped, RateLimited):
                    wait = parse_reset(response.headers, self.clock())
                    retry_at = datetime.fromtimestamp(self.clock() + (wait or 0), tz=UTC)
                    # A platform-specific limit (X's monthly cap, Facebook code 4) is not waited out.
                    if mapped is not None or attempt >= self.max_retries or (wait is not None and wait > self.max_wait):
                        rate_error = mapped if isinstance(mapped, RateLimited) else RateLimited(
                            f"rate limited by {host}; retry after {retry_at:%Y-%m-%d %H:%M:%S} UTC",
                            status=status, body=self._body(response))
                        if rate_error.retry_at is None and wait is not None:
                            rate_error.retry_at = retry_at
                        raise rate_error
                    self.sleep(wait if wait is not None else self._backoff_delay(attempt))
                    attempt += 1
                    continue
                if mapped is not None and not isinstance(mapped, TransientError):
                    raise mapped
                if status >= 500 or mapped is not None:
                    if attempt < self.max_retries:
                        self.sleep(self._backoff_delay(attempt))
                        attempt += 1
                        continue
                    if mapped is not None:
                        raise mapped
                    raise TransientError(f"{host} answered {status} after {attempt + 1} attempts: {method} {shown}",
                                         status=status, body=self._body(response))
                raise self._status_error(response, method, shown)
            if attempt >= self.max_retries:
                raise error from cause
            self.sleep(self._backoff_delay(attempt))
            attempt += 1

    def _read_capped(self, response: requests.Response, max_bytes: int, shown: str) -> None:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            response.close()
            raise ParseError(f"body of {declared} bytes exceeds the {max_bytes}-byte cap: {shown}")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                response.close()
                raise ParseError(f"body exceeds the {max_bytes}-byte cap: {shown}")
            chunks.append(chunk)
        response._content = b"".join(chunks)  # noqa: SLF001 - lets .content/.json() work after streaming

    def _body(self, response: requests.Response) -> str:
        return self.redact(response.text[:_BODY_KEEP])

    def _status_error(self, response: requests.Response, method: str, shown: str) -> ConnectorError:
        status = response.status_code
        detail = f"{method} {shown}"
        body = self._body(response)
        if status == 401:
            return AuthError(f"not authorised (the token is missing, expired or revoked): {detail}",
                             status=status, body=body)
        if status == 403:
            return PermissionDenied(f"permission denied: {detail}", status=status, body=body)
        if status in (404, 410):
            return NotFound(f"not found: {detail}", status=status, body=body)
        return ConnectorError(f"unexpected answer {status}: {detail}", status=status, body=body)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, **kwargs)

    def get_json(self, url: str, **kwargs: Any) -> Any:
        """GET and decode JSON; a body that is not JSON raises ParseError (never showing the body)."""
        return self.get_json_response(url, **kwargs)[0]

    def get_json_response(self, url: str, **kwargs: Any) -> tuple[Any, requests.Response]:
        """Like ``get_json`` but also returns the response, for its headers (``Link``, ``ETag``)."""
        response = self.request("GET", url, **kwargs)
        try:
            return response.json(), response
        except (ValueError, json.JSONDecodeError) as e:
            raise ParseError(f"answer is not JSON: GET {self.redact(response.url or url)}",
                             status=response.status_code) from e

    def close(self) -> None:
        self.session.close()
