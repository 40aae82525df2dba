"""`prevent-gateway log verify`: offline, exit status and messages an auditor can act on."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import create_engine
from typer.testing import CliRunner

from gateway.cli.log import app
from sharing_log import EntryType, LogEntry, NoteSigner
from sharing_log.sql import SQLTransparencyLog, append_only_ddl, metadata

ORIGIN = "cli.test.example/sharing-log"


def _export(tmp_path: Path, n: int) -> tuple[Path, str, NoteSigner]:
    signer = NoteSigner.generate(ORIGIN)
    log = SQLTransparencyLog(ORIGIN, signer)
    engine = create_engine(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for sql in append_only_ddl("sqlite"):
            conn.exec_driver_sql(sql)
        first = None
        for i in range(n):
            entry = LogEntry.create(
                EntryType.DECISION_NOT_TO_SHARE,
                decision_id=f"dec-{i}",
                case_id="case-1",
                subject_ref=hashlib.sha256(b"s").hexdigest(),
                reason_codes=["not_necessary"],
                decided_by_id="usr-1",
                decided_at="2026-03-01T10:00:00Z",
            )
            result = log.append(conn, entry)
            first = first or result.checkpoint.note
        log.export(conn, tmp_path / "export")
    engine.dispose()
    assert first is not None
    return tmp_path / "export", first, signer


def test_verify_clean_export_with_trusted_checkpoint(tmp_path: Path) -> None:
    export, first, _signer = _export(tmp_path, 5)
    (tmp_path / "saved.checkpoint").write_text(first)
    result = CliRunner().invoke(
        app, ["verify", str(export), "--trusted-checkpoint", str(tmp_path / "saved.checkpoint")]
    )
    assert result.exit_code == 0, result.output
    assert "Sharing log verified: 5 entries" in result.output
    assert "consistent with your trusted checkpoint of 1 entries" in result.output


def test_verify_names_the_tampered_entry_and_fails(tmp_path: Path) -> None:
    export, _first, _signer = _export(tmp_path, 5)
    lines = (export / "entries.jsonl").read_bytes().splitlines(keepends=True)
    del lines[2]
    (export / "entries.jsonl").write_bytes(b"".join(lines))
    result = CliRunner().invoke(app, ["verify", str(export)])
    assert result.exit_code == 1
    assert "DOES NOT VERIFY (entry_deleted): entry 2 has been deleted" in " ".join(
        result.output.split()
    )


def test_verify_refuses_a_foreign_key(tmp_path: Path) -> None:
    export, _first, _signer = _export(tmp_path, 2)
    (tmp_path / "key.txt").write_text(NoteSigner.generate(ORIGIN).verifier_key_text())
    result = CliRunner().invoke(app, ["verify", str(export), "--key", str(tmp_path / "key.txt")])
    assert result.exit_code == 1
    assert "bad_signature" in result.output
