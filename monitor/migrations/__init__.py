"""Alembic migrations: ``env.py`` plus one script per schema change in ``versions/``."""
