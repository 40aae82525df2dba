"""Roles and the role x action matrix: the one place that decides who may do what."""

from __future__ import annotations

import re
from enum import StrEnum


class Role(StrEnum):
    PREVENT_LEAD = "prevent_lead"
    PREVENT_LEAD_NOMINEE = "prevent_lead_nominee"
    DPO = "dpo"
    SMT_MEMBER = "smt_member"
    STUDENT_SUPPORT = "student_support"
    TUTOR = "tutor"
    AUDITOR = "auditor"
    ADMINISTRATOR = "administrator"
    #: A named account for scheduled jobs (cron): it acts only with its API token.
    SERVICE = "service"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.PREVENT_LEAD: "Prevent Lead",
    Role.PREVENT_LEAD_NOMINEE: "Prevent Lead's nominee",
    Role.DPO: "Data Protection Officer",
    Role.SMT_MEMBER: "Senior Management Team member",
    Role.STUDENT_SUPPORT: "Student Support Team",
    Role.TUTOR: "Tutor / Associate Tutor",
    Role.AUDITOR: "Auditor",
    Role.ADMINISTRATOR: "Administrator",
    Role.SERVICE: "Service account (scheduled jobs)",
}


class Action(StrEnum):
    CONCERN_RAISE = "concern.raise"
    CONCERN_READ_OWN = "concern.read_own"
    CASE_READ = "case.read"
    CASE_MANAGE = "case.manage"
    CASE_DECIDE = "case.decide"
    CASE_DECIDE_AS_SMT = "case.decide_as_smt"
    CASE_CORRECT = "case.correct"
    DISCLOSURE_PREPARE = "disclosure.prepare"
    DISCLOSURE_READ = "disclosure.read"
    DISCLOSURE_APPROVE = "disclosure.approve"
    DISCLOSURE_RELEASE = "disclosure.release"
    EMERGENCY_AUTHORISE = "disclosure.emergency_authorise"
    EMERGENCY_REVIEW = "disclosure.emergency_review"
    NON_DISCLOSURE_RECORD = "non_disclosure.record"
    REQUEST_READ = "request.read"
    REQUEST_MANAGE = "request.manage"
    LOG_READ = "log.read"
    LOG_RESOLVE = "log.resolve"
    ACCESS_LOG_READ = "access_log.read"
    ACCESS_LOG_SEAL = "access_log.seal"
    USERS_MANAGE = "users.manage"
    RECIPIENTS_MANAGE = "recipients.manage"
    RECIPIENTS_READ = "recipients.read"
    KEYS_MANAGE = "keys.manage"
    DPIA_EDIT = "dpia.edit"
    DPIA_ADVISE = "dpia.advise"
    DPIA_APPROVE = "dpia.approve"
    DPIA_READ = "dpia.read"
    REPORT_READ = "report.read"
    REPORT_OFS_EXACT = "report.ofs_exact"
    SAR_HANDLE = "sar.handle"
    SAR_READ = "sar.read"
    COMPLAINT_HANDLE = "complaint.handle"
    RETENTION_READ = "retention.read"
    RETENTION_HOLD = "retention.hold"
    RETENTION_DISPOSE = "retention.dispose"
    TRAINING_MANAGE = "training.manage"
    RESTRICTION_RECORD = "restriction.record"
    RESTRICTION_DECIDE = "restriction.decide"
    BREACH_REPORT = "breach.report"
    BREACH_READ = "breach.read"
    BREACH_MANAGE = "breach.manage"
    APD_MANAGE = "apd.manage"
    APD_READ = "apd.read"


#: What each action is, in the words an error message uses ("... accounts may not <words>").
ACTION_WORDS: dict[Action, str] = {
    Action.CONCERN_RAISE: "raise a concern",
    Action.CONCERN_READ_OWN: "read the concerns they raised",
    Action.CASE_READ: "read case records",
    Action.CASE_MANAGE: "manage cases",
    Action.CASE_DECIDE: "decide the outcome of a case",
    Action.CASE_DECIDE_AS_SMT: "take part in a case decision for the Senior Management Team",
    Action.CASE_CORRECT: "correct a case record or a disclosed item",
    Action.DISCLOSURE_PREPARE: "prepare a disclosure",
    Action.DISCLOSURE_READ: "read disclosure requests",
    Action.DISCLOSURE_APPROVE: "approve or refuse a disclosure",
    Action.DISCLOSURE_RELEASE: "release a disclosure",
    Action.EMERGENCY_AUTHORISE: "authorise an emergency release",
    Action.EMERGENCY_REVIEW: "review an emergency release",
    Action.NON_DISCLOSURE_RECORD: "record a decision not to share",
    Action.REQUEST_READ: "read requests for information from Channel or the police",
    Action.REQUEST_MANAGE: "record, answer or refuse requests for information",
    Action.LOG_READ: "read the sharing log",
    Action.LOG_RESOLVE: "resolve an alarm about the sharing log",
    Action.ACCESS_LOG_READ: "read the access log",
    Action.ACCESS_LOG_SEAL: "seal the access log",
    Action.USERS_MANAGE: "manage user accounts",
    Action.RECIPIENTS_MANAGE: "manage the recipients",
    Action.RECIPIENTS_READ: "see the recipients",
    Action.KEYS_MANAGE: "manage the organisation's keys",
    Action.DPIA_EDIT: "edit the DPIA",
    Action.DPIA_ADVISE: "give the DPO's advice on the DPIA",
    Action.DPIA_APPROVE: "approve the DPIA",
    Action.DPIA_READ: "read the DPIA",
    Action.REPORT_READ: "read the reports",
    Action.REPORT_OFS_EXACT: "see the exact counts of the OfS return",
    Action.SAR_HANDLE: "handle subject access requests",
    Action.SAR_READ: "see subject access requests' deadlines",
    Action.COMPLAINT_HANDLE: "handle complaints",
    Action.RETENTION_READ: "see the retention plan",
    Action.RETENTION_HOLD: "place or release a hold on records",
    Action.RETENTION_DISPOSE: "dispose of records",
    Action.TRAINING_MANAGE: "record training",
    Action.RESTRICTION_RECORD: "record a student's restriction or objection",
    Action.RESTRICTION_DECIDE: "record a ground to go on despite a restriction, or lift it",
    Action.BREACH_REPORT: "report a personal data breach",
    Action.BREACH_READ: "read the breach register",
    Action.BREACH_MANAGE: "assess a breach and decide who is told",
    Action.APD_MANAGE: "add or review an appropriate policy document",
    Action.APD_READ: "read the register of appropriate policy documents",
}

_LEAD = {
    Action.TRAINING_MANAGE,
    Action.RETENTION_READ,
    Action.RETENTION_HOLD,
    Action.CONCERN_RAISE,
    Action.CASE_READ,
    Action.CASE_MANAGE,
    Action.CASE_DECIDE,
    Action.CASE_CORRECT,
    Action.REQUEST_READ,
    Action.REQUEST_MANAGE,
    Action.DISCLOSURE_PREPARE,
    Action.DISCLOSURE_READ,
    Action.DISCLOSURE_RELEASE,
    Action.NON_DISCLOSURE_RECORD,
    Action.RECIPIENTS_READ,
    Action.DPIA_EDIT,
    Action.DPIA_READ,
    Action.REPORT_READ,
    # The Prevent Lead files the OfS return (policy 1.2, 4.1): it needs exact counts, which
    # everyone else sees with small numbers suppressed.
    Action.REPORT_OFS_EXACT,
    Action.RESTRICTION_RECORD,
    Action.BREACH_REPORT,
    # The Prevent Lead chooses the policy document a disclosure relies on, so reads the register.
    Action.APD_READ,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.PREVENT_LEAD: frozenset(_LEAD),
    Role.PREVENT_LEAD_NOMINEE: frozenset(_LEAD),
    Role.SMT_MEMBER: frozenset(
        {
            Action.CASE_READ,
            Action.CASE_DECIDE_AS_SMT,
            Action.DISCLOSURE_READ,
            Action.EMERGENCY_AUTHORISE,
            Action.DPIA_APPROVE,
            Action.DPIA_READ,
            Action.REPORT_READ,
        }
    ),
    Role.DPO: frozenset(
        {
            Action.DISCLOSURE_READ,
            Action.DISCLOSURE_APPROVE,
            Action.SAR_HANDLE,
            Action.SAR_READ,
            Action.COMPLAINT_HANDLE,
            Action.REQUEST_READ,
            Action.RETENTION_READ,
            Action.RETENTION_HOLD,
            Action.RETENTION_DISPOSE,
            Action.EMERGENCY_REVIEW,
            Action.NON_DISCLOSURE_RECORD,
            Action.RECIPIENTS_READ,
            Action.LOG_READ,
            Action.ACCESS_LOG_READ,
            Action.ACCESS_LOG_SEAL,
            Action.DPIA_EDIT,
            Action.DPIA_ADVISE,
            Action.DPIA_READ,
            Action.REPORT_READ,
            Action.RESTRICTION_RECORD,
            Action.RESTRICTION_DECIDE,
            Action.BREACH_REPORT,
            Action.BREACH_READ,
            Action.BREACH_MANAGE,
            Action.APD_MANAGE,
            Action.APD_READ,
        }
    ),
    Role.STUDENT_SUPPORT: frozenset({Action.CONCERN_RAISE, Action.CONCERN_READ_OWN}),
    Role.TUTOR: frozenset({Action.CONCERN_RAISE, Action.CONCERN_READ_OWN}),
    Role.AUDITOR: frozenset(
        {
            # Whether requests are answered in time (references, dates, counts): no content.
            Action.SAR_READ,
            Action.LOG_READ,
            Action.ACCESS_LOG_READ,
            Action.REPORT_READ,
            Action.DPIA_READ,
            Action.RETENTION_READ,
            Action.BREACH_READ,
            Action.APD_READ,
        }
    ),
    Role.ADMINISTRATOR: frozenset(
        {
            Action.USERS_MANAGE,
            Action.RECIPIENTS_MANAGE,
            Action.RECIPIENTS_READ,
            Action.KEYS_MANAGE,
            Action.ACCESS_LOG_SEAL,
            Action.LOG_READ,
            Action.LOG_RESOLVE,
        }
    ),
    # Exactly what the scheduled jobs need: sealing the access log, the retention run (its dry
    # run reads the plan, then disposal) and watching the sharing log (checkpoints, proofs).
    Role.SERVICE: frozenset(
        {
            Action.ACCESS_LOG_SEAL,
            Action.RETENTION_READ,
            Action.RETENTION_DISPOSE,
            Action.LOG_READ,
        }
    ),
}

#: Roles whose accounts never sign in with a password: they act only with an API token an
#: administrator makes for them.
TOKEN_ONLY_ROLES: frozenset[Role] = frozenset({Role.SERVICE})


#: The account that stands for the person at the server's command line when a command names no
#: account (``init``, setting a password or enrolling a second factor on the server): what they
#: do is checked against its role and recorded against it. It never signs in.
LOCAL_OPERATOR = "local-operator"
LOCAL_OPERATOR_NAME = "Local operator (server command line)"
LOCAL_OPERATOR_ROLE = Role.ADMINISTRATOR

# --- people behind the accounts -----------------------------------------------------------------
#
# Every account belongs to a person, named by their staff identifier (the provider's staff or
# payroll number, as in the training records). One person may hold several accounts (a Prevent
# Lead who is also the DPO's deputy, say); separation of duties is between people, so the rules
# compare staff identifiers, never account ids.

#: What an administrator may give as a staff identifier: letters, digits and . _ / -.
STAFF_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
STAFF_ID_HINT = "Use the person's staff number: 1-40 letters, digits, '.', '_', '/' or '-'."

#: Accounts made before staff identifiers were recorded were each given their own person,
#: ``account:<username>`` (the ':' cannot be typed as a staff identifier, so these never match a
#: real one) until an administrator sets the real staff identifier.
UNCONFIRMED_STAFF_ID_PREFIX = "account:"

#: The person at the server's command line is nobody's staff identifier.
LOCAL_OPERATOR_STAFF_ID = "system:local-operator"


def valid_staff_id(text: str) -> str | None:
    """The staff identifier as it will be stored (surrounding spaces removed), or None when it
    is not one an administrator may give."""
    staff_id = text.strip()
    return staff_id if STAFF_ID_PATTERN.match(staff_id) else None


def same_person(staff_id: str, other_staff_id: str) -> bool:
    """Whether two accounts' staff identifiers name one person (staff numbers are compared
    without regard to case: "at0042" and "AT0042" are one member of staff)."""
    return staff_id.casefold() == other_staff_id.casefold()


def staff_id_confirmed(staff_id: str) -> bool:
    """False for the placeholder given to an account that predates staff identifiers."""
    return not staff_id.startswith(UNCONFIRMED_STAFF_ID_PREFIX)


def is_allowed(role: Role, action: Action) -> bool:
    """Deny unless the matrix allows."""
    return action in PERMISSIONS.get(role, frozenset())


def permissions_markdown() -> str:
    """The role x action matrix as a Markdown table (the README shows exactly this)."""
    roles = list(Role)
    header = "| action | " + " | ".join(r.label for r in roles) + " |"
    rule = "| --- |" + " :-: |" * len(roles)
    rows = [
        f"| `{action.value}` | "
        + " | ".join("✓" if is_allowed(role, action) else "" for role in roles)
        + " |"
        for action in Action
    ]
    return "\n".join([header, rule, *rows])
