"""The V2C Trydan in the window on the demo site: its row, connecting without a password, its
Overview against the simulated model, a Bluetooth-only Trydan, and the SCN set-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.overview import DynamicMode, MeterLink, PhaseMode
from app.services.devices import LinkState, ManualSighting
from app.ui.charger_list import KEY_ROLE, ChargerListModel
from app.ui.main_window import MainWindow
from app.ui.scn.setup import KEY_ROLE as MEMBER_KEY
from tests.conftest import MemoryKeyring
from tests.ui.conftest import DemoWindow, OpenDemo
from tests.ui.helpers import form_text, log_in, wait_for

pytestmark = pytest.mark.gui

TRYDAN = "V2C0100004"


def cell(window: MainWindow, key: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    proxy = window.charger_list.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(KEY_ROLE) == key:
            return str(proxy.index(row, column).data(role) or "")
    raise AssertionError(f"{key} is not in the list")


def trydan_settings(ctx: DemoWindow) -> dict[str, object]:
    (node,) = ctx.demo.site.trydans
    return dict(node.trydan.model.settings)


async def test_the_trydan_row_names_its_model_firmware_and_both_links(
    demo_window: OpenDemo,
) -> None:
    async with demo_window(discovery=True) as ctx:
        window = ctx.window
        directory = ctx.services.directory
        await wait_for(
            lambda: (e := directory.entry(TRYDAN)) is not None and e.transports == {"lan", "ble"},
            "the Trydan's LAN and Bluetooth sightings, merged by its ID",
            timeout=20.0,
        )
        entry = directory.entry(TRYDAN)
        assert entry is not None and not entry.needs_password and not entry.joins_scn
        assert cell(window, TRYDAN, ChargerListModel.MODEL) == "Trydan"
        assert cell(window, TRYDAN, ChargerListModel.FIRMWARE) == "2.4.3"
        assert cell(window, TRYDAN, ChargerListModel.STATE) == "not connected"
        tip = cell(window, TRYDAN, ChargerListModel.LINK, Qt.ItemDataRole.ToolTipRole)
        assert "Bluetooth" in tip and "LAN" in tip
        assert len(directory.entries()) == 4  # one row, not one per sighting


async def test_connecting_to_the_trydan_asks_no_password_and_stores_none(
    demo_window: OpenDemo, memory_keyring: MemoryKeyring
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        window.charger_list.select(TRYDAN)
        assert window.overview.login_button.text() == "&Connect"
        assert window.login_action.text() == "&Connect…"
        dialog = window.open_login()
        assert dialog is not None and dialog.connect_only
        assert dialog.windowTitle() == f"Connect to {TRYDAN}"
        assert dialog.login_button.text() == "&Connect"
        assert not dialog.password.isVisible() and not dialog.remember.isVisible()
        dialog.close()
        await log_in(window, TRYDAN)
        assert ctx.services.sessions.is_logged_in(TRYDAN)
        assert memory_keyring.store == {}
        await wait_for(
            lambda: cell(window, TRYDAN, ChargerListModel.STATE).startswith("connected · S1 "),
            "the live poll in the list",
        )
        assert window.logout_action.text() == "Dis&connect"
        assert window.overview.logout_button.text() == "Dis&connect"
        operation = window.logout_current()
        assert operation is not None
        await operation.wait()
        assert cell(window, TRYDAN, ChargerListModel.STATE) == "not connected"
        # An Alfen charger next to it still logs in with a password.
        window.charger_list.select("ACE0100001")
        assert window.login_action.text() == "&Log in…"
        assert window.overview.login_button.text() == "&Log in…"


async def test_the_overview_shows_the_simulated_trydan_in_words(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        (node,) = ctx.demo.site.trydans
        node.trydan.model.write("MaxIntensity", 20)  # as the vendor's app would
        node.trydan.model.write("LightLED", 35)
        await log_in(window, TRYDAN)
        settings = trydan_settings(ctx)
        overview = window.overview.overview
        assert overview is not None and not overview.has_licences
        assert overview.controls is not None and overview.dynamic is not None
        assert overview.controls.max_current == settings["MaxIntensity"] == 20
        assert overview.controls.min_current == settings["MinIntensity"]
        assert overview.controls.phase_mode is PhaseMode.THREE
        assert overview.dynamic.on is True and overview.dynamic.mode is DynamicMode.TIMED_ON
        assert overview.dynamic.contracted_power == settings["ContractedPower"] == 6900
        assert overview.dynamic.meter_link is MeterLink.OK
        tab = window.overview
        assert tab.features_box.isHidden() and tab.limits_box.isHidden()
        own = form_text(tab.own.settings_form)
        assert own["Maximum current"] == "20.0 A" and own["Light LED"] == "35 %"
        assert own["Charging phases"] == "three-phase" and own["Lock"] == "unlocked"
        dynamic = form_text(tab.own.dynamic_form)
        assert dynamic["Dynamic power control"] == "on"
        assert dynamic["Mode"] == "timed power on"
        assert dynamic["Contracted power"].startswith("6.9 kW (≈ ")
        assert dynamic["Current clamp"] == "clamp reading normally"
        network = form_text(tab.own.network_form)
        assert network["IP address"] == "127.0.0.1" and network["Wi-Fi network"] == "site-wifi"
        identity = form_text(tab.identity_form)
        assert identity["Charger ID"] == TRYDAN and identity["Firmware"] == "2.4.3"
        assert "Licence device id" not in identity and "Serial (Object ID)" not in identity
        assert not any(
            value in ("", "True", "False") for value in (*own.values(), *dynamic.values())
        )


async def test_a_trydan_seen_over_bluetooth_only_says_what_to_do(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        ble = ManualSighting("V2C0999999", "", origin="ble:02", transport="ble", driver="v2c")
        ctx.services.directory.add_sighting(ble)
        entry = ctx.services.directory.entry("V2C0999999")
        assert entry is not None and entry.state is LinkState.NO_LAN
        assert cell(window, "V2C0999999", ChargerListModel.STATE) == "Bluetooth only"
        tip = cell(window, "V2C0999999", ChargerListModel.STATE, Qt.ItemDataRole.ToolTipRole)
        assert "V2C phone app" in tip and "Ethernet" in tip
        window.charger_list.select("V2C0999999")
        assert window.overview.login_button.isHidden() and window.open_login() is None


async def test_the_scn_set_up_says_a_trydan_does_not_join_and_cannot_be_picked(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        members = ctx.window.scn.setup.members
        items = [members.item(row) for row in range(members.count())]
        (trydan,) = [i for i in items if i.data(MEMBER_KEY) == TRYDAN]
        assert trydan.text() == f"{TRYDAN}: cannot join"
        assert "Only Alfen chargers join" in trydan.toolTip()
        assert ctx.window.scn.setup.not_members.isVisibleTo(ctx.window.scn.setup)
        assert not trydan.flags() & Qt.ItemFlag.ItemIsEnabled
        assert not trydan.flags() & Qt.ItemFlag.ItemIsUserCheckable
        ctx.window.scn.setup.pick([TRYDAN, "ACE0100001"])
        assert ctx.window.scn.setup.picked() == ["ACE0100001"]
