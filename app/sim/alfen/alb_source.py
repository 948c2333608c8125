"""Each simulated charger reads its ALB source as a client, as a real charger does.

At every boot the reader takes the source from the charger's properties
(app/sim/alfen/alb_config.py) and then, until the next reboot:
- Modbus TCP (5217_0 = 4): reads the meter at 2523_4:2523_5, unit 2523_6, through the
  charger's OWN register map (2570_0–2574_3 → a preset) every `poll_seconds` of site time;
- P1 (5217_0 = 5, 2191_1 = 1): reads DSMR telegrams from 2191_2:2191_3 as they arrive;
- Modbus RTU (5217_0 = 6): reads the meter on its RS-485 port (`rs485`, a cable the site
  wires to its RS-485 meter) as for TCP, with the RTU settings (app/sim/alfen/alb_rtu.py);
- TIC (5217_0 = 7): reads the frames of the TIC meter it is wired to (`tic_line`, set by
  app/sim/tic_site.py), as app/sim/alfen/tic_alb.py describes.

What it hears goes into the charger's `SourceFeed` (physics balances on it) and into the
properties the installer sees:

- 2540_0, Modbus (TCP or RTU) link state: 0 idle (no Modbus meter), 1 initialising (no answer yet
  since boot), 2 normal, 3 warning (last poll failed, reading still fresh), 4 error (quiet, or
  settings unusable);
- 212E_1, P1 read status (the simulator's codes): 0 not in use, 1 receiving, 2 no telegrams,
  3 last telegram damaged (CRC); 212E_2 / 212E_3 DSMR version (`5.0`) / time of the last
  telegram, seconds since the epoch;
- 212F_1..3: the per-phase currents ALB works with, signed by the phase's power (any source);
- 5221_*: the smart-meter block as received (sub = measurand index + 3), 0 for what the source
  does not give.

A source quiet for longer than the feed's quiet time shows zeros and an error state, and the
charger's ALB falls back to its safe current.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Callable, Mapping

from app.core.errors import CommissionerError
from app.core.measurands import Kind, Measurand, phase_measurand
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.alb import DEFAULT_QUIET_SECONDS, SourceFeed
from app.sim.alfen.alb_config import SourceConfig, SourceKind, read_config
from app.sim.alfen.alb_rtu import follow_rtu
from app.sim.alfen.charger import SimCharger
from app.sim.p1_telegram import parse_telegram
from app.sim.physics import LiveSite
from app.sim.rtu_line import RtuLine
from app.transports.meter_reader import MeterAddress, MeterReader, ModbusLink

log = logging.getLogger(__name__)

MODBUS_IDLE, MODBUS_INIT, MODBUS_NORMAL, MODBUS_WARNING, MODBUS_ERROR = range(5)
P1_NOT_USED, P1_RECEIVING, P1_NO_DATA, P1_BAD_TELEGRAM = range(4)
MIN_TIMEOUT = 0.3  # real seconds: a loopback request slower than this is a lost poll
LINK_STATE, P1_STATUS, P1_VERSION, P1_TIME = (
    PropertyId.parse(p) for p in ("2540_0", "212E_1", "212E_2", "212E_3")
)
_LAST_METER_SUB = int(Measurand.E_EXPORT_TOTAL)  # 5221 stops at sub 0x26
LinkFactory = Callable[[float], ModbusLink]  # a new link to the meter, given its timeout


def alb_currents(values: Mapping[Measurand, float]) -> tuple[float, float, float]:
    """Per-phase currents for ALB: signed by the phase's power when the source gives it."""
    result = []
    for phase in (1, 2, 3):
        current = values.get(phase_measurand(Kind.CURRENT, phase), 0.0)
        power = values.get(phase_measurand(Kind.POWER, phase))
        if power is not None and power != 0.0:
            current = math.copysign(abs(current), power)
        result.append(current)
    return result[0], result[1], result[2]


def publish_values(charger: SimCharger, values: Mapping[Measurand, float], now: float) -> None:
    """Write 5221_* and 212F_1..3 from what the source reported (empty: all zeros)."""
    full = dict(values)
    currents = alb_currents(values)
    if values:
        full.setdefault(Measurand.I_SUM, math.fsum(abs(c) for c in currents))
        powers = [values.get(phase_measurand(Kind.POWER, p), 0.0) for p in (1, 2, 3)]
        full.setdefault(Measurand.P_TOTAL, math.fsum(powers))
    for measurand in Measurand:
        pid = PropertyId(0x5221, int(measurand) + 3)
        if int(measurand) <= _LAST_METER_SUB and pid in charger.values:
            charger.values[pid] = round(full.get(measurand, 0.0), 3)
    charger.set_float("5221_1", now)
    for phase, current in enumerate(currents, start=1):
        charger.set_float(f"212F_{phase}", round(current, 3))


class SourceReader:
    """The ALB source reader of one charger; owns its task, every await bounded."""

    def __init__(self, charger: SimCharger, feed: SourceFeed, *, poll_seconds: float = 1.0):
        self.charger = charger
        self.feed = feed
        self.poll_seconds = poll_seconds
        self.config = SourceConfig()
        self.configured_at_boot = 0  # boot count the config was read at
        self.rs485: RtuLine | None = None  # the cable on its RS-485 port, if the site has one
        self.tic_line = ""  # host:port of the site's TIC meter this charger is wired to
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    # --- timing ---------------------------------------------------------------------------------

    def _now(self) -> float:
        return self.charger.clock.now()

    def _poll(self) -> float:
        """The poll interval in real seconds."""
        return max(0.005, self.charger.clock.real_seconds(self.poll_seconds))

    def _timeout(self) -> float:
        return max(MIN_TIMEOUT, min(1.0, self.charger.clock.real_seconds(self.poll_seconds)))

    def _same_boot(self, boot: int) -> bool:
        return self.charger.online and self.charger.boot_count == boot

    # --- the loop -------------------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            await self._wait_while(lambda: not self.charger.online)
            boot = self.charger.boot_count
            self.config, self.configured_at_boot = read_config(self.charger), boot
            log.info("charger %s: ALB source %s", self.charger.serial, self.config.describe())
            self.feed.clear()
            try:
                await self._follow(self.config, boot)
            except Exception:  # one failed boot must not stop the reader
                log.exception("charger %s: ALB source reader failed", self.charger.serial)
                await asyncio.sleep(self._poll())

    async def _follow(self, config: SourceConfig, boot: int) -> None:
        """Read the source until the charger reboots."""
        if config.kind is SourceKind.MODBUS and not config.problem:
            await self._follow_modbus(config, boot)
        elif config.kind is SourceKind.P1 and not config.problem:
            await self._follow_p1(config, boot)
        elif config.kind is SourceKind.RTU and not config.problem:
            await follow_rtu(self, config, boot)
        elif config.kind is SourceKind.TIC and self.tic_line:
            from app.sim.alfen.tic_alb import follow_tic  # it builds on this module

            await follow_tic(self, self.tic_line, boot)
        else:
            self._show(config)
            await self._wait_while(lambda: self._same_boot(boot))

    async def _wait_while(self, condition: Callable[[], bool]) -> None:
        """Poll `condition` once per poll interval until it is false (clock-driven state)."""
        while True:
            if not condition():
                return
            await asyncio.sleep(self._poll())

    def _show(self, config: SourceConfig) -> None:
        """Link state and values for a source that is absent or cannot be used."""
        modbus = config.kind in (SourceKind.MODBUS, SourceKind.RTU)
        self.charger.values[LINK_STATE] = MODBUS_ERROR if modbus else MODBUS_IDLE
        p1 = config.kind in (SourceKind.P1, SourceKind.TIC)
        self.charger.values[P1_STATUS] = P1_NO_DATA if p1 else P1_NOT_USED
        publish_values(self.charger, {}, self._now())

    def _heard(self, values: Mapping[Measurand, float]) -> None:
        self.feed.update(alb_currents(values), self._now())
        publish_values(self.charger, values, self._now())

    def _quiet(self) -> bool:
        """True (and the values zeroed) when the source has been quiet too long."""
        if self.feed.fresh(self._now()) is not None:
            return False
        publish_values(self.charger, {}, self._now())
        return True

    # --- Modbus TCP -----------------------------------------------------------------------------

    async def _follow_modbus(
        self, config: SourceConfig, boot: int, open_link: LinkFactory | None = None
    ) -> None:
        """Poll the meter until the charger reboots; `open_link(timeout)` makes the link."""
        assert config.preset is not None
        address = MeterAddress(host=config.host, port=config.port, framing=config.framing)
        started, heard = self._now(), False
        reader: MeterReader | None = None
        try:
            while self._same_boot(boot):
                ok = False
                try:
                    if reader is None:
                        link = (
                            open_link(self._timeout())
                            if open_link is not None
                            else ModbusLink(address, timeout=self._timeout(), retries=0)
                        )
                        fresh = MeterReader(link, config.preset, unit=config.unit)
                        await link.connect()  # closes the link itself when it fails
                        reader = fresh
                    self._heard((await reader.read()).values)
                    ok = heard = True
                except CommissionerError as exc:
                    log.debug("charger %s: meter poll failed: %s", self.charger.serial, exc)
                    if reader is not None:
                        reader.link.close()
                    reader = None
                self._show_modbus(ok, heard, started)
                await asyncio.sleep(self._poll())
        finally:
            if reader is not None:
                reader.link.close()

    def _show_modbus(self, ok: bool, heard: bool, started: float) -> None:
        if ok:
            state = MODBUS_NORMAL
        elif not self._quiet():
            state = MODBUS_WARNING
        elif not heard and self._now() - started < self.feed.quiet_seconds:
            state = MODBUS_INIT
        else:
            state = MODBUS_ERROR
        self.charger.values[LINK_STATE] = state
        self.charger.values[P1_STATUS] = P1_NOT_USED

    # --- P1 over TCP ----------------------------------------------------------------------------

    async def _follow_p1(self, config: SourceConfig, boot: int) -> None:
        self.charger.values[LINK_STATE] = MODBUS_IDLE
        self.charger.values[P1_STATUS] = P1_NO_DATA
        while self._same_boot(boot):
            try:
                async with asyncio.timeout(self._timeout() + 1.0):
                    reader, writer = await asyncio.open_connection(config.host, config.port)
            except (OSError, TimeoutError) as exc:
                log.debug("charger %s: no P1 stream: %s", self.charger.serial, exc)
                self._show_p1_quiet()
                await asyncio.sleep(self._poll())
                continue
            try:
                await self._read_telegrams(reader, boot)
            finally:
                writer.close()
                with contextlib.suppress(OSError, TimeoutError):
                    async with asyncio.timeout(1.0):
                        await writer.wait_closed()
            await asyncio.sleep(self._poll())

    async def _read_telegrams(self, reader: asyncio.StreamReader, boot: int) -> None:
        """Collect lines from `/` to `!CRC`; return when the stream ends or the charger reboots."""
        lines: list[str] = []
        while self._same_boot(boot):
            try:
                async with asyncio.timeout(self._poll()):
                    raw = await reader.readline()
            except TimeoutError:
                self._show_p1_quiet()
                continue
            except (OSError, ValueError):  # reset, or a line longer than the stream's limit
                return
            if not raw:
                return
            line = raw.decode("ascii", errors="replace")
            if line.startswith("/"):
                lines = []
            lines.append(line)
            if line.startswith("!"):
                self._telegram("".join(lines))
                lines = []

    def _telegram(self, text: str) -> None:
        try:
            telegram = parse_telegram(text)
            values = telegram.measurands()
        except CommissionerError as exc:
            log.debug("charger %s: P1 telegram rejected: %s", self.charger.serial, exc)
            self._quiet()
            self.charger.values[P1_STATUS] = P1_BAD_TELEGRAM
            return
        self._heard(values)
        self.charger.values[P1_STATUS] = P1_RECEIVING
        self.charger.values[P1_VERSION] = telegram.version
        self.charger.values[P1_TIME] = telegram.timestamp

    def _show_p1_quiet(self) -> None:
        if self._quiet():
            self.charger.values[P1_STATUS] = P1_NO_DATA


class AlbSources:
    """One `SourceReader` per charger of a live site, each feeding `site.alb_feeds[serial]`."""

    def __init__(
        self,
        site: LiveSite,
        *,
        poll_seconds: float = 1.0,
        quiet_seconds: float = DEFAULT_QUIET_SECONDS,
    ) -> None:
        self.readers: dict[str, SourceReader] = {}
        for charger in site.chargers:
            feed = site.alb_feeds.setdefault(charger.serial, SourceFeed())
            feed.quiet_seconds = quiet_seconds
            self.readers[charger.serial] = SourceReader(charger, feed, poll_seconds=poll_seconds)

    def wire_tic(self, line: str) -> None:
        """Wire every charger's TIC input to the site's TIC meter at `line` (host:port)."""
        for reader in self.readers.values():
            reader.tic_line = line

    async def start(self) -> None:
        for reader in self.readers.values():
            await reader.start()

    async def stop(self) -> None:
        await asyncio.gather(*(r.stop() for r in self.readers.values()))
