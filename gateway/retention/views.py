"""What the retention use cases return: one view per thing shown, the same through every door
(the CLI prints it or its JSON, the API returns it, the pages render it)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.retention.plan import PlanItem, PlanStatus
from gateway.retention.schedule import Schedule


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class RuleView(View):
    record_class: str = Field(description="The class of record the rule covers, as a code.")
    period: str = Field(description="How long the records are kept after the trigger, in words.")
    trigger: str = Field(
        description="The event the period runs from: case_closed, last_action, review_completed, "
        "student_left, request_closed or staff_left."
    )
    fallback_period: str | None = Field(
        default=None,
        description="How long the records are kept after their last action when the trigger "
        "never comes (every trigger but last_action may never come); none for last_action.",
    )
    action: str = Field(
        description="What happens when the period ends: destroy, anonymise or review."
    )
    justification: str = Field(description="Why the records are kept that long.")
    source: str = Field(description="The policy or law the rule comes from.")


class ScheduleView(View):
    """The retention schedule in force (it holds no personal data: anyone may read it)."""

    origin: str = Field(
        description="Where the schedule was read from (the shipped one, or the provider's file)."
    )
    rules: list[RuleView] = Field(description="One rule per class of record.")

    @classmethod
    def of(cls, schedule: Schedule) -> ScheduleView:
        return cls(
            origin=schedule.origin,
            rules=[
                RuleView(
                    record_class=rule.record_class.value,
                    period=rule.period.text,
                    trigger=rule.trigger.value,
                    fallback_period=rule.fallback.text if rule.fallback else None,
                    action=rule.action.value,
                    justification=rule.justification,
                    source=rule.source,
                )
                for rule in schedule.rules.values()
            ],
        )


class PlanItemView(View):
    """One record under the schedule: when it falls due, and what blocks it."""

    record_class: str = Field(description="The class of record, as a code.")
    record_ref: str = Field(
        description="The record's reference (a case, a disclosure, a range of access events ...)."
    )
    trigger: str = Field(
        description="The event its due date is counted from, as a code: the rule's trigger, or "
        "last_action when that has not come (see fallback)."
    )
    fallback: bool = Field(
        default=False,
        description="Whether the due date is counted from the last action because the rule's "
        "own trigger has not come.",
    )
    trigger_on: date | None = Field(
        description="The day that event happened; none if it has not yet."
    )
    due_on: date | None = Field(
        description="The day the period ends; none while the trigger has not happened."
    )
    action: str = Field(description="What happens when it falls due: destroy, anonymise or review.")
    status: PlanStatus = Field(
        description="due, review (a person decides), blocked (e.g. by a legal hold) or not_due."
    )
    reasons: list[str] = Field(
        description="Why the record is or is not due: what blocks it, when it falls due, or what "
        "its due date was counted from."
    )
    rule: str = Field(description="The rule applied, in words.")
    count: int = Field(
        default=1,
        description="How many records the line stands for (the access log's events before a day: "
        "many).",
    )

    @classmethod
    def of(cls, item: PlanItem) -> PlanItemView:
        return cls(
            record_class=item.record_class.value,
            record_ref=item.record_ref,
            trigger=item.applied_trigger.value,
            fallback=item.fallback,
            trigger_on=item.trigger_on,
            due_on=item.due_on,
            action=item.rule.action.value,
            status=item.status,
            reasons=list(item.reasons),
            rule=item.rule.describe(),
            count=item.count,
        )


class PlanView(View):
    """The retention plan as of a day: the records shown, and how many there are of each status
    (counted over every record, shown or not)."""

    as_of: date = Field(description="The day the schedule was applied as of.")
    include_not_due: bool = Field(description="Whether records not yet due are listed too.")
    items: list[PlanItemView] = Field(description="The records listed.")
    counts: dict[PlanStatus, int] = Field(
        description="How many records there are of each status (over every record, listed or not)."
    )

    def summary(self) -> str:
        c = self.counts
        return (
            f"{c[PlanStatus.DUE]} due, {c[PlanStatus.BLOCKED]} blocked, "
            f"{c[PlanStatus.REVIEW]} for review, {c[PlanStatus.NOT_DUE]} not yet due."
        )


class DisposalView(View):
    """A disposal run: dry (what would go) or executed (what went, and its certificate)."""

    as_of: date = Field(description="The day the schedule was applied as of.")
    executed: bool = Field(
        description="Whether records were destroyed (false: a dry run, nothing changed)."
    )
    items: list[PlanItemView] = Field(
        description="The records destroyed, or that an executed run would destroy."
    )
    certificate_reference: str | None = Field(
        default=None,
        description="The destruction certificate of an executed run.",
    )
    manifest_sha256: str | None = Field(
        default=None,
        description="SHA-256 of the certificate's manifest (RFC 8785 JSON), as logged.",
    )
    log_indexes: list[int] = Field(
        default_factory=list,
        description="The sharing-log entries that record the disposal.",
    )
    warning: str | None = Field(
        default=None,
        description="What is left to do when the run committed but cleaning up after it did not "
        "succeed.",
    )
    executable: bool = Field(
        default=False,
        description="A dry run as of today or earlier, which an executed run can carry out "
        "(records are never destroyed as of a future date).",
    )


class CertificateView(View):
    reference: str = Field(description="The certificate's reference.")
    as_of: date = Field(description="The day the schedule was applied as of.")
    created_at: datetime = Field(description="When the records were destroyed (UTC).")
    record_count: int = Field(description="How many records were destroyed.")
    manifest_sha256: str = Field(
        description="SHA-256 of the certificate's manifest (RFC 8785 JSON), as logged."
    )
    log_indexes: list[int] = Field(description="The sharing-log entries that record the disposal.")


class CertificatePdf(View):
    reference: str = Field(description="The certificate's reference.")
    pdf: bytes = Field(repr=False, description="The certificate as a PDF.")


class HoldView(View):
    reference: str = Field(description="The hold's reference.")
    scope: str = Field(description="What is held: one case, or every case of a student.")
    target: str = Field(description="The case reference, or the student's identifier.")
    holder: str = Field(description="Who asked for the hold (e.g. the legal team, the police).")
    reason: str = Field(description="Why the records must be kept.")
    placed_on: date = Field(description="The day the hold was placed.")
    released_on: date | None = Field(description="The day it was released; none while it holds.")
    release_reason: str | None = Field(description="Why it was released.")


class ComplaintView(View):
    reference: str = Field(description="The complaint's reference.")
    case_reference: str = Field(
        description="The case complained about (kept while the complaint is open)."
    )
    received_on: date = Field(description="The day the complaint was received.")
    closed_on: date | None = Field(description="The day it was closed; none while it is open.")


class DepartureView(View):
    student_id: str = Field(description="The student's identifier.")
    left_on: date = Field(
        description="The day the student left the provider (the student_left trigger)."
    )


class RetentionOverview(View):
    """The retention page: the plan, legal holds, complaints and destruction certificates."""

    today: date = Field(description="The day the page was built.")
    plan: PlanView = Field(description="The retention plan as of today.")
    holds: list[HoldView] = Field(description="The legal holds.")
    complaints: list[ComplaintView] = Field(description="The complaints.")
    certificates: list[CertificateView] = Field(description="The destruction certificates.")
