"""The gateway's side of the sharing log: turns gateway records into log entries.

Entries hold ids, a pseudonymous subject reference, codes, hashes and times. The subject
reference is an HMAC of the student number under a key derived from the case's data key: while
the case exists the installation can recompute it (to answer the student's access request), so
it is personal data in the installation's hands; when disposal destroys the case's data key no
key the installation holds can link it to the student any more, and the entry is anonymous.
Appends run inside the caller's transaction, so an entry exists exactly when the step it
records was committed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from gateway.config import Settings
from gateway.timeutil import iso
from sharing_log import EntryType, LogEntry, subject_reference
from sharing_log.sql import AppendResult, SQLTransparencyLog


def user_ref(user_id: int) -> str:
    return f"U{user_id}"


#: The entry fields that hold account ids (``user_ref``): the log names people by id only.
USER_REF_FIELDS = frozenset(
    {
        "preparer_id",
        "approver_id",
        "decided_by_id",
        "authorised_by_ids",
        "reviewer_id",
        "disposed_by_id",
        "sealed_by_id",
        "rotated_by_id",
        "recorded_by_id",
    }
)


def user_ids_in(fields: Mapping[str, object]) -> dict[str, int]:
    """The account ids an entry's fields name: ``{"U2": 2, ...}`` (others are left out)."""
    found: dict[str, int] = {}
    for name in USER_REF_FIELDS & fields.keys():
        value = fields[name]
        for ref in value if isinstance(value, list) else [value]:
            if isinstance(ref, str) and ref[:1] == "U" and ref[1:].isdigit():
                found[ref] = int(ref[1:])
    return found


@dataclass
class SharingLogWriter:
    log: SQLTransparencyLog
    #: The installation-wide subject key of entries written before references were made per
    #: case (empty when there is none any more): used only to find those entries.
    subject_key: bytes
    #: The installation's settings: with them, every append first checks the stored log against
    #: the checkpoint saved outside the database and refuses on a mismatch (fail closed), and
    #: the checkpoint it signs is saved once the transaction commits. The doors always pass them.
    settings: Settings | None = None

    def subject_ref(self, student_id: str, *, session: Session, case_ref: str) -> str:
        """The student's pseudonymous reference in entries about the case ``case_ref``."""
        from gateway.encryption.keystore import case_subject_key

        return subject_reference(case_subject_key(session, case_ref), student_id)

    def append(self, session: Session, entry_type: EntryType, **fields: object) -> AppendResult:
        entry = LogEntry.create(entry_type, **fields)
        if self.settings is None:
            return self.log.append(session.connection(), entry)
        from gateway.audit import watch
        from gateway.timeutil import utcnow

        watch.guard(session.connection(), self.settings, self.log, utcnow())
        appended = self.log.append(session.connection(), entry)
        watch.save_after_commit(
            session, watch.checkpoint_file(self.settings), self.log.origin, appended.checkpoint
        )
        return appended

    def decision_not_to_share(
        self,
        session: Session,
        *,
        decision_ref: str,
        case_ref: str,
        student_id: str,
        decided_by: int,
        decided_at: datetime,
        reason_codes: Sequence[str],
        disclosure_ref: str | None = None,
        recipient_ref: str | None = None,
        record_sha256: str | None = None,
        request_ref: str | None = None,
    ) -> AppendResult:
        return self.append(
            session,
            EntryType.DECISION_NOT_TO_SHARE,
            request_id=request_ref,
            decision_id=decision_ref,
            case_id=case_ref,
            subject_ref=self.subject_ref(student_id, session=session, case_ref=case_ref),
            disclosure_id=disclosure_ref,
            recipient_id=recipient_ref,
            reason_codes=list(reason_codes),
            decided_by_id=user_ref(decided_by),
            decided_at=iso(decided_at),
            record_sha256=record_sha256,
        )

    def key_rotated(
        self,
        session: Session,
        *,
        purpose: str,
        old_key_id: str | None,
        new_key_id: str,
        rotated_by: int,
        rotated_at: datetime,
    ) -> AppendResult:
        return self.append(
            session,
            EntryType.KEY_ROTATED,
            key_purpose=purpose,
            old_key_id=old_key_id,
            new_key_id=new_key_id,
            rotated_by_id=user_ref(rotated_by),
            rotated_at=iso(rotated_at),
        )
