"""What a simulated charger remembers of its own life: event log, transactions, RFID tags.

A real charger keeps an event-log ring buffer, a transaction log and an RFID whitelist, and
support staff read them over the local API (`/api/log`, `/api/transactions`, `/api/whitelist`).
The simulator records its own events in the same shapes. Where the vendor leaves room, the
simulator's choices are:

- Event log: a ring of `LOG_CAPACITY` lines, `<id>_<ISO8601 UTC>:<LEVEL>:<file>:<line>:<text>`,
  ids counting up from 1 and never reused; the text never carries a property's value (a value
  can be a secret, such as a licence key).
- Transaction log: records numbered from 0 upwards, `<number>_<kind>: <fields>`, kinds `txstart`
  and `txstop` (`id <n>, socket <n>, <ISO8601 UTC>, <kWh> kWh, tag <tag>`) and `rs` (a reboot:
  `boot <n>, <ISO8601 UTC>`). Energy is estimated from the currents while the session lasted.
- Whitelist: `WHITELIST_SLOTS` slots; a tag added goes into the first free slot, removing one
  leaves a hole (the list is sparse, as on a real charger).
- Wi-Fi scan: a fixed, made-up neighbourhood derived from the serial number.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

LOG_CAPACITY = 1000
TRANSACTION_CAPACITY = 500
WHITELIST_SLOTS = 128
VOLTS = 230.0
SIM_TAG = "SIMULATED"  # the tag of sessions started by plugging in (no RFID card shown)

Now = Callable[[], datetime]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Tag:
    """One whitelist record, in the field names of the charger's JSON."""

    tag: str
    parent: str = ""
    status: int = 1  # 1 accepted (the simulator's only status)
    expiry: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "tag": self.tag,
            "parent": self.parent,
            "status": self.status,
            "expiryDate": self.expiry,
        }


@dataclass
class OpenSession:
    transaction: int
    started: float  # site seconds
    tag: str


class ChargerEvents:
    """One charger's event log, transaction log, whitelist and Wi-Fi neighbourhood."""

    def __init__(self, serial: str, now: Now | None = None) -> None:
        self.serial = serial
        self._now = now or (lambda: datetime.now(UTC))
        self.log: deque[str] = deque(maxlen=LOG_CAPACITY)
        self.next_log_id = 1
        self.transactions: deque[str] = deque(maxlen=TRANSACTION_CAPACITY)
        self.next_record = 0
        self.next_transaction = 1
        self.meter_kwh: dict[int, float] = {}
        self.open: dict[int, OpenSession] = {}
        self.whitelist: list[Tag | None] = [None] * WHITELIST_SLOTS
        self.add_line("INFO", "main.c", 112, f"charger {serial} started")

    # --- event log --------------------------------------------------------------------------

    def add_line(self, level: str, file: str, line: int, text: str) -> None:
        self.log.append(f"{self.next_log_id}_{_iso(self._now())}:{level}:{file}:{line}:{text}")
        self.next_log_id += 1

    def log_page(self, offset: int, lines: int) -> list[str]:
        """`lines` lines counted back from the newest, skipping `offset`; oldest first."""
        newest = len(self.log) - offset
        if newest <= 0 or lines <= 0:
            return []
        return list(self.log)[max(0, newest - lines) : newest]

    # --- transaction log --------------------------------------------------------------------

    def _record(self, kind: str, fields: str) -> None:
        self.transactions.append(f"{self.next_record}_{kind}: {fields}")
        self.next_record += 1

    def transaction_page(self, offset: int, count: int) -> list[str]:
        """Up to `count` records numbered ≤ `offset`, the newest of them; oldest first."""
        found = [r for r in self.transactions if int(r.split("_", 1)[0]) <= offset]
        return found[-count:] if count > 0 else []

    # --- what happens to the charger --------------------------------------------------------

    def session_started(self, socket: int, site_now: float, tag: str = SIM_TAG) -> None:
        if socket in self.open:  # plugged again without leaving: the old session ends
            self.session_stopped(socket, site_now, 0.0)
        number = self.next_transaction
        self.next_transaction += 1
        self.open[socket] = OpenSession(number, site_now, tag)
        kwh = self.meter_kwh.setdefault(socket, 0.0)
        stamp = _iso(self._now())
        self._record("txstart", f"id {number}, socket {socket}, {stamp}, {kwh:.3f} kWh, tag {tag}")
        self.add_line("INFO", "evse.c", 431, f"socket {socket}: EV connected, session {number}")

    def session_stopped(self, socket: int, site_now: float, amps: float) -> None:
        """The EV left; `amps`: the sum of its phase currents, for the energy estimate."""
        session = self.open.pop(socket, None)
        if session is None:
            return
        hours = max(0.0, site_now - session.started) / 3600
        kwh = self.meter_kwh.get(socket, 0.0) + VOLTS * amps * hours / 1000
        self.meter_kwh[socket] = kwh
        stamp = _iso(self._now())
        self._record(
            "txstop",
            f"id {session.transaction}, socket {socket}, {stamp}, {kwh:.3f} kWh, tag {session.tag}",
        )
        self.add_line(
            "INFO", "evse.c", 502, f"socket {socket}: EV left, session {session.transaction} ended"
        )

    def rebooting(self, site_now: float) -> None:
        for socket in list(self.open):
            self.session_stopped(socket, site_now, 0.0)
        self.add_line("WARN", "main.c", 640, "reboot: going down")

    def booted(self, boot_count: int, firmware: str) -> None:
        self._record("rs", f"boot {boot_count}, {_iso(self._now())}")
        self.add_line("INFO", "main.c", 118, f"boot {boot_count}, firmware {firmware}")

    def written(self, pid: str, *, rejected: bool = False) -> None:
        """A client wrote a property: its id only, never its value (it may be a secret)."""
        if rejected:
            self.add_line("WARN", "props.c", 288, f"write of {pid} refused")
        else:
            self.add_line("INFO", "props.c", 275, f"property {pid} written")

    def login(self, accepted: bool) -> None:
        if accepted:
            self.add_line("INFO", "http.c", 77, "login: admin")
        else:
            self.add_line("WARN", "http.c", 81, "login refused: wrong user name or password")

    # --- whitelist --------------------------------------------------------------------------

    def whitelist_page(self, index: int) -> list[Tag]:
        """The tags in slots index…index+15 (holes left out)."""
        return [t for t in self.whitelist[index : index + 16] if t is not None]

    def add_tag(self, tag: str) -> bool:
        """False when the list is full; adding a tag already there changes nothing."""
        if any(t is not None and t.tag == tag for t in self.whitelist):
            return True
        for slot, held in enumerate(self.whitelist):
            if held is None:
                self.whitelist[slot] = Tag(tag)
                self.add_line("INFO", "rfid.c", 190, f"tag {tag} added to slot {slot}")
                return True
        return False

    def remove_tag(self, tag: str) -> bool:
        for slot, held in enumerate(self.whitelist):
            if held is not None and held.tag == tag:
                self.whitelist[slot] = None
                self.add_line("INFO", "rfid.c", 214, f"tag {tag} removed from slot {slot}")
                return True
        return False

    def clear_personal_data(self) -> None:
        """`POST /api/clearpersonaldata`: tags, transactions and the log are erased."""
        self.whitelist = [None] * WHITELIST_SLOTS
        self.transactions.clear()
        self.open.clear()
        self.log.clear()
        self.add_line("INFO", "main.c", 702, "personal data erased")

    # --- Wi-Fi ------------------------------------------------------------------------------

    def wifi_scan(self) -> list[dict[str, object]]:
        """A made-up neighbourhood, the same for a serial every time."""
        seed = hashlib.sha256(self.serial.encode()).digest()
        names = ("Workshop", "Office-Guest", "Depot-5G", "Neighbour", "Printer-Direct")
        bands = ("2.4GHz", "2.4GHz", "5GHz", "2.4GHz", "2.4GHz")
        security = ("WPA2", "WPA2", "WPA3", "WPA2", "Open")
        return [
            {
                "Ssid": f"{name}-{seed[i]:02X}",
                "SignalStrength": -40 - seed[i + 8] % 50,
                "Security": security[i],
                "Band": bands[i],
            }
            for i, name in enumerate(names)
        ]
