"""One process at a time per run: a lock file beside the journal, held with an OS lock.

The file `<run>.jsonl.lock` holds the PID of the process working on the run, so a second
process can say who holds it. The OS lock (flock on POSIX, msvcrt on Windows) is what counts:
the system drops it when its process dies, so a lock file left by a crash is simply taken over.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from app.core.errors import CommissionerError

log = logging.getLogger(__name__)

# Windows locks are mandatory: lock a byte past the PID so another process can still read it.
_LOCK_OFFSET = 4096


class RunBusy(CommissionerError):
    """Another process is applying, resuming or rolling back the same run."""

    hint = "Wait for it to end (or stop it), then try again."


class RunLock:
    """The lock of one run; `acquire` raises RunBusy when a live process holds it."""

    def __init__(self, journal: Path) -> None:
        self.path = journal.with_name(journal.name + ".lock")
        self.run_id = journal.name.split(".")[0]
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        for _attempt in range(3):  # the holder may remove the file between open and lock
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                holder = _read_pid(fd)
                os.close(fd)
                raise RunBusy(f"Run {self.run_id} is being worked on by process {holder}.")
            if _same_file(fd, self.path):
                break
            os.close(fd)
        else:
            raise RunBusy(f"Run {self.run_id}: its lock file keeps changing.")
        previous = _read_pid(fd)
        if previous not in ("", str(os.getpid())):
            log.warning("Run %s: taking over the lock of ended process %s", self.run_id, previous)
        self._fd = fd
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode())
        except OSError:  # a full disk: the PID only helps the message, the OS lock is held
            log.warning("Run %s: could not write the PID into its lock file", self.run_id)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Removed before unlocking, so a waiting process sees a new file; Windows refuses to
        # remove an open file, and the next holder simply reuses it.
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(fd)
        os.close(fd)


def _read_pid(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return "unknown"
    return text if text.isdigit() else ("" if not text else "unknown")


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except OSError:
        return False


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
