"""Alembic migrations of the workspace schema (script_location ``cnil_case.core:migrations``)."""
