"""How long `prevent-gateway --help` takes (target: under 0.3 s), and which heavy libraries load.

Run: python benchmarks/cli_startup.py [--runs 20]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

HEAVY = ("presidio_analyzer", "spacy", "fastapi", "reportlab", "sqlalchemy", "cryptography")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    exe = shutil.which("prevent-gateway")
    command = [exe, "--help"] if exe else [sys.executable, "-m", "gateway.cli.main", "--help"]
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"prevent-gateway --help over {args.runs} runs: median {statistics.median(times):.3f} s, "
          f"min {times[0]:.3f} s, max {times[-1]:.3f} s (target < 0.3 s)")
    probe = (
        "import sys, gateway.cli.main as m; "
        f"print(','.join(n for n in {HEAVY!r} if n in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.strip()
    print(f"heavy libraries imported by the CLI at start-up: {loaded or 'none'}")


if __name__ == "__main__":
    main()
