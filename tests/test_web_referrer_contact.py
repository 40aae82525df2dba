"""The Prevent Lead gives the work contact the recipient can reply to in the browser: on the new
disclosure form and on the request's page; a wrong address is refused with the form again."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from test_web_pages import _case
from test_web_world import World, make_world

from gateway.cases.domain import Outcome
from gateway.users.domain import Role


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def test_the_lead_gives_and_changes_the_work_contact(world: World) -> None:
    ref = _case(world, Outcome.REFERRAL)
    client = world.client()
    csrf = world.login(client, Role.PREVENT_LEAD)
    form = client.get(f"/cases/{ref}/disclosures/new").text
    assert 'name="referrer_email"' in form and 'name="referrer_telephone"' in form
    created = client.post(f"/cases/{ref}/disclosures", data={
        "csrf_token": csrf, "recipient": world.recipient, "purpose": "Assessment.",
        "referrer_email": "prevent.lead@example.ac.uk", "referrer_telephone": "0151 000 0000",
    })
    assert created.status_code == 303, created.text
    reference = created.headers["location"].split("/")[2]
    page = html.unescape(client.get(f"/disclosures/{reference}").text)
    assert 'value="prevent.lead@example.ac.uk"' in page and 'value="0151 000 0000"' in page
    refused = client.post(f"/disclosures/{reference}/referrer-contact", data={
        "csrf_token": csrf, "referrer_email": "prevent.lead", "referrer_telephone": "",
    })
    assert refused.status_code == 422
    text = html.unescape(refused.text)
    assert "not an e-mail address" in text and 'value="prevent.lead"' in text
    saved = client.post(f"/disclosures/{reference}/referrer-contact", data={
        "csrf_token": csrf, "referrer_email": "prevent.team@example.ac.uk",
        "referrer_telephone": "+44 151 000 0001",
    })
    assert saved.status_code == 303
    page = html.unescape(client.get(f"/disclosures/{reference}").text)
    assert 'value="prevent.team@example.ac.uk"' in page and 'value="+44 151 000 0001"' in page
