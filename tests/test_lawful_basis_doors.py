"""The lawful-basis rules through the use cases: Sch 1 para 10(2) recorded wherever the
disclosure is; 6(1)(f) and (ea) refused when chosen."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import Engine

from gateway.db import transaction
from gateway.disclosures import use_cases
from gateway.disclosures.flows import write_package_file
from gateway.disclosures.lawful_basis import PARA10_2_CODE, Art6Basis
from gateway.keys import generate_recipient_keypair
from gateway.packages import open_package
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from sharing_log import decode_entry
from tests.support import (
    PUBLIC_TASK,
    World,
    build_world,
    content_sha256,
    prepare_request,
)

UNLAWFUL_ACTS = replace(
    PUBLIC_TASK,
    art10_paragraph=10,
    consent_prejudice_reason="Asking him would alert him before the police can act on the plan.",
)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def _police(world: World) -> tuple[str, bytes]:
    private_pem, public_text = generate_recipient_keypair("Police Prevent team")
    with transaction(world.sessions) as session:
        ref = register_recipient(
            session,
            world.actor("admin", session),
            kind=RecipientKind.POLICE_PREVENT_TEAM,
            name="Police Prevent team",
            organisation="Example Police",
            contact="prevent@police.example",
            public_key=public_text,
            competent_authority=True,
        ).reference
    return ref, private_pem


def _release(world: World, ref: str) -> Any:
    clock, settings = world.ctx.clock, world.ctx.settings
    world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    sha = content_sha256(world, ref)
    world.run("dpo", lambda s, a: use_cases.approve(s, a, clock, settings, ref, sha))
    return world.run(
        "lead",
        lambda s, a: use_cases.release(
            s, a, clock, settings, ref, keyring=world.ctx.keyring, log=world.log()
        ),
    )


def test_para_10_2_is_recorded_in_the_record_the_log_the_manifest_and_the_pdf(
    world: World, tmp_path: Path
) -> None:
    police, private_pem = _police(world)
    ref = prepare_request(world, recipient=police, basis=UNLAWFUL_ACTS, criminal=True)
    done = _release(world, ref)
    clock, settings = world.ctx.clock, world.ctx.settings
    view = world.run("lead", lambda s, a: use_cases.read(s, a, clock, settings, ref))
    assert view.lawful_basis["para10_2_competent_authority"] is True
    assert PARA10_2_CODE in view.lawful_basis_codes
    assert any("10(2)" in line for line in view.lawful_basis_in_words)

    log = world.ctx.transparency_log()
    with world.engine.connect() as conn:
        entry = decode_entry(next(leaf for _i, leaf in log.iter_entries(conn, log.size(conn))))
    assert PARA10_2_CODE in entry.entry.fields["lawful_basis"]

    with world.sessions() as session:
        from gateway.disclosures import service

        sealed = bytes(service.get_request(session, ref).package.content)  # type: ignore[union-attr]
    path = write_package_file(tmp_path / "in", done.filename, sealed)
    out = tmp_path / "opened"
    report = open_package(
        path,
        private_pem,
        out,
        world.ctx.keyring.public_keys(),
        world.ctx.keyring.log_verifier_key_text(),
    )
    assert PARA10_2_CODE in report.manifest["lawful_basis_codes"]
    pdf = (out / "referral.pdf").read_bytes()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "10(2)" in " ".join(text.split())


def test_para_10_2_is_not_recorded_for_a_recipient_that_is_no_competent_authority(
    world: World,
) -> None:
    ref = prepare_request(world, basis=UNLAWFUL_ACTS, criminal=True)
    clock, settings = world.ctx.clock, world.ctx.settings
    # Without para 10(2) the paragraph needs its appropriate policy document.
    with pytest.raises(Exception, match="appropriate policy document"):
        world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    view = world.run("lead", lambda s, a: use_cases.read(s, a, clock, settings, ref))
    assert PARA10_2_CODE not in view.lawful_basis_codes


def test_legitimate_interests_are_refused_when_chosen_on_the_api(world: World) -> None:
    ref = prepare_request(world)
    clock, settings = world.ctx.clock, world.ctx.settings
    from gateway.errors import LegitimateInterestsUnavailable

    with pytest.raises(LegitimateInterestsUnavailable):
        world.run(
            "lead",
            lambda s, a: use_cases.set_lawful_basis(
                s,
                a,
                clock,
                settings,
                ref,
                replace(PUBLIC_TASK, art6_basis=Art6Basis.RECOGNISED_LEGITIMATE_INTERESTS),
            ),
        )
