from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base, str_enum
from gateway.timeutil import UTCDateTime, utcnow
from gateway.users.domain import Role


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    #: The person the account belongs to (gateway.users.domain): separation of duties compares
    #: these, so one person's several accounts count as one.
    staff_id: Mapped[str] = mapped_column(String(80), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    #: ``pgs1:<KEK id>:<ciphertext>`` (gateway.encryption.secrets), never the secret in clear.
    totp_secret: Mapped[str | None] = mapped_column(String(255), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    def __repr__(self) -> str:  # no personal data beyond the username
        return f"<User {self.username} {self.role.value}>"
