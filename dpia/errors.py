"""Typed errors raised by the DPIA library.

Every message says what is wrong and what to do about it, in words a Prevent Lead or DPO
understands. Callers can catch :class:`DPIAError` for all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class DPIAError(Exception):
    """Base class: an operation on a DPIA was refused; nothing was changed."""


class DPIAInvalid(DPIAError):
    """The DPIA data (JSON, a patch or a field value) does not fit the DPIA model."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        listed = "; ".join(self.problems)
        super().__init__(f"The DPIA data is not valid: {listed}")


class DPIAIncomplete(DPIAError):
    """A step needs parts of the DPIA that are still missing; ``missing`` names each one."""

    def __init__(self, step: str, missing: Sequence[str]) -> None:
        self.step = step
        self.missing = tuple(missing)
        listed = "\n  - ".join(self.missing)
        super().__init__(f"The DPIA cannot be {step} yet; complete these first:\n  - {listed}")


class DPIAFrozen(DPIAError):
    """The version is approved (or awaiting the DPO) and may not be changed in place."""


class DPIAInvalidTransition(DPIAError):
    """The requested status change is not allowed from the DPIA's current status."""


class DPIASeparationOfDuties(DPIAError):
    """The same person would hold two roles the DPIA process keeps apart (e.g. DPO and approver)."""


class DPIAVersionConflict(DPIAError):
    """A version does not follow on from the previous one (wrong number or broken link)."""


class RefusalReason(StrEnum):
    """Why no DPIA is in force for a processing activity."""

    MISSING = "missing"
    WRONG_ACTIVITY = "wrong_activity"
    NOT_APPROVED = "not_approved"
    EXPIRED = "expired"
    ICO_CONSULTATION_REQUIRED = "ico_consultation_required"


class DPIANotInForce(DPIAError):
    """Processing under an activity is refused because its DPIA is not in force."""

    def __init__(self, activity: str, reason: RefusalReason, detail: str) -> None:
        self.activity = activity
        self.reason = reason
        self.detail = detail
        super().__init__(f"No DPIA is in force for processing activity '{activity}': {detail}")
