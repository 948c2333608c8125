"""Errors with texts an installer can act on."""

from __future__ import annotations


class CommissionerError(Exception):
    """Base of every error the tool reports to a person; `str()` is the message to show."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} {self.hint}".strip() if self.hint else base


class InvalidInput(CommissionerError, ValueError):
    """Input typed by a person (or read from a file) is not acceptable."""


class UnknownProperty(InvalidInput):
    """A property id the charger or the catalogue does not know."""


class ReadOnlyProperty(InvalidInput):
    """A write to a property the charger only lets you read."""


class DeviceError(CommissionerError):
    """Something went wrong talking to a device."""


class Unreachable(DeviceError):
    """No connection could be made."""

    hint = (
        "Check that the laptop is on the charger's network (same subnet, cable plugged in), "
        "that the address is right, and that the charger is powered."
    )


class DeviceTimeout(DeviceError):
    """The device did not answer in time."""

    hint = "The charger may be rebooting or busy; wait a minute and try again."


class LoginFailed(DeviceError):
    """The charger refused the user name or password."""

    def __init__(self, message: str, *, variants: tuple[str, ...] = ()) -> None:
        hint = "Check the password on the installer card."
        if variants:
            hint += (
                " The digit 1 and the letter l look alike on the card; "
                f"{len(variants)} look-alike variant(s) can be tried."
            )
        super().__init__(message, hint=hint)
        self.variants = variants


class SessionBusy(DeviceError):
    """Another client (the phone app, a back-office tool) holds the charger's only session."""

    hint = (
        "Close the MyEve app or any other installer tool connected to this charger, "
        "wait about a minute for its session to expire, or reboot the charger."
    )


class CertificateChanged(DeviceError):
    """The charger presented a TLS certificate that differs from the one pinned earlier."""

    def __init__(self, serial: str, pinned: str, presented: str) -> None:
        super().__init__(
            f"The certificate of charger {serial} has changed "
            f"(pinned {pinned[:16]}…, now {presented[:16]}…).",
            hint=(
                "This happens after a firmware update or a board replacement, but could also "
                "be another device on this address. Accept the new certificate only if you "
                "know why it changed."
            ),
        )
        self.serial = serial
        self.pinned = pinned
        self.presented = presented


class ProtocolError(DeviceError):
    """The device answered something we cannot understand."""

    hint = "The firmware may be too old or too new for this tool; note the firmware version."


class WriteRejected(DeviceError):
    """The device refused a write."""


class BluetoothUnavailable(DeviceError):
    """Bluetooth LE cannot scan: no adapter, switched off, permission missing, no system service.

    `reason` is one of `no-adapter`, `powered-off`, `permission`, `service`, `failed`.
    """

    def __init__(self, message: str, *, reason: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.reason = reason
