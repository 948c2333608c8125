"""One authenticated session with an Alfen NG9xx local API: TLS pinning, login, requests.

The charger binds its session to the TCP connection and serves one client at a time
(device-protocols.md §2.2), so a session owns exactly one keep-alive connection. Every request
is bounded by a timeout; a 401/403 logs in again once; the password is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
from typing import Any

import httpx

from app.core.endpoints import Endpoint
from app.core.errors import (
    CertificateChanged,
    DeviceTimeout,
    LoginFailed,
    ProtocolError,
    SessionBusy,
    Unreachable,
)
from app.core.identity import ChargerIdentity
from app.core.lookalike import lookalike_variants
from app.drivers.alfen.discovery import identity_from_info
from app.transports.pins import PinStore, fingerprint, pinned_context, probe_context

log = logging.getLogger(__name__)

USERNAME = "admin"
DISPLAY_NAME = "commissioner"
_RETRYABLE_STATUS = (401, 403)


class AlfenSession:
    """Login, logout and bounded requests over one pinned keep-alive connection."""

    def __init__(
        self,
        endpoint: Endpoint,
        password: str,
        *,
        username: str = USERNAME,
        pins: PinStore | None = None,
        timeout: float = 10.0,
        expected_serial: str | None = None,
    ) -> None:
        self.endpoint = endpoint
        self._password = password
        self._username = username
        self._pins = pins if pins is not None else PinStore()
        self._timeout = timeout
        self._expected_serial = expected_serial
        self._client: httpx.AsyncClient | None = None
        # Set when the certificate changed: no request goes out until the installer decided.
        self._changed: CertificateChanged | None = None
        self._token: str | None = None
        self.identity: ChargerIdentity | None = None
        self.request_count = 0

    def __repr__(self) -> str:  # never show the password
        return f"AlfenSession({self.endpoint}, user={self._username!r})"

    # --- connection and identity ----------------------------------------------------------

    def _new_client(self, verify: ssl.SSLContext | bool) -> httpx.AsyncClient:
        auth = (self._username, self._password) if self.endpoint.scheme == "http" else None
        return httpx.AsyncClient(
            base_url=self.endpoint.base_url,
            verify=verify,
            auth=auth,
            timeout=httpx.Timeout(self._timeout),
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
            headers={"Accept": "application/json"},
        )

    async def identify(self) -> ChargerIdentity:
        """Read /api/info (no credentials), check or pin the certificate, remember the identity.

        With a pin for the expected charger the certificate is checked in a bare handshake
        before any request; without one (first use, or an address whose charger is not known
        yet) /api/info is read unverified, which carries no secret, and its serial's pin decides.
        """
        self._raise_if_changed()
        if self._is_tls:
            await self._check_handshake()
        verify: ssl.SSLContext | bool = probe_context() if self._is_tls else False
        async with self._new_client(verify) as probe:
            response = await self._send(probe, "GET", "/api/info")
            info = self._json(response)
            der = _peer_certificate(response) if self._is_tls else None
        identity = self._identity_from(info)
        if der is not None:
            self._check_pin(identity.serial, der)
        self.identity = identity
        return identity

    async def _check_handshake(self) -> None:
        """CertificateChanged before any request when the expected charger's pin differs."""
        serial = self._known_serial
        pin = self._pins.get(serial) if serial else None
        if pin is not None:
            self._check_pin(pin.serial, await self.presented_certificate())

    def _identity_from(self, info: object) -> ChargerIdentity:
        if not isinstance(info, dict) or not info.get("ObjectId"):
            raise ProtocolError(f"{self.endpoint} answered /api/info without an ObjectId.")
        try:
            identity = identity_from_info(info)
        except ProtocolError as exc:
            raise ProtocolError(f"Charger {self.endpoint} answered /api/info: {exc}.") from None
        expected = self._expected_serial
        if expected and identity.serial.casefold() != expected.casefold():
            raise ProtocolError(
                f"{self.endpoint} is charger {identity.serial}, not {self._expected_serial}."
            )
        return identity

    async def _identify_pinned(self) -> ChargerIdentity | None:
        """/api/info over a new connection that trusts only the expected charger's pin, kept
        for the login: one TLS handshake instead of two, which counts when a whole car park
        reconnects at once. None without such a pin, or when the certificate no longer
        matches it (`identify()` then tells the installer both fingerprints)."""
        serial = self._known_serial
        pin = self._pins.get(serial) if serial and self._is_tls else None
        if pin is None or self._client is not None:
            return None
        client = self._new_client(pinned_context(pin))
        try:
            identity = self._identity_from(self._json(await self._send(client, "GET", "/api/info")))
        except PinMismatch:
            await client.aclose()
            return None
        except BaseException:
            await client.aclose()
            raise
        self._client = client
        self.identity = identity
        return identity

    async def presented_certificate(self) -> bytes:
        """The DER certificate the charger presents now, from a bare TLS handshake.

        No request is sent (so nothing reaches whoever answers); the certificate is not checked
        against any pin. For the installer's explicit decision after CertificateChanged:
        compare its fingerprint with the one shown, then `PinStore.pin(serial, der)`.
        """
        if not self._is_tls:
            raise ProtocolError(f"{self.endpoint} speaks plain HTTP: there is no certificate.")
        host, port = self.endpoint.host, self.endpoint.port
        try:
            async with asyncio.timeout(self._timeout):
                _, writer = await asyncio.open_connection(host, port, ssl=probe_context())
        except TimeoutError:
            raise DeviceTimeout(
                f"Charger {self._name} did not answer within {self._timeout:g} s."
            ) from None
        except (OSError, ssl.SSLError) as exc:
            raise _handshake_error(self._name, exc) from None
        try:
            ssl_object = writer.get_extra_info("ssl_object")
            der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
        finally:
            writer.close()
            with contextlib.suppress(OSError, ssl.SSLError):
                await writer.wait_closed()
        if not der:
            raise ProtocolError(f"{self.endpoint} presented no certificate.")
        return bytes(der)

    @property
    def _known_serial(self) -> str | None:
        """The charger this session must reach: the one expected, else the one identified."""
        return self._expected_serial or (self.identity.serial if self.identity else None)

    @property
    def _is_tls(self) -> bool:
        return self.endpoint.scheme == "https"

    def _check_pin(self, serial: str, der: bytes) -> None:
        presented = fingerprint(der)
        pin = self._pins.get(serial)
        if pin is None:
            log.info("Pinning the certificate of %s on first use (%s)", serial, presented[:16])
            self._pins.pin(serial, der)
        elif pin.sha256 != presented:
            self._changed = CertificateChanged(serial, pin.sha256, presented)
            raise self._changed

    def _raise_if_changed(self) -> None:
        """Refuse every request after a certificate change, until the installer decided.

        Accepting pins the presented certificate; from then on this client connects again,
        still only over connections that trust that pin. Refusing keeps the old pin, so the
        client stays unusable.
        """
        change = self._changed
        if change is None:
            return
        pin = self._pins.get(change.serial)
        if pin is not None and pin.sha256 == change.presented:
            self._changed = None
            return
        raise CertificateChanged(change.serial, change.pinned, change.presented)

    async def open(self) -> ChargerIdentity:
        """Identify, then log in over a connection that trusts only the pinned certificate."""
        self._raise_if_changed()
        identity = await self._identify_pinned() or await self.identify()
        if self._client is None:
            verify: ssl.SSLContext | bool = False
            if self._is_tls:
                pin = self._pins.get(identity.serial)
                assert pin is not None  # identify() pinned it
                verify = pinned_context(pin)
            self._client = self._new_client(verify)
        try:
            await self.login()
        except BaseException:
            await self.close_connection()  # a failed login must not leak the connection
            raise
        return identity

    # --- login ----------------------------------------------------------------------------

    async def login(self) -> None:
        """POST /api/login; token replies become a Bearer header, cookie replies stay in the jar."""
        client = self._require_client()
        self._token = None
        client.headers.pop("Authorization", None)
        body = {"username": self._username, "password": self._password, "displayname": DISPLAY_NAME}
        response = await self._send(client, "POST", "/api/login", json_body=body)
        if response.status_code in _RETRYABLE_STATUS:
            raise LoginFailed(
                f"Charger {self._name} refused the login for user '{self._username}'.",
                variants=lookalike_variants(self._password),
            )
        self._raise_for_status(response, "log in")
        if response.content.strip():
            reply = self._json(response)
            token = reply.get("access") if isinstance(reply, dict) else None
            if isinstance(token, str) and token:
                self._token = token
                client.headers["Authorization"] = f"Bearer {token}"

    async def logout(self) -> None:
        """POST /api/logout and close the connection; errors here are only logged."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            await self._send(client, "POST", "/api/logout", content=b'""')
        except (DeviceTimeout, Unreachable, SessionBusy, ProtocolError) as exc:
            log.info("Logout from %s failed (%s); closing anyway", self._name, exc)
        finally:
            await client.aclose()

    async def close_connection(self) -> None:
        """Drop the connection without logging out (the charger is rebooting)."""
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    @property
    def _name(self) -> str:
        return self.identity.serial if self.identity else str(self.endpoint)

    def _require_client(self) -> httpx.AsyncClient:
        """The logged-in connection; never an unverified one (a password would follow it)."""
        self._raise_if_changed()
        if self._client is None:
            raise Unreachable(f"Not connected to charger {self._name}.")
        return self._client

    # --- requests -------------------------------------------------------------------------

    async def request(
        self, method: str, path: str, *, json_body: object = None, retry: bool = True
    ) -> Any:
        """An authenticated request whose reply must be a success, as JSON (None when empty)."""
        response = await self.request_raw(method, path, json_body=json_body, retry=retry)
        self._raise_for_status(response, f"{method} {path.split('?', maxsplit=1)[0]}")
        return self._json(response) if response.content.strip() else None

    async def request_raw(
        self, method: str, path: str, *, json_body: object = None, retry: bool = True
    ) -> httpx.Response:
        """An authenticated request, its reply as sent (text pages; status unchecked); logs
        in again once on 401/403 or a dropped connection.

        Without a connection (a reboot, a failed reconnect) it opens a new one first: identified
        against the pin and logged in, never an unchecked one.
        """
        self._raise_if_changed()
        if self._client is None:
            await self.open()
        client = self._require_client()
        try:
            response = await self._send(client, method, path, json_body=json_body)
        except (SessionBusy, Unreachable, PinMismatch):
            # identify() inside open() turns a pin mismatch into CertificateChanged
            if not retry:
                raise
            log.info("Connection to %s lost; reconnecting and logging in again", self._name)
            await self.close_connection()
            await self.open()
            return await self.request_raw(method, path, json_body=json_body, retry=False)
        if response.status_code in _RETRYABLE_STATUS and retry:
            log.info("Session with %s expired; logging in again", self._name)
            await self.login()
            return await self.request_raw(method, path, json_body=json_body, retry=False)
        return response

    async def _send(
        self,
        client: httpx.AsyncClient,
        method: str,
        path: str,
        *,
        json_body: object = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        self.request_count += 1
        if json_body is not None:
            content = json.dumps(json_body).encode()
        headers = {"Content-Type": "application/json"} if content is not None else None
        try:
            async with asyncio.timeout(self._timeout + 1):
                return await client.request(method, path, content=content, headers=headers)
        except (TimeoutError, httpx.TimeoutException):
            raise DeviceTimeout(
                f"Charger {self._name} did not answer within {self._timeout:g} s."
            ) from None
        except httpx.TransportError as exc:
            raise _transport_error(self._name, exc) from None
        except asyncio.CancelledError:
            # Cut short (an operation cancelled), httpx may keep its one connection slot taken:
            # the next request would wait for it until its timeout. Start afresh instead.
            if client is self._client:
                await asyncio.shield(self.close_connection())
            raise

    def _raise_for_status(self, response: httpx.Response, what: str) -> None:
        if response.is_success:
            return
        detail = _error_text(response)
        raise ProtocolError(
            f"Charger {self._name} refused to {what} (HTTP {response.status_code}{detail})."
        )

    def _json(self, response: httpx.Response) -> Any:
        try:
            return json.loads(response.content.decode("utf-8", errors="replace"))
        except ValueError:
            snippet = response.content[:40].decode("utf-8", errors="replace")
            raise ProtocolError(
                f"Charger {self._name} answered something that is not JSON: {snippet!r}."
            ) from None


class PinMismatch(ProtocolError):
    """The TLS handshake failed against the pinned certificate."""


def _peer_certificate(response: httpx.Response) -> bytes | None:
    stream = response.extensions.get("network_stream")
    ssl_object = stream.get_extra_info("ssl_object") if stream is not None else None
    return ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None


def _error_text(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    text = body.get("error") if isinstance(body, dict) else None
    return f": {text}" if isinstance(text, str) else ""


def _transport_error(name: str, exc: httpx.TransportError) -> Exception:
    """Tell 'nothing listens' apart from 'another client holds the charger' (a reset)."""
    return _connection_error(name, exc, connect=isinstance(exc, httpx.ConnectError))


def _handshake_error(name: str, exc: BaseException) -> Exception:
    return _connection_error(name, exc, connect=True)


# A charger that serves another client accepts the TCP connection and resets it, before or
# during the TLS handshake; what the client sees depends on timing and platform.
_RESET_TYPES = (ConnectionResetError, ConnectionAbortedError, BrokenPipeError, EOFError)
_RESET_WORDS = ("reset", "eof", "disconnected", "closed", "broken pipe", "aborted")


def _connection_error(name: str, exc: BaseException, *, connect: bool) -> Exception:
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 8:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in chain):
        return PinMismatch(f"Charger {name}'s certificate does not match its pin.")
    if any(isinstance(c, ConnectionRefusedError) for c in chain) or "refused" in str(exc).lower():
        return Unreachable(f"Nothing answers at charger {name} (connection refused).")
    text = " ".join(str(c) for c in chain).lower()
    reset = any(isinstance(c, _RESET_TYPES) for c in chain) or any(w in text for w in _RESET_WORDS)
    handshake = any(isinstance(c, ssl.SSLError) for c in chain)
    dropped = isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError) or connect
    if dropped and (reset or handshake):
        return SessionBusy(
            f"Charger {name} accepted the connection and dropped it at once: another client "
            "(the MyEve app, another laptop, a back-office tool) holds its only session."
        )
    return Unreachable(f"Cannot reach charger {name} ({exc.__class__.__name__}: {exc}).")
