"""A redacted file made again from its original with the redactions that apply after review:
with the engine's own redactions it is the very file the engine made (byte for byte), with one
reversed that person's words come back and nobody else's, with what the engine kept redacted
those words go. And the review view of a Word document: its original text rendered as the
shared file is, each finding's span boxed and numbered on both."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from redaction import Person, Redactor, get_redactor
from redaction.files import (
    FileFinding,
    RedactedFile,
    Redaction,
    UnreadableFile,
    rebuild_file,
    redact_file,
)
from redaction.files.docx import render, render_marked, sections
from redaction.files.review import MARK, SHOWN, SpanMark, docx_pages, docx_view
from tests import evidence_files as files
from tests.test_redaction_files import ocr

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)

SUBJECT = Person("Amir Hassan")
PEOPLE = [Person("Sarah Jones"), Person("Tom Baker")]
CHAT = [
    "Seminar chat, week 6",
    "Sarah Jones: see you at six",
    "Tom Baker: I will be there",
    "Amir Hassan: I am here",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def redactions(found: Sequence[FileFinding], docx: bool = False) -> list[Redaction]:
    """The findings as rebuild_file takes them: their covering boxes, or their spans."""
    return [
        Redaction(
            page=f.page,
            boxes=() if docx else f.covers,
            start=f.finding.start,
            end=f.finding.end,
            replacement=f.finding.placeholder or f"[{f.finding.entity_type}]",
        )
        for f in found
    ]


def person(result: RedactedFile, first_name: str, text: str) -> FileFinding:
    """The finding of the person whose name starts with ``first_name`` in ``text``, the
    finding's page text as the test reconstructs it from the order of the lines."""
    return next(
        f
        for f in result.findings
        if f.finding.entity_type == "PERSON" and text[f.finding.start :].startswith(first_name)
    )


def test_an_image_made_again_with_the_engines_redactions_is_the_same_file(
    redactor: Redactor,
) -> None:
    original = files.png(CHAT)
    result = redact_file(original, "png", redactor, subject=SUBJECT, people=PEOPLE)
    again, media_type = rebuild_file(original, "png", redactions(result.redacted))
    assert media_type == "image/png"
    assert again == result.content


def test_an_image_with_one_redaction_reversed_shows_that_name_and_no_other(
    redactor: Redactor,
) -> None:
    original = files.png(CHAT)
    result = redact_file(original, "png", redactor, subject=SUBJECT, people=PEOPLE)
    people = [f for f in result.redacted if f.finding.entity_type == "PERSON"]
    assert len(people) == 2, result.findings
    # Sarah Jones is on the line above Tom Baker: the finding whose boxes are higher is hers.
    sarah, tom = sorted(people, key=lambda f: min(b.top for b in f.covers))
    kept = [f for f in result.redacted if f is not sarah]
    again, _ = rebuild_file(original, "png", redactions(kept))
    read_back = ocr(again)
    assert "Sarah Jones" in read_back, read_back
    assert "Tom" not in read_back and "Baker" not in read_back, read_back
    assert "Amir Hassan" in read_back
    assert again != result.content
    assert tom in kept


def test_what_the_engine_kept_can_be_redacted_in_an_image(redactor: Redactor) -> None:
    original = files.png(CHAT)
    result = redact_file(original, "png", redactor, subject=SUBJECT, people=PEOPLE)
    subject = [f for f in result.findings if f.finding.action == "kept"]
    assert subject and all(f.covers and not f.boxes for f in subject)
    again, _ = rebuild_file(original, "png", redactions([*result.redacted, *subject]))
    read_back = ocr(again)
    assert "Amir" not in read_back and "Hassan" not in read_back, read_back
    assert "Sarah" not in read_back


def test_a_pdf_made_again_is_the_same_file_and_a_reversal_shows_on_its_page(
    redactor: Redactor, tmp_path: Path
) -> None:
    original = files.text_pdf([["Notes by Sarah Jones"], ["Tom Baker called Amir Hassan"]])
    result = redact_file(original, "pdf", redactor, subject=SUBJECT, people=PEOPLE)
    again, media_type = rebuild_file(original, "pdf", redactions(result.redacted))
    assert media_type == "application/pdf" and again == result.content
    tom = next(f for f in result.redacted if f.page == 2 and f.finding.entity_type == "PERSON")
    reversed_, _ = rebuild_file(
        original, "pdf", redactions([f for f in result.redacted if f is not tom])
    )
    assert len(PdfReader(io.BytesIO(reversed_)).pages) == 2
    source = tmp_path / "again.pdf"
    source.write_bytes(reversed_)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "p")], check=True)
    first, second = (ocr(p.read_bytes()) for p in sorted(tmp_path.glob("p*.png")))
    assert "Tom Baker" in second and "Amir Hassan" in second, second
    assert "Sarah" not in first and "Jones" not in first, first


def test_a_word_document_made_again_is_the_same_rendering_and_a_reversal_shows(
    redactor: Redactor,
) -> None:
    original = files.docx(["Tom Baker called Amir Hassan."], header="Notes by Sarah Jones")
    result = redact_file(original, "docx", redactor, subject=SUBJECT, people=PEOPLE)
    again, media_type = rebuild_file(original, "docx", redactions(result.redacted, docx=True))
    assert media_type == "application/pdf" and again == result.content
    body = sections(original)[0].text
    tom = person(result, "Tom", body)
    reversed_, _ = rebuild_file(
        original, "docx", redactions([f for f in result.redacted if f is not tom], docx=True)
    )
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(reversed_)).pages)
    assert "Tom Baker called Amir Hassan." in text
    assert "Sarah" not in text and "Jones" not in text, text


def test_rebuilding_refuses_a_file_it_does_not_read() -> None:
    with pytest.raises(Exception, match="cannot be made again"):
        rebuild_file(b"plain text", "text", [])
    with pytest.raises(UnreadableFile):
        rebuild_file(b"\x89PNG\r\n\x1a\nnot an image", "png", [])


def coloured(png: bytes, colour: tuple[int, int, int]) -> int:
    colours = Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 24) or []
    return sum(count for count, seen in colours if seen == colour)


def unmarked(png: bytes) -> bytes:
    """The view with its boxes and numbers painted white (Tesseract skips boxed words)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    data = image.tobytes()
    marks = {bytes(MARK), bytes(SHOWN)}
    cleaned = b"".join(
        b"\xff\xff\xff" if data[i : i + 3] in marks else data[i : i + 3]
        for i in range(0, len(data), 3)
    )
    out = io.BytesIO()
    Image.frombytes("RGB", image.size, cleaned).save(out, format="PNG")
    return out.getvalue()


def test_a_word_documents_view_shows_the_original_text_beside_the_shared_rendering(
    redactor: Redactor,
) -> None:
    original = files.docx(["Tom Baker called Amir Hassan."], header="Notes by Sarah Jones")
    result = redact_file(original, "docx", redactor, subject=SUBJECT, people=PEOPLE)
    marks = [
        SpanMark(
            number,
            f.page,
            f.finding.start,
            f.finding.end,
            f.finding.placeholder or f"[{f.finding.entity_type}]",
            f.finding.action == "redacted",
        )
        for number, f in enumerate(result.findings, start=1)
    ]
    assert docx_pages(original, marks, redacted=False) == 1
    assert docx_pages(original, marks, redacted=True) == result.pages
    before = docx_view(original, marks, redacted=False, page=1)
    after = docx_view(original, marks, redacted=True, page=1)
    read_before, read_after = ocr(unmarked(before)), ocr(unmarked(after))
    assert "Tom Baker" in read_before and "Sarah Jones" in read_before, read_before
    assert "Tom" not in read_after and "Sarah" not in read_after, read_after
    assert "PERSON" in read_after and "Amir Hassan" in read_after
    # Numbered boxes on both: red where the text is replaced, blue around the kept name.
    assert coloured(before, MARK) > 0 and coloured(after, MARK) > 0
    assert coloured(before, SHOWN) > 0 and coloured(after, SHOWN) > 0
    with pytest.raises(UnreadableFile):
        docx_view(original, marks, redacted=True, page=2)


def test_the_marks_do_not_move_the_text_they_mark() -> None:
    """The boxes are found in a rendering drawn with zero-width marks; its layout must be the
    shared rendering's, or the boxes would miss their words."""
    long = "Tom Baker " + "wrote at length about the week's seminar " * 40 + "Sarah Jones."
    titled = [("Body", long), ("Header", "Notes by Sarah Jones")]
    plain, pages = render(titled)
    start = long.index("Sarah Jones.")
    marked, marked_pages, placed = render_marked(
        titled, [[(1, 0, 9), (2, start, start + 11)], [(3, 9, 20)]]
    )
    assert marked_pages == pages

    def text_of(pdf: bytes) -> str:
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    assert text_of(marked) == text_of(plain)
    assert {p.label for p in placed} == {1, 2, 3}
    first = next(p for p in placed if p.label == 1)
    # "Tom Baker" starts the body: at the frame's left edge, on the first line.
    assert abs(first.left - 78) < 1 and first.right > first.left
