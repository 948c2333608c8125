"""`[[charger_groups]]` in a site template: many like chargers in a few lines (car parks).

    [[charger_groups]]
    count = 48                  # 1 … 128 chargers
    serial_prefix = "parka"     # serials parka0001, parka0002, …
    password = "…"              # simulated chargers only
    wiring = "rotate"           # installed as the SCN advice says (guide §6.4), or a list
    rotation_start = 0          # index of the group's first socket in that rotation
    licence = ["SCN"]           # every other [[chargers]] field applies to each charger

A group becomes ordinary charger tables, checked like any `[[chargers]]` entry; errors name
the group and the charger (`charger_groups[0] #3.wiring`).
"""

from __future__ import annotations

import re
from typing import Any

from app.core.errors import InvalidInput
from app.core.scn import recommended_mapping

MAX_COUNT = 128
ROTATE = "rotate"
_PREFIX_RE = re.compile(r"^[a-z0-9]{1,12}$")


def group_tables(groups: list[Any], source: str, grid_phases: int) -> list[tuple[str, object]]:
    """(where, charger table) for every charger of every group, in order."""
    out: list[tuple[str, object]] = []
    for g, group in enumerate(groups):
        where = f"charger_groups[{g}]"
        if not isinstance(group, dict):
            raise InvalidInput(f"{source}: {where}: expected a table")
        out.extend(_expand(dict(group), f"{source}: {where}", where, grid_phases))
    return out


def _expand(
    group: dict[str, Any], prefix_text: str, where: str, grid_phases: int
) -> list[tuple[str, object]]:
    count = group.pop("count", None)
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_COUNT:
        raise InvalidInput(f"{prefix_text}.count: expected a whole number 1…{MAX_COUNT}")
    prefix = group.pop("serial_prefix", None)
    if not isinstance(prefix, str) or not _PREFIX_RE.match(prefix):
        raise InvalidInput(
            f"{prefix_text}.serial_prefix: expected 1–12 lower-case letters and digits"
        )
    for port in ("https_port", "modbus_port"):
        if group.get(port, 0) != 0:
            raise InvalidInput(f"{prefix_text}.{port}: chargers of a group take any free port (0)")
    start = group.pop("rotation_start", 0)
    if not isinstance(start, int) or isinstance(start, bool) or start < 0:
        raise InvalidInput(f"{prefix_text}.rotation_start: expected a whole number from 0")
    rotate = group.get("wiring") == ROTATE
    sockets = group.get("sockets", 1)
    phases = group.get("phases", 3)
    out: list[tuple[str, object]] = []
    for n in range(count):
        table = {**group, "serial": f"{prefix}{n + 1:04d}"}
        if rotate and isinstance(sockets, int) and isinstance(phases, int):
            table["wiring"] = [
                recommended_mapping(start + n * sockets + s, phases, grid_phases).value
                or ("L1L2L3" if phases == 3 else "L1")
                for s in range(sockets)
            ]
        out.append((f"{where} #{n + 1}", table))
    return out
