"""Errors that the command line turns into one clear line."""


class MonitorError(Exception):
    """Base class for errors a user can act on."""


class ConfigError(MonitorError):
    """The configuration file is missing, unreadable or invalid."""
