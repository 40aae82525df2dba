"""`prevent-gateway log cosign`: a witness that pins the log key and remembers what it cosigned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gateway.cli.log import app
from prevent_gateway_verify.log.witness import WitnessRefused, WitnessState, cosign_export
from sharing_log import CosignatureSigner, CosignatureVerifier, NoteSigner
from tests.test_sharing_log_cli import _flat, _log_exports

ORIGIN = "witness.test.example/sharing-log"


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    log_signer = NoteSigner.generate(ORIGIN)
    exports = _log_exports(tmp_path / "log", log_signer, [7, 8, 9])
    # The same log key, a different history from entry 0: a fork shown to someone else.
    fork = _log_exports(tmp_path / "fork", log_signer, [9], case="case-2")[9]
    witness = CosignatureSigner.generate("uni.example/witness")
    (tmp_path / "witness.key").write_text(witness.private_key_text() + "\n")
    (tmp_path / "witness.vkey").write_text(witness.verifier_key_text() + "\n")
    (tmp_path / "log.vkey").write_text(log_signer.verifier_key_text() + "\n")
    return {
        "7": exports[7],
        "8": exports[8],
        "9": exports[9],
        "fork": fork,
        "key": tmp_path / "witness.key",
        "vkey": tmp_path / "witness.vkey",
        "log_key": tmp_path / "log.vkey",
        "state": tmp_path / "witness-state.json",
        "tmp": tmp_path,
    }


def _cosign(world: dict[str, Path], export: str, *extra: str) -> tuple[int, str]:
    out = world["tmp"] / f"cosigned-{export}"
    args = ["cosign", str(world[export]), "--key", str(world["key"]), "--out", str(out)]
    if "--no-log-key" not in extra:
        args += ["--log-key", str(world["log_key"])]
    if "--no-state" not in extra:
        args += ["--state", str(world["state"])]
    result = CliRunner().invoke(app, args)
    return result.exit_code, _flat(result.output)


def test_cosign_requires_the_log_key_and_the_state(world: dict[str, Path]) -> None:
    code, text = _cosign(world, "8", "--no-log-key")
    assert code == 1 and "a witness needs the log's key" in text and "--log-key FILE" in text
    code, text = _cosign(world, "8", "--no-state")
    assert code != 0 and "--state" in text
    assert not world["state"].exists()


def test_witness_cosigns_and_remembers_in_a_private_file(world: dict[str, Path]) -> None:
    code, text = _cosign(world, "8")
    assert code == 0, text
    assert f"Trusted log key {ORIGIN}+" in text
    assert f"pinned with --log-key {world['log_key']}" in text
    assert "Cosigned checkpoint of 8 entries" in text
    cosigned = (world["tmp"] / "cosigned-8").read_text()
    CosignatureVerifier.from_key_text(world["vkey"].read_text()).verify(cosigned)
    assert oct(world["state"].stat().st_mode & 0o777) == "0o600"
    saved = json.loads(world["state"].read_text())
    assert saved["format"] == "prevent-gateway/witness-state@v1"
    assert [(e["origin"], e["size"]) for e in saved["logs"]] == [(ORIGIN, 8)]
    assert [p.name for p in world["state"].parent.iterdir() if p.name.startswith(".")] == []


def test_witness_refuses_a_smaller_tree_across_runs(world: dict[str, Path]) -> None:
    assert _cosign(world, "8")[0] == 0
    before = world["state"].read_bytes()
    code, text = _cosign(world, "7")  # a new run: only the state file remembers size 8
    assert code == 1
    assert "NOT COSIGNED" in text and "has 7 entries" in text and "cosigned one of 8" in text
    assert "may have been split" in text
    assert world["state"].read_bytes() == before
    assert not (world["tmp"] / "cosigned-7").exists()


def test_witness_refuses_a_fork_and_keeps_its_state(world: dict[str, Path]) -> None:
    assert _cosign(world, "8")[0] == 0
    code, text = _cosign(world, "fork")
    assert code == 1
    assert "NOT COSIGNED" in text and "not consistent with the one you cosigned before" in text
    assert "may have been split (a fork)" in text
    assert json.loads(world["state"].read_text())["logs"][0]["size"] == 8
    # The genuine extension is still cosigned, and becomes the new memory.
    code, text = _cosign(world, "9")
    assert code == 0, text
    assert "extends the 8 entries you cosigned before" in text
    assert json.loads(world["state"].read_text())["logs"][0]["size"] == 9


def test_witness_refuses_the_forged_export_even_unseen(world: dict[str, Path]) -> None:
    forger = NoteSigner.generate(ORIGIN)
    forged = _log_exports(world["tmp"] / "forged", forger, [3])[3]
    world["forged"] = forged
    code, text = _cosign(world, "forged")
    assert code == 1 and "NOT COSIGNED" in text
    assert "names a different log key than the one you trust" in text
    assert not world["state"].exists()


def test_library_witness_state_survives_reload(world: dict[str, Path]) -> None:
    signer = CosignatureSigner.from_private_key_text(world["key"].read_text())
    log_key = world["log_key"].read_text().strip()
    cosign_export(world["9"], signer, log_key, WitnessState.load(world["state"]))
    with pytest.raises(WitnessRefused) as refused:
        cosign_export(world["8"], signer, log_key, WitnessState.load(world["state"]))
    assert refused.value.reason == "smaller"
    with pytest.raises(WitnessRefused) as forked:
        cosign_export(world["fork"], signer, log_key, WitnessState.load(world["state"]))
    assert forked.value.reason == "fork"


def test_two_witness_runs_never_share_the_state(world: dict[str, Path]) -> None:
    from prevent_gateway_verify.log.witness import locked_state

    with locked_state(world["state"]):
        code, text = _cosign(world, "8")
        assert code == 1 and "another witness run is using" in text
    assert _cosign(world, "8")[0] == 0
