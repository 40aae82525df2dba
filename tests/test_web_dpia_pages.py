"""DPIA pages: start from the template, see what is missing, change one field at a time,
submit, the DPO's advice, SMT approval, a new version and the comparison, the PDF."""

from __future__ import annotations

import html
from datetime import timedelta
from pathlib import Path

import pytest
from test_web_world import World, make_world

from dpia.examples import DEMO_ANSWERS
from gateway.auth.identity import LocalUser
from gateway.dpias import use_cases
from gateway.timeutil import today
from gateway.users.domain import Role

ACTIVITY = "prevent-referral-sharing"


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> World:
    return make_world(database_url, tmp_path)


def _latest(world: World) -> tuple[int, str]:
    who = LocalUser(world.username(Role.DPO), "test")
    page = world.ctx.work().run(who, use_cases.read_dpia, ACTIVITY)
    return page.dpia.version, page.dpia.status.value


def test_dpia_from_template_to_approval_and_a_new_version(world: World) -> None:
    lead = world.client()
    lead_csrf = world.login(lead, Role.PREVENT_LEAD)
    assert lead.post("/dpia", data={"activity": ACTIVITY}).status_code == 403  # no CSRF
    created = lead.post("/dpia", data={"csrf_token": lead_csrf, "activity": ACTIVITY})
    assert created.status_code == 303 and created.headers["location"] == f"/dpia/{ACTIVITY}"
    page = lead.get(f"/dpia/{ACTIVITY}")
    assert page.status_code == 200
    assert "Missing before it can go to the DPO" in page.text and "Risk matrix" in page.text
    assert "R1" in page.text and "necessity.retention" in page.text
    early = lead.post(f"/dpia/{ACTIVITY}/submit", data={"csrf_token": lead_csrf})
    assert early.status_code == 422 and _latest(world)[1] == "draft"
    for path, value in DEMO_ANSWERS.items():
        saved = lead.post(
            f"/dpia/{ACTIVITY}/edit", data={"csrf_token": lead_csrf, "path": path, "value": value}
        )
        assert saved.status_code == 303, saved.text
    assert "Missing before it can go to the DPO" not in lead.get(f"/dpia/{ACTIVITY}").text
    assert lead.post(f"/dpia/{ACTIVITY}/submit", data={}).status_code == 403  # no CSRF
    submitted = lead.post(f"/dpia/{ACTIVITY}/submit", data={"csrf_token": lead_csrf})
    assert submitted.status_code == 303 and _latest(world)[1] == "awaiting_dpo"
    advice = {"recommendation": "proceed", "summary": "Proceed; review the figures yearly."}
    assert (
        lead.post(f"/dpia/{ACTIVITY}/advice", data={**advice, "csrf_token": lead_csrf}).status_code
        == 403
    )  # only the DPO advises
    dpo = world.client()
    dpo_csrf = world.login(dpo, Role.DPO)
    back = dpo.post(f"/dpia/{ACTIVITY}/return", data={"csrf_token": dpo_csrf})
    assert back.status_code == 303 and _latest(world)[1] == "draft"
    again = lead.post(f"/dpia/{ACTIVITY}/submit", data={"csrf_token": lead_csrf})
    assert again.status_code == 303 and _latest(world)[1] == "awaiting_dpo"
    assert f'action="/dpia/{ACTIVITY}/advice"' in dpo.get(f"/dpia/{ACTIVITY}").text
    advised = dpo.post(f"/dpia/{ACTIVITY}/advice", data={**advice, "csrf_token": dpo_csrf})
    assert advised.status_code == 303
    smt = world.client()
    smt_csrf = world.login(smt, Role.SMT_MEMBER)
    review = (today() + timedelta(days=365)).isoformat()
    approved = smt.post(
        f"/dpia/{ACTIVITY}/approve",
        data={"csrf_token": smt_csrf, "advice": "accepted", "review_date": review},
    )
    assert approved.status_code == 303 and _latest(world) == (1, "approved")
    view = smt.get(f"/dpia/{ACTIVITY}")
    assert "Approved" in view.text and "Proceed; review the figures yearly." in view.text
    # A change to the approved DPIA needs a reason and starts version 2.
    change = {"csrf_token": lead_csrf, "path": "necessity.retention", "value": "Five years."}
    refused = lead.post(f"/dpia/{ACTIVITY}/edit", data=change)
    assert refused.status_code == 422 and "needs a reason" in refused.text
    assert "Risk matrix" in refused.text  # the DPIA again, with the message
    assert ">Five years.</textarea>" in refused.text  # and what was typed
    revised = lead.post(f"/dpia/{ACTIVITY}/edit", data={**change, "reason": "New schedule."})
    assert revised.status_code == 303 and _latest(world) == (2, "draft")
    compare = smt.get(f"/dpia/{ACTIVITY}/compare?old=1&new=2")
    assert compare.status_code == 200
    assert "necessity.retention" in compare.text and "Five years." in html.unescape(compare.text)
    pdf = smt.get(f"/dpia/{ACTIVITY}/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_readers_see_but_cannot_change_and_others_are_refused(world: World) -> None:
    lead = LocalUser(world.username(Role.PREVENT_LEAD), "test")
    world.ctx.work().run(lead, use_cases.create_from_template, controller="Test University")
    auditor = world.client()
    csrf = world.login(auditor, Role.AUDITOR)
    page = auditor.get(f"/dpia/{ACTIVITY}")
    assert page.status_code == 200 and f'action="/dpia/{ACTIVITY}/edit"' not in page.text
    form = {"csrf_token": csrf, "path": "necessity.retention", "value": "x"}
    assert auditor.post(f"/dpia/{ACTIVITY}/edit", data=form).status_code == 403
    assert _latest(world) == (1, "draft")
    ico = {
        "submitted_on": today().isoformat(),
        "reference": "ICO-1",
        "outcome": "awaiting_response",
    }
    assert auditor.post(f"/dpia/{ACTIVITY}/ico-consultation", data=ico).status_code == 403
    lead = world.client()
    lead_csrf = world.login(lead, Role.PREVENT_LEAD)
    recorded = lead.post(
        f"/dpia/{ACTIVITY}/ico-consultation", data={**ico, "csrf_token": lead_csrf}
    )
    assert recorded.status_code == 303, recorded.text
    assert "ICO-1" in auditor.get(f"/dpia/{ACTIVITY}").text
    tutor = world.client()
    world.login(tutor, Role.TUTOR)
    assert tutor.get(f"/dpia/{ACTIVITY}").status_code == 403
    assert 'href="/dpia"' not in tutor.get("/").text
