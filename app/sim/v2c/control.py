"""The Trydan's part of the site's control API (app/sim/control.py): its switchable quirks.

Each kind names one field quirk `TrydanFaults` models; `on` (default true) switches it, `stall`
takes `seconds` (0 ends it) and `refuse_write` the `text` the next write answers instead of `OK`.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.errors import InvalidInput
from app.sim.v2c.model import TrydanFaults

TRYDAN_FAULT_KINDS = {
    "misspelt_l1": "Trydan: RealTimeData spells `IntensityMeasure_L1y` (`on`)",
    "missing_comma": "Trydan: RealTimeData lacks the comma after `ID` (`on`)",
    "stall": "Trydan: every RealTimeData reply waits `seconds` (real time; 0 ends it)",
    "stuck_contracted_power": "Trydan: `ContractedPower` stays 4600, writes answer OK (`on`)",
    "odd_voltage": "Trydan: `VoltageInstallation` reads 298 (`on`)",
    "refuse_write": "Trydan: the next write answers `text` instead of OK",
}


def switch_fault(
    faults: TrydanFaults,
    kind: str,
    flag: Callable[[], bool],
    seconds: Callable[[], float],
    text: Callable[[], str],
) -> None:
    """Set one quirk; the callables read the request's fields (each checked there)."""
    if kind not in TRYDAN_FAULT_KINDS:
        known = ", ".join(TRYDAN_FAULT_KINDS)
        raise InvalidInput(f"Fault {kind!r} does not apply to a Trydan; its faults: {known}.")
    if kind == "stall":
        faults.stall_seconds = seconds()
    elif kind == "refuse_write":
        faults.refuse_next_write = text()
    else:
        setattr(faults, kind, flag())
