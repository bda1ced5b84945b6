"""Content-addressed evidence store: original bytes kept once under their SHA-256, written atomically.

Layout: ``<root>/ab/cd/<sha256>`` for finished files and ``<root>/.tmp/`` for files being written. A file
is streamed once from its source while it is hashed into a temporary file on the same filesystem, flushed
to disk (``fsync``) and then moved into place with ``os.replace``, so a reader never sees half a file and a
crash leaves only a temporary file, which :meth:`EvidenceStore.clean_temp` removes at the next start.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20
HEAD_BYTES = 64


@dataclass
class Staged:
    """A file copied into the store's temporary area, hashed but not yet in place.

    Attributes:
        temp: the temporary file (same filesystem as the store).
        sha256: hex digest of the bytes.
        size: number of bytes.
        head: the first bytes (for sniffing the format).
        data: the whole content when it was small enough to keep in memory, else None.
    """

    temp: Path
    sha256: str
    size: int
    head: bytes
    data: bytes | None = None
    durable: bool = True


@dataclass(frozen=True)
class Marker:
    """A stored file's size, modification and change times and inode: writing its bytes in place, replacing it
    or restoring it changes at least one of them (ctime cannot be set back by a user), so a file whose marker
    equals the one recorded when it was last hashed still holds the bytes that were hashed."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int


class EvidenceStore:
    """Files by content hash under one root directory."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.temp_dir = self.root / ".tmp"

    # ------------------------------------------------------------------ paths
    def path(self, sha256: str) -> Path:
        """Where the file with this digest lives (whether or not it exists)."""
        sha = sha256.lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha[:2] / sha[2:4] / sha

    def contains(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def hashes(self) -> set[str]:
        """Every digest stored (walks the tree; for checks and recovery, not hot paths)."""
        found: set[str] = set()
        if not self.root.exists():
            return found
        for first in self.root.iterdir():
            if len(first.name) != 2 or not first.is_dir():
                continue
            for second in first.iterdir():
                if second.is_dir():
                    found.update(p.name for p in second.iterdir() if len(p.name) == 64)
        return found

    # ---------------------------------------------------------------- writing
    def stage(
        self, source: str | os.PathLike[str] | BinaryIO, *, keep_in_memory: int = 0, durable: bool = True
    ) -> Staged:
        """Copy ``source`` into a temporary file while hashing it; the bytes are read exactly once.

        Args:
            source: a path or a binary file object.
            keep_in_memory: keep the content in ``Staged.data`` when the file is at most this many bytes
                (so a caller can decode it without reading the file again).
            durable: flush the bytes to disk before returning (skip only for regenerable demo data).
        """
        self.temp_dir.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=self.temp_dir, prefix=f"in-{os.getpid()}-")
        temp = Path(name)
        digest = hashlib.sha256()
        size = 0
        head = b""
        kept: list[bytes] | None = [] if keep_in_memory else None
        try:
            with os.fdopen(fd, "wb") as out:
                handle = open(source, "rb") if isinstance(source, str | os.PathLike) else source  # noqa: SIM115
                try:
                    while True:
                        chunk = handle.read(CHUNK)
                        if not chunk:
                            break
                        if not head:
                            head = chunk[:HEAD_BYTES]
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                        if kept is not None:
                            if size <= keep_in_memory:
                                kept.append(chunk)
                            else:
                                kept = None
                finally:
                    if handle is not source:
                        handle.close()
                out.flush()
                if durable:
                    os.fsync(out.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return Staged(
            temp, digest.hexdigest(), size, head, b"".join(kept) if kept is not None else None, durable
        )

    def commit(self, staged: Staged) -> bool:
        """Move a staged file into place; returns True if it was new, False if the store already had it."""
        target = self.path(staged.sha256)
        if target.exists():
            staged.temp.unlink(missing_ok=True)
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(staged.temp, 0o444)
        os.replace(staged.temp, target)
        if staged.durable:
            _fsync_dir(target.parent)
        return True

    def discard(self, staged: Staged) -> None:
        """Forget a staged file (rejected input)."""
        staged.temp.unlink(missing_ok=True)

    def put(self, source: str | os.PathLike[str] | BinaryIO, *, durable: bool = True) -> tuple[str, bool]:
        """Stage and commit in one step; returns (sha256, created)."""
        staged = self.stage(source, durable=durable)
        return staged.sha256, self.commit(staged)

    def put_bytes(self, data: bytes, *, durable: bool = True) -> tuple[str, bool]:
        import io

        return self.put(io.BytesIO(data), durable=durable)

    def remove(self, sha256: str) -> None:
        """Delete a stored file: only to undo a store whose database row was never committed."""
        target = self.path(sha256)
        target.unlink(missing_ok=True)

    def open(self, sha256: str) -> BinaryIO:
        return open(self.path(sha256), "rb")  # noqa: SIM115

    def marker(self, sha256: str) -> Marker:
        """What the stored file looks like on disk now (FileNotFoundError when it is gone)."""
        st = os.stat(self.path(sha256))
        return Marker(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)

    def verify(self, sha256: str) -> bool:
        """Re-hash a stored file and compare it with its name."""
        digest = hashlib.sha256()
        with self.open(sha256) as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def clean_temp(self, *, alive: Callable[[int], bool] | None = None) -> int:
        """Remove temporary files left by interrupted imports; returns how many were removed.

        Args:
            alive: ``alive(pid)`` tells whether the process that wrote a temp file still runs (its files
                are kept); without it every temporary file is removed.
        """
        if not self.temp_dir.exists():
            return 0
        count = 0
        for p in self.temp_dir.iterdir():
            if not p.is_file():
                continue
            if alive is not None:
                parts = p.name.split("-")
                if len(parts) >= 3 and parts[1].isdigit() and alive(int(parts[1])):
                    continue
            p.unlink(missing_ok=True)
            count += 1
        return count


def _fsync_dir(path: Path) -> None:
    # The rename is durable only once the directory entry is on disk (POSIX); Windows has no dir fsync.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
