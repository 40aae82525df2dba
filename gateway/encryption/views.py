"""What the encryption use cases return."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class KekRotatedView(BaseModel):
    """A finished KEK rotation: key ids only (never key material)."""

    model_config = ConfigDict(frozen=True)

    old_kek_id: str
    new_kek_id: str
    rewrapped: int
    #: The sharing-log entry that records the rotation.
    log_index: int
