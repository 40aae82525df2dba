"""Appropriate policy document rules as plain Python.

DPA 2018 Sch 1 para 39: the document explains the controller's procedures for securing
compliance with the Art 5 principles for processing under the condition, and its retention and
erasure policies, with an indication of how long the data is likely to be kept. Para 40: it is
kept, reviewed and updated, and kept for six months after the processing under it ends.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum

from gateway.disclosures.lawful_basis import APD_PARAGRAPHS, SCHEDULE1_TITLES
from gateway.errors import InvalidInput

#: The para 39 content, one section per Art 5 principle and the retention policy: (field,
#: heading, what the section must explain). Every door shows and asks for them in this order.
PARA39_SECTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "lawfulness_fairness_transparency",
        "Lawfulness, fairness and transparency (Art 5(1)(a))",
        "How we make sure processing under these conditions is lawful and fair, and how people "
        "are told about it.",
    ),
    (
        "purpose_limitation",
        "Purpose limitation (Art 5(1)(b))",
        "The purposes the data is used for under these conditions, and how other uses are "
        "prevented.",
    ),
    (
        "data_minimisation",
        "Data minimisation (Art 5(1)(c))",
        "How we make sure only the data needed is collected and shared.",
    ),
    (
        "accuracy",
        "Accuracy (Art 5(1)(d))",
        "How the data is kept accurate, and corrected (and recipients told) when it is not.",
    ),
    (
        "storage_limitation",
        "Storage limitation (Art 5(1)(e))",
        "How we make sure the data is not kept longer than needed.",
    ),
    (
        "integrity_confidentiality",
        "Integrity and confidentiality (Art 5(1)(f))",
        "The security measures: access control, encryption, logging.",
    ),
    (
        "accountability",
        "Accountability (Art 5(2))",
        "Who is responsible, and the records that show compliance.",
    ),
    (
        "retention_and_erasure",
        "Retention and erasure (Sch 1 para 39(b))",
        "The retention and erasure policies for this data, with how long it is likely to be "
        "kept.",
    ),
)
SECTION_FIELDS: tuple[str, ...] = tuple(field for field, _, _ in PARA39_SECTIONS)
SECTION_HEADINGS: dict[str, str] = {field: heading for field, heading, _ in PARA39_SECTIONS}

#: The shortest section a DPO can assess: a word or two is not a procedure.
MIN_SECTION_CHARS = 40
#: Para 40(1)(a) keeps the document for six months after the processing under it ends.
KEEP_MONTHS_AFTER_LAST_USE = 6
#: The longest the next review may be put off, so an entry cannot be made "in date" for ever.
MAX_REVIEW_MONTHS = 36

REFERENCE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")


class DocumentState(StrEnum):
    IN_DATE = "in_date"
    REVIEW_OVERDUE = "review_overdue"


STATE_WORDS: dict[DocumentState, str] = {
    DocumentState.IN_DATE: "in date",
    DocumentState.REVIEW_OVERDUE: "review overdue: no disclosure may rely on it",
}


def add_months(start: date, months: int) -> date:
    """The same day `months` later, or the month's last day when that day does not exist."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def state_on(review_due: date, today: date) -> DocumentState:
    """Out of date once its review day has passed (the review day itself is still in date)."""
    return DocumentState.REVIEW_OVERDUE if review_due < today else DocumentState.IN_DATE


def keep_until(last_disclosed: date | None) -> date | None:
    """Para 40: six months after the last disclosure that relied on it; None while nothing has
    (it is then kept for as long as it is in the register)."""
    if last_disclosed is None:
        return None
    return add_months(last_disclosed, KEEP_MONTHS_AFTER_LAST_USE)


def condition_words(paragraph: int) -> str:
    title = SCHEDULE1_TITLES.get(paragraph, "")
    return f"DPA 2018 Sch 1 para {paragraph}" + (f" — {title}" if title else "")


def parse_reference(value: str) -> str:
    reference = value.strip()
    if not REFERENCE_PATTERN.match(reference):
        raise InvalidInput(
            f"'{value}' is not a policy document reference the register accepts.",
            hint="Use 1-40 letters, digits, '.', '_', '/' or '-', e.g. APD-2026-01.",
        )
    return reference


def parse_title(value: str) -> str:
    title = " ".join(value.split())
    if not title or len(title) > 200:
        raise InvalidInput(
            "The policy document needs a title of at most 200 characters.",
            hint="e.g. 'Appropriate policy document: Prevent information sharing'.",
        )
    return title


def parse_conditions(values: Iterable[object]) -> list[int]:
    """The Sch 1 paragraphs an entry covers, from numbers ("18"), "para 18" or the codes the
    sharing log uses ("dpa2018.sch1.para18"); only those that need a policy document."""
    paragraphs: set[int] = set()
    for value in values:
        text = str(value).strip().lower().replace(" ", "")
        for prefix in ("dpa2018.sch1.", "para"):
            text = text.removeprefix(prefix)
        if not text:
            continue
        if not text.isdigit() or int(text) not in APD_PARAGRAPHS:
            raise InvalidInput(
                f"'{value}' is not a DPA 2018 Schedule 1 condition that needs an appropriate "
                "policy document.",
                hint="Give the paragraph number (1, 6 to 28 or 36) or its code, e.g. 18 or "
                "dpa2018.sch1.para18.",
            )
        paragraphs.add(int(text))
    if not paragraphs:
        raise InvalidInput(
            "Say which Schedule 1 conditions the policy document covers.",
            hint="e.g. 10 (preventing or detecting unlawful acts) and 18 (safeguarding).",
        )
    return sorted(paragraphs)


def parse_content(fields: Mapping[str, object]) -> dict[str, str]:
    """The para 39 sections, every one given and long enough to assess; unknown ones refused
    so that a misspelt section is not lost."""
    unknown = sorted(set(fields) - set(SECTION_FIELDS))
    if unknown:
        raise InvalidInput(
            f"Unknown policy document section(s): {', '.join(unknown)}.",
            hint="The sections are: " + ", ".join(SECTION_FIELDS) + ".",
        )
    content: dict[str, str] = {}
    for field in SECTION_FIELDS:
        value = fields.get(field)
        text = "" if value is None else str(value).strip()
        if len(text) < MIN_SECTION_CHARS:
            raise InvalidInput(
                f"The section '{SECTION_HEADINGS[field]}' "
                + ("is missing." if not text else f"is too short ({len(text)} characters).")
                + " DPA 2018 Sch 1 para 39 needs it explained.",
                hint=f"Write at least {MIN_SECTION_CHARS} characters that a DPO can assess.",
            )
        content[field] = text
    return content


def check_review_due(review_due: date, today: date) -> date:
    if review_due < today:
        raise InvalidInput(
            f"The next review date {review_due.isoformat()} has already passed.",
            hint="Give a date from today on.",
        )
    if review_due > add_months(today, MAX_REVIEW_MONTHS):
        raise InvalidInput(
            f"The next review date {review_due.isoformat()} is more than {MAX_REVIEW_MONTHS} "
            "months away.",
            hint="A policy document is reviewed at least every three years (DPA 2018 Sch 1 "
            "para 40: kept under review).",
        )
    return review_due
