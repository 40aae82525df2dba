"""DPIA pages: start from the template, see what is missing, change it with ordinary form controls
(each answer labelled in words, lists a line an item, risk scales as choices), submit, the DPO's
advice, SMT approval, a new version and the comparison, the PDF."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from html.parser import HTMLParser
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


class _Forms(HTMLParser):
    """The forms of a page with what a browser would send from each (no change made)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict[str, str]] = []
        self._form: dict[str, str] | None = None
        self._text: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = {}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            if a.get("type") != "checkbox" or "checked" in a:
                self._form[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self._text = a["name"]
            self._form[self._text] = ""
        elif tag == "select":
            self._select = a["name"]
            self._form.setdefault(self._select, "")
        elif tag == "option" and self._select and "selected" in a:
            self._form[self._select] = a.get("value", "")

    def handle_data(self, data: str) -> None:
        if self._form is not None and self._text:
            self._form[self._text] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._text = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


def edit_form(page: str, part: str, risk: str | None = None) -> dict[str, str]:
    """What the browser sends from one part of the DPIA's edit page, unchanged."""
    parser = _Forms()
    parser.feed(page)
    for form in parser.forms:
        if form.get("part") == part and (risk is None or form.get("risk") == risk):
            return form
    raise AssertionError(f"no form for {part} {risk or ''} on the page")


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
    assert "R1" in page.text and "Retention periods" in page.text
    # No field paths and no JSON: every answer is labelled in words.
    edit_page = lead.get(f"/dpia/{ACTIVITY}/edit")
    assert edit_page.status_code == 200
    for shown in (page.text, edit_page.text):
        assert not re.search(r"(?:necessity|processing|risks|consultation)\.[a-z_R0-9]", shown)
    assert '<label for="necessity-retention">Retention periods</label>' in edit_page.text
    assert '<select id="R1-residual-likelihood" name="residual_likelihood">' in edit_page.text
    assert '<option value="possible"' in edit_page.text and ">Possible</option>" in edit_page.text
    early = lead.post(f"/dpia/{ACTIVITY}/submit", data={"csrf_token": lead_csrf})
    assert early.status_code == 422 and _latest(world)[1] == "draft"
    # The answers the template still asks for, given through the forms as a person would.
    necessity = edit_form(edit_page.text, "necessity")
    consultation = edit_form(edit_page.text, "consultation")
    for path, value in DEMO_ANSWERS.items():
        parts = path.split(".")
        if parts[0] == "necessity":
            necessity[parts[1]] = value
        else:
            assert parts[:2] == ["consultation", "entries"]
            consultation[f"c-{parts[2]}-{parts[3]}"] = value
    for form in (necessity, consultation):
        saved = lead.post(f"/dpia/{ACTIVITY}/edit", data=form)
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
    change = {**edit_form(lead.get(f"/dpia/{ACTIVITY}/edit").text, "necessity"),
              "retention": "Five years."}
    refused = lead.post(f"/dpia/{ACTIVITY}/edit", data={**change, "reason": ""})
    assert refused.status_code == 422 and "needs a reason" in refused.text
    assert "Steps 5 and 6: risks and measures" in refused.text  # the form again, with why
    assert ">Five years.</textarea>" in refused.text  # and what was typed
    revised = lead.post(f"/dpia/{ACTIVITY}/edit", data={**change, "reason": "New schedule."})
    assert revised.status_code == 303 and _latest(world) == (2, "draft")
    compare = smt.get(f"/dpia/{ACTIVITY}/compare?old=1&new=2")
    assert compare.status_code == 200
    assert "Retention periods" in compare.text and "Five years." in html.unescape(compare.text)
    assert "necessity.retention" not in compare.text
    pdf = smt.get(f"/dpia/{ACTIVITY}/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_readers_see_but_cannot_change_and_others_are_refused(world: World) -> None:
    lead = LocalUser(world.username(Role.PREVENT_LEAD), "test")
    world.ctx.work().run(lead, use_cases.create_from_template, controller="Test University")
    auditor = world.client()
    csrf = world.login(auditor, Role.AUDITOR)
    page = auditor.get(f"/dpia/{ACTIVITY}")
    assert page.status_code == 200 and f'action="/dpia/{ACTIVITY}/edit"' not in page.text
    assert auditor.get(f"/dpia/{ACTIVITY}/edit").status_code == 403
    form = {"csrf_token": csrf, "part": "necessity", "retention": "x"}
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


def test_every_part_of_the_template_is_an_ordinary_form_control(world: World) -> None:
    """Lists a line an item, a yes/no box, risk scales as choices, consultees, risks and their
    measures added, changed and removed; a refusal names the field in words."""
    lead = world.client()
    csrf = world.login(lead, Role.PREVENT_LEAD)
    lead.post("/dpia", data={"csrf_token": csrf, "activity": ACTIVITY})
    page = lead.get(f"/dpia/{ACTIVITY}/edit").text
    processing = edit_form(page, "processing")
    assert processing["data_subjects"].count("\n") >= 1  # a list, one item a line
    saved = lead.post(f"/dpia/{ACTIVITY}/edit", data={
        **processing, "data_subjects": "Students\n\n  Staff  \n", "criminal_offence_data": "yes",
    })
    assert saved.status_code == 303, saved.text
    version = world.ctx.work().run(
        LocalUser(world.username(Role.DPO), "test"), use_cases.read_dpia, ACTIVITY
    ).dpia
    assert version.processing.data_subjects == ("Students", "Staff")
    assert version.processing.criminal_offence_data is True
    assert version.processing.nature == processing["nature"]  # the rest kept as it was

    # A risk's scales and its measures.
    r1 = edit_form(page, "risk", "R1")
    first = version.risks[0].measures[0].id
    changed = lead.post(f"/dpia/{ACTIVITY}/edit", data={
        **r1, "residual_likelihood": "remote", "residual_severity": "minimal",
        f"m-{first}-remove": "yes",
        "m-new-description": "Second reading by the DPO.", "m-new-effect": "reduced",
        "m-new-owner": "Data Protection Officer",
    })
    assert changed.status_code == 303, changed.text
    risk = world.ctx.work().run(
        LocalUser(world.username(Role.DPO), "test"), use_cases.read_dpia, ACTIVITY
    ).dpia.risks[0]
    assert (risk.residual_likelihood, risk.residual_severity) == ("remote", "minimal")
    assert first not in [m.id for m in risk.measures]
    added = [m for m in risk.measures if m.description == "Second reading by the DPO."]
    assert len(added) == 1 and added[0].effect == "reduced"
    assert added[0].owner == "Data Protection Officer" and added[0].provider_action

    # A new risk; then removed.
    new = edit_form(page, "risk", "")
    created = lead.post(f"/dpia/{ACTIVITY}/edit", data={
        **new, "title": "Records kept too long", "description": "Kept past need.",
        "source": "No disposal run.", "likelihood": "possible", "severity": "significant",
    })
    assert created.status_code == 303, created.text
    risks = world.ctx.work().run(
        LocalUser(world.username(Role.DPO), "test"), use_cases.read_dpia, ACTIVITY
    ).dpia.risks
    added_risk = [r for r in risks if r.title == "Records kept too long"]
    assert len(added_risk) == 1 and added_risk[0].level.value == "medium"
    again = lead.get(f"/dpia/{ACTIVITY}/edit").text
    removed = lead.post(f"/dpia/{ACTIVITY}/edit", data={
        **edit_form(again, "risk", added_risk[0].id), "remove": "yes"})
    assert removed.status_code == 303
    assert "Records kept too long" not in lead.get(f"/dpia/{ACTIVITY}/edit").text

    # A scale left unchosen is refused in words, with the form again and what was typed.
    refused = lead.post(f"/dpia/{ACTIVITY}/edit", data={
        **edit_form(again, "risk", ""), "title": "Half a risk", "likelihood": "",
    })
    assert refused.status_code == 422
    text = html.unescape(refused.text)
    assert "how likely the harm is before measures" in text and 'value="Half a risk"' in text
    # The view labels the answers in words, not paths.
    view = lead.get(f"/dpia/{ACTIVITY}").text
    assert "Whose data is processed" in view and "Students, Staff" in view
    assert "processing.data_subjects" not in view
