"""The whole flow through the API: concern, decision, disclosure, redaction review, DPO approval,
release, then the auditor's checkpoint, verification, export and access log."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_web_world import World, make_world

from gateway.db import transaction
from gateway.users.domain import Role
from tests.support import CONCERN_ITEM_JSON

P = "/api/v1"
LEAD = Role.PREVENT_LEAD

BASIS = {
    "art6_basis": "art6.1.e",
    "necessity": "The coordinator needs the concern to assess the risk.",
    "proportionality": "Only the concern itself is shared, with other people removed.",
    "clear_and_compelling": "Two staff saw the material; the student confirmed it was theirs.",
    "subject_informed": False,
    "subject_not_informed_reason": "Telling the student would prejudice crime prevention.",
    "relies_on_sch2_para2": True,
}


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path, passwords=False)


def install_dpia(world: World) -> None:
    from gateway.dpias.service import install_demo_dpia

    with transaction(world.ctx.sessions) as session:
        install_demo_dpia(
            session,
            preparer=world.actor(session, Role.PREVENT_LEAD),
            dpo=world.actor(session, Role.DPO),
            approver=world.actor(session, Role.SMT_MEMBER),
        )


def referral_case(world: World) -> str:
    client = world.client()
    raised = client.post(
        f"{P}/concerns",
        headers=world.headers(Role.STUDENT_SUPPORT),
        json={
            "subject": {"student_id": "S1234567", "name": "Alex Example"},
            "source": "student_via_support_team",
            "description": "Alex Example shared extremist material with Jordan Fisher in the "
            "library and said he would hurt people.",
            "reported_by_name": "Jordan Fisher",
        },
    )
    assert raised.status_code == 201, raised.text
    # Support staff are told the concern's reference only; the Prevent Lead finds the case.
    assert raised.json()["case_reference"] is None
    listed = client.get(f"{P}/cases", headers=world.headers(LEAD)).json()["items"]
    case_ref = next(c["reference"] for c in listed if c["subject_name"] == "Alex Example")
    decided = client.post(
        f"{P}/cases/{case_ref}/decisions",
        headers=world.headers(LEAD),
        json={
            "seriousness": "high",
            "outcome": "referral",
            "rationale": "Threat of violence with extremist material.",
            "freedom_of_speech_consideration": "Not lawful expression: a threat to hurt people.",
            "smt_usernames": [world.username(Role.SMT_MEMBER)],
            "grounds": ["serious_immediate_safety"],
        },
    )
    assert decided.status_code == 201, decided.text
    # The SMT member named confirms it themselves: only then is the referral final.
    confirmed = client.post(
        f"{P}/cases/{case_ref}/decisions/1/confirm", headers=world.headers(Role.SMT_MEMBER)
    )
    assert confirmed.status_code == 200, confirmed.text
    return str(case_ref)


def test_support_staff_see_their_concern_but_not_the_case(world: World) -> None:
    case_ref = referral_case(world)
    client = world.client()
    mine = client.get(f"{P}/concerns/mine", headers=world.headers(Role.STUDENT_SUPPORT)).json()
    assert mine["total"] == 1 and mine["items"][0]["reference"].startswith("C-")
    assert "case_reference" not in mine["items"][0] and case_ref not in str(mine)
    refused = client.get(f"{P}/cases/{case_ref}", headers=world.headers(Role.STUDENT_SUPPORT))
    assert refused.status_code == 403
    problem = refused.json()
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert problem["status"] == 403 and problem["code"] == "not-permitted"
    assert "Student Support Team" in problem["detail"] and problem["hint"]
    assert "Alex" not in refused.text
    # the tutor who did not raise it sees nothing of it
    tutor = client.get(f"{P}/concerns/mine", headers=world.headers(Role.TUTOR)).json()
    assert tutor["total"] == 0


def test_reading_a_case_is_recorded_with_the_door_and_the_address(world: World) -> None:
    case_ref = referral_case(world)
    client = world.client()
    case = client.get(f"{P}/cases/{case_ref}", headers=world.headers(LEAD)).json()
    assert [e["kind"] for e in case["chronology"]][:2] == ["case_opened", "concern_raised"]
    assert case["decisions"][0]["outcome"] == "referral"
    events = client.get(f"{P}/access-log", headers=world.headers(Role.AUDITOR)).json()["items"]
    reads = [e for e in events if e["action"] == "case.read" and e["object_ref"] == case_ref]
    assert reads and reads[0]["channel"] == "api" and reads[0]["source"] == "testclient"
    assert reads[0]["username"] == world.username(LEAD)
    # the auditor never sees case content
    assert (
        client.get(f"{P}/cases/{case_ref}", headers=world.headers(Role.AUDITOR)).status_code == 403
    )
    check = client.post(f"{P}/access-log/verify", headers=world.headers(Role.AUDITOR)).json()
    assert check["append_only"] is True


def test_lists_are_paginated(world: World) -> None:
    client = world.client()
    for i in range(3):
        reply = client.post(
            f"{P}/concerns",
            headers=world.headers(Role.TUTOR),
            json={
                "subject": {"student_id": f"S{i}", "name": f"Student {i}"},
                "source": "staff",
                "description": f"Concern {i}",
            },
        )
        assert reply.status_code == 201
    page = client.get(f"{P}/cases?limit=2&offset=1", headers=world.headers(LEAD)).json()
    assert page["total"] == 3 and page["limit"] == 2 and page["offset"] == 1
    assert [c["subject_name"] for c in page["items"]] == ["Student 1", "Student 2"]
    bad = client.get(f"{P}/cases?limit=0", headers=world.headers(LEAD))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "query.limit"


def test_rules_are_refused_as_problem_details_and_change_nothing(world: World) -> None:
    install_dpia(world)
    case_ref = referral_case(world)
    client = world.client()
    lead = world.headers(LEAD)
    created = client.post(
        f"{P}/disclosures",
        headers=lead,
        json={
            "case_reference": case_ref,
            "recipient_reference": world.recipient,
            "purpose": "Assess",
        },
    ).json()
    ref = created["reference"]
    client.post(f"{P}/disclosures/{ref}/items", headers=lead, json=CONCERN_ITEM_JSON)
    refused = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert refused.status_code == 422
    assert refused.json()["code"] == "redaction-incomplete"
    assert "item 1 has not been redacted" in refused.json()["detail"]
    assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    assert client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={}).is_success
    refused = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert refused.status_code == 422
    assert refused.json()["code"] == "lawful-basis-missing"
    after = client.get(f"{P}/disclosures/{ref}", headers=lead).json()
    assert after["status"] == "draft"
    unknown = client.post(
        f"{P}/disclosures",
        headers=lead,
        json={"case_reference": case_ref, "recipient_reference": "R-9999", "purpose": "Assess"},
    )
    assert unknown.status_code == 422 and unknown.json()["code"] == "recipient-not-allowed"
    missing = client.get(f"{P}/cases/PRV-1999-0001", headers=lead)
    assert missing.status_code == 404 and missing.json()["code"] == "not-found"


def test_the_whole_flow_through_the_api(world: World) -> None:
    install_dpia(world)
    case_ref = referral_case(world)
    client = world.client()
    lead, dpo, auditor = world.headers(LEAD), world.headers(Role.DPO), world.headers(Role.AUDITOR)

    ref = client.post(
        f"{P}/disclosures",
        headers=lead,
        json={
            "case_reference": case_ref,
            "recipient_reference": world.recipient,
            "purpose": "Assessment by the Regional Prevent Coordinator.",
        },
    ).json()["reference"]
    assert (
        client.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=BASIS).status_code
        == 200
    )
    item = client.post(
        f"{P}/disclosures/{ref}/items", headers=lead, json=CONCERN_ITEM_JSON
    )
    assert item.status_code == 201, item.text
    redacted = client.post(f"{P}/disclosures/{ref}/redact", headers=lead).json()
    findings = redacted["items"][0]["findings"]
    names = [f["text"] for f in findings if f["action"] == "redacted"]
    assert "Jordan Fisher" in names
    assert "Jordan Fisher" not in redacted["items"][0]["redacted_text"]
    # rejecting a redaction needs a justification
    no_reason = client.post(
        f"{P}/disclosures/{ref}/items/1/findings/0/review",
        headers=lead,
        json={"accept": False, "justification": ""},
    )
    assert no_reason.status_code == 422
    accepted = client.post(
        f"{P}/disclosures/{ref}/items/1/findings/0/review", headers=lead, json={"accept": True}
    )
    assert accepted.status_code == 200
    assert accepted.json()["items"][0]["findings"][0]["review"] == "accepted"
    unreviewed = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert unreviewed.status_code == 422 and unreviewed.json()["code"] == "redaction-incomplete"
    rest = client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    assert rest.json()["redaction_complete"] is True

    submitted = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert submitted.status_code == 200, submitted.text
    queue = client.get(f"{P}/disclosures/queue", headers=dpo).json()
    assert [d["reference"] for d in queue["awaiting_approval"]] == [ref]

    sha = client.get(f"{P}/disclosures/{ref}/approval", headers=dpo).json()["content_sha256"]
    assert (
        client.post(
            f"{P}/disclosures/{ref}/approve", headers=lead, json={"content_sha256": sha}
        ).status_code
        == 403
    )
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=dpo,
        json={"content_sha256": sha, "note": "Proceed"},
    )
    assert approved.status_code == 200, approved.text
    assert approved.json()["approval_current"] is True

    released = client.post(f"{P}/disclosures/{ref}/release", headers=lead, json={})
    assert released.status_code == 200, released.text
    body = released.json()
    assert body["status"] == "released" and body["log_index"] == 0
    again = client.post(f"{P}/disclosures/{ref}/release", headers=lead, json={})
    assert again.status_code == 409 and again.json()["code"] == "invalid-transition"

    package = client.get(f"{P}/disclosures/{ref}/package", headers=lead)
    assert package.status_code == 200 and len(package.content) > 1000

    checkpoint = client.get(f"{P}/log/checkpoint", headers=auditor)
    assert checkpoint.status_code == 200
    lines = checkpoint.text.splitlines()
    assert lines[0] == world.ctx.settings.log_origin and lines[1] == "1"
    entries = client.get(f"{P}/log/entries", headers=auditor).json()
    assert entries["total"] == 1
    entry = entries["items"][0]["entry"]
    assert entry["type"] == "disclosure_released"
    assert "Alex" not in str(entry) and "S1234567" not in str(entry)
    verified = client.post(f"{P}/log/verify", headers=auditor).json()
    assert verified["verified"] is True and verified["tree_size"] == 1
    export = client.get(f"{P}/log/export", headers=auditor)
    names_in_zip = zipfile.ZipFile(io.BytesIO(export.content)).namelist()
    assert "sharing-log-export/checkpoint" in names_in_zip
    assert "sharing-log-export/entries.jsonl" in names_in_zip


def test_checkpoint_fast_path_still_checks_the_role(world: World) -> None:
    client = world.client()
    for _ in range(3):
        ok = client.get(f"{P}/log/checkpoint", headers=world.headers(Role.AUDITOR))
        assert ok.status_code == 200 and ok.text.splitlines()[1] == "0"
        refused = client.get(f"{P}/log/checkpoint", headers=world.headers(Role.TUTOR))
        assert refused.status_code == 403
        assert client.get(f"{P}/log/checkpoint").status_code == 401
