"""A commissioning plan: the target settings of one or more chargers, typed.

Every field is optional (None leaves that setting as found), so a wizard can build a plan field
by field and the CLI can read a partial one from a file. `FIELDS` declares each field's label,
unit and range once; validation (plan_rules), the wizard and the plan file use it. How a plan
becomes a brand's setting writes, in the order its chargers need, is the driver's business
(`Driver.plan_steps`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.core.errors import InvalidInput
from app.core.licence import LicenceKey
from app.core.phases import PhaseMapping
from app.core.plan_options import ChargeMode, DynamicPowerMode, DynamicPowerPlan, LedPlan

PLAN_SCHEMA_VERSION = 1


class PlanFieldError(InvalidInput):
    """A value in a plan that cannot be used; `field` is its dotted path (`alb.safe_current`)."""

    def __init__(self, field_path: str, message: str) -> None:
        super().__init__(message)
        self.field = field_path


class AlbSource(enum.Enum):
    """Where ALB gets its measurements."""

    METER = "meter"
    METER_EMS = "meter+ems"
    EMS = "ems"


class MeterProtocol(enum.Enum):
    """How the charger talks to the meter."""

    DSMR_P1 = "dsmr-p1"
    TIC = "tic"
    MODBUS_RTU = "modbus-rtu"
    MODBUS_TCP = "modbus-tcp"


class P1Interface(enum.Enum):
    """How the P1 telegrams arrive."""

    SERIAL = "serial"
    TELNET = "telnet"
    HOMEWIZARD = "homewizard"


class WordOrder(enum.Enum):
    """Order of the 16-bit words of a 32/64-bit meter value."""

    HIGH_LOW = "high-low"
    LOW_HIGH = "low-high"


class FunctionCode(enum.Enum):
    """Modbus function the charger reads the meter with."""

    HOLDING = "holding"
    INPUT = "input"


class Parity(enum.Enum):
    """Modbus RTU parity."""

    NONE = "none"
    EVEN = "even"
    ODD = "odd"


class EmsMode(enum.Enum):
    """What an EMS steers: each socket, or the whole Smart Charging Network."""

    SOCKET = "socket"
    SCN = "scn"


# Measurand indices of a charger's register map (device-protocols.md §2.5).
MEASURANDS: tuple[str, ...] = (
    *("V L1-N", "V L2-N", "V L3-N", "V L1-L2", "V L2-L3", "V L3-L1"),
    *("I N", "I L1", "I L2", "I L3", "I sum"),
    *("cos phi L1", "cos phi L2", "cos phi L3", "cos phi sum", "frequency"),
    *("P L1", "P L2", "P L3", "P sum", "S L1", "S L2", "S L3", "S sum"),
    *("Q L1", "Q L2", "Q L3", "Q sum"),
    *(
        f"{kind} energy {phase}"
        for kind in ("delivered", "consumed", "apparent", "reactive")
        for phase in ("L1", "L2", "L3", "sum")
    ),
)
CURRENT_MEASURANDS = (7, 8, 9)  # I L1, I L2, I L3
DATA_TYPES = ("S16", "U16", "S32", "U32", "S64", "U64", "F32", "F64")
UNUSED_MEASURAND = 0xFF
REGISTER_MAP_SLOTS = 16  # measurands a charger's custom register map holds


@dataclass(frozen=True, slots=True)
class RegisterMap:
    """A meter's register map as the charger stores it.

    Parallel tuples, one entry per mapped measurand: measurand index (see MEASURANDS),
    register number, data type (index into DATA_TYPES), power-of-ten scale (signed).
    """

    measurands: tuple[int, ...] = ()
    registers: tuple[int, ...] = ()
    types: tuple[int, ...] = ()
    scales: tuple[int, ...] = ()
    word_order: WordOrder = WordOrder.HIGH_LOW
    function_code: FunctionCode = FunctionCode.INPUT

    @property
    def phases(self) -> int:
        """How many phase currents the map reads: 3 when I L2 or I L3 is mapped, else 1."""
        return 3 if {8, 9} & set(self.measurands) else 1


@dataclass(frozen=True, slots=True)
class MeterPlan:
    """An external Modbus meter (RTU or TCP): preset name or custom map, and its link."""

    preset: str | None = None
    register_map: RegisterMap | None = None
    unit_id: int | None = None
    ip: str | None = None
    port: int | None = None
    baud: int | None = None
    parity: Parity | None = None


@dataclass(frozen=True, slots=True)
class P1Plan:
    """A DSMR P1 smart meter: serial port, or a telnet / HomeWizard server."""

    interface: P1Interface | None = None
    address: str | None = None
    port: int | None = None


@dataclass(frozen=True, slots=True)
class EmsPlan:
    """An energy-management system steering the charger over Modbus TCP."""

    mode: EmsMode | None = None
    validity: int | None = None


@dataclass(frozen=True, slots=True)
class AlbPlan:
    """Active load balancing: on or off, and from what."""

    enabled: bool = True
    source: AlbSource | None = None
    protocol: MeterProtocol | None = None
    include_ev: bool | None = None
    max_meter_current: float | None = None
    safe_current: float | None = None
    p1: P1Plan | None = None
    meter: MeterPlan | None = None
    ems: EmsPlan | None = None


@dataclass(frozen=True, slots=True)
class BackOfficePlan:
    """The OCPP back office: URL and this charger's charge-box identity."""

    url: str | None = None
    identity: str | None = None


@dataclass(frozen=True, slots=True)
class ScnMemberPlan:
    """One charger's part of a Smart Charging Network, built by `app.core.scn`.

    `sockets` and `firmware` are not written: they are what the charger reported when the
    network was planned, and applying checks it still does (guide §6.7.2: same firmware on
    all). `phases` holds one SCN phase mapping per socket.
    """

    name: str
    first_socket_id: int
    total_sockets: int
    sockets: int = 1
    phases: tuple[PhaseMapping, ...] = ()
    total_current: int | None = None
    socket_safe_current: int | None = None
    total_safe_current: int | None = None
    alternating_period: int | None = None
    firmware: str | None = None
    subnet: str | None = None


@dataclass(frozen=True, slots=True)
class ChargerPlan:
    """The target settings of one charger, found by serial at an address."""

    serial: str
    address: str
    licence_key: LicenceKey | None = None
    station_max_current: float | None = None
    socket1_max_current: float | None = None
    socket2_max_current: float | None = None
    chameleon_min_current: float | None = None
    phase_mapping: PhaseMapping | None = None
    phase_switching: bool | None = None
    charge_mode: ChargeMode | None = None
    installation_voltage: int | None = None
    alb: AlbPlan | None = None
    dynamic_power: DynamicPowerPlan | None = None
    locked: bool | None = None
    leds: LedPlan | None = None
    back_office: BackOfficePlan | None = None
    scn: ScnMemberPlan | None = None
    display_name: str | None = None  # the name the charger shows (phone app, display)
    set_clock: bool | None = None  # True: set the charger's clock to the laptop's UTC


@dataclass(frozen=True, slots=True)
class Plan:
    """A commissioning job: a name and the chargers it sets up."""

    name: str
    chargers: tuple[ChargerPlan, ...] = ()
    schema_version: int = PLAN_SCHEMA_VERSION

    def charger(self, serial: str) -> ChargerPlan:
        """The plan of one charger; InvalidInput when the plan has no such serial."""
        for item in self.chargers:
            if item.serial == serial:
                return item
        raise InvalidInput(f"Plan '{self.name}' has no charger {serial}.")


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """How a plan field is shown and checked: label, unit, inclusive range."""

    label: str
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = field(default=())


def _choices(kind: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in kind)


_A = "A"
FIELDS: dict[str, FieldInfo] = {
    "name": FieldInfo("Plan name"),
    "serial": FieldInfo("Serial number"),
    "address": FieldInfo("Charger address"),
    "licence_key": FieldInfo("Licence key"),
    "station_max_current": FieldInfo("Station maximum current", _A, 6, 80),
    "socket1_max_current": FieldInfo("Socket 1 maximum current", _A, 6, 32),
    "socket2_max_current": FieldInfo("Socket 2 maximum current", _A, 6, 32),
    # The guide asks for more than 6 A (§6.8); 6 A itself is refused by plan_rules.
    "chameleon_min_current": FieldInfo("Chameleon minimum current", _A, 6, 32),
    "phase_mapping": FieldInfo(
        "Phase mapping", choices=tuple(m.value for m in PhaseMapping if m.value)
    ),
    "phase_switching": FieldInfo("1/3-phase switching"),
    "charge_mode": FieldInfo("Charge mode", choices=_choices(ChargeMode)),
    # 230 V (one phase) or 400 V (three phases), ±10 %; plan_rules refuses the values between.
    "installation_voltage": FieldInfo("Installation voltage", "V", 207, 440),
    "alb.enabled": FieldInfo("Active load balancing"),
    "alb.source": FieldInfo("ALB data source", choices=_choices(AlbSource)),
    "alb.protocol": FieldInfo("Meter protocol", choices=_choices(MeterProtocol)),
    "alb.include_ev": FieldInfo("Meter includes the charging EV"),
    "alb.max_meter_current": FieldInfo("Maximum meter current", _A, 6, 80),
    "alb.safe_current": FieldInfo("ALB safe current", _A, 6, 32),
    "alb.p1.interface": FieldInfo("P1 interface", choices=_choices(P1Interface)),
    "alb.p1.address": FieldInfo("P1 server IP address"),
    "alb.p1.port": FieldInfo("P1 server port", "", 1, 65535),
    "alb.meter.preset": FieldInfo("Meter preset"),
    "alb.meter.register_map": FieldInfo("Meter register map"),
    "alb.meter.register_map.measurands": FieldInfo("Register map measurands"),
    "alb.meter.register_map.registers": FieldInfo("Register map registers", "", 0, 65535),
    "alb.meter.register_map.types": FieldInfo("Register map data types", "", 0, 7),
    "alb.meter.register_map.scales": FieldInfo("Register map scales", "", -10, 10),
    "alb.meter.register_map.word_order": FieldInfo("Word order", choices=_choices(WordOrder)),
    "alb.meter.register_map.function_code": FieldInfo(
        "Function code", choices=_choices(FunctionCode)
    ),
    "alb.meter.unit_id": FieldInfo("Meter unit id", "", 1, 247),
    "alb.meter.ip": FieldInfo("Meter IP address"),
    "alb.meter.port": FieldInfo("Meter TCP port", "", 1, 65535),
    "alb.meter.baud": FieldInfo("RTU baud rate", "baud", 1200, 115200),
    "alb.meter.parity": FieldInfo("RTU parity", choices=_choices(Parity)),
    "alb.ems.mode": FieldInfo("EMS mode", choices=_choices(EmsMode)),
    "alb.ems.validity": FieldInfo("EMS validity time", "s", 1, 3600),
    "dynamic_power.enabled": FieldInfo("Dynamic power control"),
    "dynamic_power.mode": FieldInfo("Dynamic power mode", choices=_choices(DynamicPowerMode)),
    "dynamic_power.contracted_power": FieldInfo("Contracted power", "kW", 1, 1000),
    "dynamic_power.pause_when_modulating": FieldInfo("Pause when modulating"),
    "locked": FieldInfo("Charger locked"),
    "leds.light": FieldInfo("Light LED brightness", "%", 0, 100),
    "leds.logo": FieldInfo("Logo LED brightness", "%", 0, 100),
    "back_office.url": FieldInfo("Back-office URL"),
    "back_office.identity": FieldInfo("Charge-box identity"),
    "scn.name": FieldInfo("SCN name"),
    "scn.first_socket_id": FieldInfo("SCN first socket ID", "", 0, 127),
    "scn.total_sockets": FieldInfo("SCN socket count"),
    "scn.sockets": FieldInfo("SCN sockets of this charger", "", 1, 2),
    "scn.phases": FieldInfo("SCN phase mapping"),
    "scn.total_current": FieldInfo("SCN total current", _A, 6, 4000),
    "scn.socket_safe_current": FieldInfo("SCN socket safe current", _A, 6, 32),
    "scn.total_safe_current": FieldInfo("SCN total safe current", _A, 0, 4000),
    # The guide's range (§6.15); the charger's own minimum is the same.
    "scn.alternating_period": FieldInfo("SCN alternating period", "s", 60, 36000),
    "scn.firmware": FieldInfo("SCN firmware"),
    "scn.subnet": FieldInfo("SCN subnet"),
    "display_name": FieldInfo("Charger name"),
    # Written as the laptop's UTC at the moment of applying, as whole ms since the Unix epoch
    # (what a driver holding it reads back); a rollback never sets the clock back (the driver).
    "set_clock": FieldInfo("Set the clock from the laptop (UTC)"),
}

# Fields of chargers that regulate themselves from their own CT clamp (the V2C Trydan): the
# charge mode, the installation voltage, dynamic power control, the lock and the LEDs.
SELF_REGULATING_FIELDS = frozenset(
    path
    for path in FIELDS
    if path.split(".")[0]
    in ("charge_mode", "installation_voltage", "dynamic_power", "locked", "leds")
)

RTU_BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


SECTIONS: dict[str, str] = {
    "alb": "the ALB settings",
    "alb.p1": "the P1 settings",
    "alb.meter": "the meter settings",
    "alb.meter.register_map": "the meter register map",
    "alb.ems": "the EMS settings",
    "dynamic_power": "the dynamic power control settings",
    "leds": "the LED settings",
    "back_office": "the back-office settings",
    "scn": "the SCN settings",
}


def label(path: str) -> str:
    """The label of a field path (`alb.safe_current` → `ALB safe current`)."""
    info = FIELDS.get(path)
    return info.label if info else SECTIONS.get(path, path)


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: the field's dotted path and a sentence naming it."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class ChargerFacts:
    """What a charger reports that the rules depend on, in plan terms (`Driver.facts`).

    `currents` holds the as-found limits by plan field (`station_max_current`,
    `alb.safe_current`, …), so a plan that leaves one unset is checked against what it keeps.
    """

    sockets: int = 1
    phases: int = 3
    licence_bits: int = 0
    currents: Mapping[str, float] = field(default_factory=dict)
    firmware: str = ""
    model: str = ""  # as the charger names its model (e.g. NG910-60027), "" when not read
    alb_on: bool = False  # active load balancing switched on (and licensed)
    scn: ScnMemberPlan | None = None  # the network part it holds, None when in none
    boot_state: int | None = None  # OCPP boot-notification state, as read

    def current(self, path: str) -> float | None:
        """The as-found value of a current field of the plan (`alb.max_meter_current`)."""
        return self.currents.get(path)
