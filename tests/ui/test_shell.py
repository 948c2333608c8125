"""Add by address, the demo panel, demo discovery (mDNS + BLE on loopback), the crash hook."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.licence import Feature, LicenceKey
from app.services.context import AppServices, build_services
from app.services.discovery import start_discovery
from app.services.operations import OperationState
from app.sim.alfen.charger import LICENCE_DEVICE, bits_from_key
from app.sim.mdns import MdnsAdvertiser, MdnsEntry
from app.sim.runner import SimulatedSite
from app.sim.site import parse_site
from app.ui.crash import CrashReporter
from app.ui.demo_panel import FAULTS, DemoPanel
from app.ui.main_window import MainWindow
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import wait_for

pytestmark = pytest.mark.gui

EXTRA_SITE = {
    "schema_version": 1,
    "name": "extra",
    "chargers": [{"serial": "ace0200009", "password": "extra-pass-9", "model": "NG910-60021"}],
}


def entry_firmware(services: AppServices, key: str) -> str:
    entry = services.directory.entry(key)
    return entry.firmware if entry is not None else ""


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_add_by_address_checks_the_text_probes_and_lists_the_charger(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        panel = ctx.window.charger_list
        panel.address.setText("not an address!")
        operation = panel.add_by_address()
        assert operation is not None
        assert await operation.wait() is OperationState.FAILED
        assert "is not an IPv4 address or host name" in panel.address_problem.text()

        panel.address.setText(f"127.0.0.1:{closed_port()}")
        operation = panel.add_by_address()
        assert operation is not None
        assert await operation.wait() is OperationState.FAILED
        assert "No charger answered there" in panel.address_problem.text()
        assert panel.model.rowCount() == 4

        async with SimulatedSite(parse_site(EXTRA_SITE, "extra")) as extra:
            url = extra.nodes[0].api.url
            panel.address.setText(url.removeprefix("https://"))
            operation = panel.add_by_address()
            assert operation is not None
            assert await operation.wait() is OperationState.SUCCEEDED
            assert panel.model.rowCount() == 5
            assert panel.current_key() == "ACE0200009"
            entry = ctx.services.directory.entry("ACE0200009")
            assert entry is not None and entry.model == "NG910-60021" and entry.url == url
            assert panel.address.text() == ""


async def test_demo_panel_drives_the_simulator_through_its_control_api(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        dock = ctx.window.demo_dock
        assert dock is not None
        panel = dock.widget()
        assert isinstance(panel, DemoPanel)
        panel.socket_choice.setCurrentIndex(panel.socket_choice.findData("ace0100003/2"))
        panel.phases_choice.setCurrentIndex(panel.phases_choice.findData(1))
        await panel.plug().wait()
        state = await ctx.demo.fetch_state()
        assert state["chargers"][2]["sockets"][1]["ev"]["phases"] == 1
        assert "ace0100003 socket 2: 1-phase EV" in panel.sockets_label.text()
        await panel.unplug().wait()
        assert (await ctx.demo.fetch_state())["chargers"][2]["sockets"][1]["ev"] is None

        panel.dryer_phase.setCurrentIndex(panel.dryer_phase.findData(3))
        panel.dryer.setChecked(True)
        await wait_for(lambda: not panel.operations, "the hair dryer switch")
        loads = {x["name"]: x for x in (await ctx.demo.fetch_state())["loads"]}
        assert loads["hair dryer"] == {"name": "hair dryer", "amps": [0.0, 0.0, 9.0], "on": True}
        panel.household.setChecked(False)
        await wait_for(lambda: not panel.operations, "the household switch")
        loads = {x["name"]: x for x in (await ctx.demo.fetch_state())["loads"]}
        assert loads["household"]["on"] is False

        panel.fault_charger.setCurrentText("ace0100002")
        panel.fault_kind.setCurrentIndex(0)
        assert FAULTS[0][0] == "phantom"
        await panel.inject().wait()
        assert (await ctx.demo.fetch_state())["chargers"][1]["api"]["faults"]["phantom"] is True
        panel.fault_kind.setCurrentIndex(1)
        await panel.inject().wait()
        assert (await ctx.demo.fetch_state())["chargers"][1]["api"]["faults"]["phantom"] is False


async def test_demo_panel_miswires_a_socket_and_sells_licence_keys(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        panel = ctx.window.demo_dock.widget() if ctx.window.demo_dock else None
        assert isinstance(panel, DemoPanel)
        panel.socket_choice.setCurrentIndex(panel.socket_choice.findData("ace0100003/2"))
        assert panel.wiring_choice.currentText() == "L2L3L1"  # the site's true wiring, shown
        meters = ctx.demo.site.endpoints()
        assert len(meters["meters"]) == len(meters["p1"]) == 1  # type: ignore[arg-type]
        modbus, p1 = meters["meters"][0]["modbus"], meters["p1"][0]["tcp"]  # type: ignore[index]
        assert panel.meters_label.text().splitlines()[1:] == [
            f"Modbus TCP, Eastron SDM630: {modbus} unit 1",
            f"P1 DSMR 5: {p1}",
            *(f"TIC ({t['mode']}): {t['pty']} · {t['tcp']}" for t in meters["tic"]),  # type: ignore[attr-defined]
            *(
                f"Modbus RTU, Eastron SDM72D: {port} unit 2, 9600 baud 8N1"
                for port in ctx.demo.rtu_ports()
            ),
        ]
        panel.wiring_choice.setCurrentIndex(panel.wiring_choice.findData("L3L2L1"))
        await panel.rewire().wait()
        socket = (await ctx.demo.fetch_state())["chargers"][2]["sockets"][1]
        assert socket["wiring"] == "L3L2L1"

        panel.fault_charger.setCurrentText("ace0100003")
        panel.feature_choice.setCurrentIndex(panel.feature_choice.findData("ALB"))
        assert await panel.buy_key().wait() is OperationState.SUCCEEDED
        key = LicenceKey.parse(panel.key_text.text())
        charger = ctx.demo.site.live.charger("ace0100003")
        assert bits_from_key(str(charger.values[LICENCE_DEVICE]), key) == Feature.ALB


@pytest.mark.slow
async def test_demo_discovery_adds_lan_and_ble_sightings_on_loopback(
    demo_window: OpenDemo,
) -> None:
    stranger = MdnsAdvertiser(("127.0.0.1",))  # another simulator on this machine's loopback
    await stranger.start([MdnsEntry("ace0999999", "NG910-60021", closed_port())])
    try:
        async with demo_window(discovery=True) as ctx:
            directory = ctx.services.directory
            await wait_for(
                lambda: (
                    len(directory.entries()) == 4
                    and all(e.transports == {"lan", "ble"} for e in directory.entries())
                ),
                "LAN and BLE sightings of every demo charger, the Trydan's included",
                timeout=20.0,
            )
            hub = ctx.demo.discovery.hub if ctx.demo.discovery else None
            assert hub is not None
            await wait_for(
                lambda: any(e.serial.lower() == "ace0999999" for e in hub.entries()),
                "discovery to see the stranger",
                timeout=20.0,
            )
            # merged by serial, not listed twice; the stranger is not part of the demo site
            assert sorted(e.key for e in directory.entries()) == [
                "ACE0100001",
                "ACE0100002",
                "ACE0100003",
                "V2C0100004",
            ]
            assert ctx.demo.discovery is not None and ctx.demo.discovery.problems == []
    finally:
        await stranger.stop()


async def test_unexpected_errors_open_a_dialog_naming_the_log_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    loop = asyncio.get_running_loop()
    watcher = loop.get_exception_handler()  # the suite's: restored before the test ends
    loop.set_exception_handler(None)
    reporter = CrashReporter(tmp_path / "commissioner.log")

    def boom() -> None:
        raise ZeroDivisionError("slot went wrong")

    try:
        with qtbot.capture_exceptions() as captured:
            reporter.install(loop)  # wraps pytest-qt's hook, which then records the error
            QTimer.singleShot(0, boom)
            await wait_for(lambda: captured, "the slot's exception")
            reporter.uninstall()
        assert isinstance(captured[0][1], ZeroDivisionError)
        assert len(reporter.dialogs) == 1
        box = reporter.dialogs[0]
        assert "ZeroDivisionError: slot went wrong" in box.text()
        assert str(tmp_path / "commissioner.log") in box.informativeText()

        reporter.install(loop)
        loop.call_exception_handler({"message": "task died", "exception": KeyError("k")})
        assert len(reporter.dialogs) == 2
        assert "task died" in reporter.dialogs[1].detailedText()
        for dialog in list(reporter.dialogs):
            dialog.button(QMessageBox.StandardButton.Ok).click()
        assert reporter.dialogs == []
    finally:
        reporter.uninstall()
        loop.set_exception_handler(watcher)


@pytest.mark.slow
async def test_discovery_of_the_real_program_feeds_the_list(qtbot: QtBot, tmp_path: Path) -> None:
    """The non-demo start-up path, on loopback only (the real program browses every interface)."""
    services = build_services(tmp_path)
    try:
        async with SimulatedSite(parse_site(EXTRA_SITE, "extra")) as site:
            advertiser = MdnsAdvertiser(("127.0.0.1",))
            node = site.nodes[0]
            await advertiser.start([MdnsEntry(node.charger.serial, "", node.api.port)])
            try:
                await start_discovery(services, interfaces=["127.0.0.1"], bluetooth=False)
                window = MainWindow(services)
                qtbot.addWidget(window)
                await wait_for(lambda: services.directory.entry("ACE0200009"), "the charger")
                entry = services.directory.entry("ACE0200009")
                assert entry is not None and entry.url == node.api.url
                await wait_for(lambda: entry_firmware(services, "ACE0200009"), "the probe")
                assert "discovery running" in window.activity.background.text()
            finally:
                await advertiser.stop()
    finally:
        await services.shutdown()
