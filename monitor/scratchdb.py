"""Throw-away databases for tests and benchmarks: a temporary SQLite file, or a new, uniquely named
database on a PostgreSQL server, created through an admin URL and dropped afterwards, so that neither
ever touches the data of the database the URL names."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url


def psycopg_url(url: str | URL) -> URL:
    """A PostgreSQL URL with the psycopg 3 driver (plain ``postgresql://`` would mean psycopg2)."""
    parsed = make_url(url) if isinstance(url, str) else url
    return parsed.set(drivername="postgresql+psycopg") if parsed.drivername == "postgresql" else parsed


@contextmanager
def scratch_database(url: str | None, prefix: str = "scratch") -> Iterator[str]:
    """The URL of a new, empty database, removed when the block ends: a temporary SQLite file when ``url``
    is None or SQLite, else a new database on the PostgreSQL server ``url`` points at."""
    if url is None or make_url(url).get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory(prefix=f"{prefix}-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'monitor.db'}"
        return
    admin_url = psycopg_url(url)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield admin_url.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
