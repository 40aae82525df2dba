"""Database triggers that refuse UPDATE and DELETE on the tables that must only grow."""

from __future__ import annotations

from sharing_log.sql import append_only_ddl as sharing_log_ddl

#: Gateway tables no one may edit: the access log (who read what).
GATEWAY_APPEND_ONLY = ("access_events",)


def _gateway_ddl(dialect: str, table: str) -> list[str]:
    message = f"{table} is append-only: rows cannot be changed or removed"
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            for op in ("UPDATE", "DELETE")
        ]
    if dialect == "postgresql":
        return [
            f"CREATE OR REPLACE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$",
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse()",
        ]
    raise ValueError(f"unsupported database engine {dialect}")


def append_only_statements(dialect: str) -> list[str]:
    statements = list(sharing_log_ddl(dialect))
    for table in GATEWAY_APPEND_ONLY:
        statements.extend(_gateway_ddl(dialect, table))
    return statements
