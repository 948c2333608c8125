"""A recorded window of live channels as per-phase matrices, for the analyses.

Apart from app/core/channels.py (names and kinds of channels) because it needs numpy, which a
command that only reads settings should not have to load.
"""

from __future__ import annotations

import math

import numpy as np

from app.core.channels import (
    PHASES,
    balancing_current,
    meter_current,
    meter_power,
    socket_current,
)
from app.core.series import FloatArray, Window


def meter_matrix(window: Window) -> FloatArray:
    """Grid-meter current per grid phase (3, n), signed by the meter's power when it has one.

    Falls back to the load-balancing currents where the meter channels have no value.
    """
    rows = []
    for p in PHASES:
        amps = window.column(meter_current(p)) if window.has(meter_current(p)) else None
        if amps is None or not np.isfinite(amps).any():
            name = balancing_current(p)
            amps = window.column(name) if window.has(name) else np.full(len(window), np.nan)
        power = window.column(meter_power(p)) if window.has(meter_power(p)) else None
        if power is not None:
            sign = np.where(np.isfinite(power) & (np.abs(power) > 10.0), np.sign(power), 1.0)
            amps = np.abs(amps) * sign
        rows.append(amps)
    return np.array(rows)


def socket_matrix(window: Window, socket: int) -> FloatArray:
    """The socket's current per charger phase (3, n)."""
    return np.array([window.column(socket_current(socket, k)) for k in PHASES])


def phase_means(matrix: FloatArray, mask: FloatArray) -> tuple[float, float, float]:
    """Mean of each row's finite values where `mask`; NaN where none."""
    out = []
    for row in matrix:
        chosen = row[mask.astype(bool)]
        chosen = chosen[np.isfinite(chosen)]
        out.append(float(chosen.mean()) if chosen.size else math.nan)
    return out[0], out[1], out[2]
