"""The hair-dryer test for a charger with dynamic power control (its driver's maximum is a
contracted power in W, read against its own CT clamp: the V2C Trydan).

(a) the house power the CT clamp reads, without the EV; (b) the test load's current; (c) a
charging session; (d) a temporary contracted power so that the EV charges above its minimum
and must come down when the load goes on, written through the `LimitWriter`; (e) the load on,
house power and EV recorded; (f) the verdict (`app.core.hairdryer_power`); the real contracted
power put back always, also on cancel or error. The questions and messages use the same keys
as the ALB test (`app.workflows.hairdryer`), so every front-end drives both.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import math
import time

import numpy as np

from app.core import channels as ch
from app.core.channel_series import socket_matrix
from app.core.errors import DeviceError, DeviceTimeout, WriteRejected
from app.core.hairdryer import Finding, Reason
from app.core.hairdryer_power import (
    PowerRecording,
    PowerSetup,
    clamp_missing_reason,
    dynamic_off_reason,
    judge_power,
    not_taken_reason,
    propose_contract,
    watts_per_amp,
)
from app.core.hairdryer_reaction import ev_current
from app.core.hairdryer_verdict import Verdict, early_verdict
from app.core.prompter import Cancelled, NumberQuestion, Prompter
from app.core.series import Window
from app.core.verification import AlbSource, HairDryerResult
from app.drivers.base import Driver, SettingsAccess
from app.workflows.hairdryer import HairDryerTest, HairDryerTiming
from app.workflows.sampling import Poller
from app.workflows.temporary_settings import LimitWriter, restore_shielded
from app.workflows.verify_common import read_config, recording_poller, warm_up

log = logging.getLogger(__name__)

VOLTS = 230.0  # a test load's label gives amperes; its power at the nominal voltage


class PowerHairDryerTest:
    """One run of the test of dynamic power control on a charger's socket."""

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
        self.modbus = modbus
        self.clock = time.monotonic
        self.key = client.driver.max_meter_key()
        self._setup: PowerSetup | None = None

    async def run(self) -> HairDryerResult:
        """Run every step; the verdict is in the result. Raises Cancelled when cancelled."""
        config = await read_config(self.client, self.socket)
        result = HairDryerResult(self.serial, self.socket, _early([]), config)
        if not config.on:
            result.verdict = _early([dynamic_off_reason()])
        elif config.source is AlbSource.NONE:
            result.verdict = _early([clamp_missing_reason()])
        else:
            poller = recording_poller(
                self.client, config.sockets, rate_hz=self.rate_hz, name=self.serial,
                modbus=self.modbus,
            )  # fmt: skip
            async with poller:
                await self._measure(poller, config.safe_current, result)
        await self._report(result)
        return result

    async def _measure(self, poller: Poller, minimum: float, result: HairDryerResult) -> None:
        start = self.clock()
        await self.prompter.inform(
            "load_phase_any",
            "Plug the test load into any outlet of the house: the charger's CT clamp measures "
            "the whole house feed.",
        )
        await warm_up(poller, self.timing.warmup_s, self.timing.session_timeout_s)
        house = self._mean(poller, ch.HOUSE_POWER, self.timing.warmup_s)
        await self.prompter.inform(
            "house_power", f"The CT clamp reads a house power of {house:.0f} W without the EV."
        )
        load = await self.prompter.ask_number(
            "test_load",
            "Current of the test load (hair dryer) in A?",
            NumberQuestion("A", 1.0, 32.0, default=9.0),
        )
        result.test_load = load
        try:
            verdict, t_on = await self._steps(poller, load * VOLTS, minimum)
        finally:
            put_back = await self._put_back()
        window = poller.table.window(start)
        result.window, result.t_on = window, t_on
        if verdict is None and t_on is not None and self._setup is not None:
            verdict = judge_power(self._recording(window, t_on), self._setup)
        verdict = verdict or _early([Reason(Finding.NOT_CHARGING, _NOT_CHARGING)])
        if put_back is not None:
            reasons = sorted((*verdict.reasons, put_back), key=lambda r: r.finding.rank)
            verdict = dataclasses.replace(verdict, reasons=tuple(reasons))
        result.verdict = verdict

    async def _steps(
        self, poller: Poller, load_w: float, minimum: float
    ) -> tuple[Verdict | None, float | None]:
        """Session, temporary contracted power, load on: a verdict when the test could not go
        on (a value not taken), the time the load went on (None: no session)."""
        if not await self._charging(poller):
            return None, None
        verdict = await self._set_contract(poller, load_w, minimum)
        if verdict is not None:
            return verdict, None
        await asyncio.sleep(self.timing.settle_s)
        return None, await self._load_on(load_w)

    async def _put_back(self) -> Reason | None:
        """The real contracted power back (also while cancelled); a reason when it failed."""
        try:
            await restore_shielded(
                self.limits, f"Could not put back the real contracted power on {self.serial}"
            )
        except DeviceError as exc:
            log.warning("%s", exc)
            return Reason(Finding.NOT_PUT_BACK, _NOT_PUT_BACK.format(serial=self.serial))
        return None

    async def _charging(self, poller: Poller) -> bool:
        latest = await poller.newest()
        if latest and ch.is_charging(latest, self.socket):
            await self.prompter.inform("already_charging", "The EV is charging.")
        else:
            await self._ask(
                "start_session",
                "Connect the EV (or a test box) and start a charging session. Confirm when the "
                "session is started.",
            )
        await self.prompter.inform("waiting_for_charging", "Waiting for the EV to charge…")
        try:
            await poller.wait_for(
                lambda row: ch.is_charging(row, self.socket),
                self.timing.session_timeout_s,
                "the EV charging",
            )
        except DeviceTimeout:
            return False
        await asyncio.sleep(min(2.0, self.timing.settle_s))
        return True

    async def _set_contract(self, poller: Poller, load_w: float, minimum: float) -> Verdict | None:
        """Propose, ask and write the temporary contracted power; a verdict if not taken."""
        span = min(2.0, self.timing.settle_s)
        house = self._mean(poller, ch.HOUSE_POWER, span)
        amps = self._mean(poller, "ev", span)
        power = self._mean(poller, ch.socket_power(self.socket), span)
        phases = self._phases(poller, span)
        values = await self.client.read([self.key, self.client.driver.socket_limit_key(1)])
        real = ch.as_float(values.get(self.key))
        intensity = ch.as_float(values.get(self.client.driver.socket_limit_key(1)))
        proposal = propose_contract(
            house, load_w, watts_per_amp(power, amps, phases), real_w=real,
            intensity=intensity, ev_minimum=minimum,
        )  # fmt: skip
        chosen = await self.prompter.ask_number(
            "test_maximum",
            proposal.text + " Accept, or type another value.",
            NumberQuestion("W", proposal.at_least, proposal.at_most, default=proposal.value),
        )
        try:
            await self.limits.apply({self.key: chosen})
        except WriteRejected:
            held = await self.client.read([self.key])
            kept = ch.as_float(held.get(self.key))
            return _early([not_taken_reason(chosen, kept if math.isfinite(kept) else None)])
        self._setup = PowerSetup(chosen, load_w, minimum)
        return None

    async def _load_on(self, load_w: float) -> float:
        await self._ask(
            "load_on",
            f"Switch the test load ({load_w / VOLTS:g} A) on now, anywhere in the house, then "
            "confirm.",
        )
        t_on = self.clock()
        await self.prompter.inform("observing", "Recording the charger's reaction…")
        await asyncio.sleep(self.timing.observe_s)
        await self.prompter.inform("load_off", "Done: you can switch the test load off.")
        return t_on

    async def _ask(self, key: str, text: str) -> None:
        if not await self.prompter.confirm(key, text):
            raise Cancelled(f"Stopped at: {text}")

    def _mean(self, poller: Poller, name: str, span: float) -> float:
        now = self.clock()
        window = poller.table.window(now - span, now)
        if name == "ev":
            values = ev_current(socket_matrix(window, self.socket))
        elif window.has(name):
            values = window.column(name)
        else:
            return math.nan
        finite = values[np.isfinite(values)]
        return float(finite.mean()) if finite.size else math.nan

    def _phases(self, poller: Poller, span: float) -> int:
        now = self.clock()
        socket = socket_matrix(poller.table.window(now - span, now), self.socket)
        means = [np.nanmean(row) if np.isfinite(row).any() else 0.0 for row in socket]
        return max(1, sum(1 for m in means if m >= ch.CHARGING_A))

    def _recording(self, window: Window, t_on: float) -> PowerRecording:
        socket = socket_matrix(window, self.socket)
        amps = ev_current(socket)
        name = ch.socket_power(self.socket)
        power = window.column(name) if window.has(name) else amps * VOLTS
        return PowerRecording(
            t=window.t,
            house=window.column(ch.HOUSE_POWER),
            ev_power=power,
            ev_amps=amps,
            t_on=t_on,
            before_s=self.timing.before_s,
            final_s=self.timing.final_s,
        )

    async def _report(self, result: HairDryerResult) -> None:
        verdict = result.verdict
        lines = [verdict.summary, *(f"- {r.text}" for r in verdict.reasons[1:])]
        lines += [f"- note: {n}" for n in verdict.notes]
        await self.prompter.inform("verdict", "\n".join(lines))


_NOT_PUT_BACK = (
    "The real contracted power could not be put back on {serial}: the charger refused it or "
    "keeps another value. The next test on this charger puts it back first; check it on the "
    "Overview tab."
)
_NOT_CHARGING = "The EV did not start charging: start a session and repeat the test."


def _early(reasons: list[Reason]) -> Verdict:
    """A verdict of this test without a measurement (dynamic power control off, a value the
    charger did not take, no session)."""
    verdict = early_verdict(reasons)
    return Verdict(verdict.reasons, contracted_power=math.nan)


def limits_power(driver: Driver) -> bool:
    """The driver's maximum is a contracted power in W (dynamic power control), not a grid
    current in A (active load balancing): the hair-dryer test is this module's."""
    return driver.setting_unit(driver.max_meter_key()) == "W"


def hair_dryer_test(
    client: SettingsAccess,
    prompter: Prompter,
    limits: LimitWriter,
    *,
    serial: str,
    socket: int = 1,
    timing: HairDryerTiming | None = None,
    rate_hz: float = 4.0,
    modbus: object = None,
) -> HairDryerTest | PowerHairDryerTest:
    """The hair-dryer test that fits the charger's driver."""
    kind = PowerHairDryerTest if limits_power(client.driver) else HairDryerTest
    return kind(
        client, prompter, limits, serial=serial, socket=socket, timing=timing, rate_hz=rate_hz,
        modbus=modbus,
    )  # fmt: skip
