"""Automatic phase identification on a live charger (the probe; the inference is in core).

With an EV charging, the socket's external maximum current (kept in RAM by the charger; the
driver names the setting) is stepped between two levels while the poller records the socket's
and the grid meter's per-phase currents and voltages; `app.core.phase_id` then infers where
each charger phase lands. The external maximum is always put back, also on cancel or error,
through the same `LimitWriter` as the hair-dryer test.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import numpy as np

from app.core.channel_series import meter_matrix, socket_matrix
from app.core.channels import is_charging, meter_voltage, socket_voltage
from app.core.errors import DeviceTimeout, InvalidInput
from app.core.phase_id import (
    PhaseIdResult,
    PhaseIdStatus,
    ProbeData,
    Refusal,
    identify,
)
from app.core.prompter import Cancelled, Prompter
from app.core.series import Window
from app.core.verification import AlbConfig, PhaseProbeResult
from app.drivers.base import SettingsAccess
from app.workflows.sampling import Poller
from app.workflows.temporary_settings import LimitWriter, restore_shielded
from app.workflows.verify_common import read_config, recording_poller

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProbeSettings:
    """The step pattern: `steps` levels alternating low/high, each held `dwell_s` seconds."""

    socket: int = 1
    low: float = 6.0
    high: float = 13.0
    steps: int = 6
    dwell_s: float = 15.0
    charging_timeout_s: float = 240.0

    def __post_init__(self) -> None:
        if not 6.0 <= self.low < self.high <= 32.0:
            raise InvalidInput(f"Steps {self.low:g} → {self.high:g} A: need 6 ≤ low < high ≤ 32.")
        if not 3 <= self.steps <= 40 or self.dwell_s <= 0:
            raise InvalidInput("The probe needs 3…40 steps of a positive duration.")

    def scaled(self, factor: float) -> ProbeSettings:
        """Waits divided by `factor` (a simulated site running faster)."""
        return ProbeSettings(
            self.socket,
            self.low,
            self.high,
            self.steps,
            self.dwell_s / factor,
            self.charging_timeout_s / factor,
        )

    @property
    def levels(self) -> tuple[float, ...]:
        return tuple(self.low if i % 2 == 0 else self.high for i in range(self.steps))


class PhaseProbe:
    """One probe on one socket of one charger."""

    def __init__(
        self,
        client: SettingsAccess,
        prompter: Prompter,
        limits: LimitWriter,
        *,
        serial: str,
        settings: ProbeSettings | None = None,
        rate_hz: float = 4.0,
        modbus: object = None,
    ) -> None:
        self.client = client
        self.prompter = prompter
        self.limits = limits
        self.serial = serial
        self.settings = settings or ProbeSettings()
        self.rate_hz = rate_hz
        self.modbus = modbus  # the brand's Modbus client, when enabled: see Driver.sample_source
        self.clock = time.monotonic

    async def run(self) -> PhaseProbeResult:
        """Step, record, infer; the answer (or the refusal and what to do) is in the result."""
        config = await read_config(self.client, self.settings.socket)
        poller = recording_poller(
            self.client, config.sockets, rate_hz=self.rate_hz, name=self.serial, modbus=self.modbus
        )
        async with poller:
            probe = await self._probe(poller, config)
        await self._report(probe)
        return probe

    async def _probe(self, poller: Poller, config: AlbConfig) -> PhaseProbeResult:
        socket = self.settings.socket
        out = PhaseProbeResult(self.serial, socket, _no_charging(), config.mapping)
        if not await self._charging(poller):
            return out
        segments: list[tuple[float, float]] = []
        limit = self.client.driver.socket_limit_key(socket)
        try:
            for n, level in enumerate(self.settings.levels, start=1):
                await self.limits.apply({limit: level})
                await self.prompter.inform(
                    "probe_step", f"Step {n}/{self.settings.steps}: {level:g} A."
                )
                start = self.clock()
                await asyncio.sleep(self.settings.dwell_s)
                segments.append((start, self.clock()))
        finally:
            await self._restore()
        window = poller.table.window(segments[0][0] - 1.0)
        out.window, out.segments = window, tuple(segments)
        out.result = identify(self._data(window, out.segments, config), config.mapping)
        return out

    def _data(
        self, window: Window, segments: tuple[tuple[float, float], ...], config: AlbConfig
    ) -> ProbeData:
        socket = self.settings.socket
        volts = [socket_voltage(socket, k) for k in (1, 2, 3)]
        return ProbeData(
            t=window.t,
            socket=socket_matrix(window, socket),
            meter=meter_matrix(window),
            segments=segments,
            phases=max(1, config.mapping.phases),
            socket_v=np.array([window.column(v) for v in volts]),
            meter_v=np.array([window.column(meter_voltage(p)) for p in (1, 2, 3)]),
        )

    async def _charging(self, poller: Poller) -> bool:
        socket = self.settings.socket
        latest = await poller.newest()
        if latest and is_charging(latest, socket):
            return True
        if not await self.prompter.confirm(
            "start_session",
            "Phase identification needs an EV charging: connect it and start a session, then "
            "confirm.",
        ):
            raise Cancelled("Phase identification stopped: no EV charging.")
        try:
            await poller.wait_for(
                lambda row: is_charging(row, socket),
                self.settings.charging_timeout_s,
                "the EV charging",
            )
        except DeviceTimeout:
            return False
        return True

    async def _restore(self) -> None:
        failure = f"Could not put back the external maximum current on {self.serial}"
        await restore_shielded(
            self.limits, failure, hint="The charger also forgets it at its next reboot."
        )

    async def _report(self, probe: PhaseProbeResult) -> None:
        result = probe.result
        lines = [f"{result.status.value.upper()}: {result.reason}"]
        if result.advice:
            lines.append(f"What to do: {result.advice}")
        await self.prompter.inform("phase_id_result", "\n".join(lines))


def _no_charging() -> PhaseIdResult:
    return PhaseIdResult(
        status=PhaseIdStatus.REFUSED,
        refusal=Refusal.NO_DATA,
        reason="The EV did not start charging, so the charger's current could not be stepped.",
    )
