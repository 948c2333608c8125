"""Socket state codes as chargers report them: IEC 61851 Mode-3 states and main states."""

from __future__ import annotations

import enum


class Mode3State(enum.IntEnum):
    """Mode-3 state codes as chargers report them (the live `s1.mode3` channel)."""

    A = 160
    A1 = 161
    A2 = 162
    B1 = 177
    B2 = 178
    C1 = 193
    C2 = 194
    D1 = 209
    D2 = 210
    E = 224
    F = 240

    @property
    def text(self) -> str:
        return _MODE3_TEXT[self.name[0]]

    @property
    def charging(self) -> bool:
        return self in (Mode3State.C2, Mode3State.D2)


_MODE3_TEXT = {
    "A": "no vehicle",
    "B": "vehicle connected",
    "C": "charging",
    "D": "charging (ventilation)",
    "E": "no power (error)",
    "F": "fault",
}


class MainState(enum.IntEnum):
    """The main-state codes a simulator and an installer need most (`s1.main`)."""

    AVAILABLE = 2
    CABLE_CONNECTED = 3
    EV_CONNECTED = 5
    POWER_OFF = 11
    POWER_OFF_CURRENT_TOO_LOW = 12
    CHARGING = 14
    WAIT_DISCONNECT = 19
    SUSPENDED = 37
    INOPERATIVE = 38
    POWER_OFF_SUSPENDED = 42
    POWER_OFF_PHASE_CHANGE = 43

    @property
    def text(self) -> str:
        return self.name.replace("_", " ").lower()


def main_state_text(code: int) -> str:
    """Words for a main-state code, including the error range 22–36."""
    try:
        return MainState(code).text
    except ValueError:
        if 22 <= code <= 36:
            return f"error ({code})"
        return f"state {code}"


def mode3_text(code: int) -> str:
    """Words for a Mode-3 state code."""
    try:
        state = Mode3State(code)
    except ValueError:
        return f"unknown ({code})"
    return f"{state.name}: {state.text}"
