"""Which driver speaks at a typed address: the registry's probes, asked as discovery asks them.

`--driver` names the brand when probing cannot tell (no probe answered: the charger is off the
LAN, or its reply could not be read); without it such an address is tried with the registry's
default driver, whose own error then says what answered.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.endpoints import Endpoint
from app.core.errors import InvalidInput, ProtocolError, Unreachable
from app.drivers import registry
from app.drivers.base import Driver

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Target:
    """The driver for an address and the URL to hand it; `probed`: a probe named the driver."""

    driver: Driver
    url: str
    probed: bool = False


def driver_tags() -> list[str]:
    return registry.tags()


def add_driver_argument(parser: object) -> None:
    tags = driver_tags()
    parser.add_argument(  # type: ignore[attr-defined]
        "--driver",
        choices=tags,
        default="",
        help=f"the charger's brand ({'|'.join(tags)}), only when probing its address cannot tell",
    )


async def find_driver(text: str, tag: str = "", *, timeout: float = 10.0) -> Target:
    """The driver `tag` names, else the one whose probe answers at `text`, else the default."""
    Endpoint.parse(text)  # a clear InvalidInput for what is not an address, before any I/O
    typed = text.strip()
    if tag:
        return Target(registry.driver(tag), typed)
    from app.transports.discovery.probe import probe_address  # only commands that connect

    try:
        device = await probe_address(typed, registry.probes(), within=timeout)
    except (Unreachable, ProtocolError) as exc:
        log.info("No probe names the charger at %s (%s); trying the default driver", typed, exc)
        return Target(registry.driver(), typed)
    return Target(registry.driver(device.driver), device.url or typed, probed=True)


async def plan_driver(addresses: Iterable[str], tag: str = "", *, timeout: float = 10.0) -> str:
    """The one driver tag for chargers at `addresses` (a run is written by one driver);
    InvalidInput when their probes name more than one brand."""
    if tag:
        return registry.driver(tag).tag
    found = await asyncio.gather(*(find_driver(a, timeout=timeout) for a in addresses))
    tags = sorted({t.driver.tag for t in found if t.probed})
    if len(tags) > 1:
        raise InvalidInput(
            f"The plan's chargers are of more than one brand ({', '.join(tags)}): a run is "
            "applied by one driver; split the plan into one file per brand."
        )
    return tags[0] if tags else registry.driver().tag
