"""Database triggers that refuse UPDATE and DELETE on the tables that must only grow."""

from __future__ import annotations

from sharing_log.sql import append_only_ddl as sharing_log_ddl

#: Gateway tables no one may edit: the access log (who read what).
GATEWAY_APPEND_ONLY = ("access_events", "access_log_cutoffs", "access_log_seals")

#: The one way rows may leave an append-only table: retention disposal. A DELETE is let through
#: only for rows older than a cutoff that a disposal run recorded (with its destruction
#: certificate) in the same transaction; UPDATE and TRUNCATE are always refused.
DISPOSAL_WINDOW = {
    "access_events": "EXISTS (SELECT 1 FROM access_log_cutoffs c WHERE OLD.at < c.cutoff)",
}


def _gateway_ddl(dialect: str, table: str) -> list[str]:
    message = f"{table} is append-only: rows cannot be changed or removed"
    window = DISPOSAL_WINDOW.get(table)
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
            + (f"WHEN NOT {window} " if op == "DELETE" and window else "")
            + f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            for op in ("UPDATE", "DELETE")
        ]
    if dialect == "postgresql":
        allow = (
            f"IF TG_OP = 'DELETE' AND {window} THEN RETURN OLD; END IF; " if window else ""
        )
        return [
            f"CREATE OR REPLACE FUNCTION {table}_refuse() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN {allow}RAISE EXCEPTION '{message}'; END $$",
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_refuse()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_refuse()",
        ]
    raise ValueError(f"unsupported database engine {dialect}")


def append_only_statements(dialect: str) -> list[str]:
    from gateway.dpias.models import frozen_versions_ddl

    statements = list(sharing_log_ddl(dialect))
    # Approved DPIA versions are frozen and no version is ever deleted.
    statements.extend(frozen_versions_ddl(dialect))
    for table in GATEWAY_APPEND_ONLY:
        statements.extend(_gateway_ddl(dialect, table))
    return statements
