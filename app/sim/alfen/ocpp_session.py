"""One OCPP 1.6J session of the simulated charger: from BootNotification to the socket closing.

The `ocpp` package does the framing and the schema checks; this is what a charger says:

- BootNotification until the back office accepts. Pending: the back office may already read or
  change the configuration; the charger boots again after the interval it was given. Rejected:
  the charger sends nothing else and boots again after the interval (OCPP 1.6 §4.2).
- Heartbeat at the interval of the accepting answer (site time, so the time scale applies);
  a ChangeConfiguration of `HeartbeatInterval` takes effect at the next beat.
- StatusNotification for connector 0 and each socket after the boot, then whenever a socket's
  state changes (an EV comes, charges, goes).
- MeterValues of every charging socket each `MeterValueSampleInterval`, with the measurands of
  `MeterValuesSampledData` the simulator knows.
- Answers GetConfiguration, ChangeConfiguration (app/sim/alfen/ocpp_config.py), Reset (the
  charger reboots after answering) and TriggerMessage (the message follows the answer).

The charger's boot state (3600_1) follows the answers: see `OcppLink.set_state`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ocpp.routing import after, on
from ocpp.v16 import ChargePoint, call, call_result
from ocpp.v16.datatypes import KeyValue, MeterValue, SampledValue
from ocpp.v16.enums import (
    ChargePointErrorCode,
    ChargePointStatus,
    Measurand,
    MessageTrigger,
    Phase,
    RegistrationStatus,
    ResetStatus,
    TriggerMessageStatus,
    UnitOfMeasure,
)
from websockets.exceptions import ConnectionClosed

from app.core.ocpp import BOOT_CODES
from app.core.states import MainState
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import SimSocket

if TYPE_CHECKING:
    from app.sim.alfen.ocpp_link import OcppLink

log = logging.getLogger(__name__)

WATCH_SECONDS = 0.1  # real seconds between looks at the sockets' states
_STATUS = {
    MainState.AVAILABLE: ChargePointStatus.available,
    MainState.EV_CONNECTED: ChargePointStatus.preparing,
    MainState.CHARGING: ChargePointStatus.charging,
    MainState.POWER_OFF_CURRENT_TOO_LOW: ChargePointStatus.suspended_evse,
}


def socket_status(socket: SimSocket) -> ChargePointStatus:
    return _STATUS.get(socket.main_state, ChargePointStatus.suspended_ev)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class SimChargePoint(ChargePoint):  # type: ignore[misc]
    """The charge-point side of one connection."""

    def __init__(self, identity: str, connection: Any, link: OcppLink) -> None:
        super().__init__(identity, connection, response_timeout=30)
        self.link = link
        self.charger = link.charger
        self.outbox: asyncio.Queue[Callable[[], Any]] = asyncio.Queue()
        self.interval = 0.0
        self.sent_status: dict[int, ChargePointStatus] = {}

    async def _send(self, message: str) -> None:
        """An answer that cannot go out because the back office just left is dropped, so the
        reader goes on to what it sent before leaving."""
        try:
            await super()._send(message)
        except ConnectionClosed:
            if not message.startswith(("[3", "[4")):
                raise
            log.debug("%s: the back office left before our answer went out", self.id)

    # --- what the charger sends ---------------------------------------------------------------

    async def run(self) -> None:
        """Register, then heartbeat, report and answer until the connection ends."""
        await self.register()
        for socket in self.charger.sockets:
            self.sent_status.pop(socket.number, None)
        await self.send_status(0, ChargePointStatus.available)
        await asyncio.gather(
            self._heartbeats(), self._watch(), self._meter(), self._send_triggered()
        )

    async def register(self) -> None:
        while True:
            answer = await self.boot()
            if answer.status == RegistrationStatus.accepted:
                return
            await asyncio.sleep(self.charger.clock.real_seconds(self._retry(answer.interval)))

    async def boot(self) -> Any:
        charger = self.charger
        answer = await self.call(
            call.BootNotification(
                charge_point_model=charger.model,
                charge_point_vendor="Alfen BV",
                charge_box_serial_number=charger.serial,
                charge_point_serial_number=charger.serial,
                firmware_version=charger.firmware,
            )
        )
        if answer is None:
            raise RuntimeError("the back office answered BootNotification with an error")
        self.link.set_state(BOOT_CODES[str(answer.status).lower()])
        if answer.status == RegistrationStatus.accepted:
            self.interval = float(answer.interval) or self._configured_interval()
            charger.values[PropertyId.parse("2086_0")] = int(self.interval)
        log.info("%s: boot %s, interval %s s", self.id, answer.status, answer.interval)
        return answer

    def _retry(self, interval: int) -> float:
        return float(interval) if interval > 0 else self._configured_interval()

    def _configured_interval(self) -> float:
        return float(self.link.config.text("HeartbeatInterval")) or 300.0

    async def _heartbeats(self) -> None:
        while True:
            await asyncio.sleep(self.charger.clock.real_seconds(self.interval))
            await self.heartbeat()

    async def heartbeat(self) -> None:
        await self.call(call.Heartbeat())
        self.link.heartbeats += 1
        self.link.last_heartbeat = self.charger.clock.now()

    async def send_status(self, connector: int, status: ChargePointStatus) -> None:
        self.sent_status[connector] = status
        await self.call(
            call.StatusNotification(
                connector_id=connector,
                error_code=ChargePointErrorCode.no_error,
                status=status,
                timestamp=_now(),
            )
        )

    async def _watch(self) -> None:
        while True:
            for socket in self.charger.sockets:
                status = socket_status(socket)
                if self.sent_status.get(socket.number) != status:
                    await self.send_status(socket.number, status)
            await asyncio.sleep(WATCH_SECONDS)

    async def _meter(self) -> None:
        while True:
            seconds = float(self.link.config.text("MeterValueSampleInterval"))
            if seconds <= 0:
                await asyncio.sleep(WATCH_SECONDS * 5)
                continue
            await asyncio.sleep(self.charger.clock.real_seconds(seconds))
            for socket in self.charger.sockets:
                if socket_status(socket) == ChargePointStatus.charging:
                    await self.send_meter(socket)

    async def send_meter(self, socket: SimSocket) -> None:
        wanted = set(self.link.config.text("MeterValuesSampledData").split(","))
        block = 0x2221 if socket.number == 1 else 0x3221
        values = self.charger.values
        samples: list[SampledValue] = []
        if Measurand.energy_active_import_register in wanted:
            energy = float(values.get(PropertyId(block, 0x22), 0.0))  # type: ignore[arg-type]
            samples.append(_sample(energy, Measurand.energy_active_import_register, "Wh"))
        if Measurand.power_active_import in wanted:
            power = float(values.get(PropertyId(block, 0x16), 0.0))  # type: ignore[arg-type]
            samples.append(_sample(power, Measurand.power_active_import, "W"))
        if Measurand.current_import in wanted:
            for phase, amps in zip((Phase.l1, Phase.l2, Phase.l3), socket.currents, strict=True):
                samples.append(_sample(amps, Measurand.current_import, "A", phase))
        meter = MeterValue(timestamp=_now(), sampled_value=samples)
        await self.call(call.MeterValues(connector_id=socket.number, meter_value=[meter]))
        self.link.meter_values += 1

    async def _send_triggered(self) -> None:
        """Messages a TriggerMessage asked for, after its answer went out."""
        while True:
            make = await self.outbox.get()
            await make()

    # --- what the charger answers -------------------------------------------------------------

    @on("GetConfiguration")
    def on_get_configuration(self, key: list[str] | None = None) -> Any:
        entries, unknown = self.link.config.read(key)
        return call_result.GetConfiguration(
            configuration_key=[KeyValue(**entry) for entry in entries],  # type: ignore[arg-type]
            unknown_key=unknown or None,
        )

    @on("ChangeConfiguration")
    def on_change_configuration(self, key: str, value: str) -> Any:
        return call_result.ChangeConfiguration(status=self.link.config.change(key, value))

    @on("Reset")
    def on_reset(self, type: str) -> Any:
        ok = self.link.reboot is not None
        return call_result.Reset(status=ResetStatus.accepted if ok else ResetStatus.rejected)

    @after("Reset")
    def after_reset(self, type: str) -> None:
        log.info("%s: %s reset asked by the back office", self.id, type)
        if self.link.reboot is not None:
            self.link.reboot()

    @on("TriggerMessage")
    def on_trigger(self, requested_message: str, connector_id: int | None = None) -> Any:
        known = self._triggered(requested_message, connector_id) is not None
        status = TriggerMessageStatus.accepted if known else TriggerMessageStatus.not_implemented
        return call_result.TriggerMessage(status=status)

    @after("TriggerMessage")
    def after_trigger(self, requested_message: str, connector_id: int | None = None) -> None:
        make = self._triggered(requested_message, connector_id)
        if make is not None:
            self.outbox.put_nowait(make)

    def _triggered(self, message: str, connector: int | None) -> Callable[[], Any] | None:
        sockets = [s for s in self.charger.sockets if connector in (None, 0, s.number)]
        if message == MessageTrigger.boot_notification:
            return self.boot
        if message == MessageTrigger.heartbeat:
            return self.heartbeat
        if message == MessageTrigger.status_notification:
            return lambda: _each(self.send_status(s.number, socket_status(s)) for s in sockets)
        if message == MessageTrigger.meter_values:
            return lambda: _each(self.send_meter(s) for s in sockets)
        return None


async def _each(calls: Any) -> None:
    for pending in calls:
        await pending


def _sample(value: float, measurand: Measurand, unit: str, phase: Phase | None = None) -> Any:
    return SampledValue(
        value=f"{value:.2f}",
        measurand=measurand,
        unit=UnitOfMeasure(unit),
        phase=phase,
    )
