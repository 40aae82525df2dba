"""Evidence files: time and peak memory to redact a phone screenshot and a 20-page PDF, to make
each again after a reviewer reversed one of its redactions, and the memory taken to check and
seal a 25 MB file at intake.

    python benchmarks/evidence.py

Each measurement runs in a fresh subprocess. Its baseline is the resident memory once the
libraries and the spaCy model are loaded and warmed on a short text; the figure is the peak
resident memory during the work above that baseline (Linux: the peak is reset through
/proc/self/clear_refs before the work starts). Tesseract and poppler run as programs of their
own: their memory is not in the figure, their CPU time is. Prints figures; asserts nothing.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MB = 1024 * 1024

PEOPLE = ["Sarah Jones", "Tom Baker", "Priya Natarajan", "Kwame Mensah"]
SUBJECT = "Amir Hassan"


def _status(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _cpu_seconds() -> float:
    """CPU time of this process and of the programs it ran (tesseract, pdftoppm, pdftotext):
    under load from other work, a steadier figure than the wall clock."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def phone_screenshot() -> bytes:
    """A 1080 x 2340 phone screenshot of a group chat: 24 messages in a 40 px font."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONT, 40)
    image = Image.new("RGB", (1080, 2340), (236, 229, 221))
    draw = ImageDraw.Draw(image)
    lines = []
    for i in range(12):
        who = PEOPLE[i % len(PEOPLE)]
        lines.append(f"{who}: seen {SUBJECT} at {9 + i % 8}:15?")
        lines.append(f"{SUBJECT}: call 07700 9001{i:02d}")
    for row, line in enumerate(lines):
        top = 60 + row * 92
        draw.rounded_rectangle((30, top - 10, 1050, top + 60), 18, fill="white")
        draw.text((50, top), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def twenty_page_pdf() -> bytes:
    """A 20-page text PDF of case notes, 30 lines a page, names and numbers on most lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(20):
        pdf.setFont("Helvetica", 11)
        for row in range(30):
            who = PEOPLE[(page + row) % len(PEOPLE)]
            pdf.drawString(
                50,
                790 - row * 25,
                f"{page + 1}.{row + 1} {who} met {SUBJECT} in the library; ring 07700 9{row:05d}.",
            )
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _redact(kind: str) -> dict[str, object]:
    from redaction import Person, get_redactor
    from redaction.files import redact_image, redact_pdf

    data = phone_screenshot() if kind == "screenshot" else twenty_page_pdf()
    redactor = get_redactor()
    redactor.redact("Sarah Jones met Amir.", people=[Person("Sarah Jones")])
    baseline = _status("VmRSS")
    _reset_peak()
    start = time.perf_counter()
    cpu_start = _cpu_seconds()
    function = redact_image if kind == "screenshot" else redact_pdf
    result = function(data, redactor, subject=Person(SUBJECT), people=[Person(p) for p in PEOPLE])
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_start
    return {
        "what": "phone screenshot 1080x2340 (OCR)"
        if kind == "screenshot"
        else "20-page text PDF (text layer, rendered at 150 dpi)",
        "input_kb": round(len(data) / 1024),
        "output_kb": round(len(result.content) / 1024),
        "redacted": len(result.redacted),
        "seconds": round(seconds, 2),
        "cpu_seconds_with_ocr_and_poppler": round(cpu, 2),
        "peak_mb_above_baseline": round(_status("VmHWM") - baseline, 1),
    }


def _rebuild(kind: str) -> dict[str, object]:
    """Make the redacted file again with one redaction reversed, as a review does (the
    redaction itself runs first, unmeasured)."""
    from redaction import Person, get_redactor
    from redaction.files import Redaction, rebuild_file, redact_image, redact_pdf

    data = phone_screenshot() if kind == "screenshot" else twenty_page_pdf()
    function = redact_image if kind == "screenshot" else redact_pdf
    result = function(
        data, get_redactor(), subject=Person(SUBJECT), people=[Person(p) for p in PEOPLE]
    )
    applying = [Redaction(f.page, f.covers) for f in result.redacted[1:]]
    baseline = _status("VmRSS")
    _reset_peak()
    start = time.perf_counter()
    cpu_start = _cpu_seconds()
    content, _ = rebuild_file(data, "png" if kind == "screenshot" else "pdf", applying)
    seconds = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu_start
    return {
        "what": "made again, one redaction reversed: "
        + ("phone screenshot" if kind == "screenshot" else "20-page text PDF"),
        "output_kb": round(len(content) / 1024),
        "redactions": len(applying),
        "seconds": round(seconds, 2),
        "cpu_seconds_with_poppler": round(cpu, 2),
        "peak_mb_above_baseline": round(_status("VmHWM") - baseline, 1),
    }


def _intake(size_mb: int) -> dict[str, object]:
    """Read, check and seal a file of ``size_mb`` as the intake does (over 25 MB: refused)."""
    import hashlib
    import tempfile

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from gateway.cases import intake
    from gateway.encryption.sealed import seal

    rules = intake.IntakeRules(frozenset(intake.DEFAULT_TYPES), 25 * MB, 250 * MB)
    with tempfile.NamedTemporaryFile(suffix=".txt") as handle:
        line = b"Notes of the meeting with the tutor, kept as the evidence was given.\n"
        block = line * (MB // len(line))
        for _ in range(size_mb):  # written a megabyte at a time: no big buffer before baseline
            handle.write(block)
        handle.flush()
        key = AESGCM(AESGCM.generate_key(bit_length=256))
        baseline = _status("VmRSS")
        _reset_peak()
        start = time.perf_counter()
        outcome = "accepted and sealed"
        with open(handle.name, "rb") as stream:
            try:
                data = intake.read_limited(stream, rules)
                intake.inspect(data, rules)
                digest = hashlib.sha256(data).hexdigest()
                sealed = seal(key, "00" * 16, b"bench", data)
                del sealed, digest
            except intake.EvidenceRefused:
                outcome = "refused (over the limit)"
        seconds = time.perf_counter() - start
    return {
        "what": f"intake of a {size_mb} MB text file: read in chunks, checked, hashed, sealed",
        "outcome": outcome,
        "seconds": round(seconds, 2),
        "peak_mb_above_baseline": round(_status("VmHWM") - baseline, 1),
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        task = sys.argv[2]
        if task.startswith("intake"):
            figures = _intake(int(task.split(":")[1]))
        elif task.startswith("rebuild"):
            figures = _rebuild(task.split(":")[1])
        else:
            figures = _redact(task)
        print(json.dumps(figures))
        return
    print(f"evidence benchmark, {os.cpu_count()} CPUs; each figure from a fresh process")
    tasks = ("screenshot", "pdf", "rebuild:screenshot", "rebuild:pdf", "intake:25", "intake:60")
    for task in tasks:
        done = subprocess.run(
            [sys.executable, __file__, "--worker", task],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        print("  " + ", ".join(f"{k}: {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
