"""`prevent-gateway-verify`: open and verify referral packages and sharing-log exports, offline,
against keys you pinned yourself. Exit status 0: verified; 1: not verified (or unusable input);
2: wrong command line."""

from __future__ import annotations

import argparse
import base64
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from prevent_gateway_verify import __version__
from prevent_gateway_verify.log.consistency import (
    ConsistencyFileError,
    parse_consistency_file,
    verify_consistency_file,
)
from prevent_gateway_verify.log.export import (
    LogTampered,
    VerificationReport,
    export_claims,
    verify_export,
)
from prevent_gateway_verify.log.note import NoteVerifier
from prevent_gateway_verify.package.errors import PackageError, PackageInvalid
from prevent_gateway_verify.package.orgkeys import read_org_key_file
from prevent_gateway_verify.package.seal import is_encrypted_private_key
from prevent_gateway_verify.package.verify import (
    LogKeyChooser,
    PackageReport,
    open_package,
    verify_package,
)
from prevent_gateway_verify.trust import PIN_HINT, TrustedKey, UntrustedKey, choose_log_key

__all__ = ["main"]

PASSPHRASE_ENV = "PREVENT_GATEWAY_RECIPIENT_KEY_PASSPHRASE"  # noqa: S105 - a variable name


class _Failed(Exception):
    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _say(line: str = "") -> None:
    print(line, flush=True)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _Failed(f"cannot read {what} {path}: {exc}") from exc


def _private_key(path: Path) -> tuple[bytes, str | None]:
    try:
        pem = path.read_bytes()
    except OSError as exc:
        raise _Failed(f"cannot read the private key file {path}: {exc}") from exc
    if not is_encrypted_private_key(pem):
        return pem, None
    passphrase = os.environ.get(PASSPHRASE_ENV) or getpass.getpass(
        "Passphrase of your private key: "
    )
    return pem, passphrase


def _log_key_chooser(args: argparse.Namespace) -> LogKeyChooser:
    def choose(material_key: str | None) -> TrustedKey:
        return choose_log_key(
            key_file=args.log_key,
            pinned_keys=args.pinned_keys,
            origin=None if args.log_key else _origin_of(material_key),
            signed_note=None,
            material_key=material_key,
            material_label="the package (log.vkey)",
            trust_key_in_material=args.trust_key_in_export,
            key_flag="--log-key",
        )

    return choose


def _origin_of(key_text: str | None) -> str | None:
    return key_text.split("+", 1)[0] if key_text else None


def _org_keys(path: Path) -> dict[str, Ed25519PublicKey]:
    keys = read_org_key_file(path)
    _say(f"Trusted organisation key(s) {', '.join(sorted(keys))}: from --org-key {path}")
    return keys


def _print_package(report: PackageReport, verdict: str) -> None:
    if report.trusted_log_key is not None:
        _say(report.trusted_log_key.statement())
    _say(f"Package {report.source}")
    _say(
        f"  disclosure {report.disclosure_id}, recipient {report.recipient_id}, "
        f"format version {report.format_version}"
    )
    m = report.manifest
    _say(
        f"  prepared by {m.get('prepared_by')} ({m.get('prepared_at')}), approved by "
        f"{m.get('approved_by')} ({m.get('approved_at') or 'emergency release'}), released "
        f"{m.get('released_at')}; lawful basis {', '.join(m.get('lawful_basis_codes', []))}"
    )
    for check in report.checks:
        _say(f"  OK {check.what}: {check.detail}")
    _say(verdict)


def _package_failure(prefix: str, exc: Exception, hint: str | None = None) -> _Failed:
    if isinstance(exc, PackageInvalid):
        return _Failed(f"{prefix} - {exc.file}: {exc.reason}", hint)
    return _Failed(f"{prefix} - {exc}", hint)


def cmd_open(args: argparse.Namespace) -> None:
    keys = _org_keys(args.org_key)
    pem, passphrase = _private_key(args.key)
    try:
        report = open_package(
            args.sealed,
            pem,
            args.out,
            keys,
            passphrase=passphrase,
            log_key=_log_key_chooser(args),
        )
    except (PackageError, UntrustedKey, OSError) as exc:
        raise _package_failure("NOT OPENED", exc, "Nothing was written.") from exc
    _print_package(report, f"VERIFIED and opened into {args.out}. Start with referral.pdf.")


def cmd_verify(args: argparse.Namespace) -> None:
    keys = _org_keys(args.org_key)
    pem, passphrase = _private_key(args.key) if args.key else (None, None)
    try:
        report = verify_package(
            args.package,
            keys,
            private_key_pem=pem,
            passphrase=passphrase,
            log_key=_log_key_chooser(args),
        )
    except (PackageError, UntrustedKey, OSError) as exc:
        raise _package_failure("NOT VERIFIED", exc) from exc
    _print_package(
        report, "VERIFIED: signed by the organisation, unaltered, and in the sharing log."
    )


def _export_key(args: argparse.Namespace, directory: Path) -> TrustedKey:
    claims = export_claims(directory)
    try:
        trusted = choose_log_key(
            key_file=args.key,
            pinned_keys=args.pinned_keys,
            origin=claims.origin,
            signed_note=claims.checkpoint,
            material_key=claims.verifier_key,
            material_label="the export (its verifier-key.txt)",
            trust_key_in_material=args.trust_key_in_export,
        )
    except UntrustedKey as exc:
        raise _Failed(f"NOT VERIFIED - {exc}") from exc
    _say(trusted.statement())
    return trusted


def _log_failure(exc: LogTampered) -> _Failed:
    if exc.consistency_proof:
        _say("Consistency proof checked (base64, RFC 9162):")
        for h in exc.consistency_proof:
            _say(f"  {_b64(h)}")
    return _Failed(
        f"THE SHARING LOG DOES NOT VERIFY ({exc.kind.value}): {exc.message}",
        "Do not rely on this log. Keep this export and the checkpoint you saved, and report "
        "the finding to the organisation's DPO and internal audit.",
    )


def _print_log(report: VerificationReport) -> None:
    _say(f"Sharing log verified: {report.tree_size} entries of {report.origin!r}")
    _say(f"  root hash {report.root_hash.hex()}")
    if report.trusted_size is not None:
        _say(
            f"  consistent with your trusted checkpoint of {report.trusted_size} entries; "
            "consistency proof checked (base64, RFC 9162):"
        )
        for h in report.consistency_proof:
            _say(f"    {_b64(h)}")


def cmd_log(args: argparse.Namespace) -> None:
    directory: Path = args.export
    if not directory.is_dir():
        raise _Failed(f"{directory} is not a folder.", "Give the folder written by `log export`.")
    trusted_checkpoint = (
        _read_text(args.trusted_checkpoint, "the trusted checkpoint")
        if args.trusted_checkpoint
        else None
    )
    trusted = _export_key(args, directory)
    try:
        report = verify_export(
            directory,
            trusted_key=trusted.text,
            trusted_checkpoint=trusted_checkpoint,
            check_entries=not args.no_check_entries,
        )
    except LogTampered as exc:
        raise _log_failure(exc) from exc
    _print_log(report)
    _say("Save the export's checkpoint file to use as --trusted-checkpoint next time.")


def _consistency_file(args: argparse.Namespace, old: str) -> None:
    """OLD checkpoint + a file from `prevent-gateway log consistency OLD --out FILE`."""
    text = _read_text(args.export, "the consistency proof")
    try:
        proof = parse_consistency_file(text)
    except ConsistencyFileError as exc:
        raise _Failed(f"NOT VERIFIED - {args.export}: {exc}") from exc
    claimed = proof.checkpoint.split("\n", 1)[0]
    try:
        trusted = choose_log_key(
            key_file=args.key,
            pinned_keys=args.pinned_keys,
            origin=claimed,
            signed_note=proof.checkpoint,
            material_key=None,
            material_label="the proof",
            trust_key_in_material=False,
        )
        _say(trusted.statement())
        verifier = NoteVerifier.from_key_text(trusted.text)
        before, after, _ = verify_consistency_file(old, text, verifier)
    except UntrustedKey as exc:
        raise _Failed(f"NOT VERIFIED - {exc}") from exc
    except ConsistencyFileError as exc:
        raise _Failed(
            f"THE SHARING LOG IS NOT CONSISTENT - {exc}",
            "Do not rely on this log. Keep both checkpoints and the proof, and report the "
            "finding to the organisation's DPO and internal audit.",
        ) from exc
    _say(
        f"Consistency proof checked (RFC 9162): the log {after.checkpoint.origin!r} grew from "
        f"{before.size} to {after.size} entries without changing the first {before.size}."
    )
    _say(f"  new root hash {after.root_hash.hex()}")
    _say("Save the new checkpoint (after the empty line in the proof file) for next time.")


def cmd_consistency(args: argparse.Namespace) -> None:
    directory: Path = args.export
    old = _read_text(args.old_checkpoint, "the checkpoint")
    if directory.is_file():
        _consistency_file(args, old)
        return
    if not directory.is_dir():
        raise _Failed(
            f"{directory} does not exist.",
            "Give the folder written by `log export`, or the file written by "
            "`log consistency OLD --out FILE`.",
        )
    trusted = _export_key(args, directory)
    try:
        report = verify_export(directory, trusted_key=trusted.text, trusted_checkpoint=old)
    except LogTampered as exc:
        raise _log_failure(exc) from exc
    _print_log(report)
    _say(
        f"The log only grew since {args.old_checkpoint}: its first "
        f"{report.trusted_size} entries are unchanged."
    )


def _add_trust_options(parser: argparse.ArgumentParser, key_flag: str, required: bool) -> None:
    where = parser.add_argument_group(
        "which sharing-log key to trust (" + ("one is required" if required else "pin one") + ")"
    )
    where.add_argument(
        key_flag,
        dest="log_key" if key_flag == "--log-key" else "key",
        type=Path,
        metavar="LOG.vkey",
        help="the sharing log's verifier key (one C2SP verifier key), from the organisation",
    )
    where.add_argument(
        "--pinned-keys",
        type=Path,
        metavar="FILE",
        help="a file of the log keys you keep: one C2SP verifier key per line, '#' comments; "
        "the key named by the log's origin is used",
    )
    where.add_argument(
        "--trust-key-in-export",
        action="store_true",
        help="use the key found in the material being verified (proves only that it is "
        "self-consistent: anyone who forges it can put their own key there)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prevent-gateway-verify",
        description="Open and verify prevent-gateway referral packages and sharing-log exports, "
        "offline, against keys you pinned. " + PIN_HINT,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("open", help="decrypt a sealed package, verify it, write its files")
    p.add_argument("sealed", type=Path, metavar="SEALED", help="the sealed package you received")
    p.add_argument("--key", required=True, type=Path, help="your private key file (PEM)")
    p.add_argument(
        "--org-key", required=True, type=Path, help="the organisation's public key file"
    )
    p.add_argument("--out", required=True, type=Path, help="a new folder for the files")
    _add_trust_options(p, "--log-key", required=True)
    p.set_defaults(run=cmd_open)

    p = sub.add_parser("verify", help="verify a package (opened folder, zip or sealed file)")
    p.add_argument("package", type=Path, metavar="PACKAGE", help="folder, .zip or sealed file")
    p.add_argument(
        "--org-key", required=True, type=Path, help="the organisation's public key file"
    )
    p.add_argument("--key", type=Path, help="your private key file, for a sealed file")
    _add_trust_options(p, "--log-key", required=True)
    p.set_defaults(run=cmd_verify)

    p = sub.add_parser("log", help="verify a sharing-log export in full")
    p.add_argument("export", type=Path, metavar="EXPORT_DIR", help="folder from `log export`")
    p.add_argument(
        "--trusted-checkpoint",
        type=Path,
        metavar="FILE",
        help="the checkpoint you saved last time; the log must extend it",
    )
    p.add_argument(
        "--no-check-entries",
        action="store_true",
        help="do not decode every entry (the tree and signature are still checked)",
    )
    _add_trust_options(p, "--key", required=True)
    p.set_defaults(run=cmd_log)

    p = sub.add_parser(
        "consistency",
        help="prove the log only grew since a checkpoint you saved: against an export, or "
        "a proof file from `prevent-gateway log consistency OLD --out FILE`",
    )
    p.add_argument("old_checkpoint", type=Path, metavar="OLD_CHECKPOINT")
    p.add_argument(
        "export", type=Path, metavar="EXPORT_DIR|PROOF_FILE", help="an export or a proof file"
    )
    _add_trust_options(p, "--key", required=True)
    p.set_defaults(run=cmd_consistency)
    return parser


def _fail(message: str, hint: str | None) -> NoReturn:
    print(f"Error: {message}", file=sys.stderr)
    if hint:
        print(f"Hint: {hint}", file=sys.stderr)
    raise SystemExit(1)


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    try:
        args.run(args)
    except _Failed as exc:
        _fail(exc.message, exc.hint)
    except (PackageError, UntrustedKey) as exc:
        _fail(str(exc), None)
    except KeyboardInterrupt:
        _fail("interrupted", None)


if __name__ == "__main__":  # pragma: no cover
    main()
