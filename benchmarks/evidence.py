"""Evidence files: time and peak memory to redact a phone screenshot and a 20-page PDF, to make
each again after a reviewer reversed one of its redactions, and the memory taken to add a 25 MB
file to a case (the intake: read, checked, sealed and stored in chunks of 1 MiB), to read it
back whole, and to send it through the API.

    python benchmarks/evidence.py

Each measurement runs in a fresh subprocess. Its baseline is the resident memory once the
libraries and the spaCy model are loaded and warmed on a short text; the figure is the peak
resident memory during the work above that baseline (Linux: the peak is reset through
/proc/self/clear_refs before the work starts). Tesseract and poppler run as programs of their
own: their memory is not in the figure, their CPU time is. The intake runs the use case every
door runs, against a fresh SQLite database with a case (its baseline is taken after a small
file has been added, so the libraries are loaded); the API intake sends the same file as base64
in a JSON body straight into the ASGI app. Prints figures; asserts nothing.
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
    """Add a text file of ``size_mb`` to a case as every door does (the use case: read a chunk
    at a time, checked, hashed, each chunk sealed and stored on SQLite, committed); over 25 MB it
    is refused. Then read it back whole, as the redaction would."""
    import tempfile
    import warnings

    from gateway.auth.identity import LocalUser
    from gateway.cases import evidence_store, intake, use_cases
    from gateway.cases.models import EvidenceItem
    from gateway.db import make_engine
    from gateway.migrate import upgrade_to_head
    from tests.support import build_world

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.sqlite3")
        upgrade_to_head(engine)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            world = build_world(engine, Path(tmp), referral=False, dpia=False)
        work = world.ctx.work()

        def add(path: Path) -> str:
            with path.open("rb") as stream:
                view = work.run(
                    LocalUser("lead"),
                    use_cases.add_evidence,
                    world.case_ref,
                    description="Notes of the meeting",
                    provenance="Kept by the tutor",
                    content=stream,
                    filename=path.name,
                )
            return str(view.id)

        small = Path(tmp) / "small.txt"
        small.write_bytes(b"Notes of the meeting with the tutor.\n")
        add(small)  # warms the intake's libraries and the database before the baseline
        big = Path(tmp) / "notes.txt"
        line = b"Notes of the meeting with the tutor, kept as the evidence was given.\n"
        block = line * (MB // len(line))
        with big.open("wb") as handle:  # a megabyte at a time: no big buffer before baseline
            for _ in range(size_mb):
                handle.write(block)
        baseline = _status("VmRSS")
        _reset_peak()
        start = time.perf_counter()
        outcome = "accepted and stored"
        ident = ""
        try:
            ident = add(big)
        except intake.EvidenceRefused:
            outcome = "refused (over the limit)"
        seconds = time.perf_counter() - start
        figures: dict[str, object] = {
            "what": f"intake of a {size_mb} MB text file (use case, SQLite): read a chunk at a "
            "time, checked, hashed, each chunk sealed and stored",
            "outcome": outcome,
            "seconds": round(seconds, 2),
            "peak_mb_above_baseline": round(_status("VmHWM") - baseline, 1),
        }
        if ident:
            baseline = _status("VmRSS")
            _reset_peak()
            start = time.perf_counter()
            with world.sessions() as session:
                item = session.get(EvidenceItem, int(ident))
                assert item is not None
                data = evidence_store.read_file(session, item)
                assert data is not None and len(data) == size_mb * len(block)
                del data
            figures["read_back_whole_seconds"] = round(time.perf_counter() - start, 2)
            figures["read_back_whole_peak_mb_above_baseline"] = round(
                _status("VmHWM") - baseline, 1
            )
        world.ctx.close()
        engine.dispose()
    return figures


def _api_intake(size_mb: int) -> dict[str, object]:
    """Send a text file of ``size_mb`` to ``POST /api/v1/cases/{reference}/evidence`` as base64
    in the JSON body, straight into the ASGI app in 64 KiB pieces (the body is made before the
    baseline, as a client's would be: only the server's memory is counted)."""
    import asyncio
    import base64
    import tempfile
    import warnings

    sys.path.insert(0, str(ROOT / "tests"))  # test_api_flow imports test_web_world by name
    from gateway.db import make_engine
    from gateway.migrate import upgrade_to_head
    from tests.test_api_flow import LEAD, P, referral_case
    from tests.test_web_world import make_world

    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite3"
        upgrade_to_head(make_engine(url))
        world = make_world(url, Path(tmp))
        case_ref = referral_case(world)
        path = f"{P}/cases/{case_ref}/evidence"
        token = world.headers(LEAD)["Authorization"].encode()

        def body_of(data: bytes) -> bytes:
            fields = {"description": "Notes", "provenance": "Kept by the tutor"}
            fields["content_base64"] = base64.b64encode(data).decode()
            return json.dumps(fields).encode()

        async def post(body: bytes) -> int:
            scope = {
                "type": "http",
                "asgi": {"version": "3.0"},
                "http_version": "1.1",
                "method": "POST",
                "scheme": "https",
                "path": path,
                "raw_path": path.encode(),
                "query_string": b"",
                "root_path": "",
                "server": ("testserver", 443),
                "client": ("127.0.0.1", 50000),
                "headers": [
                    (b"host", b"testserver"),
                    (b"authorization", token),
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
            sent = 0
            status: list[int] = []

            async def receive() -> dict[str, object]:
                nonlocal sent
                piece = body[sent : sent + 64 * 1024]
                sent += len(piece)
                return {"type": "http.request", "body": piece, "more_body": sent < len(body)}

            async def send(message: dict[str, object]) -> None:
                if message["type"] == "http.response.start":
                    status.append(int(str(message["status"])))

            await world.app(scope, receive, send)
            return status[0]

        asyncio.run(post(body_of(b"Notes of the meeting.\n")))  # warms the route
        line = b"Notes of the meeting with the tutor, kept as the evidence was given.\n"
        body = body_of(line * (MB // len(line)) * size_mb)
        baseline = _status("VmRSS")
        _reset_peak()
        start = time.perf_counter()
        status = asyncio.run(post(body))
        figures: dict[str, object] = {
            "what": f"intake of a {size_mb} MB text file through the API (base64 in JSON, "
            f"{len(body) / MB:.1f} MB body, SQLite)",
            "status": status,
            "seconds": round(time.perf_counter() - start, 2),
            "peak_mb_above_baseline": round(_status("VmHWM") - baseline, 1),
        }
        world.ctx.close()
    return figures


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        task = sys.argv[2]
        size = int(task.split(":")[-1]) if task.split(":")[-1].isdigit() else 0
        if task.startswith("api-intake"):
            figures = _api_intake(size)
        elif task.startswith("intake"):
            figures = _intake(size)
        elif task.startswith("rebuild"):
            figures = _rebuild(task.split(":")[1])
        else:
            figures = _redact(task)
        print(json.dumps(figures))
        return
    print(f"evidence benchmark, {os.cpu_count()} CPUs; each figure from a fresh process")
    tasks = (
        "screenshot",
        "pdf",
        "rebuild:screenshot",
        "rebuild:pdf",
        "intake:25",
        "intake:60",
        "api-intake:25",
    )
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
