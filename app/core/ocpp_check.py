"""The back-office check's findings and verdict, from what was read and what the charger sent.

No I/O here: app/workflows/ocpp_check.py gathers the facts (the charger's settings, DNS and TCP
from the laptop, the temporary central system's timeline) and this module puts them in words.
The usual on-site failures (device-protocols.md §3.4): a host name the charger cannot resolve,
an identity the back office does not know, two chargers with one identity, a wrong security
profile.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.ocpp import BOOT_STATES

BOOT_MEANING = {
    "none": "not registered: no back office has accepted a boot notification yet (no URL set, "
    "or the back office was not reached)",
    "pending": "pending: the back office knows the charger but has not accepted it yet",
    "accepted": "accepted: the charger is registered with its back office",
    "rejected": "rejected: the back office refused the charger (check the charge-box identity)",
}


RESERVED_SUFFIXES = (".invalid", ".example", ".test")


def reserved_name(host: str) -> bool:
    """A special-use name (RFC 6761: `.invalid`, `.example`, `.test`): it never resolves on
    the internet; a sample plan's URL left in place is the usual cause."""
    name = host.lower().rstrip(".")
    return any(name.endswith(s) or name == s[1:] for s in RESERVED_SUFFIXES)


def boot_words(code: int | None) -> str:
    if code is None:
        return "unknown (the charger does not report it)"
    name = BOOT_STATES.get(code)
    return BOOT_MEANING[name] if name else f"code {code}, not one the tool knows"


@dataclass(frozen=True, slots=True)
class Reachability:
    """The configured back office as the laptop sees it."""

    url: str
    host: str = ""
    port: int = 0
    addresses: tuple[str, ...] = ()
    resolve_error: str = ""
    connect_error: str = ""  # "" with addresses: a TCP connection was made
    checked: bool = True  # False: no URL, nothing to check
    reserved: bool = False  # a special-use name (reserved_name): it never resolves

    def words(self) -> str:
        if not self.checked:
            return "no back-office URL is set"
        if self.resolve_error:
            return (
                f"{self.host} does not resolve from this laptop ({self.resolve_error}); the "
                "charger's DNS may differ, but a typing error is the usual cause"
            )
        where = ", ".join(self.addresses)
        if self.connect_error:
            problem = self.connect_error
            return f"{self.host} is {where}, but port {self.port} does not answer ({problem})"
        return f"{self.host} is {where} and port {self.port} answers from this laptop"


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the verdict; `code` and `args` let a window say it in its own language."""

    ok: bool
    text: str
    code: str = ""
    args: dict[str, str] = field(default_factory=dict)


FINDING_TEXT = {
    "boot": "boot notification from {model}",
    "no_boot": "no boot notification reached the temporary back office",
    "identity_ok": "identity {identity} as configured",
    "identity_wrong": "the charger connected as {seen}, not as its configured identity {identity}",
    "duplicate": "two connections used one identity: two chargers share it",
    "heartbeats": "{count} heartbeat(s) received",
    "no_heartbeat": "no heartbeat within the wait",
    "connectors_ok": "every connector reported its status",
    "connectors_missing": "no status of connector(s) {missing}",
    "restored": "the customer's back-office settings are back",
    "not_restored": "the customer's back-office settings could not be confirmed back",
}


def _finding(ok: bool, code: str, **args: str) -> Finding:
    return Finding(ok, FINDING_TEXT[code].format(**args), code, args)


@dataclass
class CheckFacts:
    """What the temporary central system saw, in the order it happened."""

    expected_identity: str
    timeline: list[dict[str, Any]] = field(default_factory=list)
    keys: dict[str, str | None] = field(default_factory=dict)
    restored: bool = False
    sockets: int = 1


def _of(facts: CheckFacts, what: str) -> list[dict[str, Any]]:
    return [e for e in facts.timeline if e["what"] == what]


def findings(facts: CheckFacts) -> list[Finding]:
    """One line per check: boot, identity, duplicate identity, heartbeat, connectors, restore."""
    out: list[Finding] = []
    boots = _of(facts, "BootNotification")
    model = str(boots[0].get("charge_point_model", "?")) if boots else ""
    out.append(_finding(True, "boot", model=model) if boots else _finding(False, "no_boot"))
    seen = sorted({e["identity"] for e in facts.timeline if e["what"] == "Connected"})
    identity = facts.expected_identity
    if seen and identity not in seen:
        out.append(_finding(False, "identity_wrong", seen=", ".join(seen), identity=identity))
    elif seen:
        out.append(_finding(True, "identity_ok", identity=identity))
    if _of(facts, "DuplicateIdentity"):
        out.append(_finding(False, "duplicate"))
    beats = len(_of(facts, "Heartbeat"))
    out.append(
        _finding(True, "heartbeats", count=str(beats)) if beats else _finding(False, "no_heartbeat")
    )
    connectors = {e["connector"] for e in _of(facts, "StatusNotification")}
    missing = [str(n) for n in range(1, facts.sockets + 1) if n not in connectors]
    out.append(
        _finding(False, "connectors_missing", missing=", ".join(missing))
        if missing
        else _finding(True, "connectors_ok")
    )
    out.append(_finding(True, "restored") if facts.restored else _finding(False, "not_restored"))
    return out


def verdict(items: list[Finding]) -> tuple[bool, str]:
    failed = [f.text for f in items if not f.ok]
    if not failed:
        return True, "The charger reaches an OCPP back office, registers and reports as it should."
    return False, "Back-office check failed: " + "; ".join(failed) + "."


@dataclass
class PassiveResult:
    url: str
    identity: str
    boot_state: int | None
    heartbeat_interval: int | None
    reachability: Reachability

    def lines(self) -> list[str]:
        return [
            f"Back-office URL: {self.url or 'none set'}",
            f"Charge-box identity: {self.identity or 'none set'}",
            f"Boot notification: {boot_words(self.boot_state)}",
            "Heartbeat interval in force: "
            + (f"{self.heartbeat_interval} s" if self.heartbeat_interval else "unknown")
            + " (the charger does not report the time of its last heartbeat)",
            f"From this laptop: {self.reachability.words()}",
        ]


@dataclass
class CheckResult:
    serial: str
    started: str
    passive: PassiveResult
    facts: CheckFacts | None = None
    items: list[Finding] = field(default_factory=list)
    passed: bool = False
    summary: str = ""
