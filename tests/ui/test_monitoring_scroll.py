"""The live plot's many-socket image follows new rows by shifting the previous image and adding
only the new segments, and shows the same curves as an image stroked whole."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.core.series import SeriesTable
from app.ui.monitoring.layer import Job, SlicedCurves
from app.ui.monitoring.plot import CurrentsPlot

pytestmark = pytest.mark.gui
SOCKETS = 6
NAMES = [f"s{s}.I{p}" for s in range(1, SOCKETS + 1) for p in (1, 2, 3)] + ["m.I1", "m.I2", "m.I3"]
ROWS = 600  # 150 s at 4 Hz: more than the 120 s the plot follows, so the scale stays
RATE = 0.25


def row(rng: np.random.Generator) -> dict[str, float]:
    values = rng.uniform(0, 16, len(NAMES))
    values[NAMES.index("m.I1")] = 16.0  # the same y range throughout
    return dict(zip(NAMES, values.tolist(), strict=True))


def shown_plot(qtbot: QtBot) -> tuple[CurrentsPlot, SeriesTable, SlicedCurves]:
    table = SeriesTable(NAMES, 2000)
    rng = np.random.default_rng(3)
    for i in range(ROWS):
        table.append(i * RATE, row(rng))
    plot = CurrentsPlot()
    qtbot.addWidget(plot)
    plot.resize(800, 500)
    plot.show()
    plot.set_table(table, SOCKETS)
    layer = plot.layer
    assert layer is not None
    return plot, table, layer


def drawn(qtbot: QtBot, plot: CurrentsPlot, layer: SlicedCurves) -> None:
    plot.refresh()
    qtbot.waitUntil(lambda: layer.rendered_generation == layer.generation, timeout=5000)
    qtbot.waitUntil(lambda: layer._job is None and not layer._dirty, timeout=5000)


def stroked_whole(layer: SlicedCurves) -> QImage:
    """Every curve stroked into the frame of the image shown."""
    shown, made = layer.image, layer._shown
    assert shown is not None and made is not None
    image = QImage(shown.size(), shown.format())
    image.fill(0)
    strokes = [(pen, columns, 0) for pen, columns in layer.groups]
    job = Job(0, strokes, layer.x, layer.values, layer.image_rect, image, made.transform)
    while not job.step(1.0):
        pass
    return image


def inked(image: QImage) -> np.ndarray:
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    return pixels.reshape(image.height(), image.width()) >> 24 > 0


def near(ink: np.ndarray, reach: int = 3) -> np.ndarray:
    """Pixels within `reach` of ink (dashes may start elsewhere: their phase is not compared)."""
    grown = np.zeros_like(ink)
    padded = np.pad(ink, reach)
    height, width = ink.shape
    for dy in range(2 * reach + 1):
        for dx in range(2 * reach + 1):
            grown |= padded[dy : dy + height, dx : dx + width]
    return grown


def uncovered(a: QImage, b: QImage) -> float:
    """Share of the ink of either image with no ink of the other nearby."""
    ink_a, ink_b = inked(a), inked(b)
    lonely = np.count_nonzero(ink_a & ~near(ink_b)) + np.count_nonzero(ink_b & ~near(ink_a))
    return lonely / max(1, np.count_nonzero(ink_a) + np.count_nonzero(ink_b))


def test_new_rows_shift_the_image_and_add_only_their_segments(qtbot: QtBot) -> None:
    plot, table, layer = shown_plot(qtbot)
    drawn(qtbot, plot, layer)
    assert layer.scrolled == 0  # the first image strokes everything
    rng = np.random.default_rng(4)
    for i in range(1, 9):
        table.append((ROWS + i) * RATE, row(rng))
        drawn(qtbot, plot, layer)
    assert layer.scrolled == 8
    assert layer.image is not None
    assert uncovered(layer.image, stroked_whole(layer)) < 0.0005  # a 4-pixel slip gives 0.0015


def test_a_pan_to_the_left_strokes_the_whole_image(qtbot: QtBot) -> None:
    plot, _table, layer = shown_plot(qtbot)
    drawn(qtbot, plot, layer)
    (x0, x1), _ = plot.getViewBox().viewRange()
    plot.follow = False
    plot.setXRange(x0 - 10, x1 - 10, padding=0)
    drawn(qtbot, plot, layer)
    assert layer.scrolled == 0
    assert layer.image is not None
    assert uncovered(layer.image, stroked_whole(layer)) == 0.0


def test_dashed_socket_lines_stay_dashed_where_new_rows_were_added(qtbot: QtBot) -> None:
    plot, table, layer = shown_plot(qtbot)
    flat = {name: 2.0 + k for k, name in enumerate(NAMES)}  # level lines: dashes show plainly
    flat["m.I1"] = 16.0
    for i in range(ROWS, ROWS + 40):  # the newest 10 s: level, drawn row by row
        table.append(i * RATE, flat)
    drawn(qtbot, plot, layer)
    for i in range(ROWS + 40, ROWS + 70):
        table.append(i * RATE, flat)
        drawn(qtbot, plot, layer)
    assert layer.scrolled > 0 and layer.image is not None
    newest = slice(-60, -5)  # image columns of the rows added one at a time
    shifted, whole = inked(layer.image)[:, newest], inked(stroked_whole(layer))[:, newest]
    assert np.count_nonzero(shifted) <= 1.1 * np.count_nonzero(whole)  # not solid lines
