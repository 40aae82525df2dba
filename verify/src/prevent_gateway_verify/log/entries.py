"""Typed sharing-log entries and their canonical, versioned encoding.

An entry's leaf bytes are the RFC 8785 (JSON Canonicalization Scheme) encoding of

    {"format": "prevent-gateway/sharing-log-entry@v1", "type": <entry type>,
     "log_index": <position in the log>, "logged_at": <UTC time of the append>,
     "fields": {<the type's fields>}}

so anyone can recompute the RFC 9162 leaf hash SHA-256(0x00 || bytes) with a JCS library.

Entries must never hold personal data. Every type has an allowlist of fields and every field a
kind (an id, a code, a hex hash, a UTC time, a small integer, a flag, a list of codes); anything
that looks like free text (spaces, '@', long strings, ids without a digit) is refused with
`EntryRejected` before it can reach the log.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import rfc8785

from prevent_gateway_verify.errors import LogError

ENTRY_FORMAT = "prevent-gateway/sharing-log-entry@v1"

FieldValue = str | int | bool | list[str]


class EntryRejected(LogError, ValueError):
    """An entry was refused: unknown type, missing or unexpected field, or a value not allowed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class EntryType(StrEnum):
    DISCLOSURE_RELEASED = "disclosure_released"
    DECISION_NOT_TO_SHARE = "decision_not_to_share"
    EMERGENCY_RELEASE = "emergency_release"
    #: A correction notice released to a recipient of a disclosure that carried inaccurate data
    #: (UK GDPR Art 16 and 19); it names the original disclosure.
    CORRECTION_RELEASED = "correction_released"
    RETROSPECTIVE_REVIEW = "retrospective_review"
    RECORDS_DISPOSED = "records_disposed"
    KEY_ROTATED = "key_rotated"
    ACCESS_LOG_SEALED = "access_log_sealed"
    BREACH_RECORDED = "breach_recorded"


# --- value kinds ---------------------------------------------------------------------------------

_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._:-]{0,62}[A-Za-z0-9])?")
_CODE = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,46}[a-z0-9])?")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_KEY_ID = re.compile(r"[0-9a-f]{8,64}")
_UTC_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z")
_LAWFUL_BASIS = re.compile(
    r"art6\.1\.[a-f]|art9\.2\.[a-j]|art10"
    r"|dpa2018\.s[0-9]{1,3}(?:\.[0-9]{1,2})?"
    r"|dpa2018\.sch[1-4]\.(?:pt[1-4]\.)?para[0-9]{1,2}(?:\.[0-9]{1,2})?"
)
MAX_SMALL_INT = 10**9
MAX_LIST = 32


def _reject(field: str, value: object, what: str) -> EntryRejected:
    # Never echo the value: it may be the personal data we are keeping out.
    return EntryRejected(
        f"sharing-log field {field!r}: {what}. Log entries hold only ids, codes, hashes, UTC "
        "times and small numbers, never names or free text.",
        field,
    )


def _as_id(field: str, value: object) -> str:
    if (
        not isinstance(value, str)
        or not _ID.fullmatch(value)
        or not any(c.isdigit() for c in value)
    ):
        raise _reject(
            field,
            value,
            "must be an identifier (letters, digits, . _ : -, at most "
            "64 characters, with at least one digit)",
        )
    return value


def _as_code(field: str, value: object) -> str:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise _reject(field, value, "must be a lower-case code such as 'channel_panel'")
    return value


def _as_hex64(field: str, value: object) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise _reject(field, value, "must be 64 lower-case hex digits (a SHA-256 or HMAC)")
    return value


def _as_key_id(field: str, value: object) -> str:
    if not isinstance(value, str) or not _KEY_ID.fullmatch(value):
        raise _reject(field, value, "must be a key fingerprint of 8 to 64 lower-case hex digits")
    return value


def format_utc(value: datetime) -> str:
    """The one time format entries use: ISO 8601 UTC with a 'Z', microseconds only if non-zero."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise EntryRejected("times in the sharing log must be timezone-aware (UTC)")
    value = value.astimezone(UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


def _as_time(field: str, value: object) -> str:
    if isinstance(value, datetime):
        try:
            return format_utc(value)
        except EntryRejected as exc:
            raise _reject(field, value, "must be a timezone-aware time") from exc
    if not isinstance(value, str) or not _UTC_TIME.fullmatch(value):
        raise _reject(field, value, "must be an ISO 8601 UTC time like 2026-01-31T09:30:00Z")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise _reject(field, value, "is not a real date and time") from exc
    if format_utc(parsed) != value:
        raise _reject(
            field, value, "must be written in canonical form (no trailing zero microseconds)"
        )
    return value


def _as_int(field: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SMALL_INT:
        raise _reject(field, value, f"must be a whole number from 0 to {MAX_SMALL_INT}")
    return value


def _as_bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _reject(field, value, "must be true or false")
    return value


def _list_of(item: Callable[[str, object], str]) -> Callable[[str, object], list[str]]:
    def convert(field: str, value: object) -> list[str]:
        if isinstance(value, str) or not isinstance(value, list | tuple) or not value:
            raise _reject(field, value, "must be a non-empty list")
        if len(value) > MAX_LIST:
            raise _reject(field, value, f"must have at most {MAX_LIST} items")
        out = [item(field, v) for v in value]
        if len(set(out)) != len(out):
            raise _reject(field, value, "must not repeat an item")
        return sorted(out)

    return convert


def _as_lawful_basis(field: str, value: object) -> str:
    if not isinstance(value, str) or not _LAWFUL_BASIS.fullmatch(value):
        raise _reject(
            field,
            value,
            "must be a lawful-basis code such as 'art6.1.e', "
            "'art9.2.g', 'art10' or 'dpa2018.sch1.para10'",
        )
    return value


Kind = Callable[[str, object], Any]
ID: Kind = _as_id
CODE: Kind = _as_code
HEX64: Kind = _as_hex64
KEY_ID: Kind = _as_key_id
TIME: Kind = _as_time
INT: Kind = _as_int
BOOL: Kind = _as_bool
CODES: Kind = _list_of(_as_code)
IDS: Kind = _list_of(_as_id)
LAWFUL_BASES: Kind = _list_of(_as_lawful_basis)


@dataclass(frozen=True)
class FieldSpec:
    kind: Kind
    required: bool = True


def _req(kind: Kind) -> FieldSpec:
    return FieldSpec(kind, True)


def _opt(kind: Kind) -> FieldSpec:
    return FieldSpec(kind, False)


_RELEASE_COMMON: dict[str, FieldSpec] = {
    "disclosure_id": _req(ID),
    "case_id": _req(ID),
    "subject_ref": _req(HEX64),
    "recipient_id": _req(ID),
    "recipient_kind": _req(CODE),
    #: The request from a Channel panel or the police that this release answers (no referral).
    "request_id": _opt(ID),
    "lawful_basis": _req(LAWFUL_BASES),
    "package_sha256": _req(HEX64),
    "preparer_id": _req(ID),
    "prepared_at": _opt(TIME),
    "released_at": _req(TIME),
    # The grounds recorded for going on although the student restricted the processing
    # (Art 18(2)) or objected to it (Art 21(1)), e.g. "art18.2.another_person".
    "restriction_grounds": _opt(CODES),
}

SCHEMAS: dict[EntryType, dict[str, FieldSpec]] = {
    EntryType.DISCLOSURE_RELEASED: {
        **_RELEASE_COMMON,
        "approver_id": _req(ID),
        "approved_at": _opt(TIME),
        "approval_sha256": _opt(HEX64),
        "emergency": _req(BOOL),
    },
    EntryType.DECISION_NOT_TO_SHARE: {
        "decision_id": _req(ID),
        "case_id": _req(ID),
        "subject_ref": _req(HEX64),
        "disclosure_id": _opt(ID),
        "recipient_id": _opt(ID),
        #: The request from a Channel panel or the police that was refused, if any.
        "request_id": _opt(ID),
        "reason_codes": _req(CODES),
        "decided_by_id": _req(ID),
        "decided_at": _req(TIME),
        "record_sha256": _opt(HEX64),
    },
    EntryType.EMERGENCY_RELEASE: {
        **_RELEASE_COMMON,
        "authorised_by_ids": _req(IDS),
        "ground_code": _req(CODE),
        "review_due_at": _req(TIME),
    },
    EntryType.CORRECTION_RELEASED: {
        **_RELEASE_COMMON,
        "correction_id": _req(ID),
        "corrects_disclosure_id": _req(ID),
        "corrects_entry_index": _opt(INT),
        "approver_id": _req(ID),
        "approved_at": _opt(TIME),
        "approval_sha256": _opt(HEX64),
    },
    EntryType.RETROSPECTIVE_REVIEW: {
        "review_id": _req(ID),
        "disclosure_id": _req(ID),
        "emergency_entry_index": _opt(INT),
        "reviewer_id": _req(ID),
        "reviewed_at": _req(TIME),
        "outcome": _req(CODE),
        "record_sha256": _opt(HEX64),
        # Where the SMT member recorded a ground to go on despite a restriction or objection:
        # whether the DPO's review confirmed it.
        "ground_confirmed": _opt(BOOL),
    },
    EntryType.RECORDS_DISPOSED: {
        "disposal_id": _req(ID),
        "case_id": _opt(ID),
        "subject_ref": _opt(HEX64),
        "record_kinds": _req(CODES),
        "record_count": _req(INT),
        "retention_rule": _req(CODE),
        "disposed_by_id": _req(ID),
        "disposed_at": _req(TIME),
        "manifest_sha256": _opt(HEX64),
    },
    # A digest of a range of the application's access log (who read what), so that auditors can
    # detect any later edit of those rows: the digest is only as mutable as this log.
    EntryType.ACCESS_LOG_SEALED: {
        "seal_id": _req(ID),
        "after_event_id": _req(INT),
        "last_event_id": _req(INT),
        "event_count": _req(INT),
        "events_sha256": _req(HEX64),
        "sealed_at": _req(TIME),
        "sealed_by_id": _req(ID),
    },
    # A personal data breach entered in the register (Art 33(5)): when it was found and when the
    # 72 hours to notify the ICO end. What happened is in the register, never here.
    EntryType.BREACH_RECORDED: {
        "breach_id": _req(ID),
        "source": _req(CODE),
        "disclosure_id": _opt(ID),
        "recorded_by_id": _req(ID),
        "discovered_at": _req(TIME),
        "recorded_at": _req(TIME),
        "notify_deadline_at": _req(TIME),
        "record_sha256": _opt(HEX64),
    },
    EntryType.KEY_ROTATED: {
        "key_purpose": _req(CODE),
        "old_key_id": _opt(KEY_ID),
        "new_key_id": _req(KEY_ID),
        "rotated_by_id": _req(ID),
        "rotated_at": _req(TIME),
    },
}


@dataclass(frozen=True)
class LogEntry:
    """A validated entry, before the log gives it a position."""

    entry_type: EntryType
    fields: Mapping[str, FieldValue]

    @classmethod
    def create(cls, entry_type: EntryType | str, **fields: object) -> LogEntry:
        """Validate `fields` against the type's allowlist; EntryRejected if anything is off."""
        try:
            etype = EntryType(entry_type)
        except ValueError as exc:
            raise EntryRejected(f"unknown sharing-log entry type {entry_type!r}") from exc
        schema = SCHEMAS[etype]
        unknown = sorted(set(fields) - set(schema))
        if unknown:
            raise EntryRejected(
                f"{etype.value} entries do not allow the field(s) {', '.join(unknown)}",
                unknown[0],
            )
        out: dict[str, FieldValue] = {}
        for name, spec in schema.items():
            value = fields.get(name)
            if value is None:
                if spec.required:
                    raise EntryRejected(f"{etype.value} entries need the field {name!r}", name)
                continue
            out[name] = spec.kind(name, value)
        return cls(etype, out)


@dataclass(frozen=True)
class LoggedEntry:
    """An entry at its place in the log, as encoded in the leaf."""

    entry: LogEntry
    log_index: int
    logged_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "format": ENTRY_FORMAT,
            "type": self.entry.entry_type.value,
            "log_index": self.log_index,
            "logged_at": self.logged_at,
            "fields": dict(self.entry.fields),
        }


def encode_entry(entry: LogEntry, log_index: int, logged_at: datetime | str) -> bytes:
    """The canonical leaf bytes (RFC 8785 JSON) of `entry` at position `log_index`."""
    if isinstance(log_index, bool) or not isinstance(log_index, int) or log_index < 0:
        raise EntryRejected("log_index must be a non-negative integer")
    logged = LoggedEntry(entry, log_index, _as_time("logged_at", logged_at))
    return canonical_json(logged.to_json())


def canonical_json(obj: Mapping[str, Any]) -> bytes:
    """RFC 8785 canonical JSON of an entry.

    Entry values are validated to be ASCII strings, small non-negative integers, booleans and
    lists of those, with ASCII keys. For that subset RFC 8785 output is exactly Python's
    `json.dumps(sort_keys=True, separators=(",", ":"))` (same key order, same escaping, same
    integer form), which is ~20x faster than a general JCS implementation. Anything outside the
    subset goes through the `rfc8785` package.
    """
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    if text.isascii() and "\\" not in text and _only_safe_numbers(obj):
        return text.encode("ascii")
    return rfc8785.dumps(obj)


def _only_safe_numbers(value: object) -> bool:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return abs(value) < 2**53
    if isinstance(value, Mapping):
        return all(_only_safe_numbers(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(_only_safe_numbers(v) for v in value)
    return False


def decode_entry(leaf: bytes) -> LoggedEntry:
    """Parse and re-validate leaf bytes; they must be exactly the canonical encoding."""
    try:
        obj = json.loads(leaf.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EntryRejected("the entry is not valid UTF-8 JSON") from exc
    if not isinstance(obj, dict) or obj.get("format") != ENTRY_FORMAT:
        raise EntryRejected(f"the entry is not in the {ENTRY_FORMAT} format")
    if set(obj) != {"format", "type", "log_index", "logged_at", "fields"}:
        raise EntryRejected("the entry has missing or unexpected top-level members")
    fields = obj["fields"]
    if not isinstance(fields, dict):
        raise EntryRejected("the entry's fields must be a JSON object")
    entry = LogEntry.create(obj["type"], **fields)
    index = obj["log_index"]
    if isinstance(index, bool) or not isinstance(index, int):
        raise EntryRejected("log_index must be an integer")
    encoded = encode_entry(entry, index, obj["logged_at"])
    if encoded != leaf:
        raise EntryRejected("the entry bytes are not in canonical (RFC 8785) form")
    return LoggedEntry(entry, index, obj["logged_at"])


def subject_reference(key: bytes, student_id: str) -> str:
    """Pseudonymous subject reference: HMAC-SHA256(key, student id) in lower-case hex.

    Lets a subject access request find a student's entries (recompute with the log's key) while
    the log itself holds no identifier. Keep `key` secret and at least 32 bytes long.
    """
    if len(key) < 32:
        raise ValueError("the subject-reference key must be at least 32 bytes")
    normalised = student_id.strip()
    if not normalised:
        raise ValueError("the student id is empty")
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()
