"""Report rules as plain Python: the academic year, small-number suppression, figures.

The report holds counts only: no names, no free text, no breakdown by ethnicity, religion or
any other group of people (policy 2.2). The only breakdowns are by the policy's own
procedural categories (concern source, outcome, recipient kind, reason code, staff group).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from gateway.errors import InvalidInput, NotFound

#: Counts from 1 to THRESHOLD-1 are shown as "fewer than THRESHOLD" where they could identify.
SUPPRESSION_THRESHOLD = 5
SUPPRESSED_TEXT = f"fewer than {SUPPRESSION_THRESHOLD}"
#: Shown for a cell hidden only so that a suppressed neighbour cannot be worked out.
SECONDARY_TEXT = "not shown"

#: The only dimensions a figure may be broken down by. Anything describing a group of people
#: (ethnicity, religion, nationality, gender, age...) is refused (policy 2.2).
ALLOWED_DIMENSIONS = frozenset(
    {
        "total",
        "source",
        "outcome",
        "recipient_kind",
        "reason",
        "staff_group",
        "review",
        "kind",
    }
)


class AcademicYear:
    """1 August to 31 July; `AcademicYear(2025)` is 2025-26."""

    def __init__(self, start_year: int) -> None:
        if not 2000 <= start_year <= 2100:
            raise InvalidInput(
                f"{start_year} is not a plausible academic year.",
                hint="Give the year it starts in, e.g. 2025 for 1 August 2025 - 31 July 2026.",
            )
        self.start_year = start_year

    @property
    def first_day(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 7, 31)

    @property
    def start(self) -> datetime:
        return datetime(self.start_year, 8, 1, tzinfo=UTC)

    @property
    def end(self) -> datetime:
        """Exclusive upper bound."""
        return datetime(self.start_year + 1, 8, 1, tzinfo=UTC)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{(self.start_year + 1) % 100:02d}"

    def contains(self, moment: datetime | date) -> bool:
        if isinstance(moment, datetime):
            if moment.tzinfo is None:
                raise ValueError("naive datetime")
            return self.start <= moment < self.end
        return self.first_day <= moment <= self.last_day

    @classmethod
    def of(cls, day: date) -> AcademicYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AcademicYear) and other.start_year == self.start_year

    def __hash__(self) -> int:
        return hash(self.start_year)

    def __repr__(self) -> str:
        return f"AcademicYear({self.start_year})"


def parse_utc(text: str) -> datetime:
    """The log's RFC 3339 UTC times ("2025-09-01T10:00:00Z")."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def suppress(count: int, *, identifying: bool = True) -> int | str:
    """What the board sees for `count`: 1-4 become "fewer than 5" where a count could identify."""
    if count < 0:
        raise ValueError("a count cannot be negative")
    if identifying and 0 < count < SUPPRESSION_THRESHOLD:
        return SUPPRESSED_TEXT
    return count


@dataclass(frozen=True)
class Figure:
    """One number in the report, with the records behind it.

    `key` is stable and used by `report trace` (e.g. ``concerns.source.staff``); `trace`
    lists record or log references such as ``concern:12`` or ``log:7`` - ids only, never
    names or text.
    """

    key: str
    section: str
    label: str
    dimension: str
    value: int
    trace: tuple[str, ...] = ()
    identifying: bool = True
    secondary_suppressed: bool = False

    def __post_init__(self) -> None:
        if self.dimension not in ALLOWED_DIMENSIONS:
            raise ValueError(
                f"figure {self.key}: breakdown by {self.dimension!r} is not allowed (policy 2.2)"
            )
        if self.value < 0:
            raise ValueError(f"figure {self.key}: negative count")

    @property
    def display(self) -> int | str:
        if self.secondary_suppressed:
            return SECONDARY_TEXT
        return suppress(self.value, identifying=self.identifying)

    @property
    def suppressed(self) -> bool:
        return self.display != self.value


def apply_secondary_suppression(group: Sequence[Figure]) -> list[Figure]:
    """Protect suppressed cells of a breakdown whose total is shown.

    With the total known, hidden cells could be worked out by subtraction (one hidden cell
    exactly; two hidden cells adding up to 2 must both be 1). So while the hidden cells add up
    to less than ``2 * SUPPRESSION_THRESHOLD``, the smallest visible non-zero cell is hidden too.
    In a small year this hides the whole breakdown and leaves the total: that is intended.
    """
    figures = list(group)
    if not any(f.suppressed for f in figures):
        return figures
    while True:
        hidden = sum(f.value for f in figures if f.suppressed)
        visible = [f for f in figures if not f.suppressed and f.value > 0 and f.identifying]
        if hidden >= 2 * SUPPRESSION_THRESHOLD or not visible:
            return figures
        smallest = min(visible, key=lambda f: f.value)
        figures = [replace(f, secondary_suppressed=True) if f is smallest else f for f in figures]


@dataclass(frozen=True)
class TrainingRow:
    group: str
    group_label: str
    staff: int
    trained_in_date: int
    overdue: int
    not_trained: int
    completed_in_year: int
    percent: float


@dataclass(frozen=True)
class AnnualReport:
    year: AcademicYear
    organisation: str
    generated_at: datetime
    figures: tuple[Figure, ...]
    training: tuple[TrainingRow, ...] = ()
    log_size: int = 0
    log_root: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def section(self, name: str) -> list[Figure]:
        return [f for f in self.figures if f.section == name]

    def figure(self, key: str) -> Figure:
        for f in self.figures:
            if f.key == key:
                return f
        raise NotFound(
            f"The report has no figure {key}.",
            hint="The report's JSON and CSV forms list every figure key.",
        )

    def keys(self) -> list[str]:
        return [f.key for f in self.figures]


def figures_by_key(figures: Iterable[Figure]) -> dict[str, Figure]:
    return {f.key: f for f in figures}


#: Each section of the report's figures as its heading reads, in report order.
SECTION_TITLES = {
    "concerns": "Concerns raised",
    "cases": "Cases",
    "outcomes": "Cases by outcome",
    "disclosures": "Referrals and disclosures",
    "not_shared": "Decisions not to share",
    "requests": "Requests from Channel panels and the police",
    "corrections": "Correction notices",
    "emergency": "Emergency releases and their reviews",
    "reviews": "Internal-action reviews",
    "disposals": "Disposals under the retention schedule",
    "training": "Prevent training",
}


def section_title(section: str) -> str:
    """A section's heading; a section added later without one reads as its code in words."""
    return SECTION_TITLES.get(section) or section.replace("_", " ").capitalize()


def full_labels(figures: Iterable[Figure]) -> dict[str, str]:
    """Each figure's label as it reads on its own, in a list of every figure: a count within a
    breakdown is qualified by its total's label, so "Regional Prevent Coordinator" reads as
    "Disclosures released: Regional Prevent Coordinator" and is not mistaken for the line of
    the other breakdown by recipient ("Cases with a disclosure: ...")."""
    figures = list(figures)
    by_key = figures_by_key(figures)
    labels: dict[str, str] = {}
    for f in figures:
        prefix = f.key.rsplit(".", 1)[0]
        total = by_key.get(f"{prefix}.total")
        if total is not None and total.key != f.key:
            labels[f.key] = f"{total.label}: {f.label}"
        else:
            labels[f.key] = f.label
    return labels


# --- The OfS Prevent monitoring return --------------------------------------------------------


@dataclass(frozen=True)
class OfsItem:
    """One item of the OfS annual accountability and data return (ADR), Prevent section."""

    code: str
    question: str
    source_keys: tuple[str, ...]
    how: str
    identifying: bool = True


#: How each item the OfS asks for in the Prevent ADR is derived from the report's figures,
#: following the provider's policy. The OfS collects Prevent-related welfare cases, external
#: speakers and events, and staff training (OfS, "Prevent monitoring: Summary of accountability
#: and data returns"). Items the gateway does not hold are marked as such rather than guessed.
#: Every case line counts distinct cases, and each later line counts cases of the first.
OFS_MAPPING: tuple[OfsItem, ...] = (
    OfsItem(
        "welfare.escalated_to_prevent_lead",
        "Prevent-related welfare cases escalated to the point where the Prevent lead "
        "became involved",
        ("cases.escalated.total", "cases.advice_sought.total", "cases.formal_referral.total"),
        "Distinct cases the Prevent Lead dealt with in the year: every concern goes to the "
        "Prevent Lead (policy 7.4, 7.5), so a case with a concern raised in the year counts; so "
        "does a case escalated earlier on which advice was sought or a formal referral was made "
        "in the year, so that the lines below are always cases of this one.",
    ),
    OfsItem(
        "welfare.external_advice_sought",
        "Of those, cases where advice was sought from external Prevent partners",
        ("cases.advice_sought.total",),
        "Distinct cases with a recorded discussion with the Regional Prevent Coordinator dated "
        "in the year (by phone or at a meeting): the case is considered 'with advice where "
        "appropriate from the Regional Prevent Coordinator' (policy 8.2), the provider's only "
        "external Prevent partner (policy 1.3, 10.1). A referral without such a discussion is "
        "counted below, not here.",
    ),
    OfsItem(
        "welfare.formal_referrals",
        "Of those, cases that led to a formal referral to Prevent (police or Channel)",
        ("cases.formal_referral.total",),
        "Distinct cases with a release in the year, after a referral decision (policy 9.2), to "
        "the Regional Prevent Coordinator, a Channel panel or a police Prevent team. Under the "
        "policy the referral goes to the Regional Prevent Coordinator (9.2, 10.1), who takes it "
        "to the police Prevent team or Channel, so a release to the coordinator is a formal "
        "referral, not advice. A case with several releases counts once.",
    ),
    OfsItem(
        "training.induction_completed",
        "Staff who completed induction Prevent training in the year",
        ("training.completed_in_year.introductory",),
        "Introductory module completions dated in the academic year (policy 3.1).",
        identifying=False,
    ),
    OfsItem(
        "training.refresher_completed",
        "Staff who completed refresher Prevent training in the year",
        ("training.completed_in_year.refresher",),
        "Refresher completions dated in the academic year.",
        identifying=False,
    ),
    OfsItem(
        "events.speaker_requests",
        "External speaker and event requests, approved, approved with mitigations, rejected",
        (),
        "Not applicable: as an online provider there are no events with guest speakers "
        "(policy 2.5). Reported as 0.",
        identifying=False,
    ),
)


@dataclass(frozen=True)
class OfsLine:
    item: OfsItem
    value: int
    trace: tuple[str, ...]

    @property
    def display(self) -> int | str:
        return suppress(self.value, identifying=self.item.identifying)

    def shown(self, *, exact: bool) -> int | str:
        """The exact count for those who file the return; otherwise as the board sees it."""
        return self.value if exact else self.display


def ofs_lines(report: AnnualReport) -> list[OfsLine]:
    """The OfS items from the report's figures; case counts are of distinct records."""
    by_key = figures_by_key(report.figures)
    lines: list[OfsLine] = []
    for item in OFS_MAPPING:
        refs: list[str] = []
        value = 0
        for key in item.source_keys:
            fig = by_key[key]
            value += fig.value
            refs.extend(fig.trace)
        if any(r.startswith("case:") for r in refs):
            refs = sorted(set(refs))
            value = len(refs)
        lines.append(OfsLine(item, value, tuple(refs)))
    return lines
