"""Lookup speed against Python's own start-up with rdflib: the ratio the product promises (at most 3x).

    python tests/benchmarks/bench_lookup.py [--store graphs/store] [--runs 5]

Builds the seed store first if there is none. Prints median wall times and the ratio. A benchmark,
not a test: machines differ, so no assertion runs in the test suite.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default="graphs/store")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    kg = shutil.which("kg") or sys.exit("kg is not installed: pip install -e .")
    subprocess.run([kg, "build", "--store", args.store], check=True, capture_output=True)
    baseline = median_seconds([sys.executable, "-c", "import rdflib"], args.runs)
    print(f"python -c 'import rdflib'            {baseline * 1000:7.0f} ms")
    for lookup in (
        ["who-replaced", "Yermak", "--json"],
        ["roles", "--json"],
        ["events", "--json"],
        ["claims", "--json"],
    ):
        seconds = median_seconds([kg, *lookup, "--store", args.store], args.runs)
        print(f"kg {' '.join(lookup):33s} {seconds * 1000:7.0f} ms  ({seconds / baseline:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
