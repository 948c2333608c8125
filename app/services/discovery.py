"""Discovery for the window: the protocol layer's hub, its sources, and an adapter to the list.

The hub merges sightings by serial; `HubSource` hands each merged entry's LAN and BLE sightings
to the `ChargerDirectory` (origin "hub", so an update replaces the previous one).
Interfaces are always explicit: the demo uses 127.0.0.1 only, the real program every one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from bleak.backends.scanner import BaseBleakScanner

from app.core.discovery_table import ChangeKind, DiscoveryEvent
from app.core.errors import CommissionerError
from app.drivers import registry
from app.services.context import AppServices
from app.services.devices import Sighting
from app.transports.discovery.ble import BleScanner
from app.transports.discovery.hub import DiscoveryHub
from app.transports.discovery.mdns import MdnsBrowser

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HubSighting:
    serial: str
    transport: str
    url: str
    model: str
    stale: bool
    origin: str = "hub"
    name: str = ""
    driver: str = ""


class HubSource:
    """A `DeviceSource` over a DiscoveryHub (replays what the hub knows on subscribe);
    `only`, when given, keeps the sightings of those serials and drops the rest."""

    def __init__(self, hub: DiscoveryHub, only: Collection[str] | None = None) -> None:
        self.hub = hub
        self.only = None if only is None else {serial.lower() for serial in only}

    def subscribe(self, callback: Callable[[Sighting], None]) -> Callable[[], None]:
        def on_event(event: DiscoveryEvent) -> None:
            entry = event.entry
            if event.kind is ChangeKind.REMOVED or not entry.serial:
                return  # folded into an entry with a serial, or not a charger we can name yet
            if self.only is not None and entry.serial.lower() not in self.only:
                return
            for sighting in (entry.lan, entry.ble):
                if sighting is not None:
                    callback(
                        HubSighting(
                            serial=entry.serial,
                            transport=sighting.transport.value,
                            url=sighting.url,
                            model=entry.model,
                            stale=sighting.stale,
                            driver=sighting.driver,
                        )
                    )

        return self.hub.subscribe(on_event)


class Discovery:
    """A started hub with its sources; `problems` lists sources that could not start."""

    def __init__(self, hub: DiscoveryHub) -> None:
        self.hub = hub
        self.problems: list[str] = []

    @classmethod
    async def start(
        cls,
        *,
        interfaces: Sequence[str] | None,
        ble_backend: type[BaseBleakScanner] | None = None,
        bluetooth: bool = True,
    ) -> Discovery:
        """mDNS on `interfaces` (None: every interface) and, if asked, Bluetooth LE."""
        discovery = cls(DiscoveryHub(probes=registry.probes()))
        await discovery.hub.start()
        mdns = MdnsBrowser(interfaces=interfaces, services=registry.mdns_services())
        sources: list[MdnsBrowser | BleScanner] = [mdns]
        if bluetooth:
            sources.append(BleScanner(matchers=registry.ble_matchers(), backend=ble_backend))
        for source in sources:
            try:
                await discovery.hub.add_source(source)
            except (CommissionerError, OSError, TimeoutError) as exc:
                log.warning("Discovery source %s did not start: %s", source.source, exc)
                discovery.problems.append(str(exc))
        return discovery

    async def aclose(self) -> None:
        await self.hub.stop()


async def start_discovery(
    services: AppServices, *, interfaces: Sequence[str] | None, bluetooth: bool = True
) -> Discovery:
    """Discovery for the real program, feeding the charger list; closed with the services."""
    discovery = await Discovery.start(interfaces=interfaces, bluetooth=bluetooth)
    services.directory.attach(HubSource(discovery.hub))
    services.discovery = discovery
    services.extras.append(discovery)
    return discovery
