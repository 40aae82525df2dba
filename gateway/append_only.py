"""Database triggers that refuse UPDATE and DELETE on the tables that must only grow."""

from __future__ import annotations

from sharing_log.sql import append_only_ddl as sharing_log_ddl

#: Gateway tables no one may edit: the access log (who read what) (migration 0001).
GATEWAY_APPEND_ONLY = ("access_events", "access_log_cutoffs", "access_log_seals")
#: ... and the resolutions of sharing-log alarms (migration 0002).
LOG_WATCH_APPEND_ONLY = ("sharing_log_alarm_resolutions",)

#: The one way rows may leave an append-only table: retention disposal. A DELETE is let through
#: only for rows older than a cutoff that a disposal run recorded (with its destruction
#: certificate) in the same transaction; UPDATE and TRUNCATE are always refused. On PostgreSQL a
#: cutoff row itself only commits when the certificate it names exists, certifies removing the
#: access log before exactly that day, and has its ``records_disposed`` sharing-log entry
#: (:data:`CUTOFF_CERTIFIED_PG`), so inserting a cutoff by hand cannot open the window.
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


#: PostgreSQL: checked when the transaction commits (the disposal writes its certificate and its
#: log entry after the rows go), so the whole transaction, deletions included, is refused when a
#: cutoff is not backed by the disposal that made it.
CUTOFF_CERTIFIED_PG = [
    "CREATE OR REPLACE FUNCTION access_log_cutoffs_certified() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ DECLARE cert RECORD; BEGIN "
    "SELECT reference, manifest, manifest_sha256, created_at INTO cert "
    "FROM destruction_certificates WHERE reference = NEW.certificate_reference; "
    "IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', "
    "MESSAGE = 'an access-log cutoff must name an existing destruction certificate, not ' "
    "|| quote_literal(NEW.certificate_reference); END IF; "
    "IF NEW.cutoff > cert.created_at + interval '1 day' THEN RAISE EXCEPTION USING ERRCODE = "
    "'integrity_constraint_violation', MESSAGE = 'an access-log cutoff cannot be later than "
    "the day after its destruction certificate'; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM json_array_elements(cert.manifest::json -> 'classes') g "
    "WHERE g ->> 'record_class' = 'access_log' AND (g -> 'records')::jsonb = "
    "jsonb_build_array('access-log-before-' || to_char(NEW.cutoff AT TIME ZONE 'UTC', "
    "'YYYY-MM-DD'))) THEN RAISE EXCEPTION USING ERRCODE = 'integrity_constraint_violation', "
    "MESSAGE = 'the destruction certificate does not certify removing the access log before "
    "this cutoff'; END IF; "
    "IF NOT EXISTS (SELECT 1 FROM sharing_log_entries e WHERE e.entry_type = "
    "'records_disposed' AND convert_from(e.leaf, 'UTF8')::jsonb #>> '{fields,disposal_id}' = "
    "cert.reference || '.access_log' AND convert_from(e.leaf, 'UTF8')::jsonb #>> "
    "'{fields,manifest_sha256}' = cert.manifest_sha256) THEN RAISE EXCEPTION USING ERRCODE = "
    "'integrity_constraint_violation', MESSAGE = 'an access-log cutoff needs the "
    "records_disposed sharing-log entry of its certificate'; END IF; "
    "RETURN NULL; END $$",
    "DROP TRIGGER IF EXISTS access_log_cutoffs_certified ON access_log_cutoffs",
    "CREATE CONSTRAINT TRIGGER access_log_cutoffs_certified AFTER INSERT ON access_log_cutoffs "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION access_log_cutoffs_certified()",
]


def cutoff_certified_statements(dialect: str) -> list[str]:
    """What makes the database refuse an access-log cutoff no disposal certified (PostgreSQL;
    SQLite has no deferred triggers: there `access-log verify` is the check)."""
    return list(CUTOFF_CERTIFIED_PG) if dialect == "postgresql" else []


def append_only_statements(dialect: str) -> list[str]:
    from gateway.dpias.models import frozen_versions_ddl

    statements = list(sharing_log_ddl(dialect))
    # Approved DPIA versions are frozen and no version is ever deleted.
    statements.extend(frozen_versions_ddl(dialect))
    for table in GATEWAY_APPEND_ONLY:
        statements.extend(_gateway_ddl(dialect, table))
    return statements


def log_watch_statements(dialect: str) -> list[str]:
    """Migration 0002: the alarm resolutions are append-only; on PostgreSQL an access-log cutoff
    commits only with the disposal that certified it."""
    statements: list[str] = []
    for table in LOG_WATCH_APPEND_ONLY:
        statements.extend(_gateway_ddl(dialect, table))
    statements.extend(cutoff_certified_statements(dialect))
    return statements
