"""What the doors show of the register of appropriate policy documents: the same views for the
CLI (and its ``--json``), the API and the pages."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.apd.domain import DocumentState


class SectionView(BaseModel):
    model_config = ConfigDict(frozen=True)

    field: str = Field(description="The section's field name, e.g. data_minimisation.")
    heading: str = Field(description="The section's heading, naming the Art 5 principle.")
    text: str = Field(description="What the document says under it.")


class ConditionView(BaseModel):
    model_config = ConfigDict(frozen=True)

    paragraph: int = Field(description="The DPA 2018 Schedule 1 paragraph.")
    code: str = Field(description="Its code, as the sharing log and the manifest write it.")
    words: str = Field(description="The condition in words.")


class VersionView(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: int = Field(description="The version number, from 1.")
    title: str = Field(description="The document's title in this version.")
    conditions: list[ConditionView] = Field(description="The Schedule 1 conditions it covers.")
    sections: list[SectionView] = Field(
        description="The DPA 2018 Sch 1 para 39 content: the procedures for each Art 5 "
        "principle, then the retention and erasure policies."
    )
    created_by: str = Field(description="Who wrote this version, by name.")
    created_at: datetime = Field(description="When it was made.")


class ReviewView(BaseModel):
    model_config = ConfigDict(frozen=True)

    reviewed_by: str = Field(description="Who reviewed it, by name.")
    reviewed_at: datetime = Field(description="When.")
    version: int = Field(description="The version in force after the review.")
    notes: str = Field(description="What the review found (the first review is the adoption).")
    next_review_due: date = Field(description="The next review day it set.")


class PolicyDocumentSummary(BaseModel):
    """One entry of the register as the list shows it."""

    model_config = ConfigDict(frozen=True)

    reference: str = Field(description="The entry's reference, which a disclosure names.")
    title: str = Field(description="The current version's title.")
    version: int = Field(description="The current version.")
    conditions: list[ConditionView] = Field(
        description="The conditions the current version covers."
    )
    review_due: date = Field(description="The day it is next due for review.")
    state: DocumentState = Field(
        description="in_date, or review_overdue (no disclosure may rely on it until reviewed)."
    )
    state_words: str = Field(description="The state in words.")
    disclosures: int = Field(description="How many released disclosures relied on it.")
    last_disclosed_on: date | None = Field(
        description="The day of the last released disclosure that relied on it."
    )
    keep_until: date | None = Field(
        description="Six months after that day (DPA 2018 Sch 1 para 40): it must be kept at "
        "least until then. None while no disclosure has relied on it."
    )


class PolicyDocumentView(BaseModel):
    """One entry: its summary, the current text, every version and every review."""

    model_config = ConfigDict(frozen=True)

    summary: PolicyDocumentSummary = Field(description="The entry as the register lists it.")
    current: VersionView = Field(description="The version in force.")
    versions: list[VersionView] = Field(description="Every version, oldest first.")
    reviews: list[ReviewView] = Field(description="Every review, oldest first.")


class PolicyDocumentChoice(BaseModel):
    """An entry a disclosure can name, as the lawful-basis form offers it."""

    model_config = ConfigDict(frozen=True)

    reference: str = Field(description="The entry's reference.")
    label: str = Field(description="Reference, title, version, conditions and review date.")
    in_date: bool = Field(description="Whether it is in date today.")
