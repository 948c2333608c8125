"""What support staff read from an Alfen charger: event log, transaction log, RFID whitelist and
Wi-Fi scan (device-protocols.md §2.4). Every value is checked as it arrives; a reply that does
not fit is a ProtocolError that names the charger and the endpoint.

Paging, as the endpoints work:
- `/api/log?offset=N&lines=M` answers text lines `<id>_<ISO8601>:<LEVEL>:<file>:<line>:<text>`,
  M of them counted back from the newest after skipping N, oldest first; the reader steps N by
  `LOG_PAGE` until a page comes back short. New lines may arrive meanwhile and shift the
  pages, so lines are kept once by their id. `lines` is only understood by AHP ≥ 2.4; an NG
  charger answers its own page size, which the short-page rule copes with.
- `/api/transactions?offset=N` answers text records `<number>_<kind>: <fields>` numbered ≤ N,
  starting from 0xFFFFFFFF and going backwards: the next page asks for the lowest number
  minus one.
- `/api/whitelist?index=N` answers the tags of slots N…N+15; empty pages do not mean the end,
  so the reader walks the slots up to `WHITELIST_SLOTS` or until the charger refuses an index.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from app.core.errors import (
    CommissionerError,
    InvalidInput,
    ProtocolError,
)
from app.core.text_input import shown
from app.drivers.alfen.client import AlfenClient
from app.drivers.base import ChargerClient

LOG_PAGE = 32
LOG_LINES = 2000  # the most event-log lines read by default
TRANSACTIONS = 2000  # the most transaction records read by default
WHITELIST_SLOTS = 1024
NEWEST = 0xFFFFFFFF
MAX_BODY = 512 * 1024  # bytes of one page: far more than 32 log lines or 16 tags can take
MAX_TEXT = 1000  # characters of one line's text or one record's fields
TRANSACTION_KINDS = frozenset({"tx", "txstart", "txstop", "mv", "sn", "rs", "rss", "se", "dto"})
MAX_TAG = 64
MAX_SSID = 32

_LOG_LINE = re.compile(
    r"(?P<id>\d{1,10})_"
    r"(?P<at>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})?):"
    r"(?P<level>[A-Za-z]{1,10}):(?P<file>[^:\n]{0,64}):(?P<line>\d{1,7}):(?P<text>[^\n]*)"
)
_RECORD = re.compile(r"(?P<number>\d{1,10})_(?P<kind>[a-z]{1,8})(?P<version>\d?): ?(?P<fields>.*)")
_TAG = re.compile(r"[0-9A-Za-z]+")


@dataclass(frozen=True, slots=True)
class LogLine:
    id: int
    at: datetime  # UTC
    level: str
    file: str
    line: int
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class TransactionRecord:
    number: int
    kind: str  # one of TRANSACTION_KINDS
    fields: str
    raw: str


@dataclass(frozen=True, slots=True)
class WhitelistTag:
    tag: str
    parent: str
    status: int
    expiry: str


@dataclass(frozen=True, slots=True)
class WifiNetwork:
    ssid: str
    signal_dbm: int
    security: str
    band: str


# --- parsers (pure: what the wire sent, checked) ----------------------------------------------


def _printable(text: str) -> bool:
    return all(ch.isprintable() for ch in text)


def parse_log_line(raw: str) -> LogLine:
    """One event-log line; ValueError when it is not one."""
    found = _LOG_LINE.fullmatch(raw)
    if found is None or len(found["text"]) > MAX_TEXT or not _printable(raw):
        raise ValueError(f"not an event-log line: {shown(raw, 80)}")
    number = int(found["id"])
    if number > NEWEST:
        raise ValueError(f"event id {number} is out of range")
    at = datetime.fromisoformat(found["at"].replace("Z", "+00:00"))
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return LogLine(
        number, at, found["level"].upper(), found["file"], int(found["line"]), found["text"], raw
    )


def parse_transaction(raw: str) -> TransactionRecord:
    """One transaction-log record; ValueError when it is not one."""
    found = _RECORD.fullmatch(raw)
    if found is None or found["kind"] not in TRANSACTION_KINDS:
        raise ValueError(f"not a transaction record: {shown(raw, 80)}")
    number = int(found["number"])
    if number > NEWEST or len(found["fields"]) > MAX_TEXT or not _printable(raw):
        raise ValueError(f"not a transaction record: {shown(raw, 80)}")
    return TransactionRecord(number, found["kind"], found["fields"], raw)


def _lines(body: bytes) -> list[str]:
    if len(body) > MAX_BODY:
        raise ValueError(f"a page of {len(body)} bytes is too long")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("the page is not UTF-8 text") from None
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


def parse_log_page(body: bytes) -> list[LogLine]:
    return [parse_log_line(line) for line in _lines(body)]


def parse_transaction_page(body: bytes) -> list[TransactionRecord]:
    return [parse_transaction(line) for line in _lines(body)]


def _text_field(item: dict[str, object], name: str, limit: int, *, required: bool) -> str:
    value = item.get(name, None if required else "")
    if not isinstance(value, str) or len(value) > limit or not _printable(value):
        raise ValueError(f"field {name} is {shown(value, 40)}, not a text of ≤ {limit} characters")
    return value


def _whole_field(item: dict[str, object], name: str, low: int, high: int) -> int:
    value = item.get(name)
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,6}", value.strip()):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"field {name} is {shown(value, 40)}, not a number from {low} to {high}")
    return value


def _items(reply: object, key: str) -> list[dict[str, object]]:
    items = reply.get(key) if isinstance(reply, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f'expected {{"{key}": [{{…}}, …]}}, got {shown(reply, 60)}')
    return items


def parse_whitelist(reply: object) -> list[WhitelistTag]:
    """One whitelist page (`{"whitelist": [{"tag", "parent", "status", "expiryDate"}]}`)."""
    out = []
    for item in _items(reply, "whitelist"):
        tag = _text_field(item, "tag", MAX_TAG, required=True)
        if not _TAG.fullmatch(tag):
            raise ValueError(f"tag {shown(tag, 40)} is not letters and digits")
        out.append(
            WhitelistTag(
                tag,
                _text_field(item, "parent", MAX_TAG, required=False),
                _whole_field(item, "status", -1, 255),
                _text_field(item, "expiryDate", 40, required=False),
            )
        )
    return out


def parse_wifi_scan(reply: object) -> list[WifiNetwork]:
    """`{"scan_results": [{"Ssid", "SignalStrength", "Security", "Band"}]}`; dBm from -127 to 0."""
    return [
        WifiNetwork(
            _text_field(item, "Ssid", MAX_SSID, required=True),
            _whole_field(item, "SignalStrength", -127, 0),
            _text_field(item, "Security", 40, required=False),
            _text_field(item, "Band", 20, required=False),
        )
        for item in _items(reply, "scan_results")
    ]


# --- readers (one charger, one logged-in client) ----------------------------------------------


async def _get(client: AlfenClient, path: str) -> httpx.Response:
    """A GET whose reply may be text (the session's JSON `request` would refuse it)."""
    return await client.session.request_raw("GET", path)


def _failed(client: AlfenClient, path: str, why: str) -> ProtocolError:
    endpoint = path.split("?", 1)[0]
    return ProtocolError(f"Charger {client.identity.serial} sent a bad {endpoint} page: {why}.")


async def _page(client: AlfenClient, path: str) -> bytes:
    response = await _get(client, path)
    if not response.is_success:
        raise _failed(client, path, f"HTTP {response.status_code}")
    return response.content


async def event_log(client: AlfenClient, limit: int = LOG_LINES) -> list[LogLine]:
    """Up to `limit` of the newest event-log lines, oldest first, each once."""
    seen: dict[int, LogLine] = {}
    offset = 0
    while offset < limit:
        path = f"/api/log?offset={offset}&lines={LOG_PAGE}"
        try:
            page = parse_log_page(await _page(client, path))
        except ValueError as exc:
            raise _failed(client, path, str(exc)) from None
        seen.update((line.id, line) for line in page)
        if len(page) < LOG_PAGE:
            break
        offset += LOG_PAGE
    return [seen[key] for key in sorted(seen)][-limit:]


async def transaction_log(
    client: AlfenClient, limit: int = TRANSACTIONS
) -> list[TransactionRecord]:
    """Up to `limit` of the newest transaction records, oldest first."""
    found: dict[int, TransactionRecord] = {}
    offset = NEWEST
    while len(found) < limit:
        path = f"/api/transactions?offset={offset}"
        try:
            page = parse_transaction_page(await _page(client, path))
        except ValueError as exc:
            raise _failed(client, path, str(exc)) from None
        if not page:
            break
        lowest = min(record.number for record in page)
        if any(record.number > offset for record in page):
            raise _failed(client, path, f"record numbers above the asked offset {offset}")
        found.update((record.number, record) for record in page)
        if lowest == 0:
            break
        offset = lowest - 1
    return [found[key] for key in sorted(found)][-limit:]


async def whitelist(client: AlfenClient, slots: int = WHITELIST_SLOTS) -> list[WhitelistTag]:
    """Every tag in the first `slots` slots (the charger refusing an index ends the list)."""
    out: list[WhitelistTag] = []
    for index in range(0, slots, 16):
        path = f"/api/whitelist?index={index}"
        response = await _get(client, path)
        if response.status_code in (400, 404):
            break
        try:
            out.extend(parse_whitelist(_json(await _checked(client, path, response))))
        except ValueError as exc:
            raise _failed(client, path, str(exc)) from None
    return out


async def change_whitelist(client: AlfenClient, action: str, tag: str) -> None:
    """`action` "add" or "remove" one RFID tag (letters and digits, as the charger stores it)."""
    if action not in ("add", "remove") or not _TAG.fullmatch(tag) or len(tag) > MAX_TAG:
        raise InvalidInput(f"Cannot {action} tag {shown(tag, 40)}: a tag is letters and digits.")
    path = f"/api/whitelist?{action}={tag}"
    response = await _get(client, path)
    if not response.is_success:
        raise ProtocolError(
            f"Charger {client.identity.serial} refused to {action} tag {tag} "
            f"(HTTP {response.status_code})."
        )


async def wifi_scan(client: AlfenClient) -> list[WifiNetwork]:
    """The networks the charger's Wi-Fi sees now."""
    path = "/api/wifiscan"
    try:
        return parse_wifi_scan(_json(await _page(client, path)))
    except ValueError as exc:
        raise _failed(client, path, str(exc)) from None


async def support_logs(client: ChargerClient) -> dict[str, str]:
    """The charger's event log and transaction log for a support bundle (file name → text, as
    the charger sent the lines); a log it refuses to give becomes a one-line note instead."""
    alfen = getattr(client, "alfen", None)
    if not isinstance(alfen, AlfenClient):
        raise InvalidInput(f"{client.identity.serial} is not reached through the Alfen driver.")
    out: dict[str, str] = {}
    try:
        out["event-log.txt"] = "".join(f"{line.raw}\n" for line in await event_log(alfen))
    except CommissionerError as exc:
        out["event-log.txt"] = f"Not read: {exc}\n"
    try:
        records = await transaction_log(alfen)
        out["transactions.txt"] = "".join(f"{record.raw}\n" for record in records)
    except CommissionerError as exc:
        out["transactions.txt"] = f"Not read: {exc}\n"
    return out


async def _checked(client: AlfenClient, path: str, response: httpx.Response) -> bytes:
    if not response.is_success:
        raise _failed(client, path, f"HTTP {response.status_code}")
    return response.content


def _json(body: bytes) -> object:
    if len(body) > MAX_BODY:
        raise ValueError(f"a reply of {len(body)} bytes is too long")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValueError(f"not JSON: {shown(body[:40], 60)}") from None


__all__ = [
    "LogLine",
    "TransactionRecord",
    "WhitelistTag",
    "WifiNetwork",
    "change_whitelist",
    "event_log",
    "parse_log_line",
    "parse_log_page",
    "parse_transaction",
    "parse_transaction_page",
    "parse_whitelist",
    "parse_wifi_scan",
    "support_logs",
    "transaction_log",
    "whitelist",
    "wifi_scan",
]
