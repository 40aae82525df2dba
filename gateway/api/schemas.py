"""What the API accepts and returns. Converters run inside the request's transaction."""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from gateway.cases.domain import ConcernSource, Outcome, PersonRole, ReferralGround, Seriousness
from gateway.disclosures.domain import EmergencyGround, ItemKind
from gateway.disclosures.lawful_basis import (
    Annex1Condition,
    Art6Basis,
    Art9Condition,
    ConsentNotSoughtGround,
    SpecialCategory,
)
from gateway.recipients.models import RecipientKind
from gateway.rights.domain import Ground
from gateway.users.domain import Role

T = TypeVar("T")

Text = Field(max_length=20_000)
ShortText = Field(max_length=200)


class Page(BaseModel, Generic[T]):
    items: list[T] = Field(description="The items on this page.")
    total: int = Field(description="How many items there are in all.")
    limit: int = Field(description="At most this many items per page.")
    offset: int = Field(description="How many items were skipped before this page.")


def paginate(rows: list[T], limit: int, offset: int) -> tuple[list[T], int]:
    return rows[offset : offset + limit], len(rows)


# --- account ---------------------------------------------------------------------------------


class UserIn(BaseModel):
    username: str = Field(
        min_length=1,
        max_length=64,
        description="What the person signs in with: lower-case letters, digits, '.', '_' or '-', "
        "starting with a letter.",
    )
    display_name: str = Field(
        min_length=1,
        max_length=200,
        description="The person's name, as others will see it.",
    )
    role: Role = Field(description="The account's role; it decides what the person may do.")
    staff_id: str = Field(
        min_length=1,
        max_length=40,
        description="The staff identifier (staff number) of the person the account belongs to: "
        "two accounts of one person share it, and separation of duties treats them as one.",
    )


class StaffIdIn(BaseModel):
    staff_id: str = Field(
        min_length=1,
        max_length=40,
        description="The staff identifier (staff number) of the person the account belongs to.",
    )


class ActiveIn(BaseModel):
    active: bool = Field(description="true to enable, false to disable.")


# --- concerns and cases ------------------------------------------------------------------------


class SubjectIn(BaseModel):
    student_id: str = Field(
        min_length=1,
        max_length=32,
        description="The student's identifier at the provider.",
    )
    name: str = Field(min_length=1, max_length=200, description="The student's name.")
    date_of_birth: date | None = Field(
        default=None, description="The student's date of birth, if known."
    )
    address: str | None = Field(
        default=None,
        max_length=2000,
        description="The student's address, if known.",
    )


class ConcernIn(BaseModel):
    subject: SubjectIn = Field(
        description="The student the concern is about (their case is found or opened)."
    )
    source: ConcernSource = Field(
        description="Who raised the concern: staff, an associate tutor, a student (through the "
        "Student Support Team) or a social media report."
    )
    description: str = Field(
        min_length=1,
        max_length=20_000,
        description="What was seen or heard, in plain words.",
    )
    observed_on: date | None = Field(default=None, description="The day it was seen, if known.")
    reported_by_name: str | None = Field(
        default=None,
        max_length=200,
        description="If someone else first reported it (for example a student), their name.",
    )


class DecisionIn(BaseModel):
    seriousness: Seriousness = Field(description="How serious the concern is judged to be.")
    outcome: Outcome = Field(description="One of the three outcomes of policy 9.2.")
    rationale: str = Field(max_length=20_000, description="Why this outcome.")
    freedom_of_speech_consideration: str = Field(
        max_length=20_000,
        description="How freedom of speech and academic freedom were weighed (policy 2.2-2.4).",
    )
    smt_usernames: list[str] = Field(
        max_length=20,
        description="The usernames of the Senior Management Team members who considered the case.",
    )
    grounds: list[ReferralGround] = Field(
        default_factory=list,
        max_length=2,
        description="For a referral: the policy 9.2 grounds it rests on (at least one).",
    )
    actions: str | None = Field(
        default=None,
        max_length=20_000,
        description="For internal action: what will be done, and by whom.",
    )
    review_date: date | None = Field(
        default=None,
        description="For internal action: when the case is to be reviewed.",
    )


class NoteIn(BaseModel):
    summary: str = Field(max_length=20_000, description="The note to add to the chronology.")
    coordinator_discussion: bool = Field(
        default=False,
        description="Whether the note records a discussion with the Regional Prevent "
        "Coordinator (a Channel disclosure names such an entry, as event:SEQ).",
    )


class RpcDiscussionIn(BaseModel):
    on: date | None = Field(
        default=None,
        description="The day the case was discussed with the Regional Prevent Coordinator "
        "(default today).",
    )


class PersonIn(BaseModel):
    name: str = Field(
        max_length=200,
        description="The person's name, as it appears in the case's texts.",
    )
    role: PersonRole = Field(
        description="How the person is connected to the case (they are redacted from what is "
        "shared)."
    )


class EvidenceIn(BaseModel):
    description: str = Field(max_length=20_000, description="What the evidence is.")
    provenance: str = Field(
        max_length=20_000,
        description="Where it came from and how it was obtained.",
    )
    content_base64: str = Field(
        max_length=1_500_000_000,
        description="The file's content, base64-encoded. Its type is read from the content "
        "(PNG, JPEG, PDF, Word .docx or UTF-8 text by default) and it must be within the "
        "installation's limits (25 MB a file, 250 MB a case by default).",
    )
    filename: str | None = Field(
        default=None,
        max_length=255,
        description="The file's name, if it has one.",
    )


class NonDisclosureIn(BaseModel):
    reasons: str = Field(
        max_length=20_000,
        description="Why nothing is to be shared (kept with the case; the sharing log holds "
        "only its hash).",
    )
    recipient_reference: str | None = Field(
        default=None,
        max_length=40,
        description="The recipient who asked, if one did.",
    )


# --- recipients --------------------------------------------------------------------------------


class RecipientIn(BaseModel):
    kind: RecipientKind = Field(description="What kind of recipient.")
    name: str = Field(max_length=200, description="The person or team who will receive packages.")
    organisation: str = Field(max_length=200, description="The organisation they belong to.")
    contact: str = Field(
        max_length=300,
        description="How to reach them (e-mail address or telephone).",
    )
    public_key: str | None = Field(
        default=None,
        max_length=5000,
        description="Their X25519 public key (PEM) that packages are sealed to; the recipient "
        "makes it on their own machine.",
    )
    competent_authority: bool = Field(
        default=False,
        description="Whether they are a competent authority under DPA 2018 Part 3 (the police).",
    )


# --- disclosures ------------------------------------------------------------------------------


class DisclosureIn(BaseModel):
    case_reference: str = Field(max_length=32, description="The case the data comes from.")
    recipient_reference: str = Field(
        max_length=40,
        description="Who is to receive it (a reference in the recipient registry).",
    )
    purpose: str = Field(max_length=20_000, description="Why the data is being shared.")
    rpc_discussion_reference: str | None = Field(
        default=None,
        max_length=200,
        description="The case's chronology entry (event:SEQ) recording the discussion with the "
        "Regional Prevent Coordinator; required for a Channel panel.",
    )
    referrer_email: str | None = Field(
        default=None,
        max_length=254,
        description="The work e-mail address the recipient can reply to (the referral's "
        "referrer details); without it, the installation's Prevent team mailbox.",
    )
    referrer_telephone: str | None = Field(
        default=None,
        max_length=40,
        description="The work telephone number the recipient can call (the referral's referrer "
        "details).",
    )


class ReferrerContactIn(BaseModel):
    email: str | None = Field(
        default=None,
        max_length=254,
        description="The work e-mail address the recipient can reply to; empty for the "
        "installation's Prevent team mailbox.",
    )
    telephone: str | None = Field(
        default=None,
        max_length=40,
        description="The work telephone number the recipient can call; empty for none.",
    )


class LawfulBasisIn(BaseModel):
    art6_basis: Art6Basis | None = Field(
        description="The UK GDPR Article 6 lawful basis, normally art6.1.e (public task)."
    )
    necessity: str = Field(
        default="",
        max_length=20_000,
        description="Why the disclosure is necessary.",
    )
    proportionality: str = Field(
        default="",
        max_length=20_000,
        description="Why it is proportionate.",
    )
    clear_and_compelling: str = Field(
        default="",
        max_length=20_000,
        description="Why the evidence is clear and compelling (policy 7.3).",
    )
    art9_condition: Art9Condition | None = Field(
        default=None,
        description="For special category data: the Article 9(2) condition, normally art9.2.g.",
    )
    schedule1_paragraph: int | None = Field(
        default=None,
        ge=1,
        le=40,
        description="With art9.2.g: the DPA 2018 Schedule 1 paragraph, e.g. 18 (safeguarding) or "
        "10 (unlawful acts).",
    )
    art10_paragraph: int | None = Field(
        default=None,
        ge=1,
        le=40,
        description="For criminal offence data: the Schedule 1 paragraph relied on (Article 10, "
        "DPA 2018 s.10(5)), normally 10.",
    )
    appropriate_policy_document: str | None = Field(
        default=None,
        max_length=40,
        description="The reference of the register entry of the appropriate policy document "
        "(DPA 2018 Sch 1 para 5) the paragraph relies on, where it needs one; the entry must "
        "cover the paragraph and not be overdue for review.",
    )
    at_risk_justification: str | None = Field(
        default=None,
        max_length=20_000,
        description="For paragraph 18: why the student is an individual at risk and the protection "
        "sharing gives.",
    )
    consent_not_sought_reason: str | None = Field(
        default=None,
        max_length=20_000,
        description="For paragraph 18: why consent is not sought.",
    )
    consent_prejudice_reason: str | None = Field(
        default=None,
        max_length=20_000,
        description="For paragraph 10: why seeking consent would prejudice preventing or detecting "
        "the unlawful act.",
    )
    subject_informed: bool = Field(
        default=False,
        description="Whether the student was told about this sharing.",
    )
    subject_not_informed_reason: str | None = Field(
        default=None,
        max_length=20_000,
        description="If not, why not.",
    )
    relies_on_sch2_para2: bool = Field(
        default=False,
        description="Whether not telling the student relies on DPA 2018 Sch 2 para 2 (telling "
        "would prejudice the prevention or detection of crime).",
    )
    at_risk_care_needs: str | None = Field(
        default=None,
        max_length=20_000,
        description="For paragraph 18 (para 18(3)(a)): the student's needs for care and support "
        "(at least 40 characters).",
    )
    at_risk_harm: str | None = Field(
        default=None,
        max_length=20_000,
        description="For paragraph 18 (para 18(3)(b)): the neglect or harm the student is "
        "experiencing or at risk of (at least 40 characters).",
    )
    at_risk_cannot_protect: str | None = Field(
        default=None,
        max_length=20_000,
        description="For paragraph 18 (para 18(3)(c)): why, as a result of those needs, the "
        "student cannot protect themselves (at least 40 characters).",
    )
    consent_not_sought_ground: ConsentNotSoughtGround | None = Field(
        default=None,
        description="For paragraph 18 (para 18(2)): cannot_be_given, cannot_reasonably_obtain "
        "or would_prejudice.",
    )
    consent_given_on: date | None = Field(
        default=None,
        description="For consent (art6.1.a or art9.2.a): the date the student consented.",
    )
    consent_how: str | None = Field(
        default=None,
        max_length=20_000,
        description="For consent: how it was given (e.g. a signed form).",
    )
    consent_what_told: str | None = Field(
        default=None,
        max_length=20_000,
        description="For consent: what the student was told when they consented (at least 40 "
        "characters).",
    )
    annex1_condition: Annex1Condition | None = Field(
        default=None,
        description="With art6.1.ea (recognised legitimate interests, only for a provider that "
        "is not a public authority): the UK GDPR Annex 1 condition, annex1.para1 to "
        "annex1.para5.",
    )


class SubjectFieldsIn(BaseModel):
    fields: list[str] = Field(
        max_length=3,
        description="Which of the student's details to share besides the name: date_of_birth, "
        "student_number, address.",
    )


class ItemIn(BaseModel):
    """Either ``from_case`` (concern:ID, event:SEQ, evidence:ID) or ``kind`` with ``text``."""

    from_case: str | None = Field(
        default=None,
        max_length=60,
        description="A record of the case to share: concern:ID, event:SEQ or evidence:ID.",
    )
    kind: ItemKind | None = Field(
        default=None,
        description="For a written item: what kind of information it is.",
    )
    label: str | None = Field(
        default=None,
        max_length=200,
        description="For a written item: its heading.",
    )
    text: str | None = Field(
        default=None,
        max_length=50_000,
        description="For a written item: its text (redacted before it is shared).",
    )
    special_categories: list[SpecialCategory] = Field(
        max_length=8,
        description="The special categories of data the item reveals (UK GDPR Art 9); required: "
        "an empty list answers none.",
    )
    criminal_offence: bool = Field(
        description="Whether the item is criminal offence data (Art 10); required.",
    )
    below_suggestion_reason: str | None = Field(
        default=None,
        max_length=20_000,
        description="Why the answer says less than the item's text suggests (at least 40 "
        "characters); needed only when it does.",
    )


class FindingReviewIn(BaseModel):
    accept: bool = Field(
        description="true to accept what the redaction decided; false to reverse it: share "
        "what it redacted, or redact what it kept as the student's own (in the item's text or "
        "in its evidence file, which is then made again)."
    )
    justification: str = Field(
        default="",
        max_length=20_000,
        description="Why; required to reverse a finding.",
    )


class ReasonIn(BaseModel):
    reason: str = Field(max_length=20_000, description="The reasons, in words (they are recorded).")


_CONTENT_SHA256 = (
    "The content SHA-256 shown by the approval view (GET .../approval) for what you read; "
    "refused with 409 if the request has changed since."
)


class ApproveIn(BaseModel):
    """The DPO's approval of the exact content they read."""

    content_sha256: str = Field(max_length=64, description=_CONTENT_SHA256)
    note: str | None = Field(default=None, max_length=20_000, description="The DPO's note.")


class EmergencyAuthoriseIn(BaseModel):
    """An SMT member's authorisation of an emergency release of the exact content they read."""

    ground: EmergencyGround = Field(
        description="The policy's ground: risk_to_life, serious_harm or imminent_offence (the "
        "ground code of the release's sharing-log entry).",
    )
    reason: str = Field(
        max_length=20_000,
        description="The emergency, why it cannot wait and why the DPO cannot be reached (at "
        "least 40 characters).",
    )
    content_sha256: str = Field(max_length=64, description=_CONTENT_SHA256)
    restriction_ground: Ground | None = Field(
        default=None,
        description="Where the student restricted or objected to the processing: the Art 18(2) "
        "or Art 21(1) ground to go on, for a risk to life only; the DPO's review confirms or "
        "rejects it.",
    )


class ItemEditIn(BaseModel):
    """Changes to one item; fields left out stay as they are. A new text voids the item's
    redaction; any change sends the request back to draft."""

    text: str | None = Field(default=None, max_length=50_000, description="The new text.")
    label: str | None = Field(default=None, max_length=200, description="The new label.")
    special_categories: list[SpecialCategory] | None = Field(
        default=None, max_length=8, description="The special categories, replacing the recorded."
    )
    criminal_offence: bool | None = Field(
        default=None, description="Whether the item contains criminal offence data."
    )
    below_suggestion_reason: str | None = Field(
        default=None,
        max_length=20_000,
        description="Why the answer says less than the item's text suggests (at least 40 "
        "characters); needed only when it does.",
    )


class AcceptFindingsIn(BaseModel):
    """Accept every finding not yet reviewed, as the engine decided it."""

    item: int | None = Field(
        default=None, ge=1, description="Only this item (by position); leave out for all."
    )


class ReleaseIn(BaseModel):
    emergency: bool = Field(
        default=False,
        description="true to release on the emergency path, without the DPO's approval but with an "
        "SMT member's authorisation.",
    )


class EmergencyReviewIn(BaseModel):
    upheld: bool = Field(description="Whether the DPO upholds the emergency release.")
    notes: str = Field(max_length=20_000, description="The DPO's findings (recorded).")
    ground_confirmed: bool | None = Field(
        default=None,
        description="Where the SMT member recorded a ground to go on despite a restriction or "
        "objection: whether the DPO confirms it (needed then, refused otherwise).",
    )
