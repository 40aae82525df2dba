"""The review of an evidence file item in a real browser: the review page (the original beside
the redacted file, every box numbered; a finding in the file reversed there), a Word document's
review (its original rendering beside the shared one) and the DPO's approval page showing the
redacted file, each checked at 1280 and 320 CSS pixels by axe-core and for reflow (see
tests/test_web_browser)."""

from __future__ import annotations

import os
from pathlib import Path

from test_web_browser import CHROMIUM, ROOT, Pages, _sign_in, served

from gateway.users.domain import Role
from tests import evidence_files as files
from tests.test_api_flow import LEAD, P
from tests.test_evidence_items import draft_with_file, item
from tests.test_evidence_review import DOCUMENT, HEADER, REASON, draft, people_in_file
from tests.test_web_world import World

__all__ = ["served"]  # the fixture, shared with the main browser test


def test_an_evidence_file_is_reviewed_and_approved_in_a_browser(
    served: tuple[World, str],
) -> None:
    from playwright.sync_api import expect, sync_playwright

    world, base = served
    # The served installation has its DPIA already: the draft is made without another.
    ref, _ = draft_with_file(world, dpia=False)
    client, lead = world.client(), world.headers(LEAD)
    assert client.post(f"{P}/disclosures/{ref}/redact", headers=lead).is_success
    # A folder of its own: Pages clears the numbered screenshots of the folder it is given.
    shots = Path(os.environ.get("PREVENT_GATEWAY_SCREENSHOTS") or ROOT / "screenshots")
    pages = Pages(shots / "evidence-file")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(f"{base}/disclosures/{ref}/review")
            original = page.get_by_role("img", name="Page 1 of the original file", exact=False)
            expect(original).to_be_visible()
            assert page.evaluate(
                "() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"
            )
            pages.check(page, "lead-evidence-file-review")
            # The witness's name in the screenshot is reversed here, with the reason.
            before = item(world, ref, 2)
            jordan = people_in_file(before)[0]["index"]
            page.locator(f"#rej-2-{jordan}").check()
            page.locator(f"#just-2-{jordan}").fill(REASON)
            page.get_by_role("button", name="Save the review").click()
            page.wait_for_url(f"{base}/disclosures/{ref}")
            assert item(world, ref, 2)["redacted_file_sha256"] != before["redacted_file_sha256"]
            page.goto(f"{base}/disclosures/{ref}/review")
            assert page.evaluate(
                "() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"
            )
            pages.check(page, "lead-evidence-file-reversed")
            assert client.post(f"{P}/disclosures/{ref}/submit", headers=lead).is_success
            page = _sign_in(browser, world, base, Role.DPO)
            page.goto(f"{base}/disclosures/{ref}/approval")
            expect(
                page.get_by_role("img", name="Page 1 of the redacted evidence file", exact=False)
            ).to_be_visible()
            pages.check(page, "dpo-evidence-file-approval")
        finally:
            browser.close()
    assert not pages.problems, "\n".join(pages.problems)


def test_a_word_document_is_reviewed_beside_its_original_in_a_browser(
    served: tuple[World, str],
) -> None:
    from playwright.sync_api import expect, sync_playwright

    world, base = served
    ref = draft(world, files.docx(DOCUMENT, header=HEADER), "notes.docx", dpia=False)
    shots = Path(os.environ.get("PREVENT_GATEWAY_SCREENSHOTS") or ROOT / "screenshots")
    pages = Pages(shots / "evidence-docx")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        try:
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(f"{base}/disclosures/{ref}/review")
            for shown in ("Page 1 of the original file", "Page 1 of the redacted file"):
                expect(page.get_by_role("img", name=shown, exact=False)).to_be_visible()
            assert page.evaluate(
                "() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"
            )
            pages.check(page, "lead-word-document-review")
        finally:
            browser.close()
    assert not pages.problems, "\n".join(pages.problems)
