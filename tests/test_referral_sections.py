"""The referral's sections agree: section 6 (discussion with the Regional Prevent Coordinator)
is written from the same records section 9 quotes, so it never says no discussion is recorded
while the chronology shows one."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.actor import Actor
from gateway.cases.service import RPC_DISCUSSION, load_case, record_rpc_discussion
from gateway.disclosures import use_cases
from gateway.disclosures.referral import referral_content
from gateway.disclosures.service import get_request
from gateway.timeutil import long_date
from tests.support import World, build_world, prepare_request


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def _content(world: World, ref: str) -> object:
    settings = world.ctx.settings
    return world.run("dpo", lambda s, a: referral_content(s, get_request(s, ref), settings))


def test_no_discussion_recorded_says_so(world: World) -> None:
    ref = prepare_request(world)
    content = _content(world, ref)
    assert content.rpc_discussion == (  # type: ignore[attr-defined]
        "No prior discussion with the Regional Prevent Coordinator is recorded."
    )


def test_a_recorded_discussion_quoted_in_section_9_is_named_in_section_6(world: World) -> None:
    clock, settings = world.ctx.clock, world.ctx.settings
    on = clock.today()

    def discuss(session: object, actor: Actor) -> int:
        record_rpc_discussion(session, actor, world.case_ref, on=on, now=clock.now())  # type: ignore[arg-type]
        case = load_case(session, world.case_ref)  # type: ignore[arg-type]
        return max(e.sequence for e in case.events if e.kind == RPC_DISCUSSION)

    sequence = world.run("lead", discuss)
    ref = prepare_request(world)
    world.run("lead", lambda s, a: use_cases.add_item(
        s, a, clock, settings, ref, from_case=f"event:{sequence}", special_categories=[],
        criminal_offence=False))
    content = _content(world, ref)
    section_9 = " ".join(n.text for n in content.chronology)  # type: ignore[attr-defined]
    assert "Regional Prevent Coordinator" in section_9 and long_date(on) in section_9
    section_6 = content.rpc_discussion  # type: ignore[attr-defined]
    assert "No prior discussion" not in section_6
    assert f"Discussed with the Regional Prevent Coordinator before this referral on " \
        f"{long_date(on)}." in section_6
    assert "chronology below (section 9)" in section_6


def test_the_referrers_work_contact_is_part_of_the_approved_content(world: World) -> None:
    """Given on the request, the e-mail and telephone are in the referral's section 2 and in its
    content hash: a change after approval sends the request back to draft."""
    from gateway.disclosures.domain import DisclosureStatus
    from gateway.errors import InvalidInput
    from tests.support import content_sha256

    clock, settings = world.ctx.clock, world.ctx.settings
    ref = prepare_request(world)
    world.run("lead", lambda s, a: use_cases.set_referrer_contact(
        s, a, clock, settings, ref, email="prevent.lead@example.ac.uk",
        telephone="0151 000  0000"))
    content = _content(world, ref)
    referrer = content.referrer  # type: ignore[attr-defined]
    assert (referrer.email, referrer.telephone) == ("prevent.lead@example.ac.uk", "0151 000 0000")
    approval = world.run("dpo", lambda s, a: use_cases.approval(s, a, clock, settings, ref))
    assert "prevent.lead@example.ac.uk, 0151 000 0000" in approval.referrer
    world.run("lead", lambda s, a: use_cases.submit(s, a, clock, settings, ref))
    before = content_sha256(world, ref)
    world.run("dpo", lambda s, a: use_cases.approve(s, a, clock, settings, ref, before))
    world.run("lead", lambda s, a: use_cases.set_referrer_contact(
        s, a, clock, settings, ref, email="prevent.team@example.ac.uk", telephone=None))
    view = world.run("lead", lambda s, a: use_cases.read(s, a, clock, settings, ref))
    assert view.status is DisclosureStatus.DRAFT
    assert view.referrer_email == "prevent.team@example.ac.uk" and view.referrer_telephone is None
    assert content_sha256(world, ref) != before
    # Not an address or a number: refused, saying what to give; nothing changed.
    for email, telephone, words in (("prevent.lead", None, "not an e-mail address"),
                                    (None, "call me", "not a telephone number")):
        with pytest.raises(InvalidInput, match=words):
            world.run("lead", lambda s, a, e=email, t=telephone: use_cases.set_referrer_contact(
                s, a, clock, settings, ref, email=e, telephone=t))
    view = world.run("lead", lambda s, a: use_cases.read(s, a, clock, settings, ref))
    assert view.referrer_email == "prevent.team@example.ac.uk"


def test_the_referral_pdf_prints_the_referrers_contact(world: World) -> None:
    import io

    from pypdf import PdfReader

    from gateway.packages import render_referral_pdf

    clock, settings = world.ctx.clock, world.ctx.settings
    ref = prepare_request(world)
    world.run("lead", lambda s, a: use_cases.set_referrer_contact(
        s, a, clock, settings, ref, email="prevent.lead@example.ac.uk",
        telephone="+44 151 000 0000"))
    pdf = render_referral_pdf(_content(world, ref))  # type: ignore[arg-type]
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())
    assert "Email prevent.lead@example.ac.uk" in text and "Telephone +44 151 000 0000" in text
