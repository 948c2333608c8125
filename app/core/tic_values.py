"""What a TIC meter says, in both directions: the groups a meter sends for a reading, and the
values a charger (or the meter test) takes from a frame (app/core/tic.py has the format).

Labels used, historic mode: `ADCO` (meter address), `OPTARIF` (tariff option), `ISOUSC`
(subscribed current, A), `BASE` (import index, Wh), `PTEC` (tariff period), `IINST` or
`IINST1`–`IINST3` on a three-phase meter (current, A), `IMAX`/`IMAX1`–`IMAX3`, `PMAX`, `PAPP`
(apparent power drawn, VA), `HHPHC`, `MOTDETAT`, `PPOT`; on an overload a one-phase meter adds
`ADPS` (its current, above the subscribed one) and a three-phase meter sends short frames of
`ADIR1`–`ADIR3` (the current of each phase over the limit, 000 for the others), `ADCO` and
`IINST1`–`IINST3` while it lasts.

Standard mode: `ADSC` (address), `VTIC`, `DATE` (timestamp only), `NGTF`/`LTARF` (tariff
names), `EAST` (import index, Wh), `EASF01`, `EAIT` (injection index, Wh), `IRMS1`–`IRMS3`
(current, A), `URMS1`–`URMS3` (voltage, V), `PREF`/`PCOUP` (subscribed / cut-off power, kVA),
`SINSTS` and `SINSTS1`–`SINSTS3` (apparent power drawn, VA), `SMAXSN` (dated maximum),
`SINSTI` (apparent power injected, VA), `STGE` (status word), `NTARF`.

Currents are whole amperes without sign: a site that feeds power into the grid shows the same
current as one that draws it, and only `SINSTI`/`EAIT` tell the difference.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from app.core.measurands import Kind, Measurand, phase_measurand
from app.core.tic import TicFrame, TicGroup, TicMode

_HISTORIC_CURRENTS = (("IINST1", "IINST"), ("IINST2",), ("IINST3",))
_STANDARD_CURRENTS = (("IRMS1",), ("IRMS2",), ("IRMS3",))


@dataclass(frozen=True)
class TicReading:
    """A meter's measurement at one instant. `currents` are signed per phase (negative while
    the phase feeds the grid) and are sent as whole amperes without sign."""

    currents: tuple[float, float, float]
    voltages: tuple[float, float, float] = (230.0, 230.0, 230.0)
    import_wh: float = 0.0
    export_wh: float = 0.0
    phases: int = 3
    subscribed_amps: int = 60  # ISOUSC, and PREF = 230 V × ISOUSC × phases rounded to kVA
    address: str = "041876543210"
    when: datetime | None = None  # standard mode's DATE; None leaves timestamps out

    def phase_list(self) -> range:
        return range(1 if self.phases == 1 else 3)

    def amps(self, i: int) -> int:
        return min(999, round(abs(self.currents[i])))

    def signed_va(self, i: int) -> float:
        return self.voltages[i] * self.currents[i]

    def drawn_va(self) -> int:
        return min(99999, round(max(0.0, sum(self.signed_va(i) for i in self.phase_list()))))

    def injected_va(self) -> int:
        return min(99999, round(max(0.0, -sum(self.signed_va(i) for i in self.phase_list()))))

    def overloaded(self) -> list[int]:
        """Phase indexes whose current is above the subscribed one."""
        return [i for i in self.phase_list() if self.amps(i) > self.subscribed_amps]


def meter_groups(reading: TicReading, mode: TicMode) -> list[TicGroup]:
    """The groups of one frame of a meter in `mode` (one- or three-phase, by `reading.phases`)."""
    if mode is TicMode.HISTORIC:
        return _historic(reading)
    return _standard(reading)


def _historic(r: TicReading) -> list[TicGroup]:
    three = r.phases == 3
    over = r.overloaded()
    if three and over:  # the short overload frame, instead of the full one
        adir = [TicGroup(f"ADIR{i + 1}", f"{r.amps(i) if i in over else 0:03d}") for i in range(3)]
        return [*adir, TicGroup("ADCO", r.address), *_iinst(r)]
    groups = [
        TicGroup("ADCO", r.address),
        TicGroup("OPTARIF", "BASE"),
        TicGroup("ISOUSC", f"{r.subscribed_amps:02d}"),
        TicGroup("BASE", f"{round(r.import_wh) % 10**9:09d}"),
        TicGroup("PTEC", "TH.."),
        *_iinst(r),
    ]
    if three:
        groups += [TicGroup(f"IMAX{i + 1}", "060") for i in range(3)]
        groups += [TicGroup("PMAX", "13800")]
    else:
        groups += [TicGroup("IMAX", "090")]
        if over:
            groups += [TicGroup("ADPS", f"{r.amps(0):03d}")]
    groups += [
        TicGroup("PAPP", f"{r.drawn_va():05d}"),
        TicGroup("HHPHC", "A"),
        TicGroup("MOTDETAT", "000000"),
    ]
    return groups + ([TicGroup("PPOT", "00")] if three else [])


def _iinst(r: TicReading) -> list[TicGroup]:
    if r.phases == 1:
        return [TicGroup("IINST", f"{r.amps(0):03d}")]
    return [TicGroup(f"IINST{i + 1}", f"{r.amps(i):03d}") for i in range(3)]


def tic_timestamp(when: datetime) -> str:
    """`SYYMMDDhhmmss`, S being E in summer time and H in winter time (a clock-aware time)."""
    season = "E" if when.dst() else "H"
    return f"{season}{when:%y%m%d%H%M%S}"


def _standard(r: TicReading) -> list[TicGroup]:
    stamp = tic_timestamp(r.when) if r.when is not None else ""
    kva = max(1, round(230 * r.subscribed_amps * len(r.phase_list()) / 1000))
    groups = [TicGroup("ADSC", r.address), TicGroup("VTIC", "02")]
    if stamp:
        groups.append(TicGroup("DATE", "", stamp))
    groups += [
        TicGroup("NGTF", "      BASE      "),
        TicGroup("LTARF", "      BASE      "),
        TicGroup("EAST", f"{round(r.import_wh) % 10**9:09d}"),
        TicGroup("EASF01", f"{round(r.import_wh) % 10**9:09d}"),
        TicGroup("EAIT", f"{round(r.export_wh) % 10**9:09d}"),
    ]
    phases = r.phase_list()
    groups += [TicGroup(f"IRMS{i + 1}", f"{r.amps(i):03d}") for i in phases]
    groups += [TicGroup(f"URMS{i + 1}", f"{min(999, round(r.voltages[i])):03d}") for i in phases]
    groups += [TicGroup("PREF", f"{min(99, kva):02d}"), TicGroup("PCOUP", f"{min(99, kva):02d}")]
    groups += [TicGroup("SINSTS", f"{r.drawn_va():05d}")]
    if r.phases == 3:
        groups += [
            TicGroup(f"SINSTS{i + 1}", f"{min(99999, round(max(0.0, r.signed_va(i)))):05d}")
            for i in phases
        ]
    if stamp:
        groups.append(TicGroup("SMAXSN", f"{r.drawn_va():05d}", stamp))
    groups += [
        TicGroup("SINSTI", f"{r.injected_va():05d}"),
        TicGroup("STGE", "003A0001"),
        TicGroup("NTARF", "01"),
    ]
    return groups


def frame_phases(frame: TicFrame) -> int:
    """3 when the frame carries a second or third phase, else 1."""
    labels = {g.label for g in frame.groups}
    return 3 if labels & {"IINST2", "IINST3", "IRMS2", "IRMS3"} else 1


def frame_currents(frame: TicFrame) -> tuple[int | None, int | None, int | None]:
    """Whole amperes per phase L1..L3 (no sign); None for a phase the frame does not carry."""
    table = _HISTORIC_CURRENTS if frame.mode is TicMode.HISTORIC else _STANDARD_CURRENTS
    found: list[int | None] = []
    for labels in table:
        values = [frame.number(label) for label in labels]
        found.append(next((v for v in values if v is not None), None))
    return found[0], found[1], found[2]


def frame_values(frame: TicFrame) -> dict[Measurand, float]:
    """What a charger takes from a frame, in its units: per-phase current (A, unsigned),
    voltage (V, standard mode), apparent power (VA) and the energy indexes (Wh)."""
    values: dict[Measurand, float] = {}
    for phase, amps in enumerate(frame_currents(frame), start=1):
        if amps is not None:
            values[phase_measurand(Kind.CURRENT, phase)] = float(amps)
        volts = frame.number(f"URMS{phase}")
        if volts is not None:
            values[phase_measurand(Kind.VOLTAGE, phase)] = float(volts)
        va = frame.number(f"SINSTS{phase}")
        if va is not None:
            values[phase_measurand(Kind.APPARENT_POWER, phase)] = float(va)
    total = frame.number("PAPP") if frame.mode is TicMode.HISTORIC else frame.number("SINSTS")
    if total is not None:
        values[Measurand.S_TOTAL] = float(total)
    for measurand, label in (
        (Measurand.E_IMPORT_TOTAL, "BASE" if frame.mode is TicMode.HISTORIC else "EAST"),
        (Measurand.E_EXPORT_TOTAL, "EAIT"),
    ):
        index = frame.number(label)
        if index is not None:
            values[measurand] = float(index)
    currents = [values.get(phase_measurand(Kind.CURRENT, p)) for p in (1, 2, 3)]
    if any(c is not None for c in currents):
        values[Measurand.I_SUM] = math.fsum(c for c in currents if c is not None)
    return values


def injecting(frame: TicFrame) -> bool | None:
    """Whether the site feeds the grid (standard mode's SINSTI > 0); None in historic mode."""
    injected = frame.number("SINSTI")
    return None if injected is None else injected > 0


def overload(frame: TicFrame) -> tuple[int, ...]:
    """The phases (1..3) the meter warns about (ADIR1–3, or ADPS on a one-phase meter)."""
    if frame.get("ADPS") is not None:
        return (1,)
    return tuple(p for p in (1, 2, 3) if (frame.number(f"ADIR{p}") or 0) > 0)
