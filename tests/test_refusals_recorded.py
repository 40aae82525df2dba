"""Every refused attempt to create, submit, approve, authorise or release a disclosure leaves
exactly one access-log row (who, what, which rule) and nothing else, and the DPO can list them
on the web page, the API and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway.db import transaction
from gateway.keys.recipient import generate_recipient_keypair
from gateway.recipients.models import RecipientKind
from gateway.recipients.service import register_recipient
from gateway.users.domain import Role
from tests.test_api_flow import BASIS, LEAD, P
from tests.test_redaction_gate import draft, refused_with_one_record
from tests.test_web_world import World, make_world


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def _channel(world: World) -> str:
    _private, public_text = generate_recipient_keypair("Channel panel")
    with transaction(world.ctx.sessions) as session:
        return register_recipient(
            session,
            world.actor(session, Role.ADMINISTRATOR),
            kind=RecipientKind.CHANNEL_PANEL,
            name="Channel panel",
            organisation="Example Council",
            contact="channel@example.gov.uk",
            public_key=public_text,
        ).reference


def test_each_refused_attempt_leaves_only_its_access_log_row(world: World) -> None:
    ref = draft(world)
    client, lead = world.client(), world.headers(LEAD)
    case_ref = client.get(f"{P}/disclosures/{ref}", headers=lead).json()["case_reference"]
    channel = _channel(world)

    def create(recipient: str, rpc: str | None = None) -> Any:
        return lambda: client.post(
            f"{P}/disclosures",
            headers=lead,
            json={
                "case_reference": case_ref,
                "recipient_reference": recipient,
                "purpose": "Consideration by the Channel panel.",
                "rpc_discussion_reference": rpc,
            },
        )

    for attempt, rule in (
        (create("R-9999"), "recipient-not-allowed"),
        (create(channel), "channel-discussion-missing"),
        (create(channel, "made-up-ref"), "channel-discussion-missing"),
    ):
        reply = refused_with_one_record(
            world, attempt, rule=rule, action="disclosure.create", actor=LEAD
        )
        assert reply.status_code >= 400 and reply.json()["code"] == rule

    # Consent while the record says the student was not told: refused at submit.
    consent = {**BASIS, "art6_basis": "art6.1.a"}
    assert client.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=consent).is_success
    refused_with_one_record(
        world,
        lambda: client.post(f"{P}/disclosures/{ref}/submit", headers=lead),
        rule="lawful-basis-missing",
        action="disclosure.submit",
        actor=LEAD,
    )
    assert client.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=BASIS).is_success
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    sha = client.get(f"{P}/disclosures/{ref}/approval", headers=world.headers(Role.DPO)).json()[
        "content_sha256"
    ]
    # The Prevent Lead tries to approve, authorise an emergency and release unapproved.
    refused_with_one_record(
        world,
        lambda: client.post(
            f"{P}/disclosures/{ref}/approve", headers=lead, json={"content_sha256": sha}
        ),
        rule="not-permitted",
        action="disclosure.approve",
        actor=LEAD,
    )
    refused_with_one_record(
        world,
        lambda: client.post(
            f"{P}/disclosures/{ref}/emergency-authorise",
            headers=lead,
            json={
                "ground": "risk_to_life",
                "reason": "A stated plan to hurt people tonight; the DPO cannot be reached.",
                "content_sha256": sha,
            },
        ),
        rule="not-permitted",
        action="disclosure.emergency_authorise",
        actor=LEAD,
    )
    refused_with_one_record(
        world,
        lambda: client.post(f"{P}/disclosures/{ref}/release", headers=lead, json={}),
        rule="not-approved",
        action="disclosure.release",
        actor=LEAD,
    )

    # The DPO reads them: API, web page.
    dpo = world.headers(Role.DPO)
    listed = client.get(f"{P}/access-log/refusals", headers=dpo)
    assert listed.status_code == 200, listed.text
    rows = listed.json()["items"]
    assert listed.json()["total"] == 7
    assert [r["action"] for r in rows][:3] == [
        "disclosure.release",
        "disclosure.emergency_authorise",
        "disclosure.approve",
    ]
    assert all(r["refused_rule"] for r in rows)
    assert {r["refused_rule"] for r in rows} >= {
        "recipient-not-allowed",
        "channel-discussion-missing",
        "lawful-basis-missing",
    }
    web = world.client()
    world.login(web, Role.DPO)
    page = web.get("/audit/refusals")
    assert page.status_code == 200
    assert "Refused attempts" in page.text and "channel discussion missing" in page.text
    assert world.client().get(
        f"{P}/access-log/refusals", headers=world.headers(Role.TUTOR)
    ).status_code == 403
