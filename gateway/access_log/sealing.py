"""Sealing the access log into the sharing log, and verifying it against those seals.

The database refuses edits to access-log rows, but whoever runs the database could drop that
protection. A seal is a SHA-256 over every event after the previous seal, written both here and
as an ``access_log_sealed`` sharing-log entry (signed, append-only, verifiable offline): an edit,
removal or insertion of a sealed row no longer matches its seal. Run ``access-log seal``
regularly (e.g. daily); events after the last seal are protected by the triggers alone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.access_log.models import AccessEvent, AccessLogSeal
from gateway.actor import Actor
from gateway.errors import GatewayError
from gateway.references import next_reference
from gateway.sharing import SharingLogWriter, user_ref
from gateway.timeutil import iso
from gateway.users.domain import Action
from sharing_log import EntryType, decode_entry
from sharing_log.sql import SQLTransparencyLog


def canonical_event(event: AccessEvent) -> bytes:
    record = {
        "id": event.id,
        "at": iso(event.at),
        "user_id": event.user_id,
        "action": event.action,
        "object_type": event.object_type,
        "object_ref": event.object_ref,
        "channel": event.channel,
        "source": event.source,
    }
    if event.refused_rule is not None:
        # Only refusals carry it, so seals made before refusals were recorded still match.
        record["refused_rule"] = event.refused_rule
    return json.dumps(record, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"


def digest_events(events: Iterable[AccessEvent]) -> tuple[str, int]:
    digest = hashlib.sha256()
    count = 0
    for event in events:
        digest.update(canonical_event(event))
        count += 1
    return digest.hexdigest(), count


def _events_between(session: Session, after: int, last: int) -> Iterable[AccessEvent]:
    query = (
        select(AccessEvent)
        .where(AccessEvent.id > after, AccessEvent.id <= last)
        .order_by(AccessEvent.id)
        .execution_options(yield_per=1000)
    )
    return session.scalars(query)


class AccessLogAltered(GatewayError):
    """Events recorded since the last seal are gone, or could have been removed."""

    code = "access-log-altered"


def seal_access_log(
    session: Session, actor: Actor, log: SharingLogWriter, *, now: datetime
) -> AccessLogSeal | None:
    """Seal every event since the last seal (sealed at ``now``); None when there is nothing new
    to seal."""
    actor.require(Action.ACCESS_LOG_SEAL)
    previous = session.scalar(select(func.max(AccessLogSeal.last_event_id))) or 0
    last = session.scalar(select(func.max(AccessEvent.id)).where(AccessEvent.id > previous))
    if last is None:
        return None
    # Never seal over rows that may already have been removed: the database must still refuse
    # edits, and on SQLite (whose ids have no gaps but for removed rows) every id must be there.
    from gateway.access_log.service import missing_protection

    missing = missing_protection(session)
    if missing:
        raise AccessLogAltered(
            "The access log was not sealed: the database no longer refuses edits to it "
            f"(missing: {', '.join(missing)}), so unsealed events may have been removed.",
            hint="Tell the DPO and the administrator; keep the database as it is for "
            "investigation. Restore the protection (the migration's triggers) before sealing.",
        )
    sha256, count = digest_events(_events_between(session, previous, last))
    if session.get_bind().dialect.name == "sqlite" and count != last - previous:
        raise AccessLogAltered(
            f"The access log was not sealed: {last - previous - count} of the events "
            f"{previous + 1}-{last} recorded since the last seal are missing (removed before "
            "they were sealed).",
            hint="Tell the DPO and the administrator; keep the database as it is for "
            "investigation.",
        )
    reference = next_reference(session, "ALS", now.year)
    appended = log.append(
        session,
        EntryType.ACCESS_LOG_SEALED,
        seal_id=reference,
        after_event_id=previous,
        last_event_id=last,
        event_count=count,
        events_sha256=sha256,
        sealed_at=iso(now),
        sealed_by_id=user_ref(actor.user.id),
    )
    seal = AccessLogSeal(
        reference=reference,
        after_event_id=previous,
        last_event_id=last,
        event_count=count,
        events_sha256=sha256,
        sealed_at=now,
        sealed_by_id=actor.user.id,
        log_index=appended.index,
    )
    session.add(seal)
    session.flush()
    return seal


@dataclass
class AccessLogVerification:
    seals_checked: int = 0
    events_checked: int = 0
    disposed_ranges: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unsealed_events: int = 0
    #: Events missing from sealed ranges, and how many the certified disposals removed.
    events_missing: int = 0
    events_certified_disposed: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        if self.problems:
            return "ACCESS LOG ALTERED: " + "; ".join(self.problems)
        text = (
            f"{self.events_checked} access events in {self.seals_checked} sealed ranges match "
            "their seals in the signed sharing log."
        )
        if self.disposed_ranges:
            text += (
                f" Ranges disposed under retention: {', '.join(self.disposed_ranges)} "
                f"({self.events_missing} events, as the destruction certificates and their "
                "sharing-log entries state)."
            )
        if self.unsealed_events:
            text += (
                f" {self.unsealed_events} newer events are not sealed yet (protected by the "
                "database's append-only triggers only, until the DPO or an administrator "
                "seals the access log)."
            )
        return text


@dataclass(frozen=True)
class CertifiedCutoff:
    """An access-log cutoff backed by the disposal that made it."""

    cutoff: datetime
    certificate: str
    executed_at: datetime
    removed: int


def _as_utc(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def certified_cutoffs(
    session: Session, transparency_log: SQLTransparencyLog
) -> tuple[list[CertifiedCutoff], list[str]]:
    """Every access-log cutoff checked against its destruction certificate and that
    certificate's ``records_disposed`` sharing-log entry: the certificate exists and is
    unaltered, certifies removing the access log before exactly the cutoff's day, is not older
    than the cutoff, and its signed log entry states the same manifest and count. A cutoff that
    fails names a problem and explains no missing event."""
    from gateway.retention.certificate import manifest_sha256
    from gateway.retention.models import AccessLogCutoff, DestructionCertificate

    valid: list[CertifiedCutoff] = []
    problems: list[str] = []
    conn = session.connection()
    for row in session.scalars(select(AccessLogCutoff).order_by(AccessLogCutoff.id)):
        cutoff = _as_utc(row.cutoff)
        name = (
            f"the access-log cutoff of {cutoff:%Y-%m-%d} (certificate "
            f"{row.certificate_reference})"
        )
        cert = session.scalar(
            select(DestructionCertificate).where(
                DestructionCertificate.reference == row.certificate_reference
            )
        )
        if cert is None:
            problems.append(f"{name} names a destruction certificate that does not exist")
            continue
        if manifest_sha256(dict(cert.manifest)) != cert.manifest_sha256:
            problems.append(f"{name}: the certificate no longer matches its manifest hash")
            continue
        classes = cert.manifest.get("classes")
        groups = [
            g for g in (classes if isinstance(classes, list) else [])
            if isinstance(g, dict) and g.get("record_class") == "access_log"
        ]
        wanted = [f"access-log-before-{cutoff:%Y-%m-%d}"]
        if len(groups) != 1 or groups[0].get("records") != wanted:
            problems.append(
                f"{name}: the certificate does not certify removing the access log before "
                "that day"
            )
            continue
        executed = _as_utc(cert.created_at)
        # A run as of today disposes of today's events too: its cutoff is tomorrow at most.
        if cutoff > executed + timedelta(days=1):
            problems.append(f"{name} is later than the disposal that certified it")
            continue
        count = groups[0].get("count")
        logged = False
        for index in cert.log_indexes or []:
            try:
                entry = decode_entry(transparency_log.entry(conn, int(index))).entry
            except Exception:  # noqa: BLE001,S112 - a damaged entry certifies nothing
                continue
            fields = entry.fields
            if (
                entry.entry_type is EntryType.RECORDS_DISPOSED
                and fields.get("disposal_id") == f"{cert.reference}.access_log"
                and fields.get("manifest_sha256") == cert.manifest_sha256
                and fields.get("record_count") == count
            ):
                logged = True
                break
        if not logged or not isinstance(count, int):
            problems.append(
                f"{name}: its records_disposed entry in the signed sharing log is missing or "
                "differs from the certificate"
            )
            continue
        valid.append(CertifiedCutoff(cutoff, cert.reference, executed, count))
    return valid, problems


def verify_access_log(
    session: Session, actor: Actor, transparency_log: SQLTransparencyLog
) -> AccessLogVerification:
    """Recompute every sealed range and compare it with its seal and its sharing-log entry.

    Rows may be missing from a sealed range only through a certified disposal (see
    :func:`certified_cutoffs`) that ran after the range was sealed, and in all exactly as many
    as the certified disposals say they removed."""
    actor.require(Action.ACCESS_LOG_READ)
    result = AccessLogVerification()
    cutoffs, cutoff_problems = certified_cutoffs(session, transparency_log)
    result.problems.extend(cutoff_problems)
    result.events_certified_disposed = sum(c.removed for c in cutoffs)
    conn = session.connection()
    expected_after = 0
    for seal in session.scalars(select(AccessLogSeal).order_by(AccessLogSeal.last_event_id)):
        result.seals_checked += 1
        name = f"seal {seal.reference} (events {seal.after_event_id + 1}-{seal.last_event_id})"
        if seal.after_event_id != expected_after:
            result.problems.append(f"{name} does not follow the previous seal")
        expected_after = seal.last_event_id
        try:
            logged = decode_entry(transparency_log.entry(conn, seal.log_index)).entry
        except Exception as exc:  # noqa: BLE001 - any failure to read it back is a finding
            result.problems.append(f"{name}: its sharing-log entry cannot be read ({exc})")
            continue
        fields = logged.fields
        if (
            logged.entry_type is not EntryType.ACCESS_LOG_SEALED
            or fields.get("seal_id") != seal.reference
            or fields.get("events_sha256") != seal.events_sha256
            or fields.get("event_count") != seal.event_count
            or fields.get("after_event_id") != seal.after_event_id
            or fields.get("last_event_id") != seal.last_event_id
        ):
            result.problems.append(f"{name} differs from its sharing-log entry")
            continue
        sha256, count = digest_events(
            _events_between(session, seal.after_event_id, seal.last_event_id)
        )
        if (sha256, count) == (seal.events_sha256, seal.event_count):
            result.events_checked += count
            continue
        sealed_at = _as_utc(seal.sealed_at)
        if count < seal.event_count and any(c.executed_at >= sealed_at for c in cutoffs):
            # A certified disposal ran after this range was sealed: rows may be gone (all of
            # them, or all but those of cases still held); the count is checked below.
            result.disposed_ranges.append(seal.reference)
            result.events_missing += seal.event_count - count
            continue
        result.problems.append(
            f"{name}: the rows no longer match the seal ({count} events found, "
            f"{seal.event_count} sealed): events were edited, removed or inserted"
        )
    if result.events_missing != result.events_certified_disposed:
        result.problems.append(
            f"{result.events_missing} sealed events are missing, but the certified disposals "
            f"removed {result.events_certified_disposed}: events were removed outside a "
            "disposal, or a disposal's certificate does not cover what it removed"
        )
    stray = session.scalar(select(func.count()).where(AccessEvent.id <= 0)) or 0
    if stray:
        result.problems.append(f"{stray} events stand before the first sealed range (inserted)")
    result.unsealed_events = (
        session.scalar(select(func.count()).where(AccessEvent.id > expected_after)) or 0
    )
    return result
