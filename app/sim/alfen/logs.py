"""The simulated charger's log endpoints: `/api/log`, `/api/transactions`, `/api/whitelist`,
`/api/wifiscan` (shapes of device-protocols.md §2.4, contents from `ChargerEvents`).

- `GET /api/log?offset=N[&lines=M]`: text, one line per event, M lines (default 32, at most
  `MAX_LOG_LINES`) counted back from the newest after skipping N, oldest first. Past the
  oldest line the page is empty.
- `GET /api/transactions?offset=N`: text, up to `TRANSACTION_PAGE` records numbered ≤ N (start
  with 0xFFFFFFFF), oldest first; the next page asks for the lowest number minus one.
- `GET|POST /api/whitelist?index=N`: `{"whitelist": [{"tag", "parent", "status",
  "expiryDate"}]}` for slots N…N+15 (holes left out); an index past the last slot is a 400,
  which is how a client knows the end. `?add=TAG`, `?remove=TAG` and `?clear` change it.
- `GET /api/wifiscan`: `{"scan_results": [{"Ssid", "SignalStrength", "Security", "Band"}]}`.
- `POST /api/clearpersonaldata` (empty body): erases tags, transactions and the event log; the
  record and line numbers go on counting.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from app.sim.alfen.charger import SimCharger
from app.sim.alfen.events import WHITELIST_SLOTS
from app.sim.http import Request, Response

LOG_PATHS = frozenset(
    {"/api/log", "/api/transactions", "/api/whitelist", "/api/wifiscan", "/api/clearpersonaldata"}
)
DEFAULT_LOG_LINES = 32
MAX_LOG_LINES = 256
TRANSACTION_PAGE = 16
NEWEST = 0xFFFFFFFF
TAG = re.compile(r"[0-9A-Za-z]{1,32}")


def serve_logs(charger: SimCharger, request: Request) -> Response:
    """The reply for one of `LOG_PATHS` (the caller has checked the session)."""
    params = parse_qs(request.query, keep_blank_values=True)
    try:
        if request.path == "/api/whitelist":
            return _whitelist(charger, params)
        if (request.method, request.path) == ("POST", "/api/clearpersonaldata"):
            charger.events.clear_personal_data()
            return Response.json({"result": "ok"})
        if request.method != "GET":
            return Response.error(405, f"{request.method} is not allowed on {request.path}")
        if request.path == "/api/log":
            offset = _whole(params, "offset", 0, NEWEST)
            lines = _whole(params, "lines", DEFAULT_LOG_LINES, MAX_LOG_LINES)
            return _text(charger.events.log_page(offset, lines))
        if request.path == "/api/transactions":
            offset = _whole(params, "offset", NEWEST, NEWEST)
            return _text(charger.events.transaction_page(offset, TRANSACTION_PAGE))
        if request.path == "/api/wifiscan":
            return Response.json({"scan_results": charger.events.wifi_scan()})
        return Response.error(405, f"{request.method} is not allowed on {request.path}")
    except ValueError as exc:
        return Response.error(400, str(exc))


def _text(lines: list[str]) -> Response:
    body = "".join(f"{line}\n" for line in lines)
    return Response(200, body.encode(), content_type="text/plain")


def _whole(params: dict[str, list[str]], name: str, default: int, high: int) -> int:
    values = params.get(name)
    if not values:
        return default
    text = values[0]
    if not text.isdigit() or not 0 <= int(text) <= high:
        raise ValueError(f"{name} must be a whole number from 0 to {high}")
    return int(text)


def _whitelist(charger: SimCharger, params: dict[str, list[str]]) -> Response:
    events = charger.events
    if "clear" in params:
        events.whitelist = [None] * WHITELIST_SLOTS
        events.add_line("INFO", "rfid.c", 230, "whitelist cleared")
        return Response.json({"result": "ok"})
    for action in ("add", "remove"):
        if action in params:
            tag = params[action][0]
            if not TAG.fullmatch(tag):
                raise ValueError("a tag is 1 to 32 letters and digits")
            done = events.add_tag(tag) if action == "add" else events.remove_tag(tag)
            if not done:
                text = "the whitelist is full" if action == "add" else f"no tag {tag}"
                return Response.error(400 if action == "add" else 404, text)
            return Response.json({"result": "ok"})
    index = _whole(params, "index", 0, NEWEST)
    if index >= WHITELIST_SLOTS:
        raise ValueError(f"index {index} is past the last slot ({WHITELIST_SLOTS - 1})")
    return Response.json({"whitelist": [t.as_json() for t in events.whitelist_page(index)]})
