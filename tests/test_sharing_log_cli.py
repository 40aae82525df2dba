"""`prevent-gateway log verify`: offline, exit status and messages an auditor can act on."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from typer.testing import CliRunner

from gateway.cli.log import app
from sharing_log import EntryType, LogEntry, NoteSigner
from sharing_log.sql import SQLTransparencyLog, append_only_ddl, metadata

ORIGIN = "cli.test.example/sharing-log"


def _entry(i: int, case: str = "case-1") -> LogEntry:
    return LogEntry.create(
        EntryType.DECISION_NOT_TO_SHARE,
        decision_id=f"dec-{i}",
        case_id=case,
        subject_ref=hashlib.sha256(b"s").hexdigest(),
        reason_codes=["not_necessary"],
        decided_by_id="usr-1",
        decided_at="2026-03-01T10:00:00Z",
    )


def _log_exports(
    folder: Path, signer: NoteSigner, sizes: list[int], case: str = "case-1"
) -> dict[int, Path]:
    """One log signed by `signer`, exported when it reaches each of `sizes` entries."""
    folder.mkdir(parents=True, exist_ok=True)
    log = SQLTransparencyLog(signer.name, signer)
    engine = create_engine(f"sqlite:///{folder / 'log.sqlite3'}")
    metadata.create_all(engine)
    out: dict[int, Path] = {}
    with engine.begin() as conn:
        for sql in append_only_ddl("sqlite"):
            conn.exec_driver_sql(sql)
        for i in range(max(sizes)):
            log.append(conn, _entry(i, case))
            if i + 1 in sizes:
                out[i + 1] = folder / f"export-{i + 1}"
                log.export(conn, out[i + 1])
    engine.dispose()
    return out


def _export(tmp_path: Path, n: int) -> tuple[Path, str, NoteSigner]:
    signer = NoteSigner.generate(ORIGIN)
    exports = _log_exports(tmp_path / "log", signer, sorted({1, n}))
    first = (exports[1] / "checkpoint").read_text()
    (tmp_path / "log.vkey").write_text(signer.verifier_key_text() + "\n")
    return exports[n], first, signer


def _flat(output: str) -> str:
    return " ".join(output.split())


def test_verify_clean_export_with_trusted_checkpoint(tmp_path: Path) -> None:
    export, first, _signer = _export(tmp_path, 5)
    (tmp_path / "saved.checkpoint").write_text(first)
    result = CliRunner().invoke(
        app,
        [
            "verify",
            str(export),
            "--trusted-checkpoint",
            str(tmp_path / "saved.checkpoint"),
            "--key",
            str(tmp_path / "log.vkey"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Sharing log verified: 5 entries" in result.output
    assert "consistent with your trusted checkpoint of 1 entries" in result.output


def test_verify_names_the_tampered_entry_and_fails(tmp_path: Path) -> None:
    export, _first, _signer = _export(tmp_path, 5)
    lines = (export / "entries.jsonl").read_bytes().splitlines(keepends=True)
    del lines[2]
    (export / "entries.jsonl").write_bytes(b"".join(lines))
    result = CliRunner().invoke(app, ["verify", str(export), "--key", str(tmp_path / "log.vkey")])
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


# --- no silent trust on first use ---------------------------------------------------------------


def _genuine_and_forged(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A genuine export, a forgery of it (same origin, another key, other entries), and the
    genuine log key file."""
    genuine, _first, _signer = _export(tmp_path, 3)
    forger = NoteSigner.generate(ORIGIN)
    forged = _log_exports(tmp_path / "forged", forger, [3], case="case-9")[3]
    return genuine, forged, tmp_path / "log.vkey"


def test_forged_export_is_refused_without_a_pinned_key_naming_key(tmp_path: Path) -> None:
    _genuine, forged, _vkey = _genuine_and_forged(tmp_path)
    result = CliRunner().invoke(app, ["verify", str(forged)])
    assert result.exit_code == 1
    text = _flat(result.output)
    assert "refusing to trust the log key found in the export" in text
    assert "--key FILE" in text and "--pinned-keys FILE" in text
    assert "Sharing log verified" not in text


def test_forged_export_passes_only_with_trust_key_in_export_which_says_so(
    tmp_path: Path,
) -> None:
    _genuine, forged, _vkey = _genuine_and_forged(tmp_path)
    result = CliRunner().invoke(app, ["verify", str(forged), "--trust-key-in-export"])
    assert result.exit_code == 0, result.output
    text = _flat(result.output)
    assert f"Trusted log key {ORIGIN}+" in text
    assert "taken from the export (its verifier-key.txt) itself, because you passed " in text
    assert "--trust-key-in-export" in text


def test_forged_export_is_refused_with_the_genuine_pinned_key(tmp_path: Path) -> None:
    _genuine, forged, vkey = _genuine_and_forged(tmp_path)
    for option in (["--key", str(vkey)], ["--pinned-keys", str(vkey)]):
        result = CliRunner().invoke(app, ["verify", str(forged), *option])
        assert result.exit_code == 1, option
        text = _flat(result.output)
        assert "DOES NOT VERIFY (bad_signature)" in text
        assert "names a different log key than the one you trust" in text


def test_genuine_export_passes_with_the_genuine_key_and_names_it(tmp_path: Path) -> None:
    genuine, _forged, vkey = _genuine_and_forged(tmp_path)
    key_text = vkey.read_text().strip()
    pinned = tmp_path / "pinned-keys"
    pinned.write_text(
        "# logs I audit\n\n"
        + NoteSigner.generate("another.example/log").verifier_key_text()
        + "\n"
        + key_text
        + "\n"
    )
    for option, source in (
        (["--key", str(vkey)], f"pinned with --key {vkey}"),
        (["--pinned-keys", str(pinned)], f"pinned in {pinned} (line 4)"),
    ):
        result = CliRunner().invoke(app, ["verify", str(genuine), *option])
        assert result.exit_code == 0, result.output
        text = _flat(result.output)
        assert f"Trusted log key {'+'.join(key_text.split('+')[:2])}: {source}" in text
        assert "Sharing log verified: 3 entries" in text


def test_a_pinned_keys_file_without_the_log_refuses(tmp_path: Path) -> None:
    genuine, _forged, _vkey = _genuine_and_forged(tmp_path)
    pinned = tmp_path / "pinned-keys"
    pinned.write_text(NoteSigner.generate("another.example/log").verifier_key_text() + "\n")
    result = CliRunner().invoke(app, ["verify", str(genuine), "--pinned-keys", str(pinned)])
    assert result.exit_code == 1
    assert f"is for the log '{ORIGIN}'" in _flat(result.output)


def test_export_writes_the_verifier_key_on_one_line(tmp_path: Path) -> None:
    genuine, _first, signer = _export(tmp_path, 2)
    assert (genuine / "verifier-key.txt").read_text() == signer.verifier_key_text() + "\n"


# --- consistency proofs as files -----------------------------------------------------------------


def _grown(folder: Path, signer: NoteSigner, case: str) -> tuple[str, str]:
    """(checkpoint at 3 entries, consistency-proof file from 3 to 7) of one log."""
    from prevent_gateway_verify.log.consistency import format_consistency_file

    folder.mkdir(parents=True, exist_ok=True)
    log = SQLTransparencyLog(signer.name, signer)
    engine = create_engine(f"sqlite:///{folder / 'log.sqlite3'}")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for i in range(7):
            result = log.append(conn, _entry(i, case))
            if i == 2:
                old = result.checkpoint.note
        current = log.latest_checkpoint(conn)
        proof = log.consistency_proof(conn, 3, 7)
    engine.dispose()
    return old, format_consistency_file(3, proof, current.note)


def test_verifier_checks_a_consistency_proof_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from prevent_gateway_verify.cli import main

    signer = NoteSigner.generate(ORIGIN)
    old, proof = _grown(tmp_path / "a", signer, "case-1")
    _fork_old, fork_proof = _grown(tmp_path / "b", signer, "case-2")
    (tmp_path / "old.checkpoint").write_text(old)
    (tmp_path / "log.vkey").write_text(signer.verifier_key_text() + "\n")
    (tmp_path / "other.vkey").write_text(NoteSigner.generate(ORIGIN).verifier_key_text())
    (tmp_path / "good.proof").write_text(proof)
    (tmp_path / "fork.proof").write_text(fork_proof)

    def run(*argv: str) -> tuple[int, str]:
        try:
            main(list(argv))
            code = 0
        except SystemExit as exc:
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return code, _flat(out.out + out.err)

    old_file = str(tmp_path / "old.checkpoint")
    code, text = run("consistency", old_file, str(tmp_path / "good.proof"), "--key",
                     str(tmp_path / "log.vkey"))
    assert code == 0, text
    assert "grew from 3 to 7 entries without changing the first 3" in text
    code, text = run("consistency", old_file, str(tmp_path / "fork.proof"), "--key",
                     str(tmp_path / "log.vkey"))
    assert code == 1 and "NOT CONSISTENT" in text and "rewritten" in text
    code, text = run("consistency", old_file, str(tmp_path / "good.proof"), "--key",
                     str(tmp_path / "other.vkey"))
    assert code == 1 and "does not verify" in text
    code, text = run("consistency", old_file, str(tmp_path / "good.proof"))
    assert code == 1 and "--key FILE" in text
