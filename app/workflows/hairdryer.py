"""The hair-dryer test, end to end over a charger's local API (commissioning §5.3.6–5.3.7).

(a) baseline: the meter's currents against the installer's clamp meter; (b) a temporary
maximum meter current below household + test load, written through a `LimitWriter`;
(c) a charging session and its voltage measurement; (d) the test load on, meter and socket
recorded; (e) analysis and verdict (`app.core.hairdryer_verdict`); (f) the real maximum put
back always, also on cancel or error (and after a crash, from the commissioning journal). GUI,
CLI and tests drive the same flow through a `Prompter`.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass, fields

import numpy as np

from app.core.channel_series import meter_matrix, phase_means, socket_matrix
from app.core.channels import is_charging, socket_active
from app.core.errors import DeviceTimeout
from app.core.hairdryer import (
    NOT_CHARGING_TEXT,
    BaselineCheck,
    Finding,
    Reason,
    check_baseline,
    propose_test_maximum,
)
from app.core.hairdryer_reaction import Recording, TestSetup
from app.core.hairdryer_verdict import early_verdict, judge
from app.core.phases import PhaseMapping
from app.core.prompter import Cancelled, NumberQuestion, Prompter
from app.core.series import Window
from app.core.verification import AlbConfig, HairDryerResult
from app.drivers.base import SettingsAccess
from app.workflows.sampling import Poller
from app.workflows.temporary_settings import LimitWriter, restore_shielded
from app.workflows.verify_common import read_config, recording_poller, warm_up

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HairDryerTiming:
    """How long each step waits, in seconds of wall time."""

    warmup_s: float = 4.0
    session_timeout_s: float = 240.0
    settle_s: float = 10.0
    before_s: float = 5.0
    observe_s: float = 30.0
    final_s: float = 5.0

    def scaled(self, factor: float) -> HairDryerTiming:
        """Every wait divided by `factor` (a simulated site running `factor` times faster)."""
        return HairDryerTiming(*(getattr(self, f.name) / factor for f in fields(self)))


class HairDryerTest:
    """One run of the test on one socket of one charger."""

    def __init__(
        self,
        client: SettingsAccess,
        prompter: Prompter,
        limits: LimitWriter,
        *,
        serial: str,
        socket: int = 1,
        timing: HairDryerTiming | None = None,
        rate_hz: float = 4.0,
        modbus: object = None,
    ) -> None:
        self.client = client
        self.prompter = prompter
        self.limits = limits
        self.serial = serial
        self.socket = socket
        self.timing = timing or HairDryerTiming()
        self.rate_hz = rate_hz
        self.modbus = modbus  # the brand's Modbus client, when enabled: see Driver.sample_source
        self.clock = time.monotonic

    async def run(self) -> HairDryerResult:
        """Run every step; the verdict is in the result. Raises Cancelled when cancelled."""
        config = await read_config(self.client, self.socket)
        result = HairDryerResult(self.serial, self.socket, early_verdict([]), config)
        blocking = config.blocking_reasons()
        if blocking:
            result.verdict = early_verdict(blocking)
            await self._report(result)
            return result
        poller = recording_poller(
            self.client, config.sockets, rate_hz=self.rate_hz, name=self.serial, modbus=self.modbus
        )
        async with poller:
            await self._measure(poller, config, result)
        await self._report(result)
        return result

    async def _measure(self, poller: Poller, config: AlbConfig, result: HairDryerResult) -> None:
        start = self.clock()
        phase = load_phase(config.mapping)
        await self.prompter.inform(f"load_phase_l{phase}", load_phase_text(config.mapping))
        baseline, household, meter_before = await self._baseline(poller, config)
        if baseline.reason is not None and not await self._continue(baseline):
            result.verdict = early_verdict([baseline.reason], baseline)
            return
        load = await self.prompter.ask_number(
            "test_load",
            "Current of the test load (hair dryer) in A?",
            NumberQuestion("A", 1.0, 32.0, default=9.0),
        )
        proposal = propose_test_maximum(household, load, config.max_meter)
        maximum = await self.prompter.ask_number(
            "test_maximum",
            proposal.text + " Accept, or type another value.",
            NumberQuestion("A", proposal.at_least, config.max_meter, default=proposal.value),
        )
        try:
            await self.limits.apply({self.client.driver.max_meter_key(): maximum})
            t_on = await self._session_and_load(poller, load, config.mapping)
        finally:
            await self._restore()
        result.test_load = load
        window = poller.table.window(start)
        result.window, result.t_on = window, t_on
        if t_on is None:
            reason = Reason(Finding.NOT_CHARGING, NOT_CHARGING_TEXT)
            result.verdict = early_verdict([reason], baseline)
            return
        setup = TestSetup(
            test_maximum=maximum,
            test_load=load,
            include_ev=config.include_ev,
            mapping=config.mapping,
            safe_current=config.safe_current,
        )
        recording = self._recording(window, meter_before, t_on)
        result.verdict = judge(recording, setup, baseline)

    async def _baseline(
        self, poller: Poller, config: AlbConfig
    ) -> tuple[BaselineCheck, tuple[float, ...], tuple[float, float, float]]:
        """Meter against clamp, both WITHOUT the EV: the EV's own current comes from the charger.

        Returns the check, the household per phase for the proposal, and the meter's means with
        the EV taken out (the level before the session, for the session's phase check).
        """
        window = await warm_up(poller, self.timing.warmup_s, self.timing.session_timeout_s)
        ones = np.ones(len(window))
        means = phase_means(meter_matrix(window), ones)
        ev = ev_per_grid_phase(window, self.socket, config.mapping)
        if max(ev) >= 1.0:
            await self.prompter.inform("ev_current", f"The EV draws {_fmt_phases(ev)} now.")
        without_ev = tuple(
            m - e if config.include_ev else m for m, e in zip(means, ev, strict=True)
        )
        phases = [p for p in (1, 2, 3) if math.isfinite(means[p - 1])] or [1, 2, 3]
        shown = ", ".join(f"L{p} {means[p - 1]:.1f} A" for p in phases)
        await self.prompter.inform("meter_currents", f"The meter shows {shown}.")
        clamp = []
        for p in phases:
            clamp.append(
                await self.prompter.ask_number(
                    f"clamp_l{p}",
                    "Clamp-meter reading of the household current WITHOUT the EV (clamp the "
                    f"house feed, or take the meter minus the EV) on L{p}, in A?",
                    NumberQuestion("A", -1000.0, 1000.0),
                )
            )
        meter = [without_ev[p - 1] for p in phases]
        check = check_baseline(meter, clamp)
        household = meter if check.ok else clamp
        return check, tuple(household), (without_ev[0], without_ev[1], without_ev[2])

    async def _continue(self, baseline: BaselineCheck) -> bool:
        assert baseline.reason is not None
        await self.prompter.inform("baseline_mismatch", baseline.reason.text)
        return await self.prompter.confirm(
            "continue_after_mismatch", "Continue the hair-dryer test anyway?"
        )

    async def _session_and_load(
        self, poller: Poller, load: float, mapping: PhaseMapping
    ) -> float | None:
        """Wait for charging, let it settle, have the load switched on; the time it went on."""
        latest = await poller.newest()
        if latest and is_charging(latest, self.socket):
            await self.prompter.inform("already_charging", "The EV is charging.")
        else:
            await self._ask(
                "start_session",
                "Connect the EV (or a test box) and start a charging session. The charger first "
                "measures the voltage for about a minute. Confirm when the session is started.",
            )
        await self.prompter.inform("waiting_for_charging", "Waiting for the EV to charge…")
        try:
            await poller.wait_for(
                lambda row: is_charging(row, self.socket),
                self.timing.session_timeout_s,
                "the EV charging",
            )
        except DeviceTimeout:
            return None
        await asyncio.sleep(self.timing.settle_s)
        phase = load_phase(mapping)
        await self._ask(
            "load_on", f"Switch the test load ({load:g} A) on now, on L{phase}, then confirm."
        )
        t_on = self.clock()
        await self.prompter.inform("observing", "Recording the charger's reaction…")
        await asyncio.sleep(self.timing.observe_s)
        await self.prompter.inform("load_off", "Done: you can switch the test load off.")
        return t_on

    async def _ask(self, key: str, text: str) -> None:
        if not await self.prompter.confirm(key, text):
            raise Cancelled(f"Stopped at: {text}")

    async def _restore(self) -> None:
        """Put the real maximum back, even while being cancelled."""
        failure = f"Could not put back the real maximum meter current on {self.serial}"
        await restore_shielded(self.limits, failure)

    def _recording(
        self, window: Window, base: tuple[float, float, float], t_on: float
    ) -> Recording:
        meter = meter_matrix(window)
        active = socket_active(self.socket)
        return Recording(
            t=window.t,
            meter=meter,
            socket=socket_matrix(window, self.socket),
            active_limit=window.column(active),
            baseline_meter=base,
            t_on=t_on,
            before_s=self.timing.before_s,
            final_s=self.timing.final_s,
        )

    async def _report(self, result: HairDryerResult) -> None:
        verdict = result.verdict
        lines = [verdict.summary, *(f"- {r.text}" for r in verdict.reasons[1:])]
        lines += [f"- note: {n}" for n in verdict.notes]
        await self.prompter.inform("verdict", "\n".join(lines))


def load_phase(mapping: PhaseMapping) -> int:
    """The grid phase to plug the test load into: where the charger's L1 lands.

    Every EV draws from the charger's L1 (a 1-phase EV only from it), so a load there is one
    the charger can answer by lowering its own current. Without a mapping: L1.
    """
    grid = mapping.grid_phases
    return grid[0] if grid else 1


def load_phase_text(mapping: PhaseMapping) -> str:
    """What the installer reads about where to plug the test load."""
    phase = load_phase(mapping)
    if not mapping.grid_phases:
        return f"Plug the test load into an outlet on grid phase L{phase}."
    return (
        f"Plug the test load into an outlet on grid phase L{phase}: the charger's L1 lands "
        f"there by its phase mapping ({mapping.value}), so every EV draws from it."
    )


def ev_per_grid_phase(
    window: Window, socket: int, mapping: PhaseMapping
) -> tuple[float, float, float]:
    """The EV's own current per grid phase, as the charger measures it (0 where none)."""
    means = phase_means(socket_matrix(window, socket), np.ones(len(window)))
    grid = mapping.grid_phases or (1, 2, 3)
    out = [0.0, 0.0, 0.0]
    for k, amps in enumerate(means):
        if k < len(grid) and math.isfinite(amps):
            out[grid[k] - 1] += amps
    return out[0], out[1], out[2]


def _fmt_phases(values: tuple[float, float, float]) -> str:
    return ", ".join(f"L{p} {v:.1f} A" for p, v in enumerate(values, start=1) if v >= 0.5)
