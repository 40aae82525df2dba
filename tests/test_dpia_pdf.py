"""The PDF is a readable document with the expected content on every page."""

import io
from datetime import UTC, date, datetime, timedelta

from pypdf import PdfReader

from dpia import Person
from dpia.examples import approved_demo_dpia, completed_demo_dpia
from dpia.pdf import MARKING, render_pdf

LEAD = Person(username="lead", name="Alex Lead", role="Prevent Lead")
DPO = Person(username="dpo", name="Dana Officer", role="Data Protection Officer")
EXEC = Person(username="siro", name="Chris Exec", role="Senior Information Risk Owner")
T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_approved_pdf_content() -> None:
    d = approved_demo_dpia(
        controller="Example Online Ltd", preparer=LEAD, dpo=DPO, approver=EXEC, at=T0
    )
    pdf = render_pdf(d, today=date(2026, 12, 1))
    assert pdf.startswith(b"%PDF-")
    texts = pages(pdf)
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert text.count(MARKING) >= 2  # top and bottom of every page
        assert f"Page {number} of {len(texts)}" in text
    full = squash(" ".join(texts))
    for expected in (
        "Data Protection Impact Assessment",
        "Example Online Ltd",
        "prevent-referral-sharing",
        "Step 1. Why a DPIA is needed",
        "Step 2. The processing",
        "Step 3. Consultation",
        "Step 4. Necessity and proportionality",
        "Step 5. Risks to individuals",
        "Risk matrix",
        "Step 6. Measures to reduce risk",
        "Step 7. Sign-off and outcomes",
        "Wrongful referral harming a student",
        "Chilling effect on freedom of speech",
        "Measures approved by",
        "Residual risks approved by",
        "Consultation responses reviewed by",
        "Chris Exec",
        "Dana Officer",
        "Accepted",
        "25 November 2027",  # review date, in words
        d.sha256(),
    ):
        assert expected in full, expected
    assert "NOT IN FORCE" not in full


def test_draft_pdf_says_not_in_force_and_escapes_markup() -> None:
    from dpia import set_field

    d = completed_demo_dpia(controller="Example <Online> & Co", created_by=LEAD, at=T0)
    d = set_field(d, "necessity.retention", "Six years <b>not bold</b> & more")
    full = squash(" ".join(pages(render_pdf(d, today=date(2026, 12, 1)))))
    assert "NOT IN FORCE" in full and "Draft" in full
    assert "Example <Online> & Co" in full
    assert "<b>not bold</b> & more" in full
    assert "Not yet approved" in full


def test_expired_pdf_is_marked() -> None:
    d = approved_demo_dpia(
        controller="C", preparer=LEAD, dpo=DPO, approver=EXEC, at=T0, review_in=timedelta(days=30)
    )
    full = squash(" ".join(pages(render_pdf(d, today=date(2027, 6, 1)))))
    assert "NOT IN FORCE" in full and "Expired" in full
