"""Redaction of evidence files with the text engine's roster and subject rules: a chat
screenshot, a text PDF, a scanned PDF and a Word document with names in its body, header,
comments and tracked changes. OCR of the redacted image and of the redacted PDF's pages, and
text extraction from the PDFs, find none of the third parties' data; the subject's name stays;
no metadata survives. Without Tesseract, images and scans are refused saying what to install."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from redaction import Person, PlaceholderRegistry, Redactor, get_redactor
from redaction.files import (
    OcrUnavailable,
    detect_kind,
    redact_docx,
    redact_file,
    redact_image,
    redact_pdf,
)
from redaction.files import ocr as ocr_module
from tests import evidence_files as files

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)

SUBJECT = Person("Amir Hassan")
PEOPLE = [Person("Sarah Jones"), Person("Tom Baker")]
#: The third parties' data: none of it may be read back from a redacted file.
THIRD_PARTY = ("Sarah", "Jones", "Tom", "Baker", "07700", "900123")
CHAT = [
    "Seminar chat, week 6",
    "Sarah Jones: has anyone seen Amir Hassan today?",
    "Tom Baker: call me on 07700 900123",
    "Amir Hassan: I am here",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def ocr(image_bytes: bytes) -> str:
    import pytesseract

    image = Image.open(io.BytesIO(image_bytes))
    return str(pytesseract.image_to_string(image.resize((image.width * 2, image.height * 2))))


def ocr_pdf_pages(pdf: bytes, tmp_path: Path) -> list[str]:
    source = tmp_path / "redacted.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "p")], check=True)
    return [ocr(p.read_bytes()) for p in sorted(tmp_path.glob("p*.png"))]


def leaked(text: str) -> list[str]:
    return [word for word in THIRD_PARTY if word.lower() in text.lower()]


def test_chat_screenshot_loses_the_third_parties_and_keeps_the_subject(
    redactor: Redactor,
) -> None:
    original = files.png(CHAT)
    assert leaked(ocr(original)) == list(THIRD_PARTY)  # the test's OCR can read them at all
    result = redact_image(original, redactor, subject=SUBJECT, people=PEOPLE)
    assert result.media_type == "image/png"
    read_back = ocr(result.content)
    assert leaked(read_back) == [], read_back
    assert "Amir Hassan" in read_back
    kinds = {(f.finding.action, f.finding.entity_type) for f in result.findings}
    assert {("redacted", "PERSON"), ("redacted", "PHONE_NUMBER"), ("kept", "PERSON")} <= kinds
    assert all(f.boxes for f in result.redacted) and all(
        not f.boxes for f in result.findings if f.finding.action == "kept"
    )


def test_the_same_person_has_one_placeholder_across_files(redactor: Redactor) -> None:
    package = PlaceholderRegistry()
    first = redact_image(
        files.png(CHAT), redactor, subject=SUBJECT, people=PEOPLE, placeholders=package
    )
    second = redact_docx(
        files.docx(["Sarah Jones wrote again."]),
        redactor,
        subject=SUBJECT,
        people=PEOPLE,
        placeholders=package,
    )
    in_first = {f.finding.placeholder for f in first.redacted}
    in_second = {f.finding.placeholder for f in second.redacted}
    # The second file names Sarah Jones alone: her placeholder is the one the first gave her.
    assert len(in_second) == 1 and in_second <= in_first, (in_first, in_second)


def test_image_metadata_is_removed(redactor: Redactor) -> None:
    original = files.jpeg_with_exif(CHAT)
    assert b"Grace Mitchell" in original
    result = redact_file(original, detect_kind(original), redactor, subject=SUBJECT, people=PEOPLE)
    image = Image.open(io.BytesIO(result.content))
    assert image.format == "PNG"
    assert not image.getexif() and set(image.info) <= {"dpi"}
    assert b"Grace Mitchell" not in result.content


def test_text_pdf_becomes_an_image_only_pdf_without_the_third_parties(
    redactor: Redactor, tmp_path: Path
) -> None:
    original = files.text_pdf(
        [
            ["Chat with Sarah Jones about Amir Hassan", "Call Tom Baker on 07700 900123"],
            ["Amir Hassan said hello to Sarah Jones"],
        ]
    )
    result = redact_pdf(original, redactor, subject=SUBJECT, people=PEOPLE)
    assert result.pages == 2
    assert {f.source for f in result.findings} == {"text layer"}
    reader = PdfReader(io.BytesIO(result.content))
    extracted = "".join(page.extract_text() for page in reader.pages)
    assert extracted.strip() == ""  # no text layer at all: the removed text is gone
    assert b"Grace Mitchell" not in result.content  # the author's name (metadata) is gone
    pages = ocr_pdf_pages(result.content, tmp_path)
    assert len(pages) == 2
    assert leaked(" ".join(pages)) == [], pages
    assert all("Amir Hassan" in page for page in pages), pages


def test_scanned_pdf_is_read_by_ocr(redactor: Redactor, tmp_path: Path) -> None:
    scan = io.BytesIO()
    Image.open(io.BytesIO(files.png(CHAT))).save(scan, format="PDF", resolution=100)
    result = redact_pdf(scan.getvalue(), redactor, subject=SUBJECT, people=PEOPLE)
    assert {f.source for f in result.findings} == {"ocr"}
    pages = ocr_pdf_pages(result.content, tmp_path)
    assert leaked(" ".join(pages)) == [], pages
    assert "Amir Hassan" in pages[0]


def test_word_document_body_header_comments_and_tracked_changes(redactor: Redactor) -> None:
    original = files.docx(
        ["Sarah Jones wrote to Amir Hassan.", "Ring 07700 900123."],
        header="Prepared by Tom Baker",
        footer="Amir Hassan, case file",
        comment="Checked by Sarah Jones",
        deleted="Tom Baker",
    )
    result = redact_docx(original, redactor, subject=SUBJECT, people=PEOPLE)
    assert result.media_type == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(result.content)).pages)
    for heading in ("Body", "Header", "Footer", "Comments", "Tracked changes: deleted text"):
        assert heading in text
    assert leaked(text) == [], text
    assert text.count("Amir Hassan") == 2
    assert "[PERSON 1]" in text and "[PHONE 1]" in text
    assert b"Grace Mitchell" not in result.content  # the document's author property


def test_without_tesseract_images_and_scans_say_what_to_install(
    redactor: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ocr_module.check_ocr.cache_clear()
    monkeypatch.setattr(ocr_module.shutil, "which", lambda _name: None)
    try:
        with pytest.raises(OcrUnavailable, match="apt-get install tesseract-ocr tesseract-ocr-eng"):
            redact_image(files.png(CHAT), redactor, subject=SUBJECT, people=PEOPLE)
        # A PDF with a text layer and a Word document need no OCR.
        monkeypatch.setattr("redaction.files.pdf.shutil.which", lambda name: f"/usr/bin/{name}")
        pdf = files.text_pdf([["Sarah Jones and Amir Hassan"]])
        assert redact_pdf(pdf, redactor, subject=SUBJECT, people=PEOPLE).redacted
        assert redact_docx(files.docx(["Sarah Jones"]), redactor, people=PEOPLE).redacted
    finally:
        ocr_module.check_ocr.cache_clear()


def test_detect_kind_reads_the_content() -> None:
    assert detect_kind(files.png(["x"])) == "png"
    assert detect_kind(files.jpeg_with_exif(["x"])) == "jpeg"
    assert detect_kind(files.text_pdf([["x"]])) == "pdf"
    assert detect_kind(files.docx(["x"])) == "docx"
    assert detect_kind(files.plain_zip()) is None
    assert detect_kind(b"plain text") is None


def test_the_redact_command_takes_an_image_and_writes_the_redacted_copy(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from gateway.cli.main import app

    shot = tmp_path / "chat.png"
    shot.write_bytes(files.png(CHAT))
    args = ["redact", str(shot), "--subject", "Amir Hassan", "--person", "Sarah Jones"]
    args += ["--person", "Tom Baker", "--model", "en_core_web_sm"]
    refused = CliRunner().invoke(app, args)
    assert refused.exit_code == 2 and "Add --out PATH" in refused.output
    out = tmp_path / "redacted.png"
    done = CliRunner().invoke(app, [*args, "--out", str(out), "--json"])
    assert done.exit_code == 0, done.output
    assert out.stat().st_mode & 0o777 == 0o600
    assert '"source": "ocr"' in done.output
    read_back = ocr(out.read_bytes())
    assert leaked(read_back) == [] and "Amir Hassan" in read_back
