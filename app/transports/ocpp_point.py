"""The central-system side of one charger's OCPP 1.6J connection, as the tool runs it.

`CentralPoint` answers what a charger sends (BootNotification, Heartbeat, StatusNotification,
MeterValues) and records it in the central system's timeline; it sends GetConfiguration,
ChangeConfiguration, Reset and TriggerMessage for the tool. The registration answer (accepted,
pending or rejected, and the interval) comes from the central system's policy. Framing and
schema checks are the `ocpp` package's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ocpp.routing import on
from ocpp.v16 import ChargePoint, call, call_result
from ocpp.v16.enums import MessageTrigger, RegistrationStatus, ResetType
from websockets.exceptions import ConnectionClosed

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Registration:
    """What the central system answers a BootNotification."""

    status: str = "Accepted"  # "Accepted", "Pending" or "Rejected"
    interval: int = 300  # seconds: heartbeat interval, or when to boot again


@dataclass(frozen=True, slots=True)
class CentralEvent:
    """One line of the timeline: when (seconds since the start), who, what, details."""

    at: float
    identity: str
    what: str
    detail: dict[str, Any] = field(default_factory=dict)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


Record = Callable[[str, str, dict[str, Any]], None]
Policy = Callable[[str, int], Registration]


class CentralPoint(ChargePoint):  # type: ignore[misc]
    """One connected charger."""

    def __init__(self, identity: str, connection: Any, record: Record, policy: Policy) -> None:
        super().__init__(identity, connection, response_timeout=30)
        self._record = record
        self._policy = policy
        self.boots = 0
        self.boot: dict[str, Any] = {}
        self.status: dict[int, str] = {}
        self.heartbeats = 0
        self.meter_values = 0

    async def _send(self, message: str) -> None:
        """Send; an answer to the charger that cannot go out because it just left is dropped,
        so the reader goes on to what the charger sent before leaving (its Reset answer)."""
        try:
            await super()._send(message)
        except ConnectionClosed:
            if not message.startswith(("[3", "[4")):
                raise
            log.debug("%s left before our answer went out", self.id)

    # --- what the charger sends ---------------------------------------------------------------

    @on("BootNotification")  # type: ignore[untyped-decorator]
    def on_boot(self, **fields: Any) -> Any:
        self.boots += 1
        answer = self._policy(self.id, self.boots)
        self.boot = fields
        self._record(self.id, "BootNotification", {**fields, "answer": answer.status})
        return call_result.BootNotification(
            current_time=_now(), interval=answer.interval, status=RegistrationStatus(answer.status)
        )

    @on("Heartbeat")  # type: ignore[untyped-decorator]
    def on_heartbeat(self) -> Any:
        self.heartbeats += 1
        self._record(self.id, "Heartbeat", {})
        return call_result.Heartbeat(current_time=_now())

    @on("StatusNotification")  # type: ignore[untyped-decorator]
    def on_status(self, connector_id: int, status: str, error_code: str, **more: Any) -> Any:
        self.status[connector_id] = status
        detail = {"connector": connector_id, "status": status, "error": error_code}
        self._record(self.id, "StatusNotification", detail)
        return call_result.StatusNotification()

    @on("MeterValues")  # type: ignore[untyped-decorator]
    def on_meter_values(self, connector_id: int, meter_value: list[Any], **more: Any) -> Any:
        self.meter_values += 1
        samples = [s for value in meter_value for s in value.get("sampled_value", [])]
        self._record(self.id, "MeterValues", {"connector": connector_id, "samples": samples})
        return call_result.MeterValues()

    # --- what the tool sends ------------------------------------------------------------------

    async def get_configuration(
        self, keys: list[str] | None = None
    ) -> tuple[dict[str, str | None], list[str]]:
        """{key: value (None: not shown, a secret)} and the keys the charger does not know."""
        answer = await self.call(call.GetConfiguration(key=keys), suppress=False)
        found = {
            str(entry["key"]): (None if entry.get("value") is None else str(entry["value"]))
            for entry in answer.configuration_key or []
        }
        unknown = [str(name) for name in answer.unknown_key or []]
        self._record(self.id, "GetConfiguration", {"keys": len(found), "unknown": unknown})
        return found, unknown

    async def change_configuration(self, key: str, value: str) -> str:
        """The charger's answer: Accepted, RebootRequired, Rejected or NotSupported."""
        answer = await self.call(call.ChangeConfiguration(key=key, value=value), suppress=False)
        status = str(answer.status)
        self._record(self.id, "ChangeConfiguration", {"key": key, "status": status})
        return status

    async def reset(self, hard: bool = False) -> str:
        kind = ResetType.hard if hard else ResetType.soft
        answer = await self.call(call.Reset(type=kind), suppress=False)
        self._record(self.id, "Reset", {"type": str(kind), "status": str(answer.status)})
        return str(answer.status)

    async def trigger(self, message: str, connector: int | None = None) -> str:
        request = call.TriggerMessage(
            requested_message=MessageTrigger(message), connector_id=connector
        )
        answer = await self.call(request, suppress=False)
        return str(answer.status)
