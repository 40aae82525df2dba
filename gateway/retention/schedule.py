"""The retention schedule: which record class is kept how long after which event, and why.

Loaded from TOML (the shipped default, or ``PREVENT_GATEWAY_RETENTION_SCHEDULE``) and validated
whole before anything runs: a schedule the gateway cannot apply exactly is refused with a
message that names the class and the field.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import TypeVar

from gateway.errors import GatewayError

E = TypeVar("E", bound=StrEnum)


class ScheduleInvalid(GatewayError):
    code = "schedule-invalid"


class RecordClass(StrEnum):
    NO_FURTHER_ACTION_RECORD = "no_further_action_record"
    INTERNAL_ACTION_CASE = "internal_action_case"
    REFERRAL_CASE = "referral_case"
    DISCLOSURE_PACKAGE = "disclosure_package"
    DECISION_NOT_TO_SHARE = "decision_not_to_share"
    ACCESS_LOG = "access_log"
    DPIA = "dpia"
    #: A case with concerns and no decision yet (an open concern, or one left undecided).
    UNDECIDED_CASE = "undecided_case"
    #: A subject access request, its items and the DPO's decisions on them.
    ACCESS_REQUEST = "access_request"
    #: A member of staff's Prevent training records (policy 3.1).
    TRAINING_RECORD = "training_record"


#: The classes whose records are cases (disposal destroys the case and its data key).
CASE_CLASSES = frozenset(
    {
        RecordClass.NO_FURTHER_ACTION_RECORD,
        RecordClass.INTERNAL_ACTION_CASE,
        RecordClass.REFERRAL_CASE,
        RecordClass.UNDECIDED_CASE,
    }
)


class Trigger(StrEnum):
    CASE_CLOSED = "case_closed"
    LAST_ACTION = "last_action"
    REVIEW_COMPLETED = "review_completed"
    STUDENT_LEFT = "student_left"
    REQUEST_CLOSED = "request_closed"
    STAFF_LEFT = "staff_left"


#: Triggers that may never come (a case never closed, a student who drops out silently, a review
#: never re-decided, a request never answered, a leaver never recorded): a rule counting from one
#: of them also counts from the last action, so that nothing is kept for ever by accident.
MAY_NEVER_COME = frozenset(
    {
        Trigger.CASE_CLOSED,
        Trigger.REVIEW_COMPLETED,
        Trigger.STUDENT_LEFT,
        Trigger.REQUEST_CLOSED,
        Trigger.STAFF_LEFT,
    }
)
#: The fallback period when a schedule gives none: six years, the Limitation Act 1980 s.2 period
#: the shipped schedule counts every record class in.
DEFAULT_FALLBACK = "P6Y"


class DisposalAction(StrEnum):
    DESTROY = "destroy"
    ANONYMISE = "anonymise"
    REVIEW = "review"


_CASE_TRIGGERS = {Trigger.CASE_CLOSED, Trigger.LAST_ACTION, Trigger.STUDENT_LEFT}
#: The events the gateway can date for each class (anything else could never fall due).
ALLOWED_TRIGGERS: dict[RecordClass, set[Trigger]] = {
    RecordClass.NO_FURTHER_ACTION_RECORD: _CASE_TRIGGERS,
    RecordClass.INTERNAL_ACTION_CASE: _CASE_TRIGGERS | {Trigger.REVIEW_COMPLETED},
    RecordClass.REFERRAL_CASE: _CASE_TRIGGERS,
    RecordClass.DISCLOSURE_PACKAGE: _CASE_TRIGGERS,
    RecordClass.DECISION_NOT_TO_SHARE: _CASE_TRIGGERS,
    RecordClass.ACCESS_LOG: {Trigger.LAST_ACTION},
    RecordClass.DPIA: {Trigger.REVIEW_COMPLETED, Trigger.LAST_ACTION},
    RecordClass.UNDECIDED_CASE: {Trigger.LAST_ACTION, Trigger.STUDENT_LEFT},
    RecordClass.ACCESS_REQUEST: {Trigger.REQUEST_CLOSED, Trigger.LAST_ACTION},
    RecordClass.TRAINING_RECORD: {Trigger.STAFF_LEFT, Trigger.LAST_ACTION},
}
ALLOWED_ACTIONS: dict[RecordClass, set[DisposalAction]] = {
    cls: {DisposalAction.DESTROY, DisposalAction.ANONYMISE, DisposalAction.REVIEW}
    for cls in (
        RecordClass.NO_FURTHER_ACTION_RECORD,
        RecordClass.INTERNAL_ACTION_CASE,
        RecordClass.REFERRAL_CASE,
        RecordClass.UNDECIDED_CASE,
    )
} | {
    RecordClass.DISCLOSURE_PACKAGE: {DisposalAction.DESTROY, DisposalAction.REVIEW},
    RecordClass.DECISION_NOT_TO_SHARE: {DisposalAction.DESTROY, DisposalAction.REVIEW},
    RecordClass.ACCESS_LOG: {DisposalAction.DESTROY, DisposalAction.REVIEW},
    RecordClass.DPIA: {DisposalAction.REVIEW},
    RecordClass.ACCESS_REQUEST: {DisposalAction.DESTROY, DisposalAction.REVIEW},
    RecordClass.TRAINING_RECORD: {DisposalAction.DESTROY, DisposalAction.REVIEW},
}

_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


@dataclass(frozen=True)
class Period:
    years: int = 0
    months: int = 0
    days: int = 0
    text: str = ""

    @classmethod
    def parse(cls, text: str, where: str) -> Period:
        raw = text.strip().upper()
        if raw.startswith("-"):
            raise ScheduleInvalid(
                f"{where}: the period {text!r} is negative; a record cannot be due before its "
                "trigger.",
                hint="Use a positive ISO 8601 duration such as P6Y (six years) or P0D (at once).",
            )
        match = _DURATION.fullmatch(raw)
        if not match or raw == "P":
            raise ScheduleInvalid(
                f"{where}: the period {text!r} is not an ISO 8601 duration.",
                hint="Write years, months, weeks or days, e.g. P6Y, P18M, P1Y6M, P90D.",
            )
        years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
        return cls(years=years, months=months, days=days + 7 * weeks, text=raw)

    def after(self, start: date) -> date:
        from datetime import timedelta

        month_index = start.month - 1 + self.months
        year = start.year + self.years + month_index // 12
        month = month_index % 12 + 1
        day = start.day
        while True:  # 29 Feb + 1 year -> 28 Feb
            try:
                shifted = date(year, month, day)
                break
            except ValueError:
                day -= 1
        return shifted + timedelta(days=self.days)

    def describe(self) -> str:
        parts = [
            f"{n} {unit}{'' if n == 1 else 's'}"
            for n, unit in ((self.years, "year"), (self.months, "month"), (self.days, "day"))
            if n
        ]
        return ", ".join(parts) or "no time"


@dataclass(frozen=True)
class Rule:
    record_class: RecordClass
    period: Period
    trigger: Trigger
    action: DisposalAction
    justification: str
    source: str
    #: Counted from the last action when the trigger has not come (only for triggers that may
    #: never come, and for an internal-action review that is never re-decided).
    fallback: Period | None = None

    def describe(self) -> str:
        text = (
            f"{self.record_class.value}: {self.action.value} {self.period.describe()} after "
            f"{self.trigger.value.replace('_', ' ')}"
        )
        if self.fallback is not None and self.trigger in MAY_NEVER_COME:
            text += f" (or {self.fallback.describe()} after the last action, if that never comes)"
        return text

    @property
    def code(self) -> str:
        return self.record_class.value


@dataclass(frozen=True)
class Schedule:
    rules: dict[RecordClass, Rule]
    origin: str

    def rule(self, record_class: RecordClass) -> Rule:
        return self.rules[record_class]


def _text(entry: dict[str, object], key: str, where: str) -> str:
    value = entry.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ScheduleInvalid(
            f"{where}: '{key}' is missing.",
            hint=f'Add {key} = "..." to [{where}] (see the shipped default schedule).',
        )
    if not isinstance(value, str):
        raise ScheduleInvalid(f"{where}: '{key}' must be text, not {type(value).__name__}.")
    return value.strip()


def _choice(kind: type[E], value: str, allowed: set[E], where: str, key: str) -> E:
    try:
        chosen = kind(value)
    except ValueError:
        raise ScheduleInvalid(
            f"{where}: unknown {key} {value!r}.",
            hint=f"Use one of: {', '.join(sorted(m.value for m in allowed))}.",
        ) from None
    if chosen not in allowed:
        raise ScheduleInvalid(
            f"{where}: {key} {value!r} cannot apply to this record class.",
            hint=f"Use one of: {', '.join(sorted(m.value for m in allowed))}.",
        )
    return chosen


def _fallback(
    entry: dict[str, object], record_class: RecordClass, trigger: Trigger, where: str
) -> Period | None:
    """The fallback period: required (by default six years) wherever the trigger may never come,
    and for internal-action cases, whose review may never be re-decided; meaningless elsewhere."""
    needed = trigger in MAY_NEVER_COME or record_class is RecordClass.INTERNAL_ACTION_CASE
    if "fallback_period" not in entry:
        return Period.parse(DEFAULT_FALLBACK, where) if needed else None
    if not needed:
        raise ScheduleInvalid(
            f"{where}: fallback_period is set, but the trigger {trigger.value} always comes.",
            hint="Remove fallback_period: it applies only to triggers that may never come ("
            + ", ".join(sorted(t.value for t in MAY_NEVER_COME))
            + ").",
        )
    return Period.parse(_text(entry, "fallback_period", where), f"{where} fallback_period")


def parse_schedule(text: str, origin: str) -> Schedule:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScheduleInvalid(f"The retention schedule {origin} is not valid TOML: {exc}.") from exc
    classes = data.get("classes")
    if not isinstance(classes, dict) or not classes:
        raise ScheduleInvalid(
            f"The retention schedule {origin} has no [classes.<name>] tables.",
            hint="Start from the shipped default (docs/retention.md shows it).",
        )
    unknown = sorted(set(classes) - {c.value for c in RecordClass})
    if unknown:
        raise ScheduleInvalid(
            f"The retention schedule {origin} names unknown record classes: {', '.join(unknown)}.",
            hint=f"The classes are: {', '.join(c.value for c in RecordClass)}.",
        )
    missing = [c.value for c in RecordClass if c.value not in classes]
    if missing:
        raise ScheduleInvalid(
            f"The retention schedule {origin} has no rule for: {', '.join(missing)}.",
            hint="Every record class needs a rule, so that nothing is kept or destroyed by "
            "accident.",
        )
    rules: dict[RecordClass, Rule] = {}
    for record_class in RecordClass:
        entry = classes[record_class.value]
        where = f"classes.{record_class.value}"
        if not isinstance(entry, dict):
            raise ScheduleInvalid(f"{where} must be a table.")
        extra = sorted(
            set(entry)
            - {"period", "trigger", "action", "justification", "source", "fallback_period"}
        )
        if extra:
            raise ScheduleInvalid(f"{where}: unknown fields {', '.join(extra)}.")
        period = Period.parse(_text(entry, "period", where), where)
        trigger = _choice(
            Trigger,
            _text(entry, "trigger", where),
            ALLOWED_TRIGGERS[record_class],
            where,
            "trigger",
        )
        action = _choice(
            DisposalAction,
            _text(entry, "action", where),
            ALLOWED_ACTIONS[record_class],
            where,
            "action",
        )
        rules[record_class] = Rule(
            record_class=record_class,
            period=period,
            trigger=trigger,
            action=action,
            justification=" ".join(_text(entry, "justification", where).split()),
            source=_text(entry, "source", where),
            fallback=_fallback(entry, record_class, trigger, where),
        )
    return Schedule(rules=rules, origin=origin)


#: The origin of the schedule shipped with the gateway (any other origin is a file's path).
SHIPPED_DEFAULT = "(shipped default)"


def default_schedule_text() -> str:
    return resources.files("gateway.retention").joinpath("default_schedule.toml").read_text("utf-8")


def load_schedule(path: Path | None = None) -> Schedule:
    """The schedule at ``path`` (the ``retention_schedule`` setting), else the shipped default."""
    if path is None:
        return parse_schedule(default_schedule_text(), SHIPPED_DEFAULT)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScheduleInvalid(
            f"The retention schedule {path} cannot be read ({exc.strerror}).",
            hint="Fix PREVENT_GATEWAY_RETENTION_SCHEDULE, or unset it to use the default.",
        ) from exc
    return parse_schedule(text, str(path))
