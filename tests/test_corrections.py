"""Rectification with notice to every recipient (UK GDPR Art 16 and 19), end to end through the
use cases on a real database (SQLite or PostgreSQL): a correction of released data prepares a
notice for each recipient; the notice goes through the same gate as any package, is released as
`correction_released` naming the original disclosure, and `package open` verifies it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from gateway.cases import use_cases as cases
from gateway.cli import package as package_cli
from gateway.corrections import use_cases
from gateway.disclosures import use_cases as disclosures
from gateway.disclosures.domain import DisclosureStatus, EmergencyGround
from gateway.disclosures.flows import write_package_file
from gateway.disclosures.kinds import DisclosureKind
from gateway.disclosures.models import DisclosureRequest
from gateway.errors import InvalidInput, NotPermitted, RedactionIncomplete
from sharing_log import EntryType, decode_entry
from tests.support import World, build_world, content_sha256, fingerprint, prepare_request

CORRECTED = (
    "During the live seminar on 3 November 2026 Amir Hassan posted a link to a news report "
    "about a proscribed group; he did not write that 'action is coming'. Piotr Król reported it."
)
REASON = "The tutor's second note shows the quotation was another student's, not his."


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def cs(world: World) -> tuple[Any, Any]:
    return world.ctx.clock, world.ctx.settings


def released(world: World) -> str:
    """A referral of the case's concern, approved by the DPO and released."""
    ref = prepare_request(world)
    go_through_the_gate(world, ref)
    return ref


def go_through_the_gate(world: World, ref: str) -> Any:
    world.run("lead", lambda s, a: disclosures.redact(s, a, *cs(world), ref))
    world.run("lead", lambda s, a: disclosures.accept_findings(s, a, *cs(world), ref))
    world.run("lead", lambda s, a: disclosures.submit(s, a, *cs(world), ref))
    sha = content_sha256(world, ref)
    world.run("dpo", lambda s, a: disclosures.approve(s, a, *cs(world), ref, sha))
    return world.run(
        "lead",
        lambda s, a: disclosures.release(
            s, a, *cs(world), ref, keyring=world.ctx.keyring, log=world.log()
        ),
    )


def correct(world: World, target: str, text: str = CORRECTED, reason: str = REASON) -> Any:
    return world.run(
        "lead",
        lambda s, a: use_cases.correct(s, a, *cs(world), world.case_ref, target, text, reason),
    )


def entries(world: World) -> list[Any]:
    log = world.ctx.transparency_log()
    with world.engine.connect() as conn:
        return [decode_entry(leaf) for _i, leaf in log.iter_entries(conn, log.size(conn))]


def test_a_corrected_released_item_reaches_its_recipient_through_the_gate(
    world: World, tmp_path: Path
) -> None:
    original = released(world)
    target = f"concern:{world.concern_id}"
    done = correct(world, target)

    # The recipient who received the wrong data is listed, with a notice still to go.
    assert [(n.corrects, n.recipient_reference, n.still_to_tell) for n in done.notices] == [
        (original, world.recipient_ref, True)
    ]
    assert done.recipients_to_tell == 1
    notice = done.notices[0].notice
    listed = world.run("dpo", lambda s, a: use_cases.list_corrections(s, a, *cs(world)))
    assert [(c.reference, c.recipients_to_tell) for c in listed] == [(done.reference, 1)]

    # The original is kept as it was, and marked as corrected.
    case = world.run("lead", lambda s, a: cases.read_case(s, a, *cs(world), world.case_ref))
    concern = next(c for c in case.concerns if c.id == world.concern_id)
    assert "action is coming" in concern.description
    assert concern.corrected_by == [done.reference]
    assert any(e.kind == "correction" and done.reference in e.summary for e in case.chronology)

    # The notice is a draft like any request: nothing leaves before the gate.
    view = world.run("dpo", lambda s, a: disclosures.read(s, a, *cs(world), notice))
    assert (view.kind, view.corrects, view.status) == (
        DisclosureKind.CORRECTION_NOTICE,
        original,
        DisclosureStatus.DRAFT,
    )
    assert view.items[0].original_text == CORRECTED
    with pytest.raises(RedactionIncomplete):
        world.run("lead", lambda s, a: disclosures.submit(s, a, *cs(world), notice))
    with pytest.raises(RedactionIncomplete):
        world.run(
            "lead",
            lambda s, a: disclosures.release(
                s, a, *cs(world), notice, keyring=world.ctx.keyring, log=world.log()
            ),
        )

    result = go_through_the_gate(world, notice)

    # Logged as correction_released, naming the original disclosure and its entry.
    last = entries(world)[-1]
    assert last.entry.entry_type is EntryType.CORRECTION_RELEASED
    fields = last.entry.fields
    assert fields["corrects_disclosure_id"] == original
    assert fields["correction_id"] == done.reference
    assert fields["corrects_entry_index"] == 0
    assert fields["disclosure_id"] == notice
    assert "Piotr" not in str(fields)

    # The recipient opens it with the product's own `package open`, which verifies it.
    with world.sessions() as session:
        row = session.scalar(select(DisclosureRequest).where(DisclosureRequest.reference == notice))
        assert row is not None and row.package is not None
        sealed = bytes(row.package.content)
    path = write_package_file(tmp_path / "in", result.filename, sealed)
    key = tmp_path / "rpc.pem"
    key.write_bytes(world.recipient_private_key)
    settings = world.ctx.settings
    opened = world.cli().invoke(
        package_cli.app,
        ["open", str(path), "--key", str(key), "--out", str(tmp_path / "opened")],
        env={
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
        },
    )
    assert opened.exit_code == 0, opened.output
    said = " ".join(opened.output.split())
    assert f"this notice corrects disclosure {original}" in said
    assert "correction_released" in said
    assert (tmp_path / "opened" / "referral.pdf").read_bytes().startswith(b"%PDF")

    # Now told: nobody is left to tell.
    after = world.run(
        "dpo", lambda s, a: use_cases.read_correction(s, a, *cs(world), done.reference)
    )
    assert after.recipients_to_tell == 0 and after.notices[0].told


def test_a_tampered_notice_names_the_correction_check(world: World, tmp_path: Path) -> None:
    """The verifier refuses a correction notice whose log entry names another disclosure."""
    import json

    from gateway.packages import verify_package
    from gateway.packages.errors import PackageInvalid

    released(world)
    done = correct(world, f"concern:{world.concern_id}")
    notice = done.notices[0].notice
    go_through_the_gate(world, notice)
    with world.sessions() as session:
        row = session.scalar(select(DisclosureRequest).where(DisclosureRequest.reference == notice))
        assert row is not None and row.package is not None
        sealed = bytes(row.package.content)
    path = write_package_file(tmp_path / "in", "n.sealed", sealed)
    report = verify_package(
        path,
        world.ctx.keyring.public_keys(),
        world.ctx.keyring.log_verifier_key_text(),
        private_key_pem=world.recipient_private_key,
    )
    assert report.corrects_disclosure_id == done.notices[0].corrects
    # A manifest claiming to correct another disclosure no longer matches its signed envelope,
    # and the correction check itself refuses a mismatch between manifest and entry.
    from prevent_gateway_verify.package.verify import PackageReport, _check_correction

    manifest = {"corrects_disclosure_id": "DR-2026-9999"}
    with pytest.raises(PackageInvalid, match="different disclosure"):
        _check_correction(
            manifest,
            "correction_released",
            {"corrects_disclosure_id": done.notices[0].corrects},
            PackageReport(source="x"),
        )
    with pytest.raises(PackageInvalid, match="records no correction"):
        _check_correction(manifest, "disclosure_released", {}, PackageReport(source="x"))
    assert json.dumps(report.manifest).count("corrects_disclosure_id") == 1


def test_an_item_of_a_released_disclosure_can_be_corrected(world: World) -> None:
    original = released(world)
    done = correct(world, f"item:{original}:1", text="Amir Hassan shared a news report.")
    assert [n.corrects for n in done.notices] == [original]
    view = world.run("dpo", lambda s, a: disclosures.read(s, a, *cs(world), original))
    assert view.items[0].corrected_by == [done.reference]


def test_a_record_no_release_carried_is_corrected_without_notices(world: World) -> None:
    done = correct(world, f"concern:{world.concern_id}")
    assert done.notices == [] and done.recipients_to_tell == 0
    # A later disclosure of the record carries the corrected text, never the original.
    ref = prepare_request(world)
    view = world.run("lead", lambda s, a: disclosures.read(s, a, *cs(world), ref))
    assert view.items[0].original_text == CORRECTED


def test_refusals_change_nothing(world: World) -> None:
    original = released(world)
    draft = prepare_request(world)
    for target, text, reason, error in (
        ("concern:9999", CORRECTED, REASON, Exception),
        ("nonsense", CORRECTED, REASON, InvalidInput),
        (f"concern:{world.concern_id}", " ", REASON, InvalidInput),
        (f"concern:{world.concern_id}", CORRECTED, "", InvalidInput),
        (f"item:{draft}:1", CORRECTED, REASON, InvalidInput),  # not released: edit it instead
        (f"item:{original}:7", CORRECTED, REASON, Exception),
    ):
        before = fingerprint(world.engine)
        with pytest.raises(error):
            correct(world, target, text, reason)
        assert fingerprint(world.engine) == before
    with pytest.raises(NotPermitted):
        world.run(
            "dpo",
            lambda s, a: use_cases.correct(
                s, a, *cs(world), world.case_ref, f"concern:{world.concern_id}", CORRECTED, REASON
            ),
        )


def test_a_correction_notice_never_goes_on_the_emergency_path(world: World) -> None:
    released(world)
    notice = correct(world, f"concern:{world.concern_id}").notices[0].notice
    world.run("lead", lambda s, a: disclosures.redact(s, a, *cs(world), notice))
    world.run("lead", lambda s, a: disclosures.accept_findings(s, a, *cs(world), notice))
    world.run("lead", lambda s, a: disclosures.submit(s, a, *cs(world), notice))
    sha = content_sha256(world, notice, "smt1")
    world.run(
        "smt1",
        lambda s, a: disclosures.authorise_emergency(
            s,
            a,
            *cs(world),
            notice,
            "A serious and immediate risk to life, and the DPO cannot be reached today.",
            sha,
            ground=EmergencyGround.RISK_TO_LIFE,
        ),
    )
    with pytest.raises(InvalidInput, match="never on the emergency path"):
        world.run(
            "lead",
            lambda s, a: disclosures.release(
                s,
                a,
                *cs(world),
                notice,
                keyring=world.ctx.keyring,
                log=world.log(),
                emergency=True,
            ),
        )
