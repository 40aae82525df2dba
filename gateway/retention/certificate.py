"""The destruction certificate: a manifest (JSON, hashed into the sharing log) and its PDF.

It names classes, rules, dates, counts and record ids only: never a name or any content.
"""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from typing import Any

import rfc8785

from gateway.timeutil import iso


def manifest_sha256(manifest: dict[str, Any]) -> str:
    return hashlib.sha256(rfc8785.dumps(manifest)).hexdigest()


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
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=f"Certificate of destruction {manifest['certificate']}",
        author=str(manifest["organisation"]),
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
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
        Paragraph(f"Certificate of destruction {manifest['certificate']}", styles["Title"]),
        Paragraph(
            f"{manifest['organisation']} certifies that the records listed below were destroyed "
            "under its retention schedule. This certificate holds no personal data: record "
            "classes, rules, dates, counts and record identifiers only.",
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    head = [
        ("Executed at (UTC)", manifest["executed_at"]),
        ("Schedule applied as of", manifest["as_of"]),
        ("Authority", manifest["authority"]),
        ("Method", manifest["method"]),
        ("Schedule", manifest["schedule"]),
        ("Records destroyed", manifest["record_count"]),
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
                f"Previous key {kek['previous_kek_id']} destroyed (UTC)",
                iso(kek_destroyed_at)
                if kek_destroyed_at is not None
                else "not yet recorded: the next disposal run destroys it",
            ),
        ]
    table = Table([[cell(k), cell(v)] for k, v in head], colWidths=[45 * mm, 129 * mm])
    table.setStyle(grid)
    story += [table, Spacer(1, 5 * mm)]
    for group in manifest["classes"]:
        story.append(Paragraph(f"Record class: {group['record_class']}", styles["Heading3"]))
        rows = [
            ("Rule", group["rule"]),
            ("Action", group["action"]),
            ("Source", group["source"]),
            ("Trigger dates", f"{group['trigger_from']} to {group['trigger_to']}"),
            ("Count", group["count"]),
            ("Record ids", ", ".join(group["records"])),
        ]
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
    doc.build(story)
    return out.getvalue()
