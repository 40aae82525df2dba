"""The wrapped data keys: one per case; deleting a row destroys that case's content."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
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


class KekRotation(Base):
    """One rotation of the key-encryption key, recorded in the transaction that re-wrapped the
    data keys. ``completed_at`` is set once the old KEK has been destroyed (its file replaced by
    the new one, after the commit); a row without it is a rotation the next run finishes."""

    __tablename__ = "kek_rotations"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    old_kek_id: Mapped[str] = mapped_column(String(16))
    new_kek_id: Mapped[str] = mapped_column(String(16), index=True)
    #: ``disposal`` (the end of a disposal run) or ``administrator`` (``keys rotate-kek``).
    reason: Mapped[str] = mapped_column(String(20))
    #: The destruction certificate of the disposal run that rotated it, if any.
    certificate_reference: Mapped[str | None] = mapped_column(String(40), default=None)
    rewrapped: Mapped[int] = mapped_column(Integer, default=0)
    rotated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
