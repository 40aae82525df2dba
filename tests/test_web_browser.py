"""A real browser (Debian's Chromium via Playwright) through the whole flow: a support-team
member raises a concern, the Prevent Lead decides and prepares a disclosure, the DPO approves,
the Prevent Lead releases, and the auditor verifies the log. Screenshots are saved to a tmp dir
(and to $PREVENT_GATEWAY_SCREENSHOTS when set)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_world import PASSWORD, World, make_world

from gateway.db import transaction
from gateway.users.domain import Role

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's Chromium is not installed at /usr/bin/chromium "
    "(apt-get install chromium; .ci/run installs it)",
)

CONCERN = (
    "Alex Example showed extremist leaflets to Jordan Fisher in the library and said he "
    "would hurt people at the open day. Jordan can be reached at jordan.fisher@example.ac.uk."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(database_url: str, tmp_path: Path) -> Iterator[tuple[World, str]]:
    world = make_world(database_url, tmp_path)
    from gateway.dpias.service import install_demo_dpia

    with transaction(world.ctx.sessions) as session:
        install_demo_dpia(
            session,
            preparer=world.actor(session, Role.PREVENT_LEAD),
            dpo=world.actor(session, Role.DPO),
            approver=world.actor(session, Role.SMT_MEMBER),
        )
    port = _free_port()
    env = {
        **os.environ,
        "PREVENT_GATEWAY_DATA_DIR": str(world.ctx.settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": database_url,
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "gateway.cli.serve:build_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=str(tmp_path),
    )
    base = f"http://localhost:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    try:
        yield world, base
    finally:
        server.terminate()
        server.wait(timeout=10)
        world.ctx.close()


class Shots:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.extra = os.environ.get("PREVENT_GATEWAY_SCREENSHOTS")
        self.count = 0

    def take(self, page: Any, name: str) -> None:
        self.count += 1
        path = self.directory / f"{self.count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        if self.extra:
            Path(self.extra).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(self.extra) / path.name)


def _sign_in(browser: Any, world: World, base: str, role: Role) -> Any:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.goto(f"{base}/login")
    username = world.username(role)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Security code from your authenticator app").fill(world.code(username))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    return page


def test_concern_to_verified_log_in_a_browser(served: tuple[World, str], tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    world, base = served
    shots = Shots(tmp_path / "screenshots")
    shots.directory.mkdir()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            # 1. A Student Support Team member raises a concern.
            page = _sign_in(browser, world, base, Role.STUDENT_SUPPORT)
            page.get_by_role("link", name="Raise a concern").first.click()
            page.get_by_label("Student number").fill("S1234567")
            page.get_by_label("Full name").fill("Alex Example")
            page.get_by_label("Student via support team").check()
            page.get_by_label("If someone else first reported it").fill("Jordan Fisher")
            page.get_by_label("What happened").fill(CONCERN)
            shots.take(page, "support-raises-concern")
            page.get_by_role("button", name="Raise the concern").click()
            expect(page.get_by_role("status")).to_contain_text("Your concern has been recorded")
            shots.take(page, "support-sees-own-concern")
            assert page.get_by_role("link", name="Cases").count() == 0
            page.context.close()

            # 2. The Prevent Lead decides on a referral and prepares the disclosure.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.get_by_role("link", name="Cases").click()
            page.get_by_role("link", name="PRV-").first.click()
            page.get_by_role("link", name="Record a decision").click()
            page.get_by_label("How serious is it?").select_option("high")
            page.get_by_label("Referral", exact=True).check()
            page.get_by_label("Serious immediate safety").check()
            page.get_by_label("Senior Management Team member (test)").check()
            page.get_by_label("Rationale").fill("A threat of violence with extremist material.")
            page.get_by_label("How freedom of speech was considered").fill(
                "Not lawful expression: a threat to hurt people."
            )
            shots.take(page, "lead-decision-form")
            page.get_by_role("button", name="Record the decision").click()
            expect(page.locator("h1")).to_contain_text("Case PRV-")
            shots.take(page, "lead-case-chronology")
            page.get_by_role("link", name="Prepare a disclosure").click()
            page.get_by_label("Purpose").fill("Assessment by the Regional Prevent Coordinator.")
            page.get_by_role("button", name="Continue to the lawful basis").click()
            page.get_by_label("6(1)(e) Public task").check()
            page.get_by_label("Why the disclosure is necessary").fill("To assess the risk.")
            page.get_by_label("Why it is proportionate").fill("Only the concern, others removed.")
            page.get_by_label("Why the evidence is clear and compelling").fill("Seen by staff.")
            page.get_by_label("No", exact=True).check()
            page.get_by_label("If not, why not").fill("It would prejudice crime prevention.")
            page.get_by_label("Telling them would prejudice").check()
            shots.take(page, "lead-lawful-basis")
            page.get_by_role("button", name="Save and choose the data items").click()
            page.get_by_label("Concern raised").check()
            page.get_by_role("button", name="Save the data items").click()
            page.get_by_role("button", name="Find and redact other people's details").click()
            expect(page.locator("mark.finding").first).to_be_visible(timeout=60_000)
            # keep the names out, leave the e-mail address in with a justification
            email_row = page.locator("tr", has=page.locator("td mark", has_text="jordan.fisher@"))
            email_row.get_by_label("Reject").check()
            email_row.locator("textarea").fill("The coordinator must contact the witness.")
            shots.take(page, "lead-redaction-review")
            page.get_by_role("button", name="Save the review").click()
            page.get_by_role("button", name="Submit to the DPO").click()
            expect(page.locator("dd strong").first).to_have_text("Submitted")
            shots.take(page, "lead-submitted")
            disclosure_url = page.url
            page.context.close()

            # 3. The DPO reviews everything and approves.
            page = _sign_in(browser, world, base, Role.DPO)
            shots.take(page, "dpo-dashboard")
            page.get_by_role("link", name="DR-").first.click()
            expect(page.locator("#rejected")).to_be_visible()
            rejected = page.locator("tr.attention")
            expect(rejected).to_contain_text("jordan.fisher@example.ac.uk")
            expect(rejected).to_contain_text("must contact the witness")
            assert "Jordan Fisher" not in page.locator("p.shared").first.inner_text()
            expect(page.locator("#dpia ~ .notice.ok").first).to_contain_text("DPIA")
            shots.take(page, "dpo-approval-page")
            page.get_by_role("button", name="Approve this exact content").click()
            expect(page.locator("dd strong").first).to_have_text("Approved")
            page.context.close()

            # 4. The Prevent Lead releases the approved package.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(disclosure_url)
            page.get_by_role("button", name="Release: sign, log and seal the package").click()
            expect(page.get_by_role("status")).to_contain_text("entry 0 of the sharing log")
            shots.take(page, "lead-released")
            page.context.close()

            # 5. The auditor verifies the log and looks at the access log.
            page = _sign_in(browser, world, base, Role.AUDITOR)
            page.get_by_role("link", name="Sharing log").first.click()
            page.get_by_role("button", name="Verify the log").click()
            expect(page.get_by_role("status")).to_contain_text("all 1 entries hash to its root")
            shots.take(page, "auditor-log-verified")
            page.get_by_role("link", name="Access log").first.click()
            expect(page.locator("table")).to_contain_text("case.read")
            expect(page.locator("table")).to_contain_text("web")
            shots.take(page, "auditor-access-log")
            assert page.get_by_role("link", name="Cases").count() == 0
            page.context.close()
        finally:
            browser.close()
    assert shots.count >= 12
    print(f"screenshots in {shots.directory}")
