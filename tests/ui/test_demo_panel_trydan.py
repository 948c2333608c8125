"""The demo panel and the Trydan: an EV plugged into it, its own faults (its field quirks, in
plain words) injected through the control API, and no Alfen-only fault or licence shop."""

from __future__ import annotations

import pytest

from app.sim.control import FAULT_KINDS
from app.sim.v2c.control import TRYDAN_FAULT_KINDS
from app.ui.demo_panel import FAULTS, TRYDAN_FAULTS, DemoPanel
from tests.ui.conftest import OpenDemo
from tests.ui.helpers import form_text, log_in, wait_for

pytestmark = pytest.mark.gui

TRYDAN = "V2C0100004"


def panel_of(ctx: object) -> DemoPanel:
    window = ctx.window  # type: ignore[attr-defined]
    panel = window.demo_dock.widget() if window.demo_dock else None
    assert isinstance(panel, DemoPanel)
    return panel


def test_every_panel_fault_is_a_kind_of_the_control_api_spelt_alike() -> None:
    assert {kind for kind, _text, _extra in TRYDAN_FAULTS} == set(TRYDAN_FAULT_KINDS)
    assert all(kind in FAULT_KINDS and kind not in TRYDAN_FAULT_KINDS for kind, *_ in FAULTS)


async def test_an_ev_plugged_into_the_trydan_charges_and_is_shown(demo_window: OpenDemo) -> None:
    async with demo_window() as ctx:
        panel = panel_of(ctx)
        index = panel.socket_choice.findData(f"{TRYDAN}/1")
        assert index >= 0 and "Trydan" in panel.socket_choice.itemText(index)
        panel.socket_choice.setCurrentIndex(index)
        assert not panel.rewire_button.isEnabled()  # the control API rewires Alfen sockets only
        panel.phases_choice.setCurrentIndex(panel.phases_choice.findData(1))
        await panel.plug().wait()
        state = await ctx.demo.fetch_state()
        (trydan,) = state["trydans"]
        assert trydan["ev"] == {"phases": 1, "max_current": trydan["ev"]["max_current"]}
        await wait_for(lambda: f"{TRYDAN}: 1-phase EV" in panel.sockets_label.text(), "the EV")
        await panel.unplug().wait()
        assert (await ctx.demo.fetch_state())["trydans"][0]["ev"] is None


async def test_the_trydan_offers_its_own_faults_and_they_reach_the_simulated_charger(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        panel = panel_of(ctx)
        panel.fault_charger.setCurrentText(TRYDAN)
        offered = [panel.fault_kind.itemText(i) for i in range(panel.fault_kind.count())]
        assert "Replies with a missing comma" in offered and "Reboot now" not in offered
        assert "New TLS certificate" not in offered
        assert not panel.buy_button.isVisible() and not panel.key_text.isVisible()
        for wanted in ("Replies with a missing comma", "Installation voltage reads 298 V"):
            panel.fault_kind.setCurrentIndex(offered.index(wanted))
            await panel.inject().wait()
        faults = (await ctx.demo.fetch_state())["trydans"][0]["faults"]
        assert faults["missing_comma"] and faults["odd_voltage"] and not faults["misspelt_l1"]
        panel.fault_kind.setCurrentIndex(offered.index("Slow replies (5 s)"))
        await panel.inject().wait()
        assert (await ctx.demo.fetch_state())["trydans"][0]["faults"]["stall_seconds"] == 5.0
        panel.fault_kind.setCurrentIndex(offered.index("Normal replies"))
        await panel.inject().wait()
        assert (await ctx.demo.fetch_state())["trydans"][0]["faults"]["stall_seconds"] == 0.0


async def test_an_alfen_charger_keeps_its_faults_and_the_licence_shop(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        panel = panel_of(ctx)
        panel.fault_charger.setCurrentText(TRYDAN)
        panel.fault_charger.setCurrentText("ace0100001")
        offered = [panel.fault_kind.itemText(i) for i in range(panel.fault_kind.count())]
        assert "Reboot now" in offered and "Replies with a missing comma" not in offered
        assert panel.buy_button.isVisible()


async def test_an_odd_installation_voltage_injected_shows_as_a_dash_not_a_number(
    demo_window: OpenDemo,
) -> None:
    async with demo_window() as ctx:
        window = ctx.window
        await log_in(window, TRYDAN)
        voltage = form_text(window.overview.own.settings_form)["Installation voltage"]
        assert voltage == "230 V"
        panel = panel_of(ctx)
        panel.fault_charger.setCurrentText(TRYDAN)
        offered = [panel.fault_kind.itemText(i) for i in range(panel.fault_kind.count())]
        panel.fault_kind.setCurrentIndex(offered.index("Installation voltage reads 298 V"))
        await panel.inject().wait()
        operation = window.refresh_current()
        assert operation is not None
        await operation.wait()
        shown = form_text(window.overview.own.settings_form)
        assert shown["Installation voltage"] == "—"  # 298 V is not trusted, nor shown
        assert shown["Maximum current"] == "16.0 A"  # the rest of the reply still is
