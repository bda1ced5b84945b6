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
        """The owner's connection, over the Unix socket (trusted: only this machine's users reach it)."""
        return f"host={self.sockdir} port={self.port} user={self.user} dbname=postgres"

    def tcp_dsn(self, dbname: str = "postgres") -> str:
        """A connection over TCP loopback, as a station's: the login's password is checked (SCRAM)."""
        return f"host=127.0.0.1 port={self.port} dbname={dbname}"

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


def start(*, durable: bool = False) -> PgServer:
    """A new cluster on a free port: Unix socket (trust, for the owner) and TCP loopback (SCRAM passwords).

    ``durable`` keeps PostgreSQL's default durability (fsync on), as a central server runs; the suite's server
    runs with fsync off to be quick.
    """
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
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            *([] if durable else ["--no-sync"]),
        ]
    )
    fsync = "" if durable else " -c fsync=off"
    for attempt in range(20):  # another test run on this machine may hold the port
        port = 54000 + (os.getpid() + attempt * 37) % 1000
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
                f"-k {sockdir} -p {port} -c listen_addresses='127.0.0.1'{fsync}",
                "start",
            ],
            check=False,
        )
        if r.returncode == 0:
            break
        log = (base / "log").read_text() if (base / "log").exists() else ""
        if "already in use" not in log and "could not bind" not in log:
            break
    if r.returncode != 0:
        log = (base / "log").read_text() if (base / "log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {r.stderr}\n{log}")
    return PgServer(bindir, datadir, sockdir, port, user)
