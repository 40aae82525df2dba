"""A real browser (Debian's Chromium via Playwright) through the whole flow: a support-team
member raises a concern, the Prevent Lead decides and prepares a disclosure, the DPO approves,
the Prevent Lead releases, and the auditor verifies the log; then each role opens every page its
navigation offers, and two error pages.

Every page state reached is checked at 1280 and at 320 CSS pixels wide: axe-core (WCAG 2.0, 2.1
and 2.2, levels A and AA) must find nothing, and at 320 px the page must not scroll sideways
(WCAG 1.4.10, reflow). Screenshots of both widths go to ./screenshots/ (or
$PREVENT_GATEWAY_SCREENSHOTS)."""

from __future__ import annotations

import os
import re
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
from tests.support import CONCERN_ITEM_JSON

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's Chromium is not installed at /usr/bin/chromium "
    "(apt-get install chromium; .ci/run installs it)",
)

ROOT = Path(__file__).resolve().parents[1]
WIDE, NARROW, HEIGHT = 1280, 320, 900
#: axe-core's rule tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

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
    if not database_url.startswith("sqlite"):
        # The pages are the same whatever the engine (the engine-specific paths are covered by
        # the page tests); the browser pass is the slowest test, so it runs once, on SQLite.
        pytest.skip("the browser test runs on the SQLite pass only")
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


class Pages:
    """Each page state the test reaches, checked at both widths: axe-core's WCAG rules, the
    reflow at 320 px, and a screenshot of each. Problems are collected so that one run lists
    them all; the test fails at the end if there is any."""

    def __init__(self, directory: Path) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        for old in self.directory.glob("[0-9][0-9]-*-[0-9]*.png"):  # this test's own, from before
            old.unlink()
        self.count = 0
        self.problems: list[str] = []

    def check(self, page: Any, name: str) -> None:
        self.count += 1
        for width in (WIDE, NARROW):
            page.set_viewport_size({"width": width, "height": HEIGHT})
            if width == NARROW:
                self._check_reflow(page, name)
            results = self.axe.run(
                page,
                options={
                    "runOnly": {"type": "tag", "values": WCAG_TAGS},
                    "resultTypes": ["violations"],
                },
            )
            for violation in results.response["violations"]:
                targets = [" ".join(map(str, n["target"])) for n in violation["nodes"]][:3]
                self.problems.append(
                    f"{name} at {width}px: axe {violation['id']} ({violation['impact']}): "
                    f"{violation['help']} -> {targets}"
                )
            page.screenshot(
                path=str(self.directory / f"{self.count:02d}-{name}-{width}.png"), full_page=True
            )
        page.set_viewport_size({"width": WIDE, "height": HEIGHT})

    def _check_reflow(self, page: Any, name: str) -> None:
        sizes = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        scroll_width, viewport = sizes
        if scroll_width > viewport:
            # Name the widest culprits: elements whose right edge is past the viewport.
            wide = page.evaluate(
                """(limit) => [...document.querySelectorAll('main *, header *')]
                    .filter(e => e.getBoundingClientRect().right > limit + 0.5)
                    .slice(-4)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                              + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')""",
                viewport,
            )
            self.problems.append(
                f"{name} at {NARROW}px: the page is {scroll_width}px wide: {wide}"
            )


def _sign_in(
    browser: Any, world: World, base: str, role: Role, pages: Pages | None = None
) -> Any:
    context = browser.new_context(viewport={"width": WIDE, "height": HEIGHT})
    page = context.new_page()
    page.goto(f"{base}/login")
    if pages is not None:
        pages.check(page, "sign-in")
    username = world.username(role)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Security code from your authenticator app").fill(world.code(username))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
    return page


def test_concern_to_verified_log_in_a_browser(served: tuple[World, str]) -> None:
    from playwright.sync_api import expect, sync_playwright

    world, base = served
    pages = Pages(Path(os.environ.get("PREVENT_GATEWAY_SCREENSHOTS") or ROOT / "screenshots"))
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
            page = _sign_in(browser, world, base, Role.STUDENT_SUPPORT, pages)
            page.get_by_role("link", name="Raise a concern").first.click()
            page.get_by_label("Student number").fill("S1234567")
            page.get_by_label("Full name").fill("Alex Example")
            page.get_by_label("Student via support team").check()
            page.get_by_label("If someone else first reported it").fill("Jordan Fisher")
            page.get_by_label("What happened").fill(CONCERN)
            pages.check(page, "support-raises-concern")
            page.get_by_role("button", name="Raise the concern").click()
            expect(page.get_by_role("status")).to_contain_text(
                "has been recorded and the Prevent Lead will see it"
            )
            pages.check(page, "support-sees-own-concern")
            assert page.get_by_role("link", name="Cases").count() == 0
            page.context.close()

            # 2. The Prevent Lead decides on a referral and prepares the disclosure.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.get_by_role("link", name="Cases").click()
            pages.check(page, "lead-cases")
            page.get_by_role("link", name="PRV-").first.click()
            pages.check(page, "lead-case-new")
            page.get_by_role("link", name="Record a decision").click()
            page.get_by_label("How serious is it?").select_option("high")
            page.get_by_label("Referral", exact=True).check()
            page.get_by_label("Serious immediate safety").check()
            page.get_by_label("Senior Management Team member (test)").check()
            page.get_by_label("Rationale").fill("A threat of violence with extremist material.")
            page.get_by_label("How freedom of speech was considered").fill(
                "Not lawful expression: a threat to hurt people."
            )
            pages.check(page, "lead-decision-form")
            page.get_by_role("button", name="Record the decision").click()
            expect(page.locator("h1")).to_contain_text("Case PRV-")
            pages.check(page, "lead-case-chronology")
            case_url = page.url
            page.context.close()

            # The SMT member named confirms the decision: only then is the referral final.
            page = _sign_in(browser, world, base, Role.SMT_MEMBER)
            page.goto(case_url)
            page.get_by_role("button", name=re.compile("^Confirm decision 1 as")).click()
            expect(page.get_by_role("status").first).to_contain_text("You confirmed decision 1")
            page.context.close()

            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(case_url)
            page.get_by_role("link", name="Prepare a disclosure").click()
            pages.check(page, "lead-new-disclosure")
            page.get_by_label("Purpose").fill("Assessment by the Regional Prevent Coordinator.")
            page.get_by_role("button", name="Continue to the lawful basis").click()
            page.get_by_label("6(1)(e) Public task").check()
            page.get_by_label("Why the disclosure is necessary").fill(
                "To assess the risk he poses to people at the open day."
            )
            page.get_by_label("Why it is proportionate").fill(
                "Only the concern goes; other people's details are removed."
            )
            page.get_by_label("Why the evidence is clear and compelling").fill(
                "Seen by staff and reported the same day by a named witness."
            )
            page.get_by_label("No", exact=True).check()
            page.get_by_label("If not, why not").fill("It would prejudice crime prevention.")
            page.get_by_label("Telling them would prejudice").check()
            pages.check(page, "lead-lawful-basis")
            page.get_by_role("button", name="Save and choose the data items").click()
            page.get_by_label(re.compile(r"^Concern raised")).check()
            # Special-category data without a condition: flagged by the suggestion, answered as
            # suggested, refused at submission without an Art 9 condition, accepted with one.
            expect(page.locator("form[action$='/items']")).to_contain_text(
                "Suggested from the text: political opinions"
            )
            page.locator("#sp-1-2").check()  # political opinions, as suggested
            page.locator("#cr-1-no").check()
            pages.check(page, "lead-data-items")
            page.get_by_role("button", name="Save the data items").click()
            pages.check(page, "lead-draft")
            # Nothing leaves that nobody checked: submitting before the redaction is refused.
            page.get_by_role("button", name="Submit to the DPO").click()
            expect(page.get_by_role("alert")).to_contain_text("item 1 has not been redacted")
            pages.check(page, "lead-submit-refused-unredacted")
            page.get_by_role("button", name="Find and redact other people's details").click()
            expect(page.locator("mark.finding").first).to_be_visible(timeout=60_000)
            # keep the names out, leave the e-mail address in with a justification
            email_row = page.locator("tr", has=page.locator("td mark", has_text="jordan.fisher@"))
            email_row.get_by_label("Reverse: share it").check()
            email_row.locator("textarea").fill("The coordinator must contact the witness.")
            pages.check(page, "lead-redaction-review")
            page.get_by_role("button", name="Save the review").click()
            page.get_by_role("button", name="Submit to the DPO").click()
            expect(page.get_by_role("alert")).to_contain_text("no Article 9 condition")
            pages.check(page, "lead-submit-refused-no-art9")
            page.get_by_role("link", name="Lawful basis", exact=True).click()
            page.get_by_label("Article 9(2) condition").select_option("art9.2.c")
            page.get_by_role("button", name="Save and choose the data items").click()
            page.get_by_role("button", name="Save the data items").click()
            page.get_by_role("button", name="Submit to the DPO").click()
            expect(page.locator("dd strong").first).to_have_text("Submitted")
            pages.check(page, "lead-submitted")
            disclosure_url = page.url
            page.context.close()

            # 3. The DPO opens the approval page; meanwhile the Prevent Lead changes the request
            # and submits it again, so the DPO's approval of what they read is refused as stale.
            dpo_page = _sign_in(browser, world, base, Role.DPO)
            pages.check(dpo_page, "dpo-dashboard")
            dpo_page.get_by_role("link", name="DR-").first.click()
            expect(dpo_page.locator("#rejected")).to_be_visible()
            rejected = dpo_page.locator("tr.attention")
            expect(rejected).to_contain_text("jordan.fisher@example.ac.uk")
            expect(rejected).to_contain_text("must contact the witness")
            assert "Jordan Fisher" not in dpo_page.locator("p.shared").first.inner_text()
            expect(dpo_page.locator("#dpia ~ .notice.ok").first).to_contain_text("DPIA")
            pages.check(dpo_page, "dpo-approval-page")
            read_sha = dpo_page.locator("dd code").first.inner_text()

            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(disclosure_url)
            page.get_by_role("link", name="Change item 1").click()
            pages.check(page, "lead-item-edit")
            page.get_by_label("Label").fill("Concern raised by the Student Support Team")
            page.get_by_role("button", name="Save the item").click()
            expect(page.locator("dd strong").first).to_have_text("Draft")
            page.get_by_role("button", name="Submit to the DPO").click()
            expect(page.locator("dd strong").first).to_have_text("Submitted")
            page.context.close()

            dpo_page.get_by_role("button", name="Approve this exact content").click()
            expect(dpo_page.get_by_role("alert")).to_contain_text("changed since you opened it")
            pages.check(dpo_page, "dpo-approval-stale")
            current_sha = dpo_page.locator("dd code").first.inner_text()
            assert current_sha != read_sha
            expect(dpo_page.locator("article h3").first).to_contain_text("Student Support Team")
            dpo_page.get_by_role("button", name="Approve this exact content").click()
            expect(dpo_page.locator("dd strong").first).to_have_text("Approved")
            pages.check(dpo_page, "dpo-approved")
            dpo_page.context.close()

            # 4. The Prevent Lead releases the approved package.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(disclosure_url)
            pages.check(page, "lead-approved")
            page.get_by_role("link", name="Release: sign, log and seal the package").click()
            pages.check(page, "lead-release-confirm")
            page.get_by_role("button", name=re.compile("^Yes, release it to")).click()
            expect(page.get_by_role("status")).to_contain_text("entry 0 of the sharing log")
            pages.check(page, "lead-released")
            page.context.close()

            # 5. The auditor verifies the log and looks at the access log.
            page = _sign_in(browser, world, base, Role.AUDITOR)
            page.get_by_role("link", name="Sharing log").first.click()
            pages.check(page, "auditor-log")
            page.get_by_role("button", name="Verify the log").click()
            expect(page.get_by_role("status")).to_contain_text("all 1 entries hash to its root")
            pages.check(page, "auditor-log-verified")
            page.get_by_role("link", name="Access log").first.click()
            expect(page.locator("table")).to_contain_text("case.read")
            expect(page.locator("table")).to_contain_text("web")
            pages.check(page, "auditor-access-log")
            assert page.get_by_role("link", name="Cases").count() == 0
            page.context.close()

            # 6. Each role opens every page its navigation offers.
            for role in (Role.PREVENT_LEAD, Role.DPO, Role.ADMINISTRATOR, Role.STUDENT_SUPPORT):
                page = _sign_in(browser, world, base, role)
                links = page.locator("nav[aria-label=Main] a")
                hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
                assert len(hrefs) >= 3
                for href in hrefs:
                    page.goto(f"{base}{href}")
                    slug = (href or "").strip("/").replace("/", "-") or "dashboard"
                    pages.check(page, f"{role.value}-{slug}")
                if role is Role.DPO:
                    page.goto(f"{base}/dpia")
                    page.locator("main a[href^='/dpia/']").first.click()
                    pages.check(page, "dpo-dpia-record")
                    # The register of appropriate policy documents: an entry and its forms.
                    for path, name in (
                        ("/policy-documents/APD-2026-01", "dpo-apd-entry"),
                        ("/policy-documents/new", "dpo-apd-new"),
                        ("/policy-documents/APD-2026-01/review", "dpo-apd-review"),
                    ):
                        page.goto(f"{base}{path}")
                        pages.check(page, name)
                if role is Role.PREVENT_LEAD:
                    # Every field of the DPIA as a form control, each labelled in words.
                    page.goto(f"{base}/dpia")
                    page.locator("main a[href^='/dpia/']").first.click()
                    page.get_by_role("link", name="Change the answers").click()
                    expect(page.get_by_label("Retention periods")).to_be_visible()
                    pages.check(page, "lead-dpia-edit")
                if "/retention" in hrefs:
                    page.goto(f"{base}/retention")
                    dry_run = page.get_by_role("link", name="Dry run")
                    if dry_run.count():
                        dry_run.click()
                        pages.check(page, f"{role.value}-retention-dry-run")
                page.context.close()

            # 7. Error pages: a page that does not exist, and one the role may not see.
            page = _sign_in(browser, world, base, Role.STUDENT_SUPPORT)
            page.goto(f"{base}/cases/PRV-0000-9999")
            expect(page.locator("h1")).to_contain_text("Not")
            expect(page.locator("nav[aria-label=Main]")).to_be_visible()
            pages.check(page, "support-error-not-allowed")
            page.goto(f"{base}/no-such-page")
            expect(page.locator("h1")).to_have_text("Not found")
            expect(page.locator("nav[aria-label=Main]")).to_be_visible()
            pages.check(page, "support-error-not-found")
            page.context.close()
        finally:
            browser.close()
    assert pages.count >= 40
    assert pages.problems == [], "\n".join(pages.problems)


def test_a_restriction_stops_an_emergency_release_and_a_breach_starts_its_clock(
    served: tuple[World, str],
) -> None:
    """The student's restriction stops an emergency release the SMT member had authorised; the
    SMT member records the ground to go on (risk to life), the Prevent Lead releases, and the
    DPO's review, not upholding it, opens a breach whose 72-hour clock is on the dashboard."""
    from playwright.sync_api import expect, sync_playwright

    from tests.test_api_flow import BASIS, P, referral_case

    world, base = served
    # Its own folder from the start: Pages clears its folder's earlier screenshots, and the
    # other browser test (perhaps running alongside) writes to the parent.
    shots = Path(os.environ.get("PREVENT_GATEWAY_SCREENSHOTS") or ROOT / "screenshots")
    pages = Pages(shots / "restriction")
    api, lead = world.client(), world.headers(Role.PREVENT_LEAD)
    case_ref = referral_case(world)
    ref = api.post(
        f"{P}/disclosures",
        headers=lead,
        json={"case_reference": case_ref, "recipient_reference": world.recipient,
              "purpose": "Assessment by the Regional Prevent Coordinator."},
    ).json()["reference"]
    api.put(f"{P}/disclosures/{ref}/lawful-basis", headers=lead, json=BASIS)
    api.post(f"{P}/disclosures/{ref}/items", headers=lead, json=CONCERN_ITEM_JSON)
    api.post(f"{P}/disclosures/{ref}/redact", headers=lead)
    api.post(f"{P}/disclosures/{ref}/findings/accept", headers=lead, json={})
    assert api.post(f"{P}/disclosures/{ref}/submit", headers=lead).status_code == 200
    smt = world.headers(Role.SMT_MEMBER)
    sha = api.get(f"{P}/disclosures/{ref}/approval", headers=smt).json()["content_sha256"]
    authorised = api.post(
        f"{P}/disclosures/{ref}/emergency-authorise",
        headers=smt,
        json={"ground": "risk_to_life", "content_sha256": sha,
              "reason": "A stated plan to hurt people tonight; the DPO is unreachable."},
    )
    assert authorised.status_code == 200, authorised.text
    restricted = api.post(
        f"{P}/cases/{case_ref}/restrictions",
        headers=world.headers(Role.DPO),
        json={"kind": "restriction", "requested_by": "the student",
              "requested_on": world.ctx.clock.today().isoformat(),
              "scope": "Every disclosure from the case.",
              "restriction_reason": "accuracy_contested",
              "reasons": "The student says the concern misreports what was said in the seminar."},
    )
    assert restricted.status_code == 201, restricted.text
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu"],
        )
        try:
            # 1. The restriction stops the emergency release the SMT member authorised.
            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(f"{base}/disclosures/{ref}")
            expect(page.locator("#restricted")).to_contain_text("restricted or objected")
            pages.check(page, "lead-restricted-disclosure")
            page.get_by_role("link", name="Emergency release: sign, log and seal").click()
            expect(page.get_by_role("alert")).to_contain_text("asked for the processing to stop")
            pages.check(page, "lead-emergency-release-refused")
            page.context.close()

            # 2. The SMT member records the ground to go on, for the risk to life.
            page = _sign_in(browser, world, base, Role.SMT_MEMBER)
            page.goto(f"{base}/disclosures/{ref}")
            page.get_by_label("A serious and immediate risk to someone's life").check()
            page.get_by_label(re.compile("at least 40 characters")).fill(
                "A stated plan to hurt people tonight; the DPO is on a flight and unreachable."
            )
            page.get_by_label(re.compile("^Only for a risk to life")).select_option(
                "art18.2.another_person"
            )
            pages.check(page, "smt-emergency-with-ground")
            page.get_by_role("button", name="Authorise emergency release of this content").click()
            expect(page.locator("section[aria-labelledby=restricted]")).to_contain_text(
                "ground art18.2.another_person"
            )
            page.context.close()

            page = _sign_in(browser, world, base, Role.PREVENT_LEAD)
            page.goto(f"{base}/disclosures/{ref}")
            page.get_by_role("link", name="Emergency release: sign, log and seal").click()
            page.get_by_role("button", name=re.compile("^Yes, release it to")).click()
            expect(page.get_by_role("status")).to_contain_text("entry")
            page.context.close()

            # 3. The DPO's review does not uphold it: a breach opens, its clock on the dashboard.
            page = _sign_in(browser, world, base, Role.DPO)
            page.goto(f"{base}/disclosures/{ref}")
            page.get_by_label("No: not upheld").check()
            page.get_by_label("No: reject it (a breach record is opened)").check()
            page.get_by_label("Findings").fill("The DPO was reachable by phone all evening.")
            pages.check(page, "dpo-emergency-review")
            page.get_by_role("button", name="Record the review").click()
            expect(page.locator("main")).to_contain_text("Breach record opened")
            page.goto(f"{base}/")
            clocks = page.locator("section[aria-labelledby=breach-clocks]")
            expect(clocks).to_contain_text("BR-")
            expect(clocks).to_contain_text("hours left")
            pages.check(page, "dpo-dashboard-breach-clock")
            clocks.get_by_role("link", name=re.compile("^BR-")).click()
            expect(page.locator("h1")).to_contain_text("Breach BR-")
            expect(page.locator("main")).to_contain_text(ref)
            pages.check(page, "dpo-breach")
            page.context.close()
        finally:
            browser.close()
    assert pages.problems == [], "\n".join(pages.problems)
