"""A real browser through each role's main job, started from its dashboard's work queue: the
Prevent Lead from a new concern to a released package handed over (the SMT member confirming the
decision on the way, the DPO approving), and the administrator setting up an account.

Every page state is checked as in test_web_browser.py (axe-core at 1280 and 320 px, reflow at
320 px). Screenshots go to the test's own temporary folder, or to
$PREVENT_GATEWAY_SCREENSHOTS/work-queues when that is set."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from test_web_browser import (  # noqa: F401 - `served` is the fixture this test uses
    CHROMIUM,
    CONCERN,
    Pages,
    World,
    _sign_in,
    pytestmark,
    served,
)
from test_web_world import PASSWORD

from gateway.users.domain import Role


def _screenshots(tmp_path: Path) -> Path:
    chosen = os.environ.get("PREVENT_GATEWAY_SCREENSHOTS")
    return Path(chosen) / "work-queues" if chosen else tmp_path / "screenshots"


def test_each_role_s_main_job_from_its_dashboard(
    served: tuple[World, str], tmp_path: Path  # noqa: F811 - the imported fixture
) -> None:
    from playwright.sync_api import expect, sync_playwright

    world, base = served
    pages = Pages(_screenshots(tmp_path))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-sync"],
        )
        try:
            # 1. A tutor raises a concern.
            page = _sign_in(browser, world, base, Role.TUTOR)
            page.get_by_role("link", name="Raise a concern").first.click()
            page.get_by_label("Student number").fill("S7654321")
            page.get_by_label("Full name").fill("Alex Example")
            page.get_by_label("Associate tutor").check()
            page.get_by_label("What happened").fill(CONCERN)
            page.get_by_role("button", name="Raise the concern").click()
            expect(page.get_by_role("status")).to_contain_text("has been recorded")
            page.context.close()

            # 2. The Prevent Lead's dashboard shows it; the case is decided from the queue.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            expect(page.locator("#new-concerns ~ table").first).to_contain_text("Alex Example")
            pages.check(page, "lead-dashboard-new-concern")
            page.get_by_role("link", name=re.compile(r"^Decide PRV-.* with the SMT$")).click()
            page.get_by_label("How serious is it?").select_option("high")
            page.get_by_label("Referral", exact=True).check()
            page.get_by_label("Serious immediate safety").check()
            page.get_by_label("Senior Management Team member (test)").check()
            page.get_by_label("Rationale").fill("A threat of violence with extremist material.")
            page.get_by_label("How freedom of speech was considered").fill(
                "Not lawful expression: a threat to hurt people."
            )
            page.get_by_role("button", name="Record the decision").click()
            expect(page.locator("h1")).to_contain_text("Case PRV-")
            case_url = page.url
            page.goto(f"{base}/")
            expect(page.locator("#unconfirmed ~ table").first).to_contain_text(
                "Senior Management Team member (test)"
            )
            pages.check(page, "lead-dashboard-awaiting-smt")
            page.context.close()

            # 3. The SMT member confirms the decision, as themselves, from their dashboard.
            page = _sign_in(browser, world, base, Role.SMT_MEMBER)
            pages.check(page, "smt-dashboard-to-confirm")
            page.get_by_role("link", name=re.compile(r"^Read and confirm decision 1 of")).click()
            pages.check(page, "smt-case-decision")
            page.get_by_role(
                "button", name="Confirm decision 1 as Senior Management Team member (test)"
            ).click()
            expect(page.get_by_role("status").first).to_contain_text("You confirmed decision 1")
            pages.check(page, "smt-confirmed")
            page.context.close()

            # 4. The Prevent Lead prepares the disclosure and submits it.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(case_url)
            page.get_by_role("link", name="Prepare a disclosure").click()
            page.get_by_label("Purpose").fill("Assessment by the Regional Prevent Coordinator.")
            page.get_by_role("button", name="Continue to the lawful basis").click()
            page.get_by_label("6(1)(e) Public task").check()
            page.get_by_label("Why the disclosure is necessary").fill(
                "The coordinator needs the concern to assess the risk to the student."
            )
            page.get_by_label("Why it is proportionate").fill(
                "Only the concern goes; other people's details are removed first."
            )
            page.get_by_label("Why the evidence is clear and compelling").fill(
                "Seen by two members of staff and reported the same day in writing."
            )
            page.get_by_label("No", exact=True).check()
            page.get_by_label("If not, why not").fill(
                "Telling him now would prejudice the prevention of crime and his safety."
            )
            page.get_by_label("Telling them would prejudice").check()
            page.get_by_role("button", name="Save and choose the data items").click()
            page.get_by_label(re.compile(r"^Concern raised")).check()
            # Every item answered: none, no, and why that is less than any suggestion.
            page.locator("#sp-1-0").check()
            page.locator("#cr-1-no").check()
            page.locator("#rs-1").fill(
                "Read in full: the concern reveals no special category or offence data."
            )
            page.get_by_role("button", name="Save the data items").click()
            page.get_by_role("button", name="Find and redact other people's details").click()
            expect(page.locator("mark.finding").first).to_be_visible(timeout=60_000)
            page.get_by_role("button", name="Save the review").click()
            page.get_by_role("button", name="Submit to the DPO").click()
            expect(page.locator("dd strong").first).to_have_text("Submitted")
            page.context.close()

            # 5. The DPO approves from their dashboard.
            page = _sign_in(browser, world, base, Role.DPO)
            page.locator("#awaiting ~ table a").first.click()
            page.get_by_role("button", name="Approve this exact content").click()
            expect(page.locator("dd strong").first).to_have_text("Approved")
            page.context.close()

            # 6. The Prevent Lead releases from the dashboard and hands the package over.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            expect(page.locator("#my-disclosures ~ table").first).to_contain_text(
                "Approved: ready to release"
            )
            pages.check(page, "lead-dashboard-ready-to-release")
            page.get_by_role("link", name=re.compile(r"^Release DR-")).click()
            page.get_by_role("button", name=re.compile("^Yes, release it to")).click()
            expect(page.get_by_role("status").first).to_contain_text("Released.")
            fingerprint = page.locator("dd strong.fingerprint").inner_text()
            assert re.fullmatch(r"[0-9a-f]{4}( [0-9a-f]{4}){3}", fingerprint)
            pages.check(page, "lead-handover")
            with page.expect_download() as download:
                page.get_by_role("link", name=re.compile("^Download the sealed package")).click()
            saved = download.value.path()
            digest = hashlib.sha256(Path(saved).read_bytes()).hexdigest()
            expect(page.locator("code.hash")).to_have_text(digest)
            page.context.close()

            # 7. The administrator sets up an account: password and second factor in the web.
            page = _sign_in(browser, world, base, Role.ADMINISTRATOR)
            pages.check(page, "admin-dashboard")
            page.get_by_role("link", name="Users").first.click()
            page.get_by_label("Username", exact=True).fill("n.nominee")
            page.get_by_label("Full name", exact=True).fill("Nia Nominee")
            page.get_by_label("Staff identifier", exact=True).fill("ST-0042")
            page.get_by_label("Role", exact=True).select_option("prevent_lead_nominee")
            page.get_by_role("button", name="Add").click()
            expect(page.locator("h1")).to_have_text("Set up the account of Nia Nominee")
            pages.check(page, "admin-account-set-up")
            page.get_by_label("New password").fill(PASSWORD)
            page.get_by_label("The same password again").fill(PASSWORD)
            page.get_by_role("button", name="Set the password").click()
            expect(page.get_by_role("status").first).to_contain_text("was set")
            page.get_by_role("button", name="Enrol a second factor").click()
            expect(page.get_by_role("status").first).to_contain_text("shown once")
            pages.check(page, "admin-second-factor")
            page.context.close()
        finally:
            browser.close()
    assert pages.problems == [], "\n".join(pages.problems)
    shots = sorted(p.name for p in pages.directory.glob("*.png"))
    assert len(shots) == 2 * pages.count and pages.count >= 10
