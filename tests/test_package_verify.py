"""Building, sealing, opening and verifying referral packages, and every way they can fail."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sharing_log as sl
from gateway.keys import Keyring, generate_recipient_keypair
from gateway.packages import (
    ManifestInfo,
    PackageError,
    PackageInvalid,
    SealError,
    SignedPackage,
    TrustedKeyMissing,
    UnsupportedFormat,
    assemble_zip,
    build_signed_package,
    open_package,
    open_sealed,
    seal,
    verify_package,
)
from gateway.packages.dsse import sign
from gateway.packages.example import example_referral_content
from gateway.packages.manifest import MANIFEST_PAYLOAD_TYPE, canonical_json

ORIGIN = "prevent-gateway.example.ac.uk/sharing-log"
T0 = datetime(2026, 2, 12, 10, 30, tzinfo=UTC)
FILES = (
    "referral.pdf",
    "manifest.json",
    "manifest.dsse.json",
    "log.vkey",
    "log.entry",
    "log.tlog-proof",
)


# --- a small RFC 9162 log built for the test ---------------------------------------------------


def _split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def _mth(leaves: list[bytes]) -> bytes:
    if len(leaves) == 1:
        return sl.hash_leaf(leaves[0])
    k = _split(len(leaves))
    return sl.hash_children(_mth(leaves[:k]), _mth(leaves[k:]))


def _path(m: int, leaves: list[bytes]) -> list[bytes]:
    if len(leaves) == 1:
        return []
    k = _split(len(leaves))
    if m < k:
        return [*_path(m, leaves[:k]), _mth(leaves[k:])]
    return [*_path(m - k, leaves[k:]), _mth(leaves[:k])]


def _log_release(
    keyring: Keyring, signed: SignedPackage, index: int = 5, size: int = 7
) -> tuple[bytes, str]:
    """Log entries 0..size-1 with our release at ``index``; (entry bytes, tlog-proof text)."""
    leaves = []
    for i in range(size):
        fields = dict(
            disclosure_id=signed.disclosure_id if i == index else f"d-other-{i}",
            case_id="case-42",
            subject_ref=hashlib.sha256(b"s").hexdigest(),
            recipient_id=signed.recipient_id if i == index else "rcp-9",
            recipient_kind="rpc",
            lawful_basis=["art6.1.e"],
            package_sha256=signed.envelope_sha256 if i == index else "0" * 64,
            preparer_id="user-1",
            released_at=T0,
            approver_id="user-2",
            emergency=False,
        )
        entry = sl.LogEntry.create("disclosure_released", **fields)
        leaves.append(sl.encode_entry(entry, i, T0))
    checkpoint = sl.Checkpoint(ORIGIN, size, _mth(leaves))
    signer = sl.NoteSigner.from_private_key_text(keyring.log_signer_text())
    signed_cp = sl.sign_checkpoint(checkpoint, signer)
    proof = sl.TLogProof(index, tuple(_path(index, leaves)), signed_cp.note)
    return leaves[index], proof.format()


def _info(**changes: object) -> ManifestInfo:
    content = example_referral_content(3, 1)
    info = ManifestInfo(
        disclosure_id=content.disclosure_id,
        case_reference=content.case_reference,
        recipient_id="rcp-1",
        recipient_name="Regional Prevent Coordinator",
        recipient_organisation="Home Office Prevent (North West)",
        lawful_basis_codes=("art6.1.e", "art9.2.g", "dpa2018.sch1.pt2.para10"),
        preparer="user-1",
        approver="user-2",
        prepared_at=T0,
        approved_at=T0,
        released_at=T0,
        redaction_counts={"PERSON": 4},
    )
    return replace(info, **changes)  # type: ignore[arg-type]


@dataclass
class Built:
    keyring: Keyring
    signed: SignedPackage
    zip_bytes: bytes
    zip_path: Path
    dir_path: Path


@pytest.fixture(autouse=True, scope="module")
def _fast_kdf() -> Iterator[None]:
    """Keep tests fast: production key files use 600,000 PBKDF2 iterations."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)
        yield


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, _fast_kdf: None) -> Built:
    tmp = tmp_path_factory.mktemp("pkg")
    keyring = Keyring.create(tmp / "keys", "pw", ORIGIN)
    signed = build_signed_package(example_referral_content(3, 1), _info(), keyring)
    entry, proof = _log_release(keyring, signed)
    zip_bytes = assemble_zip(signed, entry, proof, keyring.log_verifier_key_text())
    zip_path = tmp / "package.zip"
    zip_path.write_bytes(zip_bytes)
    dir_path = tmp / "package"
    dir_path.mkdir()
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as z:
        z.extractall(dir_path)
    return Built(keyring, signed, zip_bytes, zip_path, dir_path)


def _copy_dir(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for f in src.iterdir():
        (dst / f.name).write_bytes(f.read_bytes())
    return dst


def test_package_verifies_as_dir_and_zip(built: Built) -> None:
    keys = built.keyring.public_keys()
    for path in (built.zip_path, built.dir_path):
        report = verify_package(path, keys, built.keyring.log_verifier_key_text())
        assert report.disclosure_id == built.signed.disclosure_id
        assert report.signing_key_id == built.keyring.current_key_id
        assert report.log_index == 5 and report.log_tree_size == 7
        checked = {c.what for c in report.checks}
        assert {"signature", "manifest", "file", "sharing log", "inclusion proof"} <= checked
        assert {n for n in FILES if any(c.detail.startswith(n) for c in report.checks)} == set(
            FILES
        )


def test_zip_is_deterministic_and_holds_every_file(built: Built) -> None:
    with zipfile.ZipFile(io.BytesIO(built.zip_bytes)) as z:
        names = z.namelist()
        assert names == sorted(FILES)
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    entry, proof = _log_release(built.keyring, built.signed)
    again = assemble_zip(built.signed, entry, proof, built.keyring.log_verifier_key_text())
    assert again == built.zip_bytes
    manifest = built.signed.manifest
    assert (
        manifest["files"]["referral.pdf"]["sha256"]
        == hashlib.sha256(built.signed.files["referral.pdf"]).hexdigest()
    )
    assert manifest["lawful_basis_codes"] == ["art6.1.e", "art9.2.g", "dpa2018.sch1.pt2.para10"]
    assert manifest["redaction_counts"] == {"PERSON": 4}
    assert (
        built.signed.envelope_sha256
        == hashlib.sha256(built.signed.files["manifest.dsse.json"]).hexdigest()
    )


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_any_changed_byte_fails_naming_the_file(
    built: Built, tmp_path: Path, name: str, where: str
) -> None:
    pkg = _copy_dir(built.dir_path, tmp_path / "p")
    data = bytearray((pkg / name).read_bytes())
    pos = {"start": 0, "middle": len(data) // 2, "end": len(data) - 2}[where]
    data[pos] ^= 0x01
    (pkg / name).write_bytes(bytes(data))
    with pytest.raises(PackageInvalid) as exc:
        verify_package(pkg, built.keyring.public_keys())
    assert name in exc.value.file, (name, where, str(exc.value))


def test_changed_byte_in_zip_fails_naming_a_file(built: Built, tmp_path: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(built.zip_bytes)) as z:
        info = z.getinfo("referral.pdf")
    data = bytearray(built.zip_bytes)
    data[info.header_offset + 30 + len("referral.pdf") + info.compress_size // 2] ^= 0xFF
    path = tmp_path / "tampered.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(PackageInvalid) as exc:
        verify_package(path, built.keyring.public_keys())
    assert exc.value.file == "referral.pdf"


def test_extra_or_missing_file(built: Built, tmp_path: Path) -> None:
    pkg = _copy_dir(built.dir_path, tmp_path / "p")
    (pkg / "notes.txt").write_bytes(b"extra")
    with pytest.raises(PackageInvalid) as exc:
        verify_package(pkg, built.keyring.public_keys())
    assert exc.value.file == "notes.txt"
    (pkg / "notes.txt").unlink()
    (pkg / "referral.pdf").unlink()
    with pytest.raises(PackageInvalid) as exc:
        verify_package(pkg, built.keyring.public_keys())
    assert exc.value.file == "referral.pdf"


def test_wrong_org_key_and_no_key(built: Built, tmp_path: Path) -> None:
    other = Keyring.create(tmp_path / "other", "pw", ORIGIN)
    with pytest.raises(PackageInvalid) as exc:
        verify_package(built.zip_path, other.public_keys())
    assert exc.value.file == "manifest.dsse.json"
    assert built.keyring.current_key_id in str(exc.value)
    with pytest.raises(TrustedKeyMissing):
        verify_package(built.zip_path, None)


def test_wrong_log_key(built: Built, tmp_path: Path) -> None:
    other = Keyring.create(tmp_path / "other", "pw", ORIGIN)
    with pytest.raises(PackageInvalid) as exc:
        verify_package(built.zip_path, built.keyring.public_keys(), other.log_verifier_key_text())
    assert exc.value.file == "log.vkey"


def test_truncated_and_non_package_files(built: Built, tmp_path: Path) -> None:
    truncated = tmp_path / "t.zip"
    truncated.write_bytes(built.zip_bytes[: len(built.zip_bytes) // 2])
    with pytest.raises(PackageInvalid, match=r"t\.zip"):
        verify_package(truncated, built.keyring.public_keys())
    text = tmp_path / "letter.txt"
    text.write_text("Dear coordinator")
    with pytest.raises(PackageInvalid, match="not a referral package"):
        verify_package(text, built.keyring.public_keys())


def test_unknown_format_version(built: Built, tmp_path: Path) -> None:
    import json

    manifest = json.loads(built.signed.files["manifest.json"])
    manifest["format_version"] = 2
    payload = canonical_json(manifest)
    signing = built.keyring.signing_key()
    env = sign(payload, MANIFEST_PAYLOAD_TYPE, [(signing.key_id, signing.private_key)])
    pkg = _copy_dir(built.dir_path, tmp_path / "p")
    (pkg / "manifest.json").write_bytes(payload)
    (pkg / "manifest.dsse.json").write_bytes(env.to_json_bytes())
    with pytest.raises(UnsupportedFormat, match="format version 2"):
        verify_package(pkg, built.keyring.public_keys())
    env2 = sign(
        payload, MANIFEST_PAYLOAD_TYPE.replace("1", "2"), [(signing.key_id, signing.private_key)]
    )
    (pkg / "manifest.dsse.json").write_bytes(env2.to_json_bytes())
    with pytest.raises(UnsupportedFormat, match="newer manifest version"):
        verify_package(pkg, built.keyring.public_keys())


def test_assemble_refuses_log_files_for_another_package(built: Built) -> None:
    other = build_signed_package(example_referral_content(1, 1), _info(), built.keyring)
    entry, proof = _log_release(built.keyring, other)
    with pytest.raises(PackageInvalid, match="different package"):
        assemble_zip(built.signed, entry, proof, built.keyring.log_verifier_key_text())
    with pytest.raises(PackageError, match=r"log\.vkey"):
        assemble_zip(built.signed, entry, proof, "other+12345678+AQ==")


def test_rotation_keeps_old_packages_verifiable(tmp_path: Path) -> None:
    keyring = Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    signed = build_signed_package(example_referral_content(1, 1), _info(), keyring)
    entry, proof = _log_release(keyring, signed, index=0, size=1)
    path = tmp_path / "old.zip"
    path.write_bytes(assemble_zip(signed, entry, proof, keyring.log_verifier_key_text()))
    old_id, new_id = keyring.rotate()
    report = verify_package(path, Keyring(tmp_path / "keys", None).public_keys())
    assert report.signing_key_id == old_id
    new_signed = build_signed_package(example_referral_content(1, 1), _info(), keyring)
    assert new_signed.signing_key_id == new_id
    # a verifier who only has the new key rejects the old package
    only_new = {new_id: keyring.public_keys()[new_id]}
    with pytest.raises(PackageInvalid):
        verify_package(path, only_new)


def test_content_and_manifest_must_match() -> None:
    with pytest.raises(PackageError):
        build_signed_package(example_referral_content(1, 1), _info(disclosure_id="d-other-1"), None)  # type: ignore[arg-type]


# --- sealing ------------------------------------------------------------------------------------


def test_seal_open_round_trip(built: Built, tmp_path: Path) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC")
    sealed = seal(built.zip_bytes, public_text, built.signed.disclosure_id, "rcp-1")
    assert built.zip_bytes not in sealed and b"referral.pdf" not in sealed
    zip_bytes, disclosure_id, recipient_id = open_sealed(sealed, private_pem)
    assert (zip_bytes, disclosure_id, recipient_id) == (
        built.zip_bytes,
        built.signed.disclosure_id,
        "rcp-1",
    )
    path = tmp_path / "package.sealed"
    path.write_bytes(sealed)
    out = tmp_path / "opened"
    report = open_package(path, private_pem, out, built.keyring.public_keys())
    assert report.sealed_for == "rcp-1"
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    assert (out / "referral.pdf").read_bytes() == built.signed.files["referral.pdf"]
    report = verify_package(path, built.keyring.public_keys(), private_key_pem=private_pem)
    assert any(c.what == "sealed" for c in report.checks)


def test_wrong_recipient_key_writes_nothing(built: Built, tmp_path: Path) -> None:
    _, public_text = generate_recipient_keypair("RPC")
    wrong_pem, _ = generate_recipient_keypair("someone else")
    path = tmp_path / "package.sealed"
    path.write_bytes(seal(built.zip_bytes, public_text, built.signed.disclosure_id, "rcp-1"))
    out = tmp_path / "opened"
    with pytest.raises(SealError, match="sealed for recipient key"):
        open_package(path, wrong_pem, out, built.keyring.public_keys())
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["package.sealed"]


def test_info_binds_disclosure_and_recipient(built: Built) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC")
    did = built.signed.disclosure_id
    sealed = seal(built.zip_bytes, public_text, did, "rcp-1")
    swapped = sealed.replace(did.encode(), did[:-1].encode() + b"0")
    assert swapped != sealed and len(swapped) == len(sealed)
    with pytest.raises(SealError):
        open_sealed(swapped, private_pem)
    other_recipient = sealed.replace(b"rcp-1", b"rcp-2")
    with pytest.raises(SealError):
        open_sealed(other_recipient, private_pem)


def test_sealed_for_other_disclosure_than_contents_fails(built: Built, tmp_path: Path) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC")
    path = tmp_path / "p.sealed"
    path.write_bytes(seal(built.zip_bytes, public_text, "d-some-other-9", "rcp-1"))
    with pytest.raises(PackageInvalid, match="different disclosure"):
        open_package(path, private_pem, tmp_path / "out", built.keyring.public_keys())
    assert not (tmp_path / "out").exists()


def test_truncated_sealed_file_and_unknown_version(built: Built) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC")
    sealed = seal(built.zip_bytes, public_text, built.signed.disclosure_id, "rcp-1")
    for cut in (5, 12, 40, len(sealed) - 1):
        with pytest.raises(SealError):
            open_sealed(sealed[:cut], private_pem)
    future = sealed[:8] + b"\x02" + sealed[9:]
    with pytest.raises(UnsupportedFormat, match="version 2"):
        open_sealed(future, private_pem)


def test_open_refuses_non_empty_out_dir(built: Built, tmp_path: Path) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC")
    path = tmp_path / "p.sealed"
    path.write_bytes(seal(built.zip_bytes, public_text, built.signed.disclosure_id, "rcp-1"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(PackageError, match="not empty"):
        open_package(path, private_pem, out, built.keyring.public_keys())
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_byte_flip_in_the_zip_is_caught_cleanly(
    built: Built, tmp_path: Path, data: st.DataObject
) -> None:
    """A changed byte anywhere in the zip fails with PackageInvalid: never passes, never crashes."""
    blob = bytearray(built.zip_bytes)
    pos = data.draw(st.integers(0, len(blob) - 1))
    blob[pos] ^= data.draw(st.integers(1, 255))
    path = tmp_path / f"flip-{pos}.zip"
    path.write_bytes(bytes(blob))
    try:
        verify_package(path, built.keyring.public_keys(), built.keyring.log_verifier_key_text())
    except PackageInvalid:
        return
    # a flip inside bytes zip readers ignore (e.g. the zip comment length's slack, extra
    # fields) may leave every file intact; then the files must be exactly the originals
    with (
        zipfile.ZipFile(io.BytesIO(bytes(blob))) as z,
        zipfile.ZipFile(io.BytesIO(built.zip_bytes)) as o,
    ):
        assert {n: z.read(n) for n in z.namelist()} == {n: o.read(n) for n in o.namelist()}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_byte_flip_in_the_sealed_file_is_refused(built: Built, data: st.DataObject) -> None:
    private_pem, public_text = _RECIPIENT
    sealed = bytearray(seal(built.zip_bytes, public_text, built.signed.disclosure_id, "rcp-1"))
    pos = data.draw(st.integers(0, len(sealed) - 1))
    sealed[pos] ^= data.draw(st.integers(1, 255))
    with pytest.raises((SealError, UnsupportedFormat)):
        open_sealed(bytes(sealed), private_pem)


_RECIPIENT = generate_recipient_keypair("property tests")


def test_altered_key_id_hint_is_caught(built: Built, tmp_path: Path) -> None:
    pkg = _copy_dir(built.dir_path, tmp_path / "p")
    kid = built.keyring.current_key_id
    other = ("0" if kid[0] != "0" else "1") + kid[1:]
    raw = (pkg / "manifest.dsse.json").read_bytes()
    (pkg / "manifest.dsse.json").write_bytes(raw.replace(kid.encode(), other.encode()))
    with pytest.raises(PackageInvalid) as exc:
        verify_package(pkg, built.keyring.public_keys())
    assert exc.value.file == "manifest.dsse.json"


def test_non_canonical_base64_in_proof_is_caught(built: Built, tmp_path: Path) -> None:
    """'...A=' and '...B=' can decode to the same bytes; the package must be byte-exact."""
    import base64

    pkg = _copy_dir(built.dir_path, tmp_path / "p")
    lines = (pkg / "log.tlog-proof").read_text().split("\n")
    line = lines[2]  # the first proof hash
    assert len(line) == 44 and line.endswith("=")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(line[-2])
    twin = line[:-2] + alphabet[last ^ 1] + "="
    assert base64.b64decode(twin) == base64.b64decode(line) and twin != line
    lines[2] = twin
    (pkg / "log.tlog-proof").write_text("\n".join(lines))
    with pytest.raises(PackageInvalid) as exc:
        verify_package(pkg, built.keyring.public_keys())
    assert exc.value.file == "log.tlog-proof"


def test_passphrase_protected_recipient_key(built: Built, tmp_path: Path) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC", passphrase="coordinator pw")
    assert b"ENCRYPTED PRIVATE KEY" in private_pem
    sealed = seal(built.zip_bytes, public_text, built.signed.disclosure_id, "rcp-1")
    assert open_sealed(sealed, private_pem, "coordinator pw")[0] == built.zip_bytes
    with pytest.raises(SealError, match="passphrase"):
        open_sealed(sealed, private_pem)
    with pytest.raises(SealError, match="passphrase"):
        open_sealed(sealed, private_pem, "wrong")
    path = tmp_path / "p.sealed"
    path.write_bytes(sealed)
    report = open_package(
        path,
        private_pem,
        tmp_path / "out",
        built.keyring.public_keys(),
        passphrase="coordinator pw",
    )
    assert report.sealed_for == "rcp-1"
