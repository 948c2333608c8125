"""A client of the simulated site's control API (app/sim/control.py), for the demo panel.

JSON over plain HTTP on 127.0.0.1; every failure ends in an error of app/core/errors.py with a
text an installer can act on (the site is gone, slow, or refused the request and why).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from app.core.errors import DeviceTimeout, InvalidInput, Unreachable

if TYPE_CHECKING:  # imported at the first request: the demo's window opens without it
    import httpx

CONTROL_TIMEOUT = 5.0


class ControlClient:
    """One keep-alive connection to the control API at `url`; close with `aclose`."""

    def __init__(self, url: str, timeout: float = CONTROL_TIMEOUT) -> None:
        self.url = url
        self.timeout = timeout
        self._http: httpx.AsyncClient | None = None

    async def request(self, method: str, path: str, body: object = None) -> Any:
        """The JSON reply; a 4xx answer becomes InvalidInput with the site's own sentence."""
        import httpx

        if self._http is None:  # plain HTTP on 127.0.0.1: no certificate store to load
            self._http = httpx.AsyncClient(
                base_url=self.url, timeout=self.timeout, trust_env=False, verify=False
            )
        try:
            async with asyncio.timeout(self.timeout + 1):
                response = await self._http.request(method, path, json=body)
        except (TimeoutError, httpx.TimeoutException):
            raise DeviceTimeout("The demo site did not answer in time.") from None
        except httpx.TransportError as exc:
            raise Unreachable(f"The demo site's control API is unreachable ({exc}).") from None
        reply = response.json()
        if response.status_code >= 400:
            raise InvalidInput(str(reply.get("error", response.text)))
        return reply

    async def aclose(self) -> None:
        http, self._http = self._http, None
        if http is not None:
            await http.aclose()
