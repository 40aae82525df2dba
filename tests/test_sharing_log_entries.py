"""Typed entries: allowlists, no free text, canonical RFC 8785 encoding."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from sharing_log.entries import (
    ENTRY_FORMAT,
    EntryRejected,
    EntryType,
    LogEntry,
    canonical_json,
    decode_entry,
    encode_entry,
    subject_reference,
)

KEY = b"k" * 32
T = "2026-03-01T10:00:00Z"


def release_fields(**over: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "disclosure_id": "dr-2026-0001",
        "case_id": "case-0042",
        "subject_ref": subject_reference(KEY, "S1234567"),
        "recipient_id": "rcp-0003",
        "recipient_kind": "regional_prevent_coordinator",
        "lawful_basis": ["art6.1.e", "art9.2.g", "dpa2018.sch1.para10"],
        "package_sha256": hashlib.sha256(b"package").hexdigest(),
        "preparer_id": "usr-0007",
        "approver_id": "usr-0002",
        "prepared_at": "2026-03-01T09:00:00Z",
        "approved_at": datetime(2026, 3, 1, 9, 30, tzinfo=UTC),
        "released_at": T,
        "emergency": False,
    }
    fields.update(over)
    return fields


EXAMPLES: dict[EntryType, dict[str, Any]] = {
    EntryType.DISCLOSURE_RELEASED: release_fields(),
    EntryType.DECISION_NOT_TO_SHARE: {
        "decision_id": "dec-17",
        "case_id": "case-0042",
        "subject_ref": "a" * 64,
        "reason_codes": ["not_necessary", "not_proportionate"],
        "decided_by_id": "usr-0007",
        "decided_at": T,
    },
    EntryType.EMERGENCY_RELEASE: {
        **{
            k: v
            for k, v in release_fields().items()
            if k not in {"approver_id", "approved_at", "emergency"}
        },
        "authorised_by_ids": ["usr-0007", "usr-0011"],
        "ground_code": "risk_to_life",
        "review_due_at": "2026-03-04T10:00:00Z",
    },
    EntryType.CORRECTION_RELEASED: {
        **{k: v for k, v in release_fields().items() if k != "emergency"},
        "correction_id": "COR-2026-0001",
        "corrects_disclosure_id": "dr-2026-0001",
        "corrects_entry_index": 0,
    },
    EntryType.RETROSPECTIVE_REVIEW: {
        "review_id": "rev-1",
        "disclosure_id": "dr-2026-0001",
        "emergency_entry_index": 4,
        "reviewer_id": "usr-0002",
        "reviewed_at": T,
        "outcome": "upheld",
    },
    EntryType.RECORDS_DISPOSED: {
        "disposal_id": "disp-9",
        "case_id": "case-0042",
        "record_kinds": ["evidence", "package"],
        "record_count": 12,
        "retention_rule": "closed_case_6y",
        "disposed_by_id": "usr-0001",
        "disposed_at": T,
    },
    EntryType.KEY_ROTATED: {
        "key_purpose": "log_signing",
        "old_key_id": "0a1b2c3d",
        "new_key_id": "4e5f6a7b",
        "rotated_by_id": "usr-0001",
        "rotated_at": T,
    },
    EntryType.ACCESS_LOG_SEALED: {
        "seal_id": "ALS-2026-0001",
        "after_event_id": 0,
        "last_event_id": 120,
        "event_count": 120,
        "events_sha256": "ab" * 32,
        "sealed_at": T,
        "sealed_by_id": "U3",
    },
    EntryType.BREACH_RECORDED: {
        "breach_id": "BR-2026-0001",
        "source": "emergency_review",
        "disclosure_id": "DR-2026-0003",
        "recorded_by_id": "U4",
        "discovered_at": T,
        "recorded_at": T,
        "notify_deadline_at": "2026-03-04T10:00:00Z",
        "record_sha256": "cd" * 32,
    },
}


@pytest.mark.parametrize("etype", list(EntryType))
def test_every_type_encodes_canonically_and_decodes(etype: EntryType) -> None:
    entry = LogEntry.create(etype, **EXAMPLES[etype])
    leaf = encode_entry(entry, 5, datetime(2026, 3, 1, 10, 0, 1, tzinfo=UTC))
    obj = json.loads(leaf)
    assert obj["format"] == ENTRY_FORMAT and obj["type"] == etype.value and obj["log_index"] == 5
    assert obj["logged_at"] == "2026-03-01T10:00:01Z"
    assert rfc8785.dumps(obj) == leaf  # an outside verifier recomputes the same bytes
    decoded = decode_entry(leaf)
    assert decoded.entry == entry and decoded.log_index == 5


def test_times_lists_normalised() -> None:
    entry = LogEntry.create(
        EntryType.DISCLOSURE_RELEASED,
        **release_fields(
            released_at=datetime(2026, 3, 1, 11, 0, tzinfo=timezone(timedelta(hours=1))),
            lawful_basis=["art9.2.g", "art6.1.e"],
        ),
    )
    assert entry.fields["released_at"] == "2026-03-01T10:00:00Z"
    assert entry.fields["lawful_basis"] == ["art6.1.e", "art9.2.g"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("case_id", "John Smith"),
        ("case_id", "johnsmith"),  # no digit: looks like a name, not an id
        ("preparer_id", "jane.doe@example.ac.uk"),
        ("recipient_kind", "Regional Prevent Coordinator"),
        ("subject_ref", "S1234567"),  # a raw student id instead of its HMAC
        ("package_sha256", "ABC"),
        ("released_at", "1 March 2026"),
        ("released_at", "2026-03-01T10:00:00+01:00"),
        ("released_at", "2026-02-30T10:00:00Z"),
        ("released_at", datetime(2026, 3, 1)),  # naive time
        ("lawful_basis", ["because it seemed right"]),
        ("lawful_basis", "art6.1.e"),
        ("lawful_basis", []),
        ("emergency", "no"),
        ("case_id", "x" * 80 + "1"),
        ("case_id", 42),
    ],
)
def test_free_text_and_bad_values_are_refused(field: str, value: Any) -> None:
    with pytest.raises(EntryRejected) as info:
        LogEntry.create(EntryType.DISCLOSURE_RELEASED, **release_fields(**{field: value}))
    assert info.value.field == field
    if isinstance(value, str) and len(value) > 3:
        assert value not in str(info.value)  # the refused value is never echoed


def test_unknown_missing_fields_and_types_refused() -> None:
    with pytest.raises(EntryRejected, match="do not allow"):
        LogEntry.create(EntryType.DISCLOSURE_RELEASED, **release_fields(notes="x1"))
    fields = release_fields()
    del fields["package_sha256"]
    with pytest.raises(EntryRejected, match="need the field"):
        LogEntry.create(EntryType.DISCLOSURE_RELEASED, **fields)
    with pytest.raises(EntryRejected, match="unknown"):
        LogEntry.create("gossip", case_id="c1")
    small = dict(EXAMPLES[EntryType.RECORDS_DISPOSED], record_count=-1)
    with pytest.raises(EntryRejected):
        LogEntry.create(EntryType.RECORDS_DISPOSED, **small)


def test_decode_refuses_non_canonical_or_foreign_bytes() -> None:
    entry = LogEntry.create(EntryType.DISCLOSURE_RELEASED, **release_fields())
    leaf = encode_entry(entry, 0, T)
    pretty = json.dumps(json.loads(leaf), indent=1).encode()
    with pytest.raises(EntryRejected, match="canonical"):
        decode_entry(pretty)
    obj = json.loads(leaf)
    obj["format"] = "something-else@v9"
    with pytest.raises(EntryRejected, match="format"):
        decode_entry(rfc8785.dumps(obj))
    obj = json.loads(leaf)
    obj["fields"]["case_id"] = "Jane Doe"
    with pytest.raises(EntryRejected):
        decode_entry(rfc8785.dumps(obj))
    with pytest.raises(EntryRejected):
        decode_entry(b"\xff")


def test_subject_reference_is_keyed_hmac() -> None:
    ref = subject_reference(KEY, "S1234567")
    assert len(ref) == 64 and ref == subject_reference(KEY, " S1234567 ")
    assert ref != subject_reference(b"j" * 32, "S1234567")
    assert ref != hashlib.sha256(b"S1234567").hexdigest()
    with pytest.raises(ValueError):
        subject_reference(b"short", "S1")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=6), json_values, max_size=5))
def test_fast_canonical_json_is_exactly_rfc8785(obj: dict[str, Any]) -> None:
    assert canonical_json(obj) == rfc8785.dumps(obj)


def test_a_release_names_the_request_it_answers_and_a_correction_the_disclosure() -> None:
    """An answer to a request from Channel or the police names the request (reports count it
    on its own line); a correction notice must name the disclosure it corrects."""
    answered = LogEntry.create(
        EntryType.DISCLOSURE_RELEASED, **release_fields(request_id="TPR-2026-0001")
    )
    assert answered.fields["request_id"] == "TPR-2026-0001"
    refused = dict(EXAMPLES[EntryType.DECISION_NOT_TO_SHARE], request_id="TPR-2026-0001")
    assert LogEntry.create(EntryType.DECISION_NOT_TO_SHARE, **refused).fields["request_id"]
    with pytest.raises(EntryRejected):
        LogEntry.create(EntryType.DISCLOSURE_RELEASED, **release_fields(request_id="DC Ana Silva"))
    example = EXAMPLES[EntryType.CORRECTION_RELEASED]
    missing = {k: v for k, v in example.items() if k != "corrects_disclosure_id"}
    with pytest.raises(EntryRejected, match="corrects_disclosure_id"):
        LogEntry.create(EntryType.CORRECTION_RELEASED, **missing)
