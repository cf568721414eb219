"""Compliance monitor for an organisation's official social-media profiles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rus-monitor")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
