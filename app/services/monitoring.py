"""Live monitoring of the selected charger: one Poller into a SeriesTable, painted as rows come.

The poller samples at 4 Hz (its own grid); the view is told to repaint as soon as a row
arrived (a sample or a gap), at most REPAINT_HZ times a second: a faster poll is repainted by
a timer at that rate, never per sample. Pausing freezes the view (no repaint signals) while
sampling goes on, so the history has no hole when the installer resumes.
"""

from __future__ import annotations

import asyncio
import csv
import logging
import math
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.channels import METER_LINK, as_float, names
from app.core.errors import CommissionerError
from app.core.series import DEFAULT_HISTORY_S, DEFAULT_RATE_HZ, SeriesTable, Window
from app.core.values import Value
from app.services.sessions import LockedClient, SessionService
from app.services.tasks import TaskSet
from app.workflows.sampling import Poller, PollStats, charger_source, live_channels

log = logging.getLogger(__name__)

REPAINT_HZ = 10
SETTINGS_PERIOD_S = 2.0
# Read every few seconds next to the poll (the driver's `monitor_keys`): the maximum meter
# current and the safe current drawn as lines, and the ALB status flags. A charger whose live
# channels carry no meter-link state (one reading a CT clamp) also gets its load control's
# on/off and its meter link read with them: `settings["control_on"]`, `settings["link"]`.


class MonitoringService(QObject):
    """Owns the poller of the monitored charger; `repaint` fires at most 10 times a second."""

    repaint = Signal()
    started = Signal(str)  # key
    stopped = Signal()
    pausedChanged = Signal(bool)

    def __init__(
        self,
        sessions: SessionService,
        *,
        rate_hz: float = DEFAULT_RATE_HZ,
        history_s: float = DEFAULT_HISTORY_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.rate_hz = rate_hz
        self.history_s = history_s
        self.key: str | None = None
        self.poller: Poller | None = None
        self.paused = False
        self.settings: dict[str, float] = {}
        # Live samples over the driver's Modbus map where its capabilities list one and the
        # session lends its Modbus client (`modbus` on the shared client); else over the API.
        self.prefer_modbus = False
        self.units: dict[str, str] = {}  # the unit of each `settings` name (`W`, `A`, "")
        self._settings_task: asyncio.Task[None] | None = None
        self._rows_task: asyncio.Task[None] | None = None
        self._tasks = TaskSet()
        self._seen_rows = -1.0
        self._last_repaint = -math.inf
        self._timer = QTimer(self)  # the rate cap: repaints a row that came too soon, later
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        sessions.loggedOut.connect(self._logged_out)

    # --- queries ----------------------------------------------------------------------------

    @property
    def table(self) -> SeriesTable | None:
        return self.poller.table if self.poller else None

    @property
    def stats(self) -> PollStats | None:
        return self.poller.stats if self.poller else None

    @property
    def running(self) -> bool:
        return self.poller is not None and self.poller.running

    # --- control ----------------------------------------------------------------------------

    def monitor(self, key: str | None) -> bool:
        """Monitor `key` (logged in) from now on, or nothing; False when it is not logged in."""
        if key == self.key and self.running:
            return True
        self._drop()
        client = self._sessions.shared_client(key) if key else None
        if key is None or client is None:  # not logged in
            return False
        sockets = client.identity.sockets
        table = SeriesTable.for_duration(
            names(live_channels(client, sockets)), self.history_s, self.rate_hz
        )
        self.key = key
        source = charger_source(client, sockets, self._modbus(client))
        self.poller = Poller(source, table, rate_hz=self.rate_hz, name=key)
        self.poller.start()
        self.settings = {}
        self.units = {
            name: client.driver.setting_unit(key)
            for name, key in client.driver.monitor_keys().items()
        }
        self._settings_task = self._tasks.spawn(self._read_settings(client), name=f"limits {key}")
        self._seen_rows = -1.0
        self._rows_task = self._tasks.spawn(self._follow_rows(self.poller), name=f"rows {key}")
        self.started.emit(key)
        return True

    def _modbus(self, client: LockedClient) -> object:
        """The session's Modbus client for the samples, or None (samples over the API; a
        driver may still fall back to Modbus itself when the API stalls)."""
        if not self.prefer_modbus or "modbus" not in client.driver.capabilities.live_transports:
            return None
        return getattr(client, "modbus", None)

    def set_paused(self, paused: bool) -> None:
        if paused != self.paused:
            self.paused = paused
            self.pausedChanged.emit(paused)
            self._seen_rows = -1.0
            if not paused:
                self._row_arrived()

    def _drop(self) -> None:
        poller, self.poller, self.key = self.poller, None, None
        self._timer.stop()
        for task in (self._settings_task, self._rows_task):
            if task is not None:
                task.cancel()
        self._settings_task = self._rows_task = None
        if poller is not None:
            self._tasks.spawn(poller.stop(), name=f"stop monitoring {poller.name}")
            self.stopped.emit()

    async def stop(self) -> None:
        """Stop sampling (the history is dropped with the poller)."""
        poller = self.poller
        self._drop()
        if poller is not None:
            await poller.stop()

    async def aclose(self) -> None:
        await self.stop()
        await self._tasks.cancel_all()

    async def _read_settings(self, client: LockedClient) -> None:
        driver = client.driver
        keys = driver.monitor_keys()
        sockets = client.identity.sockets
        extra = () if METER_LINK in names(driver.channels(sockets)) else _control_keys(client)
        wanted = list(dict.fromkeys((*keys.values(), *extra)))
        while True:
            try:
                values = await client.read(wanted)
            except CommissionerError as exc:
                log.info("Reading the ALB settings failed: %s", exc)
            else:
                settings = {name: as_float(values.get(key)) for name, key in keys.items()}
                if extra:
                    settings |= _control_state(client, values)
                self.settings = settings
            await asyncio.sleep(SETTINGS_PERIOD_S)

    def _logged_out(self, key: str) -> None:
        if key == self.key:
            self._drop()

    async def _follow_rows(self, poller: Poller) -> None:
        while True:
            await poller.next_row()
            self._row_arrived()

    def _row_arrived(self) -> None:
        """Repaint now, or when the rate cap allows (one pending repaint covers many rows)."""
        wait = self._last_repaint + 1.0 / REPAINT_HZ - time.monotonic()
        if wait <= 0:
            self._tick()
        elif not self._timer.isActive():
            self._timer.start(math.ceil(wait * 1000))

    def _tick(self) -> None:
        table = self.table
        if table is None or self.paused:
            return
        marker = table.last_time
        stamp = -1.0 if marker is None else marker + len(table)
        if stamp != self._seen_rows:
            self._seen_rows = stamp
            self._last_repaint = time.monotonic()
            self.repaint.emit()


def _control_keys(client: LockedClient) -> tuple[str, ...]:
    driver = client.driver
    return (*driver.alb_config_keys(), *driver.meter_view_keys())


def _control_state(client: LockedClient, values: dict[str, Value]) -> dict[str, float]:
    """Load control on (1) or off (0) and the meter link's neutral state, from a read."""
    out = {"control_on": math.nan, "link": math.nan}
    try:
        out["control_on"] = float(client.driver.alb_config(values, 1).on)
        link = client.driver.meter_view(values).link_state
        out["link"] = math.nan if link is None else float(link)
    except CommissionerError as exc:
        log.info("The load-control settings read oddly: %s", exc)
    return out


def export_csv(window: Window, path: Path) -> int:
    """Write `window` as CSV (time in seconds from its first row, one column per channel)."""
    t0 = float(window.t[0]) if len(window) else 0.0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["t_s", *window.names])
        for i in range(len(window)):
            row = [f"{window.t[i] - t0:.3f}"]
            row += ["" if math.isnan(v) else f"{v:g}" for v in window.values[i]]
            writer.writerow(row)
    return len(window)
