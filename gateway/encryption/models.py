"""The wrapped data keys: one per case; deleting a row destroys that case's content."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base
from gateway.timeutil import UTCDateTime, utcnow


class CaseDataKey(Base):
    """One case's AES-256-GCM data key, wrapped by the key-encryption key (KEK).

    Deleting the row is what destroys the case's content (crypto-shredding): every sealed value
    of the case names this key by ``uid`` and nothing else can open it.
    """

    __tablename__ = "case_data_keys"

    uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    #: ``nonce || AES-256-GCM(KEK, data key, aad="prevent-gateway/dek/v1|<uid>")``
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    kek_id: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    rewrapped_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
