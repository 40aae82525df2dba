"""Every PDF the product makes carries the protective marking at the top and the bottom of every
page, and "Page x of N": the referral, the destruction certificate, the annual report, the record
of processing activities, the breach register, the DPIA and the subject access pack. Each is
made here as the product makes it and opened with pypdf, page by page; and a document maker
added without a place in this test fails it."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

from pypdf import PdfReader
from test_reports_fixtures import SUBJECT_A, World, populate
from test_reports_fixtures import world as world  # the fixture
from test_sar import _as, _export, _open
from test_sar_pack import _decide_all

from dpia.model import Person
from dpia.pdf import render_pdf as dpia_pdf
from dpia.templates import prevent_referral_sharing_template
from gateway.breaches.register import register_pdf
from gateway.packages import render_referral_pdf
from gateway.packages.example import example_referral_content
from gateway.pdf_pages import MARKING
from gateway.reports import use_cases as reports
from gateway.retention.certificate import render_pdf as certificate_pdf
from gateway.retention.schedule import load_schedule

ROOT = Path(__file__).resolve().parents[1]

#: Every module that lays out a PDF, and the document it makes (checked below).
MAKERS = {
    "gateway/packages/referral_pdf.py": "referral",
    "gateway/retention/certificate.py": "destruction certificate",
    "gateway/reports/pdf.py": "annual report",
    "gateway/reports/ropa.py": "record of processing activities",
    "gateway/breaches/register.py": "breach register",
    "dpia/pdf.py": "DPIA",
    "gateway/sar/pack.py": "subject access pack",
}


def assert_marked(pdf: bytes, what: str, *, at_least: int = 1) -> None:
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= at_least, f"the {what} has {len(pages)} page(s)"
    for n, text in enumerate(pages, start=1):
        assert text.count(MARKING) >= 2, f"{what}, page {n}: the marking is not at top and bottom"
        assert f"Page {n} of {len(pages)}" in text, f"{what}, page {n}: no 'Page {n} of N'"


def test_every_module_that_makes_a_pdf_is_checked_here() -> None:
    found = set()
    for top in ("gateway", "dpia", "redaction", "sharing_log"):
        for path in (ROOT / top).rglob("*.py"):
            if path == ROOT / "gateway" / "pdf_pages.py":  # the marking itself, not a document
                continue
            if re.search(r"\bSimpleDocTemplate\(|\bdoc\.build\(|canvas\.Canvas\(",
                         path.read_text(encoding="utf-8")):
                found.add(str(path.relative_to(ROOT)))
    assert found == set(MAKERS), "a PDF maker is missing from this test (or gone)"


def test_referral_dpia_and_certificate_are_marked_on_every_page() -> None:
    assert_marked(render_referral_pdf(example_referral_content(8, 2)), "referral", at_least=2)
    person = Person(username="lead", name="Pat Lead", role="Prevent Lead")
    template = prevent_referral_sharing_template(
        controller="Example University", created_by=person, at=datetime.now(UTC)
    )
    assert_marked(dpia_pdf(template, today=date.today()), "DPIA", at_least=2)
    # A run that destroyed many records: the certificate runs over more than one page.
    records = [f"PRV-2020-{n:04d}" for n in range(600)]
    manifest = {
        "certificate": "DC-2026-0001", "organisation": "Example University",
        "as_of": "2026-12-06", "executed_at": "2026-12-06T14:05:00Z",
        "authority": "Dana Officer (Data Protection Officer), under the retention schedule",
        "method": "Crypto-shredding.", "schedule": "The organisation's own retention schedule",
        "record_count": len(records), "access_log_events": 0,
        "classes": [{
            "record_class": "referral_case", "rule": "referral_case: destroy 6 years after "
            "case closed", "action": "destroy", "source": "Policy 11.", "trigger_from":
            "2020-01-01", "trigger_to": "2020-06-30", "count": len(records), "records": records,
        }],
    }
    assert_marked(certificate_pdf(manifest, "0" * 64, [1]), "destruction certificate",
                  at_least=2)


def test_reports_register_and_subject_access_pack_are_marked_on_every_page(
    world: World,
) -> None:
    populate(world)
    annual = _as(world, "dpo", reports.annual_report, None, log=world.log, with_previous=True)
    assert_marked(annual.pdf(), "annual report", at_least=2)
    ropa = _as(world, "dpo", reports.ropa, schedule=load_schedule())
    assert_marked(ropa.pdf(), "record of processing activities", at_least=2)
    assert_marked(
        register_pdf([], organisation="Example University", made_at=datetime.now(UTC)),
        "breach register",
    )
    ref = _open(world, SUBJECT_A[0])
    _decide_all(world, ref, set())
    assert_marked(_export(world, ref), "subject access pack", at_least=2)
