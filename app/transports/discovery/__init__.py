"""Discovery over the LAN (mDNS, manual probe, subnet sweep) and Bluetooth LE, merged by a hub."""

from __future__ import annotations

from app.transports.discovery.base import DeviceSink, DiscoverySource
from app.transports.discovery.ble import BleScanner, bluetooth_error
from app.transports.discovery.hub import DEFAULT_TTL, DiscoveryHub
from app.transports.discovery.mdns import MdnsBrowser
from app.transports.discovery.probe import parse_address, probe_address
from app.transports.discovery.sweep import (
    SWEEP_PORTS,
    SweepResult,
    check_sweepable,
    laptop_interfaces,
    sweep_networks,
    sweep_subnet,
)

__all__ = [
    "DEFAULT_TTL",
    "SWEEP_PORTS",
    "BleScanner",
    "DeviceSink",
    "DiscoveryHub",
    "DiscoverySource",
    "MdnsBrowser",
    "SweepResult",
    "bluetooth_error",
    "check_sweepable",
    "laptop_interfaces",
    "parse_address",
    "probe_address",
    "sweep_networks",
    "sweep_subnet",
]
