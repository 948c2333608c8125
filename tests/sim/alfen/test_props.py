"""Categories, category paging and its prefix quirk, ids reads and the %2C quirk, writes."""

from __future__ import annotations

import httpx
import pytest

from app.drivers.alfen.catalogue import CATALOGUE, CATEGORIES
from app.drivers.alfen.properties import PropertyId
from app.sim.runner import SimulatedSite
from tests.sim.helpers import COOKIE, TOKEN, read_ids, session

ENTRY_KEYS = {"id", "access", "type", "len", "cat", "value"}


async def test_categories_list_the_catalogue_plus_an_empty_string(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        body = (await c.get("/api/categories", headers=headers)).json()
    assert body == {"categories": [*CATEGORIES, ""]}


async def _walk(c: httpx.AsyncClient, headers: dict[str, str], cat: str, limit: int) -> list:
    items: list[dict[str, object]] = []
    offset = 0
    while True:
        reply = await c.get(f"/api/prop?cat={cat}&limit={limit}&offset={offset}", headers=headers)
        page = reply.json()
        assert page["version"] == 2 and page["offset"] == offset
        items.extend(page["properties"])
        if len(items) >= page["total"] or not page["properties"]:
            return items
        offset += len(page["properties"])


async def test_category_pages_add_up_to_total(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        first = (await c.get("/api/prop?cat=generic&limit=5&offset=0", headers=headers)).json()
        assert len(first["properties"]) == 5 and first["total"] > 5
        assert all(set(p) == ENTRY_KEYS and p["cat"] == "generic" for p in first["properties"])
        walked = await _walk(c, headers, "generic", 5)
    expected = [
        pid.wire
        for pid, spec in CATALOGUE.items()
        if spec.category == "generic" and not spec.dual_only
    ]
    assert [p["id"] for p in walked] == expected
    assert len(walked) == first["total"]


async def test_category_without_limit_pages_by_32(site: SimulatedSite) -> None:
    async with session(site, COOKIE) as (c, headers):  # two sockets: 62 meter1 properties
        page = (await c.get("/api/prop?cat=meter1&offset=0", headers=headers)).json()
        rest = (await c.get("/api/prop?cat=meter1&offset=32", headers=headers)).json()
    assert page["total"] > 32 and len(page["properties"]) == 32
    assert len(rest["properties"]) == page["total"] - 32 and rest["offset"] == 32


@pytest.mark.parametrize(
    "query", ["limit=5&cat=generic&offset=0", "offset=0&cat=generic", "x=1&cat=generic", ""]
)
async def test_query_not_starting_with_cat_answers_an_empty_page(
    site: SimulatedSite, query: str
) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await c.get(f"/api/prop?{query}", headers=headers)
    assert reply.status_code == 200
    assert reply.json() == {"version": 2, "total": 0, "offset": 0, "properties": []}


async def test_ids_only_properties_are_absent_from_every_category_walk(
    site: SimulatedSite,
) -> None:
    async with session(site, COOKIE) as (c, headers):
        seen: set[str] = set()
        for cat in CATEGORIES:
            seen.update(p["id"] for p in await _walk(c, headers, cat, 50))
        licence = await read_ids(c, headers, "21A0_0", "21A2_0", "2221_22", "2180_1")
    ids_only = {pid.wire for pid, spec in CATALOGUE.items() if spec.ids_only}
    assert not seen & ids_only
    assert {"2221_A", "3221_A", "2062_0"} <= seen
    assert set(licence) == {"21A0_0", "21A2_0", "2221_22", "2180_1"}  # but ids= reads answer


async def test_ids_with_literal_comma_answer_in_order_without_unknowns(
    site: SimulatedSite,
) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await c.get("/api/prop?ids=2129_0,9999_9,2062_0,bogus,3129_0", headers=headers)
    body = reply.json()
    assert body["version"] == 2 and body["total"] == 2
    assert [p["id"] for p in body["properties"]] == ["2129_0", "2062_0"]  # 3129_0: one socket
    assert body["properties"][0] == {
        "id": "2129_0",
        "access": 2,
        "type": 8,
        "len": 0,
        "cat": "generic",
        "value": 16.0,
    }


async def test_percent_encoded_comma_is_not_understood(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        encoded = await c.get("/api/prop?ids=2062_0%2C2129_0", headers=headers)
        single = await c.get("/api/prop?ids=2062_0%2c2129_0", headers=headers)
        repeated = await c.get("/api/prop?ids=2062_0&ids=2129_0", headers=headers)
    assert encoded.json()["properties"] == [] and encoded.json()["total"] == 0
    assert single.json()["total"] == 0
    assert [p["id"] for p in repeated.json()["properties"]] == ["2062_0"]


async def test_more_than_32_ids_is_a_400(site: SimulatedSite) -> None:
    ids = ",".join(f"2221_{sub:X}" for sub in range(3, 36))
    async with session(site, TOKEN) as (c, headers):
        reply = await c.get(f"/api/prop?ids={ids}", headers=headers)
    assert reply.status_code == 400 and "32" in reply.json()["error"]


async def _write(c: httpx.AsyncClient, headers: dict[str, str], **values: object):
    body = {k: {"id": k, "value": v} for k, v in values.items()}
    return await c.post("/api/prop", json=body, headers=headers)


async def test_writes_in_each_vendor_encoding(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await c.post(
            "/api/prop",
            headers=headers,
            json={
                "2062_0": {"id": "2062_0", "value": 20},
                "2185_0": {"id": "2185_0", "value": "True"},
                "207D_2": {"id": "207D_2", "value": "False"},
                "2570_0": {"id": "2570_0", "value": "0A,FF,00"},
                "2571_0": {"id": "2571_0", "value": "0001,FFFF"},
                "1008_0": {"id": "1008_0", "value": "Garage"},
                "2064_0": {"id": "2064_0", "value": 2},
            },
        )
        assert reply.status_code == 200, reply.text
        assert reply.json() == {
            "version": 2,
            "properties": [
                {"id": "2062_0", "value": 20.0},
                {"id": "2185_0", "value": True},
                {"id": "207D_2", "value": False},
                {"id": "2570_0", "value": "0A,FF,00"},
                {"id": "2571_0", "value": "0001,FFFF"},
                {"id": "1008_0", "value": "Garage"},
                {"id": "2064_0", "value": 2},
            ],
        }
        read = await read_ids(c, headers, "2062_0", "2185_0", "2570_0", "2571_0", "1008_0")
    assert read == {
        "2062_0": 20.0,
        "2185_0": True,
        "2570_0": "0A,FF,00",
        "2571_0": "0001,FFFF",
        "1008_0": "Garage",
    }
    values = site.node(TOKEN).charger.values
    assert values[PropertyId.parse("2570_0")] == (0x0A, 0xFF, 0x00)
    assert values[PropertyId.parse("2571_0")] == (0x0001, 0xFFFF)


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"2062_0": 18.0, "7FFF_0": 1}, "does not exist"),
        ({"2062_0": 18.0, "2050_0": "NG999"}, "read-only"),
        ({"2062_0": 18.0, "2129_0": 99.0}, "outside"),
        ({"2062_0": 18.0, "2064_0": 7}, "outside"),
        ({"2062_0": 18.0, "2185_0": "maybe"}, "true or false"),
        ({"2062_0": 18.0, "2570_0": "0A,XYZ"}, "hex"),
        ({"2062_0": 18.0, "2126_0": "one"}, "whole number"),
        ({"2062_0": 18.0, "21A1_0": "0000.0000.0000.0000.0000.0000"}, "not valid"),
    ],
)
async def test_bad_entry_rejects_the_whole_batch(
    site: SimulatedSite, values: dict[str, object], words: str
) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await _write(c, headers, **values)
        after = await read_ids(c, headers, "2062_0")
    assert reply.status_code == 400
    assert words in reply.json()["error"]
    assert after["2062_0"] == 32.0  # the good entry of the batch was not applied


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b"{}", b'{"2062_0": 5}', b'{"2062_0": {"id": "2129_0", "value": 5}}'],
)
async def test_malformed_write_bodies_are_400(site: SimulatedSite, body: bytes) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await c.post("/api/prop", content=body, headers=headers)
    assert reply.status_code == 400 and reply.json()["error"]


async def test_reboot_setting_is_pending_until_reboot(site: SimulatedSite) -> None:
    async with session(site, TOKEN) as (c, headers):
        reply = await _write(c, headers, **{"2189_0": 1})
        after = await read_ids(c, headers, "2189_0")
    assert reply.status_code == 200
    assert after == {"2189_0": 3}
    assert site.node(TOKEN).charger.pending == {PropertyId.parse("2189_0"): 1}
