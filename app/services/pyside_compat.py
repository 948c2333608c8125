"""A guard against a reference-count bug of PySide6-Essentials 6.12 on Python 3.11.

Many PySide6 6.12 methods hand back `None`, `True` or `False` without giving the caller a
reference of its own: every `label.setText(...)`, `widget.setVisible(...)` (→ None) and every
Python-side `signal.emit(...)` / `signal.disconnect(...)` (→ True) takes one reference away
from the singleton. After enough calls, minutes of live polling at most, the interpreter aborts
with "Fatal Python error: none_dealloc" (or bool_dealloc), at the latest when it exits.
(Measured here: 100 `QLabel.setText` calls lower `sys.getrefcount(None)` by 100.)

Python 3.12 made these singletons immortal, so the bug is harmless there. `install()` gives
them the same property on 3.11: it adds 2**40 references to each, more than any session can
lose. That is a deliberate, never-returned reference, the same trade 3.12 makes; on a PySide6
without the bug it changes nothing observable. The real fix is a PySide6 without the bug or
Python ≥ 3.12; until then every process that drives Qt installs this first.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

RESERVE = 1 << 40
_done: list[bool] = []


def needed() -> bool:
    """Only CPython before 3.12 has mortal None/True/False."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def install() -> bool:
    """Make None, True and False effectively immortal (once); False when not needed."""
    if _done or not needed():
        return bool(_done)
    for singleton in (None, True, False):
        # CPython: a PyObject starts with its reference count (ob_refcnt, Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _done.append(True)
    log.debug("None/True/False given %d spare references (PySide6 6.12 on 3.11)", RESERVE)
    return True


install()
