"""Run code in a fresh interpreter: what a first import loads, or a whole process's behaviour.

The test process has imported everything by the time a test runs, so a check of what a
module imports, or of state a process starts with (hash seed, garbage collector, an
entry point's exit), needs a new `python -c`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_python(
    code: str, *args: str, cwd: Path = ROOT, env: Mapping[str, str] | None = None, check: bool = True,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run `python -c code args` from `cwd`; with `check`, fail the test (showing stderr) on a non-zero exit."""
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=timeout, check=False)
    if check and done.returncode != 0:
        pytest.fail(f"python -c exited {done.returncode}:\n{done.stderr}")
    return done


def modules_after(code: str, cwd: Path = ROOT) -> set[str]:
    """Run `code` in a fresh interpreter; return the names of the modules loaded at its end."""
    # The names are taken before json is imported to print them.
    probe = f"import sys\n{code}\nloaded = sorted(sys.modules)\nimport json\nprint(json.dumps(loaded))"
    return set(json.loads(run_python(probe, cwd=cwd).stdout.splitlines()[-1]))
