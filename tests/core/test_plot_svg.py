"""The report plot: valid SVG, gaps break lines, labels escaped, markers and levels drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from app.core.conductors import PHASE_HEX
from app.core.plot_svg import PALETTE, Line, render

NS = "{http://www.w3.org/2000/svg}"


def test_a_gap_splits_the_line_and_the_svg_parses() -> None:
    t = np.arange(20, dtype=float)
    y = np.full(20, 5.0)
    y[8:11] = np.nan
    svg = render(
        "A <test> & more",
        [Line("meter L1", t, y)],
        markers=[(8.0, "load on")],
        levels=[(12.0, "maximum 12 A")],
    )
    root = ET.fromstring(svg)
    paths = root.findall(f"{NS}path")
    line_paths = [p for p in paths if p.get("stroke") == "#1f77b4"]
    assert len(line_paths) == 2  # the NaN gap breaks the line in two
    texts = [t.text for t in root.iter(f"{NS}text")]
    assert "A <test> & more" in texts and "load on" in texts and "maximum 12 A" in texts


def test_empty_and_flat_series_still_render() -> None:
    svg = render("nothing", [Line("x", np.array([]), np.array([]))])
    assert ET.fromstring(svg).tag == f"{NS}svg"
    flat = render("flat", [Line("x", np.zeros(3), np.ones(3))])
    assert ET.fromstring(flat).tag == f"{NS}svg"


def test_a_line_may_carry_its_conductor_colour() -> None:
    t = np.array([0.0, 1.0, 2.0])
    lines = [
        Line("meter L1", t, np.array([1.0, 2.0, 3.0]), colour=PHASE_HEX[1]),
        Line("other", t, np.array([3.0, 2.0, 1.0])),
    ]
    svg = render("colours", lines)
    assert PHASE_HEX[1] in svg  # the conductor colour, not the next of the default palette
    assert PALETTE[1] in svg and PALETTE[0] not in svg
