"""`prevent-gateway demo`: a fictional case taken through every step, then verified offline.

Everything here is invented. It runs on the real services, database, keys and log, so what it
prints is what the product does.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gateway.actor import Actor
from gateway.auth.identity import CliCredential
from gateway.config import Settings
from gateway.context import AppContext

Say = Callable[[str, str], None]

STUDENT_ID = "S2034178"
STUDENT = "Amir Hassan"

CONCERN_1 = (
    "In the live seminar for module PSY204 on {d1}, Amir Hassan posted a link to a video from a "
    "proscribed organisation and wrote 'action is coming, this weekend you will see'. "
    "Piotr Król (another student) messaged me privately to say he was frightened. I am "
    "Grace Mitchell, Associate Tutor; you can reach me on 07700 900123."
)
CONCERN_2 = (
    "Student Support: Hope Adeyemi (student, VLE username hadeyemi7) told us on {d2} that Amir "
    "has been sharing material in a Telegram group run by @dark_fox99 and talking about "
    "'getting equipment'. Hope asked not to be named. Logged by Mark Brown, Student Support."
)
VULNERABILITIES = (
    "Amir told his tutor in October that he has been struggling with depression since his "
    "father's illness and has stopped attending his GP appointments."
)


#: The file the demo writes its fictional users' API tokens to, in its data directory.
DEMO_TOKENS_FILE = "demo-tokens.json"


@dataclass
class DemoResult:
    data_dir: Path
    disclosure: str
    package_path: Path
    package_checks: list[str]
    log_size: int
    log_root: str
    tokens_path: Path


def _proof(ctx: AppContext, token: str) -> CliCredential:
    """An API token, proven inside each step's transaction as a command line's is."""
    return CliCredential(token=token, clock=ctx.clock)


def _act(ctx: AppContext, token: str, work: Callable[[Any, Actor], Any]) -> Any:
    """Several steps as the token's account in one unit of work, as a door runs a use case."""

    def steps(session: Any, actor: Actor, _clock: Any, _settings: Any) -> Any:
        return work(session, actor)

    return ctx.work().run(_proof(ctx, token), steps)


def _write_demo_tokens(data_dir: Path, tokens: dict[str, str]) -> Path:
    """The fictional users' API tokens, for scripts that act as them (0600, marked demo-only)."""
    import json

    from gateway.keys.files import write_private_file

    path = data_dir / DEMO_TOKENS_FILE
    document = {
        "demo_only": True,
        "warning": "API tokens of the fictional users of a throwaway demo installation. "
        "Never use them, or this file, anywhere else.",
        "data_dir": str(data_dir.resolve()),
        "tokens": tokens,
    }
    write_private_file(path, (json.dumps(document, indent=2) + "\n").encode("utf-8"))
    return path


def run_demo(data_dir: Path | None, database_url: str | None, say: Say) -> DemoResult:
    from gateway.auth.service import issue_token
    from gateway.cases import use_cases as cases
    from gateway.cases.domain import (
        ConcernSource,
        DecisionInput,
        Outcome,
        PersonRole,
        ReferralGround,
        Seriousness,
        SubjectDetails,
    )
    from gateway.disclosures import use_cases as disclosures
    from gateway.disclosures.domain import ItemKind, entity_name
    from gateway.disclosures.lawful_basis import (
        Art6Basis,
        Art9Condition,
        ConsentNotSoughtGround,
        LawfulBasisRecord,
        SpecialCategory,
    )
    from gateway.installation import initialise
    from gateway.keys import generate_recipient_keypair
    from gateway.recipients.models import RecipientKind
    from gateway.recipients.service import register_recipient
    from gateway.timeutil import long_date
    from gateway.users.domain import Role
    from gateway.users.service import create_user

    if data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="prevent-gateway-demo-"))
    settings = Settings(
        data_dir=data_dir,
        database_url=database_url,
        organisation_name="Example Online University (fictional)",
        log_origin="demo.example.ac.uk/prevent-sharing-log",
    )
    _refuse_used_database(settings)

    done = initialise(
        settings,
        admin_username="admin",
        admin_name="Demo Administrator",
        admin_staff_id="EOU-0001",
        demo=True,
    )
    say("Set-up", done.summary)
    assert done.setup_token is not None  # a new installation: the administrator was just made
    from gateway.db import make_engine

    ctx = AppContext(settings=settings, engine=make_engine(settings.resolved_database_url))
    try:
        # Each account belongs to a person, named by their (fictional) staff number.
        people = {
            "r.okafor": (
                "Dr Ruth Okafor (Director of Quality and Student Services)",
                Role.PREVENT_LEAD,
                "EOU-1042",
            ),
            "j.wells": ("James Wells (Chief Operating Officer)", Role.SMT_MEMBER, "EOU-1007"),
            "s.patel": ("Sunita Patel (Data Protection Officer)", Role.DPO, "EOU-1133"),
            "g.mitchell": ("Grace Mitchell (Associate Tutor)", Role.TUTOR, "EOU-AT0042"),
            "m.brown": ("Mark Brown (Student Support Team)", Role.STUDENT_SUPPORT, "EOU-2210"),
            "a.auditor": ("Internal Audit", Role.AUDITOR, "EOU-3001"),
        }

        def create_people(s: Any, a: Actor) -> dict[str, str]:
            for u, (n, r, p) in people.items():
                create_user(s, username=u, display_name=n, role=r, staff_id=p, actor=a)
            # Every step below proves who acts with that person's token, as the command line
            # does; the demo hands out its fictional users' tokens itself.
            return {u: issue_token(s, None, u, "demo").token for u in ["admin", *people]}

        tokens: dict[str, str] = _act(ctx, done.setup_token, create_people)
        tokens_path = _write_demo_tokens(data_dir, tokens)
        say(
            "Users",
            "Prevent Lead, SMT member, DPO, tutor, support officer and auditor created, each "
            "for a person (staff number): separation of duties is between people; their API "
            f"tokens (demo only) written to {tokens_path}.",
        )

        def as_(username: str) -> CliCredential:
            return _proof(ctx, tokens[username])

        keys_dir = data_dir / "recipient-keys"
        keys_dir.mkdir(mode=0o700, exist_ok=True)
        private_pem, public_text = generate_recipient_keypair("Regional Prevent Coordinator")
        private_key_path = keys_dir / "rpc-north-west.key.pem"
        private_key_path.touch(mode=0o600)
        private_key_path.write_bytes(private_pem)
        recipient_ref = _act(
            ctx,
            tokens["admin"],
            lambda s, a: (
                register_recipient(
                    s,
                    a,
                    kind=RecipientKind.REGIONAL_PREVENT_COORDINATOR,
                    name="Regional Prevent Coordinator (fictional)",
                    organisation="North West Prevent",
                    contact="rpc.northwest@example.gov.uk",
                    public_key=public_text,
                ).reference
            ),
        )
        say(
            "Recipient",
            f"{recipient_ref} registered with their X25519 public key "
            f"(their private key stays with them: {private_key_path}).",
        )

        _act(ctx, tokens["s.patel"], lambda s, a: _install_dpia(s, a, ctx))
        say(
            "DPIA",
            "DPIAs for recording concerns and for Prevent information sharing prepared from "
            "their templates, advised by the DPO and approved by the SMT: in force for 12 "
            "months.",
        )

        clock = ctx.clock
        today = clock.today()
        from gateway.apd import use_cases as apd

        ctx.work().run(
            as_("s.patel"),
            apd.add_document,
            DEMO_POLICY_DOCUMENT,
            title="Appropriate policy document: Prevent information sharing (fictional)",
            content=DEMO_POLICY_SECTIONS,
            conditions=["10", "18"],
            review_due=today + timedelta(days=240),
        )
        say(
            "Policy document",
            f"{DEMO_POLICY_DOCUMENT} added to the register by the DPO: its DPA 2018 Sch 1 para 39 "
            "content, covering Sch 1 paras 10 and 18, next review in 240 days.",
        )
        d1 = long_date(today - timedelta(days=3))
        d2 = long_date(today - timedelta(days=2))
        subject = SubjectDetails(
            student_id=STUDENT_ID,
            name=STUDENT,
            date_of_birth=date(2004, 3, 14),
            address="14 Elm Road, Leeds LS6 2AB",
        )
        work = ctx.work()
        first = work.run(
            as_("g.mitchell"),
            cases.raise_concern,
            subject,
            ConcernSource.ASSOCIATE_TUTOR,
            CONCERN_1.format(d1=d1),
            observed_on=today - timedelta(days=3),
        )
        second = work.run(
            as_("m.brown"),
            cases.raise_concern,
            subject,
            ConcernSource.STUDENT_VIA_SUPPORT_TEAM,
            CONCERN_2.format(d2=d2),
            observed_on=today - timedelta(days=2),
            reported_by_name="Hope Adeyemi",
        )

        def find_case(s: Any, a: Actor) -> tuple[str, dict[str, int]]:
            # Those who raised the concerns were told only the concerns' references; the
            # Prevent Lead finds them on the student's case.
            summary = next(
                c for c in cases.list_cases(s, a, clock, settings) if c.subject_name == STUDENT
            )
            case = cases.read_case(s, a, clock, settings, summary.reference)
            return case.reference, {c.reference: c.id for c in case.concerns}

        case_ref, concern_ids = _act(ctx, tokens["r.okafor"], find_case)
        c1 = (concern_ids[first.reference], first.reference)
        c2 = (concern_ids[second.reference], second.reference)
        say(
            "Concerns",
            f"Associate tutor and Student Support raised concerns {c1[1]} and {c2[1]} (each "
            f"told only the concern's reference): the Prevent Lead finds both on case {case_ref}.",
        )

        def investigate(s: Any, a: Actor) -> tuple[int, int]:
            for name, role in (
                ("Piotr Król", PersonRole.WITNESS),
                ("Grace Mitchell", PersonRole.STAFF),
                ("Mark Brown", PersonRole.STAFF),
                ("Amir", PersonRole.SUBJECT_ALIAS),
            ):
                cases.record_person(s, a, clock, settings, case_ref, name, role)
            evidence = cases.add_evidence(
                s,
                a,
                clock,
                settings,
                case_ref,
                description="Screenshot of the seminar chat, preserved by the tutor on the day",
                provenance=f"Exported from the VLE by Grace Mitchell on {d1}",
                content=_demo_screenshot(),
                filename="seminar-chat.png",
            )
            discussion = cases.add_note(
                s,
                a,
                clock,
                settings,
                case_ref,
                "Discussed with the Regional Prevent Coordinator by "
                "phone (reference RPC-NW-2026-114): advised a referral.",
                coordinator_discussion=True,
            )
            return int(evidence.id), discussion

        evidence_id, discussion_entry = _act(ctx, tokens["r.okafor"], investigate)
        # The screenshot travels redacted only where images can be redacted (Tesseract).
        screenshot_sent = _ocr_ready()
        say(
            "Investigation",
            "People in the case recorded, evidence hashed (SHA-256), "
            "discussion with the Regional Prevent Coordinator noted in the chronology.",
        )

        decision = DecisionInput(
            seriousness=Seriousness.SERIOUS_AND_IMMEDIATE,
            outcome=Outcome.REFERRAL,
            rationale="A stated intention to act this weekend, a link to a proscribed "
            "organisation and talk of obtaining equipment, from two independent sources.",
            freedom_of_speech_consideration="Lawful views would not be acted on; this is a "
            "stated intention to act and promotion of a proscribed organisation (policy 2.4).",
            smt_usernames=("j.wells",),
            grounds=(ReferralGround.SERIOUS_IMMEDIATE_SAFETY, ReferralGround.CRIMINAL_ACT),
        )
        work.run(as_("r.okafor"), cases.decide, case_ref, decision)
        say(
            "Decision",
            "Prevent Lead and SMT: referral (serious and immediate safety issue; "
            "evidence a criminal act may be committed). Freedom of speech considered.",
        )
        work.run(as_("j.wells"), cases.confirm_decision, case_ref, 1)
        say(
            "SMT confirmation",
            "The SMT member named confirms the decision as themselves: the referral is final.",
        )

        basis = LawfulBasisRecord(
            art6_basis=Art6Basis.PUBLIC_TASK,
            art9_condition=Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
            schedule1_paragraph=18,
            art10_paragraph=10,
            appropriate_policy_document=DEMO_POLICY_DOCUMENT,
            necessity="The coordinator must assess an apparent, imminent risk to the student "
            "and others; no less intrusive route achieves that.",
            proportionality="Only the two concerns and the vulnerability the coordinator needs; "
            "other students and staff are redacted.",
            clear_and_compelling="Two independent reports within two days, a preserved "
            "screenshot, and a stated date of action (policy 7.3).",
            at_risk_justification="He is at risk of being drawn into terrorism and of harm "
            "while unwell.",
            at_risk_care_needs="He needs care and support with depression since his father's "
            "illness, and has stopped seeing his GP.",
            at_risk_harm="He is at risk of being drawn into terrorism by the group he shares "
            "material with, and of harm while unwell.",
            at_risk_cannot_protect="Unwell and isolated, he cannot see the grooming for what it "
            "is or step away from the group alone.",
            consent_not_sought_ground=ConsentNotSoughtGround.WOULD_PREJUDICE,
            consent_not_sought_reason="Seeking consent would prejudice his protection and that "
            "of others.",
            consent_prejudice_reason="Asking him would alert him to the referral before the "
            "police can act on the stated plan.",
            subject_informed=False,
            subject_not_informed_reason="Telling him now would be likely to prejudice the "
            "prevention of crime.",
            relies_on_sch2_para2=True,
        )

        def prepare(s: Any, a: Actor) -> str:
            ref = disclosures.create(
                s,
                a,
                clock,
                settings,
                case_ref,
                recipient_ref,
                "Referral for assessment by the Regional Prevent Coordinator.",
                # The chronology entry recording the discussion with the coordinator.
                f"event:{discussion_entry}",
            ).reference
            # Each item answered; concern 1 (a proscribed organisation's video) reveals a
            # political opinion and an alleged offence, as the gateway suggests.
            items: list[tuple[str, list[SpecialCategory], bool]] = [
                (f"concern:{c1[0]}", [SpecialCategory.POLITICAL_OPINIONS], True),
                (f"concern:{c2[0]}", [], True),
            ]
            if screenshot_sent:
                items.append((f"evidence:{evidence_id}", [], False))
            for source, special, criminal in items:
                disclosures.add_item(
                    s,
                    a,
                    clock,
                    settings,
                    ref,
                    from_case=source,
                    special_categories=special,
                    criminal_offence=criminal,
                )
            disclosures.add_item(
                s,
                a,
                clock,
                settings,
                ref,
                kind=ItemKind.VULNERABILITIES,
                label="Health",
                text=VULNERABILITIES,
                special_categories=[SpecialCategory.HEALTH],
                criminal_offence=False,
            )
            disclosures.set_subject_fields(
                s, a, clock, settings, ref, ["date_of_birth", "student_number"]
            )
            disclosures.set_lawful_basis(s, a, clock, settings, ref, basis)
            return ref

        ref = _act(ctx, tokens["r.okafor"], prepare)
        say(
            "Disclosure",
            (
                f"{ref} prepared: 4 data items (one of them the chat screenshot itself, to be "
                "shared redacted)"
                if screenshot_sent
                else f"{ref} prepared: 3 data items (the chat screenshot is not sent: redacting "
                "an image needs Tesseract OCR — apt-get install tesseract-ocr "
                "tesseract-ocr-eng)"
            )
            + ", each answered (political opinion, criminal "
            "offence and health data marked, as suggested from the text), name + date of "
            "birth + student number, lawful basis "
            "Art 6(1)(e), Art 9(2)(g) + DPA 2018 Sch 1 para 18, Art 10 + Sch 1 para 10.",
        )

        def redact(s: Any, a: Actor) -> list[str]:
            view = disclosures.redact(s, a, clock, settings, ref)
            lines = []
            for item in view.items:
                lines.append(f"{item.position}. {item.redaction_status}: {item.redacted_text}")
                if item.redacted_file_sha256:
                    lines.append(
                        f"     the screenshot redacted as a new PNG, SHA-256 "
                        f"{item.redacted_file_sha256[:16]}…, every box numbered for review"
                    )
                lines += [
                    (
                        f"     - {entity_name(f.entity_type)} {f.text}: {f.action}"
                        if f.page is not None
                        else f"     - {entity_name(f.entity_type)} \"{f.text}\" {f.action}"
                    )
                    + (f" ({f.reason})" if f.reason else "")
                    for f in item.findings
                ]
            return lines

        lines = _act(ctx, tokens["r.okafor"], redact)
        say(
            "Redaction",
            "Other people's data found and replaced, the student kept:\n"
            + "\n".join(f"      {line}" for line in lines),
        )

        def review(s: Any, a: Actor) -> list[str]:
            view = disclosures.accept_findings(s, a, clock, settings, ref)
            return [f"{item.position}. {item.redaction_status}" for item in view.items]

        reviewed = _act(ctx, tokens["r.okafor"], review)
        say(
            "Redaction review",
            "The Prevent Lead read every finding and accepted each one:\n"
            + "\n".join(f"      {line}" for line in reviewed),
        )

        _act(ctx, tokens["r.okafor"], lambda s, a: disclosures.submit(s, a, clock, settings, ref))
        say(
            "Submitted",
            f"{ref} passed every rule check (the redaction gate included) and went to the DPO.",
        )

        seen = _act(
            ctx,
            tokens["s.patel"],
            lambda s, a: disclosures.approval(s, a, clock, settings, ref).content_sha256,
        )
        _act(
            ctx,
            tokens["s.patel"],
            lambda s, a: disclosures.approve(
                s, a, clock, settings, ref, seen, "Lawful basis and minimisation checked."
            ),
        )
        say(
            "DPO approval",
            f"The DPO (not the preparer) read the approval view, content SHA-256 {seen}, "
            "and approved exactly that content.",
        )

        log = ctx.log_writer()
        result = _act(
            ctx,
            tokens["r.okafor"],
            lambda s, a: disclosures.release(
                s, a, clock, settings, ref, keyring=ctx.keyring, log=log
            ),
        )
        package_path = Path(result.package_path)
        say(
            "Release",
            f"Package signed (DSSE, Ed25519), logged as sharing-log entry "
            f"{result.log_index}, sealed for {recipient_ref} (HPKE X25519): {package_path}",
        )

        checks = _verify_package(ctx, package_path, private_key_path, data_dir)
        say("Package verified offline", "\n".join(f"      ✓ {c}" for c in checks))

        size, root = _verify_log(ctx, data_dir)
        say(
            "Sharing log verified offline",
            f"{size} entr{'y' if size == 1 else 'ies'}, "
            f"root {root}, checkpoint signature and every leaf recomputed from the export.",
        )
        return DemoResult(data_dir, ref, package_path, checks, size, root, tokens_path)
    finally:
        ctx.close()


#: The demo's appropriate policy document (fictional), in the register before the disclosure
#: names it.
DEMO_POLICY_DOCUMENT = "APD-2026-01"
DEMO_POLICY_SECTIONS: dict[str, str] = {
    "lawfulness_fairness_transparency": "Sharing under Sch 1 paras 10 and 18 happens only on "
    "a recorded referral decision with its lawful basis, approved by the DPO; the privacy "
    "notice for students describes Prevent sharing.",
    "purpose_limitation": "Data shared under these conditions is used only for the Prevent "
    "referral or the safeguarding purpose recorded on the disclosure, never for discipline.",
    "data_minimisation": "Only the items the recipient needs are selected; other people's "
    "personal data is redacted and each finding reviewed before the DPO approves.",
    "accuracy": "Corrections to a case record are recorded without editing the original and "
    "every recipient of the item is sent the correction.",
    "storage_limitation": "Case records follow the retention plan; a case closed with no "
    "further action is disposed of when its retention period ends unless on hold.",
    "integrity_confidentiality": "Records are encrypted at rest, packages are signed and "
    "sealed to one recipient, and every read of case data is in the access log.",
    "accountability": "The DPO owns this document and reviews it at least yearly; the sharing "
    "log and the access log show who shared what, when and on which basis.",
    "retention_and_erasure": "Referral records are kept six years after the case closes, then "
    "erased by the retention run with a disposal certificate; this document is kept six months "
    "after the last disclosure under it.",
}


def _refuse_used_database(settings: Settings) -> None:
    from sqlalchemy import inspect, text

    from gateway.db import make_engine
    from gateway.errors import InvalidInput

    engine = make_engine(settings.resolved_database_url)
    try:
        if "users" in inspect(engine).get_table_names():
            with engine.connect() as conn:
                if conn.execute(text("SELECT count(*) FROM users")).scalar():
                    raise InvalidInput(
                        "The demo needs an empty database; this one already has accounts.",
                        hint="Run the demo without --database-url (it uses a fresh SQLite file) "
                        "or give it a new, empty database.",
                    )
    finally:
        engine.dispose()


def _install_dpia(session: Any, dpo: Actor, ctx: AppContext) -> None:
    import dpia
    from gateway.dpias.service import install_demo_dpia
    from gateway.users.service import get_user

    for activity in (dpia.PREVENT_CONCERN_RECORDING, dpia.PREVENT_REFERRAL_SHARING):
        install_demo_dpia(
            session,
            preparer=Actor(get_user(session, "r.okafor")),
            dpo=dpo,
            approver=Actor(get_user(session, "j.wells")),
            review_in=timedelta(days=365),
            activity=activity,
        )


def _verify_package(
    ctx: AppContext, package_path: Path, private_key_path: Path, data_dir: Path
) -> list[str]:
    from gateway.packages import open_package

    out_dir = data_dir / "received" / package_path.stem
    if out_dir.exists():
        shutil.rmtree(out_dir)
    report = open_package(
        package_path,
        private_key_path.read_bytes(),
        out_dir,
        ctx.keyring.public_keys(),
        ctx.keyring.log_verifier_key_text(),
    )
    return [f"{check.what}: {check.detail}" for check in report.checks]


def _verify_log(ctx: AppContext, data_dir: Path) -> tuple[int, str]:
    from sharing_log import verify_export

    export_dir = data_dir / "log-export"
    if export_dir.exists():
        shutil.rmtree(export_dir)
    with ctx.engine.connect() as conn:
        ctx.transparency_log().export(conn, export_dir)
    result = verify_export(
        export_dir, trusted_key=ctx.keyring.log_verifier_key_text(), check_entries=True
    )
    return result.tree_size, result.root_hash.hex()


def _ocr_ready() -> bool:
    """Whether images can be redacted on this machine (Tesseract with its English data)."""
    from redaction.files.common import OcrUnavailable
    from redaction.files.ocr import check_ocr

    try:
        check_ocr()
    except OcrUnavailable:
        return False
    return True


def _demo_screenshot() -> bytes:
    """A PNG of the (fictional) seminar chat: evidence files are checked by their content, and
    this one is shared redacted, so the demo's screenshot is a real image in a size OCR reads."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=26)
    image = Image.new("RGB", (900, 170), "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(
        (
            "Seminar chat, week 6",
            "Grace Mitchell: let's keep to the reading please",
            "Amir: (message preserved by the tutor)",
        )
    ):
        draw.text((20, 20 + row * 48), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
