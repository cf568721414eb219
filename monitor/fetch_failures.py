"""How a profile's failure is worded for its owner: masked, one line, with what to do about it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from connectors.base import AuthError, ConnectorError, RateLimited
from monitor.checks.engine import Checker
from monitor.config import Profile

MAX_ERROR_CHARS = 500


class ProfileFailure(Exception):
    """A failure of one profile, already worded (and masked) for its owner."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind, self.message = kind, message


def mask_error(text: str, checker: Checker | None, secrets: Iterable[str | None] = ()) -> str:
    """An error message safe to store and show: tokens, token parameters and personal data masked."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    text = re.sub(r"(?i)((?:access_)?token|key|secret|password|signature)=[^&\s]+", r"\1=***", text)
    if checker is not None:
        for hit in sorted(checker.hits(text), key=lambda h: h.start, reverse=True):
            if hit.masker is not None:
                text = text[:hit.start] + hit.masker(text[hit.start:hit.end]) + text[hit.end:]
    text = " ".join(text.split())
    return text if len(text) <= MAX_ERROR_CHARS else text[:MAX_ERROR_CHARS - 1] + "…"


def describe(error: ConnectorError, profile: Profile) -> str:
    """The one line a person reads about a connector failure, with what to do where it is theirs."""
    if isinstance(error, AuthError):
        if profile.token_env:
            return (f"the token in {profile.token_env} has expired or was revoked: the profile owner must create "
                    f"a new one and update the variable ({error})")
        return f"the platform refused access: {error}"
    if isinstance(error, RateLimited) and error.retry_at is not None:
        return f"rate limited until {error.retry_at:%Y-%m-%d %H:%M} UTC: {error}"
    return str(error)


def read_token(profile: Profile, environ: Mapping[str, str], *, needs_token: bool = False) -> str | None:
    """The profile's token from the environment; a configured variable that is unset is a failure."""
    if not profile.token_env:
        if needs_token:
            raise ProfileFailure("token_missing", f"{profile.platform} needs a token: add token_env = \"VARIABLE\" "
                                 f"to profile {profile.id} and set that environment variable to its access token")
        return None
    token = environ.get(profile.token_env, "").strip()
    if not token:
        raise ProfileFailure("token_missing", f"the environment variable {profile.token_env} is not set: set it "
                             f"to the access token of profile {profile.id} ({profile.platform})")
    return token
