"""How long the annual report takes as the sharing log grows (prints figures; not a test).

Usage: python benchmarks/reports_annual.py [ENTRIES ...]   (default 1000 5000)
Builds a fresh SQLite database with that many sharing-log entries (decisions not to share,
appended through the gateway's SharingLogWriter) and times build_annual_report and the PDF.
"""

from __future__ import annotations

import sys

# benchmarks/ holds a sharing_log.py: keep it from shadowing the library.
sys.path[:] = [p for p in sys.path if not p.endswith("benchmarks")]

import tempfile  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import gateway.models  # noqa: F401, E402
from gateway.actor import Actor  # noqa: E402
from gateway.config import Settings  # noqa: E402
from gateway.db import Base, make_engine, make_session_factory, transaction  # noqa: E402
from gateway.keys import Keyring, UnencryptedKeyWarning  # noqa: E402
from gateway.migrate import upgrade_to_head  # noqa: E402
from gateway.reports.domain import AcademicYear  # noqa: E402
from gateway.reports.pdf import render_pdf  # noqa: E402
from gateway.reports.service import build_annual_report, ofs_return  # noqa: E402
from gateway.sharing import SharingLogWriter  # noqa: E402
from gateway.timeutil import today, utcnow  # noqa: E402
from gateway.users.domain import Role  # noqa: E402
from gateway.users.service import create_user  # noqa: E402
from sharing_log import NoteSigner  # noqa: E402
from sharing_log.sql import SQLTransparencyLog  # noqa: E402


def run(entries: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnencryptedKeyWarning)
            keyring = Keyring.create(settings.keys_dir, None, settings.log_origin)
        engine = make_engine(f"sqlite:///{tmp}/bench.sqlite3")
        upgrade_to_head(engine)
        Base.metadata.create_all(engine)  # tables not yet in the migration
        sessions = make_session_factory(engine)
        log = SQLTransparencyLog(settings.log_origin,
                                 NoteSigner.from_private_key_text(keyring.log_signer_text()))
        writer = SharingLogWriter(log, keyring.subject_hmac_key())
        with transaction(sessions) as s:
            auditor = create_user(s, username="auditor", display_name="A", role=Role.AUDITOR,
                                  staff_id="BENCH-1",
                                  actor=None)
        start = time.perf_counter()
        batch = 500
        for first in range(0, entries, batch):
            with transaction(sessions) as s:
                for i in range(first, min(entries, first + batch)):
                    writer.decision_not_to_share(
                        s, decision_ref=f"ND-{i}", case_ref=f"PRV-{i % 97}",
                        student_id=f"S{i % 97:07d}", decided_by=1, decided_at=utcnow(),
                        reason_codes=["decided_not_to_share"],
                    )
        fill = time.perf_counter() - start
        with transaction(sessions) as s:
            start = time.perf_counter()
            report = build_annual_report(s, Actor(auditor), AcademicYear.of(today()), log,
                                         organisation="Benchmark")
            built = time.perf_counter() - start
        start = time.perf_counter()
        pdf = render_pdf(report, ofs_return(report))
        rendered = time.perf_counter() - start
        counted = report.figure("not_shared.reason.total").value
        print(f"{entries:>7} log entries: fill {fill:6.2f}s; report {built * 1000:8.1f} ms "
              f"({entries / built:,.0f} entries/s); PDF {rendered * 1000:6.1f} ms, "
              f"{len(pdf):,} bytes; not_shared.total = {counted}")
        engine.dispose()


if __name__ == "__main__":
    for n in [int(a) for a in sys.argv[1:]] or [1000, 5000]:
        run(n)
