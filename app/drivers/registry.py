"""Driver tag → driver: how a sighting, a typed address or a plan finds the code that speaks it.

Every brand registers one `Driver` here; nothing above app/drivers names a brand's classes.
A brand's driver module is imported the first time it is asked for: how its chargers are
found (its `DiscoveryPatterns`, from the brand's small discovery module) is all a probe of an
address needs, so `commissioner get` on an Alfen never loads the V2C code, and no command loads
a driver it does not talk to.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from app.core.discovery import BleMatcher, DiscoveryPatterns, MdnsServiceSpec, ProbeSpec
from app.core.errors import InvalidInput
from app.drivers import alfen, v2c
from app.drivers.alfen import discovery as alfen_discovery
from app.drivers.v2c import discovery as v2c_discovery

if TYPE_CHECKING:
    from app.drivers.base import Driver

DEFAULT = "alfen"  # a typed address with no sighting behind it is tried with this driver first


@dataclass(frozen=True, slots=True)
class _Brand:
    module: str  # where its Driver object is
    name: str  # the Driver object's name there
    patterns: DiscoveryPatterns  # how its chargers are found
    examples: tuple[str, str]  # two setting keys for help texts: a limit, a reading
    facts: BrandFacts  # what the charger list shows before the driver is loaded


@dataclass(frozen=True, slots=True)
class BrandFacts:
    """What a row of the charger list needs of a brand, known without loading its driver (the
    window opens before any driver is imported); they match the driver's capabilities
    (tests/drivers/test_registry.py)."""

    brand: str  # the Driver's `brand`
    login: bool  # its chargers need a password
    joins_scn: bool  # its plan fields include a Smart Charging Network's


_DRIVERS: dict[str, _Brand] = {  # the default first
    "alfen": _Brand(
        "app.drivers.alfen.driver",
        "ALFEN",
        alfen_discovery.PATTERNS,
        alfen.SETTING_EXAMPLES,
        BrandFacts("Alfen", login=True, joins_scn=True),
    ),
    "v2c": _Brand(
        "app.drivers.v2c.driver",
        "V2C",
        v2c_discovery.PATTERNS,
        v2c.SETTING_EXAMPLES,
        BrandFacts("V2C", login=False, joins_scn=False),
    ),
}

# Brands discovery already lists, before their driver exists: the list shows them (over BLE
# only), and anything that would talk to one fails with `driver()`'s clear InvalidInput.
# None today: the V2C Trydan's name pattern moved into its driver (app/drivers/v2c/discovery.py).
ANNOUNCED_BLE: tuple[BleMatcher, ...] = ()


def driver(tag: str = "") -> Driver:
    """The driver registered as `tag` (the default one for "")."""
    brand = _brand(tag)
    return cast("Driver", getattr(importlib.import_module(brand.module), brand.name))


def setting_examples(tag: str = "") -> tuple[str, str]:
    """Two setting keys of the brand for help texts and error messages (loads no driver)."""
    return _brand(tag).examples


def facts(tag: str = "") -> BrandFacts:
    """The brand facts of `tag` (the default one for ""); loads no driver."""
    return _brand(tag).facts


def _brand(tag: str) -> _Brand:
    found = _DRIVERS.get(tag or DEFAULT)
    if found is None:
        raise InvalidInput(f"No driver for '{tag}': this version knows {', '.join(tags())}.")
    return found


def tags() -> list[str]:
    """Every registered driver's tag, the default first (loads no driver)."""
    return list(_DRIVERS)


def drivers() -> Iterator[Driver]:
    """Every registered driver, the default first."""
    yield from (driver(tag) for tag in _DRIVERS)


def _patterns() -> Iterator[DiscoveryPatterns]:
    yield from (brand.patterns for brand in _DRIVERS.values())


def mdns_services() -> tuple[MdnsServiceSpec, ...]:
    """Every mDNS service type any driver answers to (the browser listens for all of them)."""
    return tuple(spec for p in _patterns() for spec in p.mdns)


def ble_matchers() -> tuple[BleMatcher, ...]:
    """Every BLE advertisement pattern any driver declares, then the announced brands'."""
    return tuple(m for p in _patterns() for m in p.ble) + ANNOUNCED_BLE


def probes() -> tuple[ProbeSpec, ...]:
    """How to ask a typed or swept address who it is, one way per driver, the default first."""
    return tuple(p.probe for p in _patterns() if p.probe is not None)
