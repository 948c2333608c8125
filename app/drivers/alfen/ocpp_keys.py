"""The OCPP 1.6 configuration keys of an Alfen NG9xx and the properties that hold them.

The codings and the key model are app/core/ocpp_keys.py (read its text for which names are the
standard's, the vendor guide's, or this tool's). The back-office settings the check and the
export touch are named here too, so Alfen's property ids stay in its driver.
"""

from __future__ import annotations

from app.core.errors import InvalidInput
from app.core.ocpp_keys import (
    FEATURE_PROFILES,
    SAMPLED_DEFAULT,
    ConfigKey,
    KeyCodec,
    key_text,
    key_value,
)
from app.core.values import Value

# Back-office settings: URL (wired), charge-box identity, boot state, heartbeat in force, sockets
BACK_OFFICE_URL, IDENTITY, BOOT_STATE = "2071_1", "2053_0", "3600_1"
HEARTBEAT_IN_FORCE, SOCKET_COUNT = "2086_0", "205E_0"

_K = KeyCodec
STANDARD_KEYS = (
    ConfigKey("HeartbeatInterval", _K.WHOLE, "2085_0", low=0, high=86400),
    ConfigKey("ConnectorPhaseRotation", _K.ROTATION, "2069_0"),
    ConfigKey("SupportedFeatureProfiles", _K.TEXT, readonly=True, default=FEATURE_PROFILES),
    ConfigKey("MeterValuesSampledData", _K.TEXT, default=SAMPLED_DEFAULT),
    ConfigKey("MeterValueSampleInterval", _K.WHOLE, default="60", low=0, high=86400),
    ConfigKey("ConnectorSwitch3to1PhaseSupported", _K.FLAG, readonly=True, default="true"),
    ConfigKey("NumberOfConnectors", _K.WHOLE, "205E_0", readonly=True),
    ConfigKey("SecurityProfile", _K.WHOLE, default="0", low=0, high=2),
    ConfigKey("AuthorizationKey", _K.TEXT, secret=True),
)
VENDOR_KEYS = (
    ConfigKey("FeatureLicenseKey", _K.TEXT, "21A1_0", secret=True),
    ConfigKey("MBTCPSmart-IsEnabled", _K.FLAG, "2523_1"),
    ConfigKey("MBTCPSmart-SlaveMeterModel", _K.WHOLE, "2523_2", low=0, high=255),
    ConfigKey("MBTCPSmart-ConnectionType", _K.WHOLE, "2523_3", low=0, high=2),
    ConfigKey("MBTCPSmart-IPAddress", _K.TEXT, "2523_4"),
    ConfigKey("MBTCPSmart-SlaveUnitID", _K.WHOLE, "2523_6", low=0, high=65535),
    ConfigKey("MbsSlaveTCPIP", _K.WHOLE, "2530_1", low=0, high=3),
    ConfigKey("LoadBalancing-Mode", _K.WHOLE, "2064_0", low=0, high=3),
    ConfigKey("LoadBalancing-MaxSmartMeterCurrent", _K.REAL, "2067_0", low=0, high=400),
    ConfigKey("LoadBalancing-SafeCurrent", _K.REAL, "2068_0", low=0, high=400),
    ConfigKey("SCN-Name", _K.TEXT, "2180_1"),
    ConfigKey("SCN-TotalCurrent", _K.WHOLE, "2180_5", low=0, high=65535),
    ConfigKey("SCN-SocketSafeCurrent", _K.WHOLE, "2180_6", low=0, high=65535),
    ConfigKey("SCN-TotalSafeCurrent", _K.WHOLE, "2180_A", low=0, high=65535),
)
KEYS: dict[str, ConfigKey] = {k.name: k for k in (*STANDARD_KEYS, *VENDOR_KEYS)}
BY_PROPERTY: dict[str, ConfigKey] = {k.prop: k for k in KEYS.values() if k.prop is not None}


def named_key_for(prop: str, value: Value) -> ConfigKey | None:
    """The named key that carries this value of `prop` exactly, if there is one."""
    key = BY_PROPERTY.get(prop)
    if key is None or key.readonly:
        return None
    try:
        back = key_value(key, key_text(key, value))
    except InvalidInput:
        return None
    return key if back == value else None
