"""One palette for phases, in drawings and plots: the IEC 60445 conductor colours an electrician
expects (L1 brown, L2 black, L3 grey, N blue, PE green-yellow), and the colours of the limit
lines the plots draw over them.

The hex strings live in app/core/conductors.py (the saved SVG plots use them too);
`phase_colour` gives the QColor, made readable on a dark background (a black L2 on a dark
window would vanish).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.core.conductors import L1, L2, L3, PE, PHASE_HEX, N

__all__ = ["L1", "L2", "L3", "PE", "PHASE_COLOURS", "PHASE_HEX", "N", "phase_colour"]
DARK_L2 = "#E0E0E0"  # black drawn light on a dark background (still the "black" conductor)

MAX_METER = "#C62828"  # the maximum meter current (and the test maximum)
SOCKET_LIMIT = "#EF6C00"  # the socket's limit in force
SAFE_CURRENT = "#7B1FA2"  # the ALB safe current
PASS = "#2E7D32"
FAIL = "#C62828"

PHASE_COLOURS = {phase: QColor(value) for phase, value in PHASE_HEX.items()}


def is_dark(background: QColor) -> bool:
    """A background on which dark ink is hard to read."""
    return background.lightness() < 110


def phase_colour(phase: int, background: QColor | None = None) -> QColor:
    """The conductor colour of grid phase `phase` (1–3), readable on `background`."""
    if phase == 2 and background is not None and is_dark(background):
        return QColor(DARK_L2)
    return QColor(PHASE_HEX[phase])
