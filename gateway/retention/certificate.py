"""The destruction certificate: a manifest (JSON, hashed into the sharing log) and its PDF.

It names classes, rules, dates, counts and record references, and the person who authorised the
run: never a student's name or any content. People read it: times on UK clocks, codes in words.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime
from typing import Any

import rfc8785

from gateway.pdf_pages import MARKING, marked_canvas
from gateway.timeutil import long_date, long_datetime


def manifest_sha256(manifest: dict[str, Any]) -> str:
    return hashlib.sha256(rfc8785.dumps(manifest)).hexdigest()


#: Record references printed in one row of a class's table.
RECORDS_PER_ROW = 40


def _words(code: object) -> str:
    """A class or action code as people read it ("referral_case" -> "Referral case")."""
    return str(code).replace("_", " ").capitalize()


def _rule_words(group: dict[str, Any]) -> str:
    """The rule without its class code in front ("destroy 6 years after case closed")."""
    rule = str(group["rule"]).removeprefix(f"{group['record_class']}: ")
    return rule[:1].upper() + rule[1:]


def _day(text: str) -> str:
    return long_date(date.fromisoformat(text))


def records_line(manifest: dict[str, Any]) -> str:
    """How many records were destroyed, counted as the disposal page counts them (one per record
    the run listed), with the access-log events removed said apart."""
    count = int(manifest["record_count"])
    text = f"{count} record{'' if count == 1 else 's'}"
    events = manifest.get("access_log_events")
    if events:
        text += (
            f" (one of them the access log before a day: {events} access "
            f"event{'' if events == 1 else 's'} removed)"
        )
    return text


def render_pdf(
    manifest: dict[str, Any],
    digest: str,
    log_indexes: list[int],
    *,
    kek_destroyed_at: datetime | None = None,
) -> bytes:
    """The certificate as a PDF. ``kek_destroyed_at``: when the previous key-encryption key was
    destroyed (after the run committed); None says it is not yet, as far as the database knows."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    title = f"Certificate of destruction {manifest['certificate']}"
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=title,
        author=str(manifest["organisation"]),
        subject=MARKING,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        # The same bytes each time it is made from the database (no creation time or random
        # document id), so a copy can be checked against a fresh one.
        invariant=True,
    )
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTSIZE", (0, 0), (-1, -1), 9),
        ]
    )

    def cell(text: object) -> Paragraph:
        return Paragraph(str(text).replace("&", "&amp;").replace("<", "&lt;"), small)

    story: list[Any] = [
        Paragraph(title, styles["Title"]),
        Paragraph(
            f"{manifest['organisation']} certifies that the records listed below were destroyed "
            "under its retention schedule. This certificate holds no personal data about "
            "students or those named in cases: record classes, rules, dates, counts and record "
            "references only.",
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    executed = datetime.fromisoformat(str(manifest["executed_at"]).replace("Z", "+00:00"))
    head = [
        ("Executed at", long_datetime(executed)),
        ("Schedule applied as of", _day(str(manifest["as_of"]))),
        ("Authority", manifest["authority"]),
        ("Method", manifest["method"]),
        ("Schedule", manifest["schedule"]),
        ("Records destroyed", records_line(manifest)),
        ("Manifest SHA-256", digest),
        ("Sharing-log entries", ", ".join(str(i) for i in log_indexes) or "none"),
    ]
    kek = manifest.get("key_encryption_key")
    if isinstance(kek, dict):
        head += [
            (
                "Key-encryption key",
                f"{kek['rewrapped_data_keys']} remaining data key(s) re-wrapped under "
                f"{kek['new_kek_id']}, replacing {kek['previous_kek_id']}",
            ),
            (
                f"Previous key {kek['previous_kek_id']} destroyed",
                long_datetime(kek_destroyed_at)
                if kek_destroyed_at is not None
                else "not yet recorded: the next disposal run destroys it",
            ),
        ]
    table = Table([[cell(k), cell(v)] for k, v in head], colWidths=[45 * mm, 129 * mm])
    table.setStyle(grid)
    story += [table, Spacer(1, 5 * mm)]
    for group in manifest["classes"]:
        records = list(group["records"])
        story.append(
            Paragraph(f"Record class: {_words(group['record_class'])}", styles["Heading3"])
        )
        rows = [
            ("Rule", _rule_words(group)),
            ("Action", _words(group["action"])),
            ("Source", group["source"]),
            ("Trigger dates", f"{_day(group['trigger_from'])} to {_day(group['trigger_to'])}"),
            ("Number of records", len(records)),
        ]
        if group["record_class"] == "access_log":
            rows.append(("Access events removed", group["count"]))
        # In rows of a few dozen, so that a run of thousands of records flows across pages
        # (a table row cannot be split, and one row taller than a page cannot be laid out).
        for start in range(0, max(len(records), 1), RECORDS_PER_ROW):
            chunk = records[start : start + RECORDS_PER_ROW]
            rows.append(("Records" if start == 0 else "Records (continued)", ", ".join(chunk)))
        t = Table([[cell(k), cell(v)] for k, v in rows], colWidths=[45 * mm, 129 * mm])
        t.setStyle(grid)
        story += [t, Spacer(1, 3 * mm)]
    story.append(
        Paragraph(
            "Verification: the SHA-256 above is of the certificate's JSON manifest (RFC 8785 "
            "canonical form), and each listed sharing-log entry of type records_disposed "
            "carries it; "
            "verifying the log's export (`prevent-gateway-verify log`) proves those entries are "
            "in the append-only log.",
            small,
        )
    )
    doc.build(story, canvasmaker=marked_canvas(title))
    return out.getvalue()
