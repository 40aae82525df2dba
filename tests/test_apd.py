"""The register of appropriate policy documents (DPA 2018 Sch 1 paras 5, 39, 40): its rules as
plain Python, a disclosure choosing an entry (refused when the entry does not cover the
condition or is overdue for review), the keep-until date from the disclosures under it, and
the doors (command line, API, pages) with who may do what."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from typer.testing import CliRunner

from gateway.access_log.models import AccessEvent
from gateway.apd import domain
from gateway.apd import use_cases as apd
from gateway.apd.models import PolicyDocument
from gateway.cli.main import app as cli_app
from gateway.db import transaction
from gateway.demo import DEMO_POLICY_SECTIONS
from gateway.disclosures import use_cases
from gateway.disclosures.lawful_basis import SpecialCategory
from gateway.errors import (
    AppropriatePolicyDocumentMissing,
    AppropriatePolicyDocumentNotCovering,
    AppropriatePolicyDocumentOutOfDate,
    Conflict,
    InvalidInput,
    NotPermitted,
)
from gateway.timeutil import today
from gateway.users.domain import Role
from tests.support import (
    POLICY_DOCUMENT,
    SAFEGUARDING_BASIS,
    World,
    build_world,
    content_sha256,
    fingerprint,
    prepare_request,
)
from tests.test_api_flow import BASIS, LEAD, P, install_dpia, referral_case
from tests.test_web_world import World as WebWorld
from tests.test_web_world import csrf_of, make_world

# --- the rules as plain Python ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "paragraphs"),
    [
        (["18"], [18]),
        (["dpa2018.sch1.para10", "para 18", "18"], [10, 18]),
        ([10, 1, 36], [1, 10, 36]),
    ],
)
def test_conditions_are_read_from_numbers_or_codes(
    given: list[object], paragraphs: list[int]
) -> None:
    assert domain.parse_conditions(given) == paragraphs


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ([], "Say which Schedule 1 conditions"),
        (["29"], "not a DPA 2018 Schedule 1 condition that needs"),
        (["eighteen"], "not a DPA 2018 Schedule 1 condition"),
        (["5"], "not a DPA 2018 Schedule 1 condition"),
    ],
)
def test_conditions_that_need_no_policy_document_are_refused(
    given: list[object], says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        domain.parse_conditions(given)


def test_every_para39_section_is_needed_and_must_say_something() -> None:
    assert domain.parse_content(DEMO_POLICY_SECTIONS) == DEMO_POLICY_SECTIONS
    missing = {k: v for k, v in DEMO_POLICY_SECTIONS.items() if k != "retention_and_erasure"}
    with pytest.raises(InvalidInput, match=r"Retention and erasure .* is missing"):
        domain.parse_content(missing)
    with pytest.raises(InvalidInput, match=r"Accuracy .* too short \(3 characters\)"):
        domain.parse_content({**DEMO_POLICY_SECTIONS, "accuracy": "Yes"})
    with pytest.raises(InvalidInput, match="Unknown policy document section"):
        domain.parse_content({**DEMO_POLICY_SECTIONS, "acuracy": "x" * 50})


def test_keep_until_is_six_months_after_the_last_disclosure() -> None:
    assert domain.keep_until(None) is None
    assert domain.keep_until(date(2026, 12, 7)) == date(2027, 6, 7)
    assert domain.keep_until(date(2026, 8, 31)) == date(2027, 2, 28)


def test_out_of_date_the_day_after_the_review_day() -> None:
    due = date(2027, 1, 10)
    assert domain.state_on(due, date(2027, 1, 10)) is domain.DocumentState.IN_DATE
    assert domain.state_on(due, date(2027, 1, 11)) is domain.DocumentState.REVIEW_OVERDUE


def test_the_next_review_is_not_past_nor_put_off_for_ever() -> None:
    now = date(2026, 12, 7)
    assert domain.check_review_due(now, now) == now
    with pytest.raises(InvalidInput, match="already passed"):
        domain.check_review_due(now - timedelta(days=1), now)
    with pytest.raises(InvalidInput, match="more than 36 months"):
        domain.check_review_due(date(2029, 12, 8), now)


# --- the register through the use cases -------------------------------------------------------


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def _add(world: World, reference: str, **changes: Any) -> Any:
    fields: dict[str, Any] = {
        "title": "Appropriate policy document: counselling",
        "content": DEMO_POLICY_SECTIONS,
        "conditions": ["17"],
        "review_due": today() + timedelta(days=100),
        **changes,
    }
    clock, settings = world.ctx.clock, world.ctx.settings
    return world.run(
        "dpo", lambda s, a: apd.add_document(s, a, clock, settings, reference, **fields)
    )


def test_the_dpo_adds_and_reviews_and_each_change_is_a_version(world: World) -> None:
    clock, settings = world.ctx.clock, world.ctx.settings
    added = _add(world, "APD-2026-07")
    assert added.summary.version == 1 and [c.paragraph for c in added.summary.conditions] == [17]
    assert [r.notes for r in added.reviews] == ["Adopted."]
    assert added.reviews[0].reviewed_by == "Dpo"  # by name, not account id

    notes = "Checked against the counselling service's current practice: no change needed."
    kept = world.run(
        "dpo",
        lambda s, a: apd.review_document(
            s,
            a,
            clock,
            settings,
            "APD-2026-07",
            notes=notes,
            review_due=today() + timedelta(days=300),
        ),
    )
    assert kept.summary.version == 1 and len(kept.reviews) == 2
    assert kept.summary.review_due == today() + timedelta(days=300)

    widened = world.run(
        "dpo",
        lambda s, a: apd.review_document(
            s,
            a,
            clock,
            settings,
            "APD-2026-07",
            notes="Extended to safeguarding (para 18) after the policy change of this term.",
            review_due=today() + timedelta(days=300),
            conditions=["17", "18"],
        ),
    )
    assert widened.summary.version == 2
    assert [v.version for v in widened.versions] == [1, 2]
    assert [c.paragraph for c in widened.versions[0].conditions] == [17]  # kept as it was
    assert [c.paragraph for c in widened.current.conditions] == [17, 18]
    with transaction(world.sessions) as session:
        actions = list(
            session.scalars(
                select(AccessEvent.action).where(AccessEvent.object_ref == "APD-2026-07")
            )
        )
    assert actions == ["apd.added", "apd.reviewed", "apd.revised"]


def test_who_may_change_and_read_the_register(world: World) -> None:
    clock, settings = world.ctx.clock, world.ctx.settings
    before = fingerprint(world.engine)
    for username in ("lead", "auditor", "admin"):
        with pytest.raises(NotPermitted):
            world.run(
                username,
                lambda s, a: apd.add_document(
                    s,
                    a,
                    clock,
                    settings,
                    "APD-X",
                    title="t",
                    content=DEMO_POLICY_SECTIONS,
                    conditions=["18"],
                    review_due=today(),
                ),
            )
    for username in ("lead", "auditor"):
        with pytest.raises(NotPermitted):
            world.run(
                username,
                lambda s, a: apd.review_document(
                    s, a, clock, settings, POLICY_DOCUMENT, notes="n" * 50, review_due=today()
                ),
            )
    assert fingerprint(world.engine) == before
    for username in ("dpo", "auditor", "lead"):
        rows = world.run(username, lambda s, a: apd.list_documents(s, a, clock, settings))
        assert [r.reference for r in rows] == [POLICY_DOCUMENT]
    with pytest.raises(NotPermitted):
        world.run("tutor", lambda s, a: apd.list_documents(s, a, clock, settings))


def test_bad_input_is_refused_and_nothing_is_written(world: World) -> None:
    before = fingerprint(world.engine)
    with pytest.raises(Conflict, match="already has"):
        _add(world, POLICY_DOCUMENT)
    with pytest.raises(InvalidInput, match="not a policy document reference"):
        _add(world, "APD 2026 07")
    with pytest.raises(InvalidInput, match="already passed"):
        _add(world, "APD-2026-08", review_due=today() - timedelta(days=1))
    with pytest.raises(InvalidInput, match="what the review found"):
        clock, settings = world.ctx.clock, world.ctx.settings
        world.run(
            "dpo",
            lambda s, a: apd.review_document(
                s, a, clock, settings, POLICY_DOCUMENT, notes="Fine.", review_due=today()
            ),
        )
    assert fingerprint(world.engine) == before


# --- a disclosure chooses an entry -------------------------------------------------------------


def _set_basis(world: World, ref: str, **changes: Any) -> Any:
    from dataclasses import replace

    clock, settings = world.ctx.clock, world.ctx.settings
    record = replace(SAFEGUARDING_BASIS, **changes)
    return world.run(
        "lead", lambda s, a: use_cases.set_lawful_basis(s, a, clock, settings, ref, record)
    )


def test_the_chosen_entry_must_exist_cover_the_condition_and_be_in_date(world: World) -> None:
    ref = prepare_request(world, special=(SpecialCategory.HEALTH,))
    _add(world, "APD-COUNSELLING")  # covers para 17 only
    before = fingerprint(world.engine)
    with pytest.raises(AppropriatePolicyDocumentMissing, match="no appropriate policy document"):
        _set_basis(world, ref, appropriate_policy_document="APD-NOWHERE")
    with pytest.raises(AppropriatePolicyDocumentNotCovering, match=r"does not cover .*18"):
        _set_basis(world, ref, appropriate_policy_document="APD-COUNSELLING")
    assert fingerprint(world.engine) == before

    shown = _set_basis(world, ref)
    assert shown.lawful_basis["appropriate_policy_document"] == POLICY_DOCUMENT
    # The review date is the register's, copied for the referral's text.
    assert shown.lawful_basis["apd_review_date"] == (today() + timedelta(days=200)).isoformat()

    # Time passes and nobody reviews it: the submission is refused.
    with transaction(world.sessions) as session:
        session.execute(
            update(PolicyDocument)
            .where(PolicyDocument.reference == POLICY_DOCUMENT)
            .values(review_due=today() - timedelta(days=1))
        )
    clock, settings = world.ctx.clock, world.ctx.settings
    with pytest.raises(AppropriatePolicyDocumentOutOfDate, match="out of date"):
        world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    with pytest.raises(AppropriatePolicyDocumentOutOfDate):
        _set_basis(world, ref)


def test_para10_to_a_competent_authority_needs_no_entry(world: World) -> None:
    """Sch 1 para 10(2): the record needs no policy document when the recipient is a competent
    authority; naming none is accepted there and refused for the coordinator."""
    from dataclasses import replace

    from gateway.recipients.models import RecipientKind
    from gateway.recipients.service import register_recipient
    from tests.support import PUBLIC_TASK

    with transaction(world.sessions) as session:
        police = register_recipient(
            session,
            world.actor("admin", session),
            kind=RecipientKind.POLICE_PREVENT_TEAM,
            name="Police Prevent team",
            organisation="Example Police",
            contact="prevent@example.police.uk",
            public_key=None,
            competent_authority=True,
        ).reference
    basis = replace(
        PUBLIC_TASK,
        art10_paragraph=10,
        consent_prejudice_reason="Asking him would alert him before the police can act.",
    )
    clock, settings = world.ctx.clock, world.ctx.settings
    for recipient, refused in ((police, False), (world.recipient_ref, True)):
        ref = prepare_request(world, recipient=recipient, basis=basis)
        with transaction(world.sessions) as session:
            from gateway.disclosures.models import DisclosureItem, DisclosureRequest

            request = session.scalar(
                select(DisclosureRequest).where(DisclosureRequest.reference == ref)
            )
            assert request is not None
            session.execute(
                update(DisclosureItem)
                .where(DisclosureItem.request_id == request.id)
                .values(criminal_offence=True)
            )
        if refused:
            with pytest.raises(AppropriatePolicyDocumentMissing, match="paragraph 10 needs"):
                world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
        else:
            world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))


def test_keep_until_follows_the_last_released_disclosure(world: World) -> None:
    clock, settings = world.ctx.clock, world.ctx.settings
    row = world.run("auditor", lambda s, a: apd.list_documents(s, a, clock, settings))[0]
    assert (row.disclosures, row.last_disclosed_on, row.keep_until) == (0, None, None)
    ref = prepare_request(world, basis=SAFEGUARDING_BASIS, special=(SpecialCategory.HEALTH,))
    world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    sha = content_sha256(world, ref)
    world.run("dpo", lambda s, a: use_cases.approve(s, a, clock, settings, ref, sha))
    # Approved is not yet disclosed.
    row = world.run("auditor", lambda s, a: apd.list_documents(s, a, clock, settings))[0]
    assert row.disclosures == 0
    world.run(
        "lead",
        lambda s, a: use_cases.release(
            s, a, clock, settings, ref, keyring=world.ctx.keyring, log=world.log()
        ),
    )
    row = world.run("auditor", lambda s, a: apd.list_documents(s, a, clock, settings))[0]
    released_on = clock.today()
    assert row.disclosures == 1
    assert row.last_disclosed_on is not None
    assert abs((row.last_disclosed_on - released_on).days) <= 1  # London day vs UTC day
    assert row.keep_until == domain.keep_until(row.last_disclosed_on)


# --- the doors ----------------------------------------------------------------------------------


@pytest.fixture
def web(database_url: str, tmp_path: Path) -> Iterator[WebWorld]:
    w = make_world(database_url, tmp_path)
    yield w
    w.ctx.close()


def _body(reference: str, **changes: Any) -> dict[str, Any]:
    return {
        "reference": reference,
        "title": "Appropriate policy document: Channel panels",
        "content": DEMO_POLICY_SECTIONS,
        "conditions": ["dpa2018.sch1.para18"],
        "review_due": (today() + timedelta(days=90)).isoformat(),
        **changes,
    }


def test_the_api_adds_reads_and_reviews(web: WebWorld) -> None:
    client = web.client()
    dpo, auditor = web.headers(Role.DPO), web.headers(Role.AUDITOR)
    added = client.post(f"{P}/policy-documents", headers=dpo, json=_body("APD-CH-1"))
    assert added.status_code == 201, added.text
    assert added.json()["summary"]["conditions"][0]["code"] == "dpa2018.sch1.para18"
    listed = client.get(f"{P}/policy-documents", headers=auditor)
    assert {r["reference"] for r in listed.json()} == {"APD-2026-01", "APD-CH-1"}
    shown = client.get(f"{P}/policy-documents/APD-CH-1", headers=auditor).json()
    assert [s["field"] for s in shown["current"]["sections"]] == list(domain.SECTION_FIELDS)

    refused = client.post(f"{P}/policy-documents", headers=auditor, json=_body("APD-CH-2"))
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("application/problem+json")
    short = client.post(
        f"{P}/policy-documents",
        headers=dpo,
        json=_body("APD-CH-2", content={**DEMO_POLICY_SECTIONS, "accountability": "The DPO."}),
    )
    assert short.status_code == 422 and "Accountability" in short.json()["detail"]
    assert short.json()["hint"]
    # The refused attempt wrote nothing but its access-log row.
    with transaction(web.ctx.sessions) as session:
        assert (
            session.scalar(select(PolicyDocument).where(PolicyDocument.reference == "APD-CH-2"))
            is None
        )
        refusals = [
            (e.action, e.object_ref, e.refused_rule)
            for e in session.scalars(
                select(AccessEvent).where(AccessEvent.refused_rule.is_not(None))
            )
        ]
    # The auditor's attempt (refused by the door's role check) and the DPO's short text.
    assert sorted(refusals) == [
        ("apd.add", "APD-CH-2", "invalid-input"),
        ("apd.add", "APD-CH-2", "not-permitted"),
    ]

    reviewed = client.post(
        f"{P}/policy-documents/APD-CH-1/reviews",
        headers=dpo,
        json={
            "notes": "Reviewed with the Channel chair: para 10 added for police attendance.",
            "review_due": (today() + timedelta(days=365)).isoformat(),
            "conditions": ["10", "18"],
        },
    )
    assert reviewed.status_code == 200, reviewed.text
    assert reviewed.json()["summary"]["version"] == 2
    missing = client.get(f"{P}/policy-documents/APD-NONE", headers=auditor)
    assert missing.status_code == 404


def test_the_api_refuses_a_disclosure_naming_an_entry_that_does_not_cover_it(
    web: WebWorld,
) -> None:
    install_dpia(web)
    case_ref = referral_case(web)
    client, lead = web.client(), web.headers(LEAD)
    assert (
        client.post(
            f"{P}/policy-documents",
            headers=web.headers(Role.DPO),
            json=_body("APD-P17", conditions=["17"]),
        ).status_code
        == 201
    )
    ref = client.post(
        f"{P}/disclosures",
        headers=lead,
        json={
            "case_reference": case_ref,
            "recipient_reference": web.recipient,
            "purpose": "Assessment by the Regional Prevent Coordinator.",
        },
    ).json()["reference"]
    basis = {
        **BASIS,
        "art9_condition": "art9.2.g",
        "schedule1_paragraph": 18,
        "at_risk_justification": "The student is at risk of being drawn into terrorism.",
        "consent_not_sought_reason": "Seeking consent would alert those grooming him.",
    }
    wrong = client.put(
        f"{P}/disclosures/{ref}/lawful-basis",
        headers=lead,
        json={**basis, "appropriate_policy_document": "APD-P17"},
    )
    assert wrong.status_code == 422
    assert wrong.json()["code"] == "appropriate-policy-document-not-covering"
    # A review date sent with it is not the API's to give: the register's is recorded.
    ok = client.put(
        f"{P}/disclosures/{ref}/lawful-basis",
        headers=lead,
        json={
            **basis,
            "appropriate_policy_document": "APD-2026-01",
            "apd_review_date": "2030-01-01",
        },
    )
    assert ok.status_code == 200, ok.text
    recorded = ok.json()["lawful_basis"]
    assert recorded["appropriate_policy_document"] == "APD-2026-01"
    assert recorded["apd_review_date"] == (today() + timedelta(days=200)).isoformat()


def _cli(web: WebWorld, role: Role, args: list[str]) -> Any:
    settings = web.ctx.settings
    env = {
        "PREVENT_GATEWAY_DATA_DIR": str(settings.data_dir),
        "PREVENT_GATEWAY_DATABASE_URL": str(settings.database_url),
        "PREVENT_GATEWAY_TOKEN": web.tokens[role],
    }
    return CliRunner().invoke(cli_app, [*args, "--as", web.username(role)], env=env)


def test_the_command_line_adds_lists_shows_and_reviews(web: WebWorld, tmp_path: Path) -> None:
    sections = tmp_path / "apd.toml"
    sections.write_text(
        "\n".join(f'{k} = """{v}"""' for k, v in DEMO_POLICY_SECTIONS.items()), encoding="utf-8"
    )
    due = (today() + timedelta(days=120)).isoformat()
    added = _cli(
        web,
        Role.DPO,
        [
            "apd",
            "add",
            "APD-CLI-1",
            "--title",
            "Safeguarding sharing",
            "--content",
            str(sections),
            "--condition",
            "18",
            "--review-due",
            due,
        ],
    )
    assert added.exit_code == 0, added.output
    assert "APD-CLI-1: Safeguarding sharing (version 1)" in added.output

    listed = _cli(web, Role.AUDITOR, ["apd", "list"])
    assert listed.exit_code == 0 and "APD-CLI-1" in listed.output and "in date" in listed.output
    shown = _cli(web, Role.AUDITOR, ["apd", "show", "APD-CLI-1", "--json"])
    assert json.loads(shown.output)["summary"]["keep_until"] is None

    notes = tmp_path / "notes.txt"
    notes.write_text("Reviewed against the new safeguarding procedure; unchanged.", "utf-8")
    reviewed = _cli(
        web,
        Role.DPO,
        ["apd", "review", "APD-CLI-1", "--notes", str(notes), "--review-due", due],
    )
    assert reviewed.exit_code == 0, reviewed.output
    full = _cli(web, Role.DPO, ["apd", "show", "APD-CLI-1"])
    assert "Reviewed against the new safeguarding procedure" in full.output
    assert "Retention and erasure (Sch 1 para 39(b))" in full.output

    refused = _cli(
        web,
        Role.AUDITOR,
        ["apd", "review", "APD-CLI-1", "--notes", str(notes), "--review-due", due],
    )
    assert refused.exit_code != 0 and isinstance(refused.exception, NotPermitted)
    bad = _cli(
        web,
        Role.DPO,
        [
            "apd",
            "add",
            "APD-CLI-2",
            "--title",
            "t",
            "--content",
            str(sections),
            "--condition",
            "29",
            "--review-due",
            due,
        ],
    )
    assert bad.exit_code != 0 and isinstance(bad.exception, InvalidInput)
    assert "needs an appropriate policy document" in bad.exception.message
    assert bad.exception.hint


def test_the_pages_list_show_add_and_review(web: WebWorld) -> None:
    browser = web.client()
    web.login(browser, Role.DPO)
    home = browser.get("/")
    assert 'href="/policy-documents"' in home.text
    form = browser.get("/policy-documents/new")
    assert form.status_code == 200
    due = (today() + timedelta(days=60)).isoformat()
    data: dict[str, Any] = {
        "csrf_token": csrf_of(form.text),
        "reference": "APD-WEB-1",
        "title": "Appropriate policy document: police liaison",
        "conditions": ["10"],
        "review_due": due,
        **DEMO_POLICY_SECTIONS,
    }
    short = browser.post("/policy-documents", data={**data, "accuracy": "Yes."})
    assert short.status_code == 422
    assert "too short" in short.text and "police liaison" in short.text  # what was typed
    done = browser.post("/policy-documents", data=data)
    assert done.status_code == 303 and done.headers["location"] == "/policy-documents/APD-WEB-1"
    page = browser.get("/policy-documents/APD-WEB-1")
    assert "Para 10" in page.text or "para 10" in page.text
    assert "Review this document" in page.text

    review = browser.get("/policy-documents/APD-WEB-1/review")
    assert review.status_code == 200
    revised = browser.post(
        "/policy-documents/APD-WEB-1/review",
        data={
            **data,
            "csrf_token": csrf_of(review.text),
            "conditions": ["10", "18"],
            "notes": "Extended to safeguarding after the review with Student Support.",
        },
    )
    assert revised.status_code == 303, revised.text
    listing = browser.get("/policy-documents")
    assert "APD-WEB-1" in listing.text and "Extended" not in listing.text

    auditor = web.client()
    web.login(auditor, Role.AUDITOR)
    assert auditor.get("/policy-documents").status_code == 200
    shown = auditor.get("/policy-documents/APD-WEB-1")
    assert "Extended to safeguarding" in shown.text and "Review this document" not in shown.text
    assert auditor.get("/policy-documents/new").status_code == 403


def test_the_lawful_basis_form_offers_the_register_and_refuses_an_entry_that_does_not_cover(
    web: WebWorld,
) -> None:
    from tests.test_redaction_gate import draft

    ref = draft(web)
    assert (
        web.client()
        .post(
            f"{P}/policy-documents",
            headers=web.headers(Role.DPO),
            json=_body("APD-P17", conditions=["17"]),
        )
        .status_code
        == 201
    )
    browser = web.client()
    web.login(browser, LEAD)
    form = browser.get(f"/disclosures/{ref}/lawful-basis")
    assert '<option value="APD-2026-01"' in form.text and "covers para 10, 18" in form.text
    assert 'name="apd_review_date"' not in form.text  # never typed
    data = {
        **{k: ("yes" if v is True else "no" if v is False else v) for k, v in BASIS.items()},
        "csrf_token": csrf_of(form.text),
        "art9_condition": "art9.2.g",
        "schedule1_paragraph": "18",
        "at_risk_justification": "The student is at risk of being drawn into terrorism.",
        "consent_not_sought_reason": "Seeking consent would alert those grooming him.",
        "appropriate_policy_document": "APD-P17",
    }
    refused = browser.post(f"/disclosures/{ref}/lawful-basis", data=data)
    assert refused.status_code == 422
    assert "does not cover Schedule 1 paragraph 18" in refused.text
    done = browser.post(
        f"/disclosures/{ref}/lawful-basis",
        data={**data, "appropriate_policy_document": "APD-2026-01"},
    )
    assert done.status_code == 303, done.text


def test_the_dpo_dashboard_lists_entries_due_for_review(web: WebWorld) -> None:
    client = web.client()
    dpo = {"Authorization": f"Bearer {web.tokens[Role.DPO]}"}
    soon = (today() + timedelta(days=10)).isoformat()
    later = (today() + timedelta(days=200)).isoformat()
    for reference, due in (("APD-SOON", soon), ("APD-LATER", later)):
        added = client.post(
            f"{P}/policy-documents", headers=dpo, json=_body(reference, review_due=due)
        )
        assert added.status_code == 201, added.text
    browser = web.client()
    web.login(browser, Role.DPO)
    home = browser.get("/").text
    assert "Policy documents to review" in home
    assert 'href="/policy-documents/APD-SOON/review"' in home
    assert "APD-LATER" not in home
    # The Prevent Lead reads the register but does not keep it: no such queue.
    lead = web.client()
    web.login(lead, Role.PREVENT_LEAD)
    assert "Policy documents to review" not in lead.get("/").text
