"""GetConfiguration / ChangeConfiguration of the simulated charger, over its own properties.

The keys are app/drivers/alfen/ocpp_keys.py, their codings app/core/ocpp_keys.py. A key backed
by a property reads and writes that property exactly as the local API does (`SimCharger.write`:
a setting that needs a reboot waits in `pending`, and the answer is then RebootRequired). Keys
without a property (security profile, authorization key, meter-value sampling) live in this
object, which lasts as long as the simulated charger, so they survive its reboots.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from app.core.errors import InvalidInput
from app.core.ocpp_keys import ConfigKey, KeyCodec, generic_property, key_text, key_value
from app.drivers.alfen.ocpp_keys import BACK_OFFICE_URL, BY_PROPERTY, IDENTITY, KEYS
from app.drivers.alfen.properties import PropertyId, WireType, coerce
from app.sim.alfen.charger import SimCharger

log = logging.getLogger(__name__)

# Set over OCPP, the back-office URL and identity take effect at the next reboot: the session
# that carried the change is not cut under the back office's feet.
MOVES_AT_REBOOT = (BACK_OFFICE_URL, IDENTITY)
ACCEPTED, REJECTED, REBOOT_REQUIRED, NOT_SUPPORTED = (
    "Accepted",
    "Rejected",
    "RebootRequired",
    "NotSupported",
)


@dataclass
class SimOcppConfig:
    """The OCPP configuration of one simulated charger."""

    charger: SimCharger
    own: dict[str, str] = field(default_factory=dict)  # keys without a property

    def __post_init__(self) -> None:
        for key in KEYS.values():
            if key.prop is None:
                self.own.setdefault(key.name, key.default)

    def text(self, name: str) -> str:
        """The current text of a key, secrets included (for the charger's own use)."""
        key = KEYS[name]
        if key.prop is None:
            return self.own[name]
        return key_text(key, self.charger.get(PropertyId.parse(key.prop)))

    def read(self, names: list[str] | None) -> tuple[list[dict[str, object]], list[str]]:
        """GetConfiguration: (configurationKey entries, unknownKey names); all named keys when
        no names are given (`Alfen-<id>` keys only when asked for)."""
        wanted = names or list(KEYS)
        entries: list[dict[str, object]] = []
        unknown: list[str] = []
        for name in wanted:
            key = KEYS.get(name) or self._generic(name)
            if key is None:
                unknown.append(name)
                continue
            entry: dict[str, object] = {"key": name, "readonly": key.readonly}
            if not key.secret:
                entry["value"] = self.text(name)
            entries.append(entry)
        return entries, unknown

    def _generic(self, name: str) -> ConfigKey | None:
        """An `Alfen-<property id>` key (app/core/ocpp_keys.py) over a writable property."""
        prop = generic_property(name)
        try:
            pid = PropertyId.parse(prop or "")
            spec = self.charger.spec(pid)
        except InvalidInput:
            return None
        named = BY_PROPERTY.get(pid.wire)
        secret = named is not None and named.secret
        return ConfigKey(name, KeyCodec.JSON, pid.wire, not spec.access.writable, secret)

    def change(self, name: str, text: str) -> str:
        """ChangeConfiguration: the status the charger answers."""
        key = KEYS.get(name) or self._generic(name)
        if key is None:
            return NOT_SUPPORTED
        if key.readonly:
            return REJECTED
        try:
            return self._apply(key, text)
        except InvalidInput as exc:
            log.info("charger %s refuses %s: %s", self.charger.serial, name, exc)
            return REJECTED

    def _apply(self, key: ConfigKey, text: str) -> str:
        value = key_value(key, text)
        if key.prop is None:
            self.own[key.name] = str(int(value)) if isinstance(value, bool | int) else str(value)
            return ACCEPTED
        pid = PropertyId.parse(key.prop)
        spec = self.charger.spec(pid)
        if isinstance(value, bool) and spec.type is not WireType.BOOL:
            value = int(value)
        if pid.wire in MOVES_AT_REBOOT and spec.access.writable:
            self.charger.pending[pid] = coerce(spec.type, value, name=key.name)
            return REBOOT_REQUIRED
        reboots = self.charger.write(pid, value)  # a licence: unlocked at the next reboot
        if key.name == "HeartbeatInterval":
            self.charger.values[PropertyId.parse("2086_0")] = int(value)
        return REBOOT_REQUIRED if reboots or pid in self.charger.pending else ACCEPTED
