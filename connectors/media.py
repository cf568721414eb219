"""Attached images: downloaded with a size cap and a timeout, checked for EXIF GPS, never stored.

A photo with GPS coordinates in its EXIF data tells anyone who downloads it where it was taken
(often a home or a school): ``media.location``. Only the yes/no answer leaves this module.
"""

from __future__ import annotations

import io
import logging

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from connectors.base import ConnectorError
from connectors.http import HttpClient

log = logging.getLogger(__name__)

MAX_IMAGE_BYTES = 15 * 1024 * 1024
IMAGE_TIMEOUT = 20.0
GPS_IFD = 0x8825
GPS_LATITUDE, GPS_LONGITUDE = 2, 4
PILImage.MAX_IMAGE_PIXELS = 50_000_000  # refuse decompression bombs early


def gps_in_bytes(data: bytes) -> bool:
    """True when the image's EXIF holds a GPS latitude and longitude; False for anything unreadable."""
    try:
        with PILImage.open(io.BytesIO(data)) as image:
            gps = image.getexif().get_ifd(GPS_IFD)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        return False
    return bool(gps.get(GPS_LATITUDE)) and bool(gps.get(GPS_LONGITUDE))


def image_gps(http: HttpClient, url: str, *, max_bytes: int = MAX_IMAGE_BYTES,
              timeout: float = IMAGE_TIMEOUT) -> bool:
    """Download ``url`` through the choke point (capped) and read its GPS tags; errors propagate."""
    response = http.get(url, timeout=timeout, max_bytes=max_bytes)
    return gps_in_bytes(response.content)


def image_has_gps(http: HttpClient, url: str) -> bool:
    """Like ``image_gps`` but a download failure counts as "no GPS found" and is logged (masked URL)."""
    try:
        return image_gps(http, url)
    except ConnectorError as e:
        log.warning("image not checked for GPS: %s", http.redact(str(e)))
        return False
