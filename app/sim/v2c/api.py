"""The simulated Trydan's local HTTP API on 127.0.0.1: any client written for a real one works.

`GET /RealTimeData` (JSON), `GET /read/<Keyword>` (plain-text scalar, 404 when unknown),
`GET /write/<Keyword>=<value>` (`OK` for the documented writable keywords with a whole value
in range). Choices where the sources are silent: a write of any other keyword, or of a value
out of range, answers HTTP 400 with the body `ERROR`; any other path answers 404.
"""

from __future__ import annotations

import asyncio
import re

from app.sim.http import Connection, HttpServer, Request, Response
from app.sim.v2c.model import RANGES, TrydanModel

_WRITE = re.compile(r"^/write/([A-Za-z][A-Za-z0-9_]{0,63})=(-?[0-9]{1,9})$")
_READ = re.compile(r"^/read/([A-Za-z][A-Za-z0-9_]{0,63})$")


def _text(body: str, status: int = 200) -> Response:
    return Response(status, body.encode(), content_type="text/plain")


class TrydanApi:
    """The handler of the HTTP server; `requests` counts the requests it answered."""

    def __init__(self, model: TrydanModel, *, port: int = 0) -> None:
        self.model = model
        self.requests = 0
        self.server = HttpServer(self.handle, port=port)

    @property
    def url(self) -> str:
        return self.server.url

    async def handle(self, request: Request, conn: Connection) -> Response:
        self.requests += 1
        if request.method != "GET":
            return _text("Not Found", 404)
        if request.path == "/RealTimeData":
            return await self._realtime()
        if (read := _READ.match(request.path)) is not None:
            value = self.model.read(read.group(1))
            return _text("Not Found", 404) if value is None else _text(str(value))
        if (write := _WRITE.match(request.path)) is not None:
            return self._write(write.group(1), int(write.group(2)))
        return _text("Not Found", 404)

    async def _realtime(self) -> Response:
        stall = self.model.faults.stall_seconds
        if stall > 0:
            await asyncio.sleep(stall)  # the device itself is slow: the quirk of §3.2
        return Response(200, self.model.realtime_body().encode())

    def _write(self, key: str, value: int) -> Response:
        refused, self.model.faults.refuse_next_write = self.model.faults.refuse_next_write, None
        if refused is not None:
            return _text(refused)
        if key not in RANGES or not self.model.write(key, value):
            return _text("ERROR", 400)
        return _text("OK")
