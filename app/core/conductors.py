"""The IEC 60445 conductor colours (L1 brown, L2 black, L3 grey, N blue, PE green-yellow): the one
palette of phases for the drawings, the live plot and the saved plots. Plain hex strings, so
Qt-free code (the SVG plots of a test record) uses the same colours as the window."""

from __future__ import annotations

L1 = "#8B4513"  # brown
L2 = "#202020"  # black
L3 = "#8C8C8C"  # grey
N = "#1E63B4"  # blue
PE = "#9ACD32"  # green-yellow
PHASE_HEX = {1: L1, 2: L2, 3: L3}
