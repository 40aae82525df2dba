"""The review of an evidence file item in a real browser: the review page (the original beside
the redacted file, every box numbered) and the DPO's approval page showing the redacted file,
each checked at 1280 and 320 CSS pixels by axe-core and for reflow (see tests/test_web_browser)."""

from __future__ import annotations

import os
from pathlib import Path

from test_web_browser import CHROMIUM, ROOT, Pages, _sign_in, served

from gateway.users.domain import Role
from tests.test_api_flow import LEAD, P
from tests.test_evidence_items import draft_with_file
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
            page.get_by_role("button", name="Save the review").click()
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
