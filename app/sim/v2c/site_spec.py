"""A Trydan in a site template: a `[[chargers]]` table with `driver = "v2c"`.

    [[chargers]]
    driver = "v2c"
    serial = "V2C0012345"      # the charger's ID, 4–20 letters and digits
    firmware = "2.4.3"
    phases = 3                 # how it is wired to the grid: 1 or 3
    wiring = "L1L2L3"          # its L1..L3 on the grid's phases (one mapping: one socket)
    http_port = 0              # 0: any free port on 127.0.0.1
    modbus_port = 0

    [chargers.settings]        # initial values of the writable keywords, checked like a write
    Dynamic = 1
    ContractedPower = 6900

Read by app/sim/site.py, which hands each such table over with its field reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.errors import InvalidInput
from app.core.phases import PhaseMapping
from app.core.text_input import shown
from app.sim.v2c.model import MODBUS_ONLY, RANGES, TrydanModel

if TYPE_CHECKING:
    from app.sim.site import _Fields

_ID_RE = re.compile(r"^[A-Za-z0-9]{4,20}$")
FIELDS = (
    *("driver", "serial", "model", "firmware", "phases", "wiring", "settings"),
    *("http_port", "modbus_port"),
)


@dataclass(frozen=True)
class TrydanSpec:
    serial: str
    model: str = "Trydan"
    firmware: str = "2.4.3"
    phases: int = 3
    wiring: PhaseMapping = PhaseMapping.L1L2L3
    settings: dict[str, int] = field(default_factory=dict)
    http_port: int = 0
    modbus_port: int = 0


def trydan_spec(f: _Fields) -> TrydanSpec:
    """Validate one Trydan table; every problem names the file and the field."""
    f.only(*FIELDS)
    serial = str(f.get("serial", str))
    if not _ID_RE.match(serial):
        raise f.error("serial", f"expected 4–20 letters and digits, got {serial!r}")
    phases = f.whole("phases", 3, (1, 3))
    return TrydanSpec(
        serial=serial,
        model=str(f.get("model", str, "Trydan")),
        firmware=str(f.get("firmware", str, "2.4.3")),
        phases=phases,
        wiring=_wiring(f, phases),
        settings=_settings(f),
        http_port=int(f.number("http_port", 0, 0, 65535)),
        modbus_port=int(f.number("modbus_port", 0, 0, 65535)),
    )


def _wiring(f: _Fields, phases: int) -> PhaseMapping:
    text = f.get("wiring", str, "L1L2L3" if phases == 3 else "L1")
    try:
        mapping = PhaseMapping.parse(str(text))
    except InvalidInput as exc:
        raise f.error("wiring", str(exc)) from None
    if mapping.phases != phases:
        raise f.error("wiring", f"{mapping.value} has {mapping.phases} phases, not {phases}")
    return mapping


def _settings(f: _Fields) -> dict[str, int]:
    table = f.get("settings", dict, {})
    assert isinstance(table, dict)
    probe = TrydanModel(clock=lambda: 0.0)
    values: dict[str, int] = {}
    for key, raw in table.items():
        where = f"settings.{key}"
        if key not in RANGES and key not in MODBUS_ONLY:
            known = ", ".join([*RANGES, *MODBUS_ONLY])
            raise f.error(where, f"not a writable keyword (known: {known})")
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise f.error(where, f"expected a whole number, got {shown(raw)}")
        if not probe.write(key, raw):
            raise f.error(where, f"the charger refuses {raw}")
        values[key] = raw
    return values
