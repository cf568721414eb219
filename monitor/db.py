"""The database engine: SQLite by default, PostgreSQL through psycopg 3, migrated to head on open.

``connect(url)`` is the one way in. SQLite gets WAL (readers never wait for the writer), foreign
keys, a busy timeout, and real transactions: pysqlite's own implicit BEGIN is switched off and every
transaction starts with ``BEGIN IMMEDIATE``, so a transaction that reads and then writes never fails
with ``SQLITE_BUSY`` halfway when another thread or process wrote in between (it waits up to the
busy timeout instead). A read-only caller that must not wait for writers can use
``engine.execution_options(sqlite_begin="DEFERRED")``.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import StaticPool

from monitor.errors import ConfigError

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 30_000
_MIGRATION_LOCK_KEY = 0x6D6F6E69  # "moni": the advisory lock that serialises migrations on PostgreSQL


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for ``url`` with the SQLite pragmas set; no migrations run."""
    try:
        parsed = make_url(url)
    except Exception as e:  # sqlalchemy raises ArgumentError for a malformed URL
        raise ConfigError(f"database.url: not a database URL: {url!r}") from e
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, memory=parsed.database in (None, "", ":memory:"), echo=echo)
    if backend == "postgresql":
        if parsed.drivername == "postgresql":  # plain postgresql:// means psycopg 3 here, not psycopg2
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, echo=echo, pool_pre_ping=True, future=True)
    raise ConfigError(f"database.url: unsupported database {backend!r} (use sqlite:/// or postgresql+psycopg://)")


def _sqlite_engine(url: str, *, memory: bool, echo: bool) -> Engine:
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}}
    if memory:  # one shared connection, or every checkout would see a different empty database
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, echo=echo, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see module docstring)
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = str(conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")).upper()
        if mode not in ("IMMEDIATE", "DEFERRED", "EXCLUSIVE"):
            raise ValueError(f"sqlite_begin: {mode!r}")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def read_only(engine: Engine) -> Engine:
    """The same engine for code that only reads: on SQLite its transactions take no write lock."""
    return engine.execution_options(sqlite_begin="DEFERRED")


def connect(url: str, *, migrate: bool = True, echo: bool = False) -> Engine:
    """The engine for ``[database] url``, with the schema upgraded to the newest revision."""
    engine = make_engine(url, echo=echo)
    if migrate:
        upgrade(engine)
    return engine


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "monitor:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction, one process at a time."""
    alembic_log = logging.getLogger("alembic")
    if alembic_log.level == logging.NOTSET:  # its per-plugin INFO lines (logged on import) are noise here
        alembic_log.setLevel(logging.WARNING)
    from alembic import command
    from alembic.migration import MigrationContext

    with engine.begin() as connection:  # BEGIN IMMEDIATE on SQLite: a second process waits here
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        before = MigrationContext.configure(connection).get_current_revision()
        command.upgrade(_alembic_config(connection), revision)
        after = MigrationContext.configure(connection).get_current_revision()
    if before != after:
        log.info("database schema upgraded from %s to %s", before or "(empty)", after)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty database."""
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head
