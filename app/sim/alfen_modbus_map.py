"""Placeholder: the Alfen Modbus slave map (device-protocols.md §2.6) lands from another branch.

The runner serves whatever models this returns; this stub serves none, so the Modbus port
answers every request with an exception until the real map is merged.
"""

from __future__ import annotations

from app.sim.charger import SimCharger
from app.sim.modbus_server import RegisterModel


def charger_models(charger: SimCharger) -> dict[int, RegisterModel]:
    """Unit id → register model for one charger (stub: none)."""
    return {}
