"""GET of the current checkpoint over loopback: requests/s and latency percentiles.

Target: >= 1,000 requests/s with p99 <= 50 ms on 2 cores. Starts uvicorn (2 workers by default)
in a subprocess on 127.0.0.1 over a fresh SQLite installation with a few log entries, then runs
a bounded keep-alive load loop (raw asyncio sockets, so the client costs little CPU) and prints
the figures.

    python benchmarks/api.py [--seconds 10] [--connections 8] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

# benchmarks/ holds scripts named like our packages (sharing_log.py): import the real ones.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))


def prepare(data_dir: Path) -> tuple[str, str]:
    """A migrated SQLite installation with keys, an auditor's API token and 5 log entries."""
    import gateway.models  # noqa: F401
    from gateway.actor import Actor
    from gateway.auth.service import issue_token
    from gateway.config import Settings
    from gateway.context import AppContext
    from gateway.db import Base, make_engine, transaction
    from gateway.keys import Keyring
    from gateway.migrate import upgrade_to_head
    from gateway.sharing import SharingLogWriter
    from gateway.timeutil import utcnow
    from gateway.users.domain import Role
    from gateway.users.service import create_user

    url = f"sqlite:///{data_dir / 'gateway.sqlite3'}"
    settings = Settings(data_dir=data_dir, database_url=url)
    engine = make_engine(url)
    upgrade_to_head(engine)
    Base.metadata.create_all(engine)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        Keyring.create(settings.keys_dir, None, settings.log_origin)
    ctx = AppContext(settings=settings, engine=engine)
    writer = SharingLogWriter(ctx.transparency_log(), ctx.keyring.subject_hmac_key())
    with transaction(ctx.sessions) as session:
        auditor = create_user(
            session,
            username="auditor",
            display_name="Auditor",
            role=Role.AUDITOR,
            staff_id="BENCH-1",
            actor=None,
        )
        token = issue_token(session, None, "auditor", "benchmark").token
        for i in range(5):
            writer.decision_not_to_share(
                session,
                decision_ref=f"ND-2026-{i + 1:04d}",
                case_ref=f"PRV-2026-{i + 1:04d}",
                student_id=f"S{i}",
                decided_by=Actor(auditor).user.id,
                decided_at=utcnow(),
                reason_codes=["decided_not_to_share"],
            )
    ctx.close()
    return url, token


async def _connection(
    port: int, request: bytes, stop_at: float, latencies: list[float], errors: list[str]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12]
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if status != b"200":
                errors.append(status.decode())
    finally:
        writer.close()


async def load(
    port: int, token: str, seconds: float, connections: int
) -> tuple[list[float], list[str], float]:
    request = (
        f"GET /api/v1/log/checkpoint HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Authorization: Bearer {token}\r\n\r\n"
    ).encode()
    # warm-up: every worker imports and opens its database connections
    warm: list[float] = []
    await asyncio.gather(
        *(
            _connection(port, request, time.perf_counter() + 1.0, warm, [])
            for _ in range(connections)
        )
    )
    latencies: list[float] = []
    errors: list[str] = []
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(
        *(_connection(port, request, stop_at, latencies, errors) for _ in range(connections))
    )
    return latencies, errors, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pgw-bench-") as tmp:
        data_dir = Path(tmp)
        url, token = prepare(data_dir)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {
            **os.environ,
            "PREVENT_GATEWAY_DATA_DIR": str(data_dir),
            "PREVENT_GATEWAY_DATABASE_URL": url,
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "gateway.cli.serve:build_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            env=env,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                        break
                except OSError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.1)
            latencies, errors, elapsed = asyncio.run(
                load(port, token, args.seconds, args.connections)
            )
        finally:
            server.terminate()
            server.wait(timeout=10)
    latencies.sort()
    count = len(latencies)

    def pct(p: float) -> float:
        return latencies[min(count - 1, int(p / 100 * count))] * 1000

    load1, load5, _ = os.getloadavg()
    print(
        f"GET /api/v1/log/checkpoint, {args.workers} uvicorn workers, {args.connections} "
        f"keep-alive connections, {args.seconds:.0f} s, {os.cpu_count()} CPUs, "
        f"load average {load1:.1f}/{load5:.1f} (other processes compete for the CPUs)"
    )
    print(f"requests: {count}  non-200: {len(errors)}")
    print(f"throughput: {count / elapsed:,.0f} requests/s (target >= 1,000)")
    print(
        f"latency ms: p50 {pct(50):.1f}  p90 {pct(90):.1f}  p99 {pct(99):.1f} (target p99 <= 50)  "
        f"max {latencies[-1] * 1000:.1f}  mean {statistics.fmean(latencies) * 1000:.1f}"
    )


if __name__ == "__main__":
    main()
