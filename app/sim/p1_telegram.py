"""Reading a DSMR P1 telegram the way a charger's P1 input does: CRC, OBIS lines, per-phase values.

Only what ALB and the smart-meter view need (device-protocols.md §2.9): version 0.2.8,
timestamp 1.0.0, per-phase voltage 32/52/72.7.0, current 31/51/71.7.0 (whole amperes on real
meters, unsigned: the sign comes from the phase's import 21/41/61.7.0 and export 22/42/62.7.0
power), totals 1.7.0 / 2.7.0, energy registers 1.8.x / 2.8.x.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from app.core.errors import ProtocolError
from app.core.measurands import Kind, Measurand, phase_measurand
from app.sim.p1 import crc16

_LINE = re.compile(r"^\d+-\d+:(\d+\.\d+\.\d+)\(([^)]*)\)")
_PHASES = (("32.7.0", "31.7.0", "21.7.0", "22.7.0"),
           ("52.7.0", "51.7.0", "41.7.0", "42.7.0"),
           ("72.7.0", "71.7.0", "61.7.0", "62.7.0"))  # fmt: skip


@dataclass(frozen=True)
class P1Telegram:
    """One checked telegram: OBIS code (without the medium prefix) → raw value text."""

    fields: dict[str, str]

    def number(self, code: str) -> float | None:
        """The numeric value of `code` (unit stripped), or None when the line is absent."""
        raw = self.fields.get(code)
        if raw is None:
            return None
        try:
            return float(raw.split("*", 1)[0])
        except ValueError:
            raise ProtocolError(f"P1 line {code}: '{raw}' is not a number.") from None

    @property
    def version(self) -> str:
        """`50` → `5.0`; empty when the telegram has no version line (DSMR 2.2)."""
        raw = self.fields.get("0.2.8", "")
        return f"{raw[0]}.{raw[1:]}" if len(raw) >= 2 else raw

    @property
    def timestamp(self) -> int:
        """Seconds since the epoch of the 1.0.0 line (`YYMMDDhhmmssS|W`, Dutch time); 0 if none."""
        raw = self.fields.get("1.0.0", "")
        if len(raw) != 13:
            return 0
        offset = timezone(timedelta(hours=2 if raw[-1] == "S" else 1))
        try:
            moment = datetime.strptime(raw[:12], "%y%m%d%H%M%S").replace(tzinfo=offset)
        except ValueError:
            return 0
        return int(moment.astimezone(UTC).timestamp())

    def measurands(self) -> dict[Measurand, float]:
        """What the charger takes from the telegram, in its units (V, A, W, Wh)."""
        values: dict[Measurand, float] = {}
        for phase, (volt, amp, plus, minus) in enumerate(_PHASES, start=1):
            power = self._power(plus, minus)
            if power is not None:
                values[phase_measurand(Kind.POWER, phase)] = power
            voltage, current = self.number(volt), self.number(amp)
            if voltage is not None:
                values[phase_measurand(Kind.VOLTAGE, phase)] = voltage
            if current is not None:
                sign = -1.0 if power is not None and power < 0 else 1.0
                values[phase_measurand(Kind.CURRENT, phase)] = sign * current
        total = self._power("1.7.0", "2.7.0")
        if total is not None:
            values[Measurand.P_TOTAL] = total
        for measurand, codes in (
            (Measurand.E_IMPORT_TOTAL, ("1.8.1", "1.8.2")),
            (Measurand.E_EXPORT_TOTAL, ("2.8.1", "2.8.2")),
        ):
            parts = [self.number(c) for c in codes]
            if any(p is not None for p in parts):
                values[measurand] = sum(p or 0.0 for p in parts) * 1000.0
        return values

    def _power(self, plus: str, minus: str) -> float | None:
        """Net import power in W from the import and export lines (kW)."""
        imported, exported = self.number(plus), self.number(minus)
        if imported is None and exported is None:
            return None
        return ((imported or 0.0) - (exported or 0.0)) * 1000.0


def parse_telegram(text: str) -> P1Telegram:
    """Check the CRC (DSMR 4+) and collect the OBIS lines; ProtocolError when it is damaged."""
    start, bang = text.find("/"), text.rfind("!")
    if start < 0 or bang < start:
        raise ProtocolError("P1: a telegram must run from '/' to '!'.")
    given = text[bang + 1 : bang + 5]
    if given:
        expected = crc16(text[start : bang + 1].encode("ascii", errors="replace"))
        if not re.fullmatch(r"[0-9A-Fa-f]{4}", given) or int(given, 16) != expected:
            raise ProtocolError(f"P1: CRC {given} does not match {expected:04X}.")
    fields: dict[str, str] = {}
    for line in text[start:bang].splitlines():
        match = _LINE.match(line.strip())
        if match:
            fields[match.group(1)] = match.group(2)
    return P1Telegram(fields)
