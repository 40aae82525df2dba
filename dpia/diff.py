"""Field-by-field comparison of two DPIA versions, readable by a DPO or an auditor."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dpia.model import DPIA


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
    re-ordered or inserted risk shows as that risk, not as every later risk changing. A part
    present on one side only (a removed risk, a sign-off not yet given) is one change.
    """
    changes: list[FieldChange] = []
    _diff(old.to_dict(), new.to_dict(), "", changes)
    return changes


def format_changes(changes: list[FieldChange]) -> str:
    if not changes:
        return "No differences."
    return "\n".join(change.describe() for change in changes)


def _is_id_list(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "id" in item for item in value)
    )


def _diff(old: Any, new: Any, path: str, out: list[FieldChange]) -> None:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            _diff(old.get(key), new.get(key), f"{path}.{key}" if path else key, out)
        return
    if (_is_id_list(old) or old == []) and (_is_id_list(new) or new == []) and (old or new):
        old_items = {item["id"]: item for item in old}
        new_items = {item["id"]: item for item in new}
        for key in [*old_items, *(k for k in new_items if k not in old_items)]:
            _diff(old_items.get(key), new_items.get(key), f"{path}.{key}", out)
        return
    out.append(FieldChange(path, old, new))


def _show(value: Any) -> str:
    if isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    else:
        text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."
