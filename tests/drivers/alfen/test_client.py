"""The HTTPS client against the simulated charger on 127.0.0.1 (real TLS, real HTTP)."""

from __future__ import annotations

import pytest

from app.core.errors import (
    CertificateChanged,
    DeviceTimeout,
    InvalidInput,
    LoginFailed,
    ProtocolError,
    ReadOnlyProperty,
    SessionBusy,
    UnknownProperty,
    Unreachable,
)
from app.core.licence import Feature
from app.drivers.alfen.client import AlfenClient
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.charger import LICENCE_DEVICE, licence_key_for
from app.transports.pins import PinStore

P = PropertyId.parse
pytestmark = pytest.mark.asyncio


async def test_token_session_reads_identity_and_values(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        assert client.identity.serial == charger.serial
        assert client.session._token  # token style: Bearer header in use
        assert await client.get("2062_0") == pytest.approx(float(charger.get(P("2062_0"))))


async def test_cookie_session_reads_values(sim) -> None:
    charger, endpoint = sim.charger("cookie")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        assert client.session._token is None
        assert await client.get("2051_0") == charger.serial


async def test_category_paging_collects_total(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        client_limit = 7
        import app.drivers.alfen.client as module

        original = module.PAGE_LIMIT
        module.PAGE_LIMIT = client_limit
        try:
            before = client.request_count
            values = await client.read_category("generic")
            pages = client.request_count - before
        finally:
            module.PAGE_LIMIT = original
        expected = [pid for pid in charger.values if charger.spec(pid).category == "generic"]
        assert {v.id for v in values} == set(expected)
        assert pages == -(-len(expected) // client_limit)


async def test_ids_read_batches_by_25_with_literal_commas(sim) -> None:
    charger, endpoint = sim.charger("token")
    ids = [pid for pid in charger.values][:60]
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        before = client.request_count
        values = await client.read(ids)
        assert client.request_count - before == 3
    assert set(values) == set(ids)


async def test_ids_only_properties_come_by_id_in_snapshot(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        snap = await client.snapshot()
    assert P("21A2_0") in snap and P("2180_1") in snap and P("2221_22") in snap
    assert set(snap) == set(charger.values)


async def test_write_round_trip_with_each_encoding(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        await client.write(
            {
                "2062_0": "20",
                "2185_0": "true",
                "2570_0": "00,01,FF",
                "2571_0": "0006,0008",
                "2069_0": "L2L3L1",
            }
        )
        got = await client.read(["2062_0", "2185_0", "2570_0", "2571_0", "2069_0"])
    assert got[P("2062_0")].value == 20.0
    assert got[P("2185_0")].value is True
    assert got[P("2570_0")].value == (0, 1, 255)
    assert got[P("2571_0")].value == (6, 8)
    assert charger.get(P("2069_0")) == "L2L3L1"


@pytest.mark.parametrize(
    ("values", "error", "text"),
    [
        ({"2062_0": "21", "9999_9": "1"}, UnknownProperty, "9999_9"),
        ({"2062_0": "21", "2126_0": "two"}, InvalidInput, "whole number"),
        ({"2062_0": "21", "2129_0": "40"}, InvalidInput, "outside 0…32 A"),
        ({"2062_0": "21", "2050_0": "NG999"}, ReadOnlyProperty, "read-only"),
    ],
)
async def test_bad_writes_fail_clearly_and_change_nothing(sim, values, error, text) -> None:
    charger, endpoint = sim.charger("token")
    before = dict(charger.values)
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        with pytest.raises(error, match=text):
            await client.write(values)
    assert charger.values == before


async def test_wrong_password_offers_lookalikes(sim) -> None:
    _charger, endpoint = sim.charger("token")
    with pytest.raises(LoginFailed) as caught:
        async with AlfenClient(endpoint, "al1ce", pins=PinStore()):
            pass
    assert set(caught.value.variants) == {"allce", "a11ce", "a1lce"}
    assert "1 and the letter l" in str(caught.value)


async def test_session_expiry_logs_in_again_once(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        await client.get("2062_0")
        sim.expire_sessions(charger)
        assert await client.get("2051_0") == charger.serial


async def test_phantom_client_gives_session_busy(sim) -> None:
    charger, endpoint = sim.charger("token")
    await sim.fault(charger, "phantom", hold=True)
    with pytest.raises(SessionBusy, match="another client"):
        async with AlfenClient(endpoint, charger.password, pins=PinStore(), timeout=2):
            pass
    assert "MyEve" in SessionBusy("x").hint


async def test_reboot_and_back_applies_pending(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        await client.write({"2189_0": 1})  # installation phases: applied at reboot
        assert await client.get("2189_0") == 3
        boots = charger.boot_count
        await client.reboot()
        await client.wait_until_back(timeout=20, poll=0.1)
        assert charger.boot_count == boots + 1
        assert await client.get("2189_0") == 1


async def test_a_charger_that_answers_but_never_reboots_is_not_taken_for_back(sim) -> None:
    charger, endpoint = sim.charger("token")
    api = sim.site.node(charger.serial).api
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        api.rebooting = True  # the charger ignores the reboot command (stuck in its last one)
        try:
            await client.reboot()
            with pytest.raises(DeviceTimeout, match=r"answers but did not reboot within 1\.5 s"):
                await client.wait_until_back(timeout=1.5, poll=0.05, down_within=0.3)
        finally:
            api.rebooting = False
        assert await client.boot_count() == charger.boot_count == 1


async def test_licence_key_unlocks_alb_after_automatic_reboot(sim) -> None:
    charger, endpoint = sim.charger("token")
    assert not charger.has(Feature.ALB)
    key = licence_key_for(str(charger.values[LICENCE_DEVICE]), int(Feature.ALB))
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        state = await client.apply_licence(key, timeout=20)
    assert state.bits & Feature.ALB
    assert charger.has(Feature.ALB)


async def test_certificate_is_pinned_and_a_change_is_an_error(sim) -> None:
    charger, endpoint = sim.charger("token")
    pins = PinStore()
    async with AlfenClient(endpoint, charger.password, pins=pins):
        pass
    first = pins.get(charger.serial)
    assert first is not None
    await sim.fault(charger, "new_certificate")
    with pytest.raises(CertificateChanged) as caught:
        async with AlfenClient(endpoint, charger.password, pins=pins):
            pass
    assert caught.value.pinned == first.sha256
    assert caught.value.presented != first.sha256


async def test_slow_reply_times_out(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore(), timeout=0.5) as client:
        await sim.fault(charger, "delay", seconds=2.0)
        with pytest.raises(DeviceTimeout, match=r"did not answer within 0\.5 s"):
            await client.get("2062_0")


async def test_malformed_json_is_a_clear_error(sim) -> None:
    charger, endpoint = sim.charger("token")
    async with AlfenClient(endpoint, charger.password, pins=PinStore()) as client:
        await sim.fault(charger, "malformed", count=1)
        with pytest.raises(ProtocolError, match="not JSON"):
            await client.get("2062_0")


async def test_unreachable_host_is_a_clear_error(free_port) -> None:
    with pytest.raises(Unreachable, match="connection refused"):
        async with AlfenClient(f"https://127.0.0.1:{free_port}", "x", pins=PinStore(), timeout=2):
            pass
