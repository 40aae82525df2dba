"""The record of processing activities (UK GDPR Art 30, DPA 2018 Sch 1 para 41), built from
the installation: its recipients, the lawful bases its disclosures recorded, its retention
schedule and plan, its DPIAs; CSV and PDF; no student named."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import Engine

import dpia
from gateway.auth.identity import LocalUser
from gateway.errors import NotPermitted
from gateway.reports import use_cases
from gateway.reports.views import RopaView
from gateway.retention import use_cases as retention
from tests.retention_support import immediate_schedule
from tests.support import World, build_world, prepare_request


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def _ropa(world: World, username: str = "dpo", schedule: object = None) -> RopaView:
    view: RopaView = world.ctx.work().run(
        LocalUser(username), use_cases.ropa, schedule=schedule or world.ctx.schedule
    )
    return view


def _entries(view: RopaView) -> dict[tuple[str, str], str]:
    return {(line.activity, line.field): line.value for line in view.lines}


def test_every_activity_has_the_art_30_entries_and_the_para_41_items(world: World) -> None:
    prepare_request(world, reviewed=True)  # a disclosure with its recorded lawful basis
    entries = _entries(_ropa(world))
    activities = {activity for activity, _field in entries}
    assert activities == {
        dpia.PREVENT_CONCERN_RECORDING,
        dpia.PREVENT_REFERRAL_SHARING,
        "subject-access-requests",
        "prevent-training-records",
    }
    for activity in activities:
        for field in ("controller", "dpo", "purposes", "data_subjects", "recipients",
                      "transfers", "retention", "security", "para41_art6", "para41_retention"):
            assert entries[(activity, field)] not in ("", "-"), (activity, field)
    sharing = dpia.PREVENT_REFERRAL_SHARING
    assert entries[(sharing, "controller")] == world.ctx.settings.organisation_name
    assert entries[(sharing, "dpo")] == "Dpo, Dpo2"  # every active DPO account
    # Recipients are the registered ones; the bases are those the disclosures recorded.
    assert "Regional Prevent Coordinator: North West Prevent" in entries[(sharing, "recipients")]
    assert "art6.1.e (1 disclosure)" in entries[(sharing, "para41_art6")]
    # Categories come from the DPIA in force (the world approves the sharing one).
    assert "Religious or philosophical beliefs" in entries[(sharing, "special_category")]
    assert "in force" in entries[(sharing, "dpia")]
    assert entries[(dpia.PREVENT_CONCERN_RECORDING, "dpia")].endswith("not in force")
    # Retention comes from the schedule in force, with its fallback.
    assert "referral_case: destroy 6 years after student left" in entries[
        (dpia.PREVENT_CONCERN_RECORDING, "retention")]
    assert entries[(dpia.PREVENT_CONCERN_RECORDING, "para41_retention")].startswith("Yes")


def test_para_41_says_when_the_retention_policy_was_not_followed_and_why(world: World) -> None:
    schedule = immediate_schedule(referral_case={"trigger": "last_action"})
    entries = _entries(_ropa(world, schedule=schedule))
    followed = entries[(dpia.PREVENT_CONCERN_RECORDING, "para41_retention")]
    assert followed.startswith("No for 1 record(s) past their due date")
    world.ctx.work().run(LocalUser("dpo"), retention.place_hold, case_ref=world.case_ref,
                         student_id=None, holder="Legal Services", reason="Claim expected.")
    followed = _entries(_ropa(world, schedule=schedule))[
        (dpia.PREVENT_CONCERN_RECORDING, "para41_retention")]
    assert "kept past their due date because something blocks disposal (a legal hold)" in followed


def test_csv_and_pdf_name_no_student_and_only_readers_get_it(world: World) -> None:
    view = _ropa(world)
    rows = list(csv.DictReader(io.StringIO(view.csv())))
    assert len(rows) == len(view.lines) and set(rows[0]) == {"activity", "field", "label",
                                                              "value"}
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(view.pdf())).pages)
    assert "Record of processing activities" in pdf_text and "para 41" in pdf_text
    for output in (view.csv(), pdf_text):
        assert "Amir Hassan" not in output and "S2034178" not in output
    with pytest.raises(NotPermitted):
        _ropa(world, "tutor")
