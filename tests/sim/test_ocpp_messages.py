"""Configuration, Reset, TriggerMessage and security profile 2 of the simulated charger's OCPP
link, driven from the tool's central system on 127.0.0.1."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from app.core.licence import Feature
from app.drivers.alfen.ocpp_keys import KEYS
from app.drivers.alfen.properties import PropertyId
from app.sim.alfen.api import AlfenApi
from app.sim.alfen.charger import SimCharger, SimClock, licence_key_for
from app.sim.alfen.ocpp_link import OcppLink, attach_link
from app.sim.tls import ChargerCertificate
from app.transports.ocpp_central import CentralSystem
from app.transports.ocpp_point import CentralPoint
from tests.sim.helpers import eventually

P = PropertyId.parse
SERIAL = "ace0000201"
IDENTITY = SERIAL.upper()


def make_charger() -> SimCharger:
    return SimCharger(serial=SERIAL, clock=SimClock(20.0), reboot_seconds=4.0)


@asynccontextmanager
async def connected(charger: SimCharger) -> AsyncIterator[tuple[CentralPoint, OcppLink]]:
    async with CentralSystem() as central:
        charger.values[P("2071_1")] = central.url
        link = OcppLink(charger, backoff=(2.0, 8.0))
        await link.start()
        try:
            assert await central.wait_for(lambda: IDENTITY in central.points, 10)
            yield central.point(IDENTITY), link
        finally:
            await link.stop()


LICENCE = licence_key_for(make_charger().values[P("21A0_0")].__str__(), int(Feature.SCN)).text
# key, value to set, (property, value it must hold) or None for keys the OCPP stack keeps
ROUND_TRIPS: list[tuple[str, str, tuple[str, object] | None]] = [
    ("HeartbeatInterval", "120", ("2085_0", 120)),
    ("ConnectorPhaseRotation", "0.TRS", ("2069_0", "L3L1L2")),
    ("MeterValuesSampledData", "Energy.Active.Import.Register", None),
    ("MeterValueSampleInterval", "30", None),
    ("SecurityProfile", "0", None),
    ("MBTCPSmart-IsEnabled", "true", ("2523_1", 1)),
    ("MBTCPSmart-SlaveMeterModel", "2", ("2523_2", 2)),
    ("MBTCPSmart-ConnectionType", "1", ("2523_3", 1)),
    ("MBTCPSmart-IPAddress", "192.168.0.9", ("2523_4", "192.168.0.9")),
    ("MBTCPSmart-SlaveUnitID", "7", ("2523_6", 7)),
    ("MbsSlaveTCPIP", "3", ("2530_1", 3)),
    ("LoadBalancing-Mode", "3", ("2064_0", 3)),
    ("LoadBalancing-MaxSmartMeterCurrent", "32", ("2067_0", 32.0)),
    ("LoadBalancing-SafeCurrent", "8", ("2068_0", 8.0)),
    ("SCN-Name", "SITE1", ("2180_1", "SITE1")),
    ("SCN-TotalCurrent", "40", ("2180_5", 40)),
    ("SCN-SocketSafeCurrent", "7", ("2180_6", 7)),
    ("SCN-TotalSafeCurrent", "12", ("2180_A", 12)),
]


def test_every_writable_key_has_a_round_trip_case() -> None:
    writable = {k.name for k in KEYS.values() if not k.readonly and not k.secret}
    assert writable == {name for name, _, _ in ROUND_TRIPS}


@pytest.mark.parametrize(("key", "value", "holder"), ROUND_TRIPS, ids=[r[0] for r in ROUND_TRIPS])
async def test_change_then_get_configuration_round_trip(
    key: str, value: str, holder: tuple[str, object] | None
) -> None:
    charger = make_charger()
    async with connected(charger) as (point, _link):
        assert await point.change_configuration(key, value) == "Accepted"
        found, unknown = await point.get_configuration([key])
        assert found == {key: value} and unknown == []
        if holder is not None:
            assert charger.values[P(holder[0])] == holder[1]


async def test_secrets_are_written_but_never_read_back() -> None:
    charger = make_charger()
    async with connected(charger) as (point, link):
        assert await point.change_configuration("AuthorizationKey", "s3cret-key") == "Accepted"
        assert await point.change_configuration("FeatureLicenseKey", LICENCE) == "RebootRequired"
        found, _ = await point.get_configuration(["AuthorizationKey", "FeatureLicenseKey"])
        assert found == {"AuthorizationKey": None, "FeatureLicenseKey": None}
        assert link.config.own["AuthorizationKey"] == "s3cret-key"
        assert charger.pending[P("21A2_0")] & Feature.SCN  # unlocked at the next reboot


async def test_read_only_unknown_and_bad_values_are_refused() -> None:
    charger = make_charger()
    async with connected(charger) as (point, _link):
        assert await point.change_configuration("NumberOfConnectors", "2") == "Rejected"
        assert await point.change_configuration("NoSuchKey", "1") == "NotSupported"
        assert await point.change_configuration("HeartbeatInterval", "soon") == "Rejected"
        assert await point.change_configuration("FeatureLicenseKey", "0000") == "Rejected"
        found, unknown = await point.get_configuration(["NumberOfConnectors", "NoSuchKey"])
        assert found == {"NumberOfConnectors": "1"} and unknown == ["NoSuchKey"]
        everything, _ = await point.get_configuration()
        assert set(everything) == set(KEYS)


async def test_reset_reboots_the_charger_and_it_boots_again() -> None:
    charger = make_charger()
    api = AlfenApi(charger)
    await api.start()
    link = attach_link(api, backoff=(2.0, 8.0))
    try:
        async with CentralSystem() as central:
            charger.values[P("2071_1")] = central.url
            await link.start()
            assert await central.wait_for(lambda: IDENTITY in central.points, 10)
            boots = charger.boot_count
            assert await central.point(IDENTITY).reset() == "Accepted"
            await eventually(lambda: charger.boot_count == boots + 1, what="the reboot")
            assert await central.wait_for(
                lambda: len(central.events(IDENTITY, "BootNotification")) == 2, 10
            )
    finally:
        await link.stop()
        await api.stop()


@pytest.mark.parametrize(
    ("message", "event"),
    [
        ("Heartbeat", "Heartbeat"),
        ("BootNotification", "BootNotification"),
        ("StatusNotification", "StatusNotification"),
        ("MeterValues", "MeterValues"),
    ],
)
async def test_trigger_message_sends_the_message_after_the_answer(message: str, event: str) -> None:
    charger = make_charger()
    async with CentralSystem() as central:
        charger.values[P("2071_1")] = central.url
        link = OcppLink(charger)
        await link.start()
        try:
            assert await central.wait_for(lambda: 1 in central.points.get(IDENTITY, _NO).status, 10)
            before = len(central.events(IDENTITY, event))
            assert await central.point(IDENTITY).trigger(message) == "Accepted"
            assert await central.wait_for(lambda: len(central.events(IDENTITY, event)) > before, 5)
        finally:
            await link.stop()


class _Nothing:
    status: dict[int, str] = {}  # noqa: RUF012


_NO = _Nothing()


async def test_security_profile_2_basic_auth_over_tls() -> None:
    certificate = ChargerCertificate("central")
    trust = ssl.create_default_context(cadata=certificate.pem.decode("ascii"))
    charger = make_charger()
    central = CentralSystem(
        tls=certificate.context, credentials=lambda who: "k3y" if who == IDENTITY else None
    )
    async with central:
        assert central.url.startswith("wss://127.0.0.1:")
        charger.values[P("2071_1")] = central.url
        link = OcppLink(charger, tls=trust)
        link.config.change("SecurityProfile", "2")
        link.config.change("AuthorizationKey", "k3y")
        await link.start()
        try:
            assert await central.wait_for(lambda: IDENTITY in central.points, 10)
            await eventually(lambda: charger.get(P("3600_1")) == 2, what="accepted over TLS")
            assert central.users[IDENTITY] == IDENTITY
        finally:
            await link.stop()


async def test_security_profile_2_refuses_a_plain_url() -> None:
    charger = make_charger()
    async with CentralSystem() as central:
        charger.values[P("2071_1")] = central.url
        link = OcppLink(charger)
        link.config.change("SecurityProfile", "2")
        await link.start()
        try:
            await eventually(lambda: "wss://" in link.problem, what="the reason")
            assert not central.events(IDENTITY)
        finally:
            await link.stop()


async def test_a_new_back_office_url_over_ocpp_takes_effect_at_the_reset() -> None:
    charger = make_charger()
    api = AlfenApi(charger)
    await api.start()
    link = attach_link(api, backoff=(2.0, 8.0))
    try:
        async with CentralSystem() as central, CentralSystem() as other:
            charger.values[P("2071_1")] = central.url
            await link.start()
            assert await central.wait_for(lambda: IDENTITY in central.points, 10)
            point = central.point(IDENTITY)
            assert await point.change_configuration("Alfen-2071_1", f'"{other.url}"') == (
                "RebootRequired"
            )
            assert await point.change_configuration("Alfen-2053_0", '"BAY-9"') == "RebootRequired"
            assert charger.values[P("2071_1")] == central.url  # still here until the Reset
            assert await point.reset() == "Accepted"
            assert await other.wait_for(lambda: "BAY-9" in other.points, 10)
            assert charger.values[P("2053_0")] == "BAY-9"
    finally:
        await link.stop()
        await api.stop()
