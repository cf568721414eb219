"""Alembic environment: runs on the connection ``monitor.db.upgrade`` passes in, or on ``sqlalchemy.url``.

``render_as_batch`` lets later revisions alter columns on SQLite, which has no real ALTER TABLE.
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import monitor.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from monitor.db import make_engine

config = context.config
target_metadata = SQLModel.metadata


def _run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, e.g. `alembic revision --autogenerate` for a new revision
    with make_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///monitor.db").begin() as conn:
        _run(conn)
