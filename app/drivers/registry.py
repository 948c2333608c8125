"""Driver tag → driver: how a sighting, a typed address or a plan finds the code that speaks it.

Every brand registers one `Driver` here; nothing above app/drivers names a brand's classes.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.discovery import BleMatcher, MdnsServiceSpec, ProbeSpec
from app.core.errors import InvalidInput
from app.drivers.alfen.driver import ALFEN
from app.drivers.base import Driver
from app.drivers.v2c.driver import V2C

DEFAULT = "alfen"  # a typed address with no sighting behind it is tried with this driver first
_DRIVERS: dict[str, Driver] = {ALFEN.tag: ALFEN, V2C.tag: V2C}

# Brands discovery already lists, before their driver exists: the list shows them (over BLE
# only), and anything that would talk to one fails with `driver()`'s clear InvalidInput.
# None today: the V2C Trydan's name pattern moved into its driver (app/drivers/v2c/discovery.py).
ANNOUNCED_BLE: tuple[BleMatcher, ...] = ()


def driver(tag: str = "") -> Driver:
    """The driver registered as `tag` (the default one for "")."""
    found = _DRIVERS.get(tag or DEFAULT)
    if found is None:
        known = ", ".join(sorted(_DRIVERS))
        raise InvalidInput(f"No driver for '{tag}': this version knows {known}.")
    return found


def drivers() -> Iterator[Driver]:
    """Every registered driver, the default first."""
    yield _DRIVERS[DEFAULT]
    yield from (d for tag, d in _DRIVERS.items() if tag != DEFAULT)


def mdns_services() -> tuple[MdnsServiceSpec, ...]:
    """Every mDNS service type any driver answers to (the browser listens for all of them)."""
    return tuple(spec for d in drivers() for spec in d.discovery.mdns)


def ble_matchers() -> tuple[BleMatcher, ...]:
    """Every BLE advertisement pattern any driver declares, then the announced brands'."""
    return tuple(m for d in drivers() for m in d.discovery.ble) + ANNOUNCED_BLE


def probes() -> tuple[ProbeSpec, ...]:
    """How to ask a typed or swept address who it is, one way per driver, the default first."""
    return tuple(d.discovery.probe for d in drivers() if d.discovery.probe is not None)
