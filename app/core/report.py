"""The commissioning report of one site visit: what was set, tested and measured (pure data).

One `Report` per visit, versioned by `schema_version`, from which the PDF and its JSON twin
are both made. Nothing here reads a file or speaks a language:

- `Header`, `Installation`, `Measurement`, `Photo`, `SignOff` and the notes are what only the
  installer knows; they come from the visit file (`app.core.report_visit`, the CLI's
  `SITE.toml`) or from the window's Report tab.
- `ChargerReport` is what the tool recorded for one charger: identity, firmware before and
  after, licences unlocked, network and back office, every changed setting as found → as left
  (by plan field path and plain value; `app.core.report_words.Words` puts them in words and
  units), the SCN part, the checks of its plan runs, its meter, and the automatic tests
  (hair-dryer, phase identification, meter test, fallback to safe current, back-office check).
  `app.store.report_gather` fills it from the journals and saved results of the data folder.
- `Thresholds` are the pass limits of the typed-in measurements, as data (a country profile,
  `presets/report/thresholds-*.toml`); `app.core.report_judge` judges measurements against
  them and lists the tests that are missing.

`app.core.report_json` turns a Report into plain JSON data and back (validating every field);
`app.services.report` renders the PDF. Secrets never enter the model: a licence key becomes
the names of the features it unlocked, a password is not recorded at all.

Values are plain: str, int, float (NaN is not allowed: a missing reading is None), bool,
tuples of those. Times are ISO 8601 text in UTC.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

REPORT_SCHEMA_VERSION = 1

PlainValue = Any  # str | int | float | bool | None | tuple of those (a plan field's value)


class Earthing(enum.Enum):
    """The installation's earthing system."""

    TN = "TN"
    TT = "TT"
    IT = "IT"


class LimitSource(enum.Enum):
    """Where the site's current limit comes from."""

    FUSE = "fuse"  # the main fuse
    CONTRACT = "contract"  # the subscribed power of the supply contract
    TARIFF_PEAK = "tariff-peak"  # a capacity tariff's monthly peak


class MeasurementKind(enum.Enum):
    """Electrical measurements the electrician takes with their own tester."""

    PE_CONTINUITY = "pe-continuity"  # Ω
    INSULATION = "insulation"  # MΩ at 500 V
    LOOP_IMPEDANCE = "loop-impedance"  # Ω
    SHORT_CIRCUIT_CURRENT = "short-circuit-current"  # prospective fault current, A
    RCD_TRIP_TIME = "rcd-trip-time"  # ms
    RCD_TRIP_CURRENT = "rcd-trip-current"  # mA
    PHASE_ROTATION = "phase-rotation"  # text: clockwise / anticlockwise
    VOLTAGE = "voltage"  # V


UNITS: dict[MeasurementKind, str] = {
    MeasurementKind.PE_CONTINUITY: "Ω",
    MeasurementKind.INSULATION: "MΩ",
    MeasurementKind.LOOP_IMPEDANCE: "Ω",
    MeasurementKind.SHORT_CIRCUIT_CURRENT: "A",
    MeasurementKind.RCD_TRIP_TIME: "ms",
    MeasurementKind.RCD_TRIP_CURRENT: "mA",
    MeasurementKind.PHASE_ROTATION: "",
    MeasurementKind.VOLTAGE: "V",
}


class PhotoKind(enum.Enum):
    METER = "meter"
    CT_DIRECTION = "ct-direction"
    BOARD = "board"
    CHARGER_LABEL = "charger-label"
    OTHER = "other"


class ChecklistItem(enum.Enum):
    """The handover checklist."""

    PASSWORDS_CHANGED = "passwords-changed"
    OWNER_INFORMED = "owner-informed"
    DOCUMENTS_GIVEN = "documents-given"


class Verdict(enum.Enum):
    """How a test or a measurement came out."""

    PASS = "pass"
    FAIL = "fail"
    NOT_JUDGED = "not-judged"  # recorded, but no threshold applies or it gave no verdict
    MISSING = "missing"  # not done / not entered


# --- what the installer enters ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Header:
    site_name: str = ""
    site_address: str = ""
    customer: str = ""
    installer_name: str = ""
    company: str = ""
    qualification: str = ""  # free text, e.g. "IRVE level 2"
    date: str = ""  # the visit's date, ISO (YYYY-MM-DD)
    tool_version: str = ""


@dataclass(frozen=True, slots=True)
class Installation:
    earthing: Earthing | None = None
    main_fuse_a: float | None = None
    subscribed_power_kva: float | None = None
    limit_source: LimitSource | None = None
    supply_cable: str = ""  # e.g. "5G6 mm² Cu, 25 m"
    breaker: str = ""  # e.g. "C40 4P"
    rcd_type: str = ""  # e.g. "Type A 30 mA + RDC-DD in the charger"


@dataclass(frozen=True, slots=True)
class Measurement:
    """One reading from the electrician's tester; `where` names the circuit or charger."""

    kind: MeasurementKind
    value: float | None = None  # in UNITS[kind]; None for a text reading (phase rotation)
    text: str = ""  # phase rotation: "clockwise" or "anticlockwise"
    where: str = ""


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo the installer adds: a JPEG or PNG file (checked by app.store.report_files)."""

    path: str
    caption: str = ""
    kind: PhotoKind = PhotoKind.OTHER


@dataclass(frozen=True, slots=True)
class Signature:
    name: str = ""
    typed: str = ""  # a typed signature
    image: str = ""  # a drawn signature: a PNG/JPEG file, "" when none


@dataclass(frozen=True, slots=True)
class SignOff:
    installer: Signature = field(default_factory=Signature)
    customer: Signature = field(default_factory=Signature)
    date: str = ""
    checklist: tuple[ChecklistItem, ...] = ()  # the items ticked


# --- what the tool recorded, per charger -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class SettingChange:
    """A plan field as found and as left (plain values; Words puts them in words)."""

    field: str  # plan field path, e.g. "alb.safe_current"
    as_found: PlainValue = None
    as_left: PlainValue = None


@dataclass(frozen=True, slots=True)
class SettingValue:
    field: str
    value: PlainValue = None


@dataclass(frozen=True, slots=True)
class Check:
    """A check of a plan run: `key` names it (Words.check), `detail` holds fields or a message."""

    key: str  # "plan-valid", "as-left-matches", "run-complete"
    passed: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Network:
    address: str = ""
    back_office_url: str = ""
    back_office_identity: str = ""
    boot_state: str = ""  # "accepted", "pending", "rejected" or "" when unknown


@dataclass(frozen=True, slots=True)
class MeterInfo:
    source: str = ""  # plan value of alb.source ("meter", "meter+ems", "ems")
    protocol: str = ""  # plan value of alb.protocol ("modbus-tcp", "dsmr-p1", …)
    preset: str = ""  # the preset's name, "" for a custom map or none
    custom_map: bool = False
    unit_id: int | None = None
    scales: tuple[int, ...] = ()  # powers of ten of the mapped current registers
    address: str = ""  # meter IP:port or P1 server


@dataclass(frozen=True, slots=True)
class PlotLine:
    name: str
    t: tuple[float, ...]
    y: tuple[float | None, ...]  # None: a gap
    dashed: bool = False
    colour: str = ""  # "#rrggbb", "" for the renderer's choice


@dataclass(frozen=True, slots=True)
class Plot:
    title: str
    unit: str = "A"
    lines: tuple[PlotLine, ...] = ()
    markers: tuple[tuple[float, str], ...] = ()  # (t, label): vertical lines
    levels: tuple[tuple[float, str], ...] = ()  # (y, label): horizontal lines


@dataclass(frozen=True, slots=True)
class HairDryerTest:
    socket: int = 1
    started: str = ""
    passed: bool = False
    summary: str = ""  # the analysis's own sentence (English)
    reaction_s: float | None = None
    final_current_a: float | None = None
    test_maximum_a: float | None = None
    test_load_a: float | None = None
    plot: Plot | None = None
    source: str = ""  # the result file's name


@dataclass(frozen=True, slots=True)
class PhaseIdTest:
    socket: int = 1
    started: str = ""
    status: str = ""  # "identified", "partial", "refused"
    proposed: str = ""  # a phase mapping, e.g. "L2L3L1"; "" when none
    configured: str = ""
    wiring_fault: bool = False
    confidence: float | None = None
    source: str = ""

    @property
    def agrees(self) -> bool:
        return bool(self.proposed) and self.proposed == self.configured


@dataclass(frozen=True, slots=True)
class MeterTest:
    started: str = ""
    passed: bool | None = None  # None: the meter could not be read from the laptop
    preset: str = ""
    charger_currents: tuple[float | None, ...] = ()
    direct_currents: tuple[float | None, ...] = ()
    findings: tuple[str, ...] = ()  # what the sanity check found (English)
    problem: str = ""
    source: str = ""


@dataclass(frozen=True, slots=True)
class FallbackTest:
    """The link to the meter cut: did the charger fall back to its safe current?"""

    started: str = ""
    passed: bool = False
    safe_current_a: float | None = None
    observed_current_a: float | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class BackOfficeTest:
    """The back-office (OCPP) check: the configured URL tried from the laptop and, with the
    installer's consent, the charger pointed at a central system on the laptop for a moment."""

    started: str = ""
    passed: bool = False
    summary: str = ""  # the check's verdict in one sentence (English)
    url: str = ""  # the customer's back-office URL, as configured
    identity: str = ""  # the charge-box identity, as configured
    temporary: bool = False  # a central system on the laptop was used
    keys_read: int = 0  # configuration keys read from the charger (GetConfiguration)
    timeline: tuple[str, ...] = ()  # what the laptop's central system saw, in order
    findings: tuple[str, ...] = ()  # what did not pass (English)
    source: str = ""


@dataclass(frozen=True, slots=True)
class ChargerReport:
    serial: str
    model: str = ""
    driver: str = ""  # the driver's tag ("alfen", "v2c")
    name: str = ""  # the name the charger shows
    firmware_before: str = ""
    firmware_after: str = ""
    licences: tuple[str, ...] = ()  # names of the features unlocked during the visit
    network: Network = field(default_factory=Network)
    changes: tuple[SettingChange, ...] = ()  # every changed setting, as found → as left
    as_left: tuple[SettingValue, ...] = ()  # every plan setting as left
    scn: tuple[SettingValue, ...] = ()  # its Smart Charging Network part, () when none
    checks: tuple[Check, ...] = ()
    meter: MeterInfo | None = None
    hair_dryer: tuple[HairDryerTest, ...] = ()
    phase_id: tuple[PhaseIdTest, ...] = ()
    meter_tests: tuple[MeterTest, ...] = ()
    fallback: tuple[FallbackTest, ...] = ()
    backoffice: tuple[BackOfficeTest, ...] = ()
    runs: tuple[str, ...] = ()  # the journal runs it was gathered from


# --- thresholds and the whole report ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Threshold:
    """A measurement's pass limit: minimum and/or maximum in UNITS[kind], or an expected text."""

    kind: MeasurementKind
    minimum: float | None = None
    maximum: float | None = None
    expected: str = ""  # phase rotation: "clockwise"


@dataclass(frozen=True, slots=True)
class Thresholds:
    profile: str = "default"
    country: str = ""
    items: tuple[Threshold, ...] = ()

    def of(self, kind: MeasurementKind) -> Threshold | None:
        return next((t for t in self.items if t.kind is kind), None)


@dataclass(frozen=True, slots=True)
class Report:
    header: Header = field(default_factory=Header)
    installation: Installation = field(default_factory=Installation)
    chargers: tuple[ChargerReport, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    photos: tuple[Photo, ...] = ()
    notes: str = ""
    signoff: SignOff = field(default_factory=SignOff)
    thresholds: Thresholds = field(default_factory=Thresholds)
    language: str = "en"
    generated: str = ""  # when the report was made, ISO UTC
    schema_version: int = REPORT_SCHEMA_VERSION

    def charger(self, serial: str) -> ChargerReport | None:
        return next((c for c in self.chargers if c.serial.lower() == serial.lower()), None)
