"""The `prevent-gateway` command as a person uses it: real processes, real exit codes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import _PostgresTemplates


def demo_token(env: dict[str, str], username: str) -> str | None:
    """A fictional user's API token, from the demo's `demo-tokens.json` (None if it has none)."""
    path = Path(env.get("PREVENT_GATEWAY_DATA_DIR", "")) / "demo-tokens.json"
    if not path.is_file():
        return None
    token = json.loads(path.read_text(encoding="utf-8"))["tokens"].get(username)
    return str(token) if token is not None else None


def run(
    args: list[str], env: dict[str, str], check: bool = True
) -> subprocess.CompletedProcess[str]:
    """The command as a person types it; ``--as NAME`` is proven with NAME's token from the
    demo's tokens file, as a script acting as a demo user would (unless ``env`` gives one)."""
    if "--as" in args[:-1] and "PREVENT_GATEWAY_TOKEN" not in env:
        token = demo_token(env, args[args.index("--as") + 1])
        if token is not None:
            env = {**env, "PREVENT_GATEWAY_TOKEN": token}
    result = subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", *args],
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal: nobody to sign in interactively
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"{args} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )
    return result


def _demo_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREVENT_GATEWAY_")}
    env["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    return env


@pytest.fixture(scope="session")
def _demo_once(
    _db_template: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str | None]]:
    """The README's main command, run once per test session on the test engine (a fresh SQLite
    dir, or an empty PostgreSQL database): (data dir, database URL or None for SQLite)."""
    data_dir = tmp_path_factory.mktemp("demo-once") / "demo"
    args = ["demo", "--data-dir", str(data_dir)]
    url: str | None = None
    if isinstance(_db_template, _PostgresTemplates):
        url = _db_template.new_database()
        args += ["--database-url", url]
    result = run(args, _demo_env())
    assert "Package verified offline" in result.stdout
    assert "Sharing log verified offline: 1 entry" in result.stdout
    assert "released and verified" in result.stdout
    yield data_dir, url


@pytest.fixture
def demo(
    _demo_once: tuple[Path, str | None], _db_template: object, tmp_path: Path
) -> tuple[Path, dict[str, str]]:
    """This test's own copy of the demo's installation (its data dir, and its database)."""
    source_dir, source_url = _demo_once
    data_dir = tmp_path / "demo"
    shutil.copytree(source_dir, data_dir)
    env = _demo_env()
    env["PREVENT_GATEWAY_DATA_DIR"] = str(data_dir)
    env["PREVENT_GATEWAY_LOG_ORIGIN"] = "demo.example.ac.uk/prevent-sharing-log"
    if source_url is not None:
        assert isinstance(_db_template, _PostgresTemplates)
        env["PREVENT_GATEWAY_DATABASE_URL"] = _db_template.copy_database(source_url)
    return data_dir, env


def test_demo_then_recipient_opens_and_verifies_and_tamper_is_named(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data_dir, env = demo
    sealed = next((data_dir / "packages").glob("*.sealed"))
    key = data_dir / "recipient-keys" / "rpc-north-west.key.pem"
    org_key = tmp_path / "org.pub"
    org_key.write_text(run(["keys", "export-public"], env).stdout)
    opened = tmp_path / "opened"
    shown = run(
        [
            "package",
            "open",
            str(sealed),
            "--key",
            str(key),
            "--out",
            str(opened),
            "--org-key",
            str(org_key),
        ],
        env,
    )
    assert (opened / "referral.pdf").read_bytes().startswith(b"%PDF")
    # Where images can be redacted, the demo's chat screenshot travels redacted, listed from
    # the signed manifest; without Tesseract the demo leaves it out and says so.
    screenshot = opened / "item-3-evidence.png"
    manifest = json.loads((opened / "manifest.json").read_text())
    if not shutil.which("tesseract"):
        assert "item-3-evidence.png" not in manifest["files"]
    else:
        assert "item-3-evidence.png" in shown.stdout
        assert (
            manifest["files"]["item-3-evidence.png"]["sha256"]
            == hashlib.sha256(screenshot.read_bytes()).hexdigest()
        )
        import pytesseract
        from PIL import Image

        read_back = str(pytesseract.image_to_string(Image.open(screenshot)))
        assert "Grace" not in read_back and "Mitchell" not in read_back, read_back
        assert "Amir" in read_back
    ok = run(["package", "verify", str(opened), "--org-key", str(org_key)], env)
    assert ok.returncode == 0

    pdf = opened / "referral.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    bad = run(["package", "verify", str(opened), "--org-key", str(org_key)], env, check=False)
    assert bad.returncode != 0
    assert "referral.pdf" in bad.stdout + bad.stderr


def test_clear_errors_and_exit_codes(demo: tuple[Path, dict[str, str]]) -> None:
    _, env = demo
    missing = run(["case", "show", "PRV-1999-0001", "--as", "r.okafor"], env, check=False)
    assert missing.returncode == 1
    assert "No case PRV-1999-0001" in missing.stderr
    assert "Traceback" not in missing.stderr

    not_dpo = run(
        ["disclosure", "approve", "DR-2026-0001", "--content-sha256", "0" * 64, "--as", "r.okafor"],
        env,
        check=False,
    )
    assert not_dpo.returncode == 1
    assert "accounts may not" in not_dpo.stderr

    released = run(["disclosure", "release", "DR-2026-0001", "--as", "r.okafor"], env, check=False)
    assert released.returncode != 0
    assert "already been released" in released.stderr

    # The token proves who acts: naming someone else is refused, not believed.
    with_lead_token = {**env, "PREVENT_GATEWAY_TOKEN": demo_token(env, "r.okafor") or ""}
    unknown_user = run(["case", "list", "--as", "nobody"], with_lead_token, check=False)
    assert unknown_user.returncode == 1
    assert "proves you are r.okafor, but --as names nobody" in unknown_user.stderr


def test_the_demo_writes_its_users_tokens_for_scripts(demo: tuple[Path, dict[str, str]]) -> None:
    data_dir, env = demo
    path = data_dir / "demo-tokens.json"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["demo_only"] is True and "demo" in document["warning"]
    assert set(document["tokens"]) == {
        "admin", "r.okafor", "j.wells", "s.patel", "g.mitchell", "m.brown", "a.auditor"
    }
    no_token = {**env, "PREVENT_GATEWAY_TOKEN": ""}
    refused = run(["case", "show", "PRV-2026-0001", "--as", "r.okafor"], no_token, check=False)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "needs proof of who you are" in refused.stderr
    assert "PREVENT_GATEWAY_TOKEN" in refused.stderr
    dpo = {**env, "PREVENT_GATEWAY_TOKEN": document["tokens"]["s.patel"]}
    other = run(["case", "show", "PRV-2026-0001", "--as", "r.okafor"], dpo, check=False)
    assert other.returncode == 1 and "proves you are s.patel" in other.stderr
    shown = run(["case", "show", "PRV-2026-0001", "--as", "r.okafor"], env)
    assert "Amir Hassan" in shown.stdout
    rows = json.loads(run(["access-log", "list", "--json", "--as", "a.auditor"], env).stdout)
    refusals = [(e["username"], e["object_ref"]) for e in rows["events"]
                if e["action"] == "cli.refused"]
    assert sorted(refusals) == [("r.okafor", "r.okafor"), ("s.patel", "r.okafor")]


def test_commands_without_installation_say_how_to_set_up(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREVENT_GATEWAY_")}
    env["PREVENT_GATEWAY_DATA_DIR"] = str(tmp_path / "nothing-here")
    result = run(["case", "list", "--as", "someone"], env, check=False)
    assert result.returncode != 0
    assert "prevent-gateway init" in result.stderr


def test_every_command_group_has_help() -> None:
    env = dict(os.environ)
    top = run(["--help"], env).stdout
    for group in (
        "init",
        "demo",
        "concern",
        "case",
        "disclosure",
        "package",
        "log",
        "keys",
        "recipient",
        "user",
        "db",
        "redact",
        "dpia",
    ):
        assert group in top, group
    for command in (
        ["concern", "add"],
        ["case", "decide"],
        ["disclosure", "create"],
        ["disclosure", "submit"],
        ["disclosure", "approve"],
        ["disclosure", "refuse"],
        ["disclosure", "release"],
        ["package", "verify"],
        ["log", "verify"],
    ):
        assert "Usage" in run([*command, "--help"], env).stdout


def test_key_rotation_is_logged_and_refused_without_the_role(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    data_dir, env = demo
    before = run(["keys", "export-public"], env).stdout
    refused = run(["keys", "rotate", "--as", "r.okafor"], env, check=False)
    assert refused.returncode != 0 and "accounts may not" in refused.stderr
    assert run(["keys", "export-public"], env).stdout == before

    run(["keys", "rotate", "--as", "admin"], env)
    after = run(["keys", "export-public"], env).stdout
    assert after != before and len(after) > len(before)
    # The package signed before the rotation still verifies against the exported keys.
    org_key = tmp_path / "org.pub"
    org_key.write_text(after)
    sealed = next((data_dir / "packages").glob("*.sealed"))
    key = data_dir / "recipient-keys" / "rpc-north-west.key.pem"
    run(["package", "verify", str(sealed), "--key", str(key), "--org-key", str(org_key)], env)


def test_cli_start_up_imports_no_heavy_library() -> None:
    """`prevent-gateway --help` must stay fast: Presidio, spaCy, FastAPI, reportlab, SQLAlchemy
    and cryptography load only inside the commands that need them (timed in benchmarks/)."""
    probe = (
        "import sys, gateway.cli.main; "
        "heavy = ('presidio_analyzer', 'spacy', 'fastapi', 'reportlab', 'sqlalchemy', "
        "'cryptography', 'uvicorn', 'jinja2'); "
        "print(','.join(n for n in heavy if n in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_witness_cosigns_and_the_checkpoint_carries_it(
    demo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    _, env = demo
    key = tmp_path / "witness.key"
    vkey = tmp_path / "witness.vkey"
    vkey.write_text(run(["log", "witness-key", "liverpool.example/witness", "--out", str(key)],
                        env).stdout)
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    export = tmp_path / "export"
    exported = run(["log", "export", str(export), "--as", "a.auditor"], env).stdout
    cosigned = tmp_path / "cosigned.checkpoint"
    log_key = tmp_path / "log.vkey"
    run(["log", "key", "--out", str(log_key)], env)
    # The verifier key is printed whole on one line (copied from the console, it must work).
    assert f"  verifier key {log_key.read_text().strip()}\n" in exported
    assert (export / "verifier-key.txt").read_text() == log_key.read_text()
    # An auditor's consistency proof file, checked by the stand-alone verifier with the pinned key.
    saved = tmp_path / "saved.checkpoint"
    saved.write_text(run(["log", "checkpoint", "--as", "a.auditor"], env).stdout)
    proof = tmp_path / "grew.proof"
    consistency = run(
        ["log", "consistency", str(saved), "--out", str(proof), "--as", "a.auditor"], env
    ).stdout
    assert "Trusted log key" in consistency and "own sharing-log key" in consistency
    checked = subprocess.run(
        [sys.executable, "-m", "prevent_gateway_verify", "consistency", str(saved), str(proof),
         "--key", str(log_key)],
        env=env, capture_output=True, text=True, check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "Consistency proof checked" in checked.stdout
    state = tmp_path / "witness-state.json"
    witness = ["--key", str(key), "--log-key", str(log_key), "--state", str(state)]
    run(["log", "cosign", str(export), *witness, "--out", str(cosigned)], env)

    refused = run(["log", "add-cosignature", str(cosigned), "--witness-key", str(vkey),
                   "--as", "r.okafor"], env, check=False)
    assert refused.returncode != 0 and "accounts may not" in refused.stderr
    run(["log", "add-cosignature", str(cosigned), "--witness-key", str(vkey), "--as", "admin"],
        env)
    checkpoint = run(["log", "checkpoint", "--as", "a.auditor"], env).stdout
    assert "— liverpool.example/witness " in checkpoint

    # A tampered export is never cosigned.
    entries = export / "entries.jsonl"
    tampered = entries.read_bytes().replace(b"disclosure_released", b"disclosure_releasee")
    entries.write_bytes(tampered)
    bad = run(["log", "cosign", str(export), *witness, "--out", str(tmp_path / "x")],
              env, check=False)
    assert bad.returncode != 0 and "NOT COSIGNED" in bad.stderr


def test_access_log_seal_and_verify(demo: tuple[Path, dict[str, str]]) -> None:
    _, env = demo
    run(["case", "show", "PRV-2026-0001", "--as", "r.okafor"], env)
    sealed = run(["access-log", "seal", "--as", "s.patel"], env).stdout
    assert "access events sealed as sharing-log entry" in sealed
    checked = run(["access-log", "verify", "--as", "a.auditor"], env).stdout
    assert "match their seals in the signed sharing log" in checked
    listed = run(["access-log", "list", "--as", "a.auditor"], env).stdout
    assert "case.read" in listed


def test_every_group_loads_with_its_extra_commands() -> None:
    """Groups are built lazily; each must load, and the commands other modules add must be
    there (keys rotate-kek from retention, user set-password from sign-in)."""
    import typer

    from gateway.cli.main import GROUPS, load_group

    for name in GROUPS:
        assert isinstance(load_group(name), typer.Typer), name
    names = {info.name for info in load_group("keys").registered_commands}
    assert {"rotate", "rotate-kek", "recipient-new", "export-public"} <= names
    assert "set-password" in {info.name for info in load_group("user").registered_commands}
