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
    record_class: str
    period: str
    trigger: str
    action: str
    justification: str
    source: str


class ScheduleView(View):
    """The retention schedule in force (it holds no personal data: anyone may read it)."""

    origin: str
    rules: list[RuleView]

    @classmethod
    def of(cls, schedule: Schedule) -> ScheduleView:
        return cls(
            origin=schedule.origin,
            rules=[
                RuleView(
                    record_class=rule.record_class.value,
                    period=rule.period.text,
                    trigger=rule.trigger.value,
                    action=rule.action.value,
                    justification=rule.justification,
                    source=rule.source,
                )
                for rule in schedule.rules.values()
            ],
        )


class PlanItemView(View):
    """One record under the schedule: when it falls due, and what blocks it."""

    record_class: str
    record_ref: str
    trigger: str
    trigger_on: date | None
    due_on: date | None
    action: str
    status: PlanStatus
    reasons: list[str] = Field(description="What blocks the record, or why it is not yet due.")
    rule: str
    #: How many records the line stands for (the access log's events before a day: many).
    count: int = 1

    @classmethod
    def of(cls, item: PlanItem) -> PlanItemView:
        return cls(
            record_class=item.record_class.value,
            record_ref=item.record_ref,
            trigger=item.rule.trigger.value,
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

    as_of: date
    include_not_due: bool
    items: list[PlanItemView]
    counts: dict[PlanStatus, int]

    def summary(self) -> str:
        c = self.counts
        return (
            f"{c[PlanStatus.DUE]} due, {c[PlanStatus.BLOCKED]} blocked, "
            f"{c[PlanStatus.REVIEW]} for review, {c[PlanStatus.NOT_DUE]} not yet due."
        )


class DisposalView(View):
    """A disposal run: dry (what would go) or executed (what went, and its certificate)."""

    as_of: date
    executed: bool
    items: list[PlanItemView]
    certificate_reference: str | None = None
    manifest_sha256: str | None = None
    log_indexes: list[int] = []
    #: What is left to do when the run committed but cleaning up after it did not succeed.
    warning: str | None = None
    #: A dry run as of today or earlier, which an executed run can carry out (records are
    #: never destroyed as of a future date).
    executable: bool = False


class CertificateView(View):
    reference: str
    as_of: date
    created_at: datetime
    record_count: int
    manifest_sha256: str
    log_indexes: list[int]


class CertificatePdf(View):
    reference: str
    pdf: bytes = Field(repr=False)


class HoldView(View):
    reference: str
    scope: str
    target: str
    holder: str
    reason: str
    placed_on: date
    released_on: date | None
    release_reason: str | None


class ComplaintView(View):
    reference: str
    case_reference: str
    received_on: date
    closed_on: date | None


class DepartureView(View):
    student_id: str
    left_on: date


class RetentionOverview(View):
    """The retention page: the plan, legal holds, complaints and destruction certificates."""

    today: date
    plan: PlanView
    holds: list[HoldView]
    complaints: list[ComplaintView]
    certificates: list[CertificateView]
