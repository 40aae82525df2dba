"""Everything a command, a page or a test needs to act: settings, database, keys, the log."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from gateway.config import Settings, get_settings
from gateway.db import make_engine, make_session_factory

if TYPE_CHECKING:
    from gateway.keys import Keyring
    from sharing_log.sql import SQLTransparencyLog


@dataclass
class AppContext:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = make_session_factory(self.engine)
        # Case content is encrypted at rest: sessions on this engine find the KEK here.
        from gateway.retention.keystore import bind_kek, kek_source_for

        bind_kek(self.engine, kek_source_for(self.settings.data_dir))
        # A retention schedule the gateway cannot apply exactly is refused at start-up.
        from gateway.retention.schedule import load_schedule

        load_schedule()

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

    def close(self) -> None:
        self.engine.dispose()


def open_context(settings: Settings | None = None, *, data_dir: Path | None = None) -> AppContext:
    if settings is None:
        settings = get_settings()
    if data_dir is not None:
        settings = settings.model_copy(update={"data_dir": data_dir})
    return AppContext(settings=settings, engine=make_engine(settings.resolved_database_url))
