"""CSV and JSON forms of the annual report: the figures as the board sees them (suppressed).

Traces are not included here (see `report trace`); the exports hold counts and labels only.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from gateway.reports.domain import AnnualReport, OfsLine, full_labels, section_title
from gateway.timeutil import iso

CSV_COLUMNS = ("section", "key", "label", "value")


def report_dict(report: AnnualReport, ofs: list[OfsLine] | None = None) -> dict[str, Any]:
    labels = full_labels(report.figures)
    out: dict[str, Any] = {
        "report": "Prevent duty annual report",
        "organisation": report.organisation,
        "academic_year": report.year.label,
        "period": {
            "from": report.year.first_day.isoformat(),
            "to": report.year.last_day.isoformat(),
        },
        "generated_at": iso(report.generated_at),
        "sharing_log": {"tree_size": report.log_size, "root_hash": report.log_root},
        "figures": [
            {
                "section": f.section,
                "section_title": section_title(f.section),
                "key": f.key,
                "label": labels[f.key],
                "value": f.display,
            }
            for f in report.figures
        ],
        "training_compliance": [
            {
                "group": t.group,
                "label": t.group_label,
                "staff": t.staff,
                "trained_in_date": t.trained_in_date,
                "overdue": t.overdue,
                "not_trained": t.not_trained,
                "completed_in_year": t.completed_in_year,
                "percent_in_date": t.percent,
            }
            for t in report.training
        ],
        "notes": list(report.notes),
    }
    if ofs is not None:
        out["ofs_return"] = [ofs_dict(line) for line in ofs]
    return out


def ofs_dict(line: OfsLine) -> dict[str, Any]:
    return {
        "item": line.item.code,
        "question": line.item.question,
        "value": line.display,
        "derived_from": list(line.item.source_keys),
        "how": line.item.how,
    }


def to_json(report: AnnualReport, ofs: list[OfsLine] | None = None) -> str:
    return json.dumps(report_dict(report, ofs), indent=2, ensure_ascii=False) + "\n"


def to_csv(report: AnnualReport, ofs: list[OfsLine] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    labels = full_labels(report.figures)
    for f in report.figures:
        writer.writerow((f.section, f.key, labels[f.key], f.display))
    for t in report.training:
        for name, value in (
            ("staff", t.staff),
            ("trained_in_date", t.trained_in_date),
            ("overdue", t.overdue),
            ("not_trained", t.not_trained),
            ("percent_in_date", t.percent),
        ):
            writer.writerow(("training_compliance", f"training.{t.group}.{name}",
                             f"{t.group_label}: {name.replace('_', ' ')}", value))
    for line in ofs or []:
        writer.writerow(("ofs_return", line.item.code, line.item.question, line.display))
    return buffer.getvalue()
