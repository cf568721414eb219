"""The Connector interface, the records connectors return, and their typed errors.

A connector reads one registered profile on one platform. ``fetch(cursor)`` yields the profile's
posts and comments lazily, page by page, newest or oldest first as the platform pages; after the
iteration is exhausted, ``new_cursor`` holds what the pipeline stores once everything yielded has
been committed. A crash mid-way therefore re-reads from the old cursor, and the store's upsert by
platform id makes the second read duplicate nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Literal

if TYPE_CHECKING:
    from connectors.http import HttpClient
    from monitor.config import ConnectorSettings, Profile

PostKind = Literal["post", "comment"]


@dataclass(frozen=True)
class Image:
    url: str
    alt_text: str | None = None


@dataclass(frozen=True)
class Post:
    """One post or comment as a connector read it: only what checks and reports need.

    No avatars, follower lists or commenter ids are kept (privacy by design).
    """

    platform_id: str
    kind: PostKind
    url: str
    text: str
    created_at: datetime  # timezone-aware, UTC
    edited_at: datetime | None = None
    parent_platform_id: str | None = None  # the post a comment belongs to
    images: tuple[Image, ...] = ()

    @property
    def checked_text(self) -> str:
        """The text the checks read: the body plus every image's alt text or caption."""
        alts = [img.alt_text for img in self.images if img.alt_text]
        return "\n".join([self.text, *alts]) if alts else self.text

    @property
    def content_hash(self) -> str:
        """Changes when anything the checks read changes (text, alt texts, image set)."""
        digest = hashlib.sha256()
        digest.update(self.checked_text.encode("utf-8", "surrogatepass"))
        for img in self.images:
            digest.update(b"\0" + img.url.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


class ConnectorError(Exception):
    """A failure reading a platform; ``kind`` is a short stable word stored with the fetch run."""

    kind: ClassVar[str] = "error"

    def __init__(self, message: str, *, status: int | None = None, body: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.body = body

    def __str__(self) -> str:
        return f"{self.status}: {self.message}" if self.status else self.message


class AuthError(ConnectorError):
    """The token is missing, expired or revoked: its owner must renew it."""

    kind = "auth"


class PermissionDenied(ConnectorError):
    kind = "permission"


class NotFound(ConnectorError):
    kind = "not_found"


class RateLimited(ConnectorError):
    kind = "rate_limited"

    def __init__(self, message: str, *, retry_at: datetime | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_at = retry_at


class TransientError(ConnectorError):
    """A timeout, a dropped connection or a 5xx that outlasted the retries."""

    kind = "transient"


class ParseError(ConnectorError):
    """The platform answered, but not in the shape its API documents."""

    kind = "malformed"


@dataclass
class Connector:
    """Base class: one subclass per platform, registered under ``platform``.

    The first line of a subclass's docstring is its help text.
    """

    platform: ClassVar[str]
    needs_token: ClassVar[bool] = False  # True: refused without the variable ``profile.token_env`` names
    default_base_url: ClassVar[str] = ""  # the platform's API root; ``[connectors.<p>] base_url`` replaces it

    profile: Profile
    settings: ConnectorSettings
    http: HttpClient
    token: str | None = None
    new_cursor: str | None = field(default=None, init=False)

    @property
    def base_url(self) -> str:
        """The API root without a trailing slash: the configured one, else the platform's."""
        return (self.settings.base_url or self.default_base_url).rstrip("/")

    def fetch(self, cursor: str | None) -> Iterator[Post]:
        """Yield posts and comments new or changed since ``cursor``; set ``new_cursor`` at the end."""
        raise NotImplementedError

    def refetch(self, post: Post) -> Post | None:
        """Read one known post again (a single-object request); None when it has been removed."""
        raise NotImplementedError
