"""Sampling a simulated charger over HTTPS: the rate holds, outages are gaps, sampling resumes."""

from __future__ import annotations

import asyncio
import math

import numpy as np
import pytest

from app.core.channels import names
from app.core.series import SeriesTable
from app.drivers.alfen.driver import ALFEN
from app.drivers.alfen.live import HttpsSource
from app.drivers.alfen.modbus import AlfenModbusClient
from app.workflows.sampling import Poller, charger_source
from tests.workflows.verify_support import HOUSEHOLD, THREE, connected, control, running


async def _rows(poller: Poller, count: int, within: float = 20.0) -> None:
    async with asyncio.timeout(within):
        while len(poller.table) < count:
            await poller.next_row()


async def test_default_rate_is_four_per_second_with_every_channel() -> None:
    async with running() as site, connected(site, THREE) as client:
        channels = ALFEN.channels(1)
        poller = Poller(HttpsSource(client, channels), SeriesTable(names(channels), 200))
        async with poller:
            await _rows(poller, 13)
    window = poller.table.window()
    assert np.median(np.diff(window.t)) == pytest.approx(0.25, abs=0.03)
    assert poller.stats.gaps == 0
    latest = poller.table.latest()
    assert [latest[f"m.I{p}"] for p in (1, 2, 3)] == pytest.approx(list(HOUSEHOLD), abs=0.01)
    assert latest["m.V1"] > 200 and latest["s1.active"] > 0
    assert math.isnan(latest["m.link"]) or latest["m.link"] >= 0


async def test_a_slow_charger_gives_gaps_then_sampling_resumes() -> None:
    async with running() as site, connected(site, THREE) as client:
        channels = ALFEN.channels(1)
        table = SeriesTable(names(channels), 500)
        poller = Poller(HttpsSource(client, channels), table, rate_hz=8, timeout=0.4)
        async with poller:
            await _rows(poller, 4)
            await control(site, "/fault", {"serial": THREE, "kind": "delay", "seconds": 1.0})
            async with asyncio.timeout(10):
                while poller.stats.gaps < 3:
                    await poller.next_row()
            await control(site, "/fault", {"serial": THREE, "kind": "delay", "seconds": 0})
            await poller.wait_for(lambda r: not math.isnan(r["m.I1"]), 15.0, "samples again")
    values = table.window().column("m.I1")
    assert np.isnan(values).sum() >= 3  # the outage is visible as gaps ...
    assert not (values == 0).any()  # ... never as zeros
    assert np.isfinite(values[-1])


async def test_a_reboot_is_a_gap_in_the_history() -> None:
    async with running() as site, connected(site, THREE) as client:
        channels = ALFEN.channels(1)
        table = SeriesTable(names(channels), 500)
        poller = Poller(HttpsSource(client, channels), table, rate_hz=8, timeout=0.5)
        async with poller:
            await _rows(poller, 4)
            await control(site, "/fault", {"serial": THREE, "kind": "reboot"})
            async with asyncio.timeout(10):
                while not poller.stats.failures:
                    await poller.next_row()
            await poller.wait_for(lambda r: not math.isnan(r["m.I1"]), 20.0, "the charger back")
    assert poller.stats.gaps >= 1
    assert np.isnan(table.window().column("s1.I1")).any()


async def test_with_modbus_enabled_sockets_come_over_modbus_and_the_meter_over_https() -> None:
    async with running() as site, connected(site, THREE) as client:
        await control(site, "/ev", {"serial": THREE, "socket": 1, "phases": 3})
        port = int(str(site.node(THREE).endpoint()["modbus"]).rsplit(":", 1)[1])
        async with AlfenModbusClient("127.0.0.1", port, timeout=1.0) as modbus:
            source = charger_source(client, 1, modbus)
            poller = Poller(source, SeriesTable(source.names, 100), rate_hz=8)
            async with poller:
                # the meter value comes through the charger's meter link, a moment later
                row = await poller.wait_for(
                    lambda r: r["s1.I1"] > 15.9 and r["m.I1"] > HOUSEHOLD[0] + 15.9,
                    10.0,
                    "the EV charging, seen by the socket and by the meter",
                )
    assert row["s1.I1"] == pytest.approx(16.0, abs=0.1)  # over Modbus
    assert row["m.I1"] == pytest.approx(HOUSEHOLD[0] + 16.0, abs=0.1)  # over HTTPS
    assert set(names(ALFEN.channels(1))) == set(source.names)
