"""Connectors: one module and one class per platform, registered here by platform name."""

from __future__ import annotations

import os

from connectors.base import AuthError, Connector
from connectors.bluesky import BlueskyConnector
from connectors.facebook import FacebookConnector
from connectors.http import HttpClient
from connectors.instagram import InstagramConnector
from connectors.mastodon import MastodonConnector
from connectors.rss import RssConnector
from connectors.web import WebConnector
from connectors.x import XConnector
from connectors.youtube import YoutubeConnector
from monitor.config import ConnectorSettings, Profile

REGISTRY: dict[str, type[Connector]] = {
    cls.platform: cls
    for cls in (FacebookConnector, InstagramConnector, XConnector, YoutubeConnector, MastodonConnector,
                BlueskyConnector, RssConnector, WebConnector)
}

_FROM_ENV = object()


def token_for(profile: Profile) -> str | None:
    """The profile's token from the environment variable its ``token_env`` names (None if unset)."""
    if not profile.token_env:
        return None
    return os.environ.get(profile.token_env) or None


def connector_for(profile: Profile, settings: ConnectorSettings, http: HttpClient,
                  token: str | None | object = _FROM_ENV) -> Connector:
    """The connector for ``profile``; the token is read from the environment unless given.

    Raises:
        AuthError: the platform needs a token and none is available (says which variable to set).
        KeyError: no connector for the platform (the configuration's validation prevents it).
    """
    cls = REGISTRY[profile.platform]
    resolved = token_for(profile) if token is _FROM_ENV else token
    if cls.needs_token and not resolved:
        if profile.token_env:
            message = (f"profile {profile.id}: no token: set the environment variable {profile.token_env} "
                       f"to the {profile.platform} token")
        else:
            message = (f"profile {profile.id}: {profile.platform} needs a token: add token_env = \"VARIABLE\" to "
                       "the profile and set that environment variable")
        raise AuthError(message)
    return cls(profile=profile, settings=settings, http=http, token=resolved if isinstance(resolved, str) else None)


__all__ = ["REGISTRY", "connector_for", "token_for"]
