"""Every data item answered (Art 9 categories or none, criminal offence data yes/no), the
suggestion made from its text, and a reason for answering less than the suggestion."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from gateway.cli.main import app
from gateway.demo import CONCERN_1, VULNERABILITIES
from gateway.disclosures import use_cases
from gateway.disclosures.domain import ItemKind
from gateway.disclosures.lawful_basis import SpecialCategory as C
from gateway.disclosures.suggest import parse_special, suggest
from gateway.errors import InvalidInput
from tests.support import (
    BELOW_SUGGESTION_REASON,
    World,
    build_world,
    content_sha256,
    fingerprint,
)
from tests.test_disclosure_cli import env_of

R = C.RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS
P = C.POLITICAL_OPINIONS
E = C.RACIAL_OR_ETHNIC_ORIGIN
H = C.HEALTH
S = C.SEX_LIFE_OR_ORIENTATION
T = C.TRADE_UNION_MEMBERSHIP
G = C.GENETIC
B = C.BIOMETRIC

#: (phrase, special categories suggested, criminal offence data suggested)
TABLE: list[tuple[str, set[C], bool]] = [
    ("He shared a video from a proscribed organisation in the chat.", {P}, True),
    ("She disclosed self-harm and an eating disorder and takes sertraline.", {H}, False),
    ("He has been attending a new mosque and talks about converting his friends.", {R}, False),
    ("He said the far right are the only ones telling the truth.", {P}, False),
    ("Posted neo-Nazi stickers around campus.", {P}, False),
    ("Appears to be becoming radicalised by online content.", {P}, False),
    ("Expressed support for a terrorist attack in Manchester.", {P}, True),
    ("Talked about jihad and martyrdom with classmates.", {P}, False),
    ("Has been struggling with depression and anxiety since September.", {H}, False),
    ("Was admitted to hospital after an overdose.", {H}, False),
    ("Her GP has prescribed medication for psychosis.", {H}, False),
    ("Diagnosed with autism and ADHD in year 9.", {H}, False),
    ("He told his tutor he is gay and his family do not know.", {S}, False),
    ("Discussed his sexuality and a sexual relationship with another student.", {S}, False),
    ("She is a UCU trade union rep and organised the picket.", {T}, False),
    ("Said he was targeted because he is Black and of Somali heritage.", {E}, False),
    ("Made comments about people's ethnicity and race in a seminar.", {E}, False),
    ("His DNA and genetic test results were discussed.", {G}, False),
    ("The building logs his fingerprint and facial recognition at entry.", {B}, False),
    ("He was arrested last year and charged with assault.", set(), True),
    ("Has a previous conviction for theft and was sentenced to community service.", set(), True),
    ("Was cautioned by the police for possession of a knife.", set(), True),
    ("Talked about getting a weapon and making a bomb.", set(), True),
    ("The police are investigating an alleged offence of harassment.", set(), True),
    ("He prays at the church near the station and reads the Bible.", {R}, False),
    ("A Sikh student reported hostility from the group.", {R}, False),
    ("Circulated an extremist manifesto praising the Christchurch attacker.", {P}, False),
    ("Posted Islamist propaganda and said he wants to fight.", {P}, False),
    ("Is an atheist and argues that all religion is poison.", {R}, False),
    ("Missed four seminars this term and did not submit coursework.", set(), False),
    ("Asked for an extension on the essay deadline.", set(), False),
    ("Took part in a protest and posted about the election.", {P}, False),
    ("He has been in custody since the weekend awaiting a court date.", set(), True),
]


@pytest.mark.parametrize(("phrase", "special", "criminal"), TABLE)
def test_the_suggestion_table(phrase: str, special: set[C], criminal: bool) -> None:
    got = suggest(phrase)
    assert got.special_categories == frozenset(special), got.because
    assert got.criminal_offence is criminal, got.because


def test_the_table_is_large_enough() -> None:
    assert len(TABLE) >= 30


def test_the_demo_concern_reads_as_political_and_an_alleged_offence() -> None:
    got = suggest(CONCERN_1.format(d1="4 December 2026"))
    assert got.special_categories == {P}
    assert got.criminal_offence
    assert suggest(VULNERABILITIES).special_categories == {H}


def test_answers_are_read_as_typed() -> None:
    assert parse_special(["none"]) == frozenset()
    assert parse_special(["health,religion"]) == {H, R}
    assert parse_special(["political_opinions"]) == {P}
    for wrong in ([], [""], ["none,health"], ["healthy"]):
        with pytest.raises(InvalidInput):
            parse_special(wrong)


@pytest.fixture
def world(engine: Engine, tmp_path: Path) -> World:
    return build_world(engine, tmp_path)


def _draft(world: World) -> str:
    clock, settings = world.ctx.clock, world.ctx.settings
    return str(
        world.run(
            "lead",
            lambda s, a: use_cases.create(
                s,
                a,
                clock,
                settings,
                case_reference=world.case_ref,
                recipient_reference=world.recipient_ref,
                purpose="Referral for assessment by the Regional Prevent Coordinator.",
            ).reference,
        )
    )


def _add(world: World, ref: str, **answers: object) -> object:
    clock, settings = world.ctx.clock, world.ctx.settings
    return world.run(
        "lead",
        lambda s, a: use_cases.add_item(
            s, a, clock, settings, ref, from_case=f"concern:{world.concern_id}", **answers
        ),
    )


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        ({"criminal_offence": True}, "special categories"),
        ({"special_categories": [P]}, "criminal offence data (yes or no)"),
        ({"special_categories": [], "criminal_offence": False}, "political opinions"),
        ({"special_categories": [P], "criminal_offence": False}, "criminal offence data"),
        (
            {"special_categories": [], "criminal_offence": True,
             "below_suggestion_reason": "Not political."},
            "at least 40 characters",
        ),
    ],
)
def test_an_item_without_answers_or_below_the_suggestion_without_reason_is_refused(
    world: World, answers: dict[str, object], words: str
) -> None:
    ref = _draft(world)
    before = fingerprint(world.engine)
    with pytest.raises(InvalidInput) as caught:
        _add(world, ref, **answers)
    assert words in str(caught.value)
    assert fingerprint(world.engine) == before


def test_the_dpo_sees_answer_suggestion_and_reason(world: World) -> None:
    ref = _draft(world)
    _add(world, ref, special_categories=[P], criminal_offence=True)
    _add(
        world,
        ref,
        special_categories=[],
        criminal_offence=False,
        below_suggestion_reason=BELOW_SUGGESTION_REASON,
    )
    clock, settings = world.ctx.clock, world.ctx.settings
    view = world.run("lead", lambda s, a: use_cases.read(s, a, clock, settings, ref))
    first, second = view.items
    assert first.suggested_special_categories == ["political_opinions"]
    assert first.suggested_criminal_offence and first.below_suggestion_reason is None
    assert second.special_categories == [] and not second.criminal_offence
    assert second.below_suggestion_reason == BELOW_SUGGESTION_REASON
    content_sha256(world, ref)  # the DPO can read it
    approval = world.run("dpo", lambda s, a: use_cases.approval(s, a, clock, settings, ref))
    assert approval.items[1].suggested == "political opinions, criminal offence data"
    assert approval.items[1].below_suggestion_reason == BELOW_SUGGESTION_REASON
    shown = world.cli().invoke(
        app, ["disclosure", "show", ref, "--as", "dpo"], env=env_of(world)
    )
    assert shown.exit_code == 0, shown.output
    assert "Suggested from the text: political opinions, criminal offence data" in shown.output
    assert "special categories none; criminal offence data no" in shown.output
    assert BELOW_SUGGESTION_REASON[:40] in shown.output.replace("\n", " ")


def test_an_edited_text_is_suggested_again_and_checked(world: World) -> None:
    ref = _draft(world)
    clock, settings = world.ctx.clock, world.ctx.settings
    world.run(
        "lead",
        lambda s, a: use_cases.add_item(
            s, a, clock, settings, ref, kind=ItemKind.NOTE, label="Note",
            text="Missed four seminars.", special_categories=[], criminal_offence=False,
        ),
    )
    with pytest.raises(InvalidInput, match="health"):
        world.run(
            "lead",
            lambda s, a: use_cases.edit_item(
                s, a, clock, settings, ref, 1, text="Missed seminars; says he is depressed."
            ),
        )
    view = world.run(
        "lead",
        lambda s, a: use_cases.edit_item(
            s, a, clock, settings, ref, 1, text="Missed seminars; says he is depressed.",
            special_categories=[H],
        ),
    )
    assert view.items[0].suggested_special_categories == ["health"]


def test_the_cli_needs_both_answers(world: World) -> None:
    ref = _draft(world)
    cli = world.cli()
    base = ["disclosure", "add-item", ref, "--from-case", f"concern:{world.concern_id}"]
    env = env_of(world)
    missing = cli.invoke(app, [*base, "--criminal-offence", "yes", "--as", "lead"], env=env)
    assert missing.exit_code != 0 and "--special" in missing.output
    below = cli.invoke(
        app, [*base, "--special", "none", "--criminal-offence", "no", "--as", "lead"], env=env
    )
    assert isinstance(below.exception, InvalidInput)
    assert "political opinions" in below.exception.message
    added = cli.invoke(
        app,
        [*base, "--special", "political", "--criminal-offence", "yes", "--as", "lead"],
        env=env,
    )
    assert added.exit_code == 0, added.output
    assert "Suggested from the text: political opinions, criminal offence data" in added.output


def test_the_data_items_page_assumes_nothing_and_needs_both_answers(
    database_url: str, tmp_path: Path
) -> None:
    import html
    import re

    from tests.test_api_flow import LEAD, P
    from tests.test_redaction_gate import draft
    from tests.test_web_world import make_world

    web_world = make_world(database_url, tmp_path)
    try:
        ref = draft(web_world)
        client = web_world.client()
        csrf = web_world.login(client, LEAD)
        page = client.get(f"/disclosures/{ref}/items")
        assert page.status_code == 200
        # The case's records are labelled in words, never by their codes.
        assert "(case opened)" in page.text and "case_opened" not in page.text
        # Nothing ticked beforehand for the written item's answers.
        for name in ("free_special", "free_criminal"):
            inputs = re.findall(rf'<input[^>]*name="{name}"[^>]*>', page.text)
            assert inputs and not any("checked" in i for i in inputs)
        form = {
            "csrf_token": csrf,
            "free_kind": "note",
            "free_label": "Call",
            "free_text": "His GP says he is taking sertraline.",
        }
        refused = client.post(f"/disclosures/{ref}/items", data=form)
        assert "special categories" in html.unescape(refused.text)
        below = client.post(
            f"/disclosures/{ref}/items",
            data={**form, "free_special": "none", "free_criminal": "no"},
        )
        assert "reads as health" in html.unescape(below.text)
        lead = web_world.headers(LEAD)
        assert len(client.get(f"{P}/disclosures/{ref}", headers=lead).json()["items"]) == 1
        added = client.post(
            f"/disclosures/{ref}/items",
            data={**form, "free_special": "health", "free_criminal": "no"},
        )
        assert added.status_code in (200, 303), added.text
        items = client.get(f"{P}/disclosures/{ref}", headers=lead).json()["items"]
        assert items[1]["special_categories"] == ["health"]
        assert items[1]["suggested_special_categories"] == ["health"]
    finally:
        web_world.ctx.close()
