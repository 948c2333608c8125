"""The charger-client port: what every brand's driver offers the workflows, services and CLI.

Two halves. A `Driver` is a brand's knowledge, with no connection: which settings to read for
a plan, an overview or a test; how a plan becomes ordered writes; which live channels exist;
how its chargers show up on the LAN and over BLE. A `ChargerClient` is one logged-in
connection to one charger: raw reads and writes of settings by the brand's own keys, reboot and
wait, licences. Everything above `app/drivers` speaks these two and the brand-neutral types of
`app/core` (plans, identities, channel names); a brand's setting keys pass through them as
opaque strings (journals record them as written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from app.core.errors import DeviceError
from app.core.values import Value

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence
    from types import TracebackType

    from app.core.channels import Channel, SampleSource
    from app.core.discovery import DiscoveryPatterns
    from app.core.identity import ChargerIdentity
    from app.core.licence import LicenceKey
    from app.core.overview import LiveStatus, Overview
    from app.core.plan import ChargerFacts, ChargerPlan, RegisterMap
    from app.core.presets import MeterPreset
    from app.core.scn_view import SocketStatus
    from app.core.verification import AlbConfig, MeterView
    from app.drivers.steps import Step
    from app.transports.pins import PinStore

SettingKey = str  # a setting as the brand spells it on the wire; opaque above app/drivers
Values = dict[SettingKey, Value]


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a driver declares it can do; pages and workflows ask this, never the brand."""

    plan_fields: frozenset[str]  # dotted plan fields it can write (`alb.safe_current`, …)
    max_sockets: int = 1
    phases: tuple[int, ...] = (1, 3)
    licences: bool = False  # licence keys unlock features
    reboot_to_apply: bool = True  # settings take effect after a reboot
    register_map_slots: int = 0  # measurands a custom meter register map holds (0: none)
    live_transports: tuple[str, ...] = ()  # how live samples can be read (`https`, `modbus`)
    login: bool = True  # a client needs a password (False: the API has no login)
    firmware: bool = False  # its clients offer `firmware_upgrade` (a `FirmwareUpgrade`)


@dataclass(frozen=True, slots=True)
class SettingRecord:
    """One setting as the device commands show it: key, value, and what the brand knows of it."""

    key: SettingKey
    value: Value
    name: str = ""
    unit: str = ""
    details: Mapping[str, object] = field(default_factory=dict)  # brand extras for --json


@dataclass(frozen=True, slots=True)
class FirmwareProgress:
    """One step of a firmware upgrade, for progress lines and the journal.

    `stage` is one of FIRMWARE_STAGES; during the upload `sent`/`total` count bytes, after it
    `status` is the charger's own update status code and `words` says it in plain words."""

    stage: str
    sent: int = 0
    total: int = 0
    status: int | None = None
    words: str = ""


FIRMWARE_STAGES = ("clock", "check", "upload", "update", "commit", "version", "password")


class FirmwareFailed(DeviceError):
    """An upgrade stopped: `stage` says where (FIRMWARE_STAGES), `version` what the charger
    reported last ("" when unknown); the hint says what to do."""

    def __init__(self, message: str, *, stage: str, hint: str = "", version: str = "") -> None:
        super().__init__(message, hint=hint)
        self.stage = stage
        self.version = version


@dataclass(frozen=True, slots=True)
class FirmwareLimits:
    """Bounds of every wait of an upgrade, in seconds (a real charger: 18 KB/s, 170 s typical
    update through its reboot, 900 s at most)."""

    min_upload_rate: float = 4_000.0  # bytes/s below which the upload counts as stalled
    upload_grace: float = 60.0  # added to size / min_upload_rate
    update: float = 900.0  # from the end of the upload to a final status
    poll: float = 2.0  # between two status reads
    back: float = 300.0  # for the charger to answer again to read the version


class FirmwareUpgrade(Protocol):
    """Firmware upgrade of one charger over its logged-in client (see Capabilities.firmware)."""

    @property
    def version_key(self) -> SettingKey:
        """The setting that holds the firmware version (journals record it as found/left)."""
        ...

    async def upgrade(
        self,
        image: bytes,
        *,
        progress: Callable[[FirmwareProgress], None] | None = None,
        limits: FirmwareLimits = ...,
    ) -> str:
        """Send `image` and see it installed and committed; the version read back after.
        FirmwareFailed names the stage that failed."""
        ...

    async def set_password(self, password: str) -> None:
        """Set the charger's new admin password (after an upgrade across major version 5)."""
        ...

    async def version(self) -> str:
        """The firmware version the charger reports now."""
        ...


def firmware_upgrade(client: ChargerClient) -> FirmwareUpgrade | None:
    """The client's firmware upgrade, or None when its driver declares none."""
    if not client.driver.capabilities.firmware:
        return None
    found: FirmwareUpgrade | None = getattr(client, "firmware", None)
    return found


class LicenceInfo(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def bits(self) -> int: ...


class SettingsAccess(Protocol):
    """Reads and writes by key: what live sampling and the test flows need of a connection
    (a `ChargerClient`, or one shared with a poller under a lock)."""

    @property
    def driver(self) -> Driver: ...

    async def read(self, keys: Iterable[SettingKey]) -> Values:
        """The values of `keys`; keys the charger does not have are left out."""
        ...

    async def write(self, values: Mapping[SettingKey, Value]) -> None:
        """Write and check; raise WriteRejected naming the setting the charger refused."""
        ...


class ChargerClient(Protocol):
    """One logged-in connection to one charger (use as `async with`)."""

    @property
    def driver(self) -> Driver: ...

    @property
    def identity(self) -> ChargerIdentity: ...

    async def __aenter__(self) -> ChargerClient: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def read(self, keys: Iterable[SettingKey]) -> Values:
        """The values of `keys`; keys the charger does not have are left out."""
        ...

    async def write(self, values: Mapping[SettingKey, Value]) -> None:
        """Write and check; raise WriteRejected naming the setting the charger refused."""
        ...

    async def reboot(self) -> None: ...

    async def wait_until_back(self, timeout: float = ...) -> ChargerIdentity:
        """After `reboot()`: wait until the charger answers again, as a new boot."""
        ...

    async def licence(self) -> LicenceInfo: ...

    async def apply_licence(self, key: LicenceKey, *, timeout: float = ...) -> LicenceInfo: ...

    async def close(self) -> None:
        """Drop the connection without a polite logout (a hung logout, a failed login)."""
        ...


class Driver(Protocol):
    """A brand's knowledge; one instance per brand, registered in app.drivers.registry."""

    @property
    def tag(self) -> str:
        """The name discovery puts on a sighting (`alfen`, `v2c`)."""
        ...

    @property
    def brand(self) -> str: ...

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def discovery(self) -> DiscoveryPatterns: ...

    def client(
        self,
        url: str,
        password: str,
        *,
        pins: PinStore | None = None,
        timeout: float = ...,
        expected_serial: str | None = None,
        modbus: str | None = None,
    ) -> ChargerClient:
        """A client for the charger at `url` (not yet connected: use `async with`); with
        `expected_serial`, connecting to any other charger fails. `modbus` (`host:port`) says
        where its Modbus TCP server is when not on the API's host at port 502 (a simulated
        site); a driver whose client reads no Modbus ignores it."""
        ...

    # --- plans, SCN and journals: what to read, facts, steps, setting names ----------------

    def plan_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        """What to read for `plan_from_values` and `facts` on a charger with `sockets`."""
        ...

    def plan_from_values(
        self, serial: str, address: str, values: Mapping[SettingKey, Value]
    ) -> ChargerPlan:
        """The settings a charger holds, as a plan that would set them again."""
        ...

    def fact_keys(self) -> tuple[SettingKey, ...]:
        """What the plan rules need read from a charger besides what a plan writes."""
        ...

    def facts(self, values: Mapping[SettingKey, Value]) -> ChargerFacts:
        """What a read (of `fact_keys`, `plan_keys` or `scn_keys`) says, in plan terms."""
        ...

    def plan_steps(self, plan: ChargerPlan) -> tuple[Step, ...]:
        """The steps that apply a charger plan, in the order the charger needs."""
        ...

    def rollback_steps(
        self, applied: tuple[Step, ...], as_found: Mapping[SettingKey, Value]
    ) -> tuple[Step, ...]:
        """Steps that put back what `applied` wrote to its as-found value."""
        ...

    def needs_reboot(self, steps: tuple[Step, ...], before: Mapping[SettingKey, Value]) -> bool:
        """Whether writing `steps` over `before` changes a setting that acts after a reboot."""
        ...

    def scn_keys(self) -> tuple[SettingKey, ...]:
        """What planning and watching a Smart Charging Network reads from each member."""
        ...

    def socket_status(self, values: Mapping[SettingKey, Value], number: int) -> SocketStatus:
        """Socket `number` (from 1) as read with `scn_keys`."""
        ...

    def typed_values(self, data: Mapping[str, Any]) -> dict[SettingKey, Value]:
        """Values back from JSON (a journal), typed as the charger holds them."""
        ...

    def setting_name(self, key: SettingKey) -> str:
        """What the brand calls a setting ("" when unknown), for journals and reports."""
        ...

    def setting_unit(self, key: SettingKey) -> str: ...

    def preset_register_map(self, preset: MeterPreset) -> RegisterMap:
        """A meter preset as the register map a plan writes, cut to what the charger holds."""
        ...

    def map_preset(self, register_map: RegisterMap, unit_id: int | None = None) -> MeterPreset:
        """A plan's register map as a meter preset (to test or export it)."""
        ...

    # --- live samples and tests ---

    def channels(self, sockets: int) -> tuple[Channel, ...]:
        """Every live channel a charger with `sockets` sockets has (names: app.core.channels)."""
        ...

    def sample_source(
        self, client: SettingsAccess, channels: Sequence[Channel], *, modbus: object = None
    ) -> SampleSource:
        """What a poller reads `channels` through: settings by key over `client`, or, with a
        connected Modbus client of this brand (`modbus`, owned by the caller), the channels
        its slave map has from there and the rest over `client`."""

    def alb_config_keys(self) -> tuple[SettingKey, ...]:
        """The settings `alb_config` needs, read in one go."""

    def alb_config(self, values: Mapping[SettingKey, Value], socket: int) -> AlbConfig:
        """The ALB settings as found, for `socket`; raise InvalidInput for a missing socket."""

    def max_meter_key(self) -> SettingKey:
        """The maximum grid current ALB keeps the meter under (the hair-dryer test lowers it)."""

    def socket_limit_key(self, socket: int) -> SettingKey:
        """The socket's external maximum current, kept in RAM (the phase probe steps it)."""

    def monitor_keys(self) -> Mapping[str, SettingKey]:
        """Settings a live view shows next to the plot, by name: `max_meter`, `safe` (the
        safe current) and `alb_status` (the ALB status flags)."""

    def meter_view_keys(self) -> tuple[SettingKey, ...]:
        """The settings `meter_view` needs."""

    def meter_view(self, values: Mapping[SettingKey, Value]) -> MeterView:
        """The charger's view of its grid meter from `values`."""

    # --- sessions: identity, certificates, overview and live status, device commands ---
    async def identify(
        self, url: str, *, pins: PinStore | None = None, timeout: float = ...
    ) -> ChargerIdentity:
        """Who answers at `url`, without a password; pins its certificate on first use."""

    async def presented_certificate(self, url: str, *, timeout: float = ...) -> bytes:
        """The DER certificate the charger presents now, checked against no pin."""

    def overview_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        """What the Overview tab reads, in one batch."""

    def overview(self, identity: ChargerIdentity, values: Mapping[SettingKey, Value]) -> Overview:
        """The Overview tab's values out of a read of `overview_keys`."""

    def live_keys(self, sockets: int) -> tuple[SettingKey, ...]:
        """What one live poll reads."""

    def live_status(self, values: Mapping[SettingKey, Value], sockets: int) -> LiveStatus:
        """Socket states and currents out of a read of `live_keys`."""

    def setting_key(self, text: str) -> SettingKey:
        """A key as typed on the command line, checked and spelt as on the wire (InvalidInput)."""

    def summary_keys(self) -> tuple[SettingKey, ...]:
        """The current limits `info --password` lists."""

    async def setting_records(
        self, client: ChargerClient, keys: Iterable[SettingKey] | None
    ) -> list[SettingRecord]:
        """`keys` (None: every setting the charger has) with names, units and brand details."""
        ...

    async def support_logs(self, client: ChargerClient) -> dict[str, str]:
        """The charger's own logs for a support bundle: file name → text ({} when it keeps
        none this program can read)."""
        ...
