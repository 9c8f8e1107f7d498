"""Alembic environment: always run with a connection handed over by buergeranfragen.db.migrate."""

from __future__ import annotations

from alembic import context

from buergeranfragen.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Migrations run through buergeranfragen.db.migrate (the app does it on start)."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
