"""A throwaway PostgreSQL server for the sync tests: started by the suite, never mocked.

Finds a PostgreSQL ≥ 14 (Debian's /usr/lib/postgresql/*/bin or ``pg_config --bindir``), makes a cluster in a
temporary directory and starts it on a Unix socket there. As root, the server runs as the ``postgres`` user
(initdb and pg_ctl refuse to run as root). When no server can be found, tests are skipped locally but
fail when ``CI`` is set.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PgServer:
    bindir: Path
    datadir: Path
    sockdir: Path
    port: int
    user: str

    @property
    def dsn(self) -> str:
        return f"host={self.sockdir} port={self.port} user={self.user} dbname=postgres"

    def stop(self) -> None:
        _run_as_owner(
            [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"], check=False
        )
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def find_bindir() -> Path | None:
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    )
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip()
        if out:
            candidates.append(out)
    for c in candidates:
        if (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


def _owner() -> str | None:
    return "postgres" if os.geteuid() == 0 else None


def _run_as_owner(cmd: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    owner = _owner()
    if owner:
        cmd = ["runuser", "-u", owner, "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)


def start() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb/pg_ctl) found")
    base = Path(tempfile.mkdtemp(prefix="inspector-pg-"))
    datadir, sockdir = base / "data", base / "sock"
    sockdir.mkdir()
    owner = _owner()
    if owner:
        shutil.chown(base, owner)
        shutil.chown(sockdir, owner)
    user = owner or os.environ.get("USER") or "postgres"
    _run_as_owner(
        [
            str(bindir / "initdb"),
            "-D",
            str(datadir),
            "-U",
            user,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]
    )
    port = 54000 + os.getpid() % 1000
    r = _run_as_owner(
        [
            str(bindir / "pg_ctl"),
            "-D",
            str(datadir),
            "-w",
            "-t",
            "60",
            "-l",
            str(base / "log"),
            "-o",
            f"-k {sockdir} -p {port} -c listen_addresses='' -c fsync=off",
            "start",
        ],
        check=False,
    )
    if r.returncode != 0:
        log = (base / "log").read_text() if (base / "log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {r.stderr}\n{log}")
    return PgServer(bindir, datadir, sockdir, port, user)
