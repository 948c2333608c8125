"""What the hair-dryer test and the phase probe share: the charger's ALB settings as found and
the poller that records the live channels while they run.

The series helpers both use work on channel names: `is_charging` lives in `app.core.channels`,
`meter_matrix`, `socket_matrix` and `phase_means` in `app.core.channel_series`.
"""

from __future__ import annotations

import asyncio
import math

from app.core.channels import names
from app.core.series import SeriesTable, Window, capacity_for
from app.core.verification import AlbConfig
from app.drivers.base import SettingsAccess
from app.workflows.sampling import Poller, charger_source, live_channels

HISTORY_S = 3600  # a test records at most this long


async def read_config(client: SettingsAccess, socket: int) -> AlbConfig:
    """Read the settings the tests need in one go, as the charger's driver names them."""
    driver = client.driver
    return driver.alb_config(await client.read(driver.alb_config_keys()), socket)


def recording_poller(
    client: SettingsAccess, sockets: int, *, rate_hz: float, name: str, modbus: object = None
) -> Poller:
    """A poller of every live channel into a table holding a whole test."""
    table = SeriesTable(names(live_channels(client, sockets)), capacity_for(HISTORY_S, rate_hz))
    return Poller(charger_source(client, sockets, modbus), table, rate_hz=rate_hz, name=name)


async def warm_up(poller: Poller, seconds: float, timeout: float) -> Window:
    """The rows of `seconds` counted from the poller's first reading, which on a slow link comes
    late: a fixed wait from the poller's start could leave the window empty."""
    await poller.wait_for(_has_reading, timeout, "a first reading")
    since = poller.clock()
    await asyncio.sleep(seconds)
    return poller.table.window(since, poller.clock())


def _has_reading(row: dict[str, float]) -> bool:
    return any(math.isfinite(value) for value in row.values())
