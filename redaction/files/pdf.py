"""PDFs: each page rendered to an image, redacted as an image, and a new image-only PDF made.

The words come from the page's text layer (``pdftotext -bbox-layout``) where it has one, else
from OCR of the rendered page. Nothing of the original file is copied into the output but the
pixels of its pages: removed text, metadata, annotations, attachments and scripts are gone.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from redaction.models import Person
from redaction.placeholders import PlaceholderRegistry

from .common import (
    Box,
    FileFinding,
    PdfToolsUnavailable,
    RedactedFile,
    Roster,
    Source,
    UnreadableFile,
    Word,
    redact_words,
)
from .images import PAD, burn_boxes, open_image
from .ocr import read_words

if TYPE_CHECKING:
    from PIL.Image import Image

    from redaction.redactor import Redactor

#: Rendering resolution: enough for OCR of ordinary print and for a reader, small enough that a
#: page image stays a few MB.
DPI = 150
POINTS_PER_INCH = 72
#: The most pages one PDF may have here (each page is rendered and redacted in turn).
MAX_PAGES = 500
TIMEOUT_SECONDS = 300
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class _Page:
    width: float
    height: float
    words: list[Word]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PdfToolsUnavailable(name)
    return path


def _run(args: list[str]) -> None:
    try:
        # Our own fixed programs (found on PATH) and paths in our own temporary directory.
        subprocess.run(args, check=True, capture_output=True, timeout=TIMEOUT_SECONDS)  # noqa: S603
    except subprocess.CalledProcessError as exc:
        problem = exc.stderr.decode("utf-8", "replace").strip().splitlines()
        said = problem[-1] if problem else "poppler could not read it"
        raise UnreadableFile("PDF", said) from None
    except subprocess.TimeoutExpired:
        raise UnreadableFile("PDF", f"reading it took over {TIMEOUT_SECONDS} seconds") from None


def text_layer(path: Path, workdir: Path) -> list[_Page]:
    """Each page's size (points) and the words of its text layer, boxes in points."""
    out = workdir / "words.html"
    _run([_tool("pdftotext"), "-q", "-bbox-layout", "-enc", "UTF-8", str(path), str(out)])
    pages: list[_Page] = []
    current: list[Word] = []
    line_number = 0
    # poppler's own XHTML (the PDF's text escaped), parsed without entities or network.
    for _event, element in etree.iterparse(
        str(out), events=("end",), resolve_entities=False, no_network=True
    ):
        tag = element.tag.removeprefix(_XHTML)
        if tag == "line":
            line_number += 1
            for word in element.iter(f"{_XHTML}word"):
                text = (word.text or "").strip()
                if text:
                    box = Box(
                        int(float(word.get("xMin", 0))),
                        int(float(word.get("yMin", 0))),
                        int(float(word.get("xMax", 0)) + 0.999),
                        int(float(word.get("yMax", 0)) + 0.999),
                    )
                    current.append(Word(text, box, (line_number,)))
            element.clear()
        elif tag == "page":
            pages.append(
                _Page(float(element.get("width", 0)), float(element.get("height", 0)), current)
            )
            current = []
            element.clear()
    if len(pages) > MAX_PAGES:
        raise UnreadableFile("PDF", f"it has {len(pages)} pages, over the limit of {MAX_PAGES}")
    return pages


def _scaled(words: Sequence[Word], scale: float) -> list[Word]:
    return [
        Word(
            w.text,
            Box(
                int(w.box.left * scale),
                int(w.box.top * scale),
                int(w.box.right * scale + 0.999),
                int(w.box.bottom * scale + 0.999),
            ),
            w.line,
        )
        for w in words
    ]


def render_page(path: Path, number: int, workdir: Path) -> bytes:
    """Page ``number`` (1-based) as a PNG at :data:`DPI`."""
    prefix = workdir / "page"
    _run(
        [
            _tool("pdftoppm"),
            "-q",
            "-f",
            str(number),
            "-l",
            str(number),
            "-r",
            str(DPI),
            "-png",
            "-singlefile",
            str(path),
            str(prefix),
        ]
    )
    target = prefix.with_suffix(".png")
    data = target.read_bytes()
    target.unlink()
    return data


def redact_pdf(
    data: bytes,
    redactor: Redactor,
    *,
    subject: Person | None = None,
    people: Sequence[Person] = (),
    placeholders: PlaceholderRegistry | None = None,
    keep_subject_identifiers: frozenset[str] | None = None,
) -> RedactedFile:
    """Redact a PDF page by page; the output is a new PDF of the redacted page images alone.
    A page with no text layer is read by OCR (:class:`~redaction.files.OcrUnavailable` without
    Tesseract)."""
    registry = placeholders or PlaceholderRegistry()
    roster = Roster(subject, people, registry, keep_subject_identifiers)
    findings: list[FileFinding] = []

    def redact_page(number: int, page: _Page, image: Image) -> list[Box]:
        source: Source = "text layer" if page.words else "ocr"
        if page.words:
            words = _scaled(page.words, image.width / page.width if page.width else 1.0)
        else:
            words = read_words(image)
        page_findings = redact_words(words, redactor, roster, page=number, source=source, pad=PAD)
        findings.extend(page_findings)
        return [box for found in page_findings for box in found.boxes]

    content, pages = _image_pdf(data, redact_page)
    return RedactedFile(content, "application/pdf", pages, tuple(findings))


def reburn_pdf(data: bytes, boxes: Mapping[int, Sequence[Box]]) -> bytes:
    """The redacted PDF made again from the original with exactly ``boxes`` (by page, from 1)
    filled: what :func:`redact_pdf` gives when those are the boxes of the findings that apply
    (after a reviewer reversed a redaction or redacted what the engine kept)."""
    content, _ = _image_pdf(data, lambda number, _page, _image: boxes.get(number, ()))
    return content


def _image_pdf(
    data: bytes, boxes_of: Callable[[int, _Page, Image], Sequence[Box]]
) -> tuple[bytes, int]:
    """A new PDF of the original's page images alone, each with the boxes ``boxes_of`` gives
    for it filled black; and its number of pages. Pages are rendered one at a time."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="redact-pdf-") as tmp:
        workdir = Path(tmp)
        path = workdir / "in.pdf"
        path.write_bytes(data)
        path.chmod(0o600)
        pages = text_layer(path, workdir)
        if not pages:
            raise UnreadableFile("PDF", "it has no pages")
        pdf = canvas.Canvas(out, pageCompression=1, invariant=True)
        pdf.setCreator("")
        pdf.setProducer("")
        for number, page in enumerate(pages, start=1):
            image = open_image(render_page(path, number, workdir))
            burn_boxes(image, boxes_of(number, page, image))
            pdf.setPageSize((page.width, page.height))
            pdf.drawImage(ImageReader(image), 0, 0, width=page.width, height=page.height)
            pdf.showPage()
            del image
        pdf.save()
    return out.getvalue(), len(pages)
