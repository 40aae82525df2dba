"""An evidence file as an item of a disclosure: it goes through the same gate as text. It is
redacted with the case's subject and people (one placeholder registry for the whole request),
the redacted bytes are stored sealed with their SHA-256; the Prevent Lead reviews every finding
by page and numbered box; the DPO approves exactly the redacted file (its SHA-256 is part of the
approved content); the package carries it, listed in the signed manifest. An item not yet
scanned, or whose scan failed, blocks submission, approval and release, naming the item."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from gateway.cli.main import app as cli_app
from gateway.disclosures.models import DisclosureItem
from gateway.users.domain import Role
from redaction.files import ocr as ocr_module
from tests import evidence_files as files
from tests.support import ANSWERED_NONE_JSON, CONCERN_ITEM_JSON, CliAs
from tests.test_api_flow import BASIS, LEAD, P, install_dpia, referral_case
from tests.test_redaction_gate import package_files, seen_by
from tests.test_web_world import World, csrf_of, make_world

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)",
)

#: The case's subject is Alex Example (tests.test_api_flow.referral_case); Jordan Fisher is a
#: witness recorded in the case, and the phone number is his.
CHAT = [
    "Seminar chat, week 6",
    "Jordan Fisher: call me on 07700 900123",
    "Alex Example: I will be there",
]
THIRD_PARTY = ("Jordan", "Fisher", "07700")


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def ocr(image_bytes: bytes) -> str:
    import pytesseract
    from PIL import Image

    image = Image.open(io.BytesIO(image_bytes))
    return str(pytesseract.image_to_string(image.resize((image.width * 2, image.height * 2))))


def case_with_screenshot(world: World, *, dpia: bool = True) -> tuple[str, int]:
    """The referral case with its witness recorded and a screenshot of the chat as evidence."""
    if dpia:
        install_dpia(world)
    case_ref = referral_case(world)
    client, lead = world.client(), world.headers(LEAD)
    person = client.post(
        f"{P}/cases/{case_ref}/people",
        headers=lead,
        json={"name": "Jordan Fisher", "role": "witness"},
    )
    assert person.status_code in (200, 201), person.text
    added = client.post(
        f"{P}/cases/{case_ref}/evidence",
        headers=lead,
        json={
            "description": "Screenshot of the seminar chat, preserved by the tutor",
            "provenance": "Sent by the tutor on 3 December 2026",
            "content_base64": base64.b64encode(files.png(CHAT)).decode(),
            "filename": "chat.png",
        },
    )
    assert added.status_code == 201, added.text
    return case_ref, int(added.json()["id"])


def draft_with_file(world: World, *, dpia: bool = True) -> tuple[str, int]:
    """A draft with the concern and the screenshot as items, not yet redacted."""
    case_ref, evidence_id = case_with_screenshot(world, dpia=dpia)
    return new_draft_with_items(world, case_ref, evidence_id), evidence_id


def new_draft_with_items(world: World, case_ref: str, evidence_id: int) -> str:
    """A new draft of ``case_ref`` with its lawful basis, the concern as item 1 and the
    evidence file ``evidence_id`` as item 2, not yet redacted. Returns its reference."""
    client, lead = world.client(), world.headers(LEAD)
    ref = str(
        client.post(
            f"{P}/disclosures",
            headers=lead,
            json={
                "case_reference": case_ref,
                "recipient_reference": world.recipient,
                "purpose": "Assessment by the Regional Prevent Coordinator.",
            },
        ).json()["reference"]
    )
    assert client.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=BASIS).is_success
    assert client.post(
        f"{P}/disclosures/{ref}/items", headers=lead, json=CONCERN_ITEM_JSON
    ).is_success
    added = client.post(
        f"{P}/disclosures/{ref}/items",
        headers=lead,
        json={"from_case": f"evidence:{evidence_id}", **ANSWERED_NONE_JSON},
    )
    assert added.status_code in (200, 201), added.text
    return ref


def item(world: World, ref: str, position: int) -> dict[str, object]:
    shown = world.client().get(f"{P}/disclosures/{ref}", headers=world.headers(LEAD)).json()
    return dict(next(i for i in shown["items"] if i["position"] == position))


def test_a_file_item_is_redacted_reviewed_approved_and_packaged_as_approved(
    world: World,
) -> None:
    ref, _ = draft_with_file(world)
    client, lead = world.client(), world.headers(LEAD)
    before = item(world, ref, 2)
    assert before["file_kind"] == "png" and before["redaction_state"] == "not_redacted"
    assert before["redacted_file_sha256"] is None

    # Not yet scanned: submission is refused, naming the item.
    refused = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert refused.status_code == 422, refused.text
    assert "items 1 and 2 have not been redacted" in refused.json()["detail"]

    assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    scanned = item(world, ref, 2)
    in_file = [f for f in scanned["findings"] if f["page"] is not None]  # type: ignore[union-attr]
    assert in_file, scanned
    assert all(f["boxes"] for f in in_file if f["action"] == "redacted")
    numbers = [n for f in in_file for n in f["boxes"]]
    assert numbers == list(range(1, len(numbers) + 1))  # every box numbered, once
    # Unreviewed findings in the file block submission too.
    refused = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert refused.status_code == 422 and "item 2" in refused.json()["detail"]

    # A redaction in the file is reversed only with a reason, as in text (see
    # tests/test_evidence_review.py for reversals made).
    index = next(i for i, f in enumerate(scanned["findings"]) if f["page"])  # type: ignore[arg-type]
    reversed_ = client.post(
        f"{P}/disclosures/{ref}/items/2/findings/{index}/review",
        headers=lead,
        json={"accept": False, "justification": "  "},
    )
    assert reversed_.status_code == 422, reversed_.text
    assert "say why it is needed" in reversed_.json()["detail"]
    assert item(world, ref, 2)["redacted_file_sha256"] == scanned["redacted_file_sha256"]

    assert client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={}).is_success
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    reviewed = item(world, ref, 2)
    assert reviewed["redaction_state"] == "redacted"
    file_sha = str(reviewed["redacted_file_sha256"])

    with world.ctx.sessions() as session:
        row = session.scalars(
            select(DisclosureItem).where(DisclosureItem.position == 2)
        ).one()
        stored = row.redacted_file
    assert stored is not None and hashlib.sha256(stored).hexdigest() == file_sha

    seen = seen_by(world, Role.DPO, ref)
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=world.headers(Role.DPO),
        json={"content_sha256": seen},
    )
    assert approved.status_code == 200, approved.text
    released = client.post(f"{P}/disclosures/{ref}/release", headers=lead, json={})
    assert released.status_code == 200, released.text

    package = package_files(world, ref)
    manifest = json.loads(package["manifest.json"])
    name = "item-2-evidence.png"
    # The package carries exactly the approved redacted bytes, listed in the signed manifest.
    assert package[name] == stored
    assert manifest["files"][name]["sha256"] == file_sha
    assert manifest["approved_content_sha256"] == seen
    read_back = ocr(package[name])
    assert [w for w in THIRD_PARTY if w.lower() in read_back.lower()] == [], read_back
    assert "Alex" in read_back  # the subject stays
    # The original is never in the package.
    assert files.png(CHAT) not in package.values()


def test_the_approval_binds_the_redacted_file(world: World) -> None:
    """A different redacted file after approval voids it: the content hash names the file."""
    ref, _ = draft_with_file(world)
    client, lead = world.client(), world.headers(LEAD)
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    seen = seen_by(world, Role.DPO, ref)
    with world.ctx.sessions() as session, session.begin():
        row = session.scalars(select(DisclosureItem).where(DisclosureItem.position == 2)).one()
        row.redacted_file_sha256 = hashlib.sha256(b"another file").hexdigest()
    assert seen_by(world, Role.DPO, ref) != seen
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=world.headers(Role.DPO),
        json={"content_sha256": seen},
    )
    assert approved.status_code == 409, approved.text


def test_a_scan_that_failed_blocks_and_names_the_item(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref, _ = draft_with_file(world)
    client, lead = world.client(), world.headers(LEAD)
    ocr_module.check_ocr.cache_clear()
    monkeypatch.setattr(ocr_module.shutil, "which", lambda _name: None)
    try:
        # The other items are redacted; the file is recorded as not redactable.
        assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    finally:
        monkeypatch.undo()
        ocr_module.check_ocr.cache_clear()
    failed = item(world, ref, 2)
    assert failed["redaction_state"] == "scan_failed"
    assert "tesseract-ocr" in str(failed["redaction_status"])
    assert item(world, ref, 1)["redaction_state"] == "unreviewed"
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    refused = client.post(f"{P}/disclosures/{ref}/submit", headers=lead)
    assert refused.status_code == 422, refused.text
    detail = refused.json()["detail"]
    assert "item 2's file could not be redacted" in detail and "tesseract-ocr" in detail
    # With OCR back, the redaction runs again and the gate opens.
    assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success


def test_the_command_line_adds_an_evidence_file_as_an_item(world: World) -> None:
    case_ref, evidence_id = case_with_screenshot(world)
    client, lead = world.client(), world.headers(LEAD)
    ref = str(
        client.post(
            f"{P}/disclosures",
            headers=lead,
            json={
                "case_reference": case_ref,
                "recipient_reference": world.recipient,
                "purpose": "Assessment by the Regional Prevent Coordinator.",
            },
        ).json()["reference"]
    )
    settings = world.ctx.settings
    done = CliAs(settings.resolved_database_url).invoke(
        cli_app,
        [
            "disclosure",
            "add-item",
            ref,
            "--from-case",
            f"evidence:{evidence_id}",
            "--special",
            "none",
            "--criminal-offence",
            "no",
            "--as",
            world.username(Role.PREVENT_LEAD),
        ],
        env={
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
        },
    )
    assert done.exit_code == 0, done.output
    added = item(world, ref, 1)
    assert added["file_kind"] == "png" and added["source_ref"] == f"evidence:{evidence_id}"
    env = {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": settings.resolved_database_url,
    }
    runner = CliAs(settings.resolved_database_url)
    lead = world.username(Role.PREVENT_LEAD)
    shown = runner.invoke(cli_app, ["disclosure", "show", ref, "--as", lead], env=env)
    assert shown.exit_code == 0, shown.output
    assert "With the evidence file: not yet redacted" in shown.output
    redacted = runner.invoke(cli_app, ["disclosure", "redact", ref, "--as", lead], env=env)
    assert redacted.exit_code == 0, redacted.output
    shown = runner.invoke(cli_app, ["disclosure", "show", ref, "--as", lead], env=env)
    sha = item(world, ref, 1)["redacted_file_sha256"]
    assert f"With the evidence file, redacted: image/png, SHA-256 {sha}" in shown.output


def test_the_items_page_adds_an_evidence_file_as_an_item(world: World) -> None:
    case_ref, evidence_id = case_with_screenshot(world)
    client = world.client()
    lead = world.headers(LEAD)
    ref = str(
        client.post(
            f"{P}/disclosures",
            headers=lead,
            json={
                "case_reference": case_ref,
                "recipient_reference": world.recipient,
                "purpose": "Assessment by the Regional Prevent Coordinator.",
            },
        ).json()["reference"]
    )
    browser = world.client()
    world.login(browser, LEAD)
    page = browser.get(f"/disclosures/{ref}/items")
    source = f"evidence:{evidence_id}"
    assert source in page.text
    reply = browser.post(
        f"/disclosures/{ref}/items",
        data={
            "csrf_token": csrf_of(page.text),
            "include": source,
            f"special:{source}": "none",
            f"criminal:{source}": "no",
        },
    )
    assert reply.status_code in (200, 303), reply.text
    assert item(world, ref, 1)["file_kind"] == "png"


def test_the_review_page_shows_the_file_original_beside_redacted_to_case_roles_only(
    world: World,
) -> None:
    from PIL import Image

    from gateway.access_log.models import AccessEvent

    ref, _ = draft_with_file(world)
    world.client().post(f"{P}/disclosures/{ref}/redact", headers=world.headers(LEAD))
    browser = world.client()
    world.login(browser, LEAD)
    page = browser.get(f"/disclosures/{ref}/review")
    assert page.status_code == 200
    original_url = f"/disclosures/{ref}/items/2/file/original/1.png"
    redacted_url = f"/disclosures/{ref}/items/2/file/redacted/1.png"
    assert original_url in page.text and redacted_url in page.text
    # The file's findings can be reversed on the page, as text findings can.
    file_finding = next(
        f["index"] for f in item(world, ref, 2)["findings"] if f["page"]  # type: ignore[attr-defined]
    )
    assert f'id="rej-2-{file_finding}"' in page.text

    original = browser.get(original_url)
    redacted = browser.get(redacted_url)
    assert original.status_code == redacted.status_code == 200, original.text[:3000]
    assert original.headers["content-type"] == "image/png"
    assert "no-store" in original.headers["cache-control"]  # case data: never cached
    source = Image.open(io.BytesIO(files.png(CHAT)))
    shown = Image.open(io.BytesIO(original.content))
    assert shown.size == source.size and shown.tobytes() != source.tobytes()  # boxes drawn
    # The view of the redacted file shows none of the third parties either.
    read_back = ocr(redacted.content)
    assert [w for w in THIRD_PARTY if w.lower() in read_back.lower()] == [], read_back
    with world.ctx.sessions() as session:
        views = select(AccessEvent).where(AccessEvent.object_ref == f"{ref}/2")
        actions = [e.action for e in session.scalars(views)]
    assert actions == ["disclosure.file_original", "disclosure.file_redacted"]

    outsider = world.client()
    world.login(outsider, Role.STUDENT_SUPPORT)
    refused = outsider.get(original_url)
    assert refused.status_code == 403
    assert not refused.headers["content-type"].startswith("image/")


def test_the_dpo_sees_the_redacted_file_and_its_hash_on_the_approval_page(world: World) -> None:
    ref, _ = draft_with_file(world)
    client, lead = world.client(), world.headers(LEAD)
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    browser = world.client()
    world.login(browser, Role.DPO)
    page = browser.get(f"/disclosures/{ref}/approval")
    assert page.status_code == 200
    assert str(item(world, ref, 2)["redacted_file_sha256"]) in page.text
    image_url = f"/disclosures/{ref}/items/2/file/redacted/1.png"
    assert image_url in page.text
    assert browser.get(image_url).headers["content-type"] == "image/png"


def test_release_refuses_a_redacted_file_that_is_not_the_one_approved(world: World) -> None:
    ref, _ = draft_with_file(world)
    client, lead = world.client(), world.headers(LEAD)
    client.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    client.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
    approved = client.post(
        f"{P}/disclosures/{ref}/approve",
        headers=world.headers(Role.DPO),
        json={"content_sha256": seen_by(world, Role.DPO, ref)},
    )
    assert approved.status_code == 200, approved.text
    # The stored bytes changed behind the approval (its recorded SHA-256 left as it was).
    with world.ctx.sessions() as session, session.begin():
        row = session.scalars(select(DisclosureItem).where(DisclosureItem.position == 2)).one()
        row.redacted_file = files.png(CHAT)
    released = client.post(f"{P}/disclosures/{ref}/release", headers=lead, json={})
    assert released.status_code == 409, released.text
    assert "Item 2's redacted evidence file is not the file that was approved" in (
        released.json()["detail"]
    )
    package = client.get(f"{P}/disclosures/{ref}/package", headers=lead)
    assert package.status_code != 200
