"""Logged-in chargers: login, certificate decisions, the overview read, live polling, logout.

One `ChargerClient` per charger, made by the driver its sighting names (the registry's default
for a typed address), and used under a lock because a charger may bind its session to one
connection (device-protocols.md §2.2). A poller per logged-in charger reads what its driver
names for the live status at a fixed interval and publishes it as `liveUpdated`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from app.core.errors import (
    CertificateChanged,
    CommissionerError,
    InvalidInput,
    LoginFailed,
    SessionBusy,
)
from app.core.identity import ChargerIdentity
from app.core.licence import LicenceKey
from app.core.overview import LiveStatus, Overview
from app.core.values import Value
from app.drivers import registry
from app.drivers.base import ChargerClient, Driver, LicenceInfo, SettingKey, Values
from app.services import credentials
from app.services.devices import ChargerDirectory, ChargerEntry, LinkState
from app.services.operations import Operation, OperationRunner
from app.services.tasks import TaskSet
from app.transports.pins import PinStore, fingerprint

log = logging.getLogger(__name__)

USERNAME = "admin"
_FAILED_LOGIN_STATE = {
    LoginFailed: LinkState.LOGIN_FAILED,
    SessionBusy: LinkState.BUSY,
    CertificateChanged: LinkState.CERTIFICATE_CHANGED,
}
LOGOUT_TIMEOUT = 5.0
_GOLDEN = 0.6180339887  # successive phases spread evenly over the poll interval


@dataclass(frozen=True, slots=True)
class LoginOutcome:
    serial: str
    remembered: bool  # False when asked to remember but no keyring exists
    remember_asked: bool


@dataclass
class _Session:
    client: ChargerClient
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    poller: asyncio.Task[None] | None = None
    live: LiveStatus | None = None
    poll_seconds: list[float] = field(default_factory=list)


class LockedClient:
    """A session's `ChargerClient` shared with the live poll: one request at a time.

    The session owns the connection: entering, leaving or closing this one neither logs in
    nor out.
    """

    def __init__(self, session: _Session) -> None:
        self._session = session
        self.identity = session.client.identity
        self.driver: Driver = session.client.driver

    async def __aenter__(self) -> LockedClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        return None

    async def close(self) -> None:
        return None

    @property
    def modbus(self) -> object:
        """The session client's own Modbus client (a Trydan's), lent to a live poll; None
        when its driver reads none. It is a connection of its own: no lock needed."""
        return getattr(self._session.client, "modbus", None)

    async def read(self, keys: Iterable[SettingKey]) -> Values:
        async with self._session.lock:
            return await self._session.client.read(keys)

    async def write(self, values: Mapping[SettingKey, Value]) -> None:
        async with self._session.lock:
            await self._session.client.write(values)

    async def reboot(self) -> None:
        async with self._session.lock:
            await self._session.client.reboot()

    async def wait_until_back(self, timeout: float = 300.0) -> ChargerIdentity:
        async with self._session.lock:
            self.identity = await self._session.client.wait_until_back(timeout)
        return self.identity

    async def licence(self) -> LicenceInfo:
        async with self._session.lock:
            return await self._session.client.licence()

    async def apply_licence(self, key: LicenceKey, *, timeout: float = 300.0) -> LicenceInfo:
        async with self._session.lock:
            return await self._session.client.apply_licence(key, timeout=timeout)


class SessionService(QObject):
    """Owns every logged-in client and its poller; all results come back as signals."""

    loggedIn = Signal(str)  # key
    loggedOut = Signal(str)
    liveUpdated = Signal(str, object)  # key, LiveStatus
    # key, CertificateChanged: the session ended; the login dialog's panel takes the decision
    certificateChanged = Signal(str, object)
    pollingChanged = Signal(int)

    def __init__(
        self,
        directory: ChargerDirectory,
        runner: OperationRunner,
        pins: PinStore,
        *,
        poll_interval: float = 2.0,
        timeout: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._runner = runner
        self._pins = pins
        self.poll_interval = poll_interval
        self._timeout = timeout
        # key → `host:port` of a charger's Modbus TCP server where it is not on the API's host
        # at port 502 (the demo site's Trydan); the driver's client falls back to it.
        self.modbus_addresses: dict[str, str] = {}
        # key → the serial port of a USB–RS-485 adapter on the charger's meter line (the demo
        # site's RS-485 meter); the meter test reads a Modbus RTU meter directly through it.
        self.rs485_ports: dict[str, str] = {}
        self._sessions: dict[str, _Session] = {}
        self._tasks = TaskSet()
        self._polls_started = 0

    @property
    def timeout(self) -> float:
        """Seconds a charger has to answer; a change applies to the next requests."""
        return self._timeout

    @timeout.setter
    def timeout(self, seconds: float) -> None:
        self._timeout = seconds

    # --- queries ------------------------------------------------------------------------

    def is_logged_in(self, key: str) -> bool:
        return key in self._sessions

    def logged_in(self) -> list[str]:
        return list(self._sessions)

    def live(self, key: str) -> LiveStatus | None:
        session = self._sessions.get(key)
        return session.live if session else None

    def poll_durations(self, key: str) -> list[float]:
        session = self._sessions.get(key)
        return list(session.poll_seconds) if session else []

    def shared_client(self, key: str) -> LockedClient | None:
        """The logged-in client of `key`, each request under the session lock (or None)."""
        session = self._sessions.get(key)
        return LockedClient(session) if session else None

    def address(self, key: str) -> str:
        """Where charger `key` is reached (its URL), or "" when it has no LAN address."""
        entry = self._directory.entry(key)
        return entry.url if entry is not None else ""

    @staticmethod
    def username() -> str:
        return USERNAME

    @staticmethod
    def remembered_password(serial: str) -> str | None:
        return credentials.keyring_password(serial)

    # --- login --------------------------------------------------------------------------

    def _require_entry(self, key: str) -> ChargerEntry:
        entry = self._directory.entry(key)
        if entry is None or not entry.url:
            raise InvalidInput(
                f"Charger {key} has no LAN address yet: add it by address or wait for discovery."
            )
        return entry

    def needs_password(self, key: str) -> bool:
        """Whether charger `key` asks for a password (False: its driver's API has no login:
        the window connects, and nothing goes to the keyring)."""
        entry = self._directory.entry(key)
        return entry.needs_password if entry is not None else True

    def login(self, key: str, password: str, *, remember: bool = False) -> Operation:
        """Log in as `admin`; fails with LoginFailed, SessionBusy or CertificateChanged.

        For a charger without a login (see `needs_password`) this connects: the password is
        ignored and never remembered."""

        async def body(operation: Operation) -> LoginOutcome:
            entry = self._require_entry(key)
            if entry.needs_password:
                operation.report(self.tr("Logging in to {name}…").format(name=entry.display_name))
            else:
                operation.report(self.tr("Connecting to {name}…").format(name=entry.display_name))
            secret = password if entry.needs_password else ""
            await self._close(key)
            client = await self._open(key, entry, secret)
            serial = client.identity.serial
            self._sessions[key] = session = _Session(client)
            self._directory.set_identity(key, client.identity)
            self._directory.set_state(key, LinkState.LOGGED_IN)
            self._polls_started += 1
            phase = (self._polls_started * _GOLDEN) % 1.0
            poll = self._poll(key, session, phase)
            session.poller = self._tasks.spawn(poll, name=f"poll {key}")
            self.pollingChanged.emit(len(self._sessions))
            self.loggedIn.emit(key)
            remembered = False
            asked = remember and entry.needs_password
            if asked:
                remembered = credentials.remember_password(serial, password) is None
            return LoginOutcome(serial, remembered, asked)

        if not self.needs_password(key):
            return self._runner.start(self.tr("Connecting to {key}").format(key=key), body)
        return self._runner.start(self.tr("Logging in to {key}").format(key=key), body)

    async def _open(self, key: str, entry: ChargerEntry, password: str) -> ChargerClient:
        driver = registry.driver(entry.driver)
        # The expected serial lets the client check the pin before sending anything.
        client = driver.client(
            entry.url,
            password,
            pins=self._pins,
            timeout=self._timeout,
            expected_serial=entry.serial or None,
            modbus=self.modbus_addresses.get(key),
        )
        try:
            await client.__aenter__()
        except BaseException as exc:
            await client.close()
            state = _FAILED_LOGIN_STATE.get(type(exc))
            if state is not None:
                self._directory.set_state(key, state)
            raise
        if client.identity.serial.upper() != key:
            await client.__aexit__(None, None, None)
            raise InvalidInput(
                f"{entry.url} is now charger {client.identity.serial}, not {key}: "
                "the address changed hands; refresh the list."
            )
        return client

    def accept_certificate(self, key: str, change: CertificateChanged) -> Operation:
        """Pin the certificate the installer saw in `change`, if the charger still presents it."""

        async def body(operation: Operation) -> None:
            entry = self._require_entry(key)
            operation.report(self.tr("Reading the new certificate…"))
            driver = registry.driver(entry.driver)
            der = await driver.presented_certificate(entry.url, timeout=self._timeout)
            now = fingerprint(der)
            if now != change.presented:
                raise CertificateChanged(change.serial, change.presented, now)
            self._pins.pin(change.serial, der)
            log.warning("Installer accepted a new certificate for %s (%s)", change.serial, now)
            self._directory.set_state(key, LinkState.READY)

        return self._runner.start(self.tr("Trusting a new certificate"), body)

    @asynccontextmanager
    async def borrow(self, key: str) -> AsyncIterator[ChargerClient]:
        """The logged-in client of `key`, held under its lock (polling waits meanwhile)."""
        session = self._sessions.get(key)
        if session is None:
            raise InvalidInput(f"Log in to charger {key} first.")
        async with session.lock:
            yield session.client

    # --- reads --------------------------------------------------------------------------

    def load_overview(self, key: str) -> Operation:
        """Identity, licences, socket states and limits of a logged-in charger."""

        async def body(operation: Operation) -> Overview:
            session = self._sessions.get(key)
            if session is None:
                raise InvalidInput(f"Log in to charger {key} first.")
            operation.report(self.tr("Reading the overview…"))
            client = session.client
            identity = client.identity
            async with session.lock:
                values = await client.read(client.driver.overview_keys(identity.sockets))
            overview = client.driver.overview(identity, values)
            if overview.device_name:
                self._directory.set_name(key, overview.device_name)
            return overview

        return self._runner.start(self.tr("Reading {key}").format(key=key), body)

    async def _poll(self, key: str, session: _Session, phase: float) -> None:
        """Poll forever; `phase` (0..1 of the interval) spreads the chargers' polls over time."""
        keys = session.client.driver.live_keys(session.client.identity.sockets)
        next_at = time.monotonic() + phase * self.poll_interval
        try:
            await self._poll_once(key, session, keys)
            while True:
                next_at = max(next_at + self.poll_interval, time.monotonic())
                await asyncio.sleep(next_at - time.monotonic())
                await self._poll_once(key, session, keys)
        except CertificateChanged as change:
            await self._end_after_change(key, session, change)

    async def _end_after_change(
        self, key: str, session: _Session, change: CertificateChanged
    ) -> None:
        """Stop polling and end the session: its client refuses every request until the
        installer decided (the login dialog shows both fingerprints), and logging out would be
        a request too, so the connection is only dropped."""
        log.warning("Stopped polling %s: %s", key, change)
        if self._sessions.get(key) is session:
            del self._sessions[key]
        async with session.lock:
            await session.client.close()
        self._directory.set_state(key, LinkState.CERTIFICATE_CHANGED, str(change))
        self.pollingChanged.emit(len(self._sessions))
        self.loggedOut.emit(key)
        self.certificateChanged.emit(key, change)

    async def _poll_once(self, key: str, session: _Session, keys: tuple[SettingKey, ...]) -> None:
        started = time.monotonic()
        try:
            async with session.lock:
                values = await session.client.read(keys)
        except CertificateChanged:
            raise
        except CommissionerError as exc:
            log.info("Polling %s failed: %s", key, exc)
            self._directory.set_state(key, LinkState.UNREACHABLE, str(exc))
            return
        session.live = session.client.driver.live_status(values, session.client.identity.sockets)
        session.poll_seconds.append(time.monotonic() - started)
        del session.poll_seconds[:-200]
        self._directory.set_state(key, LinkState.LOGGED_IN)
        self.liveUpdated.emit(key, session.live)

    # --- logout -------------------------------------------------------------------------

    def logout(self, key: str) -> Operation:
        """Log out (disconnect, for a charger without a login)."""
        connected = not self.needs_password(key)

        async def body(operation: Operation) -> None:
            operation.report(self.tr("Disconnecting…") if connected else self.tr("Logging out…"))
            await self._close(key)

        if connected:
            return self._runner.start(self.tr("Disconnecting from {key}").format(key=key), body)
        return self._runner.start(self.tr("Logging out of {key}").format(key=key), body)

    async def _close(self, key: str) -> None:
        session = self._sessions.pop(key, None)
        if session is None:
            return
        if session.poller is not None:
            session.poller.cancel()
            await asyncio.wait([session.poller], timeout=LOGOUT_TIMEOUT)
        try:
            # Under the lock: a read in flight finishes first (the session has one connection).
            async with asyncio.timeout(LOGOUT_TIMEOUT), session.lock:
                await session.client.__aexit__(None, None, None)
        except TimeoutError:
            log.info("Logout from %s timed out; connection dropped", key)
            await session.client.close()
        self._directory.set_state(key, LinkState.READY)
        self.pollingChanged.emit(len(self._sessions))
        self.loggedOut.emit(key)

    async def shutdown(self) -> None:
        """Log out of every charger (in parallel, bounded) and stop all polling."""
        closing = [self._tasks.spawn(self._close(k), name=f"logout {k}") for k in self._sessions]
        if closing:
            await asyncio.wait(closing, timeout=LOGOUT_TIMEOUT + 1)
        await self._tasks.cancel_all()
