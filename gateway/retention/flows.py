"""Disposal: destroy what the schedule says is due, in one all-or-nothing transaction.

For each due case the data key row is deleted (crypto-shredding: every sealed value of the case,
wherever a copy of it survives, becomes noise) and the content rows are deleted; a tombstone
keeps the class, reference, dates and rule. The run ends with a destruction certificate (a JSON
manifest, its PDF) and one ``records_disposed`` sharing-log entry per record class, all in the
caller's transaction: a failure anywhere leaves every record untouched and nothing certified.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, func, or_, select, update
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.encryption.kek import KekSource
from gateway.encryption.keystore import forget_keys
from gateway.encryption.models import CaseDataKey
from gateway.encryption.rotation import Rotation, rewrap_all
from gateway.encryption.secrets import open_student_number, student_matches
from gateway.errors import GatewayError
from gateway.references import next_reference
from gateway.retention.certificate import manifest_sha256, render_pdf
from gateway.retention.linked import dispose_linked_records
from gateway.retention.models import (
    AccessLogCutoff,
    DestructionCertificate,
    RetentionTombstone,
)
from gateway.retention.plan import PlanItem, protected_case_refs
from gateway.retention.schedule import (
    CASE_CLASSES,
    SHIPPED_DEFAULT,
    DisposalAction,
    RecordClass,
    Schedule,
)
from gateway.timeutil import iso

if TYPE_CHECKING:
    from gateway.sharing import SharingLogWriter

METHOD = (
    "Crypto-shredding: each record's AES-256-GCM data key was deleted with its content rows, "
    "and every remaining data key was re-wrapped under a new key-encryption key, so a copy of a "
    "deleted data key (in dead rows, the write-ahead log, files or backups) opens only with the "
    "previous key-encryption key, which is destroyed once the run has committed."
)


class DisposalBlocked(GatewayError):
    code = "disposal-blocked"


Progress = Callable[[PlanItem], None]


def _tables() -> dict[str, Table]:
    from gateway.db import Base

    return dict(Base.metadata.tables)


#: The tables a case's disposal deletes itself.
_CASE_TABLES = frozenset(
    {
        "concerns",
        "chronology_events",
        "case_people",
        "evidence_chunks",
        "evidence_items",
        "decisions",
        "disclosure_requests",
        "disclosure_items",
        "lawful_basis_records",
        "released_packages",
        "non_disclosure_decisions",
        "case_restrictions",
        "restriction_grounds",
        "cases",
    }
)


def _detach_foreign_rows(
    session: Session, parent: str, ids: list[int], *, own: frozenset[str] | set[str] = _CASE_TABLES
) -> None:
    """Other areas' rows that point at what we delete (e.g. a closed SAR's item): the pointer is
    cleared when it may be empty; a required pointer blocks the disposal. ``own``: the tables
    the disposal deletes itself."""
    for table in _tables().values():
        if table.name in own:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name != parent:
                continue
            column = fk.parent
            hits = session.execute(
                select(func.count()).select_from(table).where(column.in_(ids))
            ).scalar_one()
            if not hits:
                continue
            if not column.nullable:
                raise DisposalBlocked(
                    f"{hits} row(s) of {table.name} still need this record ({column.name}).",
                    hint="Close or remove them first; nothing was destroyed.",
                )
            session.execute(update(table).where(column.in_(ids)).values({column.name: None}))


def _dispose_case(session: Session, case_id: int) -> None:
    from gateway.cases.models import (
        Case,
        CasePerson,
        ChronologyEvent,
        Concern,
        Decision,
        EvidenceChunk,
        EvidenceItem,
    )
    from gateway.disclosures.models import (
        DisclosureItem,
        DisclosureRequest,
        LawfulBasisEntry,
        NonDisclosureDecision,
        ReleasedPackage,
    )

    key_uid, case_ref, student = session.execute(
        select(Case.data_key_uid, Case.reference, Case.subject_student_id).where(
            Case.id == case_id
        )
    ).one()
    _forget_hold_reasons(session, case_ref)
    session.info.setdefault(_STUDENTS_KEY, set()).add(open_student_number(session, student))
    request_ids = list(
        session.scalars(select(DisclosureRequest.id).where(DisclosureRequest.case_id == case_id))
    )
    dispose_linked_records(session, case_id)
    _detach_foreign_rows(session, "cases", [case_id])
    _dispose_restrictions(session, case_id)
    if request_ids:
        _detach_foreign_rows(session, "disclosure_requests", request_ids)
        for child in (ReleasedPackage, DisclosureItem, LawfulBasisEntry):
            session.execute(delete(child).where(child.request_id.in_(request_ids)))
    session.execute(delete(NonDisclosureDecision).where(NonDisclosureDecision.case_id == case_id))
    session.execute(delete(DisclosureRequest).where(DisclosureRequest.case_id == case_id))
    session.execute(
        update(Decision).where(Decision.case_id == case_id).values(reviews_decision_id=None)
    )
    # The evidence files' sealed chunks go before the items they belong to.
    session.execute(
        delete(EvidenceChunk).where(
            EvidenceChunk.evidence_id.in_(
                select(EvidenceItem.id).where(EvidenceItem.case_id == case_id)
            )
        )
    )
    for model in (EvidenceItem, CasePerson, Concern, ChronologyEvent, Decision):
        session.execute(delete(model).where(model.case_id == case_id))
    session.execute(delete(Case).where(Case.id == case_id))
    session.execute(delete(CaseDataKey).where(CaseDataKey.uid == key_uid))


_STUDENTS_KEY = "prevent_gateway.disposed_students"
#: What a released hold on a student whose records are all destroyed says instead of its reasons.
STUDENT_HOLD_DESTROYED = "The student's records were destroyed under the retention schedule."


def _forget_students_without_cases(session: Session) -> None:
    """For each student whose case this run destroyed and who has no case left: their recorded
    departure goes (it only served to count the schedule from), and their released holds keep
    reference, holder and dates but neither the student number nor the reasons."""
    from gateway.cases.models import Case
    from gateway.retention.models import LegalHold, StudentDeparture

    students = session.info.pop(_STUDENTS_KEY, set())
    gone = sorted(
        student
        for student in students
        if session.scalar(
            select(Case.id)
            .where(
                student_matches(
                    session, Case.subject_student_id, Case.subject_student_index, student
                )
            )
            .limit(1)
        )
        is None
    )
    if not gone:
        return
    session.execute(
        delete(StudentDeparture)
        .where(
            or_(
                *(
                    student_matches(
                        session, StudentDeparture.student_id, StudentDeparture.student_index, s
                    )
                    for s in gone
                )
            )
        )
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(LegalHold)
        .where(
            LegalHold.scope == "student",
            or_(
                *(
                    student_matches(session, LegalHold.target, LegalHold.target_index, s)
                    for s in gone
                )
            ),
            LegalHold.released_on.is_not(None),
        )
        .values(
            target="(destroyed)",
            target_index=None,
            reason=STUDENT_HOLD_DESTROYED,
            release_reason=STUDENT_HOLD_DESTROYED,
        )
        .execution_options(synchronize_session=False)
    )


#: What a released hold on a destroyed case says instead of its reasons (which may name people).
HOLD_REASON_DESTROYED = "Destroyed with the case under the retention schedule."


def _forget_hold_reasons(session: Session, case_ref: str) -> None:
    """The case's released legal holds stay as a record that there was a hold, without their
    reasons: those go with the case (their old encrypted copies open with nothing once the run
    has rotated the KEK). A hold still in force blocks the disposal, so all are released."""
    from gateway.retention.models import LegalHold

    session.execute(
        update(LegalHold)
        .where(LegalHold.scope == "case", LegalHold.target == case_ref)
        .values(reason=HOLD_REASON_DESTROYED, release_reason=HOLD_REASON_DESTROYED)
        .execution_options(synchronize_session=False)
    )


def _dispose_restrictions(session: Session, case_id: int) -> None:
    """The case's restrictions and objections go with it (an active restriction blocks the
    disposal in the plan: the student asked for the records to be kept)."""
    from gateway.rights.models import CaseRestriction, RestrictionGround

    ids = list(
        session.scalars(select(CaseRestriction.id).where(CaseRestriction.case_id == case_id))
    )
    if ids:
        session.execute(delete(RestrictionGround).where(RestrictionGround.restriction_id.in_(ids)))
        session.execute(delete(CaseRestriction).where(CaseRestriction.id.in_(ids)))


def _dispose_package(session: Session, request_id: int) -> None:
    from gateway.disclosures.models import DisclosureItem, ReleasedPackage

    session.execute(delete(ReleasedPackage).where(ReleasedPackage.request_id == request_id))
    session.execute(delete(DisclosureItem).where(DisclosureItem.request_id == request_id))


def _dispose_non_disclosure(session: Session, decision_id: int) -> None:
    from gateway.disclosures.models import NonDisclosureDecision

    session.execute(delete(NonDisclosureDecision).where(NonDisclosureDecision.id == decision_id))


def _dispose_access_request(session: Session, request_id: int) -> None:
    from gateway.sar.models import SARItem, SubjectAccessRequest

    _detach_foreign_rows(session, "subject_access_requests", [request_id], own={"sar_items"})
    session.execute(delete(SARItem).where(SARItem.request_id == request_id))
    session.execute(delete(SubjectAccessRequest).where(SubjectAccessRequest.id == request_id))


def _dispose_training_record(session: Session, staff_pk: int) -> None:
    from gateway.training.models import TrainingCompletion, TrainingStaff

    _detach_foreign_rows(
        session, "training_staff", [staff_pk], own={"training_completions"}
    )
    session.execute(delete(TrainingCompletion).where(TrainingCompletion.staff_pk == staff_pk))
    session.execute(delete(TrainingStaff).where(TrainingStaff.id == staff_pk))


def _dispose_access_log(session: Session, item: PlanItem, certificate: str, today: date) -> int:
    from gateway.access_log.models import AccessEvent

    cutoff_day = date.fromisoformat(item.record_ref.removeprefix("access-log-before-"))
    cutoff = datetime.combine(cutoff_day, time(), tzinfo=UTC)
    session.add(AccessLogCutoff(cutoff=cutoff, certificate_reference=certificate))
    session.flush()
    old_refs = set(
        session.scalars(select(AccessEvent.object_ref).where(AccessEvent.at < cutoff).distinct())
    )
    held = protected_case_refs(session, item.due_on or today, among=old_refs)
    query = delete(AccessEvent).where(AccessEvent.at < cutoff)
    if held:
        query = query.where(AccessEvent.object_ref.not_in(held))
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]


def dispose_item(
    session: Session, item: PlanItem, certificate: str, *, now: datetime
) -> PlanItem:
    """Destroy one due record (its key and rows) and leave its tombstone. Returns the item as
    destroyed: for the access log, with the number of events actually removed (what the
    certificate and its log entry must state, and what `access-log verify` checks)."""
    assert item.key is not None or item.record_class is RecordClass.ACCESS_LOG
    if item.record_class is RecordClass.ACCESS_LOG:
        removed = _dispose_access_log(session, item, certificate, now.date())
        item = dataclasses.replace(item, count=removed)
    elif item.record_class is RecordClass.DISCLOSURE_PACKAGE:
        _dispose_package(session, int(item.key or 0))
    elif item.record_class is RecordClass.DECISION_NOT_TO_SHARE:
        _dispose_non_disclosure(session, int(item.key or 0))
    elif item.record_class is RecordClass.ACCESS_REQUEST:
        _dispose_access_request(session, int(item.key or 0))
    elif item.record_class is RecordClass.TRAINING_RECORD:
        _dispose_training_record(session, int(item.key or 0))
    elif item.record_class in CASE_CLASSES:
        _dispose_case(session, int(item.key or 0))
    else:  # a class added without its disposal: refuse rather than destroy the wrong rows
        raise DisposalBlocked(
            f"Records of class {item.record_class.value} cannot be destroyed by a run.",
            hint="Set its action to review in the retention schedule; nothing was destroyed.",
        )
    assert item.trigger_on is not None and item.due_on is not None
    session.add(
        RetentionTombstone(
            certificate_reference=certificate,
            record_class=item.record_class.value,
            record_ref=item.record_ref,
            created_on=item.created_on,
            trigger=item.applied_trigger.value,
            trigger_on=item.trigger_on,
            due_on=item.due_on,
            action=item.rule.action.value,
            rule=item.rule.describe(),
            retained_facts=dict(item.facts) if item.rule.action is DisposalAction.ANONYMISE else {},
            disposed_at=now,
        )
    )
    return item


def _certificate_reference(session: Session, year: int) -> str:
    return next_reference(session, "DC", year)


def _manifest(
    reference: str,
    organisation: str,
    as_of: date,
    executed_at: datetime,
    actor: Actor,
    schedule: Schedule,
    done: list[PlanItem],
    rotation: Rotation,
) -> dict[str, Any]:
    groups: list[dict[str, Any]] = []
    for record_class in RecordClass:
        members = [i for i in done if i.record_class is record_class]
        if not members:
            continue
        rule = schedule.rule(record_class)
        triggers = sorted(i.trigger_on for i in members if i.trigger_on is not None)
        groups.append(
            {
                "record_class": record_class.value,
                "rule": rule.describe(),
                "action": rule.action.value,
                "source": rule.source,
                "trigger_from": triggers[0].isoformat(),
                "trigger_to": triggers[-1].isoformat(),
                "count": sum(i.count for i in members),
                "records": [i.record_ref for i in members],
            }
        )
    return {
        "certificate": reference,
        "organisation": organisation,
        "as_of": as_of.isoformat(),
        "executed_at": iso(executed_at),
        "authority": (
            f"{actor.user.display_name} ({actor.role.label}), under the retention schedule"
        ),
        "method": METHOD,
        # Where the schedule came from in words: its file path is the server's business.
        "schedule": (
            "The retention schedule shipped with the gateway"
            if schedule.origin == SHIPPED_DEFAULT
            else "The organisation's own retention schedule"
        ),
        # Records, as the disposal page counts them: one per line of the run (the access log
        # before a day is one record, however many events it held; those are counted apart).
        "record_count": len(done),
        "access_log_events": sum(
            i.count for i in done if i.record_class is RecordClass.ACCESS_LOG
        ),
        "classes": groups,
        "key_encryption_key": {
            "previous_kek_id": rotation.old_kek_id,
            "new_kek_id": rotation.new_kek_id,
            "rewrapped_data_keys": rotation.rewrapped,
        },
    }


@dataclass(frozen=True)
class Certified:
    """What an executed run produced: its certificate, the sharing-log entries and the KEK
    rotation to complete once the transaction has committed."""

    reference: str
    manifest_sha256: str
    log_indexes: tuple[int, ...]
    rotation: Rotation


def destroy(
    session: Session,
    actor: Actor,
    schedule: Schedule,
    due: list[PlanItem],
    *,
    as_of: date,
    now: datetime,
    log: SharingLogWriter,
    organisation: str,
    kek: KekSource,
    progress: Progress | None = None,
) -> Certified:
    """Destroy ``due`` (records the plan found disposable), rotate the KEK, certify it and log
    it, all in the caller's transaction: a failure anywhere leaves every record untouched,
    nothing certified and the KEK as it was. The caller completes the returned rotation once
    the transaction has committed. Who may do this is checked by the caller (the use case)."""
    if as_of > now.date():
        raise DisposalBlocked(
            f"Records cannot be destroyed as of a future date ({as_of}).",
            hint="Plan with a future date; an executed run applies the schedule as of today "
            "or earlier.",
        )
    reference = _certificate_reference(session, now.year)
    session.flush()
    if any(item.record_class is RecordClass.ACCESS_LOG for item in due):
        # Every access event is sealed into the signed log before any is removed, so the
        # events the disposal removes are counted in sealed ranges, and `access-log verify`
        # can check that what is missing is exactly what the certificate says was destroyed.
        from gateway.access_log.sealing import seal_access_log

        seal_access_log(session, actor, log, now=now)
    done: list[PlanItem] = []
    for item in due:
        done.append(dispose_item(session, item, reference, now=now))
        if progress:
            progress(item)
    due = done
    _forget_students_without_cases(session)
    session.flush()
    forget_keys(session)
    session.expire_all()
    rotation = rewrap_all(
        session, kek, now=now, reason="disposal", certificate_reference=reference
    )
    try:
        indexes = _certify(
            session, actor, schedule, due, reference, rotation,
            as_of=as_of, now=now, log=log, organisation=organisation,
        )
    except BaseException:
        rotation.abandon()
        raise
    digest = indexes[0]
    return Certified(reference, digest, indexes[1], rotation)


def _certify(
    session: Session,
    actor: Actor,
    schedule: Schedule,
    due: list[PlanItem],
    reference: str,
    rotation: Rotation,
    *,
    as_of: date,
    now: datetime,
    log: SharingLogWriter,
    organisation: str,
) -> tuple[str, tuple[int, ...]]:
    manifest = _manifest(reference, organisation, as_of, now, actor, schedule, due, rotation)
    digest = manifest_sha256(manifest)
    from gateway.sharing import user_ref
    from sharing_log import EntryType

    indexes: list[int] = []
    for group in manifest["classes"]:
        appended = log.append(
            session,
            EntryType.RECORDS_DISPOSED,
            disposal_id=f"{reference}.{group['record_class']}",
            record_kinds=[group["record_class"]],
            record_count=group["count"],
            retention_rule=group["record_class"],
            disposed_by_id=user_ref(actor.user.id),
            disposed_at=iso(now),
            manifest_sha256=digest,
        )
        indexes.append(int(appended.index))
    rotated = log.key_rotated(
        session,
        purpose="data_key_wrapping",
        old_key_id=rotation.old_kek_id,
        new_key_id=rotation.new_kek_id,
        rotated_by=actor.user.id,
        rotated_at=now,
    )
    indexes.append(int(rotated.index))
    pdf = render_pdf(manifest, digest, indexes)
    session.add(
        DestructionCertificate(
            reference=reference,
            as_of=as_of,
            authorised_by_id=actor.user.id,
            created_at=now,
            record_count=int(manifest["record_count"]),
            manifest=manifest,
            manifest_sha256=digest,
            log_indexes=indexes,
            pdf=pdf,
        )
    )
    session.flush()
    return digest, tuple(indexes)


def scrub_after_commit(engine: Any) -> None:
    """After an executed run has committed: leave no old page images behind.

    SQLite: secure_delete (set on every connection) zeroed the deleted cells; a TRUNCATE
    checkpoint copies the zeroed pages into the database file and empties the write-ahead log.
    PostgreSQL: VACUUM the key table so dead tuples holding wrapped keys are reclaimed (the space
    is reused, not overwritten: see docs/retention.md on rotating the KEK after disposal).
    """
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()  # outside any transaction (our connections autocommit)
        try:
            busy, _, _ = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            raw.close()
        if busy:
            raise GatewayError(
                "The database was busy: the write-ahead log could not be emptied after disposal.",
                hint="Stop other prevent-gateway processes and execute a disposal run again "
                "(it finds nothing due and only empties the log).",
            )
    elif engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM case_data_keys")


def legacy_subject_key_needed(session: Session, log: SharingLogWriter) -> bool:
    """Whether a remaining case has a sharing-log entry whose subject reference was made with
    the installation-wide key (written before references were made per case): while one does,
    the key is kept so the student's access request finds it; after, it links nothing to
    anyone the installation still knows about and is destroyed."""
    if not log.subject_key:
        return False
    from gateway.cases.models import Case
    from sharing_log import decode_entry, subject_reference

    students = {
        open_student_number(session, stored)
        for stored in session.scalars(select(Case.subject_student_id))
    }
    if not students:
        return False
    legacy = {subject_reference(log.subject_key, student) for student in students}
    conn = session.connection()
    for _, leaf in log.log.iter_entries(conn, log.log.size(conn)):
        if decode_entry(leaf).entry.fields.get("subject_ref") in legacy:
            return True
    return False
