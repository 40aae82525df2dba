"""Secrets at rest: the SQLite database and its write-ahead log are readable by their owner
alone."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text

from gateway.db import make_engine


def test_the_sqlite_file_and_its_wal_are_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask would make them 0644
    try:
        path = tmp_path / "gateway.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x TEXT)"))
            conn.execute(text("INSERT INTO t VALUES ('a')"))
        with engine.connect() as conn:
            conn.execute(text("SELECT * FROM t")).all()
            wal = path.with_name(path.name + "-wal")
            assert wal.exists()
            for file in (path, wal, path.with_name(path.name + "-shm")):
                assert file.stat().st_mode & 0o777 == 0o600, file.name
        engine.dispose()
        # A database made readable by others earlier is tightened when it is opened.
        path.chmod(0o644)
        make_engine(f"sqlite:///{path}").dispose()
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)
