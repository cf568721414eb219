"""Fetch runs count the flags they opened and resolved; indexes for per-profile queries.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("fetch_run", schema=None) as batch_op:
        batch_op.add_column(sa.Column("flags_opened", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("flags_resolved", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_index("ix_fetch_run_profile_started", ["profile_id", "started_at"], unique=False)
    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.create_index("ix_flag_profile_status", ["profile_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("flag", schema=None) as batch_op:
        batch_op.drop_index("ix_flag_profile_status")
    with op.batch_alter_table("fetch_run", schema=None) as batch_op:
        batch_op.drop_index("ix_fetch_run_profile_started")
        batch_op.drop_column("flags_resolved")
        batch_op.drop_column("flags_opened")
