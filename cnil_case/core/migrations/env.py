"""Alembic environment: runs on the connection ``db.migrate`` hands over (never a new engine)."""

from alembic import context

from cnil_case.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("cnil-case migrations run through cnil_case.core.db.migrate()")

# render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table instead.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
