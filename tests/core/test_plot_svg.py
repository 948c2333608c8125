"""The report plot: valid SVG, gaps break lines, labels escaped, markers and levels drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np

from app.core.plot_svg import Line, render

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
