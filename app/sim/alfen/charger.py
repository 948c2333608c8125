"""State of one simulated charger: its properties, sockets, EVs, session and reboot cycle.

Both simulated protocols (the HTTPS local API and the Modbus slave map) read and change this
object, and the physics tick (`app.sim.physics`) moves its currents. It holds no sockets itself.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.core.errors import InvalidInput, ReadOnlyProperty, UnknownProperty
from app.core.licence import Feature, LicenceKey
from app.core.phases import PhaseMapping
from app.core.states import MainState, Mode3State
from app.core.values import Value
from app.drivers.alfen.catalogue import CATALOGUE, PropertySpec, specs_for
from app.drivers.alfen.properties import PropertyId, WireType, coerce
from app.sim.alfen.events import ChargerEvents

P = PropertyId.parse
LICENCE_KEY = P("21A1_0")
LICENCE_BITS = P("21A2_0")
LICENCE_DEVICE = P("21A0_0")
OCPP_BOOT_STATE = P("3600_1")
BACK_OFFICE_URL = P("2071_1")
CLOCK = P("2059_0")  # ms since the epoch, UTC


class SimClock:
    """Site time: monotonic seconds multiplied by the time-scale factor (2.0 runs twice as fast)."""

    def __init__(self, scale: float = 1.0) -> None:
        if scale <= 0:
            raise InvalidInput("The time-scale factor must be greater than 0.")
        self.scale = scale
        self._origin = time.monotonic()

    def now(self) -> float:
        return (time.monotonic() - self._origin) * self.scale

    def real_seconds(self, site_seconds: float) -> float:
        """How long `site_seconds` of site time take on the wall clock."""
        return site_seconds / self.scale


@dataclass
class SimEV:
    """A plugged-in vehicle: how many phases it draws and its current window."""

    phases: int = 3
    min_current: float = 6.0
    max_current: float = 16.0


@dataclass
class SimSocket:
    """One socket: the true wiring of its L1..L3 to grid phases, and what is plugged in."""

    number: int
    wiring: PhaseMapping = PhaseMapping.L1L2L3
    ev: SimEV | None = None
    currents: list[float] = field(default_factory=lambda: [0.0, 0.0, 0.0])
    limit: float = 0.0
    alb_limit: float | None = None  # set by physics while ALB is active
    setpoint: float | None = None
    setpoint_at: float = 0.0
    phases_setting: int = 3
    session_started: float | None = None
    paused_until: float | None = None

    @property
    def mode3(self) -> Mode3State:
        if self.ev is None:
            return Mode3State.A
        return Mode3State.C2 if any(c > 0.05 for c in self.currents) else Mode3State.B2

    @property
    def main_state(self) -> MainState:
        if self.ev is None:
            return MainState.AVAILABLE
        if self.mode3 is Mode3State.C2:
            return MainState.CHARGING
        if self.limit < self.ev.min_current:
            return MainState.POWER_OFF_CURRENT_TOO_LOW
        return MainState.EV_CONNECTED


def licence_key_for(device_id: str, bits: int) -> LicenceKey:
    """The key the simulated vendor would sell for `bits` on this device (our own scheme).

    The real derivation is the vendor's secret; the simulator's is: 8 hex digits of the
    feature bits, then 16 of a SHA-256 over device id and bits.
    """
    digest = hashlib.sha256(f"{device_id}:{bits:08X}".encode()).hexdigest().upper()
    return LicenceKey.parse(f"{bits:08X}{digest[:16]}")


def bits_from_key(device_id: str, key: LicenceKey) -> int | None:
    """The bits a key unlocks on this device, or None when the key is not for it."""
    digits = key.text.replace(".", "")
    bits = int(digits[:8], 16)
    return bits if licence_key_for(device_id, bits) == key else None


class SimCharger:
    """One simulated NG9xx charger."""

    def __init__(
        self,
        *,
        serial: str,
        model: str = "NG910-60027",
        firmware: str = "7.4.5-4415",
        sockets: int = 1,
        password: str = "",
        licence_bits: int = 0,
        phases: int = 3,
        wiring: list[PhaseMapping] | None = None,
        initial: dict[str, Value] | None = None,
        reboot_seconds: float = 3.0,
        clock: SimClock | None = None,
    ) -> None:
        self.clock = clock or SimClock()
        self.serial = serial
        self.password = password
        self.reboot_seconds = reboot_seconds
        self.phases = phases
        wiring = wiring or [PhaseMapping.L1L2L3 if phases == 3 else PhaseMapping.L1] * sockets
        self.sockets = [SimSocket(n + 1, wiring[n], phases_setting=phases) for n in range(sockets)]
        self.values: dict[PropertyId, Value] = {s.id: s.default for s in specs_for(sockets)}
        self.pending: dict[PropertyId, Value] = {}
        self.booted_at = self.clock.now()
        self.offline_until = -1.0
        # SCN maximum current per grid phase written by an EMS over Modbus (1417..1421).
        self.scn_modbus_limits: list[float | None] = [None, None, None]
        self.scn_modbus_limits_at: list[float] = [0.0, 0.0, 0.0]
        self.boot_count = 1
        self.clock_offset_ms = 0  # what a client's clock write put between it and true UTC
        self.ocpp_state: int | None = None  # boot state set by a back-office link, if any
        # event log, transactions, RFID tags, stamped by the charger's own clock
        self.events = ChargerEvents(
            serial, now=lambda: datetime.fromtimestamp(self.clock_ms() / 1000, UTC)
        )
        self._set_identity(model, firmware, sockets, licence_bits, phases)
        for key, value in (initial or {}).items():
            pid = P(key)
            self.values[pid] = coerce(self.spec(pid).type, value, name=key)

    def _set_identity(
        self, model: str, firmware: str, sockets: int, bits: int, phases: int
    ) -> None:
        v = self.values
        v[P("2050_0")] = model
        v[P("100A_0")] = firmware
        v[P("2051_0")] = self.serial
        v[P("205E_0")] = sockets
        v[P("204F_0")] = 2 if phases == 3 else 0
        v[P("1008_0")] = f"Eve {self.serial}"
        v[P("2053_0")] = self.serial.upper()
        v[P("2052_1")] = "00:03:5A:" + ":".join(self.serial[-6:][i : i + 2] for i in (0, 2, 4))
        v[LICENCE_DEVICE] = hashlib.sha1(self.serial.encode()).hexdigest()[:16].upper()
        v[LICENCE_BITS] = bits
        v[P("2189_0")] = phases
        v[P("2069_0")] = "L1L2L3" if phases == 3 else "L1"

    # --- identity -----------------------------------------------------------------------------

    @property
    def model(self) -> str:
        return str(self.values[P("2050_0")])

    @property
    def firmware(self) -> str:
        return str(self.values[P("100A_0")])

    @property
    def licence_bits(self) -> int:
        return int(self.values[LICENCE_BITS])  # type: ignore[arg-type]

    def has(self, feature: Feature) -> bool:
        return bool(self.licence_bits & feature)

    def info(self) -> dict[str, object]:
        """The body of `/api/info`."""
        return {
            "ObjectId": self.serial,
            "Model": self.model,
            "Identity": self.values[P("2053_0")],
            "FWVersion": self.firmware,
            "Type": f"{len(self.sockets)}.0.1",
        }

    # --- properties ---------------------------------------------------------------------------

    def spec(self, pid: PropertyId) -> PropertySpec:
        if pid not in self.values:
            raise UnknownProperty(f"Property {pid} does not exist on this charger.")
        return CATALOGUE[pid]

    def get(self, pid: PropertyId) -> Value:
        """A property as a client reads it (HTTPS or Modbus), live values brought up to date."""
        self.spec(pid)
        self._refresh_live(pid)
        if pid == OCPP_BOOT_STATE:
            return self._ocpp_boot_state()
        return self.values[pid]

    def _ocpp_boot_state(self) -> Value:
        """3600_1: a code set on the charger wins; else what its OCPP link last heard; else
        (no link) 2 (accepted) once a back-office URL is set and 0 (none) without one.

        Codes as app/core/ocpp.py reads them (OCPP 1.6 registration status: 0 none, 1 pending,
        2 accepted, 3 rejected); the vendor does not document its own.
        """
        stored = self.values.get(OCPP_BOOT_STATE, 0)
        if stored:
            return stored
        if self.ocpp_state is not None:  # a real OCPP link runs (app/sim/alfen/ocpp_link.py)
            return self.ocpp_state
        url = self.values.get(BACK_OFFICE_URL, "")
        return 2 if isinstance(url, str) and url.strip() else 0

    def write(self, pid: PropertyId, raw: object) -> bool:
        """A client write; returns True when the charger will reboot by itself afterwards."""
        spec = self.spec(pid)
        if not spec.access.writable:
            raise ReadOnlyProperty(f"Property {pid} ({spec.name}) is read-only.")
        value = coerce(spec.type, raw, name=str(pid))
        if (
            spec.type.is_real
            and spec.maximum is not None
            and not (
                (spec.minimum or 0) <= float(value) <= spec.maximum  # type: ignore[arg-type]
            )
        ):
            raise InvalidInput(f"{pid}: {value} is outside {spec.minimum}…{spec.maximum}.")
        self.events.written(pid.wire)
        if pid == LICENCE_KEY:
            return self._apply_licence(str(value))
        if pid == CLOCK:
            self.set_clock_ms(int(value))  # type: ignore[call-overload]
            return False
        if spec.reboot:
            self.pending[pid] = value
            return False
        self.values[pid] = value
        return False

    def _apply_licence(self, text: str) -> bool:
        key = LicenceKey.parse(text)
        bits = bits_from_key(str(self.values[LICENCE_DEVICE]), key)
        if bits is None:
            raise InvalidInput(f"Licence key {key} is not valid for this charger.")
        self.values[LICENCE_KEY] = key.text
        self.pending[LICENCE_BITS] = self.licence_bits | bits
        return True

    def _refresh_live(self, pid: PropertyId) -> None:
        now = self.clock.now()
        if pid == P("2060_0"):
            self.values[pid] = int((now - self.booted_at) * 1000)
        elif pid == CLOCK:
            self.values[pid] = self.clock_ms()

    def clock_ms(self) -> int:
        """The charger's clock (2059_0): true UTC in ms, shifted by what a client last set."""
        return int(time.time() * 1000) + self.clock_offset_ms

    def set_clock_ms(self, value: int) -> None:
        """A clock write (2059_0, or the `date` command): the clock runs on from `value`."""
        self.clock_offset_ms = value - int(time.time() * 1000)
        self.values[CLOCK] = value

    # --- reboot -------------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self.clock.now() >= self.offline_until

    def start_reboot(self, seconds: float | None = None) -> None:
        """Go offline now; `finish_reboot` runs when the time is up (the server schedules it)."""
        self.offline_until = self.clock.now() + (
            self.reboot_seconds if seconds is None else seconds
        )
        self.events.rebooting(self.clock.now())
        for socket in self.sockets:
            socket.currents = [0.0, 0.0, 0.0]
            socket.session_started = None

    def finish_reboot(self) -> None:
        """Apply pending settings, reset RAM-only values and uptime; online from now on (a
        timer may end the reboot a little before its time: Qt's coarse timers fire up to 5 %
        early)."""
        self.offline_until = min(self.offline_until, self.clock.now())
        self.values.update(self.pending)
        self.pending.clear()
        for pid in (P("212A_0"), P("312A_0")):
            if pid in self.values:
                self.values[pid] = CATALOGUE[pid].default
        self.booted_at = self.clock.now()
        self.boot_count += 1
        self.values[P("2056_0")] = self.boot_count
        self.events.booted(self.boot_count, self.firmware)

    # --- sockets ------------------------------------------------------------------------------

    def socket(self, number: int) -> SimSocket:
        if not 1 <= number <= len(self.sockets):
            raise InvalidInput(f"Charger {self.serial} has no socket {number}.")
        return self.sockets[number - 1]

    def plug(self, number: int, ev: SimEV) -> None:
        socket = self.socket(number)
        socket.ev = ev
        socket.session_started = self.clock.now()
        self.events.session_started(number, socket.session_started)

    def unplug(self, number: int) -> None:
        socket = self.socket(number)
        self.events.session_stopped(number, self.clock.now(), sum(socket.currents))
        socket.ev = None
        socket.currents = [0.0, 0.0, 0.0]
        socket.session_started = None

    def modbus_limit(self, socket: SimSocket) -> float | None:
        """The limit an EMS imposes through register 1210, or None when no EMS has written one.

        Without a fresh setpoint within the validity time (2530_4) the socket falls back to the
        ALB safe current (2068_0), as the vendor guide describes for EMS control.
        """
        if socket.setpoint is None:
            return None
        validity = float(self.values[P("2530_4")])  # type: ignore[arg-type]
        if self.clock.now() - socket.setpoint_at <= validity:
            return socket.setpoint
        return float(self.values[P("2068_0")])  # type: ignore[arg-type]

    def scn_modbus_limit(self, phase: int) -> float | None:
        """The SCN maximum current an EMS imposes on grid phase 1..3, or None if none written.

        Same validity rule as `modbus_limit`; after it the SCN falls back to its safe current.
        """
        limit = self.scn_modbus_limits[phase - 1]
        if limit is None:
            return None
        validity = float(self.values[P("2530_4")])  # type: ignore[arg-type]
        if self.clock.now() - self.scn_modbus_limits_at[phase - 1] <= validity:
            return limit
        return self.scn_safe_current()

    def scn_safe_current(self) -> float:
        """Safe current in an SCN (2180_6), or the ALB safe current (2068_0) outside one."""
        if self.values[P("2180_1")]:
            return float(self.values[P("2180_6")])  # type: ignore[arg-type]
        return float(self.values[P("2068_0")])  # type: ignore[arg-type]

    def set_float(self, pid: str, value: float) -> None:
        """Physics and Modbus update a read-only live value."""
        key = P(pid)
        if key in self.values and CATALOGUE[key].type is WireType.F32:
            self.values[key] = float(value)
