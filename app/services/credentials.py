"""Charger passwords: the OS keyring only, never a file (ARCHITECTURE.md, persistence)."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import keyring.errors

from app.commands.common import KEYRING_SERVICE, keyring_password, remember_password

__all__ = ["forget_password", "keyring_available", "keyring_password", "remember_password"]


def keyring_available() -> bool:
    """False when the OS offers no keyring (then nothing is remembered, and we say so)."""
    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def forget_password(serial: str) -> None:
    """Remove a remembered password; a missing entry or keyring is not an error."""
    try:
        keyring.delete_password(KEYRING_SERVICE, serial)
    except keyring.errors.KeyringError:
        return
