"""Image download with a cap, EXIF GPS detection (media.location), and the connector registry."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
import responses
from PIL import Image

from connectors import REGISTRY, connector_for
from connectors.base import AuthError, Connector
from connectors.http import HttpClient
from connectors.media import gps_in_bytes, image_has_gps
from monitor.config import PLATFORMS, ConnectorSettings, Profile
from tests.connector_kit import mock

IMG = "https://cdn.example.org/photo.jpg"


def jpeg(gps: bool) -> bytes:
    image = Image.new("RGB", (8, 8), "white")
    exif = image.getexif()
    if gps:
        exif[0x8825] = {1: "N", 2: (56.0, 27.0, 36.0), 3: "E", 4: (10.0, 2.0, 24.0)}  # invented spot
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture
def rsps() -> Iterator[responses.RequestsMock]:
    yield from mock()


def test_gps_detected_only_when_present() -> None:
    assert gps_in_bytes(jpeg(True)) is True
    assert gps_in_bytes(jpeg(False)) is False
    assert gps_in_bytes(b"not an image") is False


def test_image_download_through_choke_point(rsps: responses.RequestsMock) -> None:
    rsps.get(IMG, body=jpeg(True), content_type="image/jpeg")
    http = HttpClient()
    assert image_has_gps(http, IMG) is True and http.requests_made == 1


def test_oversized_or_failed_image_counts_as_unchecked(rsps: responses.RequestsMock) -> None:
    rsps.get(IMG, body=b"x" * 100, headers={"Content-Length": str(50 * 1024 * 1024)})
    assert image_has_gps(HttpClient(), IMG) is False
    rsps.get(IMG + "?2", status=404)
    assert image_has_gps(HttpClient(), IMG + "?2") is False


def test_registry_covers_every_platform_with_help_text() -> None:
    assert set(REGISTRY) == set(PLATFORMS)
    for name, cls in REGISTRY.items():
        assert issubclass(cls, Connector) and cls.platform == name
        help_line = (cls.__doc__ or "").strip().splitlines()[0]
        assert help_line.endswith(".") and ("token" in help_line or "key" in help_line)  # says what it needs
        module_doc = __import__(cls.__module__, fromlist=["x"]).__doc__ or ""
        assert "Cursor" in module_doc or "cursor" in module_doc


def profile(platform: str, token_env: str | None) -> Profile:
    return Profile(id="klub", name="Klub", platform=platform, account="123", owner="Kim <kim@example.org>",  # type: ignore[arg-type]
                   token_env=token_env)


def test_missing_token_is_refused_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FB_KLUB_TOKEN", raising=False)
    with pytest.raises(AuthError, match="FB_KLUB_TOKEN"):
        connector_for(profile("facebook", "FB_KLUB_TOKEN"), ConnectorSettings(), HttpClient())
    with pytest.raises(AuthError, match="token_env"):
        connector_for(profile("facebook", None), ConnectorSettings(), HttpClient())
    monkeypatch.setenv("FB_KLUB_TOKEN", "EAAB-xyz")
    assert connector_for(profile("facebook", "FB_KLUB_TOKEN"), ConnectorSettings(), HttpClient()).token == "EAAB-xyz"
    assert connector_for(profile("rss", None), ConnectorSettings(), HttpClient()).token is None
