"""Intake that checks every evidence file: the type read from the content, not the name; an
allow-list from the settings; macro-enabled or encrypted Office files, PDFs with JavaScript,
attachments or launch actions, archives and programs refused with a reason naming what was found;
size limits per file and per case; and the same answer from every door (command line, API, the
case page's upload form). A refusal stores nothing."""

from __future__ import annotations

import base64
import hashlib
import html
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from gateway.cases import intake
from gateway.cases.models import EvidenceItem
from gateway.cli.main import app as cli_app
from gateway.config import Settings
from gateway.users.domain import Role
from tests import evidence_files as files
from tests.support import CliAs
from tests.test_api_flow import LEAD, P, referral_case
from tests.test_web_world import World, csrf_of, make_world

RULES = intake.IntakeRules(frozenset(intake.DEFAULT_TYPES), 25 * intake.MB, 250 * intake.MB)

#: Each bad file and the words its refusal must carry (what was found).
REFUSED: dict[str, tuple[Any, str]] = {
    "chat.docm": (files.docm, "macro-enabled Word document (word/vbaProject.bin)"),
    "chat.docx": (files.encrypted_docx, "encrypted (password-protected) Office document"),
    "script.pdf": (lambda: files.pdf_with("javascript"), "The PDF contains JavaScript"),
    "attached.pdf": (lambda: files.pdf_with("attachment"), "embedded files (attachments)"),
    "launch.pdf": (lambda: files.pdf_with("launch"), "launch action"),
    "photos.zip": (files.plain_zip, "ZIP archive"),
    "screenshot.png": (lambda: files.ELF, "a program (ELF executable)"),
    "notes.txt": (lambda: files.BAD_TEXT, "not UTF-8 (an invalid byte on line 2"),
}


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def evidence_count(world: World) -> int:
    with world.ctx.sessions() as session:
        return int(session.scalar(select(func.count(EvidenceItem.id))) or 0)


# --- the checks themselves ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (files.png(["Seminar chat"]), "png"),
        (files.jpeg_with_exif(["Seminar chat"]), "jpeg"),
        (files.text_pdf([["Seminar chat"]]), "pdf"),
        (files.docx(["Seminar chat"], header="Week 6", comment="Checked"), "docx"),
        ("Seminar chat \u2014 caf\u00e9\n".encode(), "text"),
    ],
)
def test_accepted_types_are_read_from_the_content(content: Any, kind: str) -> None:
    assert intake.inspect(content, RULES).kind == kind


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_bad_file_is_refused_naming_what_was_found(name: str) -> None:
    make, found = REFUSED[name]
    with pytest.raises(intake.EvidenceRefused, match="nothing was saved") as refused:
        intake.inspect(make(), RULES)
    assert found in refused.value.message


def test_a_type_left_off_the_allow_list_is_refused() -> None:
    rules = intake.IntakeRules(frozenset({"pdf"}), intake.MB, intake.MB)
    with pytest.raises(intake.EvidenceRefused, match="PNG image, which this installation"):
        intake.inspect(files.png(["x"]), rules)


def test_reading_stops_at_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as out:  # sparse: 30 MB on paper, nothing on disk
        out.truncate(30 * intake.MB)

    class Counting:
        def __init__(self, stream: Any) -> None:
            self.stream, self.read_bytes = stream, 0

        def read(self, size: int) -> bytes:
            chunk: bytes = self.stream.read(size)
            self.read_bytes += len(chunk)
            return chunk

    with big.open("rb") as stream:
        counting = Counting(stream)
        with pytest.raises(intake.EvidenceRefused, match="over the limit of 25 MB"):
            intake.receive(counting, RULES)  # type: ignore[arg-type]
    # It read in chunks and stopped one chunk past the limit, not at the end of the file.
    assert counting.read_bytes <= RULES.max_file_bytes + intake.CHUNK_BYTES


def test_a_file_on_disk_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as out:
        out.truncate(30 * intake.MB)

    class Watched:
        def __init__(self, stream: Any) -> None:
            self.stream, self.read_bytes = stream, 0

        def seekable(self) -> bool:
            return True

        def seek(self, offset: int, whence: int = 0) -> int:
            return int(self.stream.seek(offset, whence))

        def tell(self) -> int:
            return int(self.stream.tell())

        def read(self, size: int = -1) -> bytes:
            chunk: bytes = self.stream.read(size)
            self.read_bytes += len(chunk)
            return chunk

    with big.open("rb") as stream:
        watched = Watched(stream)
        with pytest.raises(intake.EvidenceRefused, match="The file is 30 MB, over the limit"):
            intake.receive(watched, RULES)  # type: ignore[arg-type]
    assert watched.read_bytes == 0
    # Within the limit it is read a chunk at a time, each handed on before the next is read.
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * (3 * intake.CHUNK_BYTES + 5))
    stored: list[bytes] = []
    with small.open("rb") as stream:
        received = intake.receive(stream, RULES, stored.append)
    assert [len(c) for c in stored] == [intake.CHUNK_BYTES] * 3 + [5]
    assert b"".join(stored) == small.read_bytes() and received.size == len(b"".join(stored))
    assert received.sha256 == hashlib.sha256(small.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("overrides", "problem"),
    [
        ({"evidence_types": "png,exe"}, "unknown evidence type"),
        ({"evidence_types": " , "}, "unknown evidence type"),
        ({"evidence_max_file_mb": 0}, "greater than or equal to 1"),
        ({"evidence_max_file_mb": 300}, "larger than PREVENT_GATEWAY_EVIDENCE_MAX_CASE_MB"),
    ],
)
def test_settings_refuse_bad_values(overrides: dict[str, Any], problem: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=problem):
        Settings(**overrides)


def test_settings_give_the_rules() -> None:
    settings = Settings(evidence_types="PDF, png", evidence_max_file_mb=2, evidence_max_case_mb=3)
    rules = settings.evidence_rules
    assert rules.allowed_types == {"pdf", "png"}
    assert (rules.max_file_bytes, rules.max_case_bytes) == (2 * intake.MB, 3 * intake.MB)


# --- every door -------------------------------------------------------------------------------


def via_api(world: World, case_ref: str, name: str, content: bytes) -> tuple[int, str]:
    reply = world.client().post(
        f"{P}/cases/{case_ref}/evidence",
        headers=world.headers(LEAD),
        json={
            "description": "Screenshot of the seminar chat",
            "provenance": "Sent by the tutor on 3 December 2026",
            "content_base64": base64.b64encode(content).decode(),
            "filename": name,
        },
    )
    body = reply.json()
    return reply.status_code, str(body.get("detail", body.get("sha256", "")))


def signed_in(world: World) -> Any:
    """A browser signed in as the Prevent Lead (once a test: sign-in codes are one a time step)."""
    client = world.client()
    world.login(client, LEAD)
    return client


def via_web(client: Any, case_ref: str, name: str, content: bytes) -> tuple[int, str]:
    page = client.get(f"/cases/{case_ref}")
    assert 'enctype="multipart/form-data"' in page.text
    reply = client.post(
        f"/cases/{case_ref}/evidence",
        data={
            "csrf_token": csrf_of(page.text),
            "description": "Screenshot of the seminar chat",
            "provenance": "Sent by the tutor on 3 December 2026",
        },
        files={"file": (name, content, "application/octet-stream")},
    )
    shown = re.findall(r'<p class="message">([^<]*)</p>', reply.text)
    return reply.status_code, html.unescape(" ".join(shown)) if shown else reply.text


def via_cli(
    world: World, case_ref: str, name: str, content: bytes, tmp_path: Path
) -> tuple[int, str]:
    path = tmp_path / name
    path.write_bytes(content)
    settings = world.ctx.settings
    runner = CliAs(settings.resolved_database_url)
    result = runner.invoke(
        cli_app,
        [
            "case",
            "evidence",
            case_ref,
            str(path),
            "--description",
            "Screenshot of the seminar chat",
            "--provenance",
            "Sent by the tutor on 3 December 2026",
            "--as",
            world.username(Role.PREVENT_LEAD),
        ],
        env={
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
            "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
            **{k: str(v) for k, v in EXTRA_ENV.items()},
        },
    )
    if isinstance(result.exception, intake.EvidenceRefused):
        # The refusal the command line prints (gateway.cli.common.run_cli): exit 2, no traceback.
        return 2, result.exception.message
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, " ".join(result.output.split())


EXTRA_ENV: dict[str, object] = {}


def test_every_door_refuses_each_bad_file_the_same_way(world: World, tmp_path: Path) -> None:
    case_ref = referral_case(world)
    browser = signed_in(world)
    for name, (make, found) in REFUSED.items():
        content = make()
        status, detail = via_api(world, case_ref, name, content)
        assert status == 422 and found in detail, (name, status, detail)
        status, page = via_web(browser, case_ref, name, content)
        assert status == 422 and found in page, (name, status, page)
        code, output = via_cli(world, case_ref, name, content, tmp_path)
        assert code == 2 and found in output, (name, code, output)
    assert evidence_count(world) == 0


def test_every_door_takes_a_good_file_and_records_its_hash(world: World, tmp_path: Path) -> None:
    case_ref = referral_case(world)
    browser = signed_in(world)
    shot = files.png(["Seminar chat", "Alex Example: hello"])
    status, sha = via_api(world, case_ref, "shot.png", shot)
    assert status == 201 and sha == hashlib.sha256(shot).hexdigest()
    status, _page = via_web(browser, case_ref, "notes.txt", b"Notes of the meeting\n")
    assert status == 303
    code, output = via_cli(world, case_ref, "chat.pdf", files.text_pdf([["Chat"]]), tmp_path)
    assert code == 0, output
    assert evidence_count(world) == 3
    assert browser.get(f"/cases/{case_ref}").text.count("Screenshot of the seminar chat") == 3


def test_limits_per_file_and_per_case_at_every_door(database_url: str, tmp_path: Path) -> None:
    w = make_world(database_url, tmp_path)
    try:
        # Small limits so the test moves little data: 1 MB a file, 2 MB a case.
        w.ctx.settings = w.ctx.settings.model_copy(
            update={"evidence_max_file_mb": 1, "evidence_max_case_mb": 2}
        )
        EXTRA_ENV.update(
            PREVENT_GATEWAY_EVIDENCE_MAX_FILE_MB=1, PREVENT_GATEWAY_EVIDENCE_MAX_CASE_MB=2
        )
        case_ref = referral_case(w)
        browser = signed_in(w)
        over = b"a" * (intake.MB + 1)
        found = "over the limit of 1 MB for one evidence file"
        status, detail = via_api(w, case_ref, "big.txt", over)
        assert status == 422 and found in detail, detail
        status, page = via_web(browser, case_ref, "big.txt", over)
        assert status == 422 and found in page, page
        code, output = via_cli(w, case_ref, "big.txt", over, tmp_path)
        assert code == 2 and found in output, output
        assert evidence_count(w) == 0
        # Two files just under 1 MB fill the case; the third is refused at every door.
        near = b"b" * (intake.MB - 10)
        assert via_api(w, case_ref, "one.txt", near)[0] == 201
        assert via_api(w, case_ref, "two.txt", near)[0] == 201
        found = "over the limit of 2 MB for one case"
        status, detail = via_api(w, case_ref, "three.txt", near)
        assert status == 422 and found in detail, detail
        status, page = via_web(browser, case_ref, "three.txt", near)
        assert status == 422 and found in page, page
        code, output = via_cli(w, case_ref, "three.txt", near, tmp_path)
        assert code == 2 and found in output, output
        assert evidence_count(w) == 2
    finally:
        EXTRA_ENV.clear()
        w.ctx.close()


def test_the_cli_never_reads_an_oversize_file_whole(world: World, tmp_path: Path) -> None:
    case_ref = referral_case(world)
    big = tmp_path / "screen-recording.png"
    with big.open("wb") as out:  # sparse: 60 MB on paper
        out.truncate(60 * intake.MB)
    settings = world.ctx.settings
    result = CliAs(settings.resolved_database_url).invoke(
        cli_app,
        [
            "case",
            "evidence",
            case_ref,
            str(big),
            "--description",
            "Recording",
            "--provenance",
            "Tutor, 3 December 2026",
            "--as",
            world.username(Role.PREVENT_LEAD),
        ],
        env={
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
            "PREVENT_GATEWAY_LOG_ORIGIN": settings.log_origin,
        },
    )
    assert isinstance(result.exception, intake.EvidenceRefused)
    assert "The file is 60 MB, over the limit of 25 MB" in result.exception.message
    assert os.path.getsize(big) == 60 * intake.MB and evidence_count(world) == 0


def test_the_command_line_names_a_bad_setting() -> None:
    from pydantic import ValidationError

    from gateway.cli.common import _settings_problem

    with pytest.raises(ValidationError) as bad:
        Settings(evidence_types="png,exe")
    problem = _settings_problem(bad.value)
    assert problem is not None
    assert "PREVENT_GATEWAY_EVIDENCE_TYPES: unknown evidence type(s) exe" in problem
    assert _settings_problem(ValueError("not a settings error")) is None


def test_the_case_page_keeps_an_upload_in_memory_not_in_a_file_on_disk(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starlette spools a form's file over 1 MB to a temporary file: the evidence file would be
    on the disk in clear while the request lasts. The upload route keeps it in memory."""
    import starlette.formparsers as formparsers

    rolled: list[int] = []
    spooled = formparsers.SpooledTemporaryFile

    class Watched(spooled):  # type: ignore[misc, valid-type]
        def rollover(self) -> None:
            rolled.append(self.tell())
            super().rollover()

    monkeypatch.setattr(formparsers, "SpooledTemporaryFile", Watched)
    case_ref = referral_case(world)
    browser = signed_in(world)
    content = ("The tutor's notes of the seminar, line by line.\n" * 60_000).encode()
    assert len(content) > 2 * intake.MB
    status, _ = via_web(browser, case_ref, "notes.txt", content)
    assert status in (200, 303), status
    assert evidence_count(world) == 1
    assert rolled == []
