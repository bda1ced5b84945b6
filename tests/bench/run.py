"""Run every benchmark (``tests/bench/bench_*.py``) and print their tables: ours / peer / floor, with ratios.

python tests/bench/run.py            # full size (minutes)
INSPECTOR_BENCH_QUICK=1 python tests/bench/run.py   # the small version CI runs
python tests/bench/run.py startup search             # only benchmarks whose name contains these words
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if any(word in s.stem for word in argv)]
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    failed = []
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        start = time.perf_counter()
        r = subprocess.run([sys.executable, str(script)], env=env, cwd=ROOT)
        print(f"({time.perf_counter() - start:.1f} s)", flush=True)
        if r.returncode != 0:
            failed.append(script.stem)
    if failed:
        print(f"\nbenchmarks that did not run to the end: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
