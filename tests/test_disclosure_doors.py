"""The disclosure use cases behind every door: the DPO's approval view is one view on the API,
the pages and the command line; a missing language model is a clear error everywhere; the
released package file is written by every door, once the release has committed."""

from __future__ import annotations

import html
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway.cli.disclosure import approval_lines
from gateway.db import transaction
from gateway.disclosures import use_cases
from gateway.disclosures.errors import RedactionUnavailable
from gateway.disclosures.views import ApprovalView
from gateway.users.domain import Role
from tests.support import CONCERN_ITEM_JSON
from tests.test_api_flow import BASIS, LEAD, P, install_dpia, referral_case
from tests.test_web_world import World, make_world

MISSING_MODEL = "xx_no_such_language_model"


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def prepared(world: World, *, redact: bool = True) -> str:
    """A draft with the lawful basis and the case's concern, redacted unless told not to."""
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
    added = client.post(
        f"{P}/disclosures/{ref}/items", headers=lead, json=CONCERN_ITEM_JSON
    )
    assert added.status_code == 201, added.text
    if redact:
        assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
        accepted = client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
        assert accepted.is_success, accepted.text
    return ref


def approve_via_api(world: World, ref: str) -> httpx.Response:
    """The DPO reads the approval view and approves the content it names."""
    client, dpo = world.client(), world.headers(Role.DPO)
    sha = client.get(f"{P}/disclosures/{ref}/approval", headers=dpo).json()["content_sha256"]
    return client.post(
        f"{P}/disclosures/{ref}/approve", headers=dpo, json={"content_sha256": sha}
    )


def approval_as(world: World, role: Role, ref: str) -> ApprovalView:
    with transaction(world.ctx.sessions) as session:
        return use_cases.approval(
            session, world.actor(session, role), world.ctx.clock, world.ctx.settings, ref
        )


def test_the_dpo_sees_the_same_approval_view_on_every_door(world: World) -> None:
    ref = prepared(world)
    client = world.client()
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=world.headers(LEAD)).is_success
    view = approval_as(world, Role.DPO, ref)
    assert view.recipient_reference == world.recipient
    assert view.removed, "the redaction removed the other student's name"
    assert len(view.content_sha256) == 64

    # The API returns the view itself.
    api = client.get(f"{P}/disclosures/{ref}/approval", headers=world.headers(Role.DPO))
    assert api.status_code == 200, api.text
    assert api.json() == view.model_dump(mode="json")

    # The page shows the recipient, the hash, every lawful-basis line and what was removed.
    csrf = world.login(client, Role.DPO)
    assert csrf
    page = html.unescape(client.get(f"/disclosures/{ref}/approval").text)
    for shown in (
        view.recipient_name,
        view.content_sha256,
        *view.lawful_basis_lines,
        *(r.text for r in view.removed),
    ):
        assert shown in page

    # The command line prints the same view, now with the recipient and the hash.
    printed = "\n".join(approval_lines(view))
    for shown in (view.recipient_reference, view.recipient_name, view.content_sha256):
        assert shown in printed
    assert all(line in printed for line in view.lawful_basis_lines)

    # The DPO approves the content the view showed.
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=world.headers(Role.DPO),
        json={"content_sha256": view.content_sha256},
    ).json()
    assert approved["content_sha256"] == view.content_sha256 and approved["approval_current"]


def test_reading_the_approval_view_is_recorded(world: World) -> None:
    ref = prepared(world)
    approval_as(world, Role.DPO, ref)
    events = world.client().get(f"{P}/access-log", headers=world.headers(Role.AUDITOR)).json()
    reads = [
        e for e in events["items"] if e["action"] == "disclosure.read" and e["object_ref"] == ref
    ]
    assert reads and reads[0]["username"] == world.username(Role.DPO)


def test_without_the_language_model_redaction_is_a_clear_error_on_every_door(
    world: World,
) -> None:
    ref = prepared(world, redact=False)
    world.ctx.settings = world.ctx.settings.model_copy(update={"nlp_model": MISSING_MODEL})
    before = approval_as(world, Role.PREVENT_LEAD, ref)

    with pytest.raises(RedactionUnavailable) as caught, transaction(world.ctx.sessions) as s:
        use_cases.redact(s, world.actor(s, LEAD), world.ctx.clock, world.ctx.settings, ref)
    assert MISSING_MODEL in caught.value.message and caught.value.hint

    client = world.client()
    api = client.post(f"{P}/disclosures/{ref}/redact", headers=world.headers(LEAD))
    assert api.status_code < 500
    assert api.headers["content-type"].startswith("application/problem+json")
    problem = api.json()
    assert problem["code"] == "redaction-unavailable" and MISSING_MODEL in problem["detail"]
    assert "prevent-gateway" not in problem["hint"], "the hint is for any door"

    csrf = world.login(client, LEAD)
    page = client.post(f"/disclosures/{ref}/redact", data={"csrf_token": csrf})
    assert page.status_code < 500 and "Traceback" not in page.text
    assert MISSING_MODEL in html.unescape(page.text)

    after = approval_as(world, Role.PREVENT_LEAD, ref)
    assert after.disclosure.items == before.disclosure.items, "a failed redaction changed nothing"


def test_a_release_through_the_api_writes_the_package_file(world: World) -> None:
    ref = prepared(world)
    client = world.client()
    lead = world.headers(LEAD)
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    assert approve_via_api(world, ref).is_success
    packages = world.ctx.settings.packages_dir
    assert not packages.exists() or not any(packages.iterdir())

    released = client.post(f"{P}/disclosures/{ref}/release", headers=lead, json={})
    assert released.status_code == 200, released.text
    assert released.json()["status"] == "released"
    files = list(packages.iterdir())
    assert [f.name for f in files] == [f"{ref}-{world.recipient}.sealed"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    downloaded = client.get(f"{P}/disclosures/{ref}/package", headers=lead)
    assert files[0].read_bytes() == downloaded.content


def test_a_refused_release_writes_no_package_file(world: World) -> None:
    ref = prepared(world)
    client = world.client()
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=world.headers(LEAD)).is_success
    refused = client.post(f"{P}/disclosures/{ref}/release", headers=world.headers(LEAD), json={})
    assert refused.status_code == 422 and refused.json()["code"] == "not-approved"
    packages = world.ctx.settings.packages_dir
    assert not packages.exists() or not any(packages.iterdir())


def test_the_queue_and_the_list_are_the_same_views_on_the_api(world: World) -> None:
    ref = prepared(world)
    client = world.client()
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=world.headers(LEAD)).is_success
    with transaction(world.ctx.sessions) as s:
        dpo = world.actor(s, Role.DPO)
        queue = use_cases.dpo_queue(s, dpo, world.ctx.clock, world.ctx.settings)
        listed = use_cases.list_requests(s, dpo, world.ctx.clock, world.ctx.settings)
    api_queue = client.get(f"{P}/disclosures/queue", headers=world.headers(Role.DPO)).json()
    assert api_queue == queue.model_dump(mode="json")
    assert [r.reference for r in queue.awaiting_approval] == [ref]
    api_list = client.get(f"{P}/disclosures", headers=world.headers(Role.DPO)).json()
    assert api_list["items"] == [r.model_dump(mode="json") for r in listed]


def test_a_refused_form_is_shown_again_with_the_message_and_what_was_typed(
    world: World,
) -> None:
    ref = prepared(world, redact=False)
    client = world.client()
    csrf = world.login(client, LEAD)
    refused = client.post(
        f"/disclosures/{ref}/lawful-basis",
        data={
            "csrf_token": csrf,
            "art6_basis": "art6.1.e",
            "schedule1_paragraph": "eighteen",
            "necessity": "Typed before the mistake.",
        },
    )
    assert refused.status_code == 422
    page = html.unescape(refused.text)
    assert "must be a number" in page and "Typed before the mistake." in page
    # Nothing was saved: the record is still the one recorded through the API.
    with transaction(world.ctx.sessions) as s:
        form = use_cases.lawful_basis_form(
            s, world.actor(s, LEAD), world.ctx.clock, world.ctx.settings, ref
        )
    assert form.record["necessity"] == BASIS["necessity"]

    case_ref = form.disclosure.case_reference
    no_purpose = client.post(
        f"/cases/{case_ref}/disclosures",
        data={"csrf_token": csrf, "recipient": "R-9999", "purpose": "Kept after the refusal"},
    )
    assert no_purpose.status_code == 422
    assert "Kept after the refusal" in html.unescape(no_purpose.text)
    assert "not a registered recipient" in html.unescape(no_purpose.text)


def test_refusals_on_the_request_review_and_approval_pages_show_the_page_again(
    world: World,
) -> None:
    ref = prepared(world)
    client = world.client()
    csrf = world.login(client, LEAD)
    # Rejecting a redaction without saying why: the review page again, the choice kept.
    item = approval_as(world, LEAD, ref).disclosure.items[0]
    index = next(f.index for f in item.findings if f.action == "redacted")
    no_reason = client.post(
        f"/disclosures/{ref}/review",
        data={"csrf_token": csrf, f"decision:1:{index}": "reject"},
    )
    assert no_reason.status_code == 422
    page = html.unescape(no_reason.text)
    assert "say why it is needed" in page
    assert f'name="decision:1:{index}" value="reject" checked' in page
    # Releasing before the DPO approved: the request page again, with the rule that refused it.
    early = client.post(f"/disclosures/{ref}/release", data={"csrf_token": csrf})
    assert early.status_code == 422
    assert "the DPO has not approved it" in html.unescape(early.text)
    assert f"Disclosure request {ref}" in early.text

    assert client.post(f"/disclosures/{ref}/submit", data={"csrf_token": csrf}).status_code == 303
    dpo = world.client()
    dpo_csrf = world.login(dpo, Role.DPO)
    refused = dpo.post(f"/disclosures/{ref}/refuse", data={"csrf_token": dpo_csrf, "reason": " "})
    assert refused.status_code == 422
    assert "Give the reasons for refusing" in html.unescape(refused.text)
    assert "DPO approval" in refused.text
    assert approval_as(world, Role.DPO, ref).disclosure.status.value == "submitted"


def test_a_release_in_the_browser_is_only_made_from_its_confirmation(world: World) -> None:
    ref = prepared(world)
    client = world.client()
    lead = world.headers(LEAD)
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    assert approve_via_api(world, ref).is_success
    browser = world.client()
    csrf = world.login(browser, LEAD)
    page = html.unescape(browser.get(f"/disclosures/{ref}").text)
    assert f'href="/disclosures/{ref}/release"' in page  # a link to the confirmation, no form

    # A form sent without the confirmation shows what would happen and releases nothing.
    unconfirmed = browser.post(f"/disclosures/{ref}/release", data={"csrf_token": csrf})
    assert unconfirmed.status_code == 200
    said = html.unescape(unconfirmed.text)
    assert "Releasing cannot be undone" in said and "Regional Prevent Coordinator (test)" in said
    assert "sharing log" in said
    status = client.get(f"{P}/disclosures/{ref}", headers=lead).json()["status"]
    assert status == "approved"
    packages = world.ctx.settings.packages_dir
    assert not packages.exists() or not any(packages.iterdir())

    confirmed = browser.post(
        f"/disclosures/{ref}/release", data={"csrf_token": csrf, "confirm": "yes"}
    )
    assert confirmed.status_code == 303
    assert client.get(f"{P}/disclosures/{ref}", headers=lead).json()["status"] == "released"


def test_no_release_confirmation_is_offered_for_a_release_that_would_be_refused(
    world: World,
) -> None:
    ref = prepared(world)
    browser = world.client()
    world.login(browser, LEAD)
    page = browser.get(f"/disclosures/{ref}/release")
    assert page.status_code == 422
    assert "the DPO has not approved it" in html.unescape(page.text)
    assert "Yes, release it" not in page.text
