"""Subnet sweep, only ever on loopback networks with servers started here on 127.0.0.x."""

from __future__ import annotations

import time
from ipaddress import IPv4Interface, IPv4Network

import pytest

from app.core.discovery import Source
from app.core.errors import InvalidInput
from app.drivers import registry
from app.sim.v2c.model import TrydanModel
from app.sim.v2c.server import SimulatedTrydan
from app.transports.discovery.hub import DiscoveryHub
from app.transports.discovery.sweep import sweep_networks, sweep_subnet
from tests.transports.discovery.info_server import InfoServer, TcpListener, info_body

LOOPBACK = [IPv4Network("127.0.0.0/8")]


async def test_sweep_finds_https_http_and_modbus_hosts_of_a_loopback_slash_29() -> None:
    async with (
        InfoServer("127.0.0.9", body=info_body("ACE0000091"), tls=True) as https,
        InfoServer("127.0.0.10", body=info_body("ACE0000092", firmware="4.2.0")) as http,
        TcpListener("127.0.0.12") as modbus,
    ):
        ports = {https.port: "https", http.port: "http", modbus.port: "modbus"}
        hub = DiscoveryHub(probes=registry.probes())
        result = await hub.sweep(
            IPv4Network("127.0.0.8/29"), local_networks=LOOPBACK, ports=ports, time_limit=20
        )
    assert result.complete and result.hosts_checked == result.hosts_total == 6
    found = {d.address: d for d in result.devices}
    assert set(found) == {"127.0.0.9", "127.0.0.10", "127.0.0.12"}
    assert (found["127.0.0.9"].serial, found["127.0.0.9"].scheme) == ("ACE0000091", "https")
    assert (found["127.0.0.10"].serial, found["127.0.0.10"].generation) == ("ACE0000092", "old")
    assert found["127.0.0.12"].serial == "" and found["127.0.0.12"].scheme == "modbus"
    assert all(d.source is Source.SWEEP for d in result.devices)
    assert {e.key for e in hub.entries()} == {"ACE0000091", "ACE0000092", "lan:127.0.0.12"}


@pytest.mark.parametrize(
    ("network", "says"),
    [
        ("127.0.0.0/21", "at most a /22"),
        ("10.0.0.0/8", "at most a /22"),
        ("192.0.2.0/24", "not part of the laptop's own networks"),
    ],
)
async def test_sweep_refuses_large_or_foreign_networks_before_sending_anything(
    network: str, says: str
) -> None:
    with pytest.raises(InvalidInput, match=says):
        await sweep_subnet(IPv4Network(network), local_networks=LOOPBACK, ports={1: "http"})


async def test_sweep_stops_at_its_time_limit_and_says_it_is_incomplete() -> None:
    async with TcpListener("127.0.0.17") as listener:
        started = time.monotonic()
        result = await sweep_subnet(
            IPv4Network("127.0.0.16/28"),
            local_networks=LOOPBACK,
            ports={listener.port: "modbus"},
            concurrency=1,
            time_limit=0.0,
        )
    assert time.monotonic() - started < 1.0
    assert not result.complete and result.hosts_total == 14


def test_networks_to_sweep_skip_loopback_and_cut_large_ones_to_a_slash_24() -> None:
    interfaces = [
        IPv4Interface("127.0.0.1/8"),
        IPv4Interface("192.168.1.20/24"),
        IPv4Interface("10.1.2.3/8"),
    ]
    assert sweep_networks(interfaces) == [
        IPv4Network("192.168.1.0/24"),
        IPv4Network("10.1.2.0/24"),
    ]


async def test_sweep_finds_a_trydan_by_its_realtime_data_on_its_http_port() -> None:
    """A Trydan has no mDNS service: the sweep's HTTP probe of `/RealTimeData` names it."""
    async with SimulatedTrydan(TrydanModel(serial="V2C0077001")) as trydan:
        port = int(trydan.url.rsplit(":", 1)[1])
        result = await sweep_subnet(
            IPv4Network("127.0.0.1/32"),
            local_networks=LOOPBACK,
            ports={port: "http"},
            probes=registry.probes(),
            time_limit=20,
        )
    (device,) = result.devices
    assert (device.driver, device.serial, device.model) == ("v2c", "V2C0077001", "Trydan")
    assert (device.scheme, device.port) == ("http", port)
