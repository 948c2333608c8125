"""The on-site back-office check: passive, then (with the installer's consent) a live one.

Passive (nothing on the charger changes): the configured back-office URL and identity and the
boot state the charger reports, and from the laptop whether the URL's host resolves and its
port answers.

Temporary (`temporary_check`): a central system on the laptop (app/transports/ocpp_central.py);
the charger's back-office URL is pointed at it through the journal of temporary settings
(app/workflows/temporary_settings.py: the customer's URL is journalled as found before the write,
so `journal rollback` or the next check puts it back after a crash). Then: wait for the boot
notification, read the whole configuration, wait for a heartbeat and every connector's status,
put the customer's URL back (and check it). A real NG9xx takes a new URL at its next reboot, so
with `reboot` the charger reboots after each of the two writes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol, cast
from urllib.parse import urlsplit

from app.core.identity import ChargerIdentity
from app.core.ocpp_check import (
    CheckFacts,
    CheckResult,
    PassiveResult,
    Reachability,
    boot_words,
    findings,
    reserved_name,
    verdict,
)
from app.drivers.alfen.ocpp_keys import BACK_OFFICE_URL as URL
from app.drivers.alfen.ocpp_keys import BOOT_STATE, IDENTITY
from app.drivers.alfen.ocpp_keys import HEARTBEAT_IN_FORCE as HEARTBEAT
from app.drivers.alfen.ocpp_keys import SOCKET_COUNT as SOCKETS
from app.drivers.base import SettingKey, Values
from app.transports.ocpp_central import CentralSystem
from app.transports.ocpp_point import Registration
from app.workflows.temporary_settings import JournalLimitWriter, restore_shielded

log = logging.getLogger(__name__)

CHECK_INTERVAL = 10  # s: the heartbeat interval the temporary back office asks for


class CheckClient(Protocol):
    """What the check needs of a charger connection (a ChargerClient, or the window's shared
    one)."""

    @property
    def identity(self) -> ChargerIdentity: ...

    async def read(self, keys: Iterable[SettingKey]) -> Values: ...

    async def reboot(self) -> None: ...

    async def wait_until_back(self, timeout: float = ...) -> ChargerIdentity: ...


async def reachability(url: str, timeout: float = 5.0) -> Reachability:
    """Does the URL's host resolve, and does its port take a TCP connection, from here?"""
    parts = urlsplit(url)
    if not url or not parts.hostname:
        return Reachability(url, checked=bool(url), resolve_error="not a URL" if url else "")
    port = parts.port or (443 if parts.scheme in ("wss", "https") else 80)
    host = parts.hostname
    if reserved_name(host):
        problem = "a reserved example name, which never resolves"
        return Reachability(url, host, port, resolve_error=problem, reserved=True)
    try:
        async with asyncio.timeout(timeout):
            found = await asyncio.get_running_loop().getaddrinfo(host, port)
    except (OSError, TimeoutError) as exc:
        return Reachability(url, host, port, resolve_error=str(exc) or "timed out")
    addresses = tuple(sorted({str(info[4][0]) for info in found}))
    try:
        async with asyncio.timeout(timeout):
            _, writer = await asyncio.open_connection(host, port)
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    except (OSError, TimeoutError) as exc:
        return Reachability(url, host, port, addresses, connect_error=str(exc) or "timed out")
    return Reachability(url, host, port, addresses)


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


async def passive_check(client: CheckClient, timeout: float = 5.0) -> PassiveResult:
    values = await client.read([URL, IDENTITY, BOOT_STATE, HEARTBEAT])
    url = str(values.get(URL, "") or "")
    return PassiveResult(
        url=url,
        identity=str(values.get(IDENTITY, "") or ""),
        boot_state=_int(values.get(BOOT_STATE)),
        heartbeat_interval=_int(values.get(HEARTBEAT)),
        reachability=await reachability(url, timeout),
    )


def _timeline(central: CentralSystem) -> list[dict[str, Any]]:
    return [
        {"at": round(e.at, 3), "identity": e.identity, "what": e.what, **e.detail}
        for e in central.timeline
    ]


async def temporary_check(
    client: CheckClient,
    writer: JournalLimitWriter,
    passive: PassiveResult,
    *,
    listen: str = "127.0.0.1",
    wait: float = 120.0,
    reboot: bool = True,
) -> CheckFacts:
    """Point the charger at a central system here, watch it, put the customer's URL back."""
    sockets = _int((await client.read([SOCKETS])).get(SOCKETS)) or 1
    expected = passive.identity or client.identity.serial
    facts = CheckFacts(expected_identity=expected, sockets=sockets)
    central = CentralSystem(host=listen, policy=Registration("Accepted", CHECK_INTERVAL))
    async with central:
        try:
            await writer.apply(cast("Mapping[SettingKey, float]", {URL: central.url}))
            if reboot:
                await _reboot(client)
            await _watch(central, facts, wait)
        finally:
            facts.timeline = _timeline(central)
            await restore_shielded(writer, f"Could not put back the back-office URL on {expected}")
    if reboot:
        await _reboot(client)
    back = (await client.read([URL])).get(URL, "")
    facts.restored = back == passive.url
    return facts


async def _reboot(client: CheckClient) -> None:
    await client.reboot()
    await client.wait_until_back()


async def _watch(central: CentralSystem, facts: CheckFacts, wait: float) -> None:
    """Boot, configuration, a heartbeat and every connector's status, within `wait` seconds."""
    end = time.monotonic() + wait

    def left() -> float:
        return max(0.0, end - time.monotonic())

    if not await central.wait_for(lambda: bool(central.events(what="BootNotification")), left()):
        return
    identity = central.events(what="BootNotification")[0].identity
    with contextlib.suppress(LookupError, TimeoutError):
        facts.keys, _ = await central.point(identity).get_configuration()

    def reported() -> bool:
        point = central.points.get(identity)
        statuses = point.status if point is not None else {}
        heard = all(n in statuses for n in range(1, facts.sockets + 1))
        return heard and bool(central.events(identity, "Heartbeat"))

    await central.wait_for(reported, left())


async def run_check(
    client: CheckClient,
    writer: JournalLimitWriter | None,
    *,
    listen: str = "127.0.0.1",
    wait: float = 120.0,
    reboot: bool = True,
) -> CheckResult:
    """The passive check, then the temporary one when `writer` is given (the consent)."""
    started = datetime.now(UTC).isoformat(timespec="seconds")
    passive = await passive_check(client)
    result = CheckResult(client.identity.serial, started, passive)
    if writer is None:
        result.passed = passive.boot_state == 2 and not passive.reachability.resolve_error
        result.summary = boot_words(passive.boot_state)
        return result
    result.facts = await temporary_check(
        client, writer, passive, listen=listen, wait=wait, reboot=reboot
    )
    result.items = findings(result.facts)
    result.passed, result.summary = verdict(result.items)
    return result
