"""Phase identification against the simulated site: every wiring found, refusals, restore."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.phase_id import PhaseIdStatus, Refusal, candidates_for
from app.core.phases import PhaseMapping
from app.core.prompter import CANCEL, Cancelled, ScriptedPrompter
from app.sim.runner import SimulatedSite
from app.store.journal import read_records
from app.store.journal_model import StepStarted
from app.workflows.phase_id import PhaseProbe, PhaseProbeResult, ProbeSettings
from tests.workflows.verify_support import (
    ONE,
    RATE_HZ,
    THREE,
    connected,
    control,
    only_run,
    restored,
    running,
    value_of,
    writer,
)

FAST = ProbeSettings(steps=4, dwell_s=1.2, charging_timeout_s=10.0)


async def _probe(
    site: SimulatedSite,
    serial: str,
    tmp_path: Path,
    *,
    ev_phases: int = 3,
    settings: ProbeSettings = FAST,
    **answers: object,
) -> tuple[PhaseProbeResult, ScriptedPrompter]:
    async def start_session(_text: str) -> bool:
        body = {"serial": serial, "socket": 1, "phases": ev_phases, "max_current": 16.0}
        await control(site, "/ev", body)
        return True

    prompter = ScriptedPrompter({"start_session": start_session, **answers})
    async with connected(site, serial) as client:
        probe = PhaseProbe(
            client,
            prompter,
            writer(site, client, tmp_path, serial, "phase identification"),
            serial=serial,
            settings=settings,
            rate_hz=RATE_HZ,
        )
        return await probe.run(), prompter


async def _wire(site: SimulatedSite, serial: str, mapping: PhaseMapping) -> None:
    await control(site, "/wiring", {"serial": serial, "socket": 1, "mapping": mapping.value})


@pytest.mark.parametrize("wiring", [PhaseMapping.L1, PhaseMapping.L2, PhaseMapping.L3])
async def test_single_phase_charger_wiring_is_found(wiring: PhaseMapping, tmp_path: Path) -> None:
    async with running() as site:
        await _wire(site, ONE, wiring)
        probe, prompter = await _probe(site, ONE, tmp_path)
        assert value_of(site, ONE, "212A_0") == 32.0  # the external maximum is back
    result = probe.result
    assert result.status is PhaseIdStatus.IDENTIFIED, result.reason
    assert result.mapping is wiring
    assert result.wiring_fault is (wiring is not PhaseMapping.L1)
    assert result.step == pytest.approx(7.0, abs=0.5)
    assert "IDENTIFIED" in prompter.asked("phase_id_result")[0].text
    records = read_records(only_run(tmp_path).path)
    levels = [r.values["212A_0"] for r in records if isinstance(r, StepStarted) and r.values]
    assert levels == [6.0, 13.0, 6.0, 13.0]  # every step journalled before it was written
    assert restored(tmp_path)


@pytest.mark.parametrize("wiring", candidates_for(3))
async def test_three_phase_charger_rotation_is_found(wiring: PhaseMapping, tmp_path: Path) -> None:
    async with running() as site:
        await _wire(site, THREE, wiring)
        probe, _ = await _probe(site, THREE, tmp_path)
    result = probe.result
    assert result.status is PhaseIdStatus.IDENTIFIED, result.reason
    assert result.mapping is wiring
    assert result.wiring_fault is (wiring is not PhaseMapping.L1L2L3)
    assert "phase voltages" in result.reason


async def test_one_phase_ev_on_a_rotated_three_phase_charger(tmp_path: Path) -> None:
    async with running() as site:
        await _wire(site, THREE, PhaseMapping.L3L1L2)
        probe, _ = await _probe(site, THREE, tmp_path, ev_phases=1)
    assert probe.result.mapping is PhaseMapping.L3L1L2
    assert probe.result.grid_phase_of[0] == 3 and probe.result.wiring_fault


@contextlib.contextmanager
def _busy_household(site: SimulatedSite) -> Iterator[None]:
    """Someone keeps switching a 10 A appliance between L1 and L2 during the probe: it moves at
    every physics tick (4 a second), so every held level sees it move many times, however
    loaded the machine running the test is."""
    quiet = site.live.household
    places = itertools.cycle(([10.0, 0.0, 0.0], [0.0, 10.0, 0.0]))

    def household() -> list[float]:  # the physics asks once per tick
        return [a + b for a, b in zip(quiet(), next(places), strict=True)]

    site.live.household = household  # type: ignore[method-assign]
    try:
        yield
    finally:
        site.live.household = quiet  # type: ignore[method-assign]


async def test_refuses_on_a_noisy_household_and_says_what_to_do(tmp_path: Path) -> None:
    async with running() as site:
        await _wire(site, ONE, PhaseMapping.L2)
        with _busy_household(site):
            probe, prompter = await _probe(site, ONE, tmp_path)
        assert value_of(site, ONE, "212A_0") == 32.0
    result = probe.result
    assert result.status is PhaseIdStatus.REFUSED and result.refusal is Refusal.NOISY
    assert "Switch off large household loads" in prompter.asked("phase_id_result")[0].text


async def test_refuses_when_the_ev_draws_too_little(tmp_path: Path) -> None:
    async with running() as site:
        settings = ProbeSettings(low=6.0, high=7.0, steps=4, dwell_s=1.2, charging_timeout_s=10)
        probe, _ = await _probe(site, ONE, tmp_path, settings=settings)
    assert probe.result.refusal is Refusal.WEAK_SIGNAL


async def test_cancel_puts_the_external_maximum_back(tmp_path: Path) -> None:
    async with running() as site:
        steps = iter(range(10))

        def cancel_on_third(_text: str) -> object:
            return CANCEL if next(steps) == 2 else None

        with pytest.raises(Cancelled):
            await _probe(site, ONE, tmp_path, probe_step=cancel_on_third)
        assert value_of(site, ONE, "212A_0") == 32.0
    assert restored(tmp_path)
