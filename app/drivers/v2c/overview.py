"""Trydan states and limits in the port's neutral terms: the live poll, the Overview tab, the
SCN-style socket status, and dynamic power control seen as load balancing.

`ChargeState` (LAN codes, §3.2) becomes the IEC 61851 state the UI already shows: 0 → A (no
vehicle), 1 → B (B1 while paused or locked, else B2), 2 → C2, 6 → D2, 5 → E, 4 → F, with the
matching main state. `SlaveError` (the CT clamp's link) becomes the neutral meter-link state
(0 → normal, 4/5 → initialising, anything else → error), `ContractedPower` the grid current it
allows (the guide's formula, app.core.contracted_power), `ChargeMode` the phase mode and
`DynamicPowerMode` the neutral dynamic mode (app.core.overview); the window has the words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from app.core.contracted_power import raw_current
from app.core.identity import ChargerIdentity
from app.core.overview import (
    ChargeControls,
    DynamicControl,
    DynamicMode,
    LiveStatus,
    MeterLink,
    NetworkInfo,
    Overview,
    PhaseMode,
    SocketLimits,
    SocketLive,
    StationLimits,
)
from app.core.phases import PhaseMapping
from app.core.scn_view import SocketStatus
from app.core.states import MainState, Mode3State, main_state_text
from app.core.values import Value
from app.core.verification import AlbConfig, AlbSource, MeterView
from app.drivers.v2c.keywords import words

CURRENTS = tuple(f"IntensityMeasure_L{p}" for p in (1, 2, 3))
VOLTAGES = tuple(f"VoltageMeasure_L{p}" for p in (1, 2, 3))
LIVE_KEYS = ("ChargeState", "Paused", "Locked", "Intensity", *CURRENTS)
_OVERVIEW_EXTRA = (
    *("ID", "FirmwareVersion", "MAC", "IP", "SSID", "SignalStatus", "Phases", "ChargeMode"),
    *("MinIntensity", "MaxIntensity", "Dynamic", "DynamicPowerMode", "ContractedPower"),
    *("PauseDynamic", "SlaveError", "LightLED", "LogoLED", "VoltageInstallation"),
)
OVERVIEW_KEYS = tuple(dict.fromkeys((*_OVERVIEW_EXTRA, *LIVE_KEYS)))
ALB_CONFIG_KEYS = (
    *("Dynamic", "DynamicPowerMode", "SlaveError", "ContractedPower", "MinIntensity"),
    *("MaxIntensity", "Phases"),
)
METER_VIEW_KEYS = ("SlaveError",)

_STATES = {
    0: (MainState.AVAILABLE, Mode3State.A),
    2: (MainState.CHARGING, Mode3State.C2),
    4: (MainState.INOPERATIVE, Mode3State.F),
    5: (MainState.INOPERATIVE, Mode3State.E),
    6: (MainState.CHARGING, Mode3State.D2),
}


def _number(values: Mapping[str, Value], key: str) -> float | None:
    value = values.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def states(values: Mapping[str, Value]) -> tuple[int, int]:
    """(main state, Mode-3 state) codes of the neutral vocabulary; (0, 0) when unknown."""
    code = _number(values, "ChargeState")
    if code == 1:
        held = _number(values, "Paused") == 1 or _number(values, "Locked") == 1
        return int(MainState.EV_CONNECTED), int(Mode3State.B1 if held else Mode3State.B2)
    main, mode3 = _STATES.get(int(code) if code is not None else -1, (0, 0))
    return int(main), int(mode3)


def live_status(values: Mapping[str, Value]) -> LiveStatus:
    main, mode3 = states(values)
    amps = [_number(values, key) or 0.0 for key in CURRENTS]
    limit = _number(values, "Intensity") or 0.0
    return LiveStatus((SocketLive(1, main, mode3, limit, (amps[0], amps[1], amps[2])),))


def phases(values: Mapping[str, Value]) -> int:
    found = _number(values, "Phases")
    return int(found) if found in (1.0, 3.0) else 3


def contracted_amps(values: Mapping[str, Value]) -> float | None:
    """The grid current per phase the contracted power allows (None when not reported)."""
    watts = _number(values, "ContractedPower")
    if watts is None or watts <= 0:
        return None
    return raw_current(watts / 1000.0, phases(values))


_DYNAMIC_MODES = {
    0: DynamicMode.TIMED_ON,
    1: DynamicMode.TIMED_OFF,
    2: DynamicMode.MINIMUM_POWER,
    3: DynamicMode.SOLAR_ONLY,
    4: DynamicMode.GRID_AND_SOLAR,
    5: DynamicMode.STOP,
}
_PHASE_MODES = {0: PhaseMode.ONE, 1: PhaseMode.THREE, 2: PhaseMode.MIXED}


def _flag(values: Mapping[str, Value], key: str) -> bool | None:
    found = _number(values, key)
    return None if found is None else found == 1


def _code(values: Mapping[str, Value], key: str) -> int | None:
    found = _number(values, key)
    return None if found is None else int(found)


def _text(values: Mapping[str, Value], key: str) -> str:
    found = values.get(key)
    return found.strip() if isinstance(found, str) else ""


def meter_link(code: int | None) -> MeterLink | None:
    """`SlaveError` (the CT clamp's link) in neutral terms: 0 OK, 4/5 still starting."""
    if code is None:
        return None
    if code == 0:
        return MeterLink.OK
    return MeterLink.STARTING if code in (4, 5) else MeterLink.FAULT


def controls(values: Mapping[str, Value]) -> ChargeControls:
    mode = _code(values, "ChargeMode")
    return ChargeControls(
        min_current=_number(values, "MinIntensity"),
        max_current=_number(values, "MaxIntensity"),
        current=_number(values, "Intensity"),
        phase_mode=_PHASE_MODES.get(mode) if mode is not None else None,
        installation_voltage=_number(values, "VoltageInstallation"),
        locked=_flag(values, "Locked"),
        paused=_flag(values, "Paused"),
        light_led=_number(values, "LightLED"),
        logo_led=_number(values, "LogoLED"),
    )


def dynamic(values: Mapping[str, Value]) -> DynamicControl:
    mode = _code(values, "DynamicPowerMode")
    link = _code(values, "SlaveError")
    return DynamicControl(
        on=_flag(values, "Dynamic"),
        mode=_DYNAMIC_MODES.get(mode) if mode is not None else None,
        mode_code=mode,
        contracted_power=_number(values, "ContractedPower"),
        contracted_current=contracted_amps(values),
        pause_when_modulating=_flag(values, "PauseDynamic"),
        meter_link=meter_link(link),
        meter_link_code=link,
    )


def overview(identity: ChargerIdentity, values: Mapping[str, Value]) -> Overview:
    """The Trydan's overview: identity, its one socket, its own settings, dynamic power
    control and network; no licences, no station limits (the tab hides those)."""
    mode = _code(values, "ChargeMode")
    installation = words("ChargeMode", mode) if mode is not None else ""
    signal = _number(values, "SignalStatus")
    return Overview(
        identity,
        live_status(values),
        device_name=_text(values, "ID") or identity.serial,
        installation_phases=installation or str(phases(values)),
        mac_address=_text(values, "MAC"),
        # The station limits the Alfen-shaped readers expect (the CLI's `info`, the tests'
        # load-balancing view); the tab shows `controls` and `dynamic` instead.
        station=StationLimits(
            station_max=_number(values, "MaxIntensity"),
            meter_max=contracted_amps(values),
            alb_safe=_number(values, "MinIntensity"),
        ),
        sockets=(
            SocketLimits(
                configured=_number(values, "Intensity"), in_force=_number(values, "Intensity")
            ),
        ),
        has_licences=False,
        controls=controls(values),
        dynamic=dynamic(values),
        network=NetworkInfo(_text(values, "SSID"), _text(values, "IP"), signal),
    )


def details(values: Mapping[str, Value]) -> dict[str, str]:
    """The Trydan's own lines in English words, for the CLI and logs (the window translates
    the neutral fields of `overview` instead)."""
    out: dict[str, str] = {}
    for key in ("ChargeState", "SlaveError", "DynamicPowerMode", "ChargeMode"):
        code = _code(values, key)
        if code is not None:
            out[key] = words(key, code)
    for key, on, off in (("Dynamic", "on", "off"), ("Locked", "locked", "unlocked"),
                         ("Paused", "paused", "not paused")):  # fmt: skip
        if key in values:
            out[key] = on if values[key] == 1 else off
    for key in ("LightLED", "LogoLED"):
        if key in values:
            out[key] = f"{values[key]} %"
    for key in ("IP", "SSID", "FirmwareVersion", "ContractedPower", "VoltageInstallation"):
        if key in values:
            out[key] = str(values[key])
    return out


def socket_status(values: Mapping[str, Value]) -> SocketStatus:
    main, mode3 = states(values)
    amps = [_number(values, key) or 0.0 for key in CURRENTS]
    return SocketStatus(
        main_state_text(main) if main else "?",
        (amps[0], amps[1], amps[2]),
        _number(values, "Intensity"),
        mode3 in (Mode3State.B1, Mode3State.B2),
    )


def alb_config(values: Mapping[str, Value]) -> AlbConfig:
    """Dynamic power control as the load-balancing settings the tests read: on with
    `Dynamic`, fed by the CT clamp (no source while `SlaveError` says the clamp is missing),
    keeping the grid under the current the contracted power allows."""
    link = _number(values, "SlaveError")
    three = phases(values) == 3
    return AlbConfig(
        socket=1,
        sockets=1,
        licensed=True,
        on=_number(values, "Dynamic") == 1 and _number(values, "DynamicPowerMode") != 5,
        source=AlbSource.METER if link in (0.0, None) else AlbSource.NONE,
        include_ev=True,
        max_meter=contracted_amps(values) or math.nan,
        safe_current=_number(values, "MinIntensity") or 6.0,
        mapping=PhaseMapping.L1L2L3 if three else PhaseMapping.L1,
        socket_max=_number(values, "MaxIntensity") or 32.0,
    )


def link_state(code: float | None) -> int | None:
    """`SlaveError` as the neutral meter-link state (0 idle … 2 normal … 4 error)."""
    if code is None:
        return None
    if code == 0:
        return 2
    return 1 if code in (4, 5) else 4


def meter_view(values: Mapping[str, Value]) -> MeterView:
    """The Trydan reports its CT clamp's total grid power only (`GridPower`), not per phase,
    so the per-phase view holds the link state alone; the total is a live channel."""
    return MeterView(
        currents=(None, None, None),
        voltages=(None, None, None),
        powers=(None, None, None),
        alb_currents=(None, None, None),
        link_state=link_state(_number(values, "SlaveError")),
    )
