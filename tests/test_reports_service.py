from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from test_reports_fixtures import (
    CONCERN_A,
    REFERRER,
    SUBJECT_A,
    SUBJECT_B,
    SUBJECT_C,
    Scenario,
    World,
    populate,
    scenario,  # noqa: F401 - fixture
    world,  # noqa: F401 - fixture
)

from gateway.db import transaction
from gateway.errors import NotFound, NotPermitted
from gateway.reports.domain import SUPPRESSED_TEXT, AcademicYear, AnnualReport
from gateway.reports.export import to_csv, to_json
from gateway.reports.pdf import render_pdf
from gateway.reports.service import build_annual_report, ofs_return, trace_figure
from gateway.timeutil import iso, today, utcnow
from sharing_log import EntryType, decode_entry

YEAR = AcademicYear.of(today())


def _report(w: World, username: str = "auditor", year: AcademicYear = YEAR) -> AnnualReport:
    with transaction(w.sessions) as s:
        return build_annual_report(s, w.actor(s, username), year, w.log, organisation="Org",
                                   refresher_months=24, now=utcnow())


def test_figures_count_the_scenario(scenario: Scenario) -> None:  # noqa: F811
    refs = scenario.refs
    report = _report(scenario.world)
    v = {f.key: f.value for f in report.figures}
    assert v["concerns.source.associate_tutor"] == 1
    assert v["concerns.source.staff"] == 1
    assert v["concerns.source.social_media_report"] == 1
    assert v["concerns.source.student_via_support_team"] == 1
    assert v["concerns.source.total"] == 4
    assert v["cases.escalated.total"] == 3
    assert v["cases.outcome.referral"] == 2
    assert v["cases.outcome.no_further_action"] == 1  # case B's review re-decided it
    assert v["cases.outcome.internal_action"] == 0
    assert v["reviews.internal_action.completed"] == 1
    assert v["disclosures.released.regional_prevent_coordinator"] == 1
    assert v["disclosures.released.police_prevent_team"] == 1
    assert v["disclosures.released.total"] == 2
    assert v["cases.with_disclosure.total"] == 1  # both releases are case A
    assert v["emergency.releases.total"] == 1
    assert v["emergency.reviews.upheld"] == 1
    assert v["emergency.reviews.outstanding"] == 0
    assert v["not_shared.reason.dpo_refusal"] == 1
    assert v["not_shared.reason.decided_not_to_share"] == 1
    assert v["not_shared.reason.total"] == 2
    assert v["disposals.entries.total"] == 0
    assert v["training.in_date.associate_tutor"] == 6
    assert v["training.completed_in_year.introductory"] == 7
    rows = {t.group: t for t in report.training}
    assert (rows["associate_tutor"].staff, rows["associate_tutor"].overdue) == (7, 1)
    assert report.figure("cases.outcome.referral").trace == tuple(
        sorted((f"case:{refs['case_a']}", f"case:{refs['case_c']}")))
    # Small counts are shown as "fewer than 5"; training counts are not about students.
    assert report.figure("concerns.source.total").display == SUPPRESSED_TEXT
    assert report.figure("training.in_date.associate_tutor").display == 6


def test_log_traces_point_at_entries_of_the_right_type(scenario: Scenario) -> None:  # noqa: F811
    w = scenario.world
    report = _report(w)
    expected = {
        "disclosures.released.total": {EntryType.DISCLOSURE_RELEASED, EntryType.EMERGENCY_RELEASE},
        "emergency.releases.total": {EntryType.EMERGENCY_RELEASE},
        "not_shared.reason.total": {EntryType.DECISION_NOT_TO_SHARE},
        "emergency.reviews.upheld": {EntryType.RETROSPECTIVE_REVIEW},
    }
    with transaction(w.sessions) as s:
        for key, types in expected.items():
            fig = report.figure(key)
            assert len(fig.trace) == fig.value > 0
            for ref in fig.trace:
                kind, _, index = ref.partition(":")
                assert kind == "log"
                leaf = w.log.entry(s.connection(), int(index))
                assert decode_entry(leaf).entry.entry_type in types


def test_disposals_are_read_from_records_disposed_entries(world: World) -> None:  # noqa: F811
    populate(world)
    with transaction(world.sessions) as s:
        world.writer().append(
            s, EntryType.RECORDS_DISPOSED, disposal_id="DSP-1", record_kinds=["case"],
            record_count=7, retention_rule="six_years_after_closure", disposed_by_id="U1",
            disposed_at=iso(utcnow()),
        )
        # The access log before a day is one record, as the disposal page and the certificate
        # count it, not the 100 events the entry says were removed.
        world.writer().append(
            s, EntryType.RECORDS_DISPOSED, disposal_id="DSP-1.access_log",
            record_kinds=["access_log"], record_count=100, retention_rule="access_log",
            disposed_by_id="U1", disposed_at=iso(utcnow()),
        )
    report = _report(world)
    assert report.figure("disposals.entries.total").value == 2
    assert report.figure("disposals.records.total").value == 8
    assert report.figure("disposals.records.total").display == 8


def test_outputs_hold_no_names_ids_or_free_text(scenario: Scenario) -> None:  # noqa: F811
    report = _report(scenario.world)
    ofs = ofs_return(report)
    pdf_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(report, ofs)))
                       .pages)
    traces = json.dumps([f.trace for f in report.figures])
    for output in (to_json(report, ofs), to_csv(report, ofs), pdf_text, traces):
        for secret in (*SUBJECT_A, *SUBJECT_B, *SUBJECT_C, REFERRER, "Will Brown",
                       CONCERN_A[:30], "Tutor 1", "Pat Lead"):
            assert secret not in output
    assert "fewer than 5" in pdf_text and "Prevent duty: annual report" in pdf_text
    data = json.loads(to_json(report, ofs))
    assert data["academic_year"] == YEAR.label
    assert {f["key"] for f in data["figures"]} == set(report.keys())


def test_a_year_without_activity_is_all_zero(scenario: Scenario) -> None:  # noqa: F811
    report = _report(scenario.world, year=AcademicYear(YEAR.start_year - 2))
    assert all(f.value == 0 for f in report.figures if f.section != "training")
    # The log is read up to its checkpoint even when nothing falls in the year.
    assert report.log_size == 5


def test_only_report_readers_may_build_it(scenario: Scenario) -> None:  # noqa: F811
    with pytest.raises(NotPermitted):
        _report(scenario.world, "support")
    assert _report(scenario.world, "lead").figures


def test_trace_of_an_unknown_figure_is_not_found(world: World) -> None:  # noqa: F811
    with transaction(world.sessions) as s:
        with pytest.raises(NotFound):
            trace_figure(s, world.actor(s, "auditor"), YEAR, "concerns.by_religion", world.log,
                         organisation="Org", refresher_months=24, now=utcnow())
        fig = trace_figure(s, world.actor(s, "auditor"), YEAR, "concerns.source.total",
                           world.log, organisation="Org", refresher_months=24, now=utcnow())
        assert fig.value == 0 and fig.trace == ()


def test_training_compliance_is_as_of_the_year_end(scenario: Scenario) -> None:  # noqa: F811
    # Last year's report does not count this year's completions.
    report = _report(scenario.world, year=AcademicYear(YEAR.start_year - 1))
    rows = {t.group: t for t in report.training}
    assert rows["associate_tutor"].completed_in_year == 0
    assert rows["associate_tutor"].trained_in_date == 0
    assert report.figure("training.completed_in_year.introductory").value == 0


def test_pdf_compares_with_the_previous_year(scenario: Scenario) -> None:  # noqa: F811
    previous_year = AcademicYear(YEAR.start_year - 1)
    report = _report(scenario.world)
    previous = _report(scenario.world, year=previous_year)
    pdf = render_pdf(report, ofs_return(report), previous=previous)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert f"Concerns {previous_year.label}" in text
    assert f"Concerns {YEAR.label}" in text
    assert f"(in {previous_year.label}: 0)" in text
