"""Strict configuration models and loading.

One TOML file is loaded into pydantic models that refuse unknown keys and wrong types, so a typo
never silently turns a check off. Secrets never live in the file: it names environment variables.

Precedence for the file's location: ``--config``, then ``$MONITOR_CONFIG``, then ``./monitor.toml``.
"""

from __future__ import annotations

import csv
import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.errors import ConfigError

PLATFORMS = ("facebook", "instagram", "x", "youtube", "mastodon", "bluesky", "rss", "web")
Platform = Literal["facebook", "instagram", "x", "youtube", "mastodon", "bluesky", "rss", "web"]
DEFAULT_CONFIG_PATH = Path("monitor.toml")
CONFIG_ENV = "MONITOR_CONFIG"
_CRON_FIELD = re.compile(r"^[\d*/,\-A-Za-z?]+$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Organisation(Strict):
    name: str = "Organisation"
    domains: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    addresses: list[str] = Field(default_factory=list)
    timezone: str = "Europe/Copenhagen"
    language: Literal["da", "en"] = "da"

    @field_validator("domains")
    @classmethod
    def _lower_domains(cls, value: list[str]) -> list[str]:
        return [d.strip().lower().lstrip("@").rstrip(".") for d in value if d.strip()]

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {value!r}") from e
        return value


class Consent(Strict):
    no_publish: list[str] = Field(default_factory=list)
    no_publish_file: Path | None = None


class Database(Strict):
    url: str = "sqlite:///monitor.db"


class Smtp(Strict):
    host: str | None = None
    port: int | None = None
    starttls: bool = True
    ssl: bool = False
    username: str | None = None
    password_env: str | None = None
    sender: str = "monitor@localhost"
    timeout: float = 30.0


class Delivery(Strict):
    outbox_dir: Path = Path("outbox")
    max_attempts: int = Field(default=20, ge=1)  # about four days with the capped backoff


class Recipients(Strict):
    communications: list[str] = Field(default_factory=list)
    management: list[str] = Field(default_factory=list)
    welfare: list[str] = Field(default_factory=list)


def _check_cron(value: str) -> str:
    fields = value.split()
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        raise ValueError(f"not a five-field crontab string: {value!r}")
    return value


Cron = Annotated[str, Field(description="five-field crontab string")]


class Schedule(Strict):
    fetch: Cron = "0 * * * *"
    owner_digest: Cron = "0 7 * * *"
    weekly_report: Cron = "0 7 * * mon"
    quarterly_report: Cron = "0 7 1-3 1,4,7,10 *"
    purge: Cron = "30 3 * * *"

    @field_validator("fetch", "owner_digest", "weekly_report", "quarterly_report", "purge")
    @classmethod
    def _cron(cls, value: str) -> str:
        return _check_cron(value)


class Retention(Strict):
    days: int = Field(default=180, ge=1)


class ConnectorSettings(Strict):
    """Per-platform settings; ``[connectors.defaults]`` supplies values a platform leaves out."""

    base_url: str | None = None
    timeout: float | None = Field(default=None, gt=0)
    max_retries: int | None = Field(default=None, ge=0)
    page_size: int | None = Field(default=None, ge=1)
    max_pages: int | None = Field(default=None, ge=1)
    per_host_limit: int | None = Field(default=None, ge=1)
    user_agent: str | None = None


class Connectors(Strict):
    defaults: ConnectorSettings = ConnectorSettings()
    facebook: ConnectorSettings = ConnectorSettings()
    instagram: ConnectorSettings = ConnectorSettings()
    x: ConnectorSettings = ConnectorSettings()
    youtube: ConnectorSettings = ConnectorSettings()
    mastodon: ConnectorSettings = ConnectorSettings()
    bluesky: ConnectorSettings = ConnectorSettings()
    rss: ConnectorSettings = ConnectorSettings()
    web: ConnectorSettings = ConnectorSettings()

    def for_platform(self, platform: str) -> ConnectorSettings:
        """The platform's table with ``[connectors.defaults]`` filling what it leaves unset."""
        own: ConnectorSettings = getattr(self, platform)
        merged = self.defaults.model_dump() | own.model_dump(exclude_none=True)
        return ConnectorSettings(**merged)


class Profile(Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")
    name: str
    platform: Platform
    account: str
    owner: str
    unit: str = ""
    token_env: str | None = None
    selectors: dict[str, str] = Field(default_factory=dict)

    @property
    def owner_email(self) -> str:
        """The address part of ``owner = "Name <mail>"``."""
        match = re.search(r"<([^>]+)>", self.owner)
        return (match.group(1) if match else self.owner).strip()

    @property
    def owner_name(self) -> str:
        return self.owner.split("<", 1)[0].strip() or self.owner_email


class Settings(Strict):
    organisation: Organisation = Organisation()
    consent: Consent = Consent()
    database: Database = Database()
    smtp: Smtp = Smtp()
    delivery: Delivery = Delivery()
    recipients: Recipients = Recipients()
    schedule: Schedule = Schedule()
    retention: Retention = Retention()
    connectors: Connectors = Connectors()
    profiles: list[Profile] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_profiles(self) -> Settings:
        seen: set[str] = set()
        for profile in self.profiles:
            if profile.id in seen:
                raise ValueError(f"profile id {profile.id!r} is used twice")
            seen.add(profile.id)
        return self

    def no_publish_names(self, base_dir: Path | None = None) -> list[str]:
        """The no-publish list, merged from the inline list and the optional CSV file."""
        names = list(self.consent.no_publish)
        path = self.consent.no_publish_file
        if path is not None:
            if not path.is_absolute() and base_dir is not None:
                path = base_dir / path
            try:
                with path.open(encoding="utf-8-sig", newline="") as handle:
                    for row in csv.reader(handle):
                        if row and row[0].strip() and not row[0].startswith("#"):
                            names.append(row[0].strip())
            except OSError as e:
                raise ConfigError(f"consent.no_publish_file: cannot read {path}: {e.strerror}") from e
        return names

    def profile(self, profile_id: str) -> Profile:
        for profile in self.profiles:
            if profile.id == profile_id:
                return profile
        raise ConfigError(f"no profile with id {profile_id!r} in the configuration")


def _describe(error: ValidationError) -> str:
    """One line naming the first offending key."""
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    if first["type"] == "extra_forbidden":
        return f"{location}: unknown key"
    message = first["msg"].removeprefix("Value error, ")
    got = first.get("input")
    if first["type"].endswith("_type") or first["type"].endswith("_parsing"):
        return f"{location}: {message} (got {type(got).__name__})"
    return f"{location}: {message}"


def parse_settings(data: dict[str, Any], source: str = "configuration") -> Settings:
    try:
        return Settings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(f"{source}: {_describe(e)}") from None


def resolve_config_path(path: Path | str | None) -> Path | None:
    """The file to load, by precedence; None when nothing was asked for and no default exists."""
    if path is not None:
        return Path(path)
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    return DEFAULT_CONFIG_PATH if DEFAULT_CONFIG_PATH.exists() else None


def load_settings(path: Path | str) -> Settings:
    """Load and validate one TOML file; every failure is a ConfigError with one clear line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except OSError as e:
        raise ConfigError(f"cannot read configuration file {path}: {e.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    settings = parse_settings(data, source=str(path))
    if settings.consent.no_publish_file is not None and not settings.consent.no_publish_file.is_absolute():
        consent = settings.consent.model_copy(
            update={"no_publish_file": path.parent / settings.consent.no_publish_file}
        )
        settings = settings.model_copy(update={"consent": consent})
    return settings
