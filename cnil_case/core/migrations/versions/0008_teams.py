"""Teams: a version column for optimistic locking, and the workspace's shared settings.

``version`` is SQLAlchemy's ``version_id_col`` on the records people edit concurrently; rows
already there start at 1. ``workspace_setting`` holds settings shared by everyone who opens the
workspace (the team's evidence folder). On SQLite, adding a column needs no table rebuild.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import cnil_case.core.models

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("case_file", "case_party", "correspondence", "finding", "measure", "organisation", "timeline_event")


def upgrade() -> None:
    op.create_table(
        "workspace_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", cnil_case.core.models.TZDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_setting")),
    )
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
    op.drop_table("workspace_setting")
