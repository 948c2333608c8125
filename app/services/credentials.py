"""Charger passwords: the OS keyring only, never a file (app/README.md: nothing secret on disk).

The CLI uses the same functions (app.commands.common re-exports them), so a password the
desktop program remembered serves `commissioner info HOST` too. keyring is loaded at the
first use (it reads every installed package's entry points): a command given its password on
the command line or in the environment never pays for it.
"""

from __future__ import annotations

KEYRING_SERVICE = "commissioner"


def keyring_available() -> bool:
    """False when the OS offers no keyring (then nothing is remembered, and we say so)."""
    import keyring  # with keyring.errors and keyring.backends.fail

    try:
        backend = keyring.get_keyring()
    except keyring.errors.KeyringError:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def keyring_password(serial: str) -> str | None:
    """The remembered password of a charger, or None (also when there is no keyring)."""
    import keyring  # with keyring.errors and keyring.backends.fail

    try:
        return keyring.get_password(KEYRING_SERVICE, serial)
    except keyring.errors.KeyringError:
        return None


def remember_password(serial: str, password: str) -> str | None:
    """Store a password in the system keyring only; return why not, or None on success."""
    import keyring  # with keyring.errors and keyring.backends.fail

    try:
        keyring.set_password(KEYRING_SERVICE, serial, password)
    except keyring.errors.KeyringError as exc:
        return f"no system keyring ({exc.__class__.__name__}): the password will not be remembered"
    return None


def forget_password(serial: str) -> None:
    """Remove a remembered password; a missing entry or keyring is not an error."""
    import keyring  # with keyring.errors and keyring.backends.fail

    try:
        keyring.delete_password(KEYRING_SERVICE, serial)
    except keyring.errors.KeyringError:
        return
