"""Alembic environment: runs against the engine handed in by gateway.migrate."""

from __future__ import annotations

from typing import Any

from alembic import context

from gateway.models_registry import target_metadata

config = context.config


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    # Our column types are plain SQL types underneath: migrations stay free of app imports.
    from gateway.encryption.sealed import Sealed
    from gateway.timeutil import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    if type_ == "type" and isinstance(obj, Sealed):  # encrypted case content: bytes in SQL
        return "sa.LargeBinary()"
    return False


engine = config.attributes.get("engine")
if engine is None:
    from gateway.config import load_settings
    from gateway.db import make_engine

    engine = make_engine(load_settings().resolved_database_url)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
