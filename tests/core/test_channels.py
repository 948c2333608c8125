"""Channel names and the series helpers the analyses share."""

from __future__ import annotations

import math

import numpy as np

from app.core.channel_series import meter_matrix, phase_means, socket_matrix
from app.core.channels import (
    balancing_current,
    is_charging,
    meter_current,
    meter_power,
    socket_current,
    socket_mode3,
)
from app.core.series import SeriesTable
from app.core.states import Mode3State


def test_names_are_the_stable_column_names() -> None:
    assert (socket_current(2, 3), meter_current(1), balancing_current(2)) == (
        "s2.I3",
        "m.I1",
        "p1.I2",
    )


def test_the_meter_matrix_is_signed_by_power_and_falls_back_on_balancing_currents() -> None:
    cols = [meter_current(1), meter_power(1), balancing_current(2), balancing_current(3)]
    table = SeriesTable([*cols, meter_current(2)], 10)
    table.append(0.0, {cols[0]: 5.0, cols[1]: -1150.0, cols[2]: 3.0, cols[3]: 2.0})
    matrix = meter_matrix(table.window())
    assert matrix[:, 0].tolist() == [-5.0, 3.0, 2.0]


def test_socket_matrix_and_charging() -> None:
    names = [socket_current(1, k) for k in (1, 2, 3)] + [socket_mode3(1)]
    table = SeriesTable(names, 10)
    table.append(0.0, {names[0]: 16.0, names[1]: 15.5, names[2]: math.nan})
    assert socket_matrix(table.window(), 1)[:, 0][:2].tolist() == [16.0, 15.5]
    row = {names[0]: 16.0, names[3]: float(Mode3State.B2)}
    assert not is_charging(row, 1)
    assert is_charging({**row, names[3]: float(Mode3State.C2)}, 1)
    assert is_charging({names[0]: 16.0}, 1) and not is_charging({names[0]: 0.5}, 1)


def test_phase_means_skip_gaps() -> None:
    matrix = np.array([[1.0, 3.0], [math.nan, 2.0], [math.nan, math.nan]])
    means = phase_means(matrix, np.ones(2))
    assert means[:2] == (2.0, 2.0) and math.isnan(means[2])
