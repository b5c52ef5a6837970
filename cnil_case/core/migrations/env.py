"""Alembic environment: runs on the connection ``db.migrate`` hands over (never a new engine)."""

from alembic import context

from cnil_case.core import search
from cnil_case.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("cnil-case migrations run through cnil_case.core.db.migrate()")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the full-text index out of comparisons: search.py writes it by hand (FTS5 virtual
    tables and their shadow tables are not models), so `alembic check` must not propose dropping it."""
    return not (type_ == "table" and name is not None and name.startswith(search.TABLE_PREFIX))


# render_as_batch: SQLite cannot ALTER most things; batch mode rebuilds the table instead.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
