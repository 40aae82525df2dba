"""Shared fixtures: a fresh, fully migrated database per test, on SQLite or PostgreSQL.

Set PREVENT_GATEWAY_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test to run
every database test against PostgreSQL: a template database is migrated once per run and each
test gets its own copy (CREATE DATABASE ... TEMPLATE), so tests never see each other's rows.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from gateway.db import make_engine
from gateway.migrate import upgrade_to_head

TEST_DB_URL = os.environ.get("PREVENT_GATEWAY_TEST_DATABASE_URL", "").strip()
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
VECTORS_DIR = SHARED_DIR / "vectors"


def pytest_report_header(config: pytest.Config) -> str:
    engine = make_url(TEST_DB_URL).get_backend_name() if TEST_DB_URL else "sqlite"
    return f"prevent-gateway test database engine: {engine}"


@pytest.fixture(scope="session")
def vectors_dir() -> Path:
    if not VECTORS_DIR.is_dir():
        pytest.skip(f"shared test vectors not found at {VECTORS_DIR} (CI provides ../shared/)")
    return VECTORS_DIR


class _PostgresTemplates:
    def __init__(self, url: str) -> None:
        self.base_url = make_url(url)
        self.admin = create_engine(
            self.base_url.set(database="postgres"), isolation_level="AUTOCOMMIT"
        )
        self.template = f"pg_tmpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.created: list[str] = []
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.template}"'))
        engine = make_engine(self.base_url.set(database=self.template).render_as_string(False))
        upgrade_to_head(engine)
        engine.dispose()

    def new_database(self) -> str:
        name = f"pg_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        self.created.append(name)
        return self.base_url.set(database=name).render_as_string(hide_password=False)

    def copy_database(self, source_url: str) -> str:
        """A new database holding what ``source_url``'s database holds (nobody may be connected
        to the source while it is copied)."""
        source = make_url(source_url).database
        name = f"pg_test_{uuid.uuid4().hex[:12]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
        self.created.append(name)
        return self.base_url.set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        for name in [*self.created, self.template]:
            self.drop(name)
        self.admin.dispose()


@pytest.fixture(scope="session")
def _db_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    if TEST_DB_URL and TEST_DB_URL.startswith("postgresql"):
        templates = _PostgresTemplates(TEST_DB_URL)
        yield templates
        templates.close()
    else:
        path = tmp_path_factory.mktemp("template") / "template.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        upgrade_to_head(engine)
        engine.dispose()
        yield path


@pytest.fixture
def database_url(_db_template: object, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, fully migrated database that belongs to this test alone."""
    if isinstance(_db_template, _PostgresTemplates):
        url = _db_template.new_database()
        yield url
        _db_template.drop(make_url(url).database or "")
    else:
        assert isinstance(_db_template, Path)
        target = tmp_path / "gateway.sqlite3"
        shutil.copyfile(_db_template, target)
        yield f"sqlite:///{target}"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


@pytest.fixture
def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
