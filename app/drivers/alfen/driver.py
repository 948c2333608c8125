"""The Alfen NG9xx driver: its capabilities and discovery patterns, and the port's client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.endpoints import Endpoint
from app.core.errors import ProtocolError, WriteRejected
from app.core.plan import (
    FIELDS,
    REGISTER_MAP_SLOTS,
    SELF_REGULATING_FIELDS,
    ChargerFacts,
    ChargerPlan,
    RegisterMap,
)
from app.drivers.alfen import records as _records
from app.drivers.alfen.client import AlfenClient, LicenceState
from app.drivers.alfen.discovery import PATTERNS
from app.drivers.alfen.firmware import AlfenFirmware
from app.drivers.alfen.session import AlfenSession
from app.drivers.alfen.settings import BOOT_STATE, plan_read_keys
from app.drivers.base import (
    Capabilities,
    ChargerClient,
    Driver,
    SettingKey,
    SettingRecord,
    SettingsAccess,
    Values,
)
from app.drivers.lazy import lazy_module

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from types import TracebackType

    from app.core.channels import Channel, SampleSource
    from app.core.identity import ChargerIdentity
    from app.core.licence import LicenceKey
    from app.core.overview import LiveStatus, Overview
    from app.core.presets import MeterPreset
    from app.core.scn_view import SocketStatus
    from app.core.values import Value
    from app.core.verification import AlbConfig, MeterView
    from app.drivers.alfen import (
        channels,
        live,
        logs,
        plan_facts,
        plan_read,
        plan_steps,
        verification,
    )
    from app.drivers.alfen import overview as _overview
    from app.drivers.alfen.properties import PropertyId
    from app.drivers.steps import Step
    from app.transports.pins import PinStore
else:  # loaded at first use: reading settings needs none of them
    channels, live, logs, plan_facts, plan_read, plan_steps, verification, _overview = (
        lazy_module(f"app.drivers.alfen.{name}")
        for name in (
            *("channels", "live", "logs", "plan_facts", "plan_read", "plan_steps"),
            *("verification", "overview"),
        )
    )


class AlfenDriver:
    """Alfen NG9xx chargers over the local HTTPS API (and the Modbus slave map for live data)."""

    tag = "alfen"
    brand = "Alfen"
    capabilities = Capabilities(
        plan_fields=frozenset(FIELDS) - SELF_REGULATING_FIELDS,  # no clamp, lock or LEDs
        max_sockets=2,
        phases=(1, 3),
        licences=True,
        reboot_to_apply=True,
        register_map_slots=REGISTER_MAP_SLOTS,
        live_transports=("https", "modbus"),
        firmware=True,
    )
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
    ) -> AlfenCharger:
        """`modbus` is unused: the slave map is read by a sample source given its own client."""
        return AlfenCharger(
            AlfenClient(url, password, pins=pins, timeout=timeout, expected_serial=expected_serial)
        )

    # --- plans, SCN and journals (plan_read, plan_steps, plan_facts) -----------------------

    def plan_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        keys = (*plan_read_keys(sockets), *plan_facts.FACT_KEYS, BOOT_STATE)
        return tuple(dict.fromkeys(keys))

    def plan_from_values(
        self, serial: str, address: str, values: Mapping[SettingKey, Value]
    ) -> ChargerPlan:
        return plan_read.charger_plan_from_values(serial, address, values)

    def fact_keys(self) -> tuple[SettingKey, ...]:
        return plan_facts.FACT_KEYS

    def facts(self, values: Mapping[SettingKey, Value]) -> ChargerFacts:
        return plan_facts.facts(values)

    def plan_steps(self, plan: ChargerPlan) -> tuple[Step, ...]:
        return plan_steps.charger_steps(plan)

    def rollback_steps(
        self, applied: tuple[Step, ...], as_found: Mapping[SettingKey, Value]
    ) -> tuple[Step, ...]:
        return plan_steps.rollback_steps(applied, as_found)

    def needs_reboot(self, steps: tuple[Step, ...], before: Mapping[SettingKey, Value]) -> bool:
        return plan_steps.needs_reboot(steps, before)

    def scn_keys(self) -> tuple[SettingKey, ...]:
        return plan_facts.scn_keys()

    def socket_status(self, values: Mapping[SettingKey, Value], number: int) -> SocketStatus:
        return plan_facts.socket_status(values, number)

    def typed_values(self, data: Mapping[str, Any]) -> dict[SettingKey, Value]:
        return plan_facts.typed_values(data)

    def setting_name(self, key: SettingKey) -> str:
        return plan_facts.setting_name(key)

    def setting_unit(self, key: SettingKey) -> str:
        return plan_facts.setting_unit(key)

    def preset_register_map(self, preset: MeterPreset) -> RegisterMap:
        return plan_facts.preset_register_map(preset)

    def map_preset(self, register_map: RegisterMap, unit_id: int | None = None) -> MeterPreset:
        return plan_facts.map_preset(register_map, unit_id)

    # --- live samples and tests ---

    def channels(self, sockets: int) -> tuple[Channel, ...]:
        return tuple(c.channel for c in channels.charger_channels(sockets))

    def sample_source(
        self, client: SettingsAccess, channels: Sequence[Channel], *, modbus: object = None
    ) -> SampleSource:
        return live.sample_source(client, channels, modbus)

    def alb_config_keys(self) -> tuple[SettingKey, ...]:
        return verification.ALB_CONFIG_KEYS

    def alb_config(self, values: Mapping[SettingKey, Value], socket: int) -> AlbConfig:
        return verification.alb_config(values, socket)

    def max_meter_key(self) -> SettingKey:
        return verification.MAX_METER

    def socket_limit_key(self, socket: int) -> SettingKey:
        return verification.socket_limit_key(socket)

    def monitor_keys(self) -> Mapping[str, SettingKey]:
        return verification.MONITOR_KEYS

    def meter_view_keys(self) -> tuple[SettingKey, ...]:
        return verification.METER_VIEW_KEYS

    def meter_view(self, values: Mapping[SettingKey, Value]) -> MeterView:
        return verification.meter_view(values)

    # --- sessions: identity, certificates, overview and live status, device commands ---
    async def identify(
        self, url: str, *, pins: PinStore | None = None, timeout: float = 10.0
    ) -> ChargerIdentity:
        return await AlfenSession(Endpoint.parse(url), "", pins=pins, timeout=timeout).identify()

    async def presented_certificate(self, url: str, *, timeout: float = 10.0) -> bytes:
        session = AlfenSession(Endpoint.parse(url), "", timeout=timeout)
        return await session.presented_certificate()

    def overview_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        return _overview.overview_keys(sockets)

    def overview(self, identity: ChargerIdentity, values: Mapping[SettingKey, Value]) -> Overview:
        return _overview.overview(identity, values)

    def live_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        return _overview.live_keys(sockets)

    def live_status(self, values: Mapping[SettingKey, Value], sockets: int) -> LiveStatus:
        return _overview.live_status(values, sockets)

    def setting_key(self, text: str) -> SettingKey:
        return _records.setting_key(text)

    def summary_keys(self) -> tuple[SettingKey, ...]:
        return _records.SUMMARY_KEYS

    async def setting_records(
        self, client: ChargerClient, keys: Iterable[SettingKey] | None
    ) -> list[SettingRecord]:
        return await _records.setting_records(client, keys)

    async def support_logs(self, client: ChargerClient) -> dict[str, str]:
        """The charger's own logs for a support bundle: file name → text."""
        return await logs.support_logs(client)


ALFEN = AlfenDriver()


def _conforms(driver: AlfenDriver, client: AlfenCharger) -> tuple[Driver, ChargerClient]:
    return driver, client  # mypy checks that both implement the port


class AlfenCharger:
    """The port's client over an `AlfenClient`; settings are keyed by their wire ids."""

    def __init__(self, client: AlfenClient) -> None:
        self.alfen = client  # the full Alfen API, for code inside app/drivers/alfen
        self.firmware = AlfenFirmware(client)  # the port's FirmwareUpgrade

    @property
    def driver(self) -> AlfenDriver:
        return ALFEN

    @property
    def identity(self) -> ChargerIdentity:
        return self.alfen.identity

    async def __aenter__(self) -> AlfenCharger:
        await self.alfen.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.alfen.__aexit__(exc_type, exc, tb)

    async def read(self, keys: Iterable[SettingKey]) -> Values:
        found = await self.alfen.read(list(keys))
        return {pid.wire: item.value for pid, item in found.items()}

    async def write(self, values: Mapping[SettingKey, Value]) -> None:
        writes: dict[PropertyId | str, object] = {k: v for k, v in values.items()}
        try:
            await self.alfen.write(writes)
        except ProtocolError as exc:  # the charger answered the write with an error
            names = ", ".join(str(k) for k in values)
            raise WriteRejected(f"Writing {names}: {exc.args[0]}") from exc

    async def reboot(self) -> None:
        await self.alfen.reboot()

    async def wait_until_back(self, timeout: float = 300.0) -> ChargerIdentity:
        return await self.alfen.wait_until_back(timeout)

    async def licence(self) -> LicenceState:
        return await self.alfen.licence()

    async def apply_licence(self, key: LicenceKey, *, timeout: float = 300.0) -> LicenceState:
        return await self.alfen.apply_licence(key, timeout=timeout)

    async def close(self) -> None:
        await self.alfen.session.close_connection()
