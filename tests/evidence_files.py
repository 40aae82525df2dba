"""Evidence files the tests make themselves: images, PDFs and Word documents, good and bad."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


def png(lines: list[str], *, width: int = 900, size: int = 28) -> bytes:
    """A PNG screenshot-like image with ``lines`` of text in a large DejaVu font."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), size)
    image = Image.new("RGB", (width, 40 + len(lines) * (size + 22)), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((20, 20 + row * (size + 22)), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def jpeg_with_exif(lines: list[str]) -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(png(lines)))
    exif = Image.Exif()
    exif[0x010E] = "Taken by Grace Mitchell"  # ImageDescription
    exif[0x013B] = "Grace Mitchell"  # Artist
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", exif=exif.tobytes(), quality=95)
    return out.getvalue()


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a text layer: one list of lines per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setAuthor("Grace Mitchell")
    for lines in pages:
        pdf.setFont("Helvetica", 14)
        for row, line in enumerate(lines):
            pdf.drawString(60, 780 - row * 24, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_with(extra: str) -> bytes:
    """A one-page PDF carrying JavaScript, an attachment or a launch action (``extra``)."""
    import pikepdf

    pdf = pikepdf.open(io.BytesIO(text_pdf([["Chat export"]])))
    if extra == "javascript":
        action = pdf.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
        )
        pdf.Root.OpenAction = action
    elif extra == "launch":
        pdf.Root.OpenAction = pdf.make_indirect(
            pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("calc.exe"))
        )
    elif extra == "attachment":
        pdf.attachments["notes.txt"] = pikepdf.AttachedFileSpec(pdf, b"hidden notes")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def docx(
    body: list[str], *, header: str = "", comment: str = "", footer: str = "", deleted: str = ""
) -> bytes:
    """A Word document with ``body`` paragraphs, a header, a footer, a comment, and ``deleted``
    text kept as a tracked change."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    document.core_properties.author = "Grace Mitchell"
    paragraphs = [document.add_paragraph(line) for line in body]
    if comment and paragraphs:
        document.add_comment(paragraphs[0].runs, text=comment, author="Reviewer")
    if deleted:
        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        paragraph = document.add_paragraph("Amended: ")
        paragraph._p.append(
            parse_xml(
                f'<w:del xmlns:w="{w}" w:id="90" w:author="Reviewer">'
                f"<w:r><w:delText>{deleted}</w:delText></w:r></w:del>"
            )
        )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docm() -> bytes:
    """A macro-enabled Word document: its content type says so and it carries vbaProject.bin."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=DOCM_MAIN))
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("chat.txt", "hello")
    return out.getvalue()


ELF = b"\x7fELF\x02\x01\x01\x00" + b"\0" * 8 + b"\x02\x00\x3e\x00" + b"\0" * 200
BAD_TEXT = "Seminar notes\nNa\u00efve caf\u00e9\n".encode("latin-1")


def encrypted_docx() -> bytes:
    """A password-protected Word document (an OLE container holding the encrypted package)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(docx(["Private"]))).encrypt("secret", out)  # type: ignore[no-untyped-call]
    return out.getvalue()
