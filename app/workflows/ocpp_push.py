"""Push an OCPP configuration export through the tool's own central system.

This shows the fleet path end to end: a back office (here a small one on the laptop,
app/transports/ocpp_central.py) sends each charger that connects with a listed identity its
ChangeConfiguration set in order, then a Reset when the set needs one. A charger's push stops at
the first key it refuses (Rejected or NotSupported), without a Reset, and says which key; the
others go on. Identities that never connect within the wait are reported as such.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.ocpp_export import ChargerExport
from app.transports.ocpp_central import CentralSystem

log = logging.getLogger(__name__)

TAKEN = ("Accepted", "RebootRequired")


@dataclass
class PushOutcome:
    identity: str
    answers: list[tuple[str, str]] = field(default_factory=list)  # (key, status)
    reset: str = ""  # the charger's answer to the Reset, "" when none was sent
    problem: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problem


Progress = Callable[[PushOutcome], None]


async def push_one(central: CentralSystem, export: ChargerExport, wait: float) -> PushOutcome:
    """Wait for this identity to boot at the central system, then send its set."""
    out = PushOutcome(export.identity)
    started = time.monotonic()
    identity = export.identity
    arrived = await central.wait_for(
        lambda: identity in central.points and central.points[identity].boots > 0, wait
    )
    if not arrived:
        out.problem = f"did not connect within {wait:g} s"
        return out
    point = central.point(identity)
    try:
        for change in export.changes:
            status = await point.change_configuration(change.key, change.value)
            out.answers.append((change.key, status))
            if status not in TAKEN:
                out.problem = f"refused {change.key} ({status})"
                return out
        if export.reset:
            out.reset = await point.reset()
            if out.reset != "Accepted":
                out.problem = f"refused the Reset ({out.reset})"
    except (TimeoutError, LookupError, ConnectionError) as exc:
        out.problem = f"lost during the push ({exc or type(exc).__name__})"
    except Exception as exc:  # a CallError from the charger, a closed socket
        out.problem = f"error during the push ({type(exc).__name__}: {exc})"
    finally:
        out.seconds = time.monotonic() - started
    return out


async def push(
    central: CentralSystem,
    exports: list[ChargerExport],
    *,
    wait: float = 600.0,
    progress: Progress | None = None,
) -> list[PushOutcome]:
    """Push every export at once (each charger at its own pace); outcomes in export order."""

    async def one(export: ChargerExport) -> PushOutcome:
        outcome = await push_one(central, export, wait)
        if progress is not None:
            progress(outcome)
        return outcome

    return list(await asyncio.gather(*(one(e) for e in exports)))
