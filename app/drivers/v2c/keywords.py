"""Every V2C Trydan keyword the driver knows (device-protocols.md §2.7, §3.2), declared once.

A keyword is the opaque `SettingKey` above app/drivers. Each has a kind (whole number, real,
text), a unit, a range a trusted value lies in, whether the LAN API lets it be written, and
whether RealTimeData carries it (`LogoLED`, `LightLED`, `ChargeMode` are read one by one with
`/read/<Keyword>` on firmware 2.4.x). The code tables turn the charger's numbers into words.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from app.core.errors import InvalidInput, ReadOnlyProperty, UnknownProperty
from app.core.values import Value


class Kind(enum.Enum):
    WHOLE = "whole"
    REAL = "real"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Keyword:
    key: str
    name: str
    kind: Kind
    unit: str = ""
    low: float | None = None  # a value outside low…high is not trusted (nor written)
    high: float | None = None
    writable: bool = False
    realtime: bool = True  # carried by /RealTimeData (else /read/<Keyword> only)
    gap: tuple[float, float] | None = None  # an open interval inside low…high not trusted


W, R, T = Kind.WHOLE, Kind.REAL, Kind.TEXT
_POWER = 1_000_000.0  # W: a bound that only rejects garbage
_FLAG = (0.0, 1.0)


def _k(key: str, name: str, kind: Kind, unit: str = "", span: tuple[float, float] | None = None,
       *, writable: bool = False, realtime: bool = True) -> Keyword:  # fmt: skip
    low, high = span if span is not None else (None, None)
    return Keyword(key, name, kind, unit, low, high, writable, realtime)


KEYWORDS: tuple[Keyword, ...] = (
    _k("ID", "Device ID", T),
    _k("FirmwareVersion", "Firmware version", T),
    _k("ChargeState", "Charge state", W, "", (0, 6)),
    _k("ReadyState", "Ready", W, "", _FLAG),
    _k("ChargePower", "Charging power", R, "W", (-_POWER, _POWER)),
    _k("ChargeEnergy", "Session energy", R, "kWh", (0, 1_000_000)),
    _k("ChargeTime", "Session time", W, "s", (0, 10**9)),
    # A Trydan runs on 230 V (one phase, L-N) or 400 V (three phases, L-L); the field shows
    # values such as 298 now and then (§3.2): anything outside ±10 % of either is not trusted.
    Keyword("VoltageInstallation", "Installation voltage", W, "V", 207, 440, True, gap=(253, 360)),
    _k("HousePower", "House power", R, "W", (-_POWER, _POWER)),
    _k("FVPower", "Solar power", R, "W", (-_POWER, _POWER)),
    _k("BatteryPower", "Battery power", R, "W", (-_POWER, _POWER)),
    _k("GridPower", "Grid power", R, "W", (-_POWER, _POWER)),
    _k("SlaveError", "Meter link status", W, "", (0, 65535)),
    _k("Paused", "Paused", W, "", _FLAG, writable=True),
    _k("Locked", "Locked", W, "", _FLAG, writable=True),
    _k("Timer", "Timer", W, "", _FLAG, writable=True),
    _k("Intensity", "Charging current", W, "A", (6, 32), writable=True),
    _k("MinIntensity", "Minimum current", W, "A", (6, 32), writable=True),
    _k("MaxIntensity", "Maximum current", W, "A", (6, 32), writable=True),
    _k("Dynamic", "Dynamic power control", W, "", _FLAG, writable=True),
    _k("PauseDynamic", "Pause when modulating", W, "", _FLAG, writable=True),
    _k("DynamicPowerMode", "Dynamic power mode", W, "", (0, 5), writable=True),
    # Firmware 1.0.x allows negative values in two modes (§2.7).
    _k("ContractedPower", "Contracted power", W, "W", (-_POWER, _POWER), writable=True),
    _k("ChargeMode", "Charge mode", W, "", (0, 2), writable=True, realtime=False),
    _k("LightLED", "Light LED", W, "%", (0, 100), writable=True, realtime=False),
    _k("LogoLED", "Logo LED", W, "%", (0, 100), writable=True, realtime=False),
    *(_k(f"IntensityMeasure_L{p}", f"Current L{p}", R, "A", (-100, 100)) for p in (1, 2, 3)),
    *(_k(f"VoltageMeasure_L{p}", f"Voltage L{p}-N", R, "V", (0, 500)) for p in (1, 2, 3)),
    _k("Phases", "Phases", W, "", (1, 3)),
    _k("PhotovoltaicOn", "Solar on", W, "", _FLAG),
    _k("SSID", "Wi-Fi network", T),
    _k("IP", "IP address", T),
    _k("MAC", "MAC address", T),
    _k("SignalStatus", "Wi-Fi signal", W, "", (-200, 200)),
)
BY_KEY = {k.key: k for k in KEYWORDS}
_BY_FOLDED = {k.key.casefold(): k for k in KEYWORDS}
# The published RealTimeData sample spells the first per-phase current with a stray `y` (§3.2).
ALIASES = {"IntensityMeasure_L1y": "IntensityMeasure_L1"}
WRITABLE = frozenset(k.key for k in KEYWORDS if k.writable)
REALTIME = tuple(k.key for k in KEYWORDS if k.realtime)
READ_ONE_BY_ONE = tuple(k.key for k in KEYWORDS if not k.realtime)


def keyword(text: str) -> Keyword:
    """The keyword `text` names (any case, the known misspelling too); UnknownProperty else."""
    cleaned = text.strip()
    cleaned = ALIASES.get(cleaned, cleaned)
    found = _BY_FOLDED.get(cleaned.casefold())
    if found is None:
        raise UnknownProperty(f"'{text.strip()[:64]}' is not a V2C Trydan keyword.")
    return found


def writable(key: str, value: Value) -> tuple[Keyword, int]:
    """`key` and `value` as a write the LAN API accepts; refused in words before sending."""
    found = keyword(key)
    if not found.writable:
        raise ReadOnlyProperty(
            f"{found.key} cannot be written: the Trydan LAN API writes only "
            f"{', '.join(sorted(WRITABLE))}."
        )
    value = _spelt_number(value)
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if isinstance(value, bool):
        number = int(value)
    if number is None or not math.isfinite(number) or number != int(number):
        raise InvalidInput(f"{found.key}: {value!r} is not a whole number.")
    if not in_range(found, float(number)):
        raise InvalidInput(f"{found.key}: {number} is outside {found.low:g}…{found.high:g}.")
    return found, int(number)


def _spelt_number(value: Value) -> Value:
    """Text typed on the command line (`MaxIntensity=20`) as the number it spells; other
    text is left as it is (and refused)."""
    if not isinstance(value, str) or len(value) > 40:
        return value
    try:
        return float(value.strip())
    except ValueError:
        return value


def in_range(found: Keyword, number: float) -> bool:
    if found.low is not None and number < found.low:
        return False
    if found.gap is not None and found.gap[0] < number < found.gap[1]:
        return False
    return found.high is None or number <= found.high


# --- codes in words ---------------------------------------------------------------------------

CHARGE_STATES = {
    0: "no vehicle",
    1: "vehicle connected",
    2: "charging",
    4: "system fault",
    5: "control-pilot or ground fault",
    6: "ventilation required",
}
SLAVE_ERRORS = {
    0: "meter link OK",
    1: "communication error",
    2: "reading error",
    3: "slave error",
    4: "waiting for Wi-Fi",
    5: "waiting for communication",
    6: "wrong IP address",
    7: "slave not found",
    8: "wrong slave",
    9: "no response",
    10: "clamp not connected",
}
DYNAMIC_POWER_MODES = {
    0: "timed power on",
    1: "timed power off (deprecated)",
    2: "minimum power",
    3: "solar only",
    4: "grid and solar",
    5: "stop",
}
CHARGE_MODES = {0: "one-phase", 1: "three-phase", 2: "mixed"}


def slave_error_text(code: int) -> str:
    if code in SLAVE_ERRORS:
        return SLAVE_ERRORS[code]
    if 21 <= code <= 32:
        return f"Modbus exception {code - 20} from the meter"
    if 245 <= code <= 257:
        return f"meter transport error ({code})"
    return f"undefined ({code})"


def words(key: str, code: int) -> str:
    """A coded value in words ("" for keywords that hold no code)."""
    table = {
        "ChargeState": CHARGE_STATES,
        "DynamicPowerMode": DYNAMIC_POWER_MODES,
        "ChargeMode": CHARGE_MODES,
    }.get(key)
    if key == "SlaveError":
        return slave_error_text(code)
    if table is None:
        return ""
    return table.get(code, f"undefined ({code})")
