"""Split a text into plain and highlighted segments, one per redaction finding."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    finding: int | None = None  # index into the item's findings
    entity_type: str | None = None
    replacement: str | None = None
    review: str | None = None
    action: str | None = None


def segments(original: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """Every finding highlighted once; a finding nested inside an earlier one is shown by it."""
    order = sorted(
        range(len(findings)),
        key=lambda i: (int(findings[i].get("start", 0)), -int(findings[i].get("end", 0))),
    )
    out: list[Segment] = []
    cursor = 0
    for i in order:
        f = findings[i]
        start, end = int(f.get("start", 0)), int(f.get("end", 0))
        if start < cursor or start >= end or end > len(original):
            continue
        if start > cursor:
            out.append(Segment(original[cursor:start]))
        out.append(
            Segment(
                original[start:end],
                finding=i,
                entity_type=str(f.get("entity_type", "")),
                replacement=str(f.get("replacement") or f"[{f.get('entity_type', '')}]"),
                review=str(f["review"]) if f.get("review") else None,
                action=str(f.get("action", "")),
            )
        )
        cursor = end
    if cursor < len(original):
        out.append(Segment(original[cursor:]))
    return out
