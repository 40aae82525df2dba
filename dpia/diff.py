"""Field-by-field comparison of two DPIA versions, readable by a DPO or an auditor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dpia.model import DPIA

_MISSING = object()


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One difference: the field's path and its value before and after (``None`` = absent)."""

    path: str
    old: Any
    new: Any

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        return "changed"

    def describe(self) -> str:
        if self.kind == "added":
            return f"{self.path}: added {_show(self.new)}"
        if self.kind == "removed":
            return f"{self.path}: removed (was {_show(self.old)})"
        return f"{self.path}: {_show(self.old)} -> {_show(self.new)}"


def compare(old: DPIA, new: DPIA) -> list[FieldChange]:
    """Every field that differs between two versions, in document order.

    Lists of items with ids (risks, measures, consultation entries) are matched by id, so a
    re-ordered or inserted risk shows as that risk, not as every later risk changing.
    """
    changes: list[FieldChange] = []
    _walk(_flatten(old.to_dict()), _flatten(new.to_dict()), changes)
    return changes


def format_changes(changes: list[FieldChange]) -> str:
    if not changes:
        return "No differences."
    return "\n".join(change.describe() for change in changes)


def _flatten(value: Any, path: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    if isinstance(value, dict):
        if not value and path:
            flat[path] = {}
        for key, item in value.items():
            flat.update(_flatten(item, f"{path}.{key}" if path else key))
    elif isinstance(value, list):
        if all(isinstance(item, dict) and "id" in item for item in value) and value:
            for item in value:
                flat.update(_flatten(item, f"{path}.{item['id']}"))
        else:
            flat[path] = list(value)
    else:
        flat[path] = value
    return flat


def _walk(old: dict[str, Any], new: dict[str, Any], out: list[FieldChange]) -> None:
    keys = list(old)
    keys += [k for k in new if k not in old]
    for key in keys:
        before = old.get(key)
        after = new.get(key)
        if before != after:
            out.append(FieldChange(key, before, after))


def _show(value: Any) -> str:
    if isinstance(value, str):
        text = value if len(value) <= 120 else value[:117] + "..."
        return repr(text)
    return repr(value)
