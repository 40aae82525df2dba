"""What the encryption use cases return."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class KekRotatedView(BaseModel):
    """A finished KEK rotation: key ids only (never key material)."""

    model_config = ConfigDict(frozen=True)

    old_kek_id: str = Field(description="The id of the key-encryption key replaced.")
    new_kek_id: str = Field(description="The id of the new key-encryption key.")
    rewrapped: int = Field(
        description="How many case data keys were wrapped again under the new key."
    )
    log_index: int = Field(description="The sharing-log entry that records the rotation.")
