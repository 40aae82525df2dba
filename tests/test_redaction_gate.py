"""Nothing leaves that nobody checked: the redaction gate, the one referral content, and the
approval bound to what the DPO read, through every door (API, pages, command line) and on the
emergency path. Each refusal leaves every table as it was but one access-log row naming the
actor, the action and the rule that refused it."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from typer.testing import CliRunner

from gateway.access_log.models import AccessEvent
from gateway.cli.main import app as cli_app
from gateway.db import transaction
from gateway.disclosures import service, use_cases
from gateway.disclosures.domain import ItemKind, RedactionState, redaction_status
from gateway.disclosures.errors import RedactionUnavailable
from gateway.disclosures.lawful_basis import SpecialCategory
from gateway.disclosures.referral import referral_content
from gateway.runner import UnitOfWork
from gateway.users.domain import Role
from tests.support import (
    ANSWERED_NONE_JSON,
    CONCERN_ITEM_JSON,
    PARA18_PARTS_JSON,
    fingerprint,
)
from tests.test_api_flow import BASIS, LEAD, P, install_dpia, referral_case
from tests.test_web_world import World, csrf_of, make_world


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def draft(world: World, *, redact: bool = True, review: bool = True) -> str:
    """A draft with the lawful basis and the case's concern, redacted and reviewed as told."""
    install_dpia(world)
    case_ref = referral_case(world)
    client, lead = world.client(), world.headers(LEAD)
    ref = str(
        client.post(
            f"{P}/disclosures",
            headers=lead,
            json={
                "case_reference": case_ref,
                "recipient_reference": world.recipient,
                "purpose": "Assessment by the Regional Prevent Coordinator.",
            },
        ).json()["reference"]
    )
    assert client.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=BASIS).is_success
    assert client.post(
        f"{P}/disclosures/{ref}/items", headers=lead, json=CONCERN_ITEM_JSON
    ).is_success
    if redact:
        assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    if review:
        assert client.post(
            f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={}
        ).is_success
    return ref


def submitted(world: World) -> str:
    ref = draft(world)
    reply = world.client().post(f"{P}/disclosures/{ref}/submit", headers=world.headers(LEAD))
    assert reply.status_code == 200, reply.text
    return ref


def seen_by(world: World, role: Role, ref: str) -> str:
    """The content SHA-256 the approval view shows ``role`` now."""
    reply = world.client().get(f"{P}/disclosures/{ref}/approval", headers=world.headers(role))
    assert reply.status_code == 200, reply.text
    return str(reply.json()["content_sha256"])


def access_events(world: World) -> list[AccessEvent]:
    with world.ctx.sessions() as session:
        return list(session.scalars(select(AccessEvent).order_by(AccessEvent.id)))


def refused_with_one_record(
    world: World, attempt: Any, *, rule: str, action: str, actor: Role
) -> Any:
    """Run ``attempt``; every table but the access log is as it was, and the access log has
    exactly one new row: the refused attempt, its actor, action and rule."""
    before = fingerprint(world.ctx.engine)
    events_before = len(access_events(world))
    reply = attempt()
    after = fingerprint(world.ctx.engine)
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= {"access_events"}, f"a refusal changed {changed}"
    new = access_events(world)[events_before:]
    assert len(new) == 1, [(e.action, e.refused_rule) for e in new]
    event = new[0]
    assert (event.action, event.refused_rule) == (action, rule)
    with world.ctx.sessions() as session:
        assert event.user_id == world.actor(session, actor).user.id
    return reply


# --- 1. redaction is a gate ---------------------------------------------------------------------


def test_an_item_never_redacted_is_refused_at_submission_naming_it(world: World) -> None:
    ref = draft(world, redact=False, review=False)
    reply = refused_with_one_record(
        world,
        lambda: world.client().post(f"{P}/disclosures/{ref}/submit", headers=world.headers(LEAD)),
        rule="redaction-incomplete",
        action="disclosure.submit",
        actor=LEAD,
    )
    assert reply.status_code == 422
    assert "item 1 has not been redacted" in reply.json()["detail"]


def test_an_item_added_after_redaction_and_unreviewed_findings_are_refused(world: World) -> None:
    ref = draft(world, review=False)
    client, lead = world.client(), world.headers(LEAD)
    reply = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert reply.json()["code"] == "redaction-incomplete"
    assert "not yet reviewed" in reply.json()["detail"]
    assert client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={}).is_success
    added = client.post(
        f"{P}/disclosures/{ref}/items",
        headers=lead,
        json={
            "kind": "note",
            "label": "Call",
            "text": "Maya Brooks rang on 07700 900123.",
            **ANSWERED_NONE_JSON,
        },
    )
    assert added.json()["items"][1]["redaction_state"] == "not_redacted"
    assert added.json()["items"][1]["redaction_status"] == "not yet redacted"
    reply = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert reply.json()["code"] == "redaction-incomplete"
    assert "item 2 has not been redacted" in reply.json()["detail"]
    assert "item 1" not in reply.json()["detail"]
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    done = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert done.status_code == 200, done.text
    assert "Maya Brooks" not in done.json()["items"][1]["redacted_text"]


def test_a_failed_redaction_leaves_the_item_not_redacted_and_submission_refused(
    world: World, tmp_path: Path
) -> None:
    ref = draft(world, redact=False, review=False)
    failing = world.ctx.settings.model_copy(update={"nlp_model": "xx_no_such_language_model"})
    with pytest.raises(RedactionUnavailable):
        UnitOfWork(world.ctx.sessions, world.ctx.clock, failing).run(
            _local(world, LEAD), use_cases.redact, ref
        )
    view = world.client().get(f"{P}/disclosures/{ref}", headers=world.headers(LEAD)).json()
    assert view["items"][0]["redaction_state"] == "not_redacted"
    reply = world.client().post(f"{P}/disclosures/{ref}/submit", headers=world.headers(LEAD))
    assert reply.json()["code"] == "redaction-incomplete"


def test_editing_an_item_voids_its_redaction_and_the_approval(world: World) -> None:
    ref = submitted(world)
    client, lead, dpo = world.client(), world.headers(LEAD), world.headers(Role.DPO)
    sha = seen_by(world, Role.DPO, ref)
    assert client.post(
        f"{P}/disclosures/{ref}/approve", headers=dpo, json={"content_sha256": sha}
    ).is_success
    edited = client.patch(
        f"{P}/disclosures/{ref}/items/1",
        headers=lead,
        json={"text": "Alex Example told Sam Okoro he would hurt people."},
    ).json()
    assert edited["status"] == "draft" and edited["approved_by"] is None
    assert edited["items"][0]["redaction_state"] == "not_redacted"
    assert edited["items"][0]["findings"] == []
    refused = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert refused.json()["code"] == "redaction-incomplete"
    # A change of flags or label is a change of content too, but not of the redacted text.
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    flagged = client.patch(
        f"{P}/disclosures/{ref}/items/1", headers=lead, json={"criminal_offence": False}
    ).json()
    assert flagged["items"][0]["redaction_state"] == "redacted"


def test_changing_the_subject_fields_voids_the_redaction(world: World) -> None:
    ref = draft(world)
    client, lead = world.client(), world.headers(LEAD)
    changed = client.put(
        f"{P}/disclosures/{ref}/subject-fields", headers=lead, json={"fields": ["date_of_birth"]}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["items"][0]["redaction_state"] == "not_redacted"


def test_approval_emergency_and_release_each_check_the_gate(world: World) -> None:
    ref = submitted(world)
    sha = seen_by(world, Role.DPO, ref)
    # Behind the gateway's back: the redaction no longer matches the item's text.
    with transaction(world.ctx.sessions) as session:
        service.get_request(session, ref).items[0].redaction_text_sha256 = "0" * 64
    client = world.client()
    sha = seen_by(world, Role.DPO, ref)
    for role, path, body, action in (
        (Role.DPO, "approve", {"content_sha256": sha}, "disclosure.approve"),
        (
            Role.SMT_MEMBER,
            "emergency-authorise",
            {
                "ground": "risk_to_life",
                "reason": "A stated plan to act today; the DPO is unreachable.",
                "content_sha256": sha,
            },
            "disclosure.emergency_authorise",
        ),
    ):
        reply = refused_with_one_record(
            world,
            lambda role=role, path=path, body=body: client.post(
                f"{P}/disclosures/{ref}/{path}", headers=world.headers(role), json=body
            ),
            rule="redaction-incomplete",
            action=action,
            actor=role,
        )
        assert reply.status_code == 422, reply.text


def test_an_item_with_no_free_text_needs_no_redaction() -> None:
    status = redaction_status(ItemKind.SUBJECT_IDENTITY, "S1234567", None, [])
    assert status.state is RedactionState.NOT_NEEDED and status.complete
    assert not redaction_status(ItemKind.NOTE, "text", None, []).complete


# --- 2. what every screen and document says is true ------------------------------------------


def test_statements_follow_what_was_done(world: World) -> None:
    ref = draft(world, redact=False, review=False)
    client, lead = world.client(), world.headers(LEAD)
    with world.ctx.sessions() as session:
        before = referral_content(
            session, service.get_request(session, ref), world.ctx.settings
        )
    assert before.redaction_statement.startswith("Not every item has been checked")
    assert before.marking == "personal data", "no item is flagged"
    review = world.client()
    world.login(review, LEAD)
    page = review.get(f"/disclosures/{ref}/review").text
    assert "has not been redacted as its text now stands" in page
    assert "No personal data of anyone else was found" not in page

    clean = client.post(
        f"{P}/disclosures/{ref}/items",
        headers=lead,
        json={
            "kind": "vulnerabilities",
            "label": "Health",
            "text": "Struggling with low mood since the start of term.",
            "special_categories": ["health"],
            "criminal_offence": False,
        },
    ).json()
    assert clean["items"][1]["redaction_status"] == "not yet redacted"
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    view = client.get(f"{P}/disclosures/{ref}", headers=lead).json()
    assert view["items"][1]["redaction_status"] == "redacted: nothing found"
    assert view["items"][0]["redaction_status"].endswith("not yet reviewed")
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    with world.ctx.sessions() as session:
        after = referral_content(session, service.get_request(session, ref), world.ctx.settings)
    assert after.marking == "personal data, including special category data (health)"
    assert "that data has been redacted" in after.redaction_statement
    assert after.redaction_counts, "the concern names a witness"


def test_the_recipients_pdf_says_only_what_is_true(world: World) -> None:
    ref = draft(world, redact=False, review=False)
    client, lead = world.client(), world.headers(LEAD)
    # One item with nothing to find: "no redactions were needed" only once it has run.
    client.delete(f"{P}/disclosures/{ref}/items/1", headers=lead)
    client.post(
        f"{P}/disclosures/{ref}/items",
        headers=lead,
        json={
            "kind": "note",
            "label": "Attendance",
            "text": "Missed four seminars this term.",
            **ANSWERED_NONE_JSON,
        },
    )
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    pdf = released_pdf(world, ref)
    assert "no redactions were needed" in pdf
    assert "special category" not in pdf and "criminal offence data" not in pdf
    assert "has been redacted" not in pdf


def released_pdf(world: World, ref: str) -> str:
    client = world.client()
    sha = seen_by(world, Role.DPO, ref)
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=world.headers(Role.DPO),
        json={"content_sha256": sha},
    )
    assert approved.status_code == 200, approved.text
    released = client.post(
        f"{P}/disclosures/{ref}/release", headers=world.headers(LEAD), json={}
    )
    assert released.status_code == 200, released.text
    files = package_files(world, ref)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(files["referral.pdf"])).pages)
    return " ".join(text.split())


def package_files(world: World, ref: str) -> dict[str, bytes]:
    """The files of the released package, opened with the recipient's key."""
    from prevent_gateway_verify.package.verify import load_package_files

    sealed = world.client().get(f"{P}/disclosures/{ref}/package", headers=world.headers(LEAD))
    path = world.ctx.settings.data_dir / f"{ref}.received.sealed"
    path.write_bytes(sealed.content)
    files, _ = load_package_files(path, world.recipient_private_pem)
    return files


# --- 3. one frozen content, bound on every path -------------------------------------------------


def test_a_stale_approval_is_refused_and_recorded(world: World) -> None:
    ref = submitted(world)
    client, lead = world.client(), world.headers(LEAD)
    read = seen_by(world, Role.DPO, ref)
    # The preparer changes an item and submits again while the DPO has the page open.
    client.patch(f"{P}/disclosures/{ref}/items/1", headers=lead, json={"label": "First concern"})
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    reply = refused_with_one_record(
        world,
        lambda: client.post(
            f"{P}/disclosures/{ref}/approve",
            headers=world.headers(Role.DPO),
            json={"content_sha256": read},
        ),
        rule="content-changed",
        action="disclosure.approve",
        actor=Role.DPO,
    )
    assert reply.status_code == 409
    assert "changed since you opened it" in reply.json()["detail"]
    # The auditor and the DPO see the refused attempt in the access log.
    events = client.get(f"{P}/access-log", headers=world.headers(Role.AUDITOR)).json()["items"]
    refused = [e for e in events if e["refused_rule"] == "content-changed"]
    assert [(e["action"], e["object_ref"]) for e in refused] == [("disclosure.approve", ref)]
    malformed = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=world.headers(Role.DPO),
        json={"content_sha256": "not a hash"},
    )
    assert malformed.status_code == 422 and malformed.json()["code"] == "invalid-input"


def _local(world: World, role: Role) -> Any:
    from gateway.auth.identity import LocalUser

    return LocalUser(world.username(role))


def _manifest_and_entry(world: World, ref: str) -> tuple[dict[str, Any], dict[str, Any]]:
    files = package_files(world, ref)
    manifest = json.loads(files["manifest.json"])
    entry = json.loads(files["log.entry"])
    return manifest, entry


@pytest.mark.parametrize("door", ["api", "web", "cli", "emergency"])
def test_the_manifest_carries_the_hash_the_decision_named(world: World, door: str) -> None:
    ref = submitted(world)
    client = world.client()
    decider = Role.SMT_MEMBER if door == "emergency" else Role.DPO
    sha = seen_by(world, decider, ref)
    if door == "api":
        reply = client.post(
            f"{P}/disclosures/{ref}/approve",
            headers=world.headers(Role.DPO),
            json={"content_sha256": sha},
        )
        assert reply.status_code == 200, reply.text
    elif door == "web":
        browser = world.client()
        world.login(browser, Role.DPO)
        page = browser.get(f"/disclosures/{ref}/approval")
        assert sha in page.text
        reply = browser.post(
            f"/disclosures/{ref}/approve",
            data={"csrf_token": csrf_of(page.text), "content_sha256": sha},
        )
        assert reply.status_code == 303, reply.text
    elif door == "cli":
        settings = world.ctx.settings
        env = {
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": str(settings.database_url),
            "PREVENT_GATEWAY_TOKEN": world.tokens[Role.DPO],
        }
        shown = CliRunner().invoke(
            cli_app, ["disclosure", "show", ref, "--as", world.username(Role.DPO)], env=env
        )
        assert shown.exit_code == 0, shown.output
        assert sha in shown.output
        done = CliRunner().invoke(
            cli_app,
            [
                "disclosure",
                "approve",
                ref,
                "--content-sha256",
                sha,
                "--as",
                world.username(Role.DPO),
            ],
            env=env,
        )
        assert done.exit_code == 0, (done.output, done.exception)
    else:
        reply = client.post(
            f"{P}/disclosures/{ref}/emergency-authorise",
            headers=world.headers(Role.SMT_MEMBER),
            json={
                "ground": "risk_to_life",
                "reason": "A stated plan to act today; the DPO is unreachable.",
                "content_sha256": sha,
            },
        )
        assert reply.status_code == 200, reply.text
    released = client.post(
        f"{P}/disclosures/{ref}/release",
        headers=world.headers(LEAD),
        json={"emergency": door == "emergency"},
    )
    assert released.status_code == 200, released.text
    manifest, entry = _manifest_and_entry(world, ref)
    assert manifest["approved_content_sha256"] == sha
    with world.ctx.sessions() as session:
        request = service.get_request(session, ref)
        stored = (
            request.emergency_content_hash if door == "emergency" else request.approved_content_hash
        )
    assert stored == sha
    if door != "emergency":
        assert entry["fields"]["approval_sha256"] == sha


def test_the_referrer_is_the_preparer_not_whoever_releases(world: World) -> None:
    ref = submitted(world)
    with world.ctx.sessions() as session:
        request = service.get_request(session, ref)
        content = referral_content(session, request, world.ctx.settings)
        preparer = world.actor(session, LEAD).user.display_name
    assert content.referrer.name == preparer
    assert content.purpose == "Assessment by the Regional Prevent Coordinator."
    # The content holds nothing of the release: approving and releasing do not change it.
    sha = content.sha256()
    pdf = released_pdf(world, ref)
    assert preparer in pdf
    manifest, _ = _manifest_and_entry(world, ref)
    assert manifest["approved_content_sha256"] == sha


# --- 4. one approval view -------------------------------------------------------------------


def test_the_approval_view_shows_every_justification_and_item_flag(world: World) -> None:
    ref = draft(world)
    client, lead = world.client(), world.headers(LEAD)
    basis = {
        **BASIS,
        "art9_condition": "art9.2.g",
        "schedule1_paragraph": 18,
        "art10_paragraph": 10,
        "appropriate_policy_document": "APD-2026-01",
        "at_risk_justification": "The student is at risk of being drawn into terrorism.",
        "consent_not_sought_reason": "Seeking consent would alert those grooming him.",
        **PARA18_PARTS_JSON,
        "consent_prejudice_reason": "Asking him would warn the people he is in contact with.",
    }
    assert client.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=basis).is_success
    client.patch(
        f"{P}/disclosures/{ref}/items/1",
        headers=lead,
        json={"special_categories": [SpecialCategory.HEALTH.value], "criminal_offence": True},
    )
    done = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert done.status_code == 200, done.text
    view = client.get(f"{P}/disclosures/{ref}/approval", headers=world.headers(Role.DPO)).json()
    lines = " ".join(view["lawful_basis_lines"])
    for said in (
        basis["at_risk_justification"],
        basis["consent_not_sought_reason"],
        basis["consent_prejudice_reason"],
    ):
        assert said in lines
    assert f"Why the student is not told: {BASIS['subject_not_informed_reason']}" in lines
    assert view["subject_told"].startswith("The student has not been told")
    item = view["items"][0]
    assert item["special_categories"] == ["health"] and item["criminal_offence"] is True
    assert item["redaction_status"].startswith("redacted:")
    assert "Jordan Fisher" not in item["text_as_sent"]
    assert view["marking"].endswith("special category data (health) and criminal offence data")
    assert view["recipient_reference"] == world.recipient
    assert len(view["content_sha256"]) == 64
    with world.ctx.sessions() as session:
        count = session.scalar(
            select(func.count()).select_from(AccessEvent).where(AccessEvent.object_ref == ref)
        )
    assert count and count >= 1, "reading the approval view is recorded"
