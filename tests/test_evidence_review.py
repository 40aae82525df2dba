"""The review of an evidence file item is as full as the review of text: a redaction in the file
can be reversed (with a justification) and what the engine kept as the student's own can be
redacted (with a reason), at every door that reviews findings (API, command line, review page).
The redacted file is then made again from the original with exactly the redactions that apply,
so a reversed name is read back from it and nobody else's; its SHA-256 is the content the DPO
approves, so the change sends the request back to draft and voids an approval. A Word
document's review shows the rendering of its original text beside the one that is shared."""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from gateway.cli.main import app as cli_app
from gateway.disclosures.models import DisclosureItem
from gateway.errors import InvalidInput
from gateway.users.domain import Role
from redaction.files.review import MARK, SHOWN
from tests import evidence_files as files
from tests.support import CliAs
from tests.test_api_flow import LEAD, P, install_dpia, referral_case
from tests.test_evidence_items import item, new_draft_with_items, ocr
from tests.test_redaction_files_rebuild import coloured, unmarked
from tests.test_redaction_gate import seen_by
from tests.test_web_world import World, csrf_of, make_world

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)

#: The case's subject is Alex Example (tests.test_api_flow.referral_case); Jordan Fisher and
#: Sarah Jones are recorded in the case as witnesses.
CHAT = [
    "Seminar chat, week 6",
    "Jordan Fisher: see you at six",
    "Sarah Jones: I will be there",
    "Alex Example: ok",
]
REASON = "The coordinator needs to contact him: he is the witness who reported the concern."


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def draft(world: World, content: bytes, filename: str, *, dpia: bool = True) -> str:
    """A draft with the concern and ``content`` (an evidence file of the case) as items 1 and
    2, redacted."""
    if dpia:
        install_dpia(world)
    case_ref = referral_case(world)
    client, lead = world.client(), world.headers(LEAD)
    for name in ("Jordan Fisher", "Sarah Jones"):
        added = client.post(
            f"{P}/cases/{case_ref}/people", headers=lead, json={"name": name, "role": "witness"}
        )
        assert added.status_code in (200, 201), added.text
    evidence = client.post(
        f"{P}/cases/{case_ref}/evidence",
        headers=lead,
        json={
            "description": "Evidence kept by the tutor",
            "provenance": "Sent by the tutor on 3 December 2026",
            "content_base64": base64.b64encode(content).decode(),
            "filename": filename,
        },
    )
    assert evidence.status_code == 201, evidence.text
    ref = new_draft_with_items(world, case_ref, int(evidence.json()["id"]))
    assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    return ref


def stored_file(world: World) -> bytes:
    with world.ctx.sessions() as session:
        row = session.scalars(select(DisclosureItem).where(DisclosureItem.position == 2)).one()
        assert row.redacted_file is not None
        return bytes(row.redacted_file)


def people_in_file(shown: dict[str, Any]) -> list[dict[str, Any]]:
    """The item's file findings of people the engine redacted, in reading order (a page's text
    runs top to bottom, so a finding's offset orders them)."""
    found = [
        f
        for f in shown["findings"]
        if f["page"] is not None and f["entity_type"] == "PERSON" and f["action"] == "redacted"
    ]
    return sorted(found, key=lambda f: (f["page"], f["start"]))


def test_reversing_one_box_of_a_png_shares_that_name_only_and_voids_the_approval(
    world: World,
) -> None:
    ref = draft(world, files.png(CHAT), "chat.png")
    client, lead, dpo = world.client(), world.headers(LEAD), world.headers(Role.DPO)
    assert client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={}).is_success
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=dpo,
        json={"content_sha256": seen_by(world, Role.DPO, ref)},
    )
    assert approved.status_code == 200, approved.text
    before = item(world, ref, 2)
    first_sha = str(before["redacted_file_sha256"])
    read_back = ocr(stored_file(world))
    assert "Jordan" not in read_back and "Sarah" not in read_back, read_back
    jordan, sarah = people_in_file(before)

    # Without a reason, refused; nothing changes, the approval stands.
    url = f"{P}/disclosures/{ref}/items/2/findings/{jordan['index']}/review"
    refused = client.post(url, headers=lead, json={"accept": False, "justification": ""})
    assert refused.status_code == 422, refused.text
    assert "say why it is needed" in refused.json()["detail"]
    shown = client.get(f"{P}/disclosures/{ref}", headers=lead).json()
    assert shown["status"] == "approved" and shown["approval_current"]
    assert item(world, ref, 2)["redacted_file_sha256"] == first_sha

    reversed_ = client.post(url, headers=lead, json={"accept": False, "justification": REASON})
    assert reversed_.status_code == 200, reversed_.text
    after = reversed_.json()
    assert after["status"] == "draft" and after["approved_by"] is None
    assert not after["approval_current"]
    changed = next(i for i in after["items"] if i["position"] == 2)
    new_sha = changed["redacted_file_sha256"]
    assert new_sha != first_sha
    content = stored_file(world)
    assert hashlib.sha256(content).hexdigest() == new_sha
    read_back = ocr(content)
    assert "Jordan Fisher" in read_back, read_back
    assert "Sarah" not in read_back and "Jones" not in read_back, read_back
    assert "Alex Example" in read_back
    assert changed["redaction_status"] == "redacted: 3 found, 1 kept with a justification"

    # The DPO's view names the reversal, its box and the reason; the old approval is void.
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    approval = client.get(f"{P}/disclosures/{ref}/approval", headers=dpo).json()
    assert approval["content_sha256"] != approved.json()["content_sha256"]
    (put_back,) = approval["rejected"]
    assert put_back["justification"] == REASON
    assert put_back["text"] == "in the file, page 1, boxes " + ", ".join(
        str(n) for n in jordan["boxes"]
    )

    # Accepted again, the redaction is made again from the original: the first file exactly.
    again = client.post(url, headers=lead, json={"accept": True, "justification": ""})
    assert again.status_code == 200, again.text
    assert item(world, ref, 2)["redacted_file_sha256"] == first_sha
    assert sarah["boxes"]  # untouched throughout


def test_the_command_line_redacts_the_students_name_the_engine_kept_in_a_file(
    world: World,
) -> None:
    ref = draft(world, files.png(CHAT), "chat.png")
    before = item(world, ref, 2)
    subject = next(
        f
        for f in before["findings"]
        if f["page"] is not None and f["action"] == "kept"  # type: ignore[index]
    )
    settings = world.ctx.settings
    env = {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
    }
    runner = CliAs(settings.resolved_database_url)
    lead = world.username(Role.PREVENT_LEAD)
    # The command line's redaction names each finding in the file by its place.
    redacted = runner.invoke(cli_app, ["disclosure", "redact", ref, "--as", lead], env=env)
    assert redacted.exit_code == 0, redacted.output
    assert f"[{subject['index']}] kept" in redacted.output
    assert "(in the file, page 1, boxes " in redacted.output
    command = ["disclosure", "review-finding", ref, "2", str(subject["index"]), "--reject"]
    refused = runner.invoke(cli_app, [*command, "--as", lead], env=env)
    assert refused.exit_code != 0 and isinstance(refused.exception, InvalidInput)
    assert "needs a reason on record" in refused.exception.message
    assert item(world, ref, 2)["redacted_file_sha256"] == before["redacted_file_sha256"]
    done = runner.invoke(
        cli_app,
        [*command, "--justification", "The recipient knows him by his number.", "--as", lead],
        env=env,
    )
    assert done.exit_code == 0, done.output
    after = item(world, ref, 2)
    assert after["redacted_file_sha256"] != before["redacted_file_sha256"]
    assert f"SHA-256 {after['redacted_file_sha256']}" in done.output.replace("\n", "")
    read_back = ocr(stored_file(world))
    assert "Alex" not in read_back and "Example" not in read_back, read_back
    assert "Jordan" not in read_back and "Sarah" not in read_back, read_back
    assert "Seminar chat, week 6" in read_back  # the rest of the chat is still there


def test_the_review_page_reverses_a_finding_in_the_file(world: World) -> None:
    ref = draft(world, files.png(CHAT), "chat.png")
    jordan = people_in_file(item(world, ref, 2))[0]
    first_sha = item(world, ref, 2)["redacted_file_sha256"]
    browser = world.client()
    world.login(browser, LEAD)
    page = browser.get(f"/disclosures/{ref}/review")
    field = f"{2}:{jordan['index']}"
    typed = {"csrf_token": csrf_of(page.text), f"decision:{field}": "reject"}
    refused = browser.post(f"/disclosures/{ref}/review", data=typed)
    assert refused.status_code == 422
    assert "say why it is needed" in refused.text
    assert item(world, ref, 2)["redacted_file_sha256"] == first_sha
    done = browser.post(
        f"/disclosures/{ref}/review", data={**typed, f"justification:{field}": REASON}
    )
    assert done.status_code in (200, 303), done.text[:2000]
    assert item(world, ref, 2)["redacted_file_sha256"] != first_sha
    redacted_view = browser.get(f"/disclosures/{ref}/items/2/file/redacted/1.png")
    assert redacted_view.status_code == 200
    # The reversed box is outlined in blue on the view of the redacted file.
    assert coloured(redacted_view.content, SHOWN) > 0
    read_back = ocr(unmarked(redacted_view.content))
    assert "Fisher" in read_back and "Sarah" not in read_back, read_back


DOCUMENT = ["Jordan Fisher met Alex Example after the seminar."]
HEADER = "Notes by Sarah Jones"


def test_a_word_document_is_reviewed_on_its_original_beside_its_redacted_rendering(
    world: World,
) -> None:
    ref = draft(world, files.docx(DOCUMENT, header=HEADER), "notes.docx")
    shown = item(world, ref, 2)
    assert shown["file_kind"] == "docx" and shown["file_pages"] == shown["original_pages"] == 1
    in_file = [f for f in shown["findings"] if f["page"] is not None]  # type: ignore[union-attr]
    # Each finding of a Word document has one numbered box, around its text on the views.
    assert [f["boxes"] for f in in_file] == [[n] for n in range(1, len(in_file) + 1)]
    assert all(f["text"] == f"in the file, box {f['boxes'][0]}" for f in in_file)

    browser = world.client()
    world.login(browser, LEAD)
    page = browser.get(f"/disclosures/{ref}/review")
    original_url = f"/disclosures/{ref}/items/2/file/original/1.png"
    redacted_url = f"/disclosures/{ref}/items/2/file/redacted/1.png"
    assert original_url in page.text and redacted_url in page.text
    original, redacted = browser.get(original_url), browser.get(redacted_url)
    assert original.status_code == redacted.status_code == 200, original.text[:2000]
    assert original.headers["content-type"] == "image/png"
    read_original, read_redacted = ocr(unmarked(original.content)), ocr(unmarked(redacted.content))
    assert "Jordan Fisher" in read_original and "Sarah Jones" in read_original, read_original
    assert "Jordan" not in read_redacted and "Sarah" not in read_redacted, read_redacted
    assert "Alex Example" in read_redacted and "PERSON" in read_redacted
    # Numbered boxes on both: red around what is replaced, blue around the student's name.
    for view in (original.content, redacted.content):
        assert coloured(view, MARK) > 0 and coloured(view, SHOWN) > 0

    # Reversed, the document's shared rendering carries the name, and nobody else's.
    jordan = people_in_file(shown)[0]
    reversed_ = world.client().post(
        f"{P}/disclosures/{ref}/items/2/findings/{jordan['index']}/review",
        headers=world.headers(LEAD),
        json={"accept": False, "justification": REASON},
    )
    assert reversed_.status_code == 200, reversed_.text
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(stored_file(world))).pages)
    assert "Jordan Fisher met Alex Example" in text, text
    assert "Sarah" not in text and "Jones" not in text, text
    assert item(world, ref, 2)["redacted_file_sha256"] != shown["redacted_file_sha256"]


def test_a_pdf_finding_reversed_comes_back_on_its_page_only(world: World, tmp_path: Path) -> None:
    pdf = files.text_pdf([["Notes by Sarah Jones"], ["Jordan Fisher called Alex Example"]])
    ref = draft(world, pdf, "notes.pdf")
    shown = item(world, ref, 2)
    assert shown["file_pages"] == shown["original_pages"] == 2
    jordan = next(f for f in people_in_file(shown) if f["page"] == 2)
    reversed_ = world.client().post(
        f"{P}/disclosures/{ref}/items/2/findings/{jordan['index']}/review",
        headers=world.headers(LEAD),
        json={"accept": False, "justification": REASON},
    )
    assert reversed_.status_code == 200, reversed_.text
    source = tmp_path / "redacted.pdf"
    source.write_bytes(stored_file(world))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "p")], check=True)
    first, second = (ocr(p.read_bytes()) for p in sorted(tmp_path.glob("p*.png")))
    assert "Jordan Fisher" in second, second
    assert "Sarah" not in first and "Jones" not in first, first


def test_a_file_that_changed_since_its_redaction_cannot_have_it_changed(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is made again from the original the redaction read, or not at all."""
    from gateway.disclosures import minimise

    ref = draft(world, files.png(CHAT), "chat.png")
    jordan = people_in_file(item(world, ref, 2))[0]
    first_sha = item(world, ref, 2)["redacted_file_sha256"]
    # The evidence as read now is another file than the one the redaction read.
    monkeypatch.setattr(
        minimise, "evidence_file", lambda _case, _ref: ("png", files.png([*CHAT, "edited"]))
    )
    refused = world.client().post(
        f"{P}/disclosures/{ref}/items/2/findings/{jordan['index']}/review",
        headers=world.headers(LEAD),
        json={"accept": False, "justification": REASON},
    )
    assert refused.status_code == 422, refused.text
    assert "no longer the file that was redacted" in refused.json()["detail"]
    after = item(world, ref, 2)
    assert after["redacted_file_sha256"] == first_sha
    assert all(f["review"] is None for f in after["findings"])  # type: ignore[union-attr]
