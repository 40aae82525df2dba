"""Restriction (Art 18) and objection (Art 21) stop a disclosure at the gate on every door and
on every step, the emergency path included; the DPO's recorded ground lets it go on and is
logged; on the emergency path the SMT member may record the ground only for a risk to life, and
the DPO's review confirms or rejects it. A review that does not uphold an emergency release
opens a breach whose 72 hours run from then; the register is kept, decided on and exported on
every door."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from typer.testing import CliRunner

from gateway.access_log.models import AccessEvent
from gateway.breaches.domain import NOTIFY_WITHIN, clock
from gateway.cli.main import app as cli_app
from gateway.errors import InvalidInput
from gateway.rights.domain import Ground, RightKind, check_ground, check_lift
from gateway.users.domain import Role
from sharing_log import decode_entry
from tests.support import CONCERN_ITEM_JSON, fingerprint
from tests.test_api_flow import BASIS, LEAD, P, install_dpia, referral_case
from tests.test_web_world import World, csrf_of, make_world

REASON = "A stated plan to hurt people tonight; the DPO is on a flight and unreachable."
STUDENT_REASONS = "The student says the concern misreports what was said in the seminar."
GROUND_REASONS = "Another student is at risk of serious harm; the referral protects them."


@pytest.fixture
def world(database_url: str, tmp_path: Path) -> Iterator[World]:
    w = make_world(database_url, tmp_path)
    install_dpia(w)
    yield w
    w.ctx.close()


def api(world: World, method: str, path: str, role: Role, **kw: Any) -> Any:
    return world.client().request(method, f"{P}{path}", headers=world.headers(role), **kw)


def ok(reply: Any) -> Any:
    assert reply.status_code in (200, 201), reply.text
    return reply.json()


def draft(world: World) -> tuple[str, str]:
    """A complete draft (concern item, lawful basis, redacted and reviewed): (case, request)."""
    case_ref = referral_case(world)
    ref = ok(
        api(
            world,
            "POST",
            "/disclosures",
            LEAD,
            json={
                "case_reference": case_ref,
                "recipient_reference": world.recipient,
                "purpose": "Assessment by the Regional Prevent Coordinator.",
            },
        )
    )["reference"]
    ok(api(world, "PUT", f"/disclosures/{ref}/lawful-basis", LEAD, json=BASIS))
    ok(api(world, "POST", f"/disclosures/{ref}/items", LEAD, json=CONCERN_ITEM_JSON))
    ok(api(world, "POST", f"/disclosures/{ref}/redact", LEAD))
    ok(api(world, "POST", f"/disclosures/{ref}/findings/accept", LEAD, json={}))
    return case_ref, ref


def sha_seen(world: World, ref: str, role: Role = Role.DPO) -> str:
    return str(ok(api(world, "GET", f"/disclosures/{ref}/approval", role))["content_sha256"])


def submit(world: World, ref: str) -> None:
    ok(api(world, "POST", f"/disclosures/{ref}/submit", LEAD))


def approve(world: World, ref: str) -> None:
    ok(api(world, "POST", f"/disclosures/{ref}/approve", Role.DPO,
           json={"content_sha256": sha_seen(world, ref)}))


def authorise(world: World, ref: str, **extra: Any) -> Any:
    body = {"ground": "risk_to_life", "reason": REASON,
            "content_sha256": sha_seen(world, ref, Role.SMT_MEMBER), **extra}
    return api(world, "POST", f"/disclosures/{ref}/emergency-authorise", Role.SMT_MEMBER,
               json=body)


def restrict(world: World, case_ref: str, kind: str = "restriction") -> str:
    body = {
        "kind": kind,
        "requested_by": "the student",
        "requested_on": world.ctx.clock.today().isoformat(),
        "scope": "Every disclosure from the case.",
        "reasons": STUDENT_REASONS,
        "restriction_reason": "accuracy_contested" if kind == "restriction" else None,
    }
    reply = api(world, "POST", f"/cases/{case_ref}/restrictions", Role.DPO, json=body)
    assert reply.status_code == 201, reply.text
    return str(reply.json()["reference"])


def release(world: World, ref: str, emergency: bool = False) -> Any:
    return api(world, "POST", f"/disclosures/{ref}/release", LEAD, json={"emergency": emergency})


def log_entries(world: World) -> list[Any]:
    log = world.ctx.transparency_log()
    with world.ctx.engine.connect() as conn:
        return [decode_entry(log.entry(conn, i)) for i in range(log.size(conn))]


def refusals(world: World) -> list[AccessEvent]:
    with world.ctx.sessions() as session:
        return list(
            session.scalars(select(AccessEvent).where(AccessEvent.refused_rule.is_not(None)))
        )


# --- the gate, on every step and every door ------------------------------------------------------

STEPS = ["submit", "approve", "authorise", "release", "emergency_release"]
ACTORS = {
    "submit": (LEAD, "disclosure.submit"),
    "approve": (Role.DPO, "disclosure.approve"),
    "authorise": (Role.SMT_MEMBER, "disclosure.emergency_authorise"),
    "release": (LEAD, "disclosure.release"),
    "emergency_release": (LEAD, "disclosure.release"),
}


def at_step(world: World, step: str) -> tuple[str, str]:
    """A request ready for ``step``, and only then the student's restriction recorded."""
    case_ref, ref = draft(world)
    if step != "submit":
        submit(world, ref)
    if step == "release":
        approve(world, ref)
    if step == "emergency_release":
        assert authorise(world, ref).status_code == 200
    restrict(world, case_ref)
    return case_ref, ref


def attempt(world: World, door: str, step: str, ref: str) -> Any:
    role, _ = ACTORS[step]
    sha = sha_seen(world, ref, Role.SMT_MEMBER if step == "authorise" else Role.DPO)
    if door == "api":
        if step == "submit":
            return api(world, "POST", f"/disclosures/{ref}/submit", role)
        if step == "approve":
            return api(world, "POST", f"/disclosures/{ref}/approve", role,
                       json={"content_sha256": sha})
        if step == "authorise":
            return authorise(world, ref)
        return release(world, ref, emergency=step == "emergency_release")
    if door == "web":
        browser = world.client()
        csrf = world.login(browser, role)
        form: dict[str, str] = {"csrf_token": csrf}
        path = {"submit": "submit", "approve": "approve", "authorise": "emergency-authorise",
                "release": "release", "emergency_release": "release"}[step]
        if step == "approve":
            form["content_sha256"] = sha
        if step == "authorise":
            form.update(ground="risk_to_life", reason=REASON, content_sha256=sha)
        if step in ("release", "emergency_release"):
            form["confirm"] = "yes"
            if step == "emergency_release":
                form["emergency"] = "yes"
        return browser.post(f"/disclosures/{ref}/{path}", data=form)
    words = {
        "submit": ["disclosure", "submit", ref],
        "approve": ["disclosure", "approve", ref, "--content-sha256", sha],
        "authorise": ["disclosure", "emergency-authorise", ref, "--ground", "risk_to_life",
                      "--reason", REASON, "--content-sha256", sha],
        "release": ["disclosure", "release", ref],
        "emergency_release": ["disclosure", "release", ref, "--emergency"],
    }[step]
    settings = world.ctx.settings
    env = {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": str(settings.database_url),
        "PREVENT_GATEWAY_TOKEN": world.tokens[role],
    }
    return CliRunner().invoke(cli_app, [*words, "--as", world.username(role)], env=env)


@pytest.mark.parametrize("door", ["api", "web", "cli"])
@pytest.mark.parametrize("step", STEPS)
def test_a_restriction_blocks_each_step_on_each_door(world: World, door: str, step: str) -> None:
    _, ref = at_step(world, step)
    before = fingerprint(world.ctx.engine)
    refused_before = len(refusals(world))
    reply = attempt(world, door, step, ref)
    if door == "cli":
        assert reply.exit_code == 1, reply.output
        assert "asked for the processing to stop" in reply.output + str(reply.exception)
    elif door == "api":
        assert reply.status_code == 422, reply.text
        assert reply.json()["code"] == "restriction-in-force"
    else:
        assert reply.status_code == 422, reply.text
        assert "asked for the processing to stop" in reply.text
    after = fingerprint(world.ctx.engine)
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= {"access_events", "auth_sessions", "auth_login_attempts",
                       "auth_account_security", "auth_api_tokens"}, changed
    new = refusals(world)[refused_before:]
    _, action = ACTORS[step]
    assert [(e.action, e.refused_rule) for e in new] == [(action, "restriction-in-force")]
    status = ok(api(world, "GET", f"/disclosures/{ref}", LEAD))
    assert status["log_index"] is None and status["restriction_ground_needed"]


def test_the_dpos_ground_lets_it_go_on_and_is_logged(world: World) -> None:
    case_ref, ref = draft(world)
    restriction = restrict(world, case_ref)
    refused = api(world, "POST", f"/disclosures/{ref}/submit", LEAD)
    assert refused.json()["code"] == "restriction-in-force"
    # The ground must fit the right: an Art 21 ground is refused for a restriction.
    wrong = api(world, "POST", f"/restrictions/{restriction}/grounds", Role.DPO,
                json={"disclosure_reference": ref, "ground": "art21.1.compelling_grounds",
                      "reasons": GROUND_REASONS})
    assert wrong.status_code == 422
    # Only the DPO records it.
    lead_try = api(world, "POST", f"/restrictions/{restriction}/grounds", LEAD,
                   json={"disclosure_reference": ref, "ground": "art18.2.another_person",
                         "reasons": GROUND_REASONS})
    assert lead_try.status_code == 403
    view = ok(api(world, "POST", f"/restrictions/{restriction}/grounds", Role.DPO,
                  json={"disclosure_reference": ref, "ground": "art18.2.another_person",
                        "reasons": GROUND_REASONS}))
    assert view["ground_list"][0]["ground"] == "art18.2.another_person"
    submit(world, ref)
    approve(world, ref)
    done = ok(release(world, ref))
    entry = log_entries(world)[done["log_index"]]
    assert entry.entry.fields["restriction_grounds"] == ["art18.2.another_person"]
    case = ok(api(world, "GET", f"/cases/{case_ref}", LEAD))
    kinds = [e["kind"] for e in case["chronology"]]
    assert "restriction_recorded" in kinds and "restriction_ground_recorded" in kinds


def test_an_objection_needs_compelling_grounds(world: World) -> None:
    case_ref, ref = draft(world)
    objection = restrict(world, case_ref, "objection")
    assert objection.startswith("OBJ-")
    assert api(world, "POST", f"/disclosures/{ref}/submit", LEAD).status_code == 422
    ok(api(world, "POST", f"/restrictions/{objection}/grounds", Role.DPO,
           json={"disclosure_reference": ref, "ground": "art21.1.compelling_grounds",
                 "reasons": GROUND_REASONS}))
    submit(world, ref)


def test_lifting_needs_the_student_told_first(world: World) -> None:
    case_ref, ref = draft(world)
    restriction = restrict(world, case_ref)
    untold = api(world, "POST", f"/restrictions/{restriction}/lift", Role.DPO,
                 json={"reason": "The accuracy was checked and confirmed."})
    assert untold.status_code == 422 and "Art 18(3)" in untold.json()["detail"]
    told_on = world.ctx.clock.today().isoformat()
    lifted = ok(api(world, "POST", f"/restrictions/{restriction}/lift", Role.DPO,
                    json={"reason": "The accuracy was checked and confirmed.",
                          "student_told_on": told_on}))
    assert not lifted["active"] and lifted["student_told_on"] == told_on
    submit(world, ref)  # nothing in force any more


# --- the emergency path --------------------------------------------------------------------------


def test_the_emergency_ground_is_chosen_explained_and_logged(world: World) -> None:
    _, ref = draft(world)
    submit(world, ref)
    short = authorise(world, ref, reason="x")
    assert short.status_code == 422 and "40 characters" in short.json()["detail"]
    unknown = authorise(world, ref, ground="convenience")
    assert unknown.status_code == 422
    assert authorise(world, ref, ground="serious_harm").status_code == 200
    done = ok(release(world, ref, emergency=True))
    entry = log_entries(world)[done["log_index"]]
    assert entry.entry.entry_type.value == "emergency_release"
    assert entry.entry.fields["ground_code"] == "serious_harm"


def test_on_the_emergency_path_the_smt_ground_is_for_risk_to_life_only(world: World) -> None:
    case_ref, ref = draft(world)
    submit(world, ref)
    restriction = restrict(world, case_ref)
    harm = authorise(world, ref, ground="serious_harm",
                     restriction_ground="art18.2.another_person")
    assert harm.status_code == 422 and "risk to life" in harm.json()["detail"]
    assert authorise(world, ref).json()["code"] == "restriction-in-force"
    ok(authorise(world, ref, restriction_ground="art18.2.another_person"))
    done = ok(release(world, ref, emergency=True))
    entry = log_entries(world)[done["log_index"]]
    assert entry.entry.fields["restriction_grounds"] == ["art18.2.another_person"]
    # The DPO's review must confirm or reject the ground; rejecting it opens a breach.
    missing = api(world, "POST", f"/disclosures/{ref}/emergency-review", Role.DPO,
                  json={"upheld": True, "notes": "The risk was real."})
    assert missing.status_code == 422 and "confirm it or reject it" in missing.json()["detail"]
    reviewed = ok(api(world, "POST", f"/disclosures/{ref}/emergency-review", Role.DPO,
                      json={"upheld": True, "notes": "The risk was real.",
                            "ground_confirmed": False}))
    assert len(reviewed["breaches"]) == 1
    review = [e for e in log_entries(world) if e.entry.entry_type.value == "retrospective_review"]
    assert review[0].entry.fields["ground_confirmed"] is False
    shown = ok(api(world, "GET", f"/restrictions/{restriction}", Role.DPO))
    assert shown["ground_list"][0]["confirmed"] is False


def test_a_not_upheld_review_opens_a_breach_with_a_72_hour_clock(world: World) -> None:
    _, ref = draft(world)
    submit(world, ref)
    ok(authorise(world, ref))
    ok(release(world, ref, emergency=True))
    reviewed = ok(api(world, "POST", f"/disclosures/{ref}/emergency-review", Role.DPO,
                      json={"upheld": False, "notes": "No risk to life; the DPO was reachable."}))
    [breach_ref] = reviewed["breaches"]
    breach = ok(api(world, "GET", f"/breaches/{breach_ref}", Role.DPO))
    assert breach["source"] == "emergency_review" and breach["disclosure_reference"] == ref
    from datetime import datetime

    found = datetime.fromisoformat(breach["discovered_at"])
    deadline = datetime.fromisoformat(breach["notify_deadline"])
    assert deadline - found == timedelta(hours=72)
    assert 71 <= breach["hours_left"] <= 72 and not breach["overdue"]
    assert not breach["assessed"]
    entries = [e for e in log_entries(world) if e.entry.entry_type.value == "breach_recorded"]
    assert len(entries) == 1
    fields = entries[0].entry.fields
    assert fields["breach_id"] == breach_ref and fields["disclosure_id"] == ref
    assert fields["notify_deadline_at"].startswith(deadline.strftime("%Y-%m-%dT%H:%M"))
    # On the DPO's dashboard, with its clock; the decision on the ICO stops it.
    browser = world.client()
    world.login(browser, Role.DPO)
    board = browser.get("/").text
    assert "72 hours to notify the ICO" in board and breach_ref in board
    ok(api(world, "POST", f"/breaches/{breach_ref}/decisions", Role.DPO,
           json={"audience": "ico", "notify": True,
                 "notified_on": world.ctx.clock.today().isoformat(),
                 "reasons": "An unauthorised disclosure of special category data to police."}))
    board = browser.get("/").text
    assert breach_ref not in board


# --- the register --------------------------------------------------------------------------------


def test_a_breach_by_hand_decided_and_exported(world: World) -> None:
    now = world.ctx.clock.now()
    body = {
        "what_happened": "A referral package was e-mailed to the wrong coordinator's address.",
        "discovered_at": (now - timedelta(hours=80)).isoformat(),
        "found_by": "Prevent Lead",
        "people_categories": "students",
        "people_count": 1,
        "record_categories": "Prevent case notes",
        "record_count": 3,
        "consequences": "Distress and a risk of stigma for the student.",
        "measures": "The other coordinator confirmed deletion the same day.",
    }
    naive = api(world, "POST", "/breaches", LEAD,
                json={**body, "discovered_at": "2026-12-01T09:00:00"})
    assert naive.status_code == 422 and "time zone" in naive.json()["detail"]
    opened = api(world, "POST", "/breaches", LEAD, json=body)
    assert opened.status_code == 201, opened.text
    ref = opened.json()["reference"]
    assert opened.json()["overdue"], "found 80 hours ago and no ICO decision"
    assert api(world, "GET", f"/breaches/{ref}", LEAD).status_code == 403
    short = api(world, "POST", f"/breaches/{ref}/decisions", Role.DPO,
                json={"audience": "student", "notify": False, "reasons": "No."})
    assert short.status_code == 422
    ok(api(world, "POST", f"/breaches/{ref}/decisions", Role.DPO,
           json={"audience": "student", "notify": False,
                 "reasons": "Telling him would prejudice the prevention of crime (Sch 2 para 2)."}))
    ok(api(world, "POST", f"/breaches/{ref}/recipient", Role.DPO,
           json={"asked": "delete", "asked_on": now.date().isoformat(),
                 "answer": "Deleted, with confirmation.", "answered_on": now.date().isoformat()}))
    again = api(world, "POST", f"/breaches/{ref}/decisions", Role.DPO,
                json={"audience": "student", "notify": True, "notified_on": now.date().isoformat(),
                      "reasons": "Changed our mind about telling the student after all."})
    assert again.status_code == 409
    csv_reply = api(world, "GET", "/breaches/register.csv", Role.AUDITOR)
    assert csv_reply.status_code == 200 and csv_reply.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_reply.text)))
    assert [r["Reference"] for r in rows] == [ref]
    assert rows[0]["Tell the student"] == "no" and rows[0]["Recipient asked to"] == "delete"
    pdf = api(world, "GET", "/breaches/register.pdf", Role.DPO)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert ref in text and "wrong coordinator" in text


def test_the_command_line_opens_lists_decides_and_exports(world: World, tmp_path: Path) -> None:
    settings = world.ctx.settings
    what = tmp_path / "what.txt"
    what.write_text("A laptop holding an export of case notes was left on a train.")
    cons = tmp_path / "cons.txt"
    cons.write_text("Case notes could be read by whoever finds it.")
    meas = tmp_path / "meas.txt"
    meas.write_text("The disk is encrypted; the password was changed at once.")
    reasons = tmp_path / "reasons.txt"
    reasons.write_text("The disk is encrypted, so the risk to the student is unlikely.")

    def run(role: Role, *words: str) -> Any:
        env = {
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": str(settings.database_url),
            "PREVENT_GATEWAY_TOKEN": world.tokens[role],
        }
        return CliRunner().invoke(cli_app, [*words, "--as", world.username(role)], env=env)

    found = world.ctx.clock.now().strftime("%Y-%m-%d %H:%M")
    opened = run(LEAD, "breach", "open", "--what-file", str(what), "--discovered-at", found,
                 "--found-by", "Prevent Lead", "--people-categories", "students",
                 "--people-count", "12", "--record-categories", "case notes",
                 "--record-count", "12", "--consequences-file", str(cons),
                 "--measures-file", str(meas))
    assert opened.exit_code == 0, opened.output
    ref = opened.output.split()[0]
    listed = run(Role.DPO, "breach", "list", "--json")
    assert json.loads(listed.output)[0]["reference"] == ref
    decided = run(Role.DPO, "breach", "decide", ref, "--about", "ico", "--no-notify",
                  "--reasons-file", str(reasons))
    assert decided.exit_code == 0, decided.output
    shown = run(Role.DPO, "breach", "show", ref)
    assert "Notify the ICO: no" in shown.output
    out = tmp_path / "register.csv"
    exported = run(Role.AUDITOR, "breach", "export", "--out", str(out))
    assert exported.exit_code == 0, exported.output
    assert (out.stat().st_mode & 0o777) == 0o600 and ref in out.read_text()


def test_case_restrict_and_lift_on_the_command_line(world: World, tmp_path: Path) -> None:
    case_ref, ref = draft(world)
    settings = world.ctx.settings
    reasons = tmp_path / "reasons.txt"
    reasons.write_text(STUDENT_REASONS)

    def run(role: Role, *words: str) -> Any:
        env = {
            "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": str(settings.database_url),
            "PREVENT_GATEWAY_TOKEN": world.tokens[role],
        }
        return CliRunner().invoke(cli_app, [*words, "--as", world.username(role)], env=env)

    today = world.ctx.clock.today().isoformat()
    done = run(LEAD, "case", "restrict", case_ref, "--requested-by", "the student",
               "--received-on", today, "--scope", "all sharing", "--reasons-file",
               str(reasons), "--reason", "accuracy_contested")
    assert done.exit_code == 0, done.output
    restriction = done.output.split()[0]
    assert api(world, "POST", f"/disclosures/{ref}/submit", LEAD).status_code == 422
    refused = run(Role.DPO, "case", "lift", restriction, "--reason", "Checked.")
    assert refused.exit_code == 1 and "18(3)" in refused.output + str(refused.exception)
    lifted = run(Role.DPO, "case", "lift", restriction, "--reason", "Checked.",
                 "--student-told-on", today)
    assert lifted.exit_code == 0, lifted.output
    submit(world, ref)


# --- plain rules ---------------------------------------------------------------------------------


def test_the_clock_and_the_grounds_as_rules() -> None:
    from datetime import UTC, datetime

    found = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert clock(found, None, found).hours_left == 72
    assert clock(found, None, found + timedelta(hours=71, minutes=30)).words == "1 hour left"
    late = clock(found, None, found + NOTIFY_WITHIN + timedelta(hours=2))
    assert late.overdue and late.words == "overdue by 2 hours"
    assert not clock(found, found, found + timedelta(days=9)).overdue
    with pytest.raises(InvalidInput):
        check_ground(RightKind.OBJECTION, Ground.ANOTHER_PERSON, GROUND_REASONS)
    with pytest.raises(InvalidInput):
        check_ground(RightKind.RESTRICTION, Ground.ANOTHER_PERSON, "too short")
    assert check_ground(RightKind.RESTRICTION, Ground.PUBLIC_INTEREST, GROUND_REASONS)
    with pytest.raises(InvalidInput):
        check_lift(RightKind.RESTRICTION, reason="done", student_told_on=None,
                   today=found.date())
    check_lift(RightKind.OBJECTION, reason="withdrawn", student_told_on=None, today=found.date())


def test_the_web_pages_show_the_gate_and_the_forms(world: World) -> None:
    case_ref, ref = draft(world)
    submit(world, ref)
    restriction = restrict(world, case_ref)
    smt = world.client()
    world.login(smt, Role.SMT_MEMBER)
    page = smt.get(f"/disclosures/{ref}").text
    assert restriction in page and "emergency-restriction-ground" in page
    dpo = world.client()
    csrf = world.login(dpo, Role.DPO)
    approval = dpo.get(f"/disclosures/{ref}/approval").text
    assert "cannot be approved until you record the lawful ground" in approval
    shown = dpo.get(f"/restrictions/{restriction}")
    assert shown.status_code == 200 and "Record the ground" in shown.text
    recorded = dpo.post(
        f"/restrictions/{restriction}/grounds",
        data={"csrf_token": csrf_of(shown.text), "disclosure_reference": ref,
              "ground": "art18.2.public_interest", "reasons": GROUND_REASONS},
    )
    assert recorded.status_code == 303, recorded.text
    assert "art18.2.public_interest recorded" in smt.get(f"/disclosures/{ref}").text
    assert csrf
