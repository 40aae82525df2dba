"""A fictional referral, for demonstrations, tests and benchmarks. No real person."""

from __future__ import annotations

from gateway.packages.content import (
    AgencyInvolvement,
    ItemMarking,
    NoteItem,
    ReferralContent,
    ReferrerDetails,
    SubjectDetails,
)

__all__ = ["example_referral_content"]

_NOTE = (
    "Tutor reported that the student shared a video in the module forum praising an "
    "extremist group and commenting that [PERSON 1] 'deserved what was coming'. The post was "
    "removed by [PERSON 2] from the Student Support Team, who spoke with the student by phone "
    "on [DATE_TIME 1]. The student said the post was a joke and apologised, but later messages "
    "to a classmate referred again to the same material. Academic engagement has dropped "
    "since the start of term and two assessments were missed. "
)


def example_referral_content(notes: int = 12, note_repeats: int = 2) -> ReferralContent:
    """A complete, fictional ReferralContent with ``notes`` chronology items."""
    chronology = tuple(
        NoteItem(
            date=f"2026-{1 + i // 28 % 12:02d}-{1 + i % 28:02d}",
            source=("Associate tutor", "Student Support Team", "Prevent Lead")[i % 3],
            text=f"Entry {i + 1}. " + _NOTE * note_repeats,
        )
        for i in range(notes)
    )
    return ReferralContent(
        case_reference="PG-2026-0042",
        disclosure_id="d-7f3c2a9e-5b1d-4c8e-9a20-1e6f0b3d4c55",
        organisation_name="Example Online University",
        recipient_name="Regional Prevent Coordinator (North West)",
        form_version="National Prevent referral form, version 2 (2023)",
        subject=SubjectDetails(
            full_name="Alex Example",
            date_of_birth="2004-03-14",
            gender="Not stated",
            address="1 Fictional Road, Exampletown, EX1 2PL",
            telephone=None,
            email="a.example@students.example.ac.uk",
            student_number="S1234567",
            course_and_year="BA (Hons) Politics, year 2",
        ),
        referrer=ReferrerDetails(
            name="Sam Lead",
            role="Prevent Lead",
            organisation="Example Online University",
            email="prevent@example.ac.uk",
            telephone="01234 567890",
            relationship_to_subject="Provider's Prevent Lead; no direct teaching role",
        ),
        concerns=(
            "Repeated sharing of material from a proscribed organisation in module forums, "
            "and statements supporting violence against [NRP 1] communities.\n\n"
            "The student has expressed a wish to 'do something real' and asked a classmate "
            "about travel to a conflict zone."
        ),
        how_concerns_arose=(
            "Raised by an associate tutor through the concern form (policy 7.1) after a forum "
            "post, then corroborated by a Student Support Team call and a social-media report."
        ),
        complex_needs=(
            "Known to the disability service for anxiety; recently bereaved; isolated during "
            "online study. No known substance misuse."
        ),
        other_agencies=(
            AgencyInvolvement("Student Support Team", "Weekly wellbeing calls since January."),
            AgencyInvolvement("GP (via the student)", "Student reports treatment for anxiety."),
        ),
        rpc_discussion=(
            "Discussed without identifying details with the Regional Prevent Coordinator on "
            "2026-02-10 (reference RPC-NW-2026-118), who advised a formal referral."
        ),
        subject_told=(
            "The student has not been told: telling them would be likely to prejudice the "
            "prevention of crime (DPA 2018 Schedule 2 paragraph 2)."
        ),
        lawful_basis=(
            "UK GDPR Art 6(1)(e): public task (Prevent duty, CTSA 2015 s.26)",
            "UK GDPR Art 9(2)(g) with DPA 2018 Sch 1 para 10: preventing or detecting "
            "unlawful acts",
            "UK GDPR Art 10 with DPA 2018 Sch 1 para 10",
            "Appropriate Policy Document APD-2025-3, review due 2026-09-01",
        ),
        chronology=chronology,
        redaction_counts={"PERSON": 2 * notes, "DATE_TIME": notes, "NRP": 1},
        prepared_by="Sam Lead (Prevent Lead)",
        date_of_referral="12 February 2026",
        purpose="Formal referral to the Regional Prevent Coordinator for assessment.",
        marking="personal data, including special category data (health) and criminal "
        "offence data",
        redaction_statement="Every item was checked for the personal data of people other "
        "than the subject and each finding was reviewed; that data has been redacted.",
        items=(
            ItemMarking("Item 1: Concern raised 10 February 2026", criminal_offence=True),
            ItemMarking("Item 2: Complex needs", special_categories=("health",)),
        ),
    )
