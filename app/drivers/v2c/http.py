"""The Trydan local HTTP API (device-protocols.md §2.7, §3.2): plain HTTP, no login.

`GET /RealTimeData` answers every field at once; `GET /read/<Keyword>` one scalar (404 when
the firmware lacks it); `GET /write/<Keyword>=<value>` writes, and only an HTTP 200 whose body
is exactly `OK` counts as done. Keywords outside the documented writable list are refused here,
before anything is sent. Every request is bounded by the timeout; every failure is an error of
app.core.errors. `requests` counts what went on the wire (the figures in the closing note).
"""

from __future__ import annotations

import logging
from types import TracebackType

import httpx

from app.core.errors import DeviceTimeout, ProtocolError, Unreachable, WriteRejected
from app.core.text_input import shown
from app.drivers.v2c.keywords import BY_KEY, writable
from app.drivers.v2c.replies import REALTIME_PATH, Parsed, parse_realtime, parse_scalar

log = logging.getLogger(__name__)

OK = "OK"
DEFAULT_PORT = 80


class TrydanHttp:
    """One HTTP client to one Trydan at `base_url` (`http://host[:port]`)."""

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.requests = 0
        self.last_note = ""  # what was odd in the last reply ("" when nothing was)
        self._http: httpx.AsyncClient | None = None

    async def __aenter__(self) -> TrydanHttp:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(
                base_url=self.base_url, timeout=httpx.Timeout(self.timeout), trust_env=False
            )
        return self._http

    async def _get(self, path: str, what: str) -> httpx.Response:
        self.requests += 1
        try:
            return await self._client().get(path)
        except httpx.TimeoutException:
            await self.close()  # a late answer must not reach the next request
            raise DeviceTimeout(
                f"The Trydan at {self.base_url} did not answer {what} within {self.timeout:g} s."
            ) from None
        except httpx.HTTPError as exc:  # refused, reset, a broken reply: all "no answer"
            await self.close()
            why = str(exc) or type(exc).__name__
            raise Unreachable(f"No answer from the Trydan at {self.base_url} ({why}).") from None

    def _noted(self, parsed: Parsed, what: str) -> Parsed:
        self.last_note = parsed.note
        if parsed.notes:
            log.warning("Trydan %s, %s: %s", self.base_url, what, parsed.note)
        return parsed

    async def realtime(self) -> Parsed:
        """Every field of `/RealTimeData` that can be trusted."""
        reply = await self._get(REALTIME_PATH, "RealTimeData")
        if reply.status_code != 200:
            raise ProtocolError(f"RealTimeData answered HTTP {reply.status_code}.")
        return self._noted(parse_realtime(reply.content), "RealTimeData")

    async def read_keyword(self, key: str) -> Parsed:
        """One keyword by `/read/<Keyword>`; empty values when the firmware lacks it (404)."""
        known = BY_KEY[key]
        reply = await self._get(f"/read/{known.key}", f"reading {known.key}")
        if reply.status_code == 404:
            return Parsed({})
        if reply.status_code != 200:
            raise ProtocolError(f"Reading {known.key} answered HTTP {reply.status_code}.")
        return self._noted(parse_scalar(known.key, reply.content), known.key)

    async def write_keyword(self, key: str, value: object) -> None:
        """`/write/<Keyword>=<value>`; refused before sending unless documented writable;
        WriteRejected naming the keyword unless the charger answers 200 and `OK`."""
        known, number = writable(key, value)  # type: ignore[arg-type]
        reply = await self._get(f"/write/{known.key}={number}", f"writing {known.key}")
        body = reply.text.strip()
        if reply.status_code != 200 or body != OK:
            raise WriteRejected(
                f"The Trydan refused {known.key}={number} "
                f"(HTTP {reply.status_code}, {shown(body)} instead of OK)."
            )
