"""Restartable servers listen below the ephemeral range, so a reboot can always listen again."""

from __future__ import annotations

from app.sim.ports import LOWEST, candidates, ephemeral_start, free_port
from app.sim.runner import SimulatedSite
from tests.sim.helpers import can_connect, eventually


def test_candidates_and_free_ports_stay_below_the_ephemeral_range() -> None:
    top = ephemeral_start()
    assert all(LOWEST <= port < max(top, LOWEST + 1000) for port in candidates())
    assert LOWEST <= free_port() < max(top, LOWEST + 1000)


async def test_charger_ports_are_not_ephemeral_and_come_back_after_a_reboot(
    site: SimulatedSite,
) -> None:
    node = site.nodes[0]
    assert node.api.port < ephemeral_start() and node.modbus.port < ephemeral_start()
    before = (node.api.port, node.modbus.port)
    node.api.reboot()
    await eventually(lambda: not node.api.rebooting, what="the reboot to end")
    assert (node.api.port, node.modbus.port) == before
    assert await can_connect(node.api.url)
