"""The referral PDF: the form's sections, the protective marking on every page, long notes."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from gateway.packages import MARKING, NoteItem, render_referral_pdf
from gateway.packages.example import example_referral_content

SECTIONS = (
    "Details of the individual being referred",
    "Referrer's details",
    "Description of the concerns",
    "How did the concerns arise?",
    "Complex needs and vulnerabilities",
    "Other agencies involved",
    "Discussion with the Regional Prevent Coordinator",
    "What the individual has been told",
    "Lawful basis for sharing",
    "Chronology and case notes (redacted)",
    "Our case reference",
    "Form version",
)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def normal_pdf() -> bytes:
    return render_referral_pdf(example_referral_content(8, 2))


def test_sections_and_content_present(normal_pdf: bytes) -> None:
    text = _norm(" ".join(_pages(normal_pdf)))
    for heading in SECTIONS:
        assert heading in text, heading
    content = example_referral_content(8, 2)
    for value in (
        content.case_reference,
        content.form_version,
        content.subject.full_name,
        content.referrer.name,
        "Regional Prevent Coordinator (North West)",
        "Art 9(2)(g)",
        "Not shared (not approved for this disclosure)",
        "[PERSON 1]",  # redaction markers are shown as they are
    ):
        assert value in text, value


def test_marking_and_page_numbers_on_every_page(normal_pdf: bytes) -> None:
    pages = _pages(normal_pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert page.count(MARKING) >= 2, number
        assert f"Page {number} of {len(pages)}" in page
        assert "PG-2026-0042" in page


def test_fifty_pages_of_notes_flow_across_pages() -> None:
    content = example_referral_content(100, 3)
    pdf = render_referral_pdf(content)
    pages = _pages(pdf)
    assert len(pages) >= 50
    for number, page in enumerate(pages, start=1):
        assert page.count(MARKING) >= 2
        assert f"Page {number} of {len(pages)}" in page
    text = _norm(" ".join(pages))
    assert "Entry 1." in text and "Entry 100." in text
    # the chronology's column headings repeat on every page it runs over
    with_header = [i for i, page in enumerate(pages) if "Note (redacted)" in page]
    assert with_header == list(range(with_header[0], with_header[-1] + 1))
    assert len(with_header) >= len(pages) - 3


def test_one_enormous_note_splits_instead_of_overflowing() -> None:
    huge = "A very long paragraph of redacted notes without breaks. " * 800  # ~45k chars
    content = replace(
        example_referral_content(1, 1), chronology=(NoteItem("2026-01-05", huge, "Tutor"),)
    )
    pages = _pages(render_referral_pdf(content))
    assert len(pages) > 5
    assert "(continued)" in _norm(" ".join(pages))


def test_markup_in_text_is_escaped() -> None:
    content = replace(
        example_referral_content(1, 1), concerns="Said <b>x</b> & <PERSON> left </para>"
    )
    text = _norm(" ".join(_pages(render_referral_pdf(content))))
    assert "Said <b>x</b> & <PERSON> left </para>" in text


def test_rendering_is_deterministic() -> None:
    content = example_referral_content(2, 1)
    assert render_referral_pdf(content) == render_referral_pdf(content)


def test_subject_name_not_in_pdf_metadata(normal_pdf: bytes) -> None:
    meta = PdfReader(io.BytesIO(normal_pdf)).metadata or {}
    assert all("Alex Example" not in str(v) for v in meta.values())
    assert MARKING in str(meta.get("/Subject"))


def test_non_latin_names_render_or_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.packages import fonts

    name = "Łukasz Wójcik Nguyễn Thị Ивана"
    base = example_referral_content(1, 1)
    content = replace(base, subject=replace(base.subject, full_name=name))
    if fonts.font_set().unicode:
        assert name in _norm(" ".join(_pages(render_referral_pdf(content))))
    # without a Unicode font the text is refused, never printed as boxes
    monkeypatch.setitem(
        fonts._registered,
        None,
        fonts.FontSet("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", unicode=False),
    )
    with pytest.raises(fonts.FontMissing, match="fonts-dejavu-core"):
        render_referral_pdf(content)
    assert render_referral_pdf(base)[:5] == b"%PDF-"


def test_note_of_many_short_lines_and_blank_lines_fits() -> None:
    lines = "\n".join(f"line {i}" if i % 3 else "" for i in range(600))
    content = replace(
        example_referral_content(1, 1), chronology=(NoteItem("2026-01-05", lines, "Tutor"),)
    )
    text = _norm(" ".join(_pages(render_referral_pdf(content))))
    assert "line 1 " in text and "line 599" in text


def test_a_field_longer_than_a_page_is_a_clear_error() -> None:
    from gateway.packages import PackageError

    base = example_referral_content(1, 1)
    huge = "\n".join(f"part {i}" for i in range(400))
    content = replace(base, subject=replace(base.subject, address=huge))
    with pytest.raises(PackageError, match="too long to fit on one page"):
        render_referral_pdf(content)


def test_long_agency_details_split_into_rows() -> None:
    from gateway.packages import AgencyInvolvement

    details = "Contact with the local authority's safeguarding team. " * 200
    content = replace(
        example_referral_content(1, 1),
        other_agencies=(AgencyInvolvement("Local authority", details),),
    )
    text = _norm(" ".join(_pages(render_referral_pdf(content))))
    assert "Local authority (continued)" in text
