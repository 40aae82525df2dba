"""The DPIA document, following the seven steps of the ICO DPIA template.

Every part is an immutable (frozen) pydantic model. A :class:`DPIA` is one *version* of the
assessment of one processing activity: its content (steps 2-6), the DPO's advice and the sign-off
(step 7), and its place in the version chain. Changing anything produces a new object; the
workflow functions in :mod:`dpia.workflow` decide which changes are allowed.

``to_dict``/``from_dict`` and ``to_json``/``from_json`` round-trip a version exactly, so a
gateway can store it as JSON; loading re-checks every rule, so stored JSON that claims to be
"approved" without a sign-off, for example, is refused.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from dpia.errors import DPIAInvalid
from dpia.scoring import Likelihood, RiskLevel, Severity, risk_level

FORMAT = "prevent-gateway/dpia/v1"
"""Format marker stored in every serialised DPIA version."""

PLACEHOLDER = "[TO CONFIRM"
"""Template text the organisation must replace before the DPIA can be submitted."""

Text = Annotated[str, StringConstraints(max_length=20_000)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")]
ActivityCode = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


class Status(StrEnum):
    """Stored status of a version; ``expired`` is never stored, it is derived from the date."""

    DRAFT = "draft"
    AWAITING_DPO = "awaiting_dpo"
    APPROVED = "approved"
    EXPIRED = "expired"

    @property
    def label(self) -> str:
        return {
            "draft": "Draft",
            "awaiting_dpo": "Awaiting DPO advice",
            "approved": "Approved",
            "expired": "Expired (review date passed)",
        }[self.value]

    @property
    def phrase(self) -> str:
        """For sentences: "version 2 is {phrase}"."""
        return {
            "draft": "a draft",
            "awaiting_dpo": "with the DPO for advice",
            "approved": "approved",
            "expired": "expired",
        }[self.value]


class Person(_Frozen):
    """Someone named in the DPIA: their user name in the controller's systems, name and post."""

    username: Line
    name: Line
    role: Line

    def describe(self) -> str:
        return f"{self.name} ({self.role})"


# --- Step 2: describe the processing -----------------------------------------------------------


class Processing(_Frozen):
    """Step 2 of the ICO template: the nature, scope, context and purposes of the processing."""

    nature: Text = ""
    """How the data is collected, used, stored and deleted; its source; who it is shared with."""
    scope: Text = ""
    """What data, how much and how often, how long it is kept, how many people, what area."""
    context: Text = ""
    """The relationship with the individuals, their expectations, vulnerability, public concern."""
    purposes: Text = ""
    """What the processing is meant to achieve, the intended effect on people and the benefits."""
    data_subjects: tuple[Line, ...] = ()
    data_categories: tuple[Line, ...] = ()
    special_category_data: tuple[Line, ...] = ()
    criminal_offence_data: bool = False
    recipients: tuple[Line, ...] = ()


# --- Step 3: consultation ----------------------------------------------------------------------


class ConsultationEntry(_Frozen):
    id: Identifier
    stakeholder: Line
    method: Text = ""
    views: Text = ""
    response: Text = ""
    """How the views were taken into account (or why not)."""


class Consultation(_Frozen):
    """Step 3: whose views were sought, and what they said; or why they were not sought."""

    entries: tuple[ConsultationEntry, ...] = ()
    not_consulted_reason: Text = ""


# --- Step 4: necessity and proportionality -----------------------------------------------------


class Necessity(_Frozen):
    """Step 4: necessity, proportionality and the compliance measures."""

    lawful_basis: Text = ""
    """UK GDPR Article 6 basis, and the law or task it rests on."""
    special_category_condition: Text = ""
    """Article 9(2) condition and DPA 2018 Schedule 1 paragraph (for special category data)."""
    criminal_offence_condition: Text = ""
    """Article 10 / DPA 2018 s.10(5) condition (needed for criminal offence data)."""
    appropriate_policy_document: Text = ""
    necessity_and_proportionality: Text = ""
    """Does the processing achieve the purpose? Is there another, less intrusive way?"""
    function_creep: Text = ""
    minimisation: Text = ""
    accuracy: Text = ""
    retention: Text = ""
    transparency: Text = ""
    individual_rights: Text = ""
    processors: Text = ""
    international_transfers: Text = ""


# --- Steps 5 and 6: risks and measures ---------------------------------------------------------


class MeasureEffect(StrEnum):
    ELIMINATED = "eliminated"
    REDUCED = "reduced"
    ACCEPTED = "accepted"


TestRef = Annotated[
    str, StringConstraints(pattern=r"^tests/[A-Za-z0-9_/]+\.py::[A-Za-z_][A-Za-z0-9_]*$")
]
"""A test of the product that shows it enforces a measure: ``tests/test_x.py::test_name``."""


class Measure(_Frozen):
    id: Identifier
    description: Text
    effect: MeasureEffect
    owner: Text = ""
    """Who puts the measure in place and keeps it working."""
    enforced_by: tuple[TestRef, ...] = ()
    """The tests that show the product enforces the measure. A measure without them is an action
    for the provider: the product does not claim it."""

    @property
    def provider_action(self) -> bool:
        """Whether the provider, not the product, carries the measure out."""
        return not self.enforced_by


class Risk(_Frozen):
    """Step 5 (the risk before measures) and step 6 (its measures and the residual risk)."""

    id: Identifier
    title: Line
    description: Text = ""
    source: Text = ""
    """Where the risk comes from (who or what could cause the harm)."""
    likelihood: Likelihood
    severity: Severity
    measures: tuple[Measure, ...] = ()
    residual_likelihood: Likelihood | None = None
    residual_severity: Severity | None = None

    @property
    def level(self) -> RiskLevel:
        return risk_level(self.likelihood, self.severity)

    @property
    def residual_level(self) -> RiskLevel | None:
        if self.residual_likelihood is None or self.residual_severity is None:
            return None
        return risk_level(self.residual_likelihood, self.residual_severity)


# --- Step 7: DPO advice, ICO consultation, sign-off --------------------------------------------


class DPORecommendation(StrEnum):
    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    DO_NOT_PROCEED = "do_not_proceed"

    @property
    def label(self) -> str:
        return {
            "proceed": "Proceed",
            "proceed_with_conditions": "Proceed only with the conditions stated",
            "do_not_proceed": "Do not proceed",
        }[self.value]


class DPOAdvice(_Frozen):
    """The Data Protection Officer's advice (UK GDPR Art 35(2)); advice, not a decision."""

    by: Person
    at: AwareDatetime
    recommendation: DPORecommendation
    summary: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)
    ]
    conditions: Text = ""
    ico_consultation_advised: bool = False

    @model_validator(mode="after")
    def _conditions_stated(self) -> Self:
        if (
            self.recommendation is DPORecommendation.PROCEED_WITH_CONDITIONS
            and not self.conditions.strip()
        ):
            raise ValueError("advice to proceed with conditions must state the conditions")
        return self


class ICOOutcome(StrEnum):
    AWAITING_RESPONSE = "awaiting_response"
    PROCEED = "proceed"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    DO_NOT_PROCEED = "do_not_proceed"

    @property
    def label(self) -> str:
        return {
            "awaiting_response": "Awaiting the ICO's written advice",
            "proceed": "ICO raised no objection",
            "proceed_with_conditions": "ICO advised proceeding with conditions",
            "do_not_proceed": "ICO advised against the processing",
        }[self.value]


class ICOConsultation(_Frozen):
    """Prior consultation with the Information Commissioner (UK GDPR Art 36)."""

    submitted_on: date
    reference: Line
    outcome: ICOOutcome
    response_received_on: date | None = None
    summary: Text = ""
    recorded_by: Person

    @model_validator(mode="after")
    def _response_dated(self) -> Self:
        if self.outcome is ICOOutcome.AWAITING_RESPONSE:
            if self.response_received_on is not None:
                raise ValueError("an ICO consultation awaiting a response has no response date")
        else:
            if self.response_received_on is None:
                raise ValueError("record the date the ICO's written advice was received")
            if self.response_received_on < self.submitted_on:
                raise ValueError("the ICO's response cannot be dated before the submission")
        return self

    @property
    def allows_processing(self) -> bool:
        return self.outcome in (ICOOutcome.PROCEED, ICOOutcome.PROCEED_WITH_CONDITIONS)


class AdviceResponse(_Frozen):
    """Whether the accountable person accepted or overruled the DPO's advice, and why."""

    accepted: bool
    reasons: Text = ""

    @model_validator(mode="after")
    def _reasons_when_overruled(self) -> Self:
        if not self.accepted and len(self.reasons.strip()) < 20:
            raise ValueError(
                "overruling the DPO's advice needs the reasons (at least 20 characters)"
            )
        return self


class SignOff(_Frozen):
    """Step 7 of the ICO template: who approved what, and when the DPIA will be reviewed."""

    measures_approved_by: Person
    residual_risks_approved_by: Person
    advice_response: AdviceResponse
    approved_at: AwareDatetime
    review_date: date
    review_owner: Person
    """Who keeps the DPIA under review."""
    consultation_reviewed_by: Person | None = None
    """Who reviewed the consultation responses (step 3) before deciding."""
    departure_from_views: Text = ""
    """Where the decision departs from the views of those consulted, why."""

    @model_validator(mode="after")
    def _review_after_approval(self) -> Self:
        if self.review_date <= self.approved_at.date():
            raise ValueError("the review date must be after the approval date")
        return self


class Submission(_Frozen):
    by: Person
    at: AwareDatetime


class VersionLink(_Frozen):
    """Link from a version to the one it replaces: number and SHA-256 of its canonical JSON."""

    version: Annotated[int, Field(ge=1)]
    sha256: Sha256Hex


# --- The version -------------------------------------------------------------------------------


EDITABLE_SECTIONS: tuple[str, ...] = (
    "title",
    "controller",
    "need_for_dpia",
    "processing",
    "consultation",
    "necessity",
    "risks",
)
"""Top-level parts a draft may change; the rest is set by the workflow steps."""


class DPIA(_Frozen):
    """One version of the DPIA for one processing activity."""

    format: Literal["prevent-gateway/dpia/v1"] = "prevent-gateway/dpia/v1"
    activity: ActivityCode
    title: Line
    controller: Line
    version: Annotated[int, Field(ge=1)] = 1
    previous_version: VersionLink | None = None
    change_reason: Text = ""
    status: Status = Status.DRAFT
    created_by: Person
    created_at: AwareDatetime
    need_for_dpia: Text = ""
    """Step 1: why a DPIA is needed (what makes the processing likely to be high risk)."""
    processing: Processing = Processing()
    consultation: Consultation = Consultation()
    necessity: Necessity = Necessity()
    risks: tuple[Risk, ...] = ()
    submission: Submission | None = None
    dpo_advice: DPOAdvice | None = None
    ico_consultation: ICOConsultation | None = None
    signoff: SignOff | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        problems: list[str] = []
        if self.status is Status.EXPIRED:
            problems.append("'expired' is derived from the review date and is never stored")
        if (self.version == 1) != (self.previous_version is None):
            problems.append("only version 1 has no previous version")
        if self.previous_version is not None and self.previous_version.version != self.version - 1:
            problems.append("the previous version must be the version just before this one")
        if self.status is Status.DRAFT and (self.submission or self.dpo_advice or self.signoff):
            problems.append("a draft has no submission, DPO advice or sign-off")
        if self.status is Status.AWAITING_DPO and (self.submission is None or self.signoff):
            problems.append("a DPIA awaiting the DPO has a submission and no sign-off")
        if self.status is Status.APPROVED and (
            self.submission is None or self.dpo_advice is None or self.signoff is None
        ):
            problems.append("an approved DPIA has a submission, the DPO's advice and a sign-off")
        for kind, ids in (
            ("risk", [r.id for r in self.risks]),
            ("measure", [m.id for r in self.risks for m in r.measures]),
            ("consultation entry", [e.id for e in self.consultation.entries]),
        ):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                problems.append(f"{kind} ids must be unique (repeated: {', '.join(dupes)})")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    # --- convenience views ---

    @property
    def review_date(self) -> date | None:
        return self.signoff.review_date if self.signoff else None

    def risk(self, risk_id: str) -> Risk:
        for r in self.risks:
            if r.id == risk_id:
                return r
        raise KeyError(risk_id)

    def high_residual_risks(self) -> tuple[Risk, ...]:
        return tuple(r for r in self.risks if r.residual_level is RiskLevel.HIGH)

    def ico_consultation_required(self) -> bool:
        """Art 36: a high residual risk remains, or the DPO advised consulting and was followed."""
        if self.high_residual_risks():
            return True
        return bool(
            self.dpo_advice
            and self.dpo_advice.ico_consultation_advised
            and self.signoff
            and self.signoff.advice_response.accepted
        )

    def iter_text_fields(self) -> Iterator[tuple[str, str]]:
        """Every free-text value with its path (used to find unreplaced template text)."""
        yield from _iter_strings(self.to_dict(), "")

    # --- serialisation ---

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DPIA:
        try:
            return cls.model_validate(dict(data))
        except ValidationError as exc:
            raise DPIAInvalid(describe_validation_error(exc, data)) from None

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str | bytes) -> DPIA:
        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DPIAInvalid([f"not JSON ({exc})"]) from None
        if not isinstance(data, dict):
            raise DPIAInvalid(["a DPIA is a JSON object"])
        return cls.from_dict(data)

    def canonical_json(self) -> bytes:
        """Canonical bytes (sorted keys, no whitespace, UTF-8) used for the version digest.

        Fields holding their default value are left out, so a later release that adds an
        optional field does not change the digest of versions stored before it (and so does not
        break the chain of links between versions).
        """
        data = self.model_dump(mode="json", exclude_defaults=True)
        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
            "utf-8"
        )

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_json()).hexdigest()


def describe_validation_error(exc: ValidationError, data: Any = None) -> list[str]:
    """Turn pydantic's error list into ``path: message`` lines a person can act on.

    With the input ``data``, positions in lists of items with ids are shown as the ids
    (``risks.R2.likelihood`` rather than ``risks.1.likelihood``), as in field paths for edits.
    """
    problems = []
    for err in exc.errors(include_url=False):
        path = ".".join(_readable_loc(err["loc"], data))
        message = err["msg"].removeprefix("Value error, ")
        problems.append(f"{path}: {message}" if path else message)
    return problems


def _readable_loc(loc: tuple[int | str, ...], data: Any) -> list[str]:
    parts: list[str] = []
    node = data
    for key in loc:
        label = str(key)
        try:
            node = node[key]
            if isinstance(key, int) and isinstance(node, Mapping) and "id" in node:
                label = str(node["id"])
        except (KeyError, IndexError, TypeError):
            node = None
        parts.append(label)
    return parts


def _iter_strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _iter_strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            key = item.get("id", index) if isinstance(item, dict) else index
            yield from _iter_strings(item, f"{path}.{key}")
