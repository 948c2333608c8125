"""The V2C Trydan driver: capabilities, discovery patterns, the neutral translations, and the
port's client (charger.py) over the HTTP API and the Modbus map."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from app.core.channels import Channel, SampleSource
from app.core.errors import InvalidInput
from app.core.identity import ChargerIdentity
from app.core.overview import LiveStatus, Overview
from app.core.plan import ChargerFacts, ChargerPlan, RegisterMap
from app.core.presets import MeterPreset
from app.core.scn_view import SocketStatus
from app.core.values import Value
from app.core.verification import AlbConfig, MeterView
from app.drivers.base import (
    Capabilities,
    ChargerClient,
    Driver,
    SettingKey,
    SettingRecord,
    SettingsAccess,
)
from app.drivers.steps import Step
from app.drivers.v2c import live, settings
from app.drivers.v2c import overview as _overview
from app.drivers.v2c.charger import TrydanCharger
from app.drivers.v2c.discovery import PATTERNS, identity_from_values
from app.drivers.v2c.http import DEFAULT_PORT, TrydanHttp
from app.drivers.v2c.keywords import BY_KEY, KEYWORDS, keyword, words
from app.drivers.v2c.register_map import DEFAULT_PORT as MODBUS_PORT
from app.transports.pins import PinStore

if TYPE_CHECKING:
    from app.drivers.v2c.modbus import TrydanModbus

SUMMARY_KEYS = ("Intensity", "MinIntensity", "MaxIntensity", "Dynamic", "ContractedPower")
_NO_MAP = "A Trydan reads its own CT clamp; it holds no meter register map."


def _base(url: str) -> str:
    """`192.0.2.7` or `http://192.0.2.7[:port]` → `http://host:port` (HTTP only: no TLS)."""
    text = url if "://" in url else f"http://{url}"
    parts = urlsplit(text)
    if parts.scheme != "http" or not parts.hostname:
        raise InvalidInput(f"'{url}': a Trydan answers plain http://, not {parts.scheme}://.")
    return f"http://{parts.hostname}:{parts.port or DEFAULT_PORT}"


def modbus_for(url: str, modbus: str | None, timeout: float) -> TrydanModbus:
    """The Modbus client beside `url`: `modbus` as `host:port`, else the same host on 502."""
    host, port = urlsplit(_base(url)).hostname or "", MODBUS_PORT
    if modbus:
        head, colon, tail = modbus.rpartition(":")
        if colon and not (head and tail.isdigit() and 0 < int(tail) < 65536):
            raise InvalidInput(f"'{modbus}' is not a Modbus address such as 192.0.2.7:502.")
        host, port = (head, int(tail)) if colon else (modbus, MODBUS_PORT)
    from app.drivers.v2c.modbus import TrydanModbus  # pymodbus only when a link is opened

    return TrydanModbus(host, port, timeout=min(timeout, 3.0))


class V2CDriver:
    """V2C Trydan chargers over the local HTTP API (and the Modbus TCP map)."""

    tag = "v2c"
    brand = "V2C"
    capabilities = Capabilities(
        plan_fields=settings.PLAN_FIELDS,
        max_sockets=1,
        phases=(1, 3),
        licences=False,
        reboot_to_apply=False,
        register_map_slots=0,
        live_transports=("http", "modbus"),
        login=False,
        firmware=False,  # no firmware upload over the LAN API yet (the port would allow one)
    )
    # No BLE Wi-Fi set-up: the phone app does it over a GATT protocol nobody has published.
    ble_wifi_setup = False
    discovery = PATTERNS

    def client(
        self,
        url: str,
        password: str,
        *,
        pins: PinStore | None = None,
        timeout: float = 10.0,
        expected_serial: str | None = None,
        modbus: str | None = None,
    ) -> TrydanCharger:
        """`password` and `pins` are unused: the Trydan API has no login and no TLS."""
        http = TrydanHttp(_base(url), timeout=timeout)
        return TrydanCharger(
            self, http, modbus_for(url, modbus, timeout), expected_serial=expected_serial
        )

    # --- plans and journals ---

    def plan_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        return settings.plan_keys()

    def plan_from_values(
        self, serial: str, address: str, values: Mapping[SettingKey, Value]
    ) -> ChargerPlan:
        return settings.plan_from_values(serial, address, values)

    def fact_keys(self) -> tuple[SettingKey, ...]:
        return settings.FACT_KEYS

    def facts(self, values: Mapping[SettingKey, Value]) -> ChargerFacts:
        return settings.facts(values)

    def plan_steps(self, plan: ChargerPlan) -> tuple[Step, ...]:
        return settings.plan_steps(plan)

    def rollback_steps(
        self, applied: tuple[Step, ...], as_found: Mapping[SettingKey, Value]
    ) -> tuple[Step, ...]:
        return settings.rollback_steps(applied, as_found)

    def needs_reboot(self, steps: tuple[Step, ...], before: Mapping[SettingKey, Value]) -> bool:
        return False  # every Trydan setting acts at once

    def scn_keys(self) -> tuple[SettingKey, ...]:
        return (*settings.FACT_KEYS, *_overview.LIVE_KEYS)  # a Trydan is in no SCN

    def socket_status(self, values: Mapping[SettingKey, Value], number: int) -> SocketStatus:
        if number != 1:
            raise InvalidInput(f"A Trydan has one socket; there is no socket {number}.")
        return _overview.socket_status(values)

    def typed_values(self, data: Mapping[str, Any]) -> dict[SettingKey, Value]:
        return settings.typed_values(data)

    def setting_name(self, key: SettingKey) -> str:
        return settings.setting_name(key)

    def setting_unit(self, key: SettingKey) -> str:
        return settings.setting_unit(key)

    def preset_register_map(self, preset: MeterPreset) -> RegisterMap:
        raise InvalidInput(_NO_MAP)

    def map_preset(self, register_map: RegisterMap, unit_id: int | None = None) -> MeterPreset:
        raise InvalidInput(_NO_MAP)

    # --- live samples and tests ---

    def channels(self, sockets: int) -> tuple[Channel, ...]:
        return live.channels(sockets)

    def sample_source(
        self, client: SettingsAccess, channels: Sequence[Channel], *, modbus: object = None
    ) -> SampleSource:
        return live.sample_source(client, channels, modbus)

    def alb_config_keys(self) -> tuple[SettingKey, ...]:
        return _overview.ALB_CONFIG_KEYS

    def alb_config(self, values: Mapping[SettingKey, Value], socket: int) -> AlbConfig:
        if socket != 1:
            raise InvalidInput(f"A Trydan has one socket; there is no socket {socket}.")
        return _overview.alb_config(values)

    def max_meter_key(self) -> SettingKey:
        return "ContractedPower"  # in W, where Alfen's is in A: the test flows must convert

    def socket_limit_key(self, socket: int) -> SettingKey:
        if socket != 1:
            raise InvalidInput(f"A Trydan has one socket; there is no socket {socket}.")
        return "Intensity"

    def monitor_keys(self) -> Mapping[str, SettingKey]:
        return {"max_meter": "ContractedPower", "safe": "MinIntensity", "alb_status": "SlaveError"}

    def meter_view_keys(self) -> tuple[SettingKey, ...]:
        return _overview.METER_VIEW_KEYS

    def meter_view(self, values: Mapping[SettingKey, Value]) -> MeterView:
        return _overview.meter_view(values)

    # --- sessions ---

    async def identify(
        self, url: str, *, pins: PinStore | None = None, timeout: float = 10.0
    ) -> ChargerIdentity:
        async with TrydanHttp(_base(url), timeout=timeout) as http:
            return identity_from_values(dict((await http.realtime()).values))

    async def presented_certificate(self, url: str, *, timeout: float = 10.0) -> bytes:
        raise InvalidInput("A Trydan speaks plain HTTP: it presents no certificate.")

    def overview_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        return _overview.OVERVIEW_KEYS

    def overview(self, identity: ChargerIdentity, values: Mapping[SettingKey, Value]) -> Overview:
        return _overview.overview(identity, values)

    def live_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        return _overview.LIVE_KEYS

    def live_status(self, values: Mapping[SettingKey, Value], sockets: int) -> LiveStatus:
        return _overview.live_status(values)

    def setting_key(self, text: str) -> SettingKey:
        return keyword(text).key

    def summary_keys(self) -> tuple[SettingKey, ...]:
        return SUMMARY_KEYS

    async def setting_records(
        self, client: ChargerClient, keys: Iterable[SettingKey] | None
    ) -> list[SettingRecord]:
        wanted = [k.key for k in KEYWORDS] if keys is None else [keyword(k).key for k in keys]
        found = await client.read(wanted)
        return [_record(key, found[key]) for key in wanted if key in found]

    async def support_logs(self, client: ChargerClient) -> dict[str, str]:
        return {}  # the local API publishes no event or transaction log


def _record(key: str, value: Value) -> SettingRecord:
    known = BY_KEY[key]
    details: dict[str, object] = {"writable": known.writable}
    if isinstance(value, int) and words(key, value):
        details["words"] = words(key, value)
    return SettingRecord(key, value, name=known.name, unit=known.unit, details=details)


V2C = V2CDriver()


def _conforms(driver: V2CDriver, client: TrydanCharger) -> tuple[Driver, ChargerClient]:
    return driver, client  # mypy checks that both implement the port
