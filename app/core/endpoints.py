"""Where a charger is: `host`, `host:port` or a URL, parsed into one value object."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core.errors import InvalidInput

_HOST_RE = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9\-.]*[A-Za-z0-9])?$")
DEFAULT_PORTS = {"https": 443, "http": 80}
MAX_ADDRESS_CHARS = 300  # a URL with a 253-character host name still fits


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Scheme, host and port of a charger's local API."""

    scheme: str
    host: str
    port: int

    @classmethod
    def parse(cls, text: str, *, default_scheme: str = "https") -> Endpoint:
        """Accept `192.168.1.20`, `192.168.1.20:8443`, `alfen-ace1.local` or a URL."""
        raw = text.strip()
        if not raw:
            raise InvalidInput("Address: empty. Type an IP address, host name or URL.")
        if len(raw) > MAX_ADDRESS_CHARS:
            raise InvalidInput(f"Address '{raw[:40]}…': too long for an address.")
        try:
            parts = urlsplit(raw if "://" in raw else f"{default_scheme}://{raw}")
        except ValueError as exc:  # e.g. "Invalid IPv6 URL" for a stray [ or ]
            raise InvalidInput(f"Address '{text}': not an address ({exc}).") from None
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS:
            raise InvalidInput(f"Address '{text}': only https:// and http:// are supported.")
        host = parts.hostname or ""
        if not host or not (_is_ipv4(host) or _HOST_RE.match(host)):
            raise InvalidInput(f"Address '{text}': '{host}' is not an IPv4 address or host name.")
        if ":" in host:
            raise InvalidInput(f"Address '{text}': chargers are IPv4 only.")
        try:
            port = parts.port or DEFAULT_PORTS[scheme]
        except ValueError:
            raise InvalidInput(f"Address '{text}': the port is not a number 1–65535.") from None
        return cls(scheme, host, port)

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def __str__(self) -> str:
        return self.base_url


def _is_ipv4(host: str) -> bool:
    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        return False
    return True
