"""OCPP 1.6 configuration keys: what a key is and how its text maps onto a setting's value.

A back office reads and sets a charger's configuration with GetConfiguration and
ChangeConfiguration, one key and one text value at a time. The table of an Alfen NG9xx's keys
and the properties behind them is app/drivers/alfen/ocpp_keys.py; the simulated charger answers
from it and the fleet export writes it. What the keys are:

- Standard keys (OCPP 1.6 core and the security whitepaper): `HeartbeatInterval`,
  `ConnectorPhaseRotation`, `SupportedFeatureProfiles`, `MeterValuesSampledData`,
  `MeterValueSampleInterval`, `ConnectorSwitch3to1PhaseSupported`, `NumberOfConnectors`,
  `SecurityProfile` and `AuthorizationKey`.
- Vendor keys the installation guide names: `FeatureLicenseKey` (the licence, which needs a
  reboot), the Modbus TCP smart-meter block `MBTCPSmart-*`, and `MbsSlaveTCPIP` (a member that
  is the Modbus slave of an EMS).
- Load-balancing and SCN keys: the guide says the vendor has them but does not print their
  names, so `LoadBalancing-*` and `SCN-*` here are this tool's names for those properties.

Secrets (the authorization key, the licence key) are write-only: GetConfiguration lists them
without a value, as the security whitepaper asks of `AuthorizationKey`. Whether a real NG9xx
echoes its licence key is not in our references; we never send it back.
"""

from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.phases import PhaseMapping
from app.core.values import Value


class KeyCodec(enum.Enum):
    """How a key's text maps onto the property's value."""

    TEXT = "text"
    WHOLE = "whole"
    REAL = "real"
    FLAG = "flag"  # "true"/"false" on the wire, 0/1 or a bool in the property
    ROTATION = "rotation"  # "0.RST" on the wire, a phase mapping in the property
    JSON = "json"  # the value as JSON text (the `Alfen-<id>` keys below)


@dataclass(frozen=True, slots=True)
class ConfigKey:
    """One configuration key; `prop` None: the charger's OCPP stack holds it itself."""

    name: str
    codec: KeyCodec
    prop: str | None = None
    readonly: bool = False
    secret: bool = False  # write-only: listed without its value
    default: str = ""  # the value of a key with no property, before any change
    low: float | None = None
    high: float | None = None


FEATURE_PROFILES = (
    "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger"
)
SAMPLED_DEFAULT = "Energy.Active.Import.Register,Current.Import,Power.Active.Import"

_ROTATIONS = {
    PhaseMapping.L1L2L3: "RST",
    PhaseMapping.L1L3L2: "RTS",
    PhaseMapping.L2L1L3: "SRT",
    PhaseMapping.L2L3L1: "STR",
    PhaseMapping.L3L1L2: "TRS",
    PhaseMapping.L3L2L1: "TSR",
}
_MAPPINGS = {text: mapping for mapping, text in _ROTATIONS.items()}


def key_text(key: ConfigKey, value: Value) -> str:
    """A property value as the key's text on the wire."""
    if key.codec is KeyCodec.JSON:
        return json.dumps(list(value) if isinstance(value, tuple) else value)
    if key.codec is KeyCodec.FLAG:
        return "true" if value and value != "0" else "false"
    if key.codec is KeyCodec.ROTATION:
        try:
            mapping = PhaseMapping.parse(str(value))
        except InvalidInput:
            return "0.Unknown"
        return f"0.{_ROTATIONS.get(mapping, 'NotApplicable')}"
    if key.codec is KeyCodec.REAL and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def key_value(key: ConfigKey, text: str) -> Value:
    """The property value for a key's text; InvalidInput when the text does not fit."""
    if key.codec is KeyCodec.TEXT:
        return text
    if key.codec is KeyCodec.FLAG:
        lowered = text.strip().lower()
        if lowered not in ("true", "false", "1", "0"):
            raise InvalidInput(f"{key.name}: {text!r} is not true or false.")
        return lowered in ("true", "1")
    if key.codec is KeyCodec.ROTATION:
        return _rotation(key, text)
    if key.codec is KeyCodec.JSON:
        return _json(key, text)
    return _number(key, text)


def _json(key: ConfigKey, text: str) -> Value:
    """JSON text of a flag, a number, a text or a list of whole numbers."""
    try:
        value = json.loads(text)
    except ValueError:
        raise InvalidInput(f"{key.name}: {text[:40]!r} is not JSON.") from None
    if isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return tuple(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput(f"{key.name}: {text[:40]!r} is not a finite number.")
    if isinstance(value, bool | int | float | str):
        return value
    raise InvalidInput(f"{key.name}: {text[:40]!r} is not a flag, number, text or list.")


def _rotation(key: ConfigKey, text: str) -> Value:
    """`0.RST` (or `RST`): the station's rotation; one entry per connector is not supported."""
    entries = [part.strip() for part in text.split(",") if part.strip()]
    if len(entries) != 1:
        raise InvalidInput(f"{key.name}: one rotation for connector 0 expected, got {text!r}.")
    connector, _, rotation = entries[0].rpartition(".")
    if connector not in ("", "0") or rotation not in _MAPPINGS:
        raise InvalidInput(f"{key.name}: {text!r} is not 0.RST, 0.RTS, … 0.TSR.")
    return _MAPPINGS[rotation].value


def _number(key: ConfigKey, text: str) -> Value:
    try:
        number = float(text.strip())
    except ValueError:
        raise InvalidInput(f"{key.name}: {text!r} is not a number.") from None
    if not math.isfinite(number):
        raise InvalidInput(f"{key.name}: {text!r} is not a number.")
    if key.codec is KeyCodec.WHOLE and not number.is_integer():
        raise InvalidInput(f"{key.name}: {text!r} is not a whole number.")
    low = -math.inf if key.low is None else key.low
    high = math.inf if key.high is None else key.high
    if not low <= number <= high:
        raise InvalidInput(f"{key.name}: {text} is outside {low:g}…{high:g}.")
    return int(number) if key.codec is KeyCodec.WHOLE else number


# --- keys for the rest of the plan --------------------------------------------------------------
# A plan writes more properties than the named keys cover (register maps, ALB source details,
# display name, …). Our references do not name the vendor's keys for those, so this tool writes
# them as `Alfen-<property id>` with the value as JSON text; the simulated charger understands
# them, a real one may answer NotSupported. The export marks which keys are which.
GENERIC_PREFIX = "Alfen-"


def generic_key(prop: str) -> str:
    return GENERIC_PREFIX + prop


def generic_property(name: str) -> str | None:
    """The property id of an `Alfen-<id>` key, None for any other name."""
    if not name.startswith(GENERIC_PREFIX):
        return None
    return name[len(GENERIC_PREFIX) :] or None
