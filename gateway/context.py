"""Everything a door (CLI, API, web) or a test needs to act: settings, clock, database, keys, log.

Built once at an entry point from the settings it is given; use cases receive its parts as
parameters (session, actor, clock, settings) through :func:`gateway.runner.run_use_case`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from gateway.clock import SYSTEM_CLOCK, Clock
from gateway.config import Settings, load_settings
from gateway.db import make_engine, make_session_factory

if TYPE_CHECKING:
    from gateway.encryption.kek import KekSource
    from gateway.keys import Keyring
    from gateway.retention.schedule import Schedule
    from gateway.runner import UnitOfWork
    from gateway.sharing import SharingLogWriter
    from sharing_log.sql import SQLTransparencyLog


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    clock: Clock = SYSTEM_CLOCK
    sessions: sessionmaker[Session] = field(init=False)
    schedule: Schedule = field(init=False)
    #: Where the KEK comes from: the one the sessions seal with (rotation is given it).
    kek_source: KekSource = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = make_session_factory(self.engine)
        # Case content is encrypted at rest: sessions of this context carry the KEK source.
        from gateway.encryption.keystore import bind_kek, kek_source_for

        self.kek_source = kek_source_for(self.settings)
        bind_kek(self.sessions, self.kek_source)
        # A retention schedule the gateway cannot apply exactly is refused at start-up.
        from gateway.retention.schedule import load_schedule

        self.schedule = load_schedule(self.settings.retention_schedule)

    @cached_property
    def keyring(self) -> Keyring:
        from gateway.keys import Keyring

        return Keyring(self.settings.keys_dir, self.settings.key_passphrase)

    def transparency_log(self) -> SQLTransparencyLog:
        from sharing_log import NoteSigner
        from sharing_log.sql import SQLTransparencyLog

        # The origin is fixed when the keys are made (init) and kept with them, so a later change
        # of setting cannot make the log sign under another name.
        signer = NoteSigner.from_private_key_text(self.keyring.log_signer_text())
        return SQLTransparencyLog(origin=self.keyring.log_origin, signer=signer)

    def work(self) -> UnitOfWork:
        """What a door runs a use case in: this context's sessions, clock and settings."""
        from gateway.runner import UnitOfWork

        return UnitOfWork(self.sessions, self.clock, self.settings)

    def log_writer(self) -> SharingLogWriter:
        """Writes sharing-log entries (the subject pseudonymised with this installation's key)."""
        from gateway.sharing import SharingLogWriter

        return SharingLogWriter(
            self.transparency_log(), self.keyring.subject_hmac_key(), settings=self.settings
        )

    def close(self) -> None:
        self.engine.dispose()


def open_context(
    settings: Settings | None = None,
    *,
    data_dir: Path | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> AppContext:
    """A context over ``settings``; with none, the entry point's own (read from the environment)."""
    if settings is None:
        settings = load_settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    return AppContext(
        settings=settings, engine=make_engine(settings.resolved_database_url), clock=clock
    )


def open_installation(settings: Settings, *, clock: Clock = SYSTEM_CLOCK) -> AppContext:
    """The context of an installation that exists (``init`` has made its database)."""
    from gateway.errors import SetupRequired
    from gateway.migrate import current_revision

    ctx = open_context(settings, clock=clock)
    if current_revision(ctx.engine) is None:
        ctx.close()
        raise SetupRequired(
            f"No prevent-gateway database at {settings.resolved_database_url}.",
            hint="Run `prevent-gateway init` first (or set PREVENT_GATEWAY_DATA_DIR / "
            "PREVENT_GATEWAY_DATABASE_URL to your installation).",
        )
    return ctx
