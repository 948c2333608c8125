"""The simulated P1 port: DSMR 5 telegrams over TCP, checked by an independent parser."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from dsmr_parser import telegram_specifications
from dsmr_parser.exceptions import InvalidChecksumError
from dsmr_parser.objects import Telegram
from dsmr_parser.parsers import TelegramParser

from app.sim.meter_sim import FixedGrid, GridState
from app.sim.p1 import P1Faults, P1Server, crc16

GRID = GridState(
    voltages=(231.2, 229.0, 230.4),
    currents=(12.4, 3.0, -4.0),
    power_factors=(1.0, 1.0, 1.0),
    import_wh=4_567_891.0,
    export_wh=1_234.0,
)
WINTER = datetime(2026, 1, 15, 9, 30, 5, tzinfo=timezone(timedelta(hours=1)))
PARSER = TelegramParser(telegram_specifications.V5)


async def read_telegram(reader: asyncio.StreamReader) -> str:
    async with asyncio.timeout(5):
        body = await reader.readuntil(b"!")
        return (body + await reader.readline()).decode("ascii")


async def first_telegram(server: P1Server) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
    try:
        return await read_telegram(reader)
    finally:
        writer.close()
        await writer.wait_closed()


def test_crc16_matches_the_arc_check_value() -> None:
    assert crc16(b"123456789") == 0xBB3D  # CRC-16/ARC catalogue check value


async def test_telegram_parses_with_valid_crc_and_carries_the_grid() -> None:
    async with P1Server(FixedGrid(GRID), interval=0.05, clock=lambda: WINTER) as server:
        text = await first_telegram(server)
    telegram: Telegram = PARSER.parse(text)  # raises InvalidChecksumError on a bad CRC
    assert re.fullmatch(r"/[^\r\n]+\r\n\r\n(?:[^!]+\r\n)+![0-9A-F]{4}\r\n", text)
    assert telegram.P1_MESSAGE_HEADER.value == "50"
    assert telegram.INSTANTANEOUS_VOLTAGE_L1.value == Decimal("231.2")
    assert telegram.INSTANTANEOUS_CURRENT_L1.value == Decimal("12")
    assert telegram.INSTANTANEOUS_CURRENT_L3.value == Decimal("4")
    assert telegram.INSTANTANEOUS_ACTIVE_POWER_L1_POSITIVE.value == Decimal("2.867")
    assert telegram.INSTANTANEOUS_ACTIVE_POWER_L3_NEGATIVE.value == Decimal("0.922")
    assert telegram.INSTANTANEOUS_ACTIVE_POWER_L3_POSITIVE.value == Decimal("0.000")
    assert telegram.ELECTRICITY_USED_TARIFF_1.value == Decimal("4567.891")
    assert telegram.ELECTRICITY_DELIVERED_TARIFF_1.value == Decimal("1.234")
    assert telegram.P1_MESSAGE_TIMESTAMP.value == WINTER.astimezone(UTC)


async def test_one_telegram_per_interval_to_every_client() -> None:
    grid = FixedGrid(GRID)
    async with P1Server(grid, interval=0.05) as server:
        (r1, w1), (r2, w2) = [
            await asyncio.open_connection("127.0.0.1", server.port) for _ in range(2)
        ]
        first = [PARSER.parse(await read_telegram(r)) for r in (r1, r2)]
        grid.set(currents=(20.0, 3.0, -4.0))
        later = PARSER.parse(await read_telegram(r1))
        while later.INSTANTANEOUS_CURRENT_L1.value != Decimal("20"):
            later = PARSER.parse(await read_telegram(r1))
        for writer in (w1, w2):
            writer.close()
            await writer.wait_closed()
    assert all(t.INSTANTANEOUS_CURRENT_L1.value == Decimal("12") for t in first)
    assert server.sent >= 3


async def test_bad_crc_fault_is_caught_by_the_parser_and_silence_sends_nothing() -> None:
    async with P1Server(FixedGrid(GRID), interval=0.05) as server:
        server.faults = P1Faults(bad_crc=True)
        with pytest.raises(InvalidChecksumError):
            PARSER.parse(await first_telegram(server))
        server.faults = P1Faults(silent=True)
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.3):
                await reader.readuntil(b"!")
        writer.close()
        await writer.wait_closed()


async def test_single_phase_telegram_has_only_l1_lines() -> None:
    async with P1Server(FixedGrid(GRID), interval=0.05, phases=1) as server:
        text = await first_telegram(server)
    telegram = PARSER.parse(text)
    assert telegram.INSTANTANEOUS_CURRENT_L1.value == Decimal("12")
    assert "1-0:51.7.0" not in text and "1-0:72.7.0" not in text
