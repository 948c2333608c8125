"""Trust on first use: each charger's self-signed certificate, pinned per serial."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import ssl
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import InvalidInput

SCHEMA_VERSION = 1


def fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate, as colon-free lower-case hex."""
    return hashlib.sha256(der).hexdigest()


@dataclass(frozen=True, slots=True)
class Pin:
    serial: str
    sha256: str
    pem: str


class PinStore:
    """Pins in a JSON file (`schema_version` 1), or in memory when `path` is None."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._pins: dict[str, Pin] = {}
        if path is not None and path.exists():
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("schema_version") != SCHEMA_VERSION:
                raise ValueError(f"schema_version {data.get('schema_version')!r}")
            for serial, entry in data["pins"].items():
                self._pins[serial] = Pin(serial, entry["sha256"], entry["pem"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidInput(f"Certificate pin file {path} is damaged ({exc}).") from None

    def get(self, serial: str) -> Pin | None:
        """The pin of `serial`; serials are compared without regard to case."""
        found = self._pins.get(serial)
        if found is None:
            folded = serial.casefold()
            found = next((p for s, p in self._pins.items() if s.casefold() == folded), None)
        return found

    def copy(self) -> PinStore:
        """The same pins in memory: what is pinned on it is not saved (to look, not decide)."""
        other = PinStore()
        other._pins = dict(self._pins)
        return other

    def pin(self, serial: str, der: bytes) -> Pin:
        """Store (or replace, after the installer decided so) the certificate of `serial`."""
        pem = ssl.DER_cert_to_PEM_cert(der)
        entry = Pin(serial, fingerprint(der), pem)
        self._pins[serial] = entry
        self._save()
        return entry

    def forget(self, serial: str) -> None:
        self._pins.pop(serial, None)
        self._save()

    def _save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "schema_version": SCHEMA_VERSION,
            "pins": {s: {"sha256": p.sha256, "pem": p.pem} for s, p in self._pins.items()},
        }
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".pins-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self._path)


@functools.lru_cache(maxsize=512)
def pinned_context(pin: Pin) -> ssl.SSLContext:
    """A TLS context that trusts exactly the pinned certificate and nothing else.

    Chargers present a self-signed certificate for an IP address, so the host name is not
    checked; the partial-chain flag lets the pinned leaf itself be the trust anchor. One per
    pin, made once: loading the certificate costs more than a handshake's share of the CPU
    when a car park of 64 reconnects after its reboot, and a context serves any number of
    connections (a new pin is a new Pin, so never a stale context).
    """
    context = ssl.create_default_context(cadata=pin.pem)
    context.check_hostname = False
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    # Older firmware offers only old ciphers (device-protocols.md §2.2).
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context


def probe_context() -> ssl.SSLContext:
    """An unverified context, used only to read /api/info and the certificate; no secrets.

    Built bare rather than with `create_default_context()`: that loads the system CA store
    (about 20 ms), which an unverified probe never uses, and waiting for many rebooting
    chargers probes each of them every half second.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context
