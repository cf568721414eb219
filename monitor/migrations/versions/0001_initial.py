"""Initial schema: exactly the tables of monitor/models.py as first released.

Types are plain SQLAlchemy ones (String, DateTime(timezone=True)) so that this script never depends
on SQLModel internals; they are what SQLModel's AutoString and UTCDateTime render to.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-28 10:55:43.920997
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table('lease',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=400), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('period', sa.String(length=40), nullable=False),
    sa.Column('recipient', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('message_id', sa.String(length=400), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_status'), ['status'], unique=False)

    op.create_table('profile',
    sa.Column('id', sa.String(length=100), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('account', sa.String(), nullable=False),
    sa.Column('owner', sa.String(), nullable=False),
    sa.Column('unit', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('connector_state',
    sa.Column('profile_id', sa.String(length=100), nullable=False),
    sa.Column('cursor', sa.Text(), nullable=True),
    sa.Column('consecutive_failures', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('last_error_kind', sa.String(), nullable=True),
    sa.Column('last_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_success_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ),
    sa.PrimaryKeyConstraint('profile_id')
    )
    op.create_table('fetch_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.String(length=100), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('error_kind', sa.String(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('posts_new', sa.Integer(), nullable=False),
    sa.Column('posts_changed', sa.Integer(), nullable=False),
    sa.Column('posts_removed', sa.Integer(), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fetch_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fetch_run_profile_id'), ['profile_id'], unique=False)

    op.create_table('post',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('profile_id', sa.String(length=100), nullable=False),
    sa.Column('platform_id', sa.String(length=255), nullable=False),
    sa.Column('parent_platform_id', sa.String(length=255), nullable=True),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('image_urls', sa.JSON(), nullable=True),
    sa.Column('alt_texts', sa.JSON(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('profile_id', 'platform_id', name='uq_post_profile_platform_id')
    )
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.create_index('ix_post_profile_created', ['profile_id', 'created_at'], unique=False)

    op.create_table('flag',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=True),
    sa.Column('profile_id', sa.String(length=100), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('rule', sa.String(length=60), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=True),
    sa.Column('first_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('post_created_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed_after_seconds', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], ),
    sa.ForeignKeyConstraint(['profile_id'], ['profile.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('post_id', 'category', name='uq_flag_post_category')
    )
    with op.batch_alter_table('flag', schema=None) as batch_op:
        batch_op.create_index('ix_flag_first_seen', ['first_seen'], unique=False)
        batch_op.create_index(batch_op.f('ix_flag_profile_id'), ['profile_id'], unique=False)
        batch_op.create_index('ix_flag_resolved_at', ['resolved_at'], unique=False)
        batch_op.create_index('ix_flag_status', ['status'], unique=False)

    op.create_table('flag_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('flag_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('from_status', sa.String(length=15), nullable=True),
    sa.Column('to_status', sa.String(length=15), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['flag_id'], ['flag.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('flag_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_flag_event_flag_id'), ['flag_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('flag_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_flag_event_flag_id'))

    op.drop_table('flag_event')
    with op.batch_alter_table('flag', schema=None) as batch_op:
        batch_op.drop_index('ix_flag_status')
        batch_op.drop_index('ix_flag_resolved_at')
        batch_op.drop_index(batch_op.f('ix_flag_profile_id'))
        batch_op.drop_index('ix_flag_first_seen')

    op.drop_table('flag')
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.drop_index('ix_post_profile_created')

    op.drop_table('post')
    with op.batch_alter_table('fetch_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fetch_run_profile_id'))

    op.drop_table('fetch_run')
    op.drop_table('connector_state')
    op.drop_table('profile')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_status'))

    op.drop_table('outbox')
    op.drop_table('lease')
