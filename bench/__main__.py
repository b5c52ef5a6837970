"""Run every benchmark in its own process and print one JSON line each (``python -m bench``)."""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = ["bench.timeline", "bench.timelineview", "bench.startup", "bench.dashboard", "bench.vault", "bench.reports", "bench.imports", "bench.search"]


def main() -> int:
    failed = 0
    for module in BENCHMARKS:
        result = subprocess.run([sys.executable, "-m", module], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            failed += 1
            print(f"{module}: failed\n{result.stderr}", file=sys.stderr)
        else:
            print(f"{module}: {result.stdout.strip()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
